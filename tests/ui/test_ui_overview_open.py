"""The overview's open (issue 17 items 3 and 4): the window paints with "…" on the cards; the figures are read on a
worker after that paint, never on the GUI thread, and then equal SQL counts; the charts keep their places when they
arrive (a commune's two, a province's three); a bar opens its records; a refresh keeps the figures shown until newer
ones replace them, and a result older than the latest refresh is never shown; the page counts the day of each
refresh (a page built on 31/12 shows the new year after midnight); closing the window while the figures are read
neither crashes nor hangs. On stores made by the real first run, signed in through the real login; expected figures
from SQL here or by hand."""

from __future__ import annotations

import datetime as dt
import threading
from contextlib import contextmanager

import pytest

from app.domain import overview
from app.domain.activities import add_activity
from app.domain.community_models import add_model
from app.domain.surrenders import Line, add_surrender
from app.domain.units import add_unit
from tests.ui.conftest import sign_in
from ui import tasks
from ui.qt import QApplication, QEvent, QObject

TODAY = dt.date.today()
MONTH, YEAR = TODAY.replace(day=1).isoformat(), TODAY.replace(month=1, day=1).isoformat()
READS = ("count_by_type_and_status", "count_since", "stats", "receipts_per_unit")  # what the figures are read by


@pytest.fixture
def recorded(store):
    """Receipts of this month and of earlier this year (if there is one), a model with an activity today."""
    earlier = TODAY.replace(day=1) - dt.timedelta(days=1)
    days = [TODAY, TODAY, TODAY.replace(day=1)] + ([earlier] if earlier.year == TODAY.year else [])
    for n, day in enumerate(days):
        add_surrender(store, unit_code=store.home_unit, date=day.isoformat(), person_name=f"Người {n}",
                      lines=[Line("gun.homemade", 1 + n), Line("firecracker.kg", "1.5")] if n % 2 else
                      [Line("gun.homemade", 1)])
    model = add_model(store, unit_code=store.home_unit, name="Tổ tự quản an ninh bản Nà Hin", type="security_camera",
                      established="2024-05-01", place="Bản Nà Hin")
    add_activity(store, model.id, TODAY.isoformat(), "meeting", participants=9)
    return store


class Events(QObject):
    """The page's paints, with what its first card said then and where its charts were (the month chart's and the
    models chart's geometry, whether the per-unit chart was shown), beside every read of a figure and its thread."""

    def __init__(self, monkeypatch) -> None:
        super().__init__()
        self.events: list[tuple] = []
        self.page = None
        gui = threading.get_ident()
        for name in READS:
            real = getattr(overview, name)

            def read(*args, _real=real, _name=name, **kwargs):
                self.events.append(("read", _name, threading.get_ident() == gui))
                return _real(*args, **kwargs)

            monkeypatch.setattr(overview, name, read)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self.page is not None and watched is self.page:
            page = self.page
            charts = (page.items_chart.geometry().getRect(), page.models_chart.geometry().getRect())
            self.events.append(("paint", page.cards["receipts_month"].value.text(), charts,
                                page.units_chart.isVisible()))
        return False


def sql(store, query, *params):
    return store.conn.execute(query, params).fetchone()[0]


@contextmanager
def overview_of(qtbot, store, monkeypatch):
    """The app's window opened over ``store`` (its first page: the overview), every read and paint recorded until a
    paint shows the figures."""
    from ui.app import Shell, create_application
    from ui.pages.dashboard import DashboardPage

    create_application()
    events = Events(monkeypatch)
    built = DashboardPage.__init__

    def init(page, *args, **kwargs):  # the page is watched from its construction on
        built(page, *args, **kwargs)
        events.page = page

    monkeypatch.setattr(DashboardPage, "__init__", init)
    QApplication.instance().installEventFilter(events)
    try:
        sh = Shell(store, "vi")
        qtbot.addWidget(sh.window)
        page = sh.window.page("dashboard")
        qtbot.waitUntil(lambda: page.figures is not None)
        qtbot.waitUntil(lambda: any(e[0] == "paint" and e[1] != "…" for e in events.events))
    finally:
        QApplication.instance().removeEventFilter(events)
    yield sh, page, events.events
    pages = sh.window.pages if sh.window is not None else {"dashboard": page}
    for key, attr in (("dashboard", "figures_task"), ("surrenders", "totals_task")):
        task = getattr(pages.get(key), attr, None)
        if task is not None:
            task.wait()


@pytest.fixture
def opened(qtbot, recorded, monkeypatch):
    with overview_of(qtbot, recorded, monkeypatch) as shown:
        yield shown


@pytest.fixture
def busy_province(province):
    """The province's store (the real first run), three communes below with receipts of this month of every category,
    so that the year's totals run long; its commander signed in through the real login."""
    from app.domain import catalogue

    for code, name in (("CAX-A", "Công an xã Hoàng Đồng"), ("CAX-B", "Công an xã Mai Pha"),
                       ("CAX-E", "Công an xã Tân Thanh")):
        add_unit(province, code, name, "commune_police", province.home_unit)
    sign_in(province, "commander")
    first = {}
    for item in catalogue.items(province, include_retired=False):
        first.setdefault(item.category, item.code)
    for n, code in enumerate(first.values()):
        add_surrender(province, unit_code=("CAX-A", "CAX-B", "CAX-E")[n % 3], date=MONTH, person_name=f"Người {n}",
                      lines=[Line(code, 10 + n)])
    return province


@pytest.fixture
def opened_province(qtbot, busy_province, monkeypatch):
    with overview_of(qtbot, busy_province, monkeypatch) as shown:
        yield shown


def test_the_overview_paints_first_then_its_figures_are_read_on_a_worker(opened, recorded):
    sh, page, events = opened
    assert sh.window.current_key == "dashboard"
    kinds = [e[0] for e in events]
    painted = kinds.index("paint")
    assert events[painted][1] == "…"  # the first paint: the cards wait quietly
    assert "read" not in kinds[:painted]  # nothing read before it
    reads = [e for e in events if e[0] == "read"]
    assert {e[1] for e in reads} == set(READS) and not any(on_gui for _r, _n, on_gui in reads)  # all on the worker

    store = recorded
    receipts_month = sql(store, "SELECT count(*) FROM surrenders WHERE date >= ?", MONTH)
    receipts_year = sql(store, "SELECT count(*) FROM surrenders WHERE date >= ?", YEAR)
    assert receipts_month == 3 and receipts_year in (3, 4)  # by hand: three this month, one before if this year
    cards = {key: card.value.text() for key, card in page.cards.items()}
    assert cards == {"models_active": str(sql(store, "SELECT count(*) FROM models WHERE status = 'active'")),
                     "activities_month": str(sql(store, "SELECT count(*) FROM activities WHERE date >= ?", MONTH)),
                     "receipts_month": str(receipts_month), "receipts_year": str(receipts_year)}
    assert cards["models_active"] == cards["activities_month"] == "1"
    guns = sql(store, "SELECT sum(quantity) FROM surrender_items WHERE category = 'gun' AND date >= ?", MONTH)
    assert guns == 4 and "Súng: 4 khẩu" in page.month_items.text()  # 1 + 2 + 1 by hand
    chart = page.items_chart
    this_month = {name: values[-1] for name, values in chart.series}
    assert this_month == {"Súng": sql(store, "SELECT count(*) FROM surrender_items WHERE category = 'gun' AND date >= ?",
                                      MONTH),
                          "Pháo": sql(store, "SELECT count(*) FROM surrender_items WHERE category = 'firecracker'"
                                             " AND date >= ?", MONTH)} == {"Súng": 3, "Pháo": 1}
    assert page.models_chart.totals() == [1] and page.units_chart.isHidden()  # a commune alone


def test_a_bar_of_the_overview_opens_its_records(opened, recorded, qtbot):
    sh, page, _events = opened
    window, store = sh.window, recorded
    chart = page.items_chart
    chart.click([n for n, _ in chart.series].index("Súng"), len(chart.labels) - 1)  # this month's guns
    surrenders = window.pages["surrenders"]
    assert window.current_key == "surrenders" and surrenders.category.currentData() == "gun"
    qtbot.waitUntil(lambda: not surrenders.table_model.counting)
    assert surrenders.table_model.rowCount() == sql(
        store, "SELECT count(DISTINCT surrender_id) FROM surrender_items WHERE category = 'gun' AND date BETWEEN ? AND ?",
        MONTH, TODAY.isoformat()) == 3
    window.show_page("dashboard")
    page.models_chart.click(0, 0)  # active cameras
    models = window.pages["models"]
    assert window.current_key == "models" and models.type_filter.currentData() == "security_camera"
    qtbot.waitUntil(lambda: not models.table_model.counting)
    assert models.table_model.rowCount() == sql(store, "SELECT count(*) FROM models WHERE type = 'security_camera'"
                                                       " AND status = 'active'") == 1


def test_a_read_older_than_the_latest_refresh_is_never_shown(opened, recorded, qtbot, monkeypatch):
    """The first read ends (its result waiting for the event loop) before a receipt is added and the page refreshed
    again: only the second read's figures are ever shown."""
    sh, page, _events = opened
    store = recorded
    shown = []
    show = page.show_figures
    monkeypatch.setattr(page, "show_figures", lambda figures: shown.append(figures.receipts_month) or show(figures))
    before = sql(store, "SELECT count(*) FROM surrenders WHERE date >= ?", MONTH)
    page.refresh()
    older = page.figures_task
    assert older.wait(30000) and older.is_running  # ended on its thread; its result not yet delivered
    add_surrender(store, unit_code=store.home_unit, date=TODAY.isoformat(), lines=[Line("gun.homemade", 1)],
                  person_name="Người mới")
    page.refresh()
    assert page.cards["receipts_month"].value.text() == str(before)  # the figures shown stay while it reads
    qtbot.waitUntil(lambda: not page.reading)
    assert older.outcome == "done" and older.result[1].receipts_month == before  # it did arrive, and was dropped
    assert shown == [before + 1] == [sql(store, "SELECT count(*) FROM surrenders WHERE date >= ?", MONTH)]
    assert page.cards["receipts_month"].value.text() == str(before + 1)


@pytest.fixture
def held(monkeypatch):
    """The worker's read waits at a gate (or until it is cancelled), so that the test acts while it runs."""
    import ui.pages.dashboard as dashboard

    gate, started = threading.Event(), threading.Event()
    real = dashboard.overview_figures

    def read(store, scope, today, check):
        started.set()
        while not gate.wait(0.005):
            check()  # raises Cancelled once the task is cancelled
        return real(store, scope, today, check)

    monkeypatch.setattr(dashboard, "overview_figures", read)
    return gate, started


def held_refresh(page, started):
    """A refresh whose read is under way, held at its gate: its task."""
    page.refresh()
    task = page.figures_task
    assert started.wait(30) and task.is_running
    return task


def test_a_read_that_ends_after_its_window_was_deleted_lands_nowhere(opened, held, qtbot):
    sh, page, _events = opened
    gate, started = held
    task = held_refresh(page, started)
    window, sh.window = sh.window, None  # as a sign-out leaves it (ui/app.py Shell.open_window)
    window.close()
    window.deleteLater()
    del window
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # the page is gone with its window
    with pytest.raises(RuntimeError):
        page.objectName()  # its C++ side is deleted
    gate.set()
    qtbot.waitUntil(lambda: not task.is_running)  # a slot raising on the deleted page would fail the test here
    assert task.outcome == "done"


def test_the_app_ends_while_the_figures_are_read(opened, held, qtbot):
    sh, page, _events = opened
    _gate, started = held
    task = held_refresh(page, started)
    sh.window.close()
    assert tasks.wait_all(30000)  # as the app does at its end: the worker is cancelled and its thread ends
    qtbot.waitUntil(lambda: not task.is_running)
    assert task.outcome == "cancelled"
    assert page.cards["receipts_month"].value.text() == str(sql(sh.store, "SELECT count(*) FROM surrenders"
                                                                          " WHERE date >= ?", MONTH))  # as before


def test_a_failed_read_says_one_sentence_and_the_next_refresh_shows_the_figures(opened, recorded, qtbot,
                                                                                monkeypatch):
    import sqlite3

    import ui.pages.dashboard as dashboard

    sh, page, _events = opened
    real = dashboard.overview_figures

    def locked(*args, **kwargs):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(dashboard, "overview_figures", locked)
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading)
    assert page.month_items.text() == "Đã có lỗi nên thao tác chưa thực hiện được; dữ liệu không thay đổi."
    assert "Traceback" not in page.month_items.text() and page.year_items.text() == ""
    assert {card.value.text() for card in page.cards.values()} == {"—"}
    monkeypatch.setattr(dashboard, "overview_figures", real)
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading)
    assert page.cards["receipts_year"].value.text() == str(
        sql(recorded, "SELECT count(*) FROM surrenders WHERE date >= ?", YEAR))


@pytest.mark.parametrize("where", ["opened", "opened_province"])
def test_the_charts_keep_their_places_when_the_figures_arrive(where, request):
    """A commune's two charts and a province's three: the month chart and the models chart are painted where they
    were before the figures (the per-unit chart kept its place from the first paint, the lines of totals theirs)."""
    sh, page, events = request.getfixturevalue(where)
    paints = [e for e in events if e[0] == "paint"]
    before, after = paints[0], paints[-1]
    assert before[1] == "…" and after[1] != "…"  # painted before the figures, then with them
    assert after[2] == before[2]  # the month chart and the models chart: same places, same sizes
    below = sql(sh.store, "SELECT count(*) FROM units WHERE parent_code = ?", sh.store.home_unit)
    assert below == (3 if where == "opened_province" else 0)
    assert before[3] is after[3] is (below > 0) is page.units_chart.isVisible()
    assert len(page.units_chart.labels) == below  # a province's bars did arrive: one a commune


def test_a_refresh_keeps_the_figures_shown_until_the_new_ones_arrive(opened, recorded, held, qtbot):
    """After a write the cards and lines keep the figures shown (no "…" blink) while the worker reads; its answer
    then replaces them."""
    sh, page, _events = opened
    gate, started = held
    store = recorded
    cards = {key: card.value.text() for key, card in page.cards.items()}
    lines = page.month_items.text(), page.year_items.text()
    before = sql(store, "SELECT count(*) FROM surrenders WHERE date >= ?", MONTH)
    assert cards["receipts_month"] == str(before) and "Súng: 4 khẩu" in lines[0]
    add_surrender(store, unit_code=store.home_unit, date=TODAY.isoformat(), lines=[Line("gun.homemade", 2)],
                  person_name="Người mới")
    page.refresh()
    assert started.wait(30) and page.reading  # the new read is under way, held at its gate
    assert {key: card.value.text() for key, card in page.cards.items()} == cards
    assert (page.month_items.text(), page.year_items.text()) == lines
    gate.set()
    qtbot.waitUntil(lambda: not page.reading)
    assert page.cards["receipts_month"].value.text() == str(before + 1) == str(
        sql(store, "SELECT count(*) FROM surrenders WHERE date >= ?", MONTH))
    guns = sql(store, "SELECT sum(quantity) FROM surrender_items WHERE category = 'gun' AND date >= ?", MONTH)
    assert guns == 6 and "Súng: 6 khẩu" in page.month_items.text()  # 4 + 2 by hand


class Clock:
    """The overview's day (ui.pages.dashboard.today), turned by the test: no waiting for midnight."""

    def __init__(self, monkeypatch, day: dt.date) -> None:
        import ui.pages.dashboard as dashboard

        self.day = day
        monkeypatch.setattr(dashboard, "today", lambda: self.day)


@pytest.fixture
def new_years_eve(store, monkeypatch):
    """31/12/2025 on the overview's clock; receipts of March and December 2025, an activity in December."""
    clock = Clock(monkeypatch, dt.date(2025, 12, 31))
    receipts = (("2025-03-10", Line("gun.homemade", 2)), ("2025-12-05", Line("firecracker.kg", 3)),
                ("2025-12-31", Line("gun.homemade", 1)))
    for n, (day, line) in enumerate(receipts):
        add_surrender(store, unit_code=store.home_unit, date=day, lines=[line], person_name=f"Người {n}")
    model = add_model(store, unit_code=store.home_unit, name="Tổ camera an ninh Nà Hin", type="security_camera",
                      established="2024-05-01", place="Bản Nà Hin")
    add_activity(store, model.id, "2025-12-20", "meeting", participants=9)
    return clock


def cards_of(page) -> dict[str, str]:
    return {key: page.cards[key].value.text() for key in ("activities_month", "receipts_month", "receipts_year")}


def counted(store, first: str, last: str) -> dict[str, str]:
    """The three dated cards between two days, by SQL."""
    month, year = first[:8] + "01", first[:5] + "01-01"
    between = "SELECT count(*) FROM {} WHERE date BETWEEN ? AND ?"
    return {"activities_month": str(sql(store, between.format("activities"), month, last)),
            "receipts_month": str(sql(store, between.format("surrenders"), month, last)),
            "receipts_year": str(sql(store, between.format("surrenders"), year, last))}


def test_a_page_built_on_new_years_eve_counts_the_new_year_after_midnight(qtbot, store, new_years_eve, monkeypatch):
    clock = new_years_eve
    with overview_of(qtbot, store, monkeypatch) as (sh, page, _events):
        assert cards_of(page) == counted(store, "2025-12-31", "2025-12-31") == {
            "activities_month": "1", "receipts_month": "2", "receipts_year": "3"}  # by hand
        assert page.year_items.text() == "Tiếp nhận trong năm: Súng: 3 khẩu · Pháo: 3 kg"
        assert page.items_chart.labels[-1] == "12/25"
        clock.day = dt.date(2026, 1, 1)  # midnight: the first receipt of the new year is written
        add_surrender(store, unit_code=store.home_unit, date="2026-01-01", lines=[Line("gun.homemade", 5)],
                      person_name="Người đầu năm")
        sh.ctx.notify_changed()  # as a form does after its write
        qtbot.waitUntil(lambda: not page.reading)
        assert cards_of(page) == counted(store, "2026-01-01", "2026-01-01") == {
            "activities_month": "0", "receipts_month": "1", "receipts_year": "1"}
        assert page.month_items.text() == "Tiếp nhận trong tháng: Súng: 5 khẩu"
        assert page.year_items.text() == "Tiếp nhận trong năm: Súng: 5 khẩu"
        assert (page.items_chart.labels[0], page.items_chart.labels[-1]) == ("02/25", "01/26")


def test_a_page_left_open_overnight_turns_to_the_new_day(qtbot, store, new_years_eve, monkeypatch):
    """Nothing written: the minute's check of a page shown reads the new day's figures; a page hidden over the turn
    reads them when shown again."""
    clock = new_years_eve
    with overview_of(qtbot, store, monkeypatch) as (sh, page, _events):
        assert cards_of(page)["receipts_year"] == "3"
        page.day_check.timeout.emit()  # as its timer fires: the same day, nothing read again
        assert not page.reading
        clock.day = dt.date(2026, 1, 1)
        page.day_check.timeout.emit()
        qtbot.waitUntil(lambda: not page.reading)
        assert page.figures.day == "2026-01-01"
        assert cards_of(page) == counted(store, "2026-01-01", "2026-01-01") == {
            "activities_month": "0", "receipts_month": "0", "receipts_year": "0"}
        assert page.year_items.text() == "Tiếp nhận trong năm: —"
        receipts = sh.window.show_page("surrenders")
        qtbot.waitUntil(lambda: not receipts.table_model.counting)
        clock.day = dt.date(2026, 2, 1)
        sh.window.show_page("dashboard")
        qtbot.waitUntil(lambda: not page.reading)
        assert page.figures.day == "2026-02-01" and page.items_chart.labels[-1] == "02/26"
