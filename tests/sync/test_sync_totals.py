"""Issue 17 item 1: the maintained totals (per unit and half-month: surrender_totals, activity_totals; per unit and
calendar year: surrender_totals_year, activity_totals_year; per unit over all time: surrender_totals_ever,
activity_totals_ever; per month: surrender_totals_all; per day: surrender_totals_day; per unit, item and year the
year to date at the end of each of its 24 half-months, and its totals of all time: surrender_totals_halves, packed one
row per unit and year, read here with `struct` (tests/packed_halves.py); the entered monthly figures per unit, year
and indicator:
figure_totals_year) equal a brute-force recount of the records after any sequence of local writes, edits and
deletions, imports, undos of an import, conflicting edits and their resolutions, on every laptop involved.

The recount is written here, in plain SQL over the base tables, independent of app/domain/totals.py."""

from __future__ import annotations

import orjson
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.domain.activities import add_activity
from app.domain.check import check_store
from app.domain.community_models import add_model
from app.domain.figure_entry import clear_figures, set_figures
from app.domain.surrenders import Line, add_surrender, delete_surrender, update_surrender
from app.domain.versions import save_document
from app.errors import AnttError
from app.sync import conflicts, importer
from tests.packed_halves import packed_rows, unpacked, write_row

# days on both sides of each half-month edge (the 14th/15th and the month's end/1st) and of a year's end
DAYS = ("2024-12-31", "2025-01-01", "2026-10-14", "2026-10-15", "2026-10-31", "2026-11-01", "2026-11-14", "2026-11-15")
ITEMS = ("weapon.primitive", "gun.homemade", "firecracker.kg")


def half(day: str) -> str:
    return day[:8] + ("01" if int(day[8:]) <= 14 else "15")


def recount(store) -> dict:
    """{table: sorted rows} recounted from the base tables, with the half-month computed in Python."""
    q = store.conn.execute
    items: dict = {}
    months: dict = {}
    years: dict = {}
    ever: dict = {}
    days: dict = {}
    halves: dict = {}
    for unit, day, item, qty in q("SELECT unit_code, date, item_code, quantity FROM surrender_items"):
        for table, key in ((items, (unit, half(day), item)), (months, (day[:7], item)), (years, (unit, day[:4], item)),
                           (ever, (unit, item)), (days, (day, item))):
            got = table.setdefault(key, [0.0, 0])
            got[0] += qty
            got[1] += 1
        # the year to date at the end of each half-month (0: 1st-14th January ... 23: 15th-31st December) from the
        # line's half-month on
        slot = (int(day[5:7]) - 1) * 2 + (int(day[8:]) > 14)
        row = halves.setdefault((unit, item, day[:4]), [0.0] * 24 + [0] * 24)
        for i in range(slot, 24):
            row[i] += qty
            row[24 + i] += 1
        row = halves.setdefault((unit, item, ""), [0.0, 0])  # all time: its total, one value each
        row[0] += qty
        row[1] += 1
    acts: dict = {}
    act_years: dict = {}
    act_ever: dict = {}
    for unit, day, kind, people in q("SELECT unit_code, date, kind, participants FROM activities"):
        for table, key in ((acts, (unit, half(day), kind)), (act_years, (unit, day[:4], kind)), (act_ever, (unit, kind))):
            got = table.setdefault(key, [0, 0])
            got[0] += 1
            got[1] += people or 0
    figures: dict = {}
    for unit, month, ind, value in q("SELECT unit_code, month, indicator, value FROM monthly_figures"):
        got = figures.setdefault((unit, month[:4], ind), [0, 0.0, "", 0.0])
        got[0] += 1
        got[1] += value
        if month > got[2]:
            got[2:] = [month, value]
    return {"figure_totals_year": sorted((*k, n, round(t, 6), m, v) for k, (n, t, m, v) in figures.items()),
            "surrender_totals": _rows(items), "surrender_totals_all": _rows(months), "activity_totals": _rows(acts),
            "surrender_totals_year": _rows(years), "activity_totals_year": _rows(act_years),
            "surrender_totals_ever": _rows(ever), "activity_totals_ever": _rows(act_ever),
            "surrender_totals_day": _rows(days),
            "surrender_totals_halves": sorted((*k, *(round(v, 6) for v in row[:len(row) // 2]), *row[len(row) // 2:])
                                              for k, row in halves.items())}


def _rows(table: dict) -> list:
    return sorted((*k, round(a, 6), b) for k, (a, b) in table.items())


def kept(store) -> dict:
    q = store.conn.execute
    return {
        "figure_totals_year": sorted((u, y, i, n, round(t, 6), m, v) for u, y, i, n, t, m, v in q(
            "SELECT unit_code, year, indicator, months, total, last_month, last_value FROM figure_totals_year")),
        "surrender_totals": sorted((u, s, i, round(qty, 6), n) for u, s, i, qty, n in q(
            "SELECT unit_code, span, item_code, quantity, lines FROM surrender_totals")),
        "surrender_totals_all": sorted((m, i, round(qty, 6), n) for m, i, qty, n in q(
            "SELECT month, item_code, quantity, lines FROM surrender_totals_all")),
        "activity_totals": sorted(tuple(r) for r in q(
            "SELECT unit_code, span, kind, count, participants FROM activity_totals")),
        "surrender_totals_year": sorted((u, y, i, round(qty, 6), n) for u, y, i, qty, n in q(
            "SELECT unit_code, year, item_code, quantity, lines FROM surrender_totals_year")),
        "activity_totals_year": sorted(tuple(r) for r in q(
            "SELECT unit_code, year, kind, count, participants FROM activity_totals_year")),
        "surrender_totals_ever": sorted((u, i, round(qty, 6), n) for u, i, qty, n in q(
            "SELECT unit_code, item_code, quantity, lines FROM surrender_totals_ever")),
        "activity_totals_ever": sorted(tuple(r) for r in q(
            "SELECT unit_code, kind, count, participants FROM activity_totals_ever")),
        "surrender_totals_day": sorted((d, i, round(qty, 6), n) for d, i, qty, n in q(
            "SELECT date, item_code, quantity, lines FROM surrender_totals_day")),
        "surrender_totals_halves": sorted((*k, *(round(v, 6) for v in row[:len(row) // 2]), *row[len(row) // 2:])
                                          for k, row in packed_rows(store.conn).items()),
    }


step = st.one_of(
    st.tuples(st.just("add"), st.sampled_from(("CAX-DD", "CAX-TL")), st.sampled_from(DAYS), st.sampled_from(ITEMS),
              st.integers(1, 5)),
    st.tuples(st.just("edit"), st.sampled_from(("CAX-DD", "CAX-TL")), st.integers(0, 5), st.sampled_from(DAYS),
              st.integers(1, 5)),
    st.tuples(st.just("delete"), st.sampled_from(("CAX-DD", "CAX-TL")), st.integers(0, 5)),
    st.tuples(st.just("activity"), st.sampled_from(("CAX-DD", "CAX-TL")), st.sampled_from(DAYS), st.integers(0, 30)),
    st.tuples(st.just("import"), st.sampled_from(("CAX-DD", "CAX-TL"))),
    # a unit's monthly figures entered (None: emptied) at the post, or at the province (a conflict on the next import)
    st.tuples(st.just("figures"), st.sampled_from(("CAX-DD", "CAX-TL")), st.booleans(),
              st.sampled_from(("2024-11", "2024-12", "2025-01", "2026-10")),
              st.sampled_from(("movement.tipoffs", "border.km_line")), st.one_of(st.none(), st.integers(0, 9))),
    st.tuples(st.just("undo"),),
    st.tuples(st.just("province_edit"), st.integers(0, 9), st.sampled_from(DAYS), st.integers(1, 5)),
    st.tuples(st.just("resolve"), st.integers(0, 3)),
    st.tuples(st.just("clash"), st.sampled_from(("CAX-DD", "CAX-TL")), st.sampled_from(DAYS), st.sampled_from(DAYS),
              st.integers(1, 5)),
)


def province_edit(prov, rid: str, day: str, qty: int) -> None:
    data = orjson.loads(prov.query("SELECT version_json(v.data) FROM documents d JOIN versions v ON v.vid = d.winner_vid"
                                   " WHERE d.doc_id = ?", (rid,))[0][0])
    data["date"] = day
    data["lines"] = [{**data["lines"][0], "quantity": qty}]
    save_document(prov, "surrender", rid, data)


def same_year(store, rid: str, day: str) -> str:
    """A day of DAYS in the year of the receipt's date: an edit keeps a receipt's year (its number is the year's)."""
    return in_year(store.query("SELECT date FROM surrenders WHERE id = ?", (rid,))[0][0][:4], day)


def in_year(year: str, day: str) -> str:
    """`day` if it is in `year`, else one of DAYS in `year` chosen by it."""
    if day[:4] == year:
        return day
    days = [d for d in DAYS if d[:4] == year]
    return days[DAYS.index(day) % len(days)]


def play(net, models, action) -> None:
    kind, *args = action
    prov = net.province
    if kind == "add":
        unit, day, item, qty = args
        add_surrender(net.posts[unit], unit_code=unit, date=day, lines=[Line(item, qty)], owner_unknown=True)
    elif kind in ("edit", "delete"):
        store = net.posts[args[0]]
        ids = [r[0] for r in store.query("SELECT id FROM surrenders ORDER BY id")]
        if not ids:
            return
        rid = ids[args[1] % len(ids)]
        if kind == "delete":
            delete_surrender(store, rid)
        else:
            update_surrender(store, rid, date=same_year(store, rid, args[2]), lines=[Line("gun.homemade", args[3]), Line("weapon.primitive", 1)])
    elif kind == "activity":
        unit, day, people = args
        add_activity(net.posts[unit], models[unit], day, "meeting", participants=people)
    elif kind == "figures":
        unit, at_province, month, code, value = args
        store = prov if at_province else net.posts[unit]
        if value is None:
            clear_figures(store, unit, month, [code])
        else:
            set_figures(store, unit, month, {code: value + (0.25 if code == "border.km_line" else 0)}, check=False)
        event("figures entered at the province" if at_province else "figures entered")
    elif kind == "import":
        importer.apply_import(prov, net.up(args[0]))
    elif kind == "undo":
        try:
            importer.undo_last_import(prov)
            event("an import undone")
        except AnttError:
            pass  # nothing to undo, or changed since: refused, nothing changes
    elif kind == "province_edit":  # the province edits a receipt it received: a conflict when the post edits it too
        rows = prov.query("SELECT id FROM surrenders ORDER BY id")
        if not rows:
            return
        rid = rows[args[0] % len(rows)][0]
        province_edit(prov, rid, same_year(prov, rid, args[1]), args[2])
    elif kind == "clash":  # both laptops edit the same receipt between two imports: a conflict at the province
        unit, day_post, day_prov, qty = args
        day_prov = in_year(day_post[:4], day_prov)  # a receipt keeps its year (its number is the year's)
        post = net.posts[unit]
        rid = add_surrender(post, unit_code=unit, date=day_post, lines=[Line("gun.homemade", qty)],
                            owner_unknown=True).id
        importer.apply_import(prov, net.up(unit))
        province_edit(prov, rid, day_prov, qty + 1)
        update_surrender(post, rid, date=day_prov, lines=[Line("weapon.primitive", qty)])
        importer.apply_import(prov, net.up(unit))
        event("a conflict made")
    elif kind == "resolve":
        for c in conflicts.list_conflicts(prov):
            event(f"a conflict resolved ({c['doc_type']})")
            leaves = c["leaves"]
            conflicts.keep_version(prov, c["doc_id"], leaves[args[0] % len(leaves)]["vid"])


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(steps=st.lists(step, min_size=1, max_size=14))
def test_totals_equal_a_recount_after_any_sequence(tmp_path_factory, steps):
    from tests.sync.conftest import Net

    net = Net(tmp_path_factory.mktemp("net"))
    try:
        models = {u: add_model(s, unit_code=u, name=f"Tổ tự quản {u}", type="security_camera",
                               established="2024-05-01").id for u, s in net.posts.items()}
        for action in [*steps, ("resolve", 0), ("undo",)]:  # every run ends resolving and undoing
            play(net, models, action)
            for store in (net.province, *net.posts.values()):
                assert kept(store) == recount(store), action
        assert not [p for p in check_store(net.province) if "totals" in p]
    finally:
        net.close()


def test_recount_sees_a_wrong_total(tmp_path):
    """The comparison above can fail: a total edited behind the app's back differs from the recount."""
    from tests.sync.conftest import Net

    net = Net(tmp_path)
    try:
        store = net.posts["CAX-DD"]
        add_surrender(store, unit_code="CAX-DD", date="2026-10-14", lines=[Line("gun.homemade", 2)], owner_unknown=True)
        assert kept(store) == recount(store)
        store.conn.execute("UPDATE surrender_totals SET span = '2026-10-15'")
        assert kept(store) != recount(store)
        store.conn.execute("UPDATE surrender_totals SET span = '2026-10-01'")
        assert kept(store) == recount(store)
        # the 14th October is in half-month 18 of its year: counted from the next half-month on, it no longer matches
        row = store.conn.execute("SELECT items, quantity, lines FROM surrender_totals_halves WHERE unit_code = 'CAX-DD'"
                                 " AND year = '2026'").fetchone()
        per_item = unpacked("2026", *row)
        per_item["gun.homemade"][0][18] = per_item["gun.homemade"][1][18] = 0
        write_row(store.conn, "CAX-DD", "2026", per_item)
        assert kept(store) != recount(store)
        assert any("surrender_totals_halves" in p for p in check_store(store))
        store.conn.execute("UPDATE surrender_totals_halves SET items = ?, quantity = ?, lines = ? WHERE unit_code ="
                           " 'CAX-DD' AND year = '2026'", tuple(row))
        assert kept(store) == recount(store)
        # a blob cut short is a row the check cannot read: reported, not a crash
        store.conn.execute("UPDATE surrender_totals_halves SET quantity = substr(quantity, 2) WHERE unit_code ="
                           " 'CAX-DD' AND year = '2026'")
        assert any("surrender_totals_halves" in p for p in check_store(store))
        store.conn.execute("UPDATE surrender_totals_halves SET items = ?, quantity = ?, lines = ? WHERE unit_code ="
                           " 'CAX-DD' AND year = '2026'", tuple(row))
        assert check_store(store) == []
        store.conn.execute("UPDATE surrender_totals_day SET date = '2026-10-15'")
        assert kept(store) != recount(store)
        assert any("surrender_totals_day" in p for p in check_store(store))
    finally:
        net.close()
