"""Backup benchmark (issue 18): a sealed backup against a plain copy, opening it again, and what the whole
`antt check` costs a restore now that it compares every readable row with its winner.

Prints figures; it is not a test. Each pair is measured in the same run, so the ratios mean something on a
noisy box.

    python bench/bench_backup.py [--units 300] [--months 24]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.domain import check, demo  # noqa: E402
from app.security import backups, sealed_backup  # noqa: E402
from app.store.db import open_store  # noqa: E402

PASS = "ba con voi ở Đồng Đăng"


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return time.perf_counter() - started, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=300)
    parser.add_argument("--months", type=int, default=24)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-backup-") as work:
        work = Path(work)
        store = open_store(work / "data" / "antt.sqlite")
        demo.generate(store, units=args.units, months=args.months, seed=1)
        versions = store.conn.execute("SELECT count(*) FROM versions").fetchone()[0]
        size = backups.store_size(store)
        print(f"store: {versions:,} versions, {size / 2**20:.1f} MiB")
        stick = work / "usb"
        stick.mkdir()
        t_kdf, _ = timed(lambda: sealed_backup._derive(PASS, b"\0" * 16, **sealed_backup.SCRYPT))
        t_plain, plain = timed(lambda: backups.copy_store(store, stick / "plain.sqlite"))
        t_sealed, sealed = timed(lambda: backups.backup_to_dir(store, stick, PASS))
        print(f"scrypt key: {t_kdf:.2f} s")
        print(f"plain copy: {t_plain:.2f} s; sealed backup: {t_sealed:.2f} s (x{t_sealed / t_plain:.2f}); "
              f"sealed file {sealed.stat().st_size / plain.stat().st_size:.4f} x the plain one")
        t_open, _ = timed(lambda: sealed_backup.unseal(sealed, open(work / "opened.sqlite", "wb"), PASS))
        print(f"opening it again: {t_open:.2f} s ({size / 2**20 / max(t_open - t_kdf, 1e-9):.0f} MiB/s past the key)")
        t_versions, _ = timed(lambda: check._check_versions(store))
        t_readable, _ = timed(lambda: check._check_readable(store))
        print(f"check of versions: {t_versions:.2f} s; of readable rows: {t_readable:.2f} s "
              f"(+{100 * t_readable / t_versions:.0f} %)")
        t_inspect, _ = timed(lambda: backups.check_backup_file(sealed, PASS))
        print(f"everything a restore checks before replacing (open + whole check): {t_inspect:.2f} s")
        store.close()


if __name__ == "__main__":
    main()
