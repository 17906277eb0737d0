"""Số liệu tháng: the indicator grid of one month for the home unit, the entered values (editable) beside
what the records themselves give (models active, activities, tip-offs, border figures)."""

from __future__ import annotations

import datetime as dt

from app.domain import figures as fg
from app.domain.units import list_units
from app.errors import AnttError
from ui import dialogs
from ui.display import format_number, normalise_number
from ui.pages.base import Page
from ui.qt import (
    QAbstractItemView, QBrush, QComboBox, QColor, QFont, QHBoxLayout, QHeaderView, QKeySequence, QLabel, QPushButton,
    QShortcut, QTableWidget, QTableWidgetItem, Qt,
)
from ui.widgets import DateEdit

ENTERED, COMPUTED = 3, 4


class FiguresPage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Monthly figures"))
        row = QHBoxLayout()
        self.month = DateEdit(dt.date.today(), month_only=True)
        self.unit = QComboBox()  # a province enters its own figures and reads each commune's
        for unit in list_units(ctx.store, under=ctx.home_unit):
            self.unit.addItem(f"{unit.name} ({unit.code})", unit.code)
        self.unit.setCurrentIndex(max(0, self.unit.findData(ctx.home_unit)))
        self.save_button = QPushButton(self.tr("Save figures"))
        self.save_button.setToolTip("Ctrl+S")
        self.message = QLabel()
        self.message.setWordWrap(True)
        row.addWidget(QLabel(self.tr("Unit")))
        row.addWidget(self.unit)
        row.addWidget(QLabel(self.tr("Month")))
        row.addWidget(self.month)
        row.addWidget(self.message, 1)
        row.addWidget(self.save_button)
        self.layout_.addLayout(row)
        self.grid = QTableWidget(0, 5)
        self.grid.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Indicator"), self.tr("Unit"),
                                             self.tr("Entered"), self.tr("From the records")])
        self.grid.verticalHeader().setVisible(False)
        self.grid.verticalHeader().setDefaultSectionSize(self.grid.fontMetrics().height() + 8)
        self.grid.setColumnHidden(0, True)
        self.grid.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.layout_.addWidget(self.grid, 1)
        self.month.dateChanged.connect(self.refresh)
        self.unit.currentIndexChanged.connect(self.refresh)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        self._loaded: dict[str, str] = {}

    def refresh(self) -> None:
        lang = self.ctx.lang
        rows = fg.figures_grid(self.ctx.store, self.unit.currentData(), self.month.month())
        groups = {g["code"]: g for g in fg.indicator_groups()}
        self.grid.setRowCount(0)
        self._loaded = {}
        current_group = None
        bold = QFont(self.grid.font())
        bold.setBold(True)
        for ind in rows:
            if ind["group"] != current_group:
                current_group = ind["group"]
                r = self.grid.rowCount()
                self.grid.insertRow(r)
                head = QTableWidgetItem(groups[current_group]["name_vi" if lang == "vi" else "name_en"])
                head.setFont(bold)
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                head.setBackground(QBrush(QColor("#e8eef6")))
                self.grid.setItem(r, 1, head)
                self.grid.setSpan(r, 1, 1, 4)
            r = self.grid.rowCount()
            self.grid.insertRow(r)
            entered = format_number(ind["entered"], lang)
            cells = [ind["code"], ind["name_vi" if lang == "vi" else "name_en"],
                     ind["unit_vi" if lang == "vi" else "unit_en"], entered, format_number(ind["computed"], lang)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c != ENTERED:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if c in (ENTERED, COMPUTED):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if c == COMPUTED:
                    item.setForeground(QBrush(QColor("#1f5f2f")))
                self.grid.setItem(r, c, item)
            self._loaded[ind["code"]] = entered
        self.grid.resizeColumnToContents(2)
        self.grid.setColumnWidth(ENTERED, 110)
        self.grid.setColumnWidth(COMPUTED, 140)

    def row_of(self, code: str) -> int:
        for r in range(self.grid.rowCount()):
            item = self.grid.item(r, 0)
            if item and item.text() == code:
                return r
        raise KeyError(code)

    def set_entered(self, code: str, text: str) -> None:
        self.grid.item(self.row_of(code), ENTERED).setText(text)

    def changed_values(self) -> dict[str, str]:
        out = {}
        for code, before in self._loaded.items():
            text = self.grid.item(self.row_of(code), ENTERED).text().strip()
            if text != before and text:
                out[code] = normalise_number(text, self.ctx.lang)
        return out

    def save(self) -> bool:
        values = self.changed_values()
        if not values:
            self.message.setText(self.tr("Nothing to save."))
            return False
        try:
            fg.set_figures(self.ctx.store, self.unit.currentData(), self.month.month(), values)
        except AnttError as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(dialogs.error_text(exc))
            return False
        self.message.setStyleSheet("color: #1f5f2f;")
        self.message.setText(self.tr("Saved %n figure(s).", "", len(values)))
        self.ctx.notify_changed()
        return True
