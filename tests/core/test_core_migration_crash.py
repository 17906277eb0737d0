"""A power cut in the middle of an upgrade (issue 17: minutes on a national store, the officer may well turn the
laptop off): a real SIGKILL of `antt` opening a step-8 store, at points spread over the backup's copy, the
packing step, its COMMIT and the VACUUM (app/store/crash.py). After each the store opens, is whole, finishes the
upgrade on that open, and every version reads as before; a whole copy at the old schema is there to restore."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from app import collation
from app.store import crash, schema
from app.store.db import open_store
from tests.core.test_core_packing import PACKED_STEP, previous_schema_store  # noqa: F401
from tests.core.test_core_migration_progress import texts_of

ROOT = Path(__file__).resolve().parents[2]
# `antt stats` with the backup copied 8 pages at a time, so that the copy has points a kill can land on
_CLI = ("import sys; from app.store import migrations; migrations.BACKUP_PAGES = 8;"
        " from app.cli import main; sys.exit(main(sys.argv[1:]))")
KILLS_IN_STEP, KILLS_IN_VACUUM = 2, 2


def run_cli(db: Path, kill_at: int, log: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), crash.ENV_AT: str(kill_at)}
    if log is not None:
        env[crash.ENV_LOG] = str(log)
    return subprocess.run([sys.executable, "-c", _CLI, "--db", str(db), "stats", "--from", "2026-01-01", "--to",
                           "2026-06-30"], cwd=ROOT, env=env, capture_output=True, timeout=120)


def test_a_power_cut_anywhere_in_an_upgrade_leaves_a_store_that_opens_and_finishes(previous_schema_store, tmp_path):
    original = previous_schema_store.parent
    before = texts_of(previous_schema_store)
    counted = tmp_path / "counted"
    shutil.copytree(original, counted)
    log = tmp_path / "steps.log"
    assert run_cli(counted / "antt.sqlite", 0, log).returncode == 0
    lines = log.read_text().splitlines()
    steps = int(lines[0].split()[1])
    points = {}
    for line in lines[1:]:
        label, at = line.rsplit(" ", 1)
        points.setdefault(label, []).append(int(at))
    copy_points = points["migration backup"]
    before_commit = points[f"migration step {PACKED_STEP} before COMMIT"][0]
    committed = points[f"migration step {PACKED_STEP} committed"][0]
    assert len(copy_points) >= 3 and copy_points[-1] < before_commit < committed < steps
    mid_copy = copy_points[len(copy_points) // 2]
    in_step = {copy_points[-1] + (before_commit - copy_points[-1]) * i // (KILLS_IN_STEP + 1)
               for i in range(1, KILLS_IN_STEP + 1)} | {before_commit}
    after = {committed, *(committed + (steps - committed) * i // (KILLS_IN_VACUUM + 2)  # then the VACUUM
                          for i in range(1, KILLS_IN_VACUUM + 1))}
    for at in sorted({mid_copy, *in_step, *after}):
        folder = tmp_path / f"kill-{at}"
        shutil.copytree(original, folder)
        db = folder / "antt.sqlite"
        done = run_cli(db, at)
        assert done.returncode == -9, (at, done.returncode, done.stderr.decode()[-500:])
        # what the cut left: the kill landed where it was meant to
        left = sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0]
        whole_copies = list((folder / "backups").glob("*.sqlite"))
        if at == mid_copy:
            assert left == PACKED_STEP - 1 and not whole_copies and list((folder / "backups").glob("*.partial")), at
        elif at in in_step:
            assert left == PACKED_STEP - 1 and len(whole_copies) == 1, at  # the step's transaction never happened
        else:
            assert left >= PACKED_STEP and len(whole_copies) == 1, at
        for partial in (folder / "backups").glob("*.partial"):  # the next start comes later than a minute
            os.utime(partial, (partial.stat().st_atime - 120, partial.stat().st_mtime - 120))
        store = open_store(db)  # the next start: opens, finishes what was left
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION, at
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", at
        store.close()
        assert texts_of(db) == before, at  # every version as it was written
        copies = sorted((folder / "backups").glob(f"before-migration-{PACKED_STEP}-*.sqlite"))
        assert copies, at  # a whole copy of the store as it was: what a restore would take
        assert not list((folder / "backups").glob("*.partial")), at  # a copy cut short does not stay
        for copy in copies:
            conn = sqlite3.connect(copy)
            collation.register(conn)  # the models' name indexes are in Vietnamese order
            assert conn.execute("PRAGMA user_version").fetchone()[0] == PACKED_STEP - 1, at
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", at
            conn.close()
            assert texts_of(copy) == before, at
