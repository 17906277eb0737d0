"""The one-time measure of a store written before the size limits (app/domain/over_limit.py), against what an
officer already waits for on the same store.

    python bench/bench_over_limit.py [--units 60] [--months 24]

Builds a store with `antt demo`'s data, then forgets it was measured (as a store of an older version) and
times, in the same run: the measure (`over_limit_vids`, once); a plain read of every version's data with
orjson (the floor of any measure); and `antt check --quick`'s work (`check_store(deep=False)`). Prints the
ratios; the machine's load is printed beside them (it is shared).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import orjson  # noqa: E402

from app.domain import check, demo, over_limit, setup  # noqa: E402
from app.store.db import open_store  # noqa: E402


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=60)
    parser.add_argument("--months", type=int, default=24)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "antt.sqlite")
        setup.initialise(store, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", officer="Bench")
        demo.generate(store, units=args.units, months=args.months)
        versions = store.conn.execute("SELECT count(*) FROM versions").fetchone()[0]

        def forget():
            with store.transaction():
                store.conn.execute("DELETE FROM meta WHERE key LIKE 'over_limit_%'")

        def read_all():
            for (data,) in store.conn.execute("SELECT data FROM versions"):
                orjson.loads(data)

        results = {"read": [], "measure": [], "check": []}
        for _ in range(3):
            results["read"].append(timed(read_all))
            forget()
            results["measure"].append(timed(lambda: over_limit.over_limit_vids(store)))
            results["check"].append(timed(lambda: check.check_store(store, deep=False)))
        after = timed(lambda: over_limit.over_limit_vids(store))  # measured: what every later export pays
        best = {k: min(v) for k, v in results.items()}
        print(f"versions: {versions:,}; load average: {os.getloadavg()[0]:.2f}")
        print(f"measure once: {best['measure']:.3f} s ({best['measure'] / versions * 1e6:.1f} µs a version)")
        print(f"  / read and parse every version: {best['measure'] / best['read']:.2f}x")
        print(f"  / antt check --quick: {best['measure'] / best['check']:.2f}x")
        print(f"every later export (already measured): {after * 1e3:.2f} ms")
        store.close()


if __name__ == "__main__":
    main()
