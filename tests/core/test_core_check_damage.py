"""`antt check` can fail (issue 15's review list, issue 18): a store damaged in each way check_store says it
detects is reported, and the sound store it started from is not. (FOREIGN KEY checks are run too, but the
schema declares no foreign key, so there is nothing of that kind to damage.) Damage is done as someone editing the
file would do it (plain SQL on the SQLite file), or as sync can bend a rule (a second laptop's receipt)."""

from __future__ import annotations

import re
import sqlite3

import pytest

from app.domain.activities import add_activity
from app.domain.check import check_store
from app.domain.community_models import add_model
from app.domain.figure_entry import set_figures
from app.domain.surrenders import Line, Person, add_surrender
from app.domain.versions import Version, apply_versions
from app.store import packing
from app.store.db import open_store


@pytest.fixture
def sound(store):
    """The conftest store with a model, an activity, a receipt of two lines with its person, a month's figures."""
    model = add_model(store, unit_code="CAX-DD", name="Tổ tự quản", type="security_camera", established="2024-03-01")
    add_activity(store, model.id, "2025-06-02", "meeting", participants=25)
    receipt = add_surrender(store, unit_code="CAX-DD", date="2025-06-03", person_name="Hoàng Văn Sơn",
                            lines=[Line("gun.homemade", 2), Line("firecracker.kg", "1.5")],
                            person=Person(1970, "012345678901", "Bản Nà Hin"))
    set_figures(store, "CAX-DD", "2025-06", {"crime.cases_occurred": 5})
    assert check_store(store) == []  # the control: nothing to report before the damage
    store.receipt, store.model = receipt, model
    return store


def edit(store, *statements):
    """Change the file behind the app's back, as a text editor or sqlite3 shell would."""
    conn = sqlite3.connect(store.path)
    packing.register(conn)  # version_json / version_pack: a tamperer who knows the format (schema step 9)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


def reported(store, pattern: str) -> list[str]:
    problems = check_store(store)
    found = [p for p in problems if re.search(pattern, p)]
    assert found, problems
    return found


def test_an_edited_quantity_is_reported(sound):
    edit(sound, "UPDATE surrender_items SET quantity = 200 WHERE item_code = 'gun.homemade'")
    reported(sound, r"^1 documents differ from their rows in surrender_items")
    reported(sound, r"rows of surrender_totals_all differ from the item lines")


def test_a_line_without_its_receipt_is_reported(sound):
    """Schema steps 10, 12: lines are kept in surrender_lines under their receipt's rid, and surrender_items (a view)
    shows only those whose receipt is there: a line added by hand under no receipt is counted all the same."""
    edit(sound, "INSERT INTO surrender_lines(receipt, line_no, item_code, category, quantity, unit)"
                " VALUES ((SELECT max(rid) + 1000 FROM surrender_rows), 1, 'gun.homemade', 'gun', 1, 'khẩu')")
    reported(sound, r"^surrender_items holds \d+ rows where the documents give \d+")


def test_an_edited_name_is_reported(sound):
    edit(sound, "UPDATE surrenders SET person_name = 'Người khác'")
    reported(sound, r"^1 documents differ from their rows in surrenders")


def test_a_deleted_row_is_reported(sound):
    edit(sound, "DELETE FROM activities")
    reported(sound, r"^1 documents differ from their rows in activities")


def test_an_edited_personal_detail_and_figure_are_reported(sound):
    edit(sound, "UPDATE surrender_persons SET id_number = '999'", "UPDATE monthly_figures SET value = 50")
    reported(sound, r"documents differ from their rows in surrender_persons")
    reported(sound, r"documents differ from their rows in monthly_figures")


def test_a_row_without_a_document_is_reported(sound):
    edit(sound, "INSERT INTO activities(id, model_id, unit_code, date, kind, participants, note)"
                f" VALUES ('made-up', '{sound.model.id}', 'CAX-DD', '2025-06-09', 'meeting', 5, '')")
    reported(sound, r"^activities holds 2 rows where the documents give 1$")


def test_a_tampered_version_is_reported(sound):
    # through the store's own packing (schema step 9): the JSON changed, packed again as a writer would
    edit(sound, "UPDATE versions SET data = version_pack(replace(version_json(data), 'Hoàng Văn Sơn', 'Hoàng Văn Sờn'))"
                " WHERE doc_type = 'surrender'")
    reported(sound, r"^version .+ does not match its sha256$")


def test_a_winner_moved_to_an_older_version_is_reported(sound):
    edit(sound, "UPDATE documents SET winner_vid = (SELECT min(vid) FROM versions WHERE doc_type = 'catalogue_item')"
                " WHERE doc_type = 'monthly_figures'")
    reported(sound, r"^1 documents show a version that is not their winner$")


def test_a_receipt_number_given_twice_is_reported(sound):
    # as sync bends the rule: a second laptop of the unit numbered its receipt 1 too
    data = {**sound.receipt.data, "person_name": "Lò Văn B"}
    other = Version(vid="lap2:1", doc_id="receipt-of-lap2", doc_type="surrender", parents=(), lamport=1,
                    device_id="lap2", seq=1, author="", claimed_at="2025-06-03T08:00:00+0700", deleted=False,
                    data=data).sealed()
    apply_versions(sound, [other])
    assert reported(sound, r"receipt number") == ["receipt number 1/2025 of unit CAX-DD is used by 2 receipts"]


def test_an_item_line_naming_no_catalogue_item_is_reported(sound):
    edit(sound, "DELETE FROM catalogue_items WHERE code = 'firecracker.kg'")
    reported(sound, r"^1 item lines name an item code missing from the catalogue$")


def test_edited_totals_are_reported(sound):
    edit(sound, "UPDATE surrender_totals_all SET quantity = quantity + 1")
    reported(sound, r"^\d+ rows of surrender_totals_all differ from the item lines$")


@pytest.mark.parametrize("table, sql, base", [
    ("surrender_totals", "UPDATE surrender_totals SET quantity = quantity + 1 WHERE item_code = 'gun.homemade'",
     "the item lines"),
    ("surrender_totals", "UPDATE surrender_totals SET lines = 5", "the item lines"),
    ("surrender_totals", "DELETE FROM surrender_totals WHERE item_code = 'firecracker.kg'", "the item lines"),
    ("surrender_totals", "INSERT INTO surrender_totals VALUES ('CAX-DD', '2025-07-01', 'gun.homemade', 1, 1)",
     "the item lines"),
    ("surrender_totals", "UPDATE surrender_totals SET span = '2025-06-15'", "the item lines"),  # the 3rd is in the first half
    ("activity_totals", "UPDATE activity_totals SET participants = 26", "the activities"),
    ("activity_totals", "DELETE FROM activity_totals", "the activities"),
])
def test_edited_unit_totals_are_reported(sound, table, sql, base):
    edit(sound, sql)
    found = reported(sound, rf"^\d+ rows of {table} differ from {base}$")
    assert len(found) == 1


def test_a_damaged_file_is_reported(sound):
    # an index that no longer matches its table, as a torn write or a bad sector leaves it
    edit(sound, "PRAGMA writable_schema = ON",
         "UPDATE sqlite_master SET sql = replace(sql, '(doc)', '(lamport)') WHERE type = 'index'"
         " AND tbl_name = 'version_rows' AND sql LIKE '%(doc)%'")  # versions_doc (schema step 12: over version_rows)
    store = open_store(sound.path)
    try:
        reported(store, r"^SQLite integrity_check: ")
    finally:
        store.close()
