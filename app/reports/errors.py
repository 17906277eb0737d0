"""Refusals of the reports: one message key each, one clear sentence in Vietnamese and English.

The sentences are in the core's message catalogue (resources/locale/*/LC_MESSAGES/antt.po), so the CLI
prints them in the language of `--lang` and the GUI's dialogs show them like any other refusal.
A report refused or failed leaves no file behind and changes nothing in the store.
"""

from __future__ import annotations

import errno
from pathlib import Path

from app.errors import AnttError
from app.i18n import add_messages

# The reports' refusals are in the message catalogue (resources/locale/*/LC_MESSAGES/antt.po, issue 19
# item 8). Add new ones there: an entry left here still works but a test names it until
# tools/update_messages.py moves it.
REPORT_MESSAGES: dict[str, dict[str, str]] = {}

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
