"""The day's backup never blocks a command (issue 17 item 5): a detached worker takes it, under a lock, from
one snapshot of the store, and the copy passes the whole check a restore makes."""

import datetime as dt
import sqlite3
import time

import pytest

from app import collation
from app.cli import main
from app.security import backups, daily_backup
from app.store.db import open_store


def wait_for(condition, timeout=60.0):
    """Poll a condition (a worker is another process: no Qt loop to wait on)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return condition()


def todays(db):
    folder = backups.backups_dir(db)
    return sorted(folder.glob(f"daily-{dt.date.today():%Y%m%d}-*.sqlite")) if folder.exists() else []


@pytest.fixture
def antt(tmp_path, capsys, monkeypatch):
    db = tmp_path / "cli.sqlite"

    def run(*argv):
        code = main(["--db", str(db), *argv])
        out, err = capsys.readouterr()
        assert code == 0, (code, out, err)
        return out, err

    monkeypatch.setenv("ANTT_DAILY_BACKUP", "off")
    run("init", "--unit-code", "CAX-DD", "--unit-name", "Công an xã Đồng Đăng", "--unit-kind", "commune_police",
        "--parent-code", "CAT-LS", "--parent-name", "Công an tỉnh Lạng Sơn", "--place", "Lạng Sơn")
    run("surrender", "add", "--unit", "CAX-DD", "--date", "2025-06-03", "--from", "Lục Văn B", "--item", "gun.air=1")
    monkeypatch.setenv("ANTT_DAILY_BACKUP", "background")
    run.db = db
    yield run
    wait_for(lambda: not daily_backup.is_running(db))  # leave no worker behind the test


def test_a_command_returns_before_the_backup_and_the_backup_comes_and_is_valid(antt):
    assert todays(antt.db) == []
    antt("stats", "--from", "2025-01-01", "--to", "2025-12-31")
    assert wait_for(lambda: todays(antt.db) and not daily_backup.is_running(antt.db))
    [copy] = todays(antt.db)
    info = backups.check_backup_file(copy)  # the whole antt check a restore runs
    assert info.home_unit == "CAX-DD"
    assert sqlite3.connect(copy).execute("SELECT count(*) FROM surrenders").fetchone()[0] == 1
    assert not list(copy.parent.glob("*.partial"))
    assert daily_backup.last_error(antt.db) is None


def test_two_commands_in_a_row_take_one_backup(antt):
    antt("stats", "--from", "2025-01-01", "--to", "2025-12-31")
    antt("stats", "--from", "2025-01-01", "--to", "2025-12-31")
    antt("surrender", "add", "--unit", "CAX-DD", "--date", "2025-06-04", "--from", "Lục Văn C", "--item", "gun.air=2")
    assert wait_for(lambda: todays(antt.db) and not daily_backup.is_running(antt.db))
    time.sleep(0.3)  # a second worker, had one started, would have found the lock free by now
    assert wait_for(lambda: not daily_backup.is_running(antt.db))
    assert len(todays(antt.db)) == 1


def test_a_worker_finds_the_lock_taken_and_copies_nothing(antt):
    folder = backups.backups_dir(antt.db)
    with daily_backup.worker_lock(folder) as mine:
        assert mine
        assert daily_backup.is_running(antt.db)
        assert daily_backup.run_worker(antt.db) is None  # another worker holds it: nothing copied
        store = open_store(antt.db, create=False)
        try:
            assert daily_backup.start(store) is None  # no second worker is even started
        finally:
            store.close()
        # a command run while a backup is in progress works, and leaves the backup to the running worker
        out, err = antt("surrender", "add", "--unit", "CAX-DD", "--date", "2025-06-05", "--from", "Lục Văn D", "--item", "gun.air=3")
        assert todays(antt.db) == []
    assert daily_backup.run_worker(antt.db).name.startswith("daily-")
    assert daily_backup.run_worker(antt.db) is None  # taken today already


def test_the_copy_is_one_snapshot_while_a_command_writes(antt):
    """Writes made by another connection during the stepwise copy neither restart it nor get into it."""
    store = open_store(antt.db, create=False)
    writer = sqlite3.connect(antt.db, isolation_level=None)
    writes = []

    def progress(status, remaining, total):
        if not writes:
            writer.execute("UPDATE surrenders SET person_name = 'changed during the copy'")
            writes.append(remaining)

    target = backups.backups_dir(antt.db) / "snapshot.sqlite"
    target.parent.mkdir(exist_ok=True)
    try:
        backups.copy_store(store, target, pages=1, progress=progress)
    finally:
        store.close()
        writer.close()
    assert writes and writes[0] > 0  # the write came in the middle of the copy
    copy = sqlite3.connect(target)
    collation.register(copy)  # the models' name indexes are COLLATE vi (schema step 5)
    assert copy.execute("SELECT person_name FROM surrenders").fetchone()[0] == "Lục Văn B"
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    live = sqlite3.connect(antt.db)
    assert live.execute("SELECT person_name FROM surrenders").fetchone()[0] == "changed during the copy"


def test_a_failed_worker_is_said_by_the_next_command(antt, capsys):
    folder = backups.backups_dir(antt.db)
    folder.mkdir(exist_ok=True)
    (folder / daily_backup.ERROR_NAME).write_text("ổ đĩa đầy", encoding="utf-8")
    _, err = antt("stats", "--from", "2025-01-01", "--to", "2025-12-31")
    assert "ổ đĩa đầy" in err
    assert wait_for(lambda: todays(antt.db) and not daily_backup.is_running(antt.db))
    assert daily_backup.last_error(antt.db) is None  # the new try succeeded and cleared it


def test_a_restore_waits_for_a_running_copy_and_refuses_when_it_does_not_end(antt, monkeypatch):
    """The store file is never replaced under a worker that reads it; a copy that goes on too long makes the
    restore refuse in one sentence, with nothing changed."""
    import threading

    from app.errors import AnttError

    assert daily_backup.run_worker(antt.db).name.startswith("daily-")
    backup = todays(antt.db)[0]
    antt("surrender", "add", "--unit", "CAX-DD", "--date", "2025-06-06", "--from", "Lục Văn E", "--item", "gun.air=4")
    folder = backups.backups_dir(antt.db)
    monkeypatch.setattr(daily_backup, "RESTORE_WAIT_S", 0.3)
    store = open_store(antt.db, create=False)
    with daily_backup.worker_lock(folder) as mine:
        assert mine
        with pytest.raises(AnttError) as refused:
            backups.restore(antt.db, backup, store=store)
        assert refused.value.key == "restore_backup_running"
    assert store.conn.execute("SELECT count(*) FROM surrenders").fetchone()[0] == 2  # nothing replaced
    # a copy that ends while the restore waits: the restore goes on after it
    monkeypatch.setattr(daily_backup, "RESTORE_WAIT_S", 30.0)
    held, release = threading.Event(), threading.Event()

    def worker():
        with daily_backup.worker_lock(folder):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=worker)
    thread.start()
    held.wait(10)
    threading.Timer(0.3, release.set).start()
    restored, info, kept = backups.restore(antt.db, backup, store=store)
    thread.join()
    try:
        assert restored.conn.execute("SELECT count(*) FROM surrenders").fetchone()[0] == 1
    finally:
        restored.close()
