"""Small widgets every form uses: dates typed and shown dd/mm/yyyy but read as ISO, numbers typed the Vietnamese way,
combo boxes of the core's closed lists."""

from __future__ import annotations

import datetime as dt

from app.domain import periods, vocab
from app.errors import ValidationError
from ui.display import format_number, normalise_number, parse_typed_date
from ui.qt import (
    QCalendarWidget, QComboBox, QDate, QEvent, QHBoxLayout, QLineEdit, QObject, Qt, QTimer, QToolButton, QWidget,
    Signal,
)

ERROR_STYLE = "border: 1px solid #b00020; background: #fdecee;"


class DateEdit(QWidget):
    """The one date field of the app: shows dd/mm/yyyy (mm/yyyy with `month_only`), takes a date typed whole
    (10/05/2024, also 1/5/2024) or picked on the calendar popup (the button, Alt+Down or F4), and gives ISO text
    to the core through `iso()` / `month()`.

    Qt's QDateEdit types digit by digit into sections, so typing 10/05/2024 over a selected date could leave
    07/05/2024 without a word (issue 15). Here the text is read as a whole: a text that is not a real date turns
    the field red with the reason in its tooltip, `dateChanged` stays silent, and `iso()` refuses (raises the
    one-sentence ValidationError a form shows) instead of handing on the last good date."""

    dateChanged = Signal(str)  # the new ISO date ('YYYY-MM-DD'), emitted only for a real, changed date

    def __init__(self, value: str | dt.date | None = None, parent=None, month_only: bool = False,
                 field: str = "date") -> None:
        super().__init__(parent)
        self.month_only, self.field = month_only, field
        self._date: dt.date | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("mm/yyyy") if month_only else self.tr("dd/mm/yyyy"))
        self.line.setMaxLength(16)
        self.line.setMinimumWidth(self.line.fontMetrics().horizontalAdvance("00/00/0000") + 12)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose on a calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.setAutoRaise(True)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.calendar: QCalendarWidget | None = None
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)
        self.button.clicked.connect(self.show_calendar)
        self.line.installEventFilter(self)
        self.set_iso(value or dt.date.today().isoformat())

    # --- reading
    def error(self) -> str | None:
        """The sentence refusing the text as it stands, or None when it is a real date."""
        if self._parse() is not None:
            return None
        key = "bad_typed_month" if self.month_only else "bad_typed_date"
        return ValidationError(key, field=self.field, value=self.line.text().strip()).message()

    def iso(self) -> str:
        """The date as 'YYYY-MM-DD'; raises ValidationError (its sentence names the typed text) when the field
        holds something that is not a date: a form must not save the date that was there before."""
        value = self._parse()
        if value is None:
            key = "bad_typed_month" if self.month_only else "bad_typed_date"
            raise ValidationError(key, field=self.field, value=self.line.text().strip())
        return value.isoformat()

    def month(self) -> str:
        return self.iso()[:7]

    def accepted_iso(self) -> str:
        """The last real date the field held: what a list filtered by it keeps showing while the officer is
        still typing (the field is red meanwhile). Forms that save use `iso()`, which refuses."""
        return self._date.isoformat()

    def accepted_month(self) -> str:
        return self.accepted_iso()[:7]

    def text(self) -> str:
        return self.line.text()

    def date_value(self) -> dt.date | None:
        return self._parse()

    # --- writing
    def set_iso(self, value) -> None:
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        day = dt.date.fromisoformat(text[:10] if len(text) >= 10 else text[:7] + "-01")
        self.line.setText(self._display(day))
        self._accept(day)

    def _display(self, day: dt.date) -> str:
        return day.strftime("%m/%Y") if self.month_only else day.strftime("%d/%m/%Y")

    def _parse(self) -> dt.date | None:
        return parse_typed_date(self.line.text(), self.month_only)

    def _accept(self, day: dt.date) -> None:
        self._show_error(None)
        if day != self._date:
            self._date = day
            self.dateChanged.emit(day.isoformat())

    def _show_error(self, message: str | None) -> None:
        self.line.setStyleSheet(ERROR_STYLE if message else "")
        self.line.setToolTip(message or "")
        self.setProperty("invalid", bool(message))

    def _typed(self, _text: str) -> None:
        day = self._parse()
        if day is not None:
            self._accept(day)
        else:  # half typed: red, with the reason, until it is a date
            self._show_error(self.error())

    def _finished(self) -> None:
        day = self._parse()
        if day is not None:  # 1/5/2024 is shown as 01/05/2024 once the officer leaves the field
            self.line.setText(self._display(day))
            self._accept(day)
        else:
            self._show_error(self.error())

    # --- the calendar popup
    def eventFilter(self, obj, event) -> bool:
        if obj is self.line and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            if key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and mods & Qt.KeyboardModifier.AltModifier):
                self.show_calendar()
                return True
        return super().eventFilter(obj, event)

    def show_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setGridVisible(True)
            self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
            self.calendar.clicked.connect(self._picked)
            self.calendar.activated.connect(self._picked)
        day = self._parse() or self._date or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        self.calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, qdate) -> None:
        self.calendar.hide()
        self.set_iso(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.line.setFocus()


class PeriodPicker(QWidget):
    """The one way a period is chosen (issue 15 §4): a preset (this month, quarter, 6 months, 9 months, year,
    … app/domain/periods.PERIOD_PRESETS) or dates of one's own, in two DateEdits. `changed` fires once per new
    range; `iso_range()` gives ('YYYY-MM-DD', 'YYYY-MM-DD') and refuses dates that are not dates."""

    changed = Signal()

    def __init__(self, preset: str = "this_year", parent=None, today: dt.date | None = None,
                 horizontal: bool = False, rule: str = "calendar") -> None:
        super().__init__(parent)
        from ui.qt import QGridLayout, QLabel

        self.today = today or dt.date.today()
        self.rule = rule  # the installation's cut-off (reporting_periods.cutoff_rule): set_rule() once the store is known
        labels = {
            "this_month": self.tr("This month"), "last_month": self.tr("Last month"),
            "this_quarter": self.tr("This quarter"), "last_quarter": self.tr("Last quarter"),
            "six_months": self.tr("6 months of this year"), "nine_months": self.tr("9 months of this year"),
            "this_year": self.tr("This year"), "last_year": self.tr("Last year"),
            "five_years": self.tr("The last five years"), "custom": self.tr("Dates I choose"),
        }
        self.preset = QComboBox()
        # long Vietnamese labels ("6 tháng đầu năm nay") must not widen a filter bar past a laptop's screen
        self.preset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset.setMinimumContentsLength(7)
        for code in periods.PERIOD_PRESETS:
            self.preset.addItem(labels[code], code)
        self.date_from, self.date_to = DateEdit(self.today), DateEdit(self.today)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        row, col = (0, 1) if horizontal else (1, 0)  # one line in a filter bar, two in a form
        grid.addWidget(self.preset, 0, 0, 1, 1 if horizontal else 3)
        grid.addWidget(self.date_from, row, col)
        grid.addWidget(QLabel("–"), row, col + 1)
        grid.addWidget(self.date_to, row, col + 2)
        self._quiet = False
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.date_from.dateChanged.connect(self._dates_changed)
        self.date_to.dateChanged.connect(self._dates_changed)
        self.set_preset(preset)

    def set_preset(self, preset: str) -> None:
        index = self.preset.findData(preset)
        if index == self.preset.currentIndex():
            self._preset_changed()
        else:
            self.preset.setCurrentIndex(index)

    def set_rule(self, rule: str) -> None:
        """Reporting months under `rule` from now on (the store's cut-off may be read after the widget is built)."""
        if rule != self.rule:
            self.rule = rule
            self._preset_changed()

    def period(self) -> tuple[str, str] | None:
        """The reporting period the preset names, for a form's heading; None for plain dates."""
        return periods.preset_period(self.preset.currentData(), self.today, self.rule)

    def _preset_changed(self, *_args) -> None:
        dates = periods.preset_range(self.preset.currentData(), self.today, self.rule)
        if dates is not None:
            self._quiet = True  # two dates, one change
            try:
                self.date_from.set_iso(dates[0])
                self.date_to.set_iso(dates[1])
            finally:
                self._quiet = False
        self.changed.emit()

    def _dates_changed(self, *_args) -> None:
        if self._quiet:
            return
        if periods.preset_range(self.preset.currentData(), self.today, self.rule) is not None:
            self.preset.blockSignals(True)  # a date typed makes the period the officer's own
            self.preset.setCurrentIndex(self.preset.findData("custom"))
            self.preset.blockSignals(False)
        self.changed.emit()

    def iso_range(self) -> tuple[str, str]:
        return self.date_from.iso(), self.date_to.iso()

    def accepted_range(self) -> tuple[str, str]:
        return self.date_from.accepted_iso(), self.date_to.accepted_iso()


class NumberEdit(QLineEdit):
    """A line for a number typed as officers write it (8,1 / 2.028); `text_for_core()` is plain '8.1'."""

    def __init__(self, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def set_number(self, value) -> None:
        self.setText(format_number(value, self.lang) if value not in (None, "") else "")

    def text_for_core(self) -> str | None:
        text = normalise_number(self.text(), self.lang)
        return text or None


def set_available(target, reason: str | None) -> None:
    """Enable `target` (a button or a QAction), or disable it with `reason` as its tooltip: an officer learns
    why an action is out of reach before filling a form for it, not after (issue 15 §3). The tooltip the
    target had (a shortcut) comes back when it is enabled again."""
    base = target.property("antt_base_tooltip")
    if base is None:
        base = target.toolTip() or ""
        target.setProperty("antt_base_tooltip", base)
    target.setEnabled(reason is None)
    target.setProperty("antt_reason", reason or "")
    target.setToolTip(base if reason is None else (f"{reason} ({base})" if base else reason))


def permission_reason(store, permission: str, lang: str) -> str | None:
    """The core's sentence refusing `permission` to whoever is logged in, or None when it is allowed."""
    from app.security.permissions import refusal

    refused = refusal(store, permission)
    return refused.message(lang) if refused is not None else None


def gate(target, ctx, permission: str, *others: str | None) -> None:
    """`set_available` by the permission matrix (app/security/permissions.py), then by the first of `others`
    that is not None (e.g. "Choose a receipt first"): the permission's reason wins."""
    reason = permission_reason(ctx.store, permission, ctx.lang) if permission else None
    set_available(target, reason or next((o for o in others if o), None))


def explain_if_disabled(parent, button) -> bool:
    """For a shortcut of a disabled button (Ctrl+N, Delete): True, after saying why in a dialog, instead of
    opening a form the role could not save."""
    if button.isEnabled():
        return False
    from ui import dialogs

    dialogs.show_error(parent, button.property("antt_reason") or button.toolTip())
    return True


def vocab_combo(kind: str, lang: str, *, with_all: str | None = None, parent=None) -> QComboBox:
    """A combo of one closed list; with `with_all`, a first entry (data None) meaning "any"."""
    combo = QComboBox(parent)
    # long Vietnamese labels would otherwise make the combo as wide as the longest one
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    if with_all is not None:
        combo.addItem(with_all, None)
    for entry in vocab.entries(kind):
        combo.addItem(entry[lang], entry["code"])
    return combo


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _show_sorted_section(header, model) -> None:
    """The header's arrow back on the column the rows are sorted by (a click on another asked for a sort refused)."""
    shown = model.sorted_section()
    if shown is not None:
        header.blockSignals(True)  # the order has not changed: nothing to sort again
        try:
            header.setSortIndicator(*shown)
        finally:
            header.blockSignals(False)


class FirstPaint(QObject):
    """Work that can wait for a widget's first paint (a list's count, anchors and totals, read on workers): run at
    once while the widget is not being shown, else just after its first paint. A worker's thread started before it
    took Python's lock from the paint, and its start cost the GUI thread too (the receipts page's open,
    bench/bench_ui.py). A widget shown but not painted after FALLBACK_MS (a minimised window) runs it then; one
    hidden before its first paint runs it at the paint of its next show."""

    FALLBACK_MS = 300

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self.painted = False
        self._waiting: list = []
        self._armed = False
        widget.installEventFilter(self)

    def then(self, work) -> None:
        if self.painted or not self._widget.isVisible():
            work()
            return
        if work not in self._waiting:  # the same totals asked twice before the paint: read once
            self._waiting.append(work)
        if not self._armed:
            self._armed = True
            QTimer.singleShot(self.FALLBACK_MS, self, self._fallback)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after this paint, not before it
        return False

    def _fallback(self) -> None:
        self._armed = False
        if self._widget.isVisible():
            self._run()

    def _run(self) -> None:
        waiting, self._waiting = self._waiting, []
        for work in waiting:
            work()


def table_view(model, sort_column: int = 0, descending: bool = False):
    """A QTableView as every list of the app has it: whole rows selected, compact rows, sortable headers."""
    from ui.qt import QAbstractItemView, QTableView

    view = QTableView()
    view.first_paint = FirstPaint(view.viewport())
    if hasattr(model, "first_paint"):  # a paged model starts its count after the view's first paint
        model.first_paint = view.first_paint
    view.setModel(model)
    # The indicator first: enabling sorting sorts by it, and a paged model re-reads its first page at every sort
    # (the header's default, column 0 descending, then ours: two model resets before the first paint).
    view.horizontalHeader().setSortIndicator(
        sort_column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    # A new order shows its first rows. Kept where it was, the view would paint rows far down a new order whose
    # anchors are not read yet: an OFFSET walk from the top before the paint (40-80 ms at the middle of 400,000
    # receipts, bench/bench_ui.py). A column that cannot be sorted keeps the rows where they are, and the header's
    # arrow stays on the column that orders them.
    model.resorted.connect(view.scrollToTop)
    model.sortRefused.connect(lambda _section: _show_sorted_section(view.horizontalHeader(), model))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    return view
