"""Số liệu tháng: the indicator grid of one month for the home unit, the entered values (editable) beside
what the records themselves give (models active, activities, tip-offs, border figures), and the month's
report status (ui/pages/periods.py): a submitted or approved month is shown read-only.

A value typed by mistake is emptied by clearing its cell (Delete, or the button) and saving."""

from __future__ import annotations

import datetime as dt

from app.domain import figures as fg
from app.domain import periods
from app.domain.units import list_units
from app.errors import AnttError
from ui import dialogs
from ui.display import format_number, normalise_number
from ui.pages.base import Page
from ui.pages.periods import PeriodBar
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
        self.clear_button = QPushButton(self.tr("Empty the value"))
        self.clear_button.setToolTip(self.tr("Empty the selected entered value (Delete), then save"))
        self.save_button = QPushButton(self.tr("Save figures"))
        self.save_button.setToolTip("Ctrl+S")
        self.message = QLabel()
        self.message.setWordWrap(True)
        row.addWidget(QLabel(self.tr("Unit")))
        row.addWidget(self.unit)
        row.addWidget(QLabel(self.tr("Month")))
        row.addWidget(self.month)
        row.addWidget(self.message, 1)
        row.addWidget(self.clear_button)
        row.addWidget(self.save_button)
        self.layout_.addLayout(row)
        self.period = PeriodBar(ctx)
        self.period.before_submit = self._save_before_submit
        self.layout_.addWidget(self.period)
        self.lock_line = QLabel()
        self.lock_line.setWordWrap(True)
        self.lock_line.setStyleSheet("color: #1a4f8b;")
        self.layout_.addWidget(self.lock_line)
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
        self.clear_button.clicked.connect(self.clear_selected)
        self.period.changed.connect(self.ctx.notify_changed)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.grid, self.clear_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while a cell is being typed in
        self._loaded: dict[str, str] = {}
        self.locked = False

    def refresh(self) -> None:
        lang = self.ctx.lang
        rows = fg.figures_grid(self.ctx.store, self.unit.currentData(), self.month.accepted_month())
        status = self.period.show_month(self.unit.currentData(), self.month.accepted_month())
        self.locked = status in periods.LOCKING
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if self.locked
                                  else QAbstractItemView.EditTrigger.AllEditTriggers)
        self.save_button.setEnabled(not self.locked)
        self.clear_button.setEnabled(not self.locked)
        self.lock_line.setText(self.tr("This month is %1, so its figures are locked; a commander can reopen it "
                                       "(with a reason) to change them.").replace(
            "%1", periods.status_label(status, lang)) if self.locked else "")
        self.lock_line.setVisible(self.locked)
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

    def cleared_codes(self) -> list[str]:
        """Indicators that had a value and whose cell is now empty: to be emptied in the store too."""
        return [code for code, before in self._loaded.items()
                if before and not self.grid.item(self.row_of(code), ENTERED).text().strip()]

    def clear_selected(self) -> None:
        if self.locked:
            return
        for item in self.grid.selectedItems():
            if item.column() == ENTERED and item.flags() & Qt.ItemFlag.ItemIsEditable:
                item.setText("")
        item = self.grid.currentItem()
        if item is not None and item.column() == ENTERED:
            item.setText("")

    def _save_before_submit(self) -> bool:
        """Figures typed but not saved are saved before the month is submitted (and stop it if refused)."""
        if self.changed_values() or self.cleared_codes():
            return self.save()
        return True

    def save(self) -> bool:
        values, cleared = self.changed_values(), self.cleared_codes()
        if not values and not cleared:
            self.message.setText(self.tr("Nothing to save."))
            return False
        try:
            fg.set_figures(self.ctx.store, self.unit.currentData(), self.month.month(), values, clear=cleared)
        except AnttError as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(dialogs.error_text(exc))
            return False
        self.message.setStyleSheet("color: #1f5f2f;")
        self.message.setText(self.tr("Saved %Ln figure(s).", "", len(values) + len(cleared)))
        self.ctx.notify_changed()
        return True
