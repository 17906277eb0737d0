"""Schema step 14 (issue 17 item 1): surrender_totals_halves packed one row per unit and year (and one of all time),
every item's year to date at each half-month's end in two blobs (its total in the row of all time). A store of the previous schema (step 13) migrates
with a backup first; its rows, read with `struct` from the documented layout (tests/packed_halves.py), hold what
step 13's columns held, read by plain SQL before the upgrade; `antt check` finds nothing; the store keeps them
current afterwards; and each blob takes the narrow width only when every value fits it."""

from __future__ import annotations

import datetime as dt
import sqlite3
import struct

import pytest

from app.domain import demo
from app.domain.check import check_store
from app.domain.stats import stats
from app.domain.surrenders import Line, add_surrender
from app.errors import AnttError
from app.store import halves, schema
from app.store.copies import backups_dir
from app.store.db import open_store
from tests.packed_halves import packed_rows, unpacked
from tests.schema_steps import demo_with_receipts

STEP = schema.MIGRATIONS.index(schema.v14_halves_a_row_per_unit_and_year) + 1
TODAY = dt.date(2026, 3, 20)
COLUMNS = ", ".join([f"q{i}" for i in range(24)] + [f"l{i}" for i in range(24)])


@pytest.fixture
def step13_store(tmp_path):
    """The demo's last six months, a receipt of 0.3 kg (not exactly a float32) and receipts on both sides of a
    year's end, taken back to step 13 with plain SQL."""
    return demo_with_receipts(tmp_path / "antt.sqlite", TODAY, STEP - 1,
                              [("2025-12-31", Line("gun.homemade", 7)), ("2026-01-01", Line("firecracker.kg", 0.3)),
                               ("2026-01-15", Line("gun.homemade", 2))])


def test_a_step13_store_packs_its_half_month_rows_per_unit_and_year(step13_store):
    path, unit = step13_store
    conn = sqlite3.connect(path)  # plain SQL, not the code under test
    assert conn.execute("PRAGMA user_version").fetchone()[0] == STEP - 1
    before = {(u, i, y): [round(v, 6) for v in row] for u, i, y, *row in conn.execute(
        f"SELECT unit_code, item_code, year, {COLUMNS} FROM surrender_totals_halves")}
    ever = {(u, i): (q, n) for u, i, q, n in conn.execute(
        "SELECT unit_code, item_code, quantity, lines FROM surrender_totals_ever")}
    conn.close()
    assert {k[2] for k in before} >= {"2025", "2026"} and len(before) > 20

    s = open_store(path)  # migrates, after a backup
    try:
        assert s.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
        copies = [p for p in backups_dir(path).glob(f"before-migration-{STEP}*") if not p.name.endswith(".partial")]
        assert len(copies) == 1  # the copy taken first holds step 13, as it was
        assert sqlite3.connect(copies[0]).execute("PRAGMA user_version").fetchone()[0] == STEP - 1
        rows = packed_rows(s.conn)
        assert {k: [round(v, 6) for v in row] for k, row in rows.items() if k[2]} == before
        # each unit's row of all time: its items' totals over every record, one value each
        assert {(u, i): (round(row[0], 6), row[1]) for (u, i, y), row in rows.items() if not y} == \
            {k: (round(q, 6), n) for k, (q, n) in ever.items()}
        # by hand: the unit's 2026 row holds 0.3 kg of firecrackers from the 1st half-month of January on, and
        # 2 home-made guns from the second
        row_2026 = rows[unit, "firecracker.kg", "2026"]
        assert row_2026[0] >= 0.3 and rows[unit, "gun.homemade", "2026"][1] - rows[unit, "gun.homemade", "2026"][0] >= 2
        width = s.conn.execute("SELECT length(quantity), items FROM surrender_totals_halves WHERE unit_code = ?"
                               " AND year = '2026'", (unit,)).fetchone()
        assert width[0] == 8 * 24 * len(width[1].split(","))  # 0.3 kept as float64, not rounded to a float32
        assert check_store(s) == []
        # kept from here on: a receipt of 3 on the 20th of March 2026 adds 3 from half-month 5 on, and to all time
        was = packed_rows(s.conn)
        add_surrender(s, unit_code=unit, date="2026-03-20", lines=[Line("gun.homemade", 3)], owner_unknown=True)
        now = packed_rows(s.conn)
        diff = [round(a - b, 6) for a, b in zip(now[unit, "gun.homemade", "2026"], was[unit, "gun.homemade", "2026"])]
        assert diff == [0.0] * 5 + [3.0] * 19 + [0] * 5 + [1] * 19
        assert [a - b for a, b in zip(now[unit, "gun.homemade", ""], was[unit, "gun.homemade", ""])] == [3.0, 1]
        assert check_store(s) == []
        # and what `stats` answers by unit over a range inside half-months equals the lines, by plain SQL
        want = {(u, i): (round(q, 6), n) for u, i, q, n in s.conn.execute(
            "SELECT unit_code, item_code, sum(quantity), count(*) FROM surrender_items"
            " WHERE date BETWEEN '2025-11-03' AND '2026-03-21' GROUP BY 1, 2")}
        got = {(r["unit_code"], r["item_code"]): (round(float(r["quantity"]), 6), r["lines"])
               for r in stats(s, "2025-11-03", "2026-03-21", by="unit")}
        assert got == want and len(got) > 3
    finally:
        s.close()


@pytest.mark.parametrize("quantity, count, widths", [
    (5.0, 3, (2, 1)),              # whole quantities below 65,536 and counts below 256: uint16 and uint8
    (2.5, 300, (4, 2)),            # 2.5 is no whole number but a float32; a count above 255: uint16
    (0.3, 3, (8, 1)),              # 0.3 is not a float32: float64
    (7000.0, 70_000, (4, 4)),      # whole, but 24 times 7,000 passes 65,535: float32; a count above 65,535: int32
    (1e39, 1, (8, 1)),             # beyond float32's range: float64
])
def test_a_row_takes_the_narrowest_width_that_holds_every_value(quantity, count, widths):
    per_item = {"gun.homemade": ([quantity * (i + 1) for i in range(24)], [count + i for i in range(24)]),
                "ammo.rounds": ([1.0] * 24, [1] * 24)}
    items, q, n = halves.encode(per_item)
    assert items == "ammo.rounds,gun.homemade"
    assert (len(q) // 48, len(n) // 48) == widths
    back = unpacked("2026", items, q, n)  # read with struct, as documented
    assert back == {code: (list(v[0]), list(v[1])) for code, v in per_item.items()}
    kind = {2: "<H", 4: "<f", 8: "<d"}[widths[0]]
    assert struct.unpack(kind, q[:widths[0]])[0] == 1.0  # half-month 0, the first item (ammo.rounds)


def test_a_damaged_row_is_one_sentence_for_stats_and_a_finding_for_the_check(tmp_path):
    s = open_store(tmp_path / "antt.sqlite")
    try:
        demo.generate(s, units=2, months=3, today=TODAY)
        assert stats(s, "2026-01-17", "2026-03-09", by="unit")  # whole, it answers
        s.conn.execute("UPDATE surrender_totals_halves SET quantity = substr(quantity, 2) WHERE year != ''")
        with pytest.raises(AnttError) as refused:
            stats(s, "2026-01-17", "2026-03-09", by="unit")
        assert refused.value.key == "totals_damaged"
        assert "antt check" in refused.value.message("vi") and "bị hỏng" in refused.value.message("vi")
        assert any("surrender_totals_halves" in p for p in check_store(s))
    finally:
        s.close()


def test_on_a_province_set_up_by_its_first_run_by_unit_equals_the_lines_after_edits_and_a_deletion(province):
    """The commander signed in writes receipts on both sides of half-months and of a year's end, edits one into
    another half-month and item, deletes one: each unit's packed rows hold the year to date counted here from the
    lines, and `stats` by unit over ranges starting and ending inside half-months equals plain SQL."""
    from app.domain.surrenders import delete_surrender, update_surrender
    from app.security import accounts
    from tests.core.conftest import COMMANDER

    store = province
    accounts.login(store, *COMMANDER)
    made = {}
    for n, (unit, day, item, qty) in enumerate((
            ("CAX-A", "2025-12-14", "gun.homemade", 3), ("CAX-A", "2025-12-15", "gun.homemade", 4),
            ("CAX-A", "2026-01-01", "ammo.rounds", 40), ("CAX-B", "2025-03-14", "firecracker.kg", 2.5),
            ("CAX-B", "2025-03-15", "firecracker.kg", 0.3), ("CAX-E", "2026-02-28", "gun.military", 1),
            ("CAX-E", "2026-03-01", "gun.military", 2), ("CAT-LS", "2025-07-01", "support_tool", 5))):
        made[n] = add_surrender(store, unit_code=unit, date=day, lines=[Line(item, qty)], owner_unknown=True)
    update_surrender(store, made[1].id, date="2026-01-20", lines=[Line("ammo.rounds", 10)])  # another half, year, item
    delete_surrender(store, made[5].id)
    lines = store.conn.execute("SELECT r.unit_code, l.item_code, r.date, l.quantity FROM surrender_lines l"
                               " JOIN surrender_rows r ON r.rid = l.receipt").fetchall()  # plain SQL
    want: dict = {}
    for unit, item, day, qty in lines:  # the half-month by hand, counted from it to December; all time once
        slot = (int(day[5:7]) - 1) * 2 + (int(day[8:]) >= 15)
        row = want.setdefault((unit, item, day[:4]), [0.0] * 24 + [0] * 24)
        for i in range(slot, 24):
            row[i] += qty
            row[24 + i] += 1
        ever = want.setdefault((unit, item, ""), [0.0, 0])
        ever[0] += qty
        ever[1] += 1
    rounded = lambda rows: {k: [round(v, 6) for v in row] for k, row in rows.items()}  # noqa: E731
    assert rounded(packed_rows(store.conn)) == rounded(want)
    # by hand: 40 rounds on 01/01 (half-month 0), the edited receipt's 10 on 20/01 (half-month 1)
    assert [want["CAX-A", "ammo.rounds", "2026"][i] for i in (0, 1, 23, 24, 25)] == [40, 50, 50, 1, 2]
    for first, last in (("2025-03-15", "2026-01-19"), ("2025-12-14", "2026-03-01"), ("2025-03-14", "2026-01-20")):
        expected = {(u, i): (round(q, 6), n) for u, i, q, n in store.conn.execute(
            "SELECT r.unit_code, l.item_code, sum(l.quantity), count(*) FROM surrender_lines l JOIN surrender_rows r"
            " ON r.rid = l.receipt WHERE r.date BETWEEN ? AND ? GROUP BY 1, 2", (first, last))}
        got = {(r["unit_code"], r["item_code"]): (round(float(r["quantity"]), 6), r["lines"])
               for r in stats(store, first, last, by="unit")}
        assert got == expected and got
    assert check_store(store) == []
