"""A power cut and a full disk during import (issue 4 §7, §9): the store is as before, or whole.

The power cut is a real SIGKILL of a child process running `antt import`, at many steps spread
over the whole import: app/store/crash.py counts SQLite's progress callbacks (every few thousand
VM instructions, so a kill lands mid-statement too) and the explicit points just before and
after COMMIT; a first run counts the steps, then each chosen step is a fresh copy of the store
and a process that kills itself there. After each: the store opens, passes integrity_check,
holds exactly the state before or the state after an uninterrupted import (never a part), and
importing the bundle again gives the uninterrupted result. The full disk is a real small tmpfs
when this process may mount one (root), and SQLite's own page limit on the connection everywhere.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.domain.activities import add_activity
from app.domain.check import check_store
from app.domain.doctypes import readable_tables
from app.store import crash
from app.store.db import open_store
from app.sync import importer
from tests.sync.conftest import TODAY, record
from tests.schema_steps import shared_columns

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("versions", "documents", "units", "models", "activities", "surrenders", "surrender_items",
          "surrender_totals_all", "held_documents", "sync_imports", "sync_received", "sync_acks", "meta")
KILLS = 20  # steps spread evenly over the import, plus the points just before and after COMMIT


def snapshot(store) -> dict:
    return {t: sorted(tuple(r) for r in store.conn.execute(f"SELECT {shared_columns(store.conn, t)} FROM {t}")) for t in TABLES}


def state(store) -> dict:
    """What an import changes, minus what differs between two runs of the same import (times, paths)."""
    q = store.conn.execute
    tables = ["versions", "documents", "surrender_totals_all", "held_documents", "held_refs", "sync_received",
              "sync_acks", *readable_tables()]
    out = {t: sorted(tuple(r) for r in q(f"SELECT {shared_columns(store.conn, t)} FROM {t}")) for t in tables}
    out["meta"] = sorted(tuple(r) for r in q("SELECT * FROM meta WHERE key != 'audit_head'"))
    out["sync_imports"] = [tuple(r) for r in q(
        "SELECT bundle_id, file_sha256, sender_device, counts, rejected, rowid_before, rowid_after, undone"
        " FROM sync_imports ORDER BY id")]
    out["audit_entries"] = q("SELECT count(*) FROM audit_log").fetchone()[0]
    out["schema"] = sorted(tuple(r) for r in q("SELECT type, name, coalesce(sql, '') FROM sqlite_master"))
    return out


# `antt import` with the readable tables' indexes built at the end whatever the bundle's size
# (doctypes.bulk_load does so from 20,000 rows up): the DROP and CREATE INDEX are in the transaction too.
_DEFERRED = ("import sys; from app.domain import doctypes; doctypes.REBUILD_MIN_ROWS = 1;"
             " from app.cli import main; sys.exit(main(sys.argv[1:]))")


def run_import(db: Path, bundle: Path, kill_at: int, log: Path | None = None,
               deferred: bool = False) -> subprocess.CompletedProcess:
    """`antt import BUNDLE` in a child process that SIGKILLs itself at step `kill_at` (0: never)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), crash.ENV_AT: str(kill_at)}
    if log is not None:
        env[crash.ENV_LOG] = str(log)
    command = ["-c", _DEFERRED] if deferred else ["-m", "app.cli"]
    return subprocess.run([sys.executable, *command, "--db", str(db), "import", str(bundle)], cwd=ROOT,
                          env=env, capture_output=True, timeout=120)


def copy_store(source: Path, target: Path) -> Path:
    """The store directory (file, keys) as it was before the import, without earlier backups."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("backups"))
    return target / "antt.sqlite"


@pytest.fixture
def big_up(net):
    """A bundle of a few hundred versions from one post: models, activities, receipts."""
    post = net.posts["CAX-DD"]
    m = record(post, "CAX-DD", n=0)
    for i in range(200):
        add_activity(post, m.id, TODAY, "meeting", participants=i)
    for i in range(20):
        record(post, "CAX-DD", n=2)
    return net.up("CAX-DD")


@pytest.mark.parametrize("deferred", [False, True], ids=["indexes-kept", "indexes-built-at-end"])
def test_power_cut_at_many_points_leaves_the_store_before_or_whole(net, big_up, tmp_path, capsys, deferred):
    net.province.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = state(net.province)
    net.province.close()
    pristine = net.province.path.parent

    # An uninterrupted import, counting its steps: the state every kill must end in, or not start.
    log = tmp_path / "steps.txt"
    db = copy_store(pristine, tmp_path / "whole")
    done = run_import(db, big_up, 0, log, deferred)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    lines = dict(line.split() for line in log.read_text().splitlines())
    steps, begun = int(lines["steps"]), int(lines["begun"])
    before_commit, after_commit = int(lines["before-commit"]), int(lines["after-commit"])
    assert 0 < begun < before_commit < after_commit <= steps and before_commit - begun >= 3 * KILLS, lines
    store = open_store(db)
    after = state(store)
    store.close()
    assert after != before and len(after["activities"]) == len(before["activities"]) + 240

    # one kill while the store is opened, the rest spread over the import's transaction and after it
    points = sorted({1, *(begun + (steps - begun) * i // (KILLS - 1) for i in range(KILLS)), before_commit,
                     after_commit})
    outcomes = {}
    for k in points:
        db = copy_store(pristine, tmp_path / f"kill-{k}")
        killed = run_import(db, big_up, k, deferred=deferred)
        assert killed.returncode == -signal.SIGKILL, (k, killed.returncode, killed.stderr.decode()[-2000:])
        store = open_store(db)
        assert store.query("PRAGMA integrity_check")[0][0] == "ok", k
        found = state(store)
        assert found in (before, after), f"half an import after a kill at step {k} of {steps}"
        outcomes[k] = "whole" if found == after else "before"
        assert check_store(store) == [], k
        # and the same bundle then imports to exactly what an uninterrupted import gives
        receipt = importer.apply_import(store, big_up)
        assert receipt.already_imported == (outcomes[k] == "whole"), k
        assert state(store) == after, k
        store.close()
    assert outcomes[before_commit] == "before" and outcomes[after_commit] == "whole", outcomes
    assert sum(o == "before" for o in outcomes.values()) >= KILLS // 2, outcomes  # most kills land mid-import
    db = tmp_path / f"kill-{points[0]}" / "antt.sqlite"
    assert main(["--db", str(db), "check"]) == 0 and capsys.readouterr().out.strip() == "OK"


# ---------------------------------------------------------------- a full disk


def test_disk_fills_during_import_page_limit(net, big_up):
    prov = net.province
    before = snapshot(prov)
    pages = prov.query("PRAGMA page_count")[0][0]
    prov.conn.execute(f"PRAGMA max_page_count = {pages + 3}")  # room for a few pages, not for the bundle
    with pytest.raises(Exception) as err:
        importer.apply_import(prov, big_up)
    assert getattr(err.value, "key", None) == "disk_full"
    assert err.value.message("vi") == "Ổ đĩa đầy; không có gì được ghi, dữ liệu vẫn như cũ."
    assert snapshot(prov) == before
    prov.conn.execute("PRAGMA max_page_count = 1073741823")
    assert check_store(prov) == []
    assert importer.apply_import(prov, big_up).inserted > 200  # room again: it goes in


def _mount_tmpfs(where: Path, size_kb: int) -> bool:
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(where)],
                          capture_output=True)
    return done.returncode == 0


def test_disk_fills_during_import_real_tmpfs(net, big_up, tmp_path):
    import shutil

    disk = tmp_path / "small-disk"
    size = os.path.getsize(net.province.path)
    wal = Path(str(net.province.path) + "-wal")
    size += wal.stat().st_size if wal.exists() else 0
    if not _mount_tmpfs(disk, size_kb=(2 * size) // 1024 + 256):
        pytest.skip("mounting a tmpfs needs root; the page-limit test above covers the same path")
    try:
        db = disk / "antt.sqlite"
        net.province.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        net.province.close()
        shutil.copy(net.province.path, db)
        shutil.copytree(net.province.path.parent / "antt-keys", disk / "antt-keys")
        store = open_store(db)
        net.province = store
        before = snapshot(store)
        # fill the disk but for the room the pre-import backup needs, so the transaction itself meets the wall
        filler = disk / "filler"
        free = shutil.disk_usage(disk).free
        # (the copy's own size: the checkpointed file, not the one measured before; versions are packed small)
        filler.write_bytes(b"\0" * max(0, free - os.path.getsize(db) - 64 * 1024))
        with pytest.raises(Exception) as err:
            importer.apply_import(store, big_up)
        assert getattr(err.value, "key", None) == "disk_full", err.value
        assert len(list((disk / "backups").glob("before-import-*"))) == 1  # the copy fitted: the transaction failed
        assert snapshot(store) == before
        assert check_store(store) == []
        store.close()
        filler.unlink()
        for old in (disk / "backups").glob("*"):
            old.unlink()
        store = open_store(db)
        net.province = store
        assert snapshot(store) == before
        assert importer.apply_import(store, big_up).inserted > 200
        store.close()
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True)
