"""Store size per receipt line: a store of the previous schema step against the same store migrated to this one.

    python bench/bench_store_size.py [--lines 200000] [--units 300]

Builds a store of `--lines` receipt lines (1-3 a receipt, bench_store's shapes) through the bulk path ('built': what
a new installation holds after its imports), takes a copy of it back to the previous schema step with plain SQL
(tests/schema_steps.py: the same rows, the schema checked against a bare store of that step; VACUUMed, as a
migrated store is) and migrates that copy with `open_store` (backup, the newest step, VACUUM), timed. Prints, per
table and index (dbstat) and for the whole file, all three scaled to 1,000,000 lines, and checks that every row of
every table of the previous step reads back as it was (plain SQL). Per-unit tables (surrender_totals: a row per
unit, half-month and item) grow slower than the lines: small runs overstate them. Not a test.
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import bulk_insert, make_store, make_versions, receipts  # noqa: E402

from app.store import schema  # noqa: E402
from app.store.db import open_store  # noqa: E402
from tests.schema_steps import TAKEN_FROM, take_back  # noqa: E402


def table_sizes(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
    finally:
        conn.close()


def every_row(path: Path, like: dict | None = None, sources: dict | None = None) -> dict[str, tuple[list, list]]:
    """{table: (columns, every row sorted)} of every table, or of the tables and columns of `like` (another store's
    every_row: a view of the same name answers for a table, or the SELECT `sources` names for it, giving those
    columns in that order: tests/schema_steps.TAKEN_FROM), read with plain SQL."""
    conn = sqlite3.connect(path)
    try:
        if like is None:
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
            like = {t: ([r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')], None) for t in names}
        sources = sources or {}
        return {t: (cols, sorted(conn.execute(sources.get(t) or f'SELECT {", ".join(cols)} FROM "{t}"').fetchall(),
                                 key=repr))
                for t, (cols, _) in like.items()}
    finally:
        conn.close()


def build(path: Path, lines: int, units: int) -> None:
    store = make_store(path, units)
    gen = receipts(lines, units, dt.date(2021, 1, 1), 5 * 365, random.Random(2))
    while chunk := [d for _, d in zip(range(100_000), gen)]:
        bulk_insert(store, make_versions(store, chunk))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=200_000)
    ap.add_argument("--units", type=int, default=300)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="antt-size-"))
    new, old = schema.SCHEMA_VERSION, schema.SCHEMA_VERSION - 1
    try:
        direct = tmp / "direct.sqlite"
        build(direct, args.lines, args.units)
        built, size_built = table_sizes(direct), direct.stat().st_size
        path = tmp / "previous" / "antt.sqlite"
        path.parent.mkdir()
        shutil.copy(direct, path)
        take_back(path, old)  # the same rows in the previous step's schema, checked against a bare store of it; VACUUMed
        rows = every_row(path)
        before, size_before = table_sizes(path), path.stat().st_size
        t = time.perf_counter()
        migrated = open_store(path)  # backup, the newest step, VACUUM
        secs = time.perf_counter() - t
        migrated.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        migrated.close()
        same = every_row(path, like=rows, sources={t: sql for (s, t), sql in TAKEN_FROM.items() if s == old}) == rows
        after, size_after = table_sizes(path), path.stat().st_size
        scale = 1_000_000 / args.lines / 1e6
        # the tables as kept at the previous step (from step 12 on, `versions` and `surrenders` are views)
        n_versions = len((rows.get("versions") or rows["version_rows"])[1])
        n_receipts = len((rows.get("surrenders") or rows["surrender_rows"])[1])
        print(f"{args.lines:,} receipt lines, {n_receipts:,} receipts, {n_versions:,} versions; MB per 1,000,000 lines")
        print(f"  {'table or index':34s} {'step ' + str(old):>8s} {'step ' + str(new):>8s} {'built':>8s}")
        names = sorted(set(before) | set(after), key=lambda n: -max(before.get(n, 0), after.get(n, 0)))
        for name in names[:20]:
            print(f"  {name:34s} {before.get(name, 0) * scale:8.1f} {after.get(name, 0) * scale:8.1f}"
                  f" {built.get(name, 0) * scale:8.1f}")
        rest = lambda sizes: sum(sizes.get(n, 0) for n in names[20:]) * scale
        print(f"  {'the rest':34s} {rest(before):8.1f} {rest(after):8.1f} {rest(built):8.1f}")
        print(f"  {'whole file':34s} {size_before * scale:8.1f} {size_after * scale:8.1f} {size_built * scale:8.1f}"
              f"   (step {new} / step {old}: {size_after / size_before:.0%})")
        print(f"  (step {old}: the same rows as 'built', taken back to that step's schema with plain SQL; steps {old} and"
              f" {new} VACUUMed, as a migrated store is; 'built': written by this code's bulk path into a new store)")
        print(f"migration of the step-{old} store (backup + step {new} + VACUUM): {secs:.1f} s;"
              f" every row of every table of step {old} reads back as it was (its columns, plain SQL): {same}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
