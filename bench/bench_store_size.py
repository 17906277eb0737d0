"""Store size per receipt line, versions' data packed (schema step 9) against the same store as step 8 kept it.

    python bench/bench_store_size.py [--lines 200000] [--units 300]

Builds a store of `--lines` receipt lines (1-3 a receipt, bench_store's shapes) through the bulk path, then a
copy of it as the previous schema held it (every version's data plain JSON text, VACUUMed), and migrates
that copy with `open_store` (backup, pack, VACUUM), timed. Prints, per table (dbstat) and for the whole file,
both stores scaled to 1,000,000 lines, what the other ways of storing the data would take (plain deflate
without a dictionary, per row), and checks that every version of the migrated copy reads back as it was.
Not a test.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import bulk_insert, make_store, make_versions, receipts  # noqa: E402

from app import collation  # noqa: E402
from app.store import packing  # noqa: E402
from app.store.db import open_store  # noqa: E402


def table_sizes(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
    finally:
        conn.close()


def unpacked_copy(src: Path, dst: Path) -> None:
    """The store as schema step 8 held it: data as plain JSON text, user_version 8, no free pages."""
    shutil.copy(src, dst)
    conn = sqlite3.connect(dst)
    collation.register(conn)
    packing.register(conn)
    conn.execute("UPDATE versions SET data = version_json(data)")
    conn.execute("PRAGMA user_version = 8")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=200_000)
    ap.add_argument("--units", type=int, default=300)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="antt-size-"))
    try:
        packed = tmp / "packed.sqlite"
        store = make_store(packed, args.units)
        gen = receipts(args.lines, args.units, dt.date(2021, 1, 1), 5 * 365, random.Random(2))
        while chunk := [d for _, d in zip(range(100_000), gen)]:
            bulk_insert(store, make_versions(store, chunk))
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        old = tmp / "step8" / "antt.sqlite"
        old.parent.mkdir()
        unpacked_copy(packed, old)
        conn = sqlite3.connect(old)
        texts = dict(conn.execute("SELECT vid, data FROM versions"))
        conn.close()
        before = table_sizes(old)
        size_before = old.stat().st_size
        t = time.perf_counter()
        migrated = open_store(old)  # backup, step 9, VACUUM
        secs = time.perf_counter() - t
        migrated.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        same = sum(packing.json_text(d) == texts[vid] for vid, d in migrated.conn.execute("SELECT vid, data FROM versions"))
        migrated.close()
        after = table_sizes(old)
        size_after = old.stat().st_size
        scale = 1_000_000 / args.lines / 1e6
        print(f"{args.lines:,} receipt lines, {len(texts):,} versions; MB per 1,000,000 lines")
        print(f"  {'table or index':34s} {'step 8':>8s} {'step 9':>8s}")
        for name in sorted(before, key=lambda n: -before[n])[:12]:
            print(f"  {name:34s} {before[name] * scale:8.0f} {after.get(name, 0) * scale:8.0f}")
        print(f"  {'whole file':34s} {size_before * scale:8.0f} {size_after * scale:8.0f}"
              f"   ({size_after / size_before:.0%})")
        raw = [t.encode() for t in texts.values()]
        sample = raw[:: max(1, len(raw) // 20000)]
        plain = sum(len(zlib.compress(r, 6)) for r in sample) / len(sample)
        dictionary = sum(len(packing.pack(r)) for r in sample) / len(sample)
        print(f"  versions' data per version: JSON {sum(map(len, raw)) / len(raw):.0f} B, plain deflate {plain:.0f} B,"
              f" deflate with the dictionary (chosen) {dictionary:.0f} B")
        print(f"migration of the step-8 copy (backup + pack + VACUUM): {secs:.1f} s;"
              f" every version reads back as it was: {same == len(texts)} ({same:,} of {len(texts):,})")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
