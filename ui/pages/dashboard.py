"""Tổng quan: this month's and this year's key figures of the unit (and the units below it) and two charts:
handovers received per month by category, models by type and status."""

from __future__ import annotations

import datetime as dt

from app.domain import catalogue, vocab
from app.domain.community_models import list_models
from app.domain.stats import stats
from app.store.paging import Filter, KeysetPager
from ui.charts import StackedBarChart
from ui.display import format_number
from ui.pages.base import Page
from ui.pages.surrenders import totals_text
from ui.qt import QFrame, QGridLayout, QHBoxLayout, QLabel, Qt, QVBoxLayout
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
        self.items_chart = StackedBarChart(
            self.tr("Handovers received per month, by category (item lines)"), lang=ctx.lang,
            empty_text=self.tr("No receipt yet: Surrenders → New receipt (Ctrl+N) records the first handover."))
        self.models_chart = StackedBarChart(
            self.tr("Models by type and status"), horizontal=True, lang=ctx.lang,
            empty_text=self.tr("No model yet: Models → New model (Ctrl+N) records the first one."))
        charts.addWidget(self.items_chart, 3)
        charts.addWidget(self.models_chart, 2)
        self.layout_.addLayout(charts, 1)

    def refresh(self) -> None:
        lang, store, today = self.ctx.lang, self.ctx.store, self.today
        month_start, year_start = today.replace(day=1).isoformat(), today.replace(month=1, day=1).isoformat()
        units = self.ctx.unit_filters()

        def count(source, since):
            return KeysetPager(store.conn, source, filters=[*units, Filter("date", ">=", since)]).count()

        models = list_models(store, self.ctx.unit_codes)
        self.cards["models_active"].value.setText(format_number(sum(m["status"] == "active" for m in models), lang))
        self.cards["activities_month"].value.setText(format_number(count(ACTIVITIES, month_start), lang))
        self.cards["receipts_month"].value.setText(format_number(count(SURRENDERS, month_start), lang))
        self.cards["receipts_year"].value.setText(format_number(count(SURRENDERS, year_start), lang))
        by_cat = lambda since: stats(store, since, today.isoformat(), unit=self.ctx.home_unit, by="category")
        self.month_items.setText(self.tr("Received this month: %1").replace("%1", totals_text(by_cat(month_start), lang) or "—"))
        self.year_items.setText(self.tr("Received this year: %1").replace("%1", totals_text(by_cat(year_start), lang) or "—"))

        months = last_months(today)
        first = f"{months[0]}-01"
        per_month = stats(store, first, today.isoformat(), unit=self.ctx.home_unit, by="month")
        cats = [c["code"] for c in catalogue.categories()]
        table = {c: [0] * len(months) for c in cats}
        for row in per_month:
            if row["month"] in months:
                table[row["category"]][months.index(row["month"])] += row["lines"]
        self.items_chart.set_data(
            [f"{m[5:]}/{m[2:4]}" for m in months],
            [(catalogue.category_name(c, lang), table[c]) for c in cats if any(table[c])],
        )
        types = [t for t in vocab.codes("model_types") if any(m["type"] == t for m in models)]
        statuses = vocab.codes("model_statuses")
        self.models_chart.set_data(
            [vocab.label("model_types", t, lang) for t in types],
            [(vocab.label("model_statuses", s, lang),
              [sum(m["type"] == t and m["status"] == s for m in models) for t in types]) for s in statuses],
        )
