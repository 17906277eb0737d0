"""Xếp loại phong trào: the places rated in a year (unit, kind, place, total, class by the thresholds,
recognition), the form to score one, and the province's view — places at each class year against year as
a table and a chart, the weak places (the aim is none), and the shares recognised "Safe on security and
order" — with the thresholds of the classes for the province to set."""

from __future__ import annotations

import datetime as dt

from app.domain import place_ratings as pr
from app.domain import vocab
from app.domain.units import list_units
from ui import dialogs
from ui.charts import BarChart
from ui.display import format_date, format_number, format_percent
from ui.pages.rating_forms import RatingForm, ThresholdsForm, class_label, year_box
from ui.qt import (
    QAbstractItemView, QBrush, QColor, QComboBox, QHBoxLayout, QHeaderView, QKeySequence, QLabel, QPushButton,
    QShortcut, QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, Qt, QVBoxLayout, QWidget,
)
from ui.widgets import explain_if_disabled, gate

YEARS_SHOWN = 5  # the province's view: the chosen year and the four before it
CLASS_COLOURS = {"excellent": "#dff0d8", "good": "#eef6e6", "average": "#fff7e0", "weak": "#fbe3e4"}


def fill_table(table: QTableWidget, rows: list[list[str]], right: set[int] = frozenset()) -> None:
    """Put plain text rows into a read-only QTableWidget (a few hundred rows at most here)."""
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    return table


class RatingsPanel(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        self.year = year_box(dt.date.today().year)
        self.scope = QComboBox()
        for unit in list_units(ctx.store, under=ctx.home_unit):
            self.scope.addItem(f"{unit.name} ({unit.code})", unit.code)
        self.scope.setCurrentIndex(max(0, self.scope.findData(ctx.home_unit)))
        self.score_button = QPushButton(self.tr("Score a place…"))
        self.score_button.setToolTip("Ctrl+N")
        self.edit_button = QPushButton(self.tr("Change score…"))
        self.thresholds_button = QPushButton(self.tr("Thresholds…"))
        self.thresholds_button.setToolTip(self.tr("The lowest total of each class, set by the province for a year"))
        row.addWidget(QLabel(self.tr("Year")))
        row.addWidget(self.year)
        row.addWidget(QLabel(self.tr("Unit")))
        row.addWidget(self.scope, 1)
        for b in (self.score_button, self.edit_button, self.thresholds_button):
            row.addWidget(b)
        box.addLayout(row)
        self.thresholds_label = QLabel()
        box.addWidget(self.thresholds_label)

        self.tabs = QTabWidget()
        self.table = read_only_table([self.tr("Unit"), self.tr("Kind"), self.tr("Place"), self.tr("Total"),
                                      self.tr("Class"), self.tr("Recognised"), self.tr("Decision")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 200), (1, 140), (3, 70), (4, 100), (5, 90), (6, 200)):
            self.table.setColumnWidth(column, width)
        self.tabs.addTab(self.table, self.tr("Rated places"))
        self.tabs.addTab(self._build_overview(), self.tr("Province's view"))
        box.addWidget(self.tabs, 1)
        self.rows: list[dict] = []

        self.year.valueChanged.connect(self.refresh)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.score_button.clicked.connect(self.score_place)
        self.edit_button.clicked.connect(self.change_score)
        self.thresholds_button.clicked.connect(self.edit_thresholds)
        self.table.doubleClicked.connect(lambda _: self.change_score())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence("Ctrl+N"), self, self.score_place)

    def _build_overview(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.overview = read_only_table([])
        self.overview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.overview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.overview.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_box.addWidget(self.overview)
        self.weak_label = QLabel()
        self.weak_label.setWordWrap(True)
        self.weak_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        left_box.addWidget(self.weak_label)
        left_box.addStretch(1)
        self.chart = BarChart(self.tr("Rated places by class, year against year"), lang=self.ctx.lang, stacked=False)
        split.addWidget(left)
        split.addWidget(self.chart)
        split.setSizes([640, 400])
        box.addWidget(split, 1)
        return panel

    # --- reading
    def refresh(self) -> None:
        lang, store, year = self.ctx.lang, self.ctx.store, self.year.value()
        unit = self.scope.currentData()
        limits = pr.thresholds_for(store, unit, year)
        self.thresholds_label.setText(self.tr("Classes in %1: %2").replace("%1", str(year)).replace("%2", " · ".join(
            f"{class_label(c, lang)} ≥ {format_number(limits[c], lang)}" for c in ("excellent", "good", "average"))
            + f" · {class_label('weak', lang)} < {format_number(limits['average'], lang)}"))
        names = {u.code: u.name for u in list_units(store, under=self.ctx.home_unit)}
        self.rows = pr.list_ratings(store, year, unit)
        fill_table(self.table, [[
            names.get(r["unit_code"], r["unit_code"]), vocab.label("rating_place_kinds", r["place_kind"], lang),
            r["place_name"], format_number(r["total"], lang), class_label(r["class"], lang),
            self.tr("Yes") if r["recognised"] else self.tr("No"),
            " · ".join(x for x in (r["decision_no"] or "", format_date(r["decision_date"], lang)) if x),
        ] for r in self.rows], right={3})
        for n, r in enumerate(self.rows):
            self.table.item(n, 4).setBackground(QBrush(QColor(CLASS_COLOURS[r["class"]])))
        self._update_buttons()
        self._refresh_overview(names)

    def _update_buttons(self, *_args) -> None:
        gate(self.score_button, self.ctx, "records.write")
        gate(self.edit_button, self.ctx, "records.write",
             None if self.selected_row() else self.tr("Choose a scored place in the list first."))
        gate(self.thresholds_button, self.ctx, "plans.write")

    def _refresh_overview(self, names: dict[str, str]) -> None:
        lang, year = self.ctx.lang, self.year.value()
        years = list(range(year - YEARS_SHOWN + 1, year + 1))
        view = pr.province_view(self.ctx.store, years, self.scope.currentData())
        classes = vocab.codes("rating_classes")
        self.overview.setColumnCount(len(years) + 1)
        self.overview.setHorizontalHeaderLabels([""] + [str(y) for y in years])

        def share(done: int, of: int) -> str:
            return f"{format_number(done, lang)}/{format_number(of, lang)}" + (
                f" ({format_percent(done, of, lang)})" if of else "")

        rows = [[class_label(c, lang)] + [format_number(v["by_class"][c], lang) for v in view] for c in classes]
        rows.append([self.tr("Places rated")] + [format_number(v["rated"], lang) for v in view])
        rows.append([self.tr("Residential areas recognised")] + [
            share(v["residential_areas_recognised"], v["residential_areas_rated"]) for v in view])
        rows.append([self.tr("Communes recognised")] + [share(v["communes_recognised"], v["communes_rated"])
                                                         for v in view])
        fill_table(self.overview, rows, right=set(range(1, len(years) + 1)))
        header = self.overview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.overview.setFixedHeight(header.height() + sum(self.overview.rowHeight(r) for r in range(len(rows))) + 4)
        self.chart.set_data([str(y) for y in years],
                            [(class_label(c, lang), [v["by_class"][c] for v in view]) for c in classes])
        weak = view[-1]["weak"]
        if weak:
            listed = "; ".join(f"{w['place_name']} ({names.get(w['unit_code'], w['unit_code'])}, "
                               f"{format_number(w['total'], lang)})" for w in weak)
            self.weak_label.setText(self.tr("Weak in %1 (the aim is none): %2").replace("%1", str(year))
                                    .replace("%2", listed))
            self.weak_label.setStyleSheet("color: #b00020;")
        else:
            self.weak_label.setText(self.tr("No place rated weak in %1.").replace("%1", str(year)))
            self.weak_label.setStyleSheet("color: #1f5f2f;")

    # --- actions
    def selected_row(self) -> dict | None:
        index = self.table.currentIndex()
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None

    def score_place(self):
        self._update_buttons()
        if explain_if_disabled(self, self.score_button):
            return None
        form = RatingForm(self.ctx, self.year.value(), None, self)
        return form.result_value if dialogs.run_dialog(form) else None

    def change_score(self):
        row = self.selected_row()
        if row is None:
            return None
        form = RatingForm(self.ctx, self.year.value(), row, self)
        return form.result_value if dialogs.run_dialog(form) else None

    def edit_thresholds(self):
        form = ThresholdsForm(self.ctx, self.year.value(), self)
        return form.result_value if dialogs.run_dialog(form) else None
