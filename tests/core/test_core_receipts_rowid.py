"""Schema step 10 (issue 17 item 6): receipts become a rowid table (rid) and their lines are kept under that rid in
surrender_lines, surrender_items a view of the same columns. A store of the previous schema (step 9) with real records (receipts with lines and personal details, edited and deleted ones, models, activities, a conflict,
documents held back for a missing unit and for unreadable data) migrates with a backup first; every row of every
table reads back the same through plain SQL, the file's schema is a new store's, and the store keeps working."""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import doctypes
from app.domain.check import check_store
from app.domain.surrenders import Line, add_surrender, update_surrender
from app.domain.versions import document_conflicts
from app.store import schema
from app.store.db import open_store
from app.store.paging import Filter, KeysetPager
from tests.schema_steps import every_row, file_schema, plain, rounded, store_with_every_kind_of_receipt, table_columns
from ui.sources import SURRENDERS

STEP = schema.MIGRATIONS.index(schema.V10_RECEIPT_KEYS) + 1
TODAY = dt.date(2026, 6, 30)


@pytest.fixture
def step9_store(tmp_path):
    """A store as the previous release holds it (receipts WITHOUT ROWID, lines in the table surrender_items):
    records written by this code, then the store taken back to step 9 with plain SQL (tests/schema_steps.py,
    which checks the schema against an empty store made by steps 1-9 alone)."""
    return store_with_every_kind_of_receipt(tmp_path / "antt.sqlite", TODAY, STEP - 1)


def test_a_step9_store_migrates_with_a_backup_and_every_record_reads_back(step9_store):
    path = step9_store
    old_tables = table_columns(path)  # the tables of step 9, with their columns
    before = every_row(path, old_tables)
    conn = plain(path)
    assert "WITHOUT ROWID" in conn.execute("SELECT sql FROM sqlite_master WHERE name = 'surrenders'").fetchone()[0]
    conn.close()
    # the store holds what the test says it does, counted without the code under test
    assert len(before["surrenders"]) > 20 and len(before["surrender_items"]) > len(before["surrenders"])
    assert len(before["surrender_persons"]) == 1 and len(before["models"]) > 0 and len(before["activities"]) > 0
    assert sorted(r[1] for r in before["held_documents"]) == ["surrender", "surrender"]  # doc_type column
    assert sorted(r[3] for r in before["held_documents"]) == ["reference", "unreadable"]
    assert [r[0] for r in before["documents"] if r[5] > 0] == ["conflicted-receipt"]

    s = open_store(path)  # migrates
    assert s.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert every_row(path, old_tables) == before  # every row of every table, the receipts' among them
    assert s.query("PRAGMA freelist_count")[0][0] == 0  # the copied table's old pages went back to the disk

    fresh = open_store(path.parent / "fresh" / "antt.sqlite")
    fresh.close()
    assert file_schema(path) == file_schema(fresh.path)  # the file is what a new installation holds
    sql = dict((r[1], r[3]) for r in file_schema(path))
    assert "WITHOUT ROWID" not in sql["surrenders"]
    conn = plain(path)
    index_columns = {name: [r[2] for r in conn.execute(f"PRAGMA index_xinfo({name})")]  # what each entry holds
                     for name in ("surrenders_date", "surrenders_number", "surrenders_unit", "surrenders_person",
                                  "surrenders_method", "surrenders_received_by")}
    conn.close()
    assert index_columns["surrenders_date"] == ["date", None]  # None: the rowid (rid), not the 36-character id
    assert all(cols[-1] is None and "id" not in cols for cols in index_columns.values()), index_columns
    conn = plain(path)
    # (the lines' own indexes of step 10 went in step 12: a line's unit and date are its receipt's)
    # each line names its receipt's rid, and the receipt of that rid is the one the step-9 line named
    joined = sorted(conn.execute("SELECT s.id, l.line_no FROM surrender_lines l JOIN surrenders s ON s.rid = l.receipt")
                    .fetchall())
    assert joined == sorted((r[0], r[1]) for r in before["surrender_items"])
    conn.close()

    assert check_store(s) == []  # winners, readable rows and totals against the versions
    assert {c["vid"] for c in document_conflicts(s, "conflicted-receipt")} == {"lapb:1", "lapc:1"}
    # the readable rows rebuilt from the versions alone are the migrated ones
    doctypes.rebuild_readable(s)
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # (the totals are sums of REAL quantities: added up in another order, 12.4 may come back as 12.399999999999999)
    assert rounded(every_row(path, old_tables)) == rounded(before)

    copies = list((path.parent / "backups").glob(f"*before-migration-{STEP}*"))
    assert len(copies) == 1
    old = every_row(copies[0], old_tables)
    assert old == before
    conn = plain(copies[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == STEP - 1
    conn.close()
    s.close()


def test_after_the_migration_receipts_are_written_paged_and_found_by_id(step9_store):
    s = open_store(step9_store)
    unit = s.query("SELECT unit_code FROM surrenders ORDER BY date DESC LIMIT 1")[0][0]
    item = s.query("SELECT code FROM catalogue_items ORDER BY code LIMIT 1")[0][0]
    new = add_surrender(s, unit_code=unit, date="2026-06-06", lines=[Line(item, 7)], person_name="Hà Văn G")
    update_surrender(s, new.id, person_name="Hà Văn H")
    ids = [r[0] for r in s.query("SELECT id FROM surrenders ORDER BY date, id")]
    expected = [r[0] for r in s.query("SELECT id FROM surrenders ORDER BY person_name, date, rid")]
    assert s.query("SELECT person_name FROM surrenders WHERE id = ?", (new.id,))[0][0] == "Hà Văn H"
    assert check_store(s) == []

    # a page of receipts sorted by any column, from the start and from the middle, as the GUI reads it
    pager = KeysetPager(s.conn, SURRENDERS, filters=[Filter("date", "between", ("2000-01-01", "2099-12-31"))],
                        sort="person_name")
    assert pager.count() == len(ids)
    rows = pager.page(0, len(ids))
    id_at = SURRENDERS.names.index("id")
    assert [r[id_at] for r in rows] == expected
    middle = len(ids) // 2
    assert [r[id_at] for r in pager.page(middle, 5)] == expected[middle:middle + 5]

    s.close()
