"""Issue 20 in the app's lists: a receipt's number shows its series' prefix after a merger that restarted
numbering, and the lists of a unit follow the organisation its reports use (records of units merged into it,
of the villages a split gave it). Stores made by the real first-run dialog; expected rows worked out by hand."""

from __future__ import annotations


from app.domain import unit_events
from app.domain.surrenders import Line, add_surrender
from app.domain.units import add_unit
from tests.ui.conftest import sign_in
from ui.context import AppContext
from ui.i18n import install_language

DECISION = unit_events.Decision("1681/NQ-UBTVQH15", "2025-06-16", "Ủy ban Thường vụ Quốc hội")


def _receipt(store, unit, date, place=""):
    return add_surrender(store, unit_code=unit, date=date, lines=[Line("gun.homemade", "1")], owner_unknown=True,
                         place=place)


def _shown(page, column_name):
    model = page.table_model
    col = [c.name for c in model.columns].index(column_name)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def test_ui_receipts_list_shows_the_prefix_of_a_restarted_series(qtbot, province):
    from app.domain import receipt_numbering
    from ui.pages.surrenders import SurrendersPage

    store = province
    for code, name in (("CAX-A", "Công an xã Hoàng Đồng"), ("CAX-B", "Công an xã Mai Pha")):
        add_unit(store, code, name, "commune_police", store.home_unit)
    unit_events.merge(store, ["CAX-A", "CAX-B"], "CAX-A", "2025-07-01", DECISION, numbering="restart", prefix="M")
    sign_in(store, "commander")  # the administrator records the merger, a commander the receipts
    _receipt(store, "CAX-A", "2025-03-01")  # A: 1
    _receipt(store, "CAX-A", "2025-04-01")  # A: 2
    _receipt(store, "CAX-B", "2025-05-01")  # B: 1
    _receipt(store, "CAX-A", "2025-07-02")  # A from the merger: M1
    _receipt(store, "CAX-A", "2025-08-02")  # M2
    _receipt(store, "CAX-A", "2026-01-05")  # a new year: 1, no prefix
    page = SurrendersPage(AppContext(store, install_language("vi")))
    qtbot.addWidget(page)
    page.show_records("2025-01-01", "2026-12-31")
    qtbot.waitUntil(lambda: not page.table_model.counting)
    pairs = sorted(zip(_shown(page, "unit_code"), _shown(page, "date"), _shown(page, "number")), key=lambda p: p[1][::-1])
    numbers = {(d, n) for _, d, n in pairs}
    assert numbers == {("01/03/2025", "1"), ("01/04/2025", "2"), ("01/05/2025", "1"), ("02/07/2025", "M1"),
                       ("02/08/2025", "M2"), ("05/01/2026", "1")}
    # the list's SQL agrees with the rule the receipt form and the CLI use, row by row
    for rid, unit, day, number in store.conn.execute("SELECT id, unit_code, date, number FROM surrenders"):
        assert page.table_model.pager.source.column("number_label")
        assert receipt_numbering.label(store, unit, day, number) in {n for _, d, n in pairs if d == _dmy(day)}
    # sorting by the number still works (the index of the bare number serves it)
    page.table_model.sort(0)
    assert page.table_model.pager.sort[0] == "number"


def _dmy(iso):
    return f"{iso[8:]}/{iso[5:7]}/{iso[:4]}"


def _ids(page):
    model = page.table_model
    return {model.value(r, "id") for r in range(model.rowCount())}


def test_ui_lists_of_a_merged_communes_laptop_show_what_it_wrote_for_its_successor(qtbot, tmp_path, qapp):
    """The post CAX-DD is merged into the new CAX-C; the merger comes down in a real bundle. Its laptop then
    writes for CAX-C, and its lists show those records beside its own older ones (before: only CAX-DD's)."""
    from app.domain.activities import add_activity
    from app.domain.community_models import add_model
    from app.sync import export, importer
    from tests.ui.sync.conftest import Pair
    from ui.pages.activities import ActivitiesPage
    from ui.pages.models import ModelsPage
    from ui.pages.surrenders import SurrendersPage

    pair = Pair(tmp_path)
    try:
        prov, post = pair.province, pair.post
        old_model = add_model(post, unit_code="CAX-DD", name="Tổ tự quản bản Nà Hin", type="security_camera",
                              established="2024-05-01", leader="Ông Lò Văn Pọm")
        add_activity(post, old_model.id, "2025-03-02", "meeting", participants=10)
        _receipt(post, "CAX-DD", "2025-03-01")
        sign_in(prov, "administrator")
        add_unit(prov, "CAX-B", "Công an xã Mai Pha", "commune_police", "CAT-LS")
        unit_events.merge(prov, ["CAX-DD", "CAX-B"], "CAX-C", "2025-07-01", DECISION, name="Công an xã Hoàng Văn Thụ")
        importer.apply_import(post, export.export_bundle(prov, pair.usb, recipient_unit="CAX-DD").path)
        new_model = add_model(post, unit_code="CAX-C", name="Tổ tự quản bản Pò Mà", type="security_camera",
                              established="2025-08-01", leader="Ông Hoàng Văn Mạ")
        add_activity(post, new_model.id, "2025-08-02", "meeting", participants=12)
        _receipt(post, "CAX-C", "2025-08-03")
        ctx = AppContext(post, install_language("vi"))
        receipts, models, activities = SurrendersPage(ctx), ModelsPage(ctx), ActivitiesPage(ctx)
        for page in (receipts, models, activities):
            qtbot.addWidget(page)
        receipts.show_records("2025-01-01", "2025-12-31")
        activities.date_from.set_iso("2025-01-01")
        activities.date_to.set_iso("2025-12-31")
        activities.apply_filters()
        models.apply_filters()
        for page in (receipts, models, activities):
            qtbot.waitUntil(lambda page=page: not page.table_model.counting)

        def by_sql(table):  # every record of the two units in the laptop's store, read without the app's code
            return {r[0] for r in post.conn.execute(
                f"SELECT id FROM {table} WHERE unit_code IN ('CAX-DD', 'CAX-C')")}

        assert len(by_sql("surrenders")) == 2 and _ids(receipts) == by_sql("surrenders")
        assert _ids(models) == by_sql("models") == {old_model.id, new_model.id}
        assert len(by_sql("activities")) == 2 and _ids(activities) == by_sql("activities")
    finally:
        pair.close()


def test_lists_follow_a_split_by_place(province):
    """CAX-X splits into CAX-M (main) and CAX-P, which takes the village "Nà Hin": P's lists take X's receipts
    and models of Nà Hin (and the model's activities), M's lists give them up; the province's lists keep all."""
    import orjson

    from app.domain.activities import add_activity
    from app.domain.community_models import add_model
    from app.domain.list_scope import list_scope, scope_filters
    from app.store.paging import KeysetPager
    from ui import sources

    store = province
    add_unit(store, "CAX-X", "Công an xã Tân Thanh", "commune_police", store.home_unit)
    unit_events.split(store, "CAX-X", [unit_events.SplitPart("CAX-M", "Công an xã Tân Thanh"),
                                       unit_events.SplitPart("CAX-P", "Công an xã Nà Lầu", ("Nà Hin",))],
                      "2025-07-01", DECISION, attribution="place", main="CAX-M")
    sign_in(store, "commander")
    here = _receipt(store, "CAX-X", "2025-03-01", place="Bản Nà Hin, xã Tân Thanh")
    there = _receipt(store, "CAX-X", "2025-03-02", place="Bản Pò Mà")
    ours = _receipt(store, "CAX-P", "2025-08-01", place="Bản Nà Hin")
    m_here = add_model(store, unit_code="CAX-X", name="Tổ tự quản bản Nà Hin", type="security_camera",
                       established="2024-05-01", leader="Ông Lò Văn Pọm", place="bản nà hin")
    m_there = add_model(store, unit_code="CAX-X", name="Tổ tự quản bản Pò Mà", type="security_camera",
                        established="2024-05-01", leader="Ông Hoàng Văn Mạ", place="Bản Pò Mà")
    a_here = add_activity(store, m_here.id, "2025-03-05", "meeting", participants=9)
    a_there = add_activity(store, m_there.id, "2025-03-06", "meeting", participants=8)

    def listed(root, source, table):
        pager = KeysetPager(store.conn, source, filters=scope_filters(list_scope(store, root), table), sort="unit_code")
        return {row[0] for row in pager.page(0, 100)}

    assert listed("CAX-P", sources.SURRENDERS, "surrenders") == {here.id, ours.id}
    assert listed("CAX-M", sources.SURRENDERS, "surrenders") == {there.id}
    assert listed("CAX-P", sources.MODELS, "models") == {m_here.id}
    assert listed("CAX-M", sources.MODELS, "models") == {m_there.id}
    assert listed("CAX-P", sources.ACTIVITIES, "activities") == {a_here}
    assert listed("CAX-M", sources.ACTIVITIES, "activities") == {a_there}
    every = {r[0] for r in store.conn.execute("SELECT id FROM surrenders")}
    assert listed(store.home_unit, sources.SURRENDERS, "surrenders") == every
    assert orjson.loads(list_scope(store, "CAX-P").params("surrenders")[2]) == [here.id]  # taken: one JSON list
