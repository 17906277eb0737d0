"""National rehearsal (issue 7 item 4, issue 17 item 8): 3,321 communes and 100 border posts, 12 monthly
bundles each a year for `--years` years, imported through the real import path into one store; then the
consolidated summary over the whole span, and the first command of the next day.

    python bench/bench_national.py [--scale 0.1] [--years 5] [--communes N] [--posts N] [--months 12]
                                   [--activities 40] [--keep DIR]

Bundles are made with the real writer (`app.sync.bundle.write_bundle`: the exporter's own
function, with its encryption, signature, fsync and read-back), one per unit and month, holding
that month's new versions (as if the level above acknowledged every month). Their records have
the shapes the domain writes (app/domain/demo.py): 3-6 models per unit, `--activities` activities
a month, 0-4 receipts of 1-3 item lines, one monthly figures document, some model edits.

The national store enrols every sender (public keys only) and imports each month's stack with
`import_many` (one backup per month, then one transaction per bundle, as an officer would).
Prints: bundle making time (not part of the target), import time and rate, store size, peak
memory of this process (VmHWM), the time of `write_report(kind="summary")` over every year (in this
process, and as an `antt report summary` process), and the first command of the next day (`antt stats`
over the span, a fresh process, today's daily copies removed) against the same command with the daily
backup off, in the same run.

    python bench/bench_national.py --summary COPY.sqlite [--against /work/main] [--runs 3]

runs only the five-year national summary on a store already built (a COPY: a store of an older schema step is
upgraded when first opened), as `antt report summary --unit BCA` processes, alternating this tree and the tree
`--against` (default: none) run after run, each process's wall time and CPU (user + sys) with the load average;
then in one process per tree, the stages (imports, store open, the query's parts, the PDF); and whether the two
trees' PDFs read back (pypdf) to the same text. Each tree's bytecode is compiled once, in a first run not counted,
into a cache of its own (as installed: no tree pays for compiling, none reads another's __pycache__).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey  # noqa: E402

from app.domain import demo, vocab  # noqa: E402
from app.domain.ids import figures_doc_id, new_id, unit_doc_id  # noqa: E402
from app.domain.versions import Version  # noqa: E402
from app.store.schema import SCHEMA_VERSION  # noqa: E402
from app.sync.bundle import write_bundle  # noqa: E402
from app.sync.header import BundleHeader  # noqa: E402
from app.sync.keys import DeviceKeys  # noqa: E402

PROVINCES = 34
FIRST_YEAR = 2021


def vm(field: str) -> float:
    """VmHWM / VmRSS of this process in MiB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


class Sender:
    """One unit's laptop: its keys (in memory), its clock, its models and receipt numbers."""

    def __init__(self, code: str, is_post: bool, rng: random.Random):
        self.code, self.is_post, self.rng = code, is_post, rng
        self.device = f"d{code.lower().replace('-', '')}"
        self.keys = DeviceKeys(self.device, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
        self.seq = 0
        self.models: list[tuple[str, dict]] = []
        self.number = 0
        self.parents: dict[str, str] = {}  # doc_id -> last vid (edits name their parent)

    year = FIRST_YEAR

    def version(self, doc_type: str, doc_id: str, data: dict) -> Version:
        self.seq += 1
        vid = f"{self.device}:{self.seq}"
        parent = self.parents.get(doc_id)
        if doc_type == "community_model":  # the only documents edited here: remember their last version
            self.parents[doc_id] = vid
        return Version(vid=vid, doc_id=doc_id, doc_type=doc_type, parents=(parent,) if parent else (),
                       lamport=self.seq, device_id=self.device, seq=self.seq, author="Thượng úy Lò Văn An",
                       claimed_at=f"{self.year}-01-01T08:00:00+0700", deleted=False, data=data).sealed()

    def month(self, year: int, m: int, activities: int, items: dict) -> list[Version]:
        """The versions this laptop writes in month `m` (1-12) of `year` (its models in its first month)."""
        rng, code, out = self.rng, self.code, []
        self.year = year
        month = f"{year}-{m:02d}"
        day = lambda: f"{month}-{rng.randint(1, 28):02d}"
        if not self.models:
            types = vocab.codes("model_types")
            for k in range(rng.randint(3, 6)):
                mtype = "border_line_group" if self.is_post and k == 0 else rng.choice(types[:-1])
                data = {"unit_code": code, "name": f"{vocab.label('model_types', mtype)} {rng.choice(demo.VILLAGES)}",
                        "type": mtype, "place": rng.choice(demo.VILLAGES), "established": f"{year - rng.randint(0, 5)}-01-15",
                        "leader": demo._name(rng), "members": rng.randint(5, 40), "households": rng.randint(10, 120),
                        "border_km": 4.5 if mtype == "border_line_group" else None,
                        "markers": 3 if mtype == "border_line_group" else None, "status": "active",
                        "recognitions": [], "replicated_to": [], "replicated_from": None, "note": ""}
                model_id = new_id()
                self.models.append((model_id, data))
                out.append(self.version("community_model", model_id, data))
        for _ in range(activities):
            model_id, _ = rng.choice(self.models)
            out.append(self.version("activity", new_id(), {
                "model_id": model_id, "unit_code": code, "date": day(), "kind": rng.choice(vocab.codes("activity_kinds")),
                "participants": rng.randint(3, 80), "note": "Họp dân, tuyên truyền phòng chống tội phạm"}))
        weights = [w for _, w, _ in demo.ITEM_MIX]
        for _ in range(rng.randint(0, 4)):
            self.number += 1
            lines = []
            for item_code in {c for c, _, _ in rng.choices(demo.ITEM_MIX, weights, k=rng.randint(1, 3))}:
                pick = next(p for c, _, p in demo.ITEM_MIX if c == item_code)
                item = items[item_code]
                lines.append({"item_code": item_code, "category": item["category"], "quantity": pick(rng),
                              "unit": item["unit_vi"], "serial": "", "condition": "Còn sử dụng được"})
            out.append(self.version("surrender", new_id(), {
                "unit_code": code, "number": self.number, "date": day(), "time": "09:00", "place": f"Trụ sở {code}",
                "received_by": demo._name(rng), "received_rank": rng.choice(demo.RANKS), "person_name": demo._name(rng),
                "owner_unknown": False, "method": "voluntary", "witnesses": [demo._name(rng)], "lines": lines,
                "note": ""}))
        for _ in range(rng.randint(0, 2)):  # a model edited: members change
            model_id, data = rng.choice(self.models)
            data = {**data, "members": data["members"] + rng.randint(-2, 3)}
            self.models = [(i, data if i == model_id else d) for i, d in self.models]
            out.append(self.version("community_model", model_id, data))
        occurred = rng.randint(0, 12)
        out.append(self.version("monthly_figures", figures_doc_id(code, month), {"unit_code": code, "month": month,
            "values": {"crime.cases_occurred": occurred, "crime.cases_cleared": rng.randint(0, occurred),
                       "crime.suspects_arrested": rng.randint(0, occurred * 2), "gambling.cases": rng.randint(0, 3),
                       "gambling.suspects": rng.randint(0, 12), "drugs.cases": rng.randint(0, 2),
                       "movement.tipoffs": rng.randint(0, 20), "movement.tipoffs_valuable": rng.randint(0, 5)}}))
        return out

    def bundle(self, out_dir: Path, n: int, versions: list[Version], national) -> Path:
        """The n-th monthly bundle (1, 2, ... over the years)."""
        groups: dict[str, list[Version]] = {}
        for v in versions:
            groups.setdefault(v.doc_type, []).append(v)
        header = BundleHeader(sender_device=self.device, recipient_key_id=national.receiving_key_id,
                              schema_version=SCHEMA_VERSION, kind="up", sender_unit=self.code, recipient_unit="BCA",
                              bundle_seq=n, seq_from=versions[0].seq, seq_to=versions[-1].seq,
                              claimed_at=f"{versions[-1].claimed_at[:4]}-12-28T17:00:00+0700")
        extras = {"covers": {self.device: self.seq}, "acks": {}}
        return write_bundle(out_dir, header, sorted(groups.items()), self.keys, national, extras).path


def build_national(root: Path, communes: int, posts: int, rng: random.Random):
    """The national store: the unit tree (34 provinces, their Border Guard commands, the units)."""
    from app.domain import setup
    from app.domain.versions import Clock, apply_versions, new_version
    from app.store.db import open_store

    store = open_store(root / "national" / "antt.sqlite")
    setup.initialise(store, "BCA", "Bộ Công an", "national", officer="Đại tá Nguyễn Văn Bình")
    units: list[tuple[str, bool]] = []
    with store.transaction():
        clock = Clock(store)
        vs = []
        for p in range(1, PROVINCES + 1):
            vs.append(new_version(clock, "unit", unit_doc_id(f"CAT-{p:02d}"), {
                "code": f"CAT-{p:02d}", "name": f"Công an tỉnh số {p}", "kind": "provincial_police",
                "parent_code": "BCA", "place": f"Tỉnh {p}"}))
            vs.append(new_version(clock, "unit", unit_doc_id(f"BCH-{p:02d}"), {
                "code": f"BCH-{p:02d}", "name": f"Bộ Chỉ huy BĐBP tỉnh số {p}", "kind": "bg_command",
                "parent_code": None, "place": f"Tỉnh {p}"}))
        for n in range(communes):
            code = f"CAX-{n + 1:04d}"
            units.append((code, False))
            vs.append(new_version(clock, "unit", unit_doc_id(code), {
                "code": code, "name": f"Công an xã {demo.COMMUNE_NAMES[n % len(demo.COMMUNE_NAMES)]} {n + 1}",
                "kind": "commune_police", "parent_code": f"CAT-{n % PROVINCES + 1:02d}", "place": ""}))
        for n in range(posts):
            code = f"DBP-{n + 1:04d}"
            units.append((code, True))
            vs.append(new_version(clock, "unit", unit_doc_id(code), {
                "code": code, "name": f"Đồn Biên phòng {n + 1}", "kind": "border_post",
                "parent_code": f"BCH-{n % PROVINCES + 1:02d}", "place": ""}))
        clock.save()
        apply_versions(store, vs)
    return store, units


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0, help="fraction of the national unit counts")
    ap.add_argument("--communes", type=int, default=3321)
    ap.add_argument("--posts", type=int, default=100)
    ap.add_argument("--years", type=int, default=1, help="years of monthly bundles (from 2021)")
    ap.add_argument("--months", type=int, default=12, help="months a year")
    ap.add_argument("--activities", type=int, default=40, help="activities a unit records in a month")
    ap.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary one)")
    ap.add_argument("--summary", type=Path, help="only time the national summary on this store (a copy)")
    ap.add_argument("--against", type=Path, help="with --summary: a second tree (e.g. /work/main), run alternately")
    ap.add_argument("--runs", type=int, default=3, help="with --summary: processes per tree")
    ap.add_argument("--span", default="2021-01-01:2025-12-28", help="with --summary: first:last day")
    args = ap.parse_args()
    if args.summary:
        summary_runs(args.summary, args.against, args.runs, tuple(args.span.split(":")))
        return
    communes, posts = round(args.communes * args.scale), round(args.posts * args.scale)
    root = args.keep or Path(tempfile.mkdtemp(prefix="antt-national-"))
    root.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    try:
        run(root, communes, posts, args.years, args.months, args.activities, rng)
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


def run(root: Path, communes: int, posts: int, years: int, months: int, activities: int,
        rng: random.Random) -> None:
    from app.domain.catalogue import shipped
    from app.domain.authority import note_peer_clock
    from app.reports.writer import write_report
    from app.sync.importer import import_many
    from app.sync.keys import PublicIdentity
    from app.sync.state import device_keys, register_device

    print(f"units: {communes:,} communes + {posts:,} border posts; {months} monthly bundles each a year for"
          f" {years} years; {activities} activities a unit-month")
    t = time.perf_counter()
    store, units = build_national(root, communes, posts, rng)
    national = device_keys(store).public
    senders = [Sender(code, is_post, random.Random(rng.random())) for code, is_post in units]
    for s in senders:  # enrolment: the national store registers each laptop's public keys
        register_device(store, PublicIdentity(s.device, s.keys.public.signing_key, s.keys.public.receiving_key),
                        s.code, "below")
    with store.transaction():  # and, as app/sync/enrolment.py does, starts each unit's clock bound at its clock
        for s in senders:
            note_peer_clock(store, s.code, int(store.meta_get("lamport", "0") or 0))
    print(f"national store, {len(units):,} units and devices enrolled: {time.perf_counter() - t:.1f} s")
    items = {i["code"]: i for i in shipped()["items"]}

    total_versions = total_bundles = bundle_bytes = 0
    make_secs = import_secs = 0.0
    last = f"{FIRST_YEAR + years - 1}-{months:02d}"
    for n, (year, m) in enumerate(((y, m) for y in range(FIRST_YEAR, FIRST_YEAR + years)
                                   for m in range(1, months + 1)), 1):
        stick = root / f"usb-{n:03d}"
        stick.mkdir()
        t = time.perf_counter()
        paths = []
        for s in senders:
            versions = s.month(year, m, activities, items)
            paths.append(s.bundle(stick, n, versions, national))
            total_versions += len(versions)
        make_secs += time.perf_counter() - t
        bundle_bytes += sum(p.stat().st_size for p in paths)
        t = time.perf_counter()
        backup, receipts = import_many(store, paths, officer="Đại tá Nguyễn Văn Bình")
        secs = time.perf_counter() - t
        import_secs += secs
        total_bundles += len(receipts)
        held = receipts[-1].held
        backup.unlink()  # the bench keeps no copies (a real store keeps its rotating backups)
        shutil.rmtree(stick)
        size = sum(f.stat().st_size for f in (root / "national").glob("antt.sqlite*"))
        print(f"month {year}-{m:02d}: {len(paths):,} bundles, {sum(r.inserted for r in receipts):,} versions imported"
              f" in {secs:6.1f} s ({len(paths) / secs:5.0f} bundles/s); store {size / 2**20:7.1f} MiB;"
              f" held {held or 0}; VmHWM {vm('VmHWM'):.0f} MiB", flush=True)

    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = os.path.getsize(root / "national" / "antt.sqlite")
    t = time.perf_counter()
    from app.store.migrations import backup_to

    backup_to(store.conn, root / "one-backup.sqlite")
    backup_secs = time.perf_counter() - t
    (root / "one-backup.sqlite").unlink()
    counts = {r[0]: r[1] for r in store.conn.execute("SELECT doc_type, count(*) FROM documents GROUP BY doc_type")}
    print(f"bundles made: {total_bundles:,} ({bundle_bytes / 2**20:.0f} MiB, {bundle_bytes / total_bundles / 1024:.1f} KiB"
          f" each) in {make_secs:.0f} s (writer with fsync and read-back; not part of the import)")
    print(f"import: {total_bundles:,} bundles, {total_versions:,} versions in {import_secs:.0f} s"
          f" = {total_versions / import_secs:,.0f} versions/s, {total_bundles / import_secs:.0f} bundles/s"
          f" ({1000 * import_secs / total_bundles:.1f} ms a bundle)")
    lines = store.conn.execute("SELECT count(*) FROM surrender_items").fetchone()[0]
    versions_mb = sum(len(r[0]) for r in store.conn.execute("SELECT data FROM versions")) / 2**20
    print(f"store: {size / 2**20:.0f} MiB; documents {counts}; {lines:,} receipt lines;"
          f" versions' data {versions_mb:.0f} MiB as stored (packed: app/store/packing.py)")
    print(f"one backup of the whole store (taken before each month's stack): {backup_secs:.1f} s")
    span = (f"{FIRST_YEAR}-01-01", f"{last}-28")
    for fmt in ("pdf", "xlsx"):
        t = time.perf_counter()
        out = write_report(store, "summary", root / f"summary.{fmt}", unit="BCA", date_from=span[0], date_to=span[1])
        print(f"{years}-year national summary ({fmt}) over the whole store, in this process:"
              f" {time.perf_counter() - t:.2f} s, {out.stat().st_size / 1024:.0f} KiB")
    print(f"peak memory (VmHWM) of this process: {vm('VmHWM'):.0f} MiB")
    store.close()
    db = root / "national" / "antt.sqlite"
    secs = cli(db, "off", "report", "summary", "--unit", "BCA", "--from", span[0], "--to", span[1],
               "--out", str(root / "summary-cli.pdf"))
    print(f"{years}-year national summary as a CLI process (`antt report summary --unit BCA`, PDF): {secs:.2f} s")
    stats = ("stats", "--from", span[0], "--to", span[1], "--by", "category", "--json")
    base = min(cli(db, "off", *stats) for _ in range(2))
    first = cli(db, "background", *stats, first_of_day=True)
    print(f"first command of the next day (`antt stats --by category` over {years} years, a fresh process):"
          f" {first:.2f} s = x{first / base:.2f} the same command with the daily backup off ({base:.2f} s)")


# One process's stages of the national summary (run by summary_runs in each tree): JSON on stdout.
STAGES = r"""
import json, sys, time
t0, c0 = time.perf_counter(), time.process_time()
marks = {}
def mark(name):
    marks[name] = [round(time.perf_counter() - t0, 3), round(time.process_time() - c0, 3)]
from app.reports import queries, summary, indicator_totals
import app.cli.report_cmds, app.reports.writer, app.reports.charts
mark("imports")
from app.store.db import open_store
store = open_store(sys.argv[1], create=False)
mark("store open")
real_margins, real_figures = queries.ranged_item_margins, queries.figures_by_year
def timed(name, fn):
    def run(*a, **k):
        t, c = time.perf_counter(), time.process_time()
        out = fn(*a, **k)
        got = marks.setdefault(name, [0.0, 0.0])
        got[0] = round(got[0] + time.perf_counter() - t, 3)
        got[1] = round(got[1] + time.process_time() - c, 3)
        return out
    return run
queries.ranged_item_margins = timed("  items per row and year (totals.ranged_item_margins)", real_margins)
queries.figures_by_year = timed("  indicators (figures_by_year)", real_figures)
for part in ("_entered", "_models", "_activities"):
    setattr(indicator_totals, part, timed(f"    {part}", getattr(indicator_totals, part)))
t, c = time.perf_counter(), time.process_time()
data = queries.summary_data(store, "BCA", sys.argv[2], sys.argv[3])
marks["query (summary_data)"] = [round(time.perf_counter() - t, 3), round(time.process_time() - c, 3)]
t, c = time.perf_counter(), time.process_time()
summary.build_summary_pdf(data, sys.argv[4])
marks["PDF (build_summary_pdf)"] = [round(time.perf_counter() - t, 3), round(time.process_time() - c, 3)]
mark("whole")
print(json.dumps(marks))
"""


def summary_runs(db: Path, against: Path | None, runs: int, span: tuple[str, str]) -> None:
    """The national summary as processes of this tree and of ``against``, alternately (see the module's doc)."""
    import json
    import subprocess

    from pypdf import PdfReader

    here = Path(__file__).resolve().parents[1]
    trees = [("this tree", here)] + ([("against", against.resolve())] if against else [])
    out = Path(tempfile.mkdtemp(prefix="antt-summary-"))
    times: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in trees}
    try:
        print(f"load average before: {os.getloadavg()[0]:.2f}; store {db} ({db.stat().st_size / 1e9:.1f} GB)")
        for name, tree in trees:  # a run not counted: each tree's bytecode compiled once into its own cache
            process(db, tree, "report", "summary", "--unit", "BCA", "--from", span[0], "--to", span[1],
                    "--out", str(out / "warm-up.pdf"), cache=out)
        for n in range(runs):
            for name, tree in trees:
                pdf = out / f"{name.replace(' ', '-')}-{n}.pdf"
                wall, cpu = process(db, tree, "report", "summary", "--unit", "BCA", "--from", span[0],
                                    "--to", span[1], "--out", str(pdf), cache=out)
                times[name].append((wall, cpu))
                print(f"run {n + 1} {name:9s} ({tree}): {wall:.2f} s wall, CPU {cpu:.2f} s,"
                      f" load {os.getloadavg()[0]:.2f}", flush=True)
        for name, got in times.items():
            walls, cpus = sorted(w for w, _ in got), sorted(c for _, c in got)
            print(f"{name}: wall {walls[0]:.2f}-{walls[-1]:.2f} s (median {walls[len(walls) // 2]:.2f}),"
                  f" CPU {cpus[0]:.2f}-{cpus[-1]:.2f} s (median {cpus[len(cpus) // 2]:.2f})")
        if against:
            (w0, c0), (w1, c1) = ([sorted(x)[len(x) // 2] for x in zip(*times[k])] for k in ("this tree", "against"))
            print(f"this tree / against, medians: wall x{w0 / w1:.2f}, CPU x{c0 / c1:.2f}")
            texts = ["\n".join(p.extract_text() for p in PdfReader(out / f"{k}-0.pdf").pages)
                     for k in ("this-tree", "against")]
            print(f"PDF text read back: {'identical' if texts[0] == texts[1] else 'DIFFERENT'}"
                  f" ({len(texts[0]):,} characters)")
        for name, tree in trees:  # the stages, in one process per tree
            env = bytecode(dict(os.environ, PYTHONPATH=str(tree), ANTT_DAILY_BACKUP="off"), tree, out)
            got = subprocess.run([sys.executable, "-c", STAGES, str(db), *span, str(out / "stages.pdf")], env=env,
                                 check=True, capture_output=True, text=True, cwd=tree)
            print(f"stages, {name} (seconds since start for imports/store open/whole, else own; wall, CPU):")
            for stage, (wall, cpu) in json.loads(got.stdout.splitlines()[-1]).items():
                print(f"  {stage:55s} {wall:6.3f} {cpu:6.3f}")
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    finally:
        shutil.rmtree(out, ignore_errors=True)


def bytecode(env: dict, tree: Path, cache: Path) -> dict:
    """``env`` with the bytecode of ``tree`` kept in a cache of its own under ``cache`` (PYTHONPYCACHEPREFIX), as an
    installed app has it: neither tree compiles its sources at every start, nor reads a tree's stale __pycache__
    (a tree with one and a tree without would differ by ~0.05-0.15 s of compiling)."""
    env = {k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return dict(env, PYTHONPYCACHEPREFIX=str(cache / "pyc" / tree.name))


def process(db: Path, tree: Path, *argv: str, cache: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + sys) of one `antt` process of ``tree`` on ``db``, daily backup off."""
    import subprocess

    env = bytecode(dict(os.environ, ANTT_DB=str(db), ANTT_DAILY_BACKUP="off", PYTHONPATH=str(tree)), tree, cache)
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", *argv], env=env, cwd=tree,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"{tree}: antt {' '.join(argv)} failed: {proc.stderr.read().decode()}")
    proc.stderr.close()
    return wall, usage.ru_utime + usage.ru_stime


def cli(db: Path, backup: str, *argv: str, first_of_day: bool = False) -> float:
    """Seconds of one `antt` process on the store; `first_of_day`: today's daily copies removed first."""
    import datetime
    import subprocess

    from app.security.backups import backups_dir

    if first_of_day:
        for old in backups_dir(db).glob(f"daily-{datetime.date.today():%Y%m%d}-*.sqlite"):
            old.unlink()
    env = dict(os.environ, ANTT_DB=str(db), ANTT_DAILY_BACKUP=backup,
               PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app.cli", *argv], env=env, check=True, capture_output=True)
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
