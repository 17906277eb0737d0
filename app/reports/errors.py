"""Refusals of the reports: one message key each, one clear sentence in Vietnamese and English.

The sentences join the core catalogue (`app.i18n.MESSAGES`) at import, as the sync layer's do, so the
CLI prints them in the language of `--lang` and the GUI's dialogs show them like any other refusal.
A report refused or failed leaves no file behind and changes nothing in the store.
"""

from __future__ import annotations

import errno
from pathlib import Path

from app.errors import AnttError
from app.i18n import add_messages

REPORT_MESSAGES: dict[str, dict[str, str]] = {
    "report_unknown_kind": {
        "vi": "Không có loại báo cáo “{kind}”: chọn một trong {kinds}.",
        "en": "There is no report “{kind}”: choose one of {kinds}.",
    },
    "report_bad_format": {
        "vi": "Không hỗ trợ định dạng “{ext}”: hãy dùng .pdf, .xlsx hoặc .csv.",
        "en": "The format “{ext}” is not supported: use .pdf, .xlsx or .csv.",
    },
    "report_needs_receipt": {
        "vi": "Cần mã biên bản (ID) để in biên bản tiếp nhận.",
        "en": "The receipt's id is needed to print its receipt.",
    },
    "report_needs_month": {
        "vi": "Báo cáo định kỳ cần đơn vị (--unit) và kỳ báo cáo: --month YYYY-MM, --quarter 2026-Q4, "
              "--half 2026-H1, --nine-months 2026, --year 2026, hoặc --from và --to (YYYY-MM-DD).",
        "en": "A periodic report needs a unit (--unit) and a period: --month YYYY-MM, --quarter 2026-Q4, "
              "--half 2026-H1, --nine-months 2026, --year 2026, or --from and --to (YYYY-MM-DD).",
    },
    "report_needs_dates": {
        "vi": "Báo cáo tổng hợp cần kỳ báo cáo: --year 2026, --half 2026-H1, --nine-months 2026, --quarter 2026-Q4, "
              "--month YYYY-MM, hoặc ngày bắt đầu (--from) và ngày kết thúc (--to), dạng YYYY-MM-DD.",
        "en": "A summary needs a period: --year 2026, --half 2026-H1, --nine-months 2026, --quarter 2026-Q4, "
              "--month YYYY-MM, or a start date (--from) and an end date (--to), as YYYY-MM-DD.",
    },
    "report_needs_year": {
        "vi": "Sổ xếp loại cần năm (--year, gồm 4 chữ số, ví dụ 2025).",
        "en": "The ratings register needs a year (--year, four digits, e.g. 2025).",
    },
    "report_needs_plan": {
        "vi": "Cần mã kế hoạch (--plan) để lập báo cáo tiến độ.",
        "en": "The plan's id (--plan) is needed for its progress report.",
    },
    "report_needs_unit": {
        "vi": "Cần chọn đơn vị (--unit) để lập báo cáo này.",
        "en": "Choose a unit (--unit) for this report.",
    },
    "report_not_made": {
        "vi": "Không lập được báo cáo: {reason}",
        "en": "The report could not be made: {reason}",
    },
    "report_folder_missing": {
        "vi": "Không có thư mục {path}; hãy chọn thư mục khác để lưu báo cáo.",
        "en": "There is no folder {path}; choose another folder for the report.",
    },
    "report_write_readonly": {
        "vi": "Không ghi được vào {path} (chỉ đọc hoặc không có quyền ghi); hãy chọn nơi lưu khác.",
        "en": "Cannot write to {path} (read-only or no permission); choose another place.",
    },
    "report_write_full": {
        "vi": "Không đủ chỗ trống để ghi {path}; báo cáo chưa được lưu.",
        "en": "There is not enough free space to write {path}; the report was not saved.",
    },
    "report_write_failed": {
        "vi": "Không ghi được tệp {path}: {reason}.",
        "en": "The file {path} could not be written: {reason}.",
    },
    "report_printer": {
        "vi": "Không mở được máy in đã chọn.",
        "en": "The chosen printer could not be opened.",
    },
}

add_messages(REPORT_MESSAGES)


class ReportError(AnttError):
    """A report that cannot be made as asked; nothing was written."""


def write_error(exc: OSError, out: Path) -> ReportError:
    """What a user can cause when a report is saved: a missing folder, a read-only stick, a full disk."""
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return ReportError("report_folder_missing", path=str(out.parent))
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return ReportError("report_write_readonly", path=str(out.parent))
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return ReportError("report_write_full", path=str(out))
    return ReportError("report_write_failed", path=str(out), reason=exc.strerror or type(exc).__name__)
