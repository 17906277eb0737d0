"""The month's report status on the Số liệu tháng page: the status of the shown unit's month, submitting and
reopening it (own unit), approving and returning it (a unit below), and which units submitted which months.

Every step is a call of app.domain.periods; the core refuses what the role or the status does not allow,
and the refusal is shown as its one sentence.
"""

from __future__ import annotations

import datetime as dt

from app.domain import figure_rules, periods
from app.domain.units import get_unit
from app.errors import AnttError
from ui import dialogs
from ui.display import format_date, format_number
from ui.pages.sync_common import format_stamp
from ui.qt import (
    QAbstractItemView, QBrush, QColor, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, Qt,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, Signal,
)
from ui.widgets import DateEdit, gate

STATUS_COLOURS = {
    periods.OPEN: "#5f6368", "submitted": "#1a4f8b", "approved": "#1b5e20", "returned": "#b00020",
    "reopened": "#8a4b00",
}
STATUS_FILL = {"submitted": "#dbe7f6", "approved": "#d7efd9", "returned": "#f8d7da", "reopened": "#fde7c8"}


class PeriodBar(QWidget):
    """The status line and the buttons of one unit's month. `changed` fires after a step went through."""

    changed = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unit_code: str | None = None
        self.month: str | None = None
        self.before_submit = None  # the page's hook: save pending figures first; False stops the submit
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.submit_button = QPushButton(self.tr("Submit the month"))
        self.reopen_button = QPushButton(self.tr("Reopen…"))
        self.approve_button = QPushButton(self.tr("Approve"))
        self.return_button = QPushButton(self.tr("Return…"))
        self.completeness_button = QPushButton(self.tr("Who submitted…"))
        self.signed_form_button = QPushButton(self.tr("Signed form…"))  # issue 16: the signed monthly form
        self.signed_form_button.setToolTip(self.tr("The scan of the signed monthly form, and other documents of the month"))
        row.addWidget(self.status, 1)
        for button in (self.submit_button, self.reopen_button, self.approve_button, self.return_button,
                       self.signed_form_button, self.completeness_button):
            row.addWidget(button)
        self.submit_button.clicked.connect(self.submit)
        self.reopen_button.clicked.connect(self.reopen)
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_month)
        self.completeness_button.clicked.connect(self.show_completeness)
        self.signed_form_button.clicked.connect(self.show_signed_form)

    def show_month(self, unit_code: str, month: str) -> str:
        """Show the status of `unit_code`'s `month`; returns the status."""
        self.unit_code, self.month = unit_code, month
        store, lang = self.ctx.store, self.ctx.lang
        period = periods.get_period(store, unit_code, month) or {}
        status = period.get("status", periods.OPEN)
        text = self.tr("Month %1: %2").replace("%1", periods.month_label(month)) \
            .replace("%2", periods.status_label(status, lang))
        if period.get("by"):
            text += " " + self.tr("(%1, %2)").replace("%1", period["by"]).replace("%2", format_stamp(period.get("at"), lang))
        if period.get("reason"):
            text += " — " + self.tr("reason: %1").replace("%1", period["reason"])
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {STATUS_COLOURS.get(status, '#000')}; font-weight: bold;")
        below = unit_code != self.ctx.home_unit
        starts = {action: periods.TRANSITIONS[action][0] for action in periods.TRANSITIONS}
        # shown when the month's status allows the step; disabled, with the reason, when the role does not
        self.submit_button.setVisible(status in starts["submit"])
        self.reopen_button.setVisible(status in starts["reopen"])
        self.approve_button.setVisible(below and status in starts["approve"])
        self.return_button.setVisible(below and status in starts["return"])
        for button in (self.submit_button, self.reopen_button):
            gate(button, self.ctx, "period.submit")
        for button in (self.approve_button, self.return_button):
            gate(button, self.ctx, "period.review")
        self.signed_form_button.setVisible(bool(period))  # a month is a record once it was submitted
        return status

    def _unit_name(self) -> str:
        return get_unit(self.ctx.store, self.unit_code).name

    def _step(self, call, *args) -> bool:
        try:
            call(self.ctx.store, self.unit_code, self.month, *args)
        except AnttError as exc:
            dialogs.show_error(self, exc)
            return False
        self.changed.emit()
        return True

    def submit(self) -> bool:
        if self.before_submit is not None and self.before_submit() is False:
            return False
        question = self.tr("Submit month %1 of %2? Its records are then locked until a commander reopens it.") \
            .replace("%1", periods.month_label(self.month)).replace("%2", self._unit_name())
        warnings = [f.message(self.ctx.lang) for f in figure_rules.check_month(self.ctx.store, self.unit_code,
                                                                                self.month) if not f.refuses]
        if warnings:  # soft rules do not stop a submission, but the commander sees them before saying yes
            question = self.tr("Figures to look at again:") + "\n" + "\n".join(f"- {w}" for w in warnings) \
                + "\n\n" + question
        question = self.unsigned_warning() + question
        if not dialogs.confirm(self, question):
            return False
        return self._step(periods.submit)

    def show_signed_form(self):
        """The month's attachments: the scan of the signed monthly form (issue 16)."""
        from ui.attachments_view import AttachmentsDialog

        if not self.unit_code or not periods.get_period(self.ctx.store, self.unit_code, self.month):
            return None
        title = self.tr("Documents of month %1 of %2").replace("%1", periods.month_label(self.month)) \
            .replace("%2", self._unit_name())
        dialog = AttachmentsDialog(self.ctx, periods.period_doc_id(self.unit_code, self.month), "period", title, self)
        dialog.panel.kind.setCurrentIndex(dialog.panel.kind.findData("signed"))
        dialog.show()
        return dialog

    def unsigned_warning(self) -> str:
        """Issue 16: the month's receipts that still lack their signed copy, named before submitting (a warning:
        the paper may follow; attaching it later is allowed in a submitted month)."""
        from app.domain.attachments import unsigned_in_month

        missing = unsigned_in_month(self.ctx.store, self.unit_code, self.month)
        if not missing:
            return ""
        listed = ", ".join(f"{r['number']} ({format_date(r['date'])})" for r in missing[:20])
        if len(missing) > 20:
            listed += ", …"
        return self.tr("%n receipt(s) of this month still lack their signed copy: %1.", "", len(missing)) \
            .replace("%1", listed) + "\n\n"

    def reopen(self) -> bool:
        reason = dialogs.ask_text(self, self.tr("Reopen the month"), self.tr(
            "Why is month %1 reopened? The reason is kept with the month.").replace(
            "%1", periods.month_label(self.month)))
        if reason is None:
            return False
        return self._step(periods.reopen, reason)

    def approve(self) -> bool:
        return self._step(periods.approve)

    def return_month(self) -> bool:
        reason = dialogs.ask_text(self, self.tr("Return the month"), self.tr(
            "Why is month %1 of %2 returned? The unit reads this reason.").replace(
            "%1", periods.month_label(self.month)).replace("%2", self._unit_name()))
        if reason is None:
            return False
        return self._step(periods.return_month, reason)

    def show_completeness(self) -> "CompletenessDialog":
        dialog = CompletenessDialog(self.ctx, self.month, self)
        dialog.show()
        return dialog


def months_back(month: str, count: int) -> str:
    y, m = int(month[:4]), int(month[5:]) - (count - 1)
    while m < 1:
        y, m = y - 1, m + 12
    return f"{y:04d}-{m:02d}"


class CompletenessDialog(QDialog):
    """Units × months: who submitted which months (the units that report, under this installation's unit)."""

    def __init__(self, ctx, month: str | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Who submitted which months"))
        self.resize(960, 520)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        last = month or dt.date.today().strftime("%Y-%m")
        self.month_from = DateEdit(months_back(last, 12) + "-01", month_only=True)
        self.month_to = DateEdit(last + "-01", month_only=True)
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.month_from)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.month_to)
        row.addStretch(1)
        layout.addLayout(row)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.month_from.dateChanged.connect(self.refresh)
        self.month_to.dateChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        lang = self.ctx.lang
        try:
            data = periods.completeness(self.ctx.store, self.month_from.accepted_month(), self.month_to.accepted_month())
        except AnttError as exc:
            self.message.setText(dialogs.error_text(exc))
            self.table.setRowCount(0)
            return
        self.data = data
        self.message.setText("")
        months, units = data["months"], data["units"]
        self.table.setColumnCount(len(months))
        self.table.setRowCount(len(units) + 1)
        self.table.setHorizontalHeaderLabels([periods.month_label(m) for m in months])
        self.table.setVerticalHeaderLabels([f"{u['name']} ({u['code']})" for u in units] + [self.tr("Submitted")])
        for r, unit in enumerate(units):
            for c, month in enumerate(months):
                status = unit["statuses"][month]
                item = QTableWidgetItem(periods.status_label(status, lang))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setForeground(QBrush(QColor(STATUS_COLOURS.get(status, "#000"))))
                if status in STATUS_FILL:
                    item.setBackground(QBrush(QColor(STATUS_FILL[status])))
                self.table.setItem(r, c, item)
        for c, month in enumerate(months):
            item = QTableWidgetItem(f"{format_number(data['submitted'][month], lang)}/{format_number(data['due'][month], lang)}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(len(units), c, item)
        self.table.resizeColumnsToContents()
