"""Tổng quan: this month's and this year's key figures of the unit (and the units below it) and its charts:
handovers received per month by category, receipts per unit below (the first comparison a commander makes), models
by type and status. Hovering a bar shows its figure; clicking it opens the records behind it (`openRecords`).

The figures are read on a worker after the page's first paint (app/domain/overview.py, issue 17 item 3: on a
province's store they cost the GUI thread 250-280 ms); the cards say "…" until the first ones arrive, and keep what
they show while a refresh reads newer ones. The page counts from the day of each refresh, not of its build: an app
left open overnight (or over New Year) shows the new day's month and year."""

from __future__ import annotations

import datetime as dt

from app.domain import catalogue, vocab
from app.domain.figures import month_bounds
from app.domain.overview import OverviewFigures, busiest_units, has_units_below, overview_figures
from app.formatting import short_names
from ui import dialogs
from ui.charts import BarChart
from ui.display import format_number
from ui.pages.base import Page
from ui.pages.surrenders import totals_text
from ui.qt import QFrame, QGridLayout, QHBoxLayout, QLabel, Qt, QTimer, QVBoxLayout, QWidget, Signal
from ui.tasks import run_store_task
from ui.widgets import FirstPaint

WAITING = "…"  # what a card says until its first figure arrives
DAY_CHECK_MS = 60_000  # how often a page shown checks whether the day has turned (midnight, New Year)


def today() -> dt.date:
    """The overview's day, taken at each refresh; the tests turn it (31/12 to 01/01) instead of waiting for it."""
    return dt.date.today()


class Card(QFrame):
    """A key figure: a big number and what it counts."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setStyleSheet("QFrame#card { background: #f4f7fb; border: 1px solid #d5deea; border-radius: 6px; }")
        box = QVBoxLayout(self)
        self.value = QLabel(WAITING)
        font = self.value.font()
        font.setPointSize(font.pointSize() + 9)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet("color: #1f3a5f; border: none;")
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("border: none;")
        box.addWidget(self.value)
        box.addWidget(self.caption)


class DashboardPage(Page):
    # (page key, filters) of the records behind a clicked bar: the main window shows that page so filtered
    openRecords = Signal(str, dict)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Overview"))
        grid = QGridLayout()
        self.cards = {
            "models_active": Card(self.tr("models active")),
            "activities_month": Card(self.tr("activities this month")),
            "receipts_month": Card(self.tr("receipts this month")),
            "receipts_year": Card(self.tr("receipts this year")),
        }
        for n, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, n)
        self.layout_.addLayout(grid)
        self.month_items = QLabel(WAITING)
        self.year_items = QLabel(WAITING)
        totals = QWidget()
        lines = QVBoxLayout(totals)
        lines.setContentsMargins(0, 0, 0, 0)
        for label in (self.month_items, self.year_items):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lines.addWidget(label)
        lines.addStretch(1)
        # two lines each from the first paint: a province's totals take two on a laptop's screen (the month's too,
        # in January), which moved the charts down when they arrived
        totals.setMinimumHeight(4 * self.month_items.fontMetrics().lineSpacing() + lines.spacing())
        self.layout_.addWidget(totals)
        charts = QHBoxLayout()
        self.items_chart = BarChart(
            self.tr("Handovers received per month, by category (item lines)"), lang=ctx.lang,
            empty_text=self.tr("No receipt yet: Surrenders → New receipt (Ctrl+N) records the first handover."))
        self.units_chart = BarChart(
            self.tr("Receipts this year, per unit"), horizontal=True, lang=ctx.lang,
            empty_text=self.tr("No receipt this year in the units below."))
        self.models_chart = BarChart(
            self.tr("Models by type and status"), horizontal=True, lang=ctx.lang,
            empty_text=self.tr("No model yet: Models → New model (Ctrl+N) records the first one."))
        charts.addWidget(self.items_chart, 3)
        charts.addWidget(self.units_chart, 2)
        charts.addWidget(self.models_chart, 2)
        self.layout_.addLayout(charts, 1)
        # what each bar stands for, to open its records on a click
        self._months: list[str] = []
        self._categories: list[str] = []
        self._unit_codes: list[str] = []
        self._types: list[str] = []
        self._statuses: list[str] = []
        self.figures: OverviewFigures | None = None  # the figures shown, None until the first read arrives
        self.day: dt.date | None = None  # the day of the latest refresh
        self.figures_task = None  # the worker reading the latest figures asked for
        self._asked = 0  # how many reads were asked: a read's result older than the latest is dropped
        self._shown = 0  # which of them the page shows
        self.first_paint = FirstPaint(self)
        # the chart of receipts per unit keeps its place from the first paint where there are units below (one
        # indexed look-up): the charts do not reflow from two to three when the figures arrive, which still decide
        self.units_chart.setVisible(has_units_below(ctx.store, ctx.home_unit))
        for chart in (self.items_chart, self.units_chart, self.models_chart):
            chart.set_waiting(WAITING)
        self.items_chart.barClicked.connect(self._month_clicked)
        self.units_chart.barClicked.connect(self._unit_clicked)
        self.models_chart.barClicked.connect(self._model_clicked)
        self.day_check = QTimer(self)
        self.day_check.setInterval(DAY_CHECK_MS)
        self.day_check.timeout.connect(self._check_day)
        self.day_check.start()

    @property
    def reading(self) -> bool:
        """True from a refresh until its figures are shown (or their read failed)."""
        return self._shown < self._asked

    def refresh(self) -> None:
        """Ask for today's figures (the day taken now): read on a worker after the page's first paint
        (app/domain/overview.py). The cards, lines of totals and charts keep what they show until they arrive: "…"
        before the first figures, the last ones after (they no longer blink to "…" at every write)."""
        self._asked += 1
        self.day = today()
        self.first_paint.then(self._read_figures)

    def showEvent(self, event) -> None:
        if self.day is not None and self.day != today():
            self._stale = True  # the day turned while the page was hidden: its figures count another day
        super().showEvent(event)

    def _check_day(self) -> None:
        """Read the figures again once the day has turned (midnight, New Year) while the page is shown: an app left
        open overnight would still show yesterday's month and year. A hidden page does so when shown again."""
        if self.isVisible() and self.day is not None and self.day != today():
            self.refresh()

    def _read_figures(self) -> None:
        """Start the worker for the latest request; one still reading an older one is cancelled (its result would be
        dropped anyway). Runs on the GUI thread; `work` on the worker's own read-only connection."""
        if self.figures_task is not None and self.figures_task.is_running:
            self.figures_task.cancel()
        asked, day = self._asked, self.day

        def work(store, task_ctx):
            from app.domain.list_scope import list_scope

            # what the lists show (issue 20): the home unit's scope as ctx.list_scope reads it, read here, on the day
            scope = list_scope(store, store.home_unit, day.isoformat())
            return asked, overview_figures(store, scope, day, task_ctx.check)

        # slots of this page: a page deleted while its worker reads is disconnected, nothing lands on it
        self.figures_task = run_store_task(self.ctx, work, read_only=True, on_done=self._figures_read,
                                           on_failed=self._figures_failed)

    def _figures_read(self, result: tuple[int, OverviewFigures]) -> None:
        asked, figures = result
        if asked < self._asked:  # a refresh was asked since: its read brings newer figures
            return
        self._shown = asked
        self.show_figures(figures)

    def _figures_failed(self, exc: BaseException) -> None:
        if self.figures_task is None or self.figures_task.error is not exc:  # an older read's failure
            return
        self._shown = self._asked
        for card in self.cards.values():
            card.value.setText("—")
        self.month_items.setText(dialogs.error_text(exc))
        self.year_items.setText("")

    def show_figures(self, figures: OverviewFigures) -> None:
        """Fill the cards, the lines of totals and the charts (GUI thread; no store read here)."""
        lang = self.ctx.lang
        self.figures = figures
        for key in ("activities_month", "receipts_month", "receipts_year"):
            self.cards[key].value.setText(format_number(getattr(figures, key), lang))
        self.cards["models_active"].value.setText(format_number(figures.models_active, lang))
        self.month_items.setText(self.tr("Received this month: %1").replace(
            "%1", totals_text(list(figures.month_items), lang) or "—"))
        self.year_items.setText(self.tr("Received this year: %1").replace(
            "%1", totals_text(list(figures.year_items), lang) or "—"))
        months = list(figures.months)
        self._months, self._categories = months, [c for c, _n in figures.lines_per_month]
        self.items_chart.set_data(
            [f"{m[5:]}/{m[2:4]}" for m in months],
            [(catalogue.category_name(c, lang), list(n)) for c, n in figures.lines_per_month],
        )
        # empty where there is nothing below to compare (a commune alone); a province's busiest units only
        per_unit = busiest_units(figures.per_unit)
        self.units_chart.setVisible(bool(per_unit))
        self.units_chart.set_title(self.tr("Receipts this year, per unit") if len(per_unit) == len(figures.per_unit)
                                   else self.tr("Receipts this year: the %1 of %2 units with most").replace(
                                       "%1", format_number(len(per_unit), lang)).replace(
                                       "%2", format_number(len(figures.per_unit), lang)))
        self._unit_codes = [r["code"] for r in per_unit]
        self.units_chart.set_data(short_names([r["name"] for r in per_unit]),
                                  [(self.tr("Receipts"), [r["receipts"] for r in per_unit])] if per_unit else [])
        types = figures.model_types
        statuses = vocab.codes("model_statuses")
        self._types, self._statuses = types, statuses
        self.models_chart.set_data(
            [vocab.label("model_types", t, lang) for t in types],
            [(vocab.label("model_statuses", s, lang),
              [figures.models.get((t, s), 0) for t in types]) for s in statuses],
        )

    # --- the records behind a bar
    # (of the day of the figures shown: a refresh under way on a new day has not drawn its bars yet)
    def _month_clicked(self, series: int, index: int) -> None:
        first, last = month_bounds(self._months[index])
        self.openRecords.emit("surrenders", {"date_from": first, "date_to": min(last, self.figures.day),
                                             "category": self._categories[series]})

    def _unit_clicked(self, _series: int, index: int) -> None:
        day = self.figures.day
        self.openRecords.emit("surrenders", {"date_from": f"{day[:4]}-01-01", "date_to": day,
                                             "unit": self._unit_codes[index]})

    def _model_clicked(self, series: int, index: int) -> None:
        self.openRecords.emit("models", {"type": self._types[index], "status": self._statuses[series]})
