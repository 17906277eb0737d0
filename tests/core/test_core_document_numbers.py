"""Schema step 12 (issue 17 item 6): documents get this store's own number (`documents.num`), and the versions, the
receipts and their lines are kept under it (version_rows, surrender_rows, surrender_lines); `versions`, `surrenders`
and `surrender_items` are views with the columns and values they had. A store of the previous schema (step 11) with
real records (receipts with lines and personal details, edited and deleted ones, models, activities, figures, a
conflict, documents held back for a missing unit and for unreadable data) migrates with a backup first; every row of
every table reads back the same through plain SQL, the versions keep their rowids (the imports' ranges name them),
the file's schema is a new store's, and the readable rows rebuilt from the versions alone are the migrated ones."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import demo, doctypes
from app.domain.check import check_store
from app.domain.surrenders import Line, add_surrender, delete_surrender, update_surrender
from app.domain.versions import document_conflicts
from app.store import schema
from app.store.compact import sha_stored
from app.store.db import open_store
from tests.schema_steps import (LOCAL_COLUMNS, bare_store, every_row, file_schema, plain, rounded,
                                store_with_every_kind_of_receipt, table_columns)

STEP = schema.MIGRATIONS.index(schema.V12_DOCUMENT_NUMBERS) + 1
TODAY = dt.date(2026, 6, 30)
# a receipt's lines by its id: at steps 10 and 11 with their own unit and date, from step 12 on with their receipt's
LINES_THEN = ("SELECT s.id, l.line_no, l.unit_code, l.date, l.item_code, l.category, l.quantity, l.unit, l.serial,"
              " l.condition FROM surrender_lines l LEFT JOIN surrenders s ON s.rid = l.receipt")
LINES_NOW = ("SELECT surrender_id, line_no, unit_code, date, item_code, category, quantity, unit, serial, condition"
             " FROM surrender_items")
VERSION_COLUMNS = ("vid", "doc_id", "doc_type", "parents", "lamport", "device_id", "seq", "author", "claimed_at",
                   "deleted", "data", "sha256")


def versions_by_rowid(path) -> list[tuple]:
    conn = plain(path)
    try:
        return conn.execute(f"SELECT rowid, {', '.join(VERSION_COLUMNS)} FROM versions ORDER BY rowid").fetchall()
    finally:
        conn.close()


@pytest.fixture
def step11_store(tmp_path):
    """A store as the previous release holds it: records written by this code, then the store taken back to step 11
    with plain SQL (tests/schema_steps.py checks the schema against an empty store made by steps 1-11 alone)."""
    return store_with_every_kind_of_receipt(tmp_path / "antt.sqlite", TODAY, STEP - 1)


def test_a_step11_store_migrates_with_a_backup_and_every_record_reads_back(step11_store):
    path = step11_store
    old_tables = table_columns(path, skip=LOCAL_COLUMNS)  # the tables of step 11, with their columns
    before = every_row(path, old_tables, {"surrender_lines": LINES_THEN})
    rowids = versions_by_rowid(path)
    size_before = path.stat().st_size
    # the store holds what the test says it does, counted without the code under test
    assert len(before["surrenders"]) > 20 and len(before["surrender_lines"]) > len(before["surrenders"])
    assert len(before["surrender_persons"]) == 1 and len(before["models"]) > 0 and len(before["activities"]) > 0
    assert len(before["monthly_figures"]) > 0 and len(before["versions"]) > len(before["documents"])
    assert sorted(r[3] for r in before["held_documents"]) == ["reference", "unreadable"]
    assert [r[0] for r in before["documents"] if r[5] > 0] == ["conflicted-receipt"]
    assert any(r[1] == "Thượng úy Lò Văn An" for r in [(v[0], v[8]) for v in rowids])  # the authors are kept

    s = open_store(path)  # migrates
    assert s.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # every row of every table of step 11; the lines (their unit and date now their receipt's) as step 11 showed them
    lines_then = {"surrender_lines": LINES_NOW}
    assert every_row(path, old_tables, lines_then) == before
    assert versions_by_rowid(path) == rowids  # every version under the rowid it had, in the same order
    assert s.query("PRAGMA freelist_count")[0][0] == 0  # the old tables' pages went back to the disk
    # smaller, not counting the totals later steps added (13: per day; 14: per unit and year, packed)
    later = s.query("SELECT sum(pgsize) FROM dbstat WHERE name IN ('surrender_totals_day', 'surrender_totals_halves',"
                    " 'sqlite_autoindex_surrender_totals_halves_1')")[0][0]
    assert path.stat().st_size - later < size_before

    fresh = open_store(path.parent / "fresh" / "antt.sqlite")
    fresh.close()
    assert file_schema(path) == file_schema(fresh.path)  # the file is what a new installation holds
    conn = plain(path)
    kinds = dict(conn.execute("SELECT name, type FROM sqlite_master"))
    assert (kinds["versions"], kinds["surrenders"], kinds["surrender_items"]) == ("view", "view", "view")
    # what each index entry holds: small numbers, not the 36-character id
    xinfo = {name: [r[2] for r in conn.execute(f"PRAGMA index_xinfo({name})")]
             for name in ("versions_doc", "surrenders_date", "surrenders_unit")}
    assert xinfo == {"versions_doc": ["doc", None], "surrenders_date": ["date", None],
                     "surrenders_unit": ["unit_code", "date", None]}
    # the document id is kept once (documents and its UNIQUE index): nowhere in the versions and receipts as kept
    kept_columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
                    for t in ("version_rows", "surrender_rows", "surrender_lines")}
    assert not {"doc_id", "id", "surrender_id"} & set(sum(kept_columns.values(), []))
    # every line under its receipt, every receipt under its document's number
    assert conn.execute("SELECT count(*) FROM surrender_lines").fetchone()[0] == len(before["surrender_lines"])
    assert conn.execute("SELECT count(*) FROM surrender_rows r JOIN documents d ON d.num = r.rid"
                        " AND d.doc_type = 'surrender'").fetchone()[0] == len(before["surrenders"])
    # the sha256 of every version kept as its 32 bytes, device and seq as the vid says them
    assert conn.execute("SELECT count(*) FROM version_rows WHERE typeof(sha256) != 'blob' OR length(sha256) != 32"
                        " OR device_id IS NOT NULL OR seq IS NOT NULL OR doc_type IS NOT NULL").fetchone()[0] == 0
    conn.close()

    assert check_store(s) == []  # winners, readable rows and totals against the versions
    assert {c["vid"] for c in document_conflicts(s, "conflicted-receipt")} == {"lapb:1", "lapc:1"}
    doctypes.rebuild_readable(s)  # the readable rows rebuilt from the versions alone are the migrated ones
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert rounded(every_row(path, old_tables, lines_then)) == rounded(before)

    copies = list((path.parent / "backups").glob(f"*before-migration-{STEP}*"))
    assert len(copies) == 1
    assert every_row(copies[0], old_tables, {"surrender_lines": LINES_THEN}) == before
    conn = plain(copies[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == STEP - 1
    conn.close()
    s.close()


def test_after_the_migration_the_app_writes_reads_and_resolves(step11_store):
    s = open_store(step11_store)
    unit = s.query("SELECT unit_code FROM surrenders ORDER BY date DESC LIMIT 1")[0][0]
    item = s.query("SELECT code FROM catalogue_items ORDER BY code LIMIT 1")[0][0]
    new = add_surrender(s, unit_code=unit, date="2026-06-06", lines=[Line(item, 7), Line(item, 1)], person_name="Hà Văn G")
    update_surrender(s, new.id, person_name="Hà Văn H")
    row = s.query("SELECT person_name, rid FROM surrenders WHERE id = ?", (new.id,))[0]
    assert row[0] == "Hà Văn H"
    assert row[1] == s.query("SELECT num FROM documents WHERE doc_id = ?", (new.id,))[0][0]
    assert [(r[0], r[1]) for r in s.query("SELECT unit_code, quantity FROM surrender_items WHERE surrender_id = ?"
                                          " ORDER BY line_no", (new.id,))] == [(unit, 7.0), (unit, 1.0)]
    versions = s.query("SELECT vid, doc_type, device_id, seq FROM versions WHERE doc_id = ? ORDER BY rowid", (new.id,))
    assert [tuple(r) for r in versions] == [(f"{s.device_id}:{r[3]}", "surrender", s.device_id, r[3]) for r in versions]
    assert len(versions) == 2
    delete_surrender(s, new.id)
    assert s.query("SELECT count(*) FROM surrender_items WHERE surrender_id = ?", (new.id,))[0][0] == 0
    assert check_store(s) == []
    s.close()


def test_a_version_that_does_not_fit_the_compact_form_keeps_its_own_values(tmp_path):
    """Nothing lost: a version whose vid does not say its device and seq, whose type is not its document's, or whose
    sha256 is not 64 lowercase hex digits (written by hand, or by a future release) reads back exactly, whether it was
    there before the migration or written through the view `versions` after it."""
    path = bare_store(tmp_path / "antt.sqlite", STEP - 1)
    odd = [("a:b:3", "doc-1", "surrender", "[]", 5, "a:b", 3, "X", "2026-01-01T00:00:00+0700", 0, "{}", "ABC"),
           ("dev:7", "doc-1", "something_else", '["a:b:3"]', 6, "dev", "7", "", "z", 1, b"\x01xyz", "0" * 64),
           ("dev:8", "doc-2", "unit", "[]", 7, "other", 8, "", "z", 0, "{}", "f" * 63 + "F")]
    conn = plain(path)
    conn.execute("INSERT INTO documents(doc_id, doc_type, winner_vid, lamport) VALUES ('doc-1', 'surrender', 'dev:7', 6),"
                 " ('doc-2', 'unit', 'dev:8', 7)")
    conn.executemany(f"INSERT INTO versions({', '.join(VERSION_COLUMNS)}) VALUES ({', '.join('?' * 12)})", odd)
    conn.commit()
    conn.close()
    before = versions_by_rowid(path)
    open_store(path).close()  # migrates
    assert versions_by_rowid(path) == before
    later = [("q:r:1", "doc-3", "surrender", "[]", 9, "q:r", 1, "Y", "t", 0, "{}", "A" * 64),
             ("dev:9", "doc-1", "other_type", "[]", 10, "dev", 9, "", "t", 0, b"\x01", "1" * 64)]
    conn = plain(path)
    conn.executemany(f"INSERT INTO versions({', '.join(VERSION_COLUMNS)}) VALUES ({', '.join('?' * 12)})", later)
    conn.execute("UPDATE versions SET author = 'Z', sha256 = 'not hex' WHERE vid = 'dev:7'")
    conn.commit()
    got = conn.execute(f"SELECT {', '.join(VERSION_COLUMNS)} FROM versions ORDER BY rowid").fetchall()
    conn.close()
    edited = (*odd[1][:7], "Z", *odd[1][8:11], "not hex")
    assert got == [odd[0], (*edited[:6], 7, *edited[7:]), odd[2], *later]  # seq 7: an INTEGER column


def test_a_receipt_written_into_the_view_without_its_document_is_refused(tmp_path):
    """A receipt is kept under its document's number: one written by hand into `surrenders` with an id the store has
    no document of is refused with a sentence, not kept where no view shows it."""
    s = open_store(tmp_path / "antt.sqlite")
    with pytest.raises(sqlite3.IntegrityError, match="kept under its document"):
        s.conn.execute("INSERT INTO surrenders(id, unit_code, year, number, date, method)"
                       " VALUES ('no-such-doc', 'CAX-DD', 2026, 1, '2026-06-01', 'voluntary')")
    assert s.query("SELECT count(*) FROM surrender_rows")[0][0] == 0
    s.close()


def test_a_line_written_into_the_view_with_another_unit_or_date_than_its_receipt_is_refused(tmp_path):
    """A line's unit and date are its receipt's (kept once, in the receipt's row): a line written by hand into
    `surrender_items` that says otherwise is refused, and the lines stay as they were; one that agrees goes in."""
    s = open_store(tmp_path / "antt.sqlite")
    demo.generate(s, units=2, months=1, today=TODAY)
    sid, unit, day = s.query("SELECT id, unit_code, date FROM surrenders ORDER BY rid LIMIT 1")[0]
    item, category, count_unit = s.query("SELECT code, category, unit_vi FROM catalogue_items LIMIT 1")[0]
    lines = s.query("SELECT count(*) FROM surrender_lines")[0][0]
    insert = ("INSERT INTO surrender_items(surrender_id, line_no, unit_code, date, item_code, category, quantity, unit)"
              " VALUES (?, 99, ?, ?, ?, ?, 1, ?)")
    for other_unit, other_day in ((unit + "X", day), (unit, "1999-01-01")):
        with pytest.raises(sqlite3.IntegrityError, match="kept under its receipt"):
            s.conn.execute(insert, (sid, other_unit, other_day, item, category, count_unit))
        assert s.query("SELECT count(*) FROM surrender_lines")[0][0] == lines
    with pytest.raises(sqlite3.IntegrityError, match="kept under its receipt"):
        s.conn.execute("UPDATE surrender_items SET date = '1999-01-01' WHERE surrender_id = ?", (sid,))
    s.conn.execute(insert, (sid, unit, day, item, category, count_unit))
    assert s.query("SELECT unit_code, date, item_code FROM surrender_items WHERE surrender_id = ? AND line_no = 99",
                   (sid,))[0][:] == (unit, day, item)
    s.close()


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(alphabet="0123456789abcdefABCDEF \t\n-x", min_size=60, max_size=68),
                 st.binary(min_size=32, max_size=32).map(bytes.hex),
                 st.binary(min_size=32, max_size=32).map(lambda b: b.hex().upper()),  # hex, not as `versions` shows it
                 st.binary(min_size=21, max_size=21).map(lambda b: b.hex(" ") + "ab")))  # 64 characters, 22 bytes
def test_a_sha256_is_kept_as_bytes_exactly_when_it_reads_back_the_same(text):
    """compact.sha_stored (the import's reader calls it for every version): bytes only for 64 lowercase hex digits,
    judged here by a regular expression of its own; anything else kept as it came."""
    stored = sha_stored(text)
    if re.fullmatch(r"[0-9a-f]{64}", text):
        assert stored == bytes.fromhex(text) and len(stored) == 32
    else:
        assert stored is text
