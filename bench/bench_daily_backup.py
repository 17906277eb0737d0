"""The first command of the day on a big store: the day's backup before it (the old way) or in a detached worker
(issue 17 item 5), as ratios against the same command with backups off, in the same run. Prints figures; not a test.

    python bench/bench_daily_backup.py [--gb 1.5] [--runs 3] [--keep FILE]

A 7 GB store takes too long to build here: the store is a set-up store plus a scratch table of random 8 KB
blobs (INSERT … SELECT randomblob) up to --gb, so the copy costs what a real store of that size costs; the
figure scales with the size for the old way and not at all for the new one. Each run is a fresh `antt stats`
process (what an officer types first) after removing today's daily copies; for the new way the worker is
then waited for (and its own time printed) before the next run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build(path: Path, gb: float) -> None:
    from app.domain import setup
    from app.store.db import open_store

    store = open_store(path)
    setup.initialise(store, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", place="Lạng Sơn",
                     officer="Nguyễn Văn An", parent_code="CAT-LS", parent_name="Công an tỉnh Lạng Sơn")
    blobs = int(gb * 1e9 / 8000)
    started = time.perf_counter()
    with store.transaction() as c:
        c.execute("CREATE TABLE bench_ballast (id INTEGER PRIMARY KEY, blob BLOB NOT NULL)")
        c.execute(f"""WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {blobs})
                      INSERT INTO bench_ballast(id, blob) SELECT i, randomblob(8000) FROM n""")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    print(f"built {path.stat().st_size / 1e9:.2f} GB in {time.perf_counter() - started:.0f} s -> {path}")


def clear_today(db: Path) -> None:
    from app.security.backups import backups_dir

    for old in backups_dir(db).glob(f"daily-{dt.date.today():%Y%m%d}-*.sqlite"):
        old.unlink()


def first_command(db: Path, mode: str) -> float:
    clear_today(db)
    env = dict(os.environ, ANTT_DB=str(db), ANTT_DAILY_BACKUP=mode, PYTHONPATH=str(ROOT))
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "app.cli", "stats", "--from", "2025-01-01", "--to", "2025-12-31"],
                   env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def wait_worker(db: Path) -> float:
    """Seconds until the detached worker has written today's copy and let go of its lock."""
    from app.security import daily_backup
    from app.security.backups import backups_dir

    started = time.perf_counter()
    while not (any(backups_dir(db).glob(f"daily-{dt.date.today():%Y%m%d}-*.sqlite"))
               and not daily_backup.is_running(db)):
        time.sleep(0.05)
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gb", type=float, default=1.5)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", type=Path, help="build (or reuse) the store at this path")
    args = ap.parse_args()
    db = args.keep or Path(tempfile.mkdtemp(prefix="antt-bench-daily-")) / "big.sqlite"
    if not db.exists():
        build(db, args.gb)
    size = db.stat().st_size
    times: dict[str, list[float]] = {"off": [], "inline": [], "background": []}
    worker: list[float] = []
    first_command(db, "off")  # warm-up: the code and the page cache, not the copy
    for _ in range(args.runs):
        for mode in times:
            times[mode].append(first_command(db, mode))
            if mode == "background":
                worker.append(times[mode][-1] + wait_worker(db))
    base = statistics.median(times["off"])
    print(f"first command of the day (`antt stats`, a fresh process) on a {size / 1e9:.2f} GB store,"
          f" median of {args.runs}")
    labels = {"off": "daily backup off (baseline)", "inline": "old: backup before the command",
              "background": "new: backup in a detached worker"}
    for mode, values in times.items():
        med = statistics.median(values)
        print(f"  {labels[mode]:36s} {med:7.2f} s   ×{med / base:5.2f}")
    print(f"  the worker's copy done after        {statistics.median(worker):7.2f} s (from the command's start)")
    scaled = statistics.median(times["inline"]) * 7e9 / size
    print(f"  old way scaled to 7 GB: about {scaled:.0f} s; the new way does not grow with the store."
          f"  target: < 1 s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
