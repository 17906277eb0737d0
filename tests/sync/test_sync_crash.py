"""A power cut and a full disk during import (issue 4 §7, §9): the store is as before, or whole.

The power cut is a real SIGKILL of a child process that is importing, stopped at chosen points
of phase 2 (after the first chunk of versions is in, after the last, just before COMMIT). The
full disk is a real small tmpfs when this process may mount one (root), and SQLite's own page
limit on the connection everywhere.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from app.cli import main
from app.domain.activities import add_activity
from app.domain.check import check_store
from app.store.db import open_store
from app.sync import importer
from tests.sync.conftest import TODAY, record

ROOT = Path(__file__).resolve().parents[2]
TABLES = ("versions", "documents", "units", "models", "activities", "surrenders", "surrender_items",
          "surrender_totals_all", "held_documents", "sync_imports", "sync_received", "sync_acks", "meta")

CHILD = textwrap.dedent("""
    import sys, time
    from app.store.db import open_store
    from app.sync import importer

    db, bundle, point, marker = sys.argv[1:5]
    importer.CHUNK = 40  # several chunks, so that "after the first" is truly mid-way

    def stop_here():
        open(marker, "w").close()
        time.sleep(60)  # the parent kills us here

    if point == "first-chunk":
        real = importer.apply_versions
        def apply_then_stop(store, versions, **kw):
            result = real(store, versions, **kw)
            stop_here()
            return result
        importer.apply_versions = apply_then_stop
    elif point == "after-versions":
        def received_then_stop(*a):
            stop_here()
        importer.record_received = received_then_stop
    elif point == "before-commit":
        store = open_store(db)
        class Conn:
            def __init__(self, conn): self._c = conn
            def execute(self, sql, *a):
                if sql == "COMMIT":
                    stop_here()
                return self._c.execute(sql, *a)
            def __getattr__(self, name): return getattr(self._c, name)
        store.conn = Conn(store.conn)
        importer.apply_import(store, bundle)
        sys.exit(0)
    store = open_store(db)
    importer.apply_import(store, bundle)
""")


def snapshot(store) -> dict:
    return {t: sorted(tuple(r) for r in store.conn.execute(f"SELECT * FROM {t}")) for t in TABLES}


def kill_during_import(db: Path, bundle: Path, point: str, tmp_path: Path) -> None:
    marker = tmp_path / f"reached-{point}-{uuid.uuid4().hex[:6]}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(db), str(bundle), point, str(marker)], cwd=ROOT,
                             env=env, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            if child.poll() is not None:
                raise AssertionError(f"the import ended before {point}: {child.stderr.read().decode()[-2000:]}")
            if time.monotonic() > deadline:
                raise AssertionError(f"the import never reached {point}")
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stderr.close()


@pytest.fixture
def big_up(net):
    """A bundle of a few hundred versions from one post."""
    post = net.posts["CAX-DD"]
    m = record(post, "CAX-DD", n=0)
    for i in range(200):
        add_activity(post, m.id, TODAY, "meeting", participants=i)
    return net.up("CAX-DD")


@pytest.mark.parametrize("point", ["first-chunk", "after-versions", "before-commit"])
def test_power_cut_mid_import_leaves_the_store_as_before(net, big_up, tmp_path, capsys, point):
    db = net.province.path
    before = snapshot(net.province)
    net.province.close()
    kill_during_import(db, big_up, point, tmp_path)
    store = open_store(db)
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    assert snapshot(store) == before
    assert check_store(store) == []
    store.close()
    assert main(["--db", str(db), "check"]) == 0 and capsys.readouterr().out.strip() == "OK"
    # and the same bundle imports whole afterwards
    store = open_store(db)
    net.province = store
    receipt = importer.apply_import(store, big_up)
    assert receipt.inserted > 200 and not receipt.already_imported
    assert store.query("SELECT count(*) FROM activities WHERE unit_code = 'CAX-DD'")[0][0] == 200
    assert check_store(store) == []


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
        filler.write_bytes(b"\0" * max(0, free - size - 64 * 1024))
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
