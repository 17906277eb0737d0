import sqlite3

import pytest

from app.errors import AnttError
from app.store import migrations, schema
from app.store.db import default_db_path, open_store


def test_pragmas_and_schema_version(db_path):
    s = open_store(db_path)
    assert s.query("PRAGMA journal_mode")[0][0] == "wal"
    assert s.query("PRAGMA synchronous")[0][0] == 2  # FULL
    assert s.query("PRAGMA foreign_keys")[0][0] == 1
    assert s.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
    assert len(s.device_id) == 16


def test_reopen_keeps_device_id(db_path):
    first = open_store(db_path).device_id
    assert open_store(db_path).device_id == first


def test_default_path_follows_env_then_platformdirs(monkeypatch, tmp_path):
    monkeypatch.setenv("ANTT_DB", str(tmp_path / "x.sqlite"))
    assert default_db_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("ANTT_DB")
    path = default_db_path()
    assert path.name == "antt.sqlite" and "ANTT" in str(path)


def test_migration_takes_a_backup_first(db_path, monkeypatch):
    s = open_store(db_path)
    s.conn.execute("INSERT INTO meta VALUES ('marker', 'before')")
    s.close()
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE added_in_v2 (x INTEGER);"])
    monkeypatch.setattr(migrations, "MIGRATIONS", schema.MIGRATIONS)
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(schema.MIGRATIONS))
    s = open_store(db_path)
    assert s.query("PRAGMA user_version")[0][0] == len(schema.MIGRATIONS)
    backups = list((db_path.parent / "backups").glob("before-migration-*.sqlite"))
    assert len(backups) == 1
    old = sqlite3.connect(backups[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == len(schema.MIGRATIONS) - 1
    assert old.execute("SELECT value FROM meta WHERE key = 'marker'").fetchone()[0] == "before"


def test_failed_migration_leaves_the_store_as_it_was(db_path, monkeypatch):
    open_store(db_path).close()
    monkeypatch.setattr(migrations, "MIGRATIONS", [*schema.MIGRATIONS, "CREATE TABLE ok_part (x);\nTHIS IS NOT SQL;"])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(schema.MIGRATIONS) + 1)
    with pytest.raises(AnttError):
        open_store(db_path)
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'ok_part'").fetchone()


def test_newer_schema_is_refused_with_a_clear_sentence(db_path):
    open_store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(AnttError) as err:
        open_store(db_path)
    assert "cập nhật phần mềm" in err.value.message("vi")
    assert "update the software" in err.value.message("en")


def test_not_a_database_is_refused(tmp_path):
    bad = tmp_path / "junk.sqlite"
    bad.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(AnttError) as err:
        open_store(bad)
    assert err.value.key == "store_unreadable"


def test_transaction_rolls_back_on_error(store):
    before = store.meta_get("officer")
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.meta_set("officer", "someone else")
            raise RuntimeError("power cut")
    assert store.meta_get("officer") == before


def test_report_indexes_exist(store):
    names = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    # a period's lines: by the receipts' (unit_code, date) (schema step 12: a line's unit and date are its receipt's)
    assert {"surrenders_unit", "models_unit", "activities_unit_date"} <= names


def test_commits_synced_behind_are_written_at_once_and_flushed_by_a_thread_of_their_own(db_path, monkeypatch):
    """Issue 17 item 4: the login's audit entry is committed before the window, its flush to the disk is not waited
    for on the GUI thread. Inside: synchronous=NORMAL, the commit visible to another connection at once; after:
    FULL again, and the log flushed by a thread of its own."""
    import threading

    from app.store import db

    s = open_store(db_path)
    flushed = []
    monkeypatch.setattr(db, "sync_log", lambda path: flushed.append((str(path), threading.current_thread().name)))
    with s.synced_behind():
        assert s.query("PRAGMA synchronous")[0][0] == 1  # NORMAL
        with s.transaction():
            s.meta_set("behind", "written")
        other = sqlite3.connect(db_path)
        assert other.execute("SELECT value FROM meta WHERE key = 'behind'").fetchone() == ("written",)
        other.close()
    s.wait_flushed()
    assert flushed == [(str(db_path), "antt-log-flush")]
    assert s.query("PRAGMA synchronous")[0][0] == 2  # FULL: every later commit flushes the log itself
    with s.transaction(), pytest.raises(RuntimeError), s.synced_behind():
        pass
    s.close()


def test_sync_log_flushes_the_stores_write_ahead_log_and_nothing_without_one(db_path, tmp_path, monkeypatch):
    import os

    from app.store import db

    s = open_store(db_path)
    with s.transaction():
        s.meta_set("k", "v")
    seen = []
    fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: seen.append(os.fstat(fd).st_ino) or fsync(fd))
    db.sync_log(db_path)
    assert seen == [os.stat(f"{db_path}-wal").st_ino]
    seen.clear()
    db.sync_log(tmp_path / "no-such-store.sqlite")
    assert seen == []
    s.close()
