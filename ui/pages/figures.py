"""Số liệu tháng: the indicator grid of one month for the home unit, the entered values (editable) beside
what the records themselves give (models active, activities, tip-offs, border figures), and the month's
report status (ui/pages/periods.py): a submitted or approved month is shown read-only.

A value typed by mistake is emptied by clearing its cell (Delete, or the button) and saving.

Typing goes as in DHIS2's data entry (issue 15 §3): Enter takes the value and moves to the next row; a value is
checked as it is taken (a refusal names the indicator and the cell keeps the text as typed, "2,5"); the rules
between figures (resources/validation_rules.json) are shown under the grid as they break. A typed value is never
lost: values not saved yet are kept per unit and month (a draft) across a change of month, unit or page and a
refresh, marked until saved, and saved first when the month is submitted."""

from __future__ import annotations

import datetime as dt

from app.domain import figure_entry, figure_rules
from app.domain import figures as fg
from app.domain import reporting_periods as rp
from app.domain import periods
from app.domain.units import list_units
from app.errors import AnttError
from ui import dialogs
from ui.display import format_number, normalise_number
from ui.pages.base import Page
from ui.pages.periods import PeriodBar
from ui.qt import (
    QAbstractItemView, QBrush, QComboBox, QColor, QEvent, QFont, QHBoxLayout, QHeaderView, QKeySequence, QLabel,
    QPushButton, QShortcut, QStyledItemDelegate, QTableWidget, QTableWidgetItem, Qt,
)
from ui.widgets import DateEdit, permission_reason, set_available

ENTERED, COMPUTED = 3, 4
DRAFT_BACKGROUND = "#fff6d6"  # typed, not saved yet
REFUSED_BACKGROUND = "#fdecee"  # the value or a hard rule refuses it
WARNING_BACKGROUND = "#fff0d9"  # a soft rule asks to look again


class EnteredDelegate(QStyledItemDelegate):
    """The editor of an entered value: remembers the open editor (so Save and Ctrl+S take what is being typed)
    and turns Enter into "take the value, go to the next row" (DHIS2's data entry)."""

    def __init__(self, page: "FiguresPage") -> None:
        super().__init__(page.grid)
        self.page = page
        self.editor = None

    def createEditor(self, parent, option, index):
        self.editor = super().createEditor(parent, option, index)
        self.editor.destroyed.connect(self._forget)
        return self.editor

    def _forget(self, *_args) -> None:
        self.editor = None

    def destroyEditor(self, editor, index) -> None:
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)

    def take_typed(self) -> None:
        """Commit what the open editor holds, if one is open."""
        if self.editor is not None:
            editor = self.editor
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, editor, event) -> bool:
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.take_typed()
            self.page.next_row()
            return True
        return super().eventFilter(editor, event)


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
        self.span = QLabel()  # the dates the month covers under the cut-off rule (Decree 09: 15th to 14th)
        self.span.setStyleSheet("color: #555555;")
        row.addWidget(self.span)
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
        self.delegate = EnteredDelegate(self)
        self.grid.setItemDelegateForColumn(ENTERED, self.delegate)
        self.grid.installEventFilter(self)
        self.layout_.addWidget(self.grid, 1)
        self.findings = QLabel()  # the rules between figures the month breaks, as typed
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.layout_.addWidget(self.findings)
        self.month.dateChanged.connect(self._place_changed)
        self.unit.currentIndexChanged.connect(self._place_changed)
        self.grid.itemChanged.connect(self._item_changed)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear_selected)
        self.period.changed.connect(self.ctx.notify_changed)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.grid, self.clear_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # not while a cell is being typed in
        self._loaded: dict[str, str] = {}
        self._shown: tuple[str, str] | None = None  # the (unit, month) the grid holds
        self.drafts: dict[tuple[str, str], dict[str, str]] = {}  # typed, not saved: {(unit, month): {code: text}}
        self._filling = False
        self.locked = False

    def place(self) -> tuple[str, str]:
        return self.unit.currentData(), self.month.accepted_month()

    def _place_changed(self, *_args) -> None:
        self.keep_draft()
        self.refresh()

    def keep_draft(self) -> None:
        """Remember what was typed in the grid shown (not saved yet), so that nothing typed is lost."""
        self.delegate.take_typed()
        if self._shown is None or not self._loaded:
            return
        typed = {code: self.grid.item(self.row_of(code), ENTERED).text().strip() for code in self._loaded}
        changed = {code: text for code, text in typed.items() if text != self._loaded[code]}
        if changed:
            self.drafts[self._shown] = changed
        else:
            self.drafts.pop(self._shown, None)

    def unsaved_count(self) -> int:
        """How many values are typed and not saved, over every unit and month typed in."""
        self.keep_draft()
        return sum(len(d) for d in self.drafts.values())

    def hideEvent(self, event) -> None:  # leaving the page keeps what was typed
        self.keep_draft()
        super().hideEvent(event)

    def refresh(self) -> None:
        if self._shown == self.place():
            self.keep_draft()  # the records changed elsewhere: re-read, typed values stay
        self._filling = True
        try:
            self._fill()
        finally:
            self._filling = False
        self.check_typed()

    def _fill(self) -> None:
        lang = self.ctx.lang
        month = self.month.accepted_month()
        rows = fg.figures_grid(self.ctx.store, self.unit.currentData(), month)
        self.span.setText(rp.parse_period("month", month, rp.cutoff_rule(self.ctx.store)).span(lang))
        status = self.period.show_month(self.unit.currentData(), month)
        refused = permission_reason(self.ctx.store, "records.write", lang)
        self.locked = status in periods.LOCKING or refused is not None  # a role that cannot write types nothing
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if self.locked
                                  else QAbstractItemView.EditTrigger.AllEditTriggers)
        locked_reason = self.tr("This month is locked.") if status in periods.LOCKING else None
        for button in (self.save_button, self.clear_button):
            set_available(button, refused or locked_reason)
        self.lock_line.setText(self.tr("This month is %1, so its figures are locked; a commander can reopen it "
                                       "(with a reason) to change them.").replace(
            "%1", periods.status_label(status, lang)) if status in periods.LOCKING else (refused or ""))
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
        self._shown = self.place()
        for code, text in self.drafts.get(self._shown, {}).items():
            if code in self._loaded and not self.locked:
                self.grid.item(self.row_of(code), ENTERED).setText(text)

    # --- typing
    def editable_rows(self) -> list[int]:
        return [r for r in range(self.grid.rowCount())
                if self.grid.item(r, ENTERED) is not None
                and self.grid.item(r, ENTERED).flags() & Qt.ItemFlag.ItemIsEditable]

    def next_row(self) -> None:
        """Enter: the next indicator's entered value becomes current, ready to type (group rows skipped)."""
        rows = self.editable_rows()
        later = [r for r in rows if r > self.grid.currentRow()]
        if not later:
            return
        self.grid.setCurrentCell(later[0], ENTERED)
        if not self.locked:
            self.grid.editItem(self.grid.item(later[0], ENTERED))

    def eventFilter(self, obj, event) -> bool:
        # Enter on a cell not being edited moves down too (typing a digit starts editing: AllEditTriggers)
        if (obj is self.grid and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.grid.state() != QAbstractItemView.State.EditingState):
            self.next_row()
            return True
        return super().eventFilter(obj, event)

    def _item_changed(self, item) -> None:
        if self._filling or item.column() != ENTERED:
            return
        self.check_typed()

    def value_error(self, code: str, text: str) -> str | None:
        """The core's verdict on one typed value (it names the indicator and shows the text as written)."""
        try:
            fg.check_value(code, normalise_number(text, self.ctx.lang))
        except AnttError as exc:
            return dialogs.error_text(exc)
        return None

    def check_typed(self) -> bool:
        """Mark each cell (typed not saved, refused, to look at again) and list what the month's figures break,
        as they would stand if saved now; False when something typed would be refused."""
        if not self._loaded:
            return True
        problems: list[str] = []
        marks: dict[str, str] = {}
        changed = {}
        for code, before in self._loaded.items():
            text = self.grid.item(self.row_of(code), ENTERED).text().strip()
            if text != before:
                marks[code] = DRAFT_BACKGROUND
                if text:
                    error = self.value_error(code, text)
                    if error:
                        problems.append(error)
                        marks[code] = REFUSED_BACKGROUND
                    else:
                        changed[code] = float(normalise_number(text, self.ctx.lang))
        findings = []  # the rules are checked on the values that are numbers, also beside one that is not
        if not self.locked:
            unit, month = self.place()
            try:
                findings = figure_rules.check_month(self.ctx.store, unit, month, changed, self.cleared_codes())
            except AnttError:
                findings = []
        for f in findings:
            for code in f.indicators:
                if code in self._loaded:
                    marks[code] = REFUSED_BACKGROUND if f.refuses else marks.get(code, WARNING_BACKGROUND)
        self._filling = True
        try:
            for code in self._loaded:
                item = self.grid.item(self.row_of(code), ENTERED)
                item.setBackground(QBrush(QColor(marks[code])) if code in marks else QBrush())
        finally:
            self._filling = False
        lines = problems + [f.message(self.ctx.lang) for f in findings]
        refused = bool(problems) or any(f.refuses for f in findings)
        self.findings.setStyleSheet("color: #b00020;" if refused else "color: #8a5300;")
        self.findings.setText("\n".join(lines))
        self.findings.setVisible(bool(lines))
        return not refused

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
        self.delegate.take_typed()
        if self.changed_values() or self.cleared_codes():
            return self.save()
        return True

    def save(self) -> bool:
        self.delegate.take_typed()  # Ctrl+S while a value is being typed saves that value too
        values, cleared = self.changed_values(), self.cleared_codes()
        if not values and not cleared:
            self.message.setText(self.tr("Nothing to save."))
            return False
        try:
            figure_entry.set_figures(self.ctx.store, self.unit.currentData(), self.month.month(), values, clear=cleared)
        except AnttError as exc:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(dialogs.error_text(exc))
            return False
        self.drafts.pop(self.place(), None)
        self._loaded = {}  # what was typed is now what the store holds: the refresh below must not keep it
        self._shown = None
        self.message.setStyleSheet("color: #1f5f2f;")
        self.message.setText(self.tr("Saved %Ln figure(s).", "", len(values) + len(cleared)))
        self.ctx.notify_changed()
        if not self.isVisible():
            self.refresh()
        return True
