"""Opening a big list (issue 17 item 3): the first paint shows the list's first rows; the count and the totals are
read on workers started after that paint, and arrive; the filters still work. On a store made by the real first
run, signed in through the real login; expected rows, count and totals from SQL written here or worked out by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.domain import periods
from app.domain.reporting_periods import cutoff_rule
from app.domain.surrenders import Line, add_surrender
from ui import tasks
from ui.qt import QApplication, QEvent, QObject

RECEIPTS = 130  # more than a first read (PagedTableModel.PAGE_SIZE): counted on a worker


@pytest.fixture
def receipts(store):
    """RECEIPTS receipts of this reporting year, up to today, several a day: every third one a home-made gun, the
    others 1-7 kg of firecrackers."""
    today = dt.date.today()
    first, _last = periods.preset_range("this_year", today, cutoff_rule(store))
    days = (today - first).days + 1
    for i in range(RECEIPTS):
        day = today - dt.timedelta(days=i % min(days, 20))
        line = Line("gun.homemade", "1") if i % 3 == 0 else Line("firecracker.kg", str(i % 7 + 1))
        add_surrender(store, unit_code=store.home_unit, date=day.isoformat(), lines=[line], person_name=f"Người {i}")
    return first.isoformat(), today.isoformat()


class Paints(QObject):
    """Every Paint of a table's viewport, in the order of the workers started (app-wide, as Qt delivers them)."""

    def __init__(self, events: list, seen: dict) -> None:
        super().__init__()
        self.events, self.seen = events, seen

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        page = self.seen.get("page")
        if event.type() == QEvent.Type.Paint and page is not None and watched is page.view.viewport():
            self.events.append(("paint", page.count_label.text(), page.totals_label.text()))
        return False


def visible_rows(view) -> range:
    last = view.rowAt(view.viewport().height() - 1)
    return range(view.rowAt(0), (last if last >= 0 else view.model().rowCount() - 1) + 1)


def shown(page, rows, *columns) -> list[tuple]:
    model = page.table_model
    at = [[c.name for c in model.columns].index(name) for name in columns]
    return [tuple(model.index(r, c).data() for c in at) for r in rows]


def dmy(iso: str) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def test_the_receipts_page_paints_its_rows_first_then_its_count_and_totals_arrive(qtbot, shell, store, receipts,
                                                                                  monkeypatch):
    first, today = receipts
    qtbot.waitUntil(lambda: not tasks._running)  # the first page's own workers (the dashboard) have ended
    events, seen = [], {}
    start = tasks.Task.start
    monkeypatch.setattr(tasks.Task, "start", lambda self: events.append(("worker",)) or start(self))
    paints = Paints(events, seen)
    QApplication.instance().installEventFilter(paints)
    try:
        page = seen["page"] = shell.window.show_page("surrenders")
        qtbot.waitUntil(lambda: any(e[0] == "paint" for e in events))
        qtbot.waitUntil(lambda: not page.table_model.counting and "…" not in page.totals_label.text())
    finally:
        QApplication.instance().removeEventFilter(paints)
    kinds = [e[0] for e in events]
    painted = kinds.index("paint")
    assert "worker" in kinds[painted:] and "worker" not in kinds[:painted]  # the count and totals: after it
    assert events[painted][1:] == ("", "Tổng cộng: đang tính…")  # and what that first paint said meanwhile

    # the rows painted: the newest of this year first, as SQL orders them
    rows = visible_rows(page.view)
    assert len(rows) > 5
    expected = store.conn.execute(
        "SELECT number, date, person_name FROM surrender_rows WHERE date BETWEEN ? AND ?"
        " ORDER BY date DESC, rid DESC LIMIT ?", (first, today, len(rows))).fetchall()
    assert shown(page, rows, "number", "date", "person_name") == [(str(n), dmy(d), p) for n, d, p in expected]

    # the count, read on the worker, and the totals by hand: 44 guns (every third of 130), and the kilograms
    count = store.conn.execute("SELECT count(*) FROM surrender_rows WHERE date BETWEEN ? AND ?",
                               (first, today)).fetchone()[0]
    assert count == RECEIPTS == page.table_model.rowCount()
    assert page.count_label.text() == f"{RECEIPTS} biên bản"
    kilograms = sum(i % 7 + 1 for i in range(RECEIPTS) if i % 3)
    assert kilograms == 341
    assert set(page.totals_label.text().removeprefix("Tổng cộng: ").split(" · ")) == {"Súng: 44 khẩu",
                                                                                      "Pháo: 341 kg"}


def test_after_the_open_the_filters_choose_the_rows_count_and_totals(qtbot, shell, store, receipts):
    first, today = receipts
    page = shell.window.show_page("surrenders")
    qtbot.waitUntil(lambda: not page.table_model.counting and "…" not in page.totals_label.text())
    page.category.setCurrentIndex(page.category.findData("gun"))
    qtbot.waitUntil(lambda: not page.table_model.counting and "…" not in page.totals_label.text())
    expected = store.conn.execute(
        "SELECT number, date FROM surrender_rows r WHERE date BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM"
        " surrender_lines l WHERE l.receipt = r.rid AND l.category = 'gun') ORDER BY date DESC, rid DESC",
        (first, today)).fetchall()
    model = page.table_model
    assert len(expected) == 44 == model.rowCount()
    assert shown(page, range(44), "number", "date") == [(str(n), dmy(d)) for n, d in expected]
    assert page.count_label.text() == "44 biên bản"
    assert page.totals_label.text() == "Tổng cộng: Súng: 44 khẩu"
