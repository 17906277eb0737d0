"""Export and import of one bundle of N versions (default 1,000,000), beside plain executemany upserts.

    python bench/bench_sync.py [--versions N] [--repeat R] [--profile]

Each stage runs in its own process so that its peak RSS (ru_maxrss) is its own. Prints rows/s
for: export (store -> bundle), read+verify+parse (bundle -> Version objects, no store, in one
process), import (bundle -> store through apply_versions, one transaction, backup first; the
bundle read and checked by a helper process, as `antt import` does for a big bundle), and raw
`executemany` upserts of the same rows into a bare table in the same run. Import and raw upserts
run `--repeat` times, interleaved (each import into a fresh copy of the province store), and the
best of each is kept: on a shared 2-core machine one disk flush can halve a single run. One more
import reads the bundle in its own process, for comparison. Peak memory counts the helper too.
`--profile`: one more import with a wall clock on each of its stages (opening, backup, head start, waiting
for the reader process, unmarshal, each executemany, the Python around them, index rebuilds, COMMIT), the
CPU of both processes, and the reader's work per version by stage, measured alone in one process.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain.ids import new_id  # noqa: E402
from app.domain.versions import Version  # noqa: E402


def fake_versions(n: int, device: str = "post1", unit: str | None = None, after: int = 0):
    """Activities (of 50 units, or all of `unit`): flat data like a real record, one version per document."""
    for i in range(after + 1, after + n + 1):
        yield Version(
            vid=f"{device}:{i}", doc_id=new_id(), doc_type="activity", parents=(), lamport=i, device_id=device, seq=i,
            author="Thượng úy Lò Văn An", claimed_at="2026-03-01T08:00:00+0700", deleted=False,
            data={"model_id": "0194a3b2-6c1e-7d2f-8a90-1b2c3d4e5f60", "unit_code": unit or f"CAX-{i % 50:04d}",
                  "date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}", "kind": "meeting", "participants": i % 90,
                  "note": "Họp dân bản, tuyên truyền phòng chống tội phạm"},
        ).sealed()


def _peak_mb() -> tuple[float, float]:
    """Peak RSS of this stage's process, and of the largest process it started (the bundle reader)."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def _peak_text(peak: tuple[float, float]) -> str:
    own, helper = peak
    return f"peak {own:6.0f} MB" + (f" + reader process {helper:.0f} MB = {own + helper:.0f} MB" if helper else "")


def _stage(fn, *args):
    q: mp.Queue = mp.Queue()

    def run():
        result = fn(*args)
        q.put((result, _peak_mb()))

    p = mp.get_context("fork").Process(target=run)
    p.start()
    result, peak = q.get()
    p.join()
    return result, peak


def build_source(root: Path, n: int):
    """A post store holding n versions, enrolled with a province store (not timed)."""
    from app.domain import setup
    from app.domain.versions import apply_versions
    from app.store.db import open_store
    from app.sync import enrolment

    post = open_store(root / "post" / "antt.sqlite")
    setup.initialise(post, "CAX-0001", "Công an xã Một", "commune_police", "CAT-LS")
    prov = open_store(root / "prov" / "antt.sqlite")
    setup.initialise(prov, "CAT-LS", "Công an tỉnh", "provincial_police")
    from app.domain.units import add_unit

    for i in range(50):  # the units the activities name (else the province would hold them back, waiting)
        add_unit(prov, f"CAX-{i:04d}", f"Công an xã {i}", "commune_police", "CAT-LS")
    e = enrolment.write_enrolment(post, root)
    answer = enrolment.enrol(prov, e.path)
    enrolment.accept_answer(post, answer.answer_path)
    batch = []
    with post.transaction():
        # the post's own device and unit: a laptop may write only its own unit's records (docs/permissions.md)
        after = int(post.meta_get("seq", "0"))  # after the versions its set-up wrote
        for v in fake_versions(n, post.device_id, "CAX-0001", after):
            batch.append(v)
            if len(batch) == 20000:
                apply_versions(post, batch, verify=False)
                batch = []
        apply_versions(post, batch, verify=False)
    post.close()
    prov.close()


def do_export(root: Path):
    from app.store.db import open_store
    from app.sync.export import export_bundle

    post = open_store(root / "post" / "antt.sqlite")
    out = root / "usb"
    out.mkdir(exist_ok=True)
    t = time.perf_counter()
    res = export_bundle(post, out)
    return str(res.path), sum(res.counts.values()), time.perf_counter() - t


def do_read(root: Path, path: str):
    """Reading alone, in this process: what one version costs to read and check."""
    from app.store.db import open_store
    from app.sync import reader_process

    os.environ[reader_process.ENV_SWITCH] = "0"  # this stage's own process (a fork): no helper
    from app.sync.bundle import open_bundle
    from app.sync.state import device_keys, known_devices

    prov = open_store(root / "prov" / "antt.sqlite")
    keys, known = device_keys(prov), known_devices(prov)
    t = time.perf_counter()
    with open_bundle(path, keys, known) as reader:
        n = sum(1 for _ in reader.versions())
    return n, time.perf_counter() - t


def do_import(root: Path, path: str, where: str = "prov", in_process: bool = False):
    """The import as `antt import` runs it: a bundle this big is read by a helper process
    (app/sync/reader_process.py) unless `in_process`."""
    from app.store.db import open_store
    from app.sync import reader_process
    from app.sync.importer import apply_import

    if in_process:
        os.environ[reader_process.ENV_SWITCH] = "0"

    prov = open_store(root / where / "antt.sqlite")  # with the store's own page cache, as `antt import` runs
    t, cpu, helper = time.perf_counter(), time.process_time(), resource.getrusage(resource.RUSAGE_CHILDREN)
    receipt = apply_import(prov, path)
    secs = time.perf_counter() - t
    now = resource.getrusage(resource.RUSAGE_CHILDREN)
    _CPU.update(own=time.process_time() - cpu, helper=now.ru_utime + now.ru_stime - helper.ru_utime - helper.ru_stime)
    return receipt.inserted, secs


_CPU: dict[str, float] = {}  # CPU seconds of the last timed stage in this process (and of its reader process)


def _cpu_text() -> str:
    return f"CPU {_CPU['own']:.2f} s" + (f" + reader process {_CPU['helper']:.2f} s" if _CPU.get("helper") else "")


def do_import_cpu(*args):
    """do_import, and the CPU seconds it took (on a shared machine, what wall time alone cannot say)."""
    return do_import(*args), dict(_CPU)


def do_raw(root: Path, n: int, name: str = "raw.sqlite"):
    """Plain executemany upserts of the same rows (versions table shape, random UUID keys) in one transaction."""
    conn = sqlite3.connect(str(root / name), isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA cache_size=-262144")
    conn.execute("CREATE TABLE v (vid TEXT PRIMARY KEY, doc_id TEXT, doc_type TEXT, parents TEXT, lamport INT,"
                  " device_id TEXT, seq INT, author TEXT, claimed_at TEXT, deleted INT, data TEXT, sha256 TEXT)")
    import orjson

    rows = ((v.doc_id, v.doc_id, v.doc_type, "[]", v.lamport, v.device_id, v.seq, v.author, v.claimed_at, 0,
             orjson.dumps(v.data).decode(), v.sha256) for v in fake_versions(n))
    rows = list(rows)  # prepared up front: only the upsert is timed
    t = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO v VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(vid) DO UPDATE SET"
                     " data = excluded.data", rows)
    conn.execute("COMMIT")
    return n, time.perf_counter() - t


def floor_rows(root: Path, imported: str, clean: str) -> dict[str, list[tuple]]:
    """The rows an import added or changed, table by table (imported store EXCEPT the store before it)."""
    conn = sqlite3.connect(str(root / imported / "antt.sqlite"))
    conn.execute("ATTACH ? AS before", (str(root / clean / "antt.sqlite"),))
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                          " AND name NOT LIKE 'sqlite_%'")]
    out = {}
    for t in tables:
        rows = conn.execute(f"SELECT * FROM main.{t} EXCEPT SELECT * FROM before.{t}").fetchall()
        if rows:
            out[t] = rows
    conn.close()
    return out


def do_floor(root: Path, imported: str, clean: str, where: str):
    """The plain-SQL floor of the import: the very rows it wrote (packed data and all), put into a copy of
    the store as it was before, by executemany a table at a time (INSERT OR REPLACE: the totals were
    upserts), in one transaction with the same deferred indexes (bulk_load) and the store's own pragmas.
    Everything is read before the clock starts: only SQLite's work is timed."""
    from app.domain.doctypes import bulk_load
    from app.store.db import open_store

    rows = floor_rows(root, imported, clean)
    store = open_store(root / where / "antt.sqlite")
    n = len(rows.get("version_rows", rows.get("versions", ())))  # schema step 12: the versions as kept
    counts = {}
    for r in store.conn.execute("SELECT DISTINCT doc_type FROM versions"):
        counts[r[0]] = 0
    counts["activity"] = n
    t, cpu = time.perf_counter(), time.process_time()
    with store.transaction(), bulk_load(store, counts):
        for table, table_rows in rows.items():
            marks = ",".join("?" * len(table_rows[0]))
            store.conn.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", table_rows)
    secs, cpu = time.perf_counter() - t, time.process_time() - cpu
    store.close()
    # versions' data as stored (app/store/packing.py), what the floor and the import write: bytes a version
    kept = "version_rows" if "version_rows" in rows else "versions"  # schema step 12 keeps them in version_rows
    data_col = [r[1] for r in sqlite3.connect(str(root / clean / "antt.sqlite")).execute(
        f"PRAGMA table_info({kept})")].index("data")
    data_bytes = sum(len(r[data_col]) for r in rows.get(kept, ())) / max(n, 1)
    return n, secs, {t: len(r) for t, r in rows.items()}, cpu, data_bytes


class _TimedConnection:
    """The store's connection with each execute/executemany timed under a label (a few calls a batch: the
    wrapper's own cost is far below a batch's executemany); everything else passes through."""

    def __init__(self, conn, clock: dict) -> None:
        self.__dict__.update(_conn=conn, _clock=clock)

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def __setattr__(self, name, value):
        setattr(self._conn, name, value)

    def _timed(self, how: str, sql: str, *args):
        t = time.perf_counter()
        result = getattr(self._conn, how)(sql, *args)
        words = sql.split()
        head = words[0].upper()
        if head == "INSERT" and how == "executemany":
            table = words[2].split("(")[0]
            label = ("executemany: " + table) if table in ("documents", "version_rows") else (
                "executemany: totals" if "totals" in table else "executemany: readable rows")
        elif head == "CREATE" and "INDEX" in sql[:20].upper():
            label = "index rebuilds at the end (deferred indexes)"
        elif head == "COMMIT":
            label = "COMMIT"
        else:
            label = "other SQL (look-ups, totals' coarser tables, receipts)"
        self._clock[label] = self._clock.get(label, 0.0) + time.perf_counter() - t
        return result

    def execute(self, sql, *args):
        return self._timed("execute", sql, *args)

    def executemany(self, sql, *args):
        return self._timed("executemany", sql, *args)


_STAGE_ORDER = (  # as an import runs: before the loop, the loop, the serial tail the floor has too
    "opening the bundle, signature, header, rules", "backup before the import (and its sha256)",
    "head start: batches made here (all, without a reader)", "waiting for the reader process",
    "hand-off: unmarshal", "write_ready (fast path), all of it", "  executemany: documents",
    "  executemany: version_rows", "  executemany: readable rows", "  executemany: totals",
    "  other SQL (look-ups, totals' coarser tables, receipts)", "  its Python around the SQL",
    "general path: apply_versions", "index rebuilds at the end (deferred indexes)", "COMMIT",
    "rest (loop, counts, transaction set-up, receipt)")


def do_stages(root: Path, path: str, where: str):
    """One import with a wall clock on each stage of the importing process (low overhead: wrappers around a
    few calls a batch, no profiler), and its CPU and its reader process's."""
    import marshal as real_marshal

    from app.store.db import open_store
    from app.sync import fast_write, importer, prepare, reader_process

    clock: dict[str, float] = {}

    def timed(owner, name: str, label: str):
        real = getattr(owner, name)

        def wrapper(*args, **kw):
            t = time.perf_counter()
            try:
                return real(*args, **kw)
            finally:
                clock[label] = clock.get(label, 0.0) + time.perf_counter() - t
        setattr(owner, name, wrapper)

    timed(importer, "_begin", "opening the bundle, signature, header, rules")
    timed(importer, "take_backup", "backup before the import (and its sha256)")
    timed(importer, "file_sha256", "backup before the import (and its sha256)")
    timed(fast_write, "write_ready", "write_ready (fast path), all of it")
    timed(importer, "apply_versions", "general path: apply_versions")
    timed(prepare, "prepare", "head start: batches made here (all, without a reader)")

    class Marshal:  # the hand-off's unpacking, timed
        @staticmethod
        def loads(body):
            t = time.perf_counter()
            try:
                return real_marshal.loads(body)
            finally:
                clock["hand-off: unmarshal"] = clock.get("hand-off: unmarshal", 0.0) + time.perf_counter() - t
    reader_process.marshal = Marshal

    real_messages = reader_process.HelperReader._messages

    def messages(self, expected):
        get = self._queue.get

        def waited(*args, **kw):
            t = time.perf_counter()
            try:
                return get(*args, **kw)
            finally:
                clock["waiting for the reader process"] = (clock.get("waiting for the reader process", 0.0)
                                                           + time.perf_counter() - t)
        self._queue.get = waited
        yield from real_messages(self, expected)
    reader_process.HelperReader._messages = messages

    store = open_store(root / where / "antt.sqlite")
    store.conn = _TimedConnection(store.conn, clock)
    t, cpu = time.perf_counter(), time.process_time()
    receipt = importer.apply_import(store, path)
    secs, cpu = time.perf_counter() - t, time.process_time() - cpu
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    return receipt.inserted, secs, cpu, child.ru_utime + child.ru_stime, clock


def do_reader_stages(root: Path, path: str):
    """What the reader process does to each version, stage by stage, measured alone in this process (CPU)."""
    import marshal

    from app.store.db import open_store
    from app.sync import prepare, reader_process
    from app.sync.bundle import open_bundle
    from app.sync.state import device_keys, known_devices

    os.environ[reader_process.ENV_SWITCH] = "0"
    prov = open_store(root / "prov" / "antt.sqlite")
    keys, known = device_keys(prov), known_devices(prov)
    out = []
    for label in ("read and check", "+ prepare rows", "+ pack data", "+ marshal"):
        with open_bundle(path, keys, known) as reader:
            cpu, n = time.process_time(), 0
            versions = reader.payload.versions()
            if label == "read and check":
                n = sum(1 for _ in versions)
            else:
                for chunk in prepare.chunks(versions, reader_process.BATCH):
                    ready = prepare.prepare(chunk, label != "+ prepare rows")
                    if label == "+ marshal":
                        marshal.dumps((n, tuple(ready)))
                    n += len(chunk)
            out.append((label, time.process_time() - cpu, n))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--versions", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--profile", action="store_true",
                    help="one more import with a wall clock on each stage, and the reader's work by stage")
    args = ap.parse_args()
    n = args.versions
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        t = time.perf_counter()
        _stage(build_source, root, n)
        print(f"source store of {n:,} versions built in {time.perf_counter() - t:.1f} s (not measured)")
        (path, exported, secs), peak = _stage(do_export, root)
        size = os.path.getsize(path)
        print(f"export        {exported:>9,} versions  {secs:7.2f} s  {exported / secs:>9,.0f} rows/s"
              f"  {_peak_text(peak)}  bundle {size / 2**20:.1f} MiB")
        (count, secs), peak = _stage(do_read, root, path)
        print(f"read+verify   {count:>9,} versions  {secs:7.2f} s  {count / secs:>9,.0f} rows/s  {_peak_text(peak)}")
        clean = root / "prov-clean"
        shutil.copytree(root / "prov", clean)
        imp_best = raw_best = floor_best = None
        for r in range(args.repeat):
            where = f"prov-{r}"
            shutil.copytree(clean, root / where)
            ((count, secs), cpu), peak = _stage(do_import_cpu, root, path, where)
            _CPU.update(cpu)
            print(f"import        {count:>9,} versions  {secs:7.2f} s  {count / secs:>9,.0f} rows/s  {_peak_text(peak)}"
                  f"  {_cpu_text()}")
            imp_best = max(imp_best or 0, count / secs)
            shutil.copytree(clean, root / "floor")
            (count, secs, tables, cpu, data_bytes), peak = _stage(do_floor, root, where, "prov-clean", "floor")
            print(f"plain SQL     {count:>9,} versions  {secs:7.2f} s  {count / secs:>9,.0f} rows/s  CPU {cpu:.2f} s"
                  f"  (the same rows: {', '.join(f'{t} {n:,}' for t, n in tables.items())};"
                  f" a version's data {data_bytes:.1f} bytes as stored)")
            floor_best = max(floor_best or 0, count / secs)
            shutil.rmtree(root / "floor")
            shutil.rmtree(root / where)
            (count, secs), peak = _stage(do_raw, root, n, f"raw{r}.sqlite")
            print(f"raw upsert    {count:>9,} rows      {secs:7.2f} s  {count / secs:>9,.0f} rows/s  {_peak_text(peak)}"
                  " (rows held in a list: its peak is not the importer's)")
            raw_best = max(raw_best or 0, count / secs)
            for f in root.glob(f"raw{r}.sqlite*"):
                f.unlink()
        imp, raw = imp_best, raw_best
        where = "prov-inproc"
        shutil.copytree(clean, root / where)
        (count, secs), peak = _stage(do_import, root, path, where, True)
        print(f"import read in its own process (no helper, once): {count / secs:,.0f} rows/s  {_peak_text(peak)}")
        print(f"best of {args.repeat}: import {imp:,.0f} rows/s, plain SQL floor {floor_best:,.0f} rows/s,"
              f" raw upsert {raw:,.0f} rows/s")
        print(f"import / plain SQL floor = {imp / floor_best:.0%} (target >= 90%); import / raw = {imp / raw:.0%}")
        print("(CPU: on a shared machine the seconds each process computed; the import's two processes run on two"
              " cores at once)")
        if args.profile:
            where = "prov-stages"
            shutil.copytree(clean, root / where)
            (count, secs, cpu, helper, clock), _ = _stage(do_stages, root, path, where)
            print(f"import by stage (wall clock in the importing process): {count / secs:,.0f} rows/s, {secs:.2f} s,"
                  f" CPU {cpu:.2f} s + reader process {helper:.2f} s")
            inner = sum(v for k, v in clock.items() if k.startswith("executemany:")
                        or k == "other SQL (look-ups, totals' coarser tables, receipts)")
            within = clock.get("write_ready (fast path), all of it", 0.0)
            clock["  its Python around the SQL"] = max(within - inner, 0.0)
            clock["rest (loop, counts, transaction set-up, receipt)"] = secs - sum(
                v for k, v in clock.items() if not k.startswith(("executemany", "other SQL", "  ")))
            for k in [k for k in clock if k.startswith(("executemany", "other SQL"))]:
                clock["  " + k] = clock.pop(k)
            order = [(k, clock.get(k, 0.0)) for k in _STAGE_ORDER] + [
                (k, v) for k, v in clock.items() if k not in _STAGE_ORDER]
            for label, value in order:
                print(f"  {label:58s} {value:6.2f} s  {value / secs:5.0%}  {value / count * 1e6:6.2f} us a version")
            stages = _stage(do_reader_stages, root, path)[0]
            print("the reader process's work, measured alone in one process (CPU, cumulative):")
            for label, cpu, n in stages:
                print(f"  {label:58s} {cpu:6.2f} s  {cpu / n * 1e6:6.2f} us a version")

if __name__ == "__main__":
    main()
