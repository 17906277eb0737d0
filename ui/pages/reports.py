"""Báo cáo: choose a report, the unit (with the units below it) and the period; build it off the GUI thread
with progress and Cancel; preview the PDF in the window; print it through the system dialog; save it as
PDF, .xlsx or .csv. Every report is made by `app.reports.writer.write_report`, the command line's own door.
"""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
import tempfile
from pathlib import Path

from app.domain.plans import list_plans
from app.domain.surrenders import get_surrender, list_surrenders
from app.domain.units import list_units
from app.errors import AnttError
from ui import dialogs
from ui.display import format_date
from ui.pages.base import Page
from ui.qt import (
    QComboBox, QFormLayout, QHBoxLayout, QKeySequence, QLabel, QPdfDocument, QPdfView, QPushButton, QShortcut,
    QSpinBox, QSplitter, QStackedWidget, Qt, QTimer, QVBoxLayout, QWidget,
)
from ui.report_jobs import ReportRequest, build_report, print_pdf, report_error_text
from ui.widgets import DateEdit, PeriodPicker

# What the monthly form may cover: the month picked, or the quarter, half, nine months or year it falls in.
MONTHLY_SPANS = ("month", "quarter", "half", "nine_months", "year")


def monthly_period(span: str, month: str) -> tuple[str, str] | None:
    """The period of the monthly form: None for the month itself, else the quarter, half, nine months or year
    of the month picked."""
    year, mon = int(month[:4]), int(month[5:7])
    return {"month": None, "quarter": ("quarter", f"{year}-Q{(mon - 1) // 3 + 1}"),
            "half": ("half", f"{year}-H{1 if mon <= 6 else 2}"), "nine_months": ("nine_months", str(year)),
            "year": ("year", str(year))}[span]


def year_spin(value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(2000, 2999)
    spin.setValue(value)
    spin.setGroupSeparatorShown(False)
    return spin


class ReportsPage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Reports"))
        self.today = dt.date.today()
        self.scratch = tempfile.TemporaryDirectory(prefix="antt-reports-")
        self._serial = itertools.count(1)
        self.task = None  # the build under way
        self.preview: tuple[ReportRequest, Path] | None = None  # what the viewer shows

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self._build_choices())
        split.addWidget(self._build_viewer())
        split.setStretchFactor(1, 1)
        split.setSizes([360, 900])
        self.layout_.addWidget(split, 1)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.unit.currentIndexChanged.connect(self._reload_lists)
        self.receipt_year.valueChanged.connect(self._reload_lists)
        self.build_button.clicked.connect(self.build_preview)
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        for keys, slot in (("Ctrl+Return", self.build_preview), ("F5", self.build_preview),
                           ("Ctrl+P", self.print_report), ("Ctrl+Shift+S", self.save_report)):
            QShortcut(QKeySequence(keys), self, slot)
        self._kind_changed()
        # the preview follows the choices (issue 15 §3): a change rebuilds it shortly after, so what is shown,
        # printed and saved is always the report chosen
        self.follow = QTimer(self)
        self.follow.setSingleShot(True)
        self.follow.setInterval(300)
        self.follow.timeout.connect(self._follow_choices)
        for signal in (self.kind.currentIndexChanged, self.unit.currentIndexChanged, self.receipt.currentIndexChanged,
                       self.plan.currentIndexChanged, self.year.valueChanged, self.month.dateChanged,
                       self.date_from.dateChanged, self.date_to.dateChanged):
            signal.connect(self._choices_changed)

    # --- building the widgets
    def _build_choices(self) -> QWidget:
        panel = QWidget()
        panel.setMinimumWidth(330)
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 8, 0)
        form = QFormLayout()
        self.kind = QComboBox()
        for code, text in (("monthly", self.tr("Monthly report of a unit")),
                           ("receipt", self.tr("Surrender receipt")),
                           ("models", self.tr("Register of models")),
                           ("summary", self.tr("Consolidated summary")),
                           ("ratings", self.tr("Ratings register of a year")),
                           ("plan", self.tr("Progress of a plan"))):
            self.kind.addItem(text, code)
        self.unit = QComboBox()
        for unit in list_units(self.ctx.store, under=self.ctx.home_unit):
            self.unit.addItem(f"{unit.name} ({unit.code})", unit.code)
        self.unit.setCurrentIndex(max(0, self.unit.findData(self.ctx.home_unit)))
        self.unit_note = QLabel()
        self.unit_note.setWordWrap(True)
        self.unit_note.setStyleSheet("color: #555555;")
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow("", self.unit_note)
        box.addLayout(form)

        # one panel of period fields per kind
        self.period = QStackedWidget()
        self.month = DateEdit(self.today, month_only=True)
        self.receipt_year = year_spin(self.today.year)
        self.receipt = QComboBox()
        self.receipt.setMinimumContentsLength(20)
        self.span = QComboBox()
        for code, text in zip(MONTHLY_SPANS, (self.tr("The month"), self.tr("Its quarter"),
                                              self.tr("Its 6 months (interim review)"),
                                              self.tr("9 months"), self.tr("The year (annual review)"))):
            self.span.addItem(text, code)
        self.period_picker = PeriodPicker("this_year", today=self.today)  # quarter, 6 and 9 months, year …
        self.preset, self.date_from, self.date_to = (self.period_picker.preset, self.period_picker.date_from,
                                                     self.period_picker.date_to)
        self.year = year_spin(self.today.year)
        self.plan = QComboBox()
        self.plan.setMinimumContentsLength(20)
        self._panels = {
            "monthly": [(self.tr("Month"), self.month), (self.tr("Covering"), self.span)],
            "receipt": [(self.tr("Year"), self.receipt_year), (self.tr("Receipt"), self.receipt)],
            "models": [("", QLabel(self.tr("The register as it stands today.")))],
            "summary": [(self.tr("Period"), self.period_picker)],
            "ratings": [(self.tr("Year"), self.year)],
            "plan": [(self.tr("Plan"), self.plan)],
        }
        self._panel_index = {}
        for kind, rows in self._panels.items():
            page = QWidget()
            page_form = QFormLayout(page)
            page_form.setContentsMargins(0, 0, 0, 0)
            for label, widget in rows:
                page_form.addRow(label, widget)
            self._panel_index[kind] = self.period.addWidget(page)
        box.addWidget(self.period)

        self.build_button = QPushButton(self.tr("Build and preview"))
        self.build_button.setToolTip("Ctrl+Enter")
        self.build_button.setDefault(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip("Ctrl+P")
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.setToolTip(self.tr("PDF, Excel (.xlsx) or CSV") + " · Ctrl+Shift+S")
        box.addWidget(self.build_button)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        box.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.status)
        box.addStretch(1)
        return panel

    def _build_viewer(self) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.pages_label = QLabel(self.tr("No report built yet."))
        self.fit_width = QPushButton(self.tr("Fit width"))
        self.fit_page = QPushButton(self.tr("Whole page"))
        bar.addWidget(self.pages_label, 1)
        bar.addWidget(self.fit_width)
        bar.addWidget(self.fit_page)
        box.addLayout(bar)
        self.document = QPdfDocument(self)
        self.viewer = QPdfView()
        self.viewer.setDocument(self.document)
        self.viewer.setPageMode(QPdfView.PageMode.MultiPage)
        self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.viewer.setStyleSheet("background: #7f8c99;")
        box.addWidget(self.viewer, 1)
        self.fit_width.clicked.connect(lambda: self.viewer.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.fit_page.clicked.connect(lambda: self.viewer.setZoomMode(QPdfView.ZoomMode.FitInView))
        return panel

    # --- choices
    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.period.setCurrentIndex(self._panel_index[kind])
        notes = {
            "receipt": self.tr("Receipts of this unit and the units below it."),
            "plan": self.tr("The tasks of this unit and the units below it."),
        }
        self.unit_note.setText(notes.get(kind, self.tr("This unit and every unit below it.")))
        self._reload_lists()
        self._update_buttons()

    def _reload_lists(self) -> None:
        """The receipts and plans the combos offer, for the unit and year chosen."""
        kind, store, lang = self.kind.currentData(), self.ctx.store, self.ctx.lang
        if kind == "receipt":
            keep = self.receipt.currentData()
            self.receipt.clear()
            year = self.receipt_year.value()
            from app.domain.units import subtree_codes

            rows = list_surrenders(store, subtree_codes(store, self.unit.currentData()), f"{year}-01-01",
                                   f"{year}-12-31")
            for r in reversed(rows):  # newest first
                who = r["person_name"] or self.tr("owner unknown")
                self.receipt.addItem(self.tr("No. %1 · %2 · %3").replace("%1", r["label"])
                                     .replace("%2", format_date(r["date"], lang)).replace("%3", who), r["id"])
            if keep:
                self.receipt.setCurrentIndex(max(0, self.receipt.findData(keep)))
        elif kind == "plan":
            keep = self.plan.currentData()
            self.plan.clear()
            for p in list_plans(store):
                self.plan.addItem(self.tr("No. %1 of %2: %3").replace("%1", p["number"])
                                  .replace("%2", format_date(p["date"], lang)).replace("%3", p["title"]), p["id"])
            if keep:
                self.plan.setCurrentIndex(max(0, self.plan.findData(keep)))

    def refresh(self) -> None:
        from app.domain.reporting_periods import cutoff_rule

        self.period_picker.set_rule(cutoff_rule(self.ctx.store))  # presets are reporting months (Decree 09 or calendar)
        self._reload_lists()

    def request(self) -> ReportRequest:
        """The report the choices describe."""
        kind, unit = self.kind.currentData(), self.unit.currentData()
        if kind == "monthly":
            period = monthly_period(self.span.currentData(), self.month.month())
            return ReportRequest(kind, unit, month=None if period else self.month.month(), period=period)
        if kind == "receipt":
            return ReportRequest(kind, unit, receipt_id=self.receipt.currentData())
        if kind == "summary":
            period = self.period_picker.period()
            if period:
                return ReportRequest(kind, unit, period=period)
            return ReportRequest(kind, unit, date_from=self.date_from.iso(), date_to=self.date_to.iso())
        if kind == "ratings":
            return ReportRequest(kind, unit, year=self.year.value())
        if kind == "plan":
            return ReportRequest(kind, unit, plan_id=self.plan.currentData())
        return ReportRequest(kind, unit)

    def missing_choice(self, request: ReportRequest) -> str | None:
        if request.kind == "receipt" and not request.receipt_id:
            return self.tr("There is no receipt of this unit in that year.")
        if request.kind == "plan" and not request.plan_id:
            return self.tr("There is no plan yet: add one on the Ratings and plans page.")
        return None

    def select(self, combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    # --- building
    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.is_running

    def _current_request(self) -> ReportRequest | None:
        try:
            return self.request()
        except AnttError:
            return None

    def preview_is_current(self) -> bool:
        return self.preview is not None and self.preview[0] == self._current_request()

    def _choices_changed(self, *_args) -> None:
        if self.preview is not None and not self.preview_is_current():
            self.pages_label.setText(self.tr("The choices changed: building the report chosen…"))
            self.follow.start()
        self._update_buttons()

    def _follow_choices(self) -> None:
        if self.preview_is_current() or self.preview is None:
            return
        if self.busy:  # a build is under way: look again when it may have ended
            self.follow.start()
            return
        self.build_preview()

    def _update_buttons(self) -> None:
        self.build_button.setEnabled(not self.busy)
        ready = self.preview_is_current() and not self.busy
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(not self.busy)

    def _scratch_path(self, suffix: str) -> Path:
        return Path(self.scratch.name) / f"report-{next(self._serial)}{suffix}"

    def start_build(self, request: ReportRequest, suffix: str, on_built) -> bool:
        """Build `request` as `suffix` into the scratch folder on a worker; `on_built(path)` when it is whole."""
        if self.busy:
            return False
        problem = self.missing_choice(request)
        if problem:
            self.show_status(problem, error=True)
            return False
        out = self._scratch_path(suffix)
        self.show_status(self.tr("Building the report…"))

        def done(path) -> None:
            on_built(Path(path))
            self._update_buttons()

        def failed(exc) -> None:
            self.show_status(report_error_text(exc), error=True)
            self._update_buttons()

        def cancelled() -> None:
            out.unlink(missing_ok=True)
            self.show_status(self.tr("Cancelled: no report was made."))
            self._update_buttons()

        self.task = build_report(self.ctx, request, out, self.ctx.lang,
                                 page_text=self.tr("Building the report… page %1"), on_done=done,
                                 on_failed=failed, on_cancelled=cancelled, parent=self,
                                 label=self.tr("Building the report…"))
        self._update_buttons()
        return True

    def build_preview(self) -> bool:
        try:
            request = self.request()
        except AnttError as exc:  # a date field holding text that is not a date
            self.show_status(exc.message(self.ctx.lang), error=True)
            return False
        return self.start_build(request, ".pdf", lambda path: self.show_pdf(request, path))

    def cancel_build(self) -> None:
        if self.busy:
            self.task.cancel()

    def show_pdf(self, request: ReportRequest, path: Path) -> None:
        old = self.preview
        self.document.close()
        self.document.load(str(path))
        self.preview = (request, path)
        if old is not None and old[1] != path:
            old[1].unlink(missing_ok=True)
        pages = self.document.pageCount()
        self.pages_label.setText(self.tr("%Ln page(s)", "", pages) + " · " + request.file_stem())
        self.show_status(self.tr("The report is ready: print it or save it."))

    def show_status(self, text: str, error: bool = False) -> None:
        self.status.setStyleSheet("color: #b00020;" if error else "color: #1f5f2f;")
        self.status.setText(text)

    # --- from other pages
    def open_receipt(self, receipt_id: str) -> bool:
        """Choose the receipt `receipt_id` and build its biên bản (the Giao nộp page's "Print receipt")."""
        data = get_surrender(self.ctx.store, receipt_id).data
        self.select(self.kind, "receipt")
        self.select(self.unit, data["unit_code"])
        self.receipt_year.setValue(int(data["date"][:4]))
        self._reload_lists()
        self.select(self.receipt, receipt_id)
        return self.build_preview()

    def open_plan(self, plan_id: str) -> bool:
        self.select(self.kind, "plan")
        self._reload_lists()
        self.select(self.plan, plan_id)
        return self.build_preview()

    # --- output
    def print_report(self) -> int:
        """Print what the preview shows through the system print dialog; returns the pages sent."""
        if not self.preview_is_current() or self.busy:  # never the report of earlier choices
            return 0
        printer = dialogs.ask_printer(self)
        if printer is None:
            return 0
        try:
            pages = print_pdf(self.document, printer)
        except Exception as exc:  # noqa: BLE001 - one sentence, never a traceback
            self.show_status(report_error_text(exc), error=True)
            return 0
        self.show_status(self.tr("Sent %Ln page(s) to the printer.", "", pages))
        return pages

    def save_report(self) -> bool:
        """Ask where, then save the report chosen as PDF, .xlsx or .csv (by the file's extension)."""
        if self.busy:
            return False
        try:
            request = self.request()
        except AnttError as exc:
            self.show_status(exc.message(self.ctx.lang), error=True)
            return False
        problem = self.missing_choice(request)
        if problem:
            self.show_status(problem, error=True)
            return False
        filters = ";;".join((self.tr("PDF document (*.pdf)"), self.tr("Excel workbook (*.xlsx)"),
                             self.tr("CSV table (*.csv)")))
        chosen = dialogs.ask_save_path(self, self.tr("Save the report"), request.file_stem() + ".pdf", filters)
        if not chosen:
            return False
        target = Path(chosen)
        if target.suffix.lower() not in (".pdf", ".xlsx", ".csv"):
            target = target.with_name(target.name + ".pdf")
        suffix = target.suffix.lower()
        if suffix == ".pdf" and self.preview is not None and self.preview[0] == request:
            self._deliver(self.preview[1], target, keep_source=True)  # the preview is this very report
            return True
        return self.start_build(request, suffix, lambda path: self._deliver(path, target))

    def _deliver(self, built: Path, target: Path, keep_source: bool = False) -> None:
        try:
            if keep_source:
                shutil.copyfile(built, target)
            else:
                shutil.move(str(built), str(target))
        except OSError as exc:
            self.show_status(self.tr("Could not write %1: %2").replace("%1", str(target))
                             .replace("%2", exc.strerror or str(exc)), error=True)
            return
        self.saved_path = target
        self.show_status(self.tr("Saved to %1").replace("%1", str(target)))

    def closeEvent(self, event) -> None:
        self.cancel_build()
        super().closeEvent(event)
