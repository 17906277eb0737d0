"""Building a report off the GUI thread and printing a built PDF: what the Báo cáo page (and the pages that
print from a record) share.

`build_report` runs `app.reports.writer.write_report` — the command line's own door — on a worker with a store
of its own. Cancel is real: SQLite's progress handler interrupts a long query, and the layout's page hook
stops reportlab between pages; `write_report` then leaves no half-written file. Output always goes to a
file in the page's scratch folder first; the caller moves it where the user asked only once it is whole.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from app.reports.errors import ReportError
from ui.dialogs import error_text
from ui.tasks import Cancelled, Task, run_store_task

# how often (in SQLite virtual-machine steps) a running query looks at the cancel flag
INTERRUPT_STEPS = 20000
# a printer is fed images of the pages; 300 dpi is as sharp as office laser printers print text
PRINT_DPI_CAP = 300


@dataclass(frozen=True)
class ReportRequest:
    """What to build: the kind (app.reports.writer.KINDS) and the arguments `write_report` takes for it."""

    kind: str
    unit: str | None = None
    month: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    receipt_id: str | None = None
    year: int | None = None
    plan_id: str | None = None
    period: tuple[str, str] | None = None  # ("half", "2026-H1"): a reporting period (app.domain.reporting_periods)

    def kwargs(self) -> dict:
        return {k: v for k, v in dataclasses.asdict(self).items() if k != "kind" and v is not None}

    def file_stem(self) -> str:
        """A file name an officer recognises: 'bao-cao-thang-CAX-DD-2025-03'."""
        names = {"monthly": "bao-cao-thang", "receipt": "bien-ban-tiep-nhan", "models": "danh-sach-mo-hinh",
                 "summary": "bao-cao-tong-hop", "ratings": "so-xep-loai", "plan": "tien-do-ke-hoach"}
        parts = [names.get(self.kind, self.kind), self.unit or ""]
        if self.period:
            parts += [{"quarter": "quy", "half": "6-thang", "nine_months": "9-thang", "year": "nam"}.get(
                self.period[0], self.period[0]), self.period[1]]
        elif self.kind == "monthly":
            parts.append(self.month or "")
        elif self.kind == "summary":
            parts += [self.date_from or "", self.date_to or ""]
        elif self.kind == "ratings":
            parts.append(str(self.year or ""))
        return "-".join(p for p in parts if p)


def report_error_text(exc: BaseException) -> str:
    """The sentence for a failed build (a ReportError is an AnttError: its sentence in the app's language)."""
    return error_text(exc)


def build_report(gui, request: ReportRequest, out: Path, lang: str, *, page_text: str = "",
                 on_done: Callable[[Path], None] | None = None, on_failed=None, on_cancelled=None,
                 parent=None, label: str | None = None) -> Task:
    """Write `request` to `out` on a worker acting as the user logged in on `gui` (the page's context).
    `page_text` ('… page %1') labels the progress dialog."""

    def work(store, ctx) -> Path:
        from app.reports import layout
        from app.reports.writer import write_report

        def page_done(page: int) -> None:
            ctx.check()
            ctx.progress(page, 0, page_text.replace("%1", str(page)) if page_text else "")

        # runs on the worker: only this task's own store, never a widget
        store.conn.set_progress_handler(lambda: 1 if ctx.cancelled else 0, INTERRUPT_STEPS)
        try:
            with layout.on_each_page(page_done):
                return write_report(store, request.kind, out, lang=lang, **request.kwargs())
        except (sqlite3.OperationalError, ReportError):
            if ctx.cancelled:
                raise Cancelled() from None
            raise

    return run_store_task(gui, work, read_only=True, on_done=on_done, on_failed=on_failed,
                          on_cancelled=on_cancelled, parent=parent, label=label)


def print_pdf(document, printer) -> int:
    """Paint every page of a loaded QPdfDocument onto `printer`, each page on its own sheet, at most
    PRINT_DPI_CAP dots per inch (a 1200-dpi page image would take half a gigabyte). Returns the pages printed.
    The PDF carries its own margins, so the printer paints the full sheet."""
    from ui.qt import QPageLayout, QPainter, QRectF, QSize

    pages = document.pageCount()
    if pages <= 0:
        return 0
    printer.setFullPage(True)

    def orient(index: int) -> None:
        size = document.pagePointSize(index)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape if size.width() > size.height()
                                   else QPageLayout.Orientation.Portrait)

    orient(0)
    painter = QPainter()
    if not painter.begin(printer):
        raise ReportError("report_printer")
    try:
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        for index in range(pages):
            if index:
                orient(index)
                printer.newPage()
            points = document.pagePointSize(index)
            target = QRectF(painter.viewport())
            scale = min(target.width() / points.width(), target.height() / points.height())
            image = document.render(index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72)))
            painter.drawImage(QRectF(target.x(), target.y(), points.width() * scale, points.height() * scale),
                              image)
    finally:
        painter.end()
    return pages
