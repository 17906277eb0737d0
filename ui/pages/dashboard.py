"""Tổng quan: this month's and this year's key figures of the unit (and the units below it) and its charts:
handovers received per month by category, receipts per unit below (the first comparison a commander makes), models
by type and status. Hovering a bar shows its figure; clicking it opens the records behind it (`openRecords`)."""

from __future__ import annotations

import datetime as dt

from app.domain import catalogue, vocab
from app.domain.community_models import count_by_type_and_status
from app.domain.figures import month_bounds
from app.domain.stats import receipts_per_unit, stats
from app.store.paging import Filter, KeysetPager
from ui.charts import BarChart
from app.formatting import short_names
from ui.display import format_number
from ui.pages.base import Page
from ui.pages.surrenders import totals_text
from ui.qt import QFrame, QGridLayout, QHBoxLayout, QLabel, Qt, QVBoxLayout, Signal
from ui.sources import ACTIVITIES, SURRENDERS


def last_months(today: dt.date, count: int = 12) -> list[str]:
    y, m, out = today.year, today.month, []
    for _ in range(count):
        out.append(f"{y}-{m:02d}")
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


class Card(QFrame):
    """A key figure: a big number and what it counts."""

    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setStyleSheet("QFrame#card { background: #f4f7fb; border: 1px solid #d5deea; border-radius: 6px; }")
        box = QVBoxLayout(self)
        self.value = QLabel("—")
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
        self.today = dt.date.today()
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
        self.month_items = QLabel()
        self.year_items = QLabel()
        for label in (self.month_items, self.year_items):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.layout_.addWidget(label)
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
        self.items_chart.barClicked.connect(self._month_clicked)
        self.units_chart.barClicked.connect(self._unit_clicked)
        self.models_chart.barClicked.connect(self._model_clicked)

    def refresh(self) -> None:
        lang, store, today = self.ctx.lang, self.ctx.store, self.today
        month_start, year_start = today.replace(day=1).isoformat(), today.replace(month=1, day=1).isoformat()
        # every figure counts what the lists show (issue 20): after a merger or a split, the organisation the
        # reports use, not today's subtree (ctx.list_scope)
        scope = self.ctx.list_scope

        def count(source, table, since):
            return KeysetPager(store.conn, source, filters=[*self.ctx.list_filters(table), Filter("date", ">=", since)]).count()

        models = count_by_type_and_status(store, scope)  # (type, status) -> how many
        self.cards["models_active"].value.setText(format_number(sum(n for (_t, s), n in models.items() if s == "active"), lang))
        self.cards["activities_month"].value.setText(format_number(count(ACTIVITIES, "activities", month_start), lang))
        self.cards["receipts_month"].value.setText(format_number(count(SURRENDERS, "surrenders", month_start), lang))
        self.cards["receipts_year"].value.setText(format_number(count(SURRENDERS, "surrenders", year_start), lang))
        by_cat = lambda since: stats(store, since, today.isoformat(), by="category", scope=scope)
        self.month_items.setText(self.tr("Received this month: %1").replace("%1", totals_text(by_cat(month_start), lang) or "—"))
        self.year_items.setText(self.tr("Received this year: %1").replace("%1", totals_text(by_cat(year_start), lang) or "—"))

        months = last_months(today)
        first = f"{months[0]}-01"
        per_month = stats(store, first, today.isoformat(), by="month", scope=scope)
        cats = [c["code"] for c in catalogue.categories()]
        table = {c: [0] * len(months) for c in cats}
        for row in per_month:
            if row["month"] in months:
                table[row["category"]][months.index(row["month"])] += row["lines"]
        self._months, self._categories = months, [c for c in cats if any(table[c])]
        self.items_chart.set_data(
            [f"{m[5:]}/{m[2:4]}" for m in months],
            [(catalogue.category_name(c, lang), table[c]) for c in self._categories],
        )
        per_unit = receipts_per_unit(store, scope.root, year_start, today.isoformat(), scope=scope) \
            if self.ctx.home_unit else []
        below = any(r["code"] != scope.root for r in per_unit)  # units below to compare (a merged-in one has none)
        self.units_chart.setVisible(below)  # a commune alone has nothing to compare with
        self._unit_codes = [r["code"] for r in per_unit] if below else []
        self.units_chart.set_data(short_names([r["name"] for r in per_unit]) if below else [],
                                  [(self.tr("Receipts"), [r["receipts"] for r in per_unit])] if below else [])
        types = [t for t in vocab.codes("model_types") if any(kind == t for kind, _s in models)]
        statuses = vocab.codes("model_statuses")
        self._types, self._statuses = types, statuses
        self.models_chart.set_data(
            [vocab.label("model_types", t, lang) for t in types],
            [(vocab.label("model_statuses", s, lang),
              [models.get((t, s), 0) for t in types]) for s in statuses],
        )

    # --- the records behind a bar
    def _month_clicked(self, series: int, index: int) -> None:
        first, last = month_bounds(self._months[index])
        self.openRecords.emit("surrenders", {"date_from": first, "date_to": min(last, self.today.isoformat()),
                                             "category": self._categories[series]})

    def _unit_clicked(self, _series: int, index: int) -> None:
        self.openRecords.emit("surrenders", {"date_from": self.today.replace(month=1, day=1).isoformat(),
                                             "date_to": self.today.isoformat(), "unit": self._unit_codes[index]})

    def _model_clicked(self, series: int, index: int) -> None:
        self.openRecords.emit("models", {"type": self._types[index], "status": self._statuses[series]})
