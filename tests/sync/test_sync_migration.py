"""Sync's tables come from a numbered schema step; a v1 store (with or without the tables sync
used to create on first use) upgrades, keeps its data and its receipts, and then syncs."""

from __future__ import annotations

import sqlite3

import pytest

from app.domain import setup
from app.domain.check import check_store
from app.store import schema
from app.store.db import open_store
from app.sync import enrolment, export, importer
from tests.schema_steps import shared_columns, take_back
from tests.sync.conftest import record

SYNC_STEP = schema.MIGRATIONS.index(schema.V3_SYNC) + 1
SYNC_TABLES = ("sync_devices", "sync_imports", "sync_received", "sync_acks", "sync_exports", "held_documents",
               "held_refs")
# What sync created on first use before it had a schema step (kept here as the released shape).
FIRST_USE_TABLES = """
CREATE TABLE sync_imports (id INTEGER PRIMARY KEY, bundle_id TEXT NOT NULL UNIQUE, file_sha256 TEXT NOT NULL,
 file_name TEXT NOT NULL, sender_device TEXT NOT NULL, sender_unit TEXT NOT NULL, kind TEXT NOT NULL,
 bundle_seq INTEGER NOT NULL, seq_from INTEGER NOT NULL, seq_to INTEGER NOT NULL, claimed_at TEXT NOT NULL,
 imported_at TEXT NOT NULL, officer TEXT NOT NULL, counts TEXT NOT NULL, rejected TEXT NOT NULL DEFAULT '[]',
 rowid_before INTEGER NOT NULL, rowid_after INTEGER NOT NULL, backup_path TEXT NOT NULL DEFAULT '',
 undone INTEGER NOT NULL DEFAULT 0);
INSERT INTO sync_imports VALUES (1, 'b1', 'h', 'f.antt', 'dev', 'CAX-A', 'up', 1, 1, 3, 'c', 'i', 'o', '{}', '[]',
 0, 3, '', 0);
"""


def v1_store(path, first_use_tables: bool):
    """A store exactly as schema step 1 left it, with a unit, a model and its records.

    Written by today's code, then taken back to step 1 with plain SQL (tests/schema_steps.py: the rows kept, the
    schema checked against an empty store made by step 1 alone), so the file is what a v1 installation holds.
    """
    s = open_store(path)
    setup.initialise(s, "CAX-A", "Công an xã A", "commune_police", "CAT-LS", "Công an tỉnh", officer="Lò Văn A")
    record(s, "CAX-A", n=2)
    assert s.query("SELECT count(*) FROM held_documents")[0][0] == 0
    assert {name for (name,) in s.query("SELECT name FROM sqlite_master WHERE type = 'table'")} >= set(SYNC_TABLES)
    s.close()
    take_back(path, 1)
    if first_use_tables:
        conn = sqlite3.connect(path)
        conn.executescript(FIRST_USE_TABLES)
        conn.close()


def tables(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def contents(path) -> dict:
    conn = sqlite3.connect(path)
    try:
        return {t: sorted(conn.execute(f"SELECT {shared_columns(conn, t)} FROM {t}").fetchall())
                for t in ("versions", "documents", "units", "models", "activities", "surrenders", "surrender_items",
                          "meta")}
    finally:
        conn.close()


def test_sync_tables_are_a_numbered_step():
    assert SYNC_STEP >= 2 and schema.SCHEMA_VERSION >= SYNC_STEP
    for table in SYNC_TABLES:
        assert f"CREATE TABLE IF NOT EXISTS {table} " in schema.V3_SYNC
    # and nothing in app/sync creates tables on first use any more
    from pathlib import Path

    import app.sync

    for f in Path(app.sync.__file__).parent.glob("*.py"):
        assert "CREATE TABLE" not in f.read_text(), f.name


@pytest.mark.parametrize("first_use_tables", [False, True], ids=["plain-v1", "v1-with-first-use-tables"])
def test_upgrade_from_v1(tmp_path, first_use_tables):
    path = tmp_path / "post" / "antt.sqlite"
    v1_store(path, first_use_tables)
    before = contents(path)
    assert not {"sync_devices", "held_documents"} & tables(path)
    s = open_store(path)
    assert s.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
    assert set(SYNC_TABLES) <= tables(path)
    assert contents(path) == before  # the records are untouched
    backups = list((path.parent / "backups").glob("before-migration-*.sqlite"))
    assert len(backups) == 1 and sqlite3.connect(backups[0]).execute("PRAGMA user_version").fetchone()[0] == 1
    if first_use_tables:  # the receipt kept from before the step is still there
        assert s.query("SELECT bundle_id FROM sync_imports")[0][0] == "b1"
    # step 6 filled the unit totals from the records the store had (check_store recounts them)
    assert s.query("SELECT sum(lines) FROM surrender_totals")[0][0] == s.query(
        "SELECT count(*) FROM surrender_items")[0][0] > 0
    assert s.query("SELECT sum(count) FROM activity_totals")[0][0] == 2
    assert check_store(s) == []
    # the upgraded post enrols and sends its records up
    prov = open_store(tmp_path / "prov" / "antt.sqlite")
    setup.initialise(prov, "CAT-LS", "Công an tỉnh", "provincial_police")
    e = enrolment.write_enrolment(s, tmp_path)
    enrolment.accept_answer(s, enrolment.enrol(prov, e.path).answer_path)
    receipt = importer.apply_import(prov, export.export_bundle(s, tmp_path).path)
    assert receipt.counts["new"] >= 4 and prov.query("SELECT count(*) FROM activities")[0][0] == 2
    s.close()
    prov.close()


def test_a_v1_backup_passes_the_whole_check_and_restores(tmp_path):
    """Issue 18 item 8: restore runs the whole `antt check` on the candidate, which must also read an older schema."""
    from app.security import backups

    old = tmp_path / "old" / "antt.sqlite"
    v1_store(old, first_use_tables=False)
    before = contents(old)
    info = backups.check_backup_file(old)
    assert info.schema_version == 1 and info.versions > 0
    fresh_path = tmp_path / "new-laptop" / "antt.sqlite"
    restored, _, _ = backups.restore(fresh_path, old, store=open_store(fresh_path))
    assert restored.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
    after = contents(fresh_path)
    drop_head = lambda c: {**c, "meta": [r for r in c["meta"] if r[0] != "audit_head"]}  # the restore is audited
    assert drop_head(after) == drop_head(before) and check_store(restored) == []
    restored.close()
