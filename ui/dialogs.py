"""The small questions the GUI asks: error, information, confirmation. Tests replace these functions
(style.md §11), so every caller goes through them.

Errors are one clear sentence, never a traceback: an `AnttError` says its own sentence in the current
language; anything else becomes a general sentence and its traceback goes to the log only.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app.errors import AnttError
from ui.i18n import current_language
from ui.qt import QCoreApplication, QMessageBox, QWidget

log = logging.getLogger("antt.ui")


def error_text(exc: BaseException) -> str:
    """The one sentence a user sees for `exc`."""
    if isinstance(exc, AnttError):
        return exc.message(current_language())
    log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    trace = getattr(exc, "__antt_traceback__", None)
    if trace:
        log.error("in background task:\n%s", trace)
    return QCoreApplication.translate("Dialogs", "Something went wrong and the action was not completed; the data is unchanged.")


def show_error(parent: QWidget | None, exc_or_text) -> None:
    text = exc_or_text if isinstance(exc_or_text, str) else error_text(exc_or_text)
    QMessageBox.warning(parent, QCoreApplication.translate("Dialogs", "Cannot do that"), text)


def show_info(parent: QWidget | None, text: str) -> None:
    QMessageBox.information(parent, QCoreApplication.translate("Dialogs", "ANTT Logbook"), text)


def confirm(parent: QWidget | None, text: str) -> bool:
    """Ask before anything destructive; No is the default button."""
    answer = QMessageBox.question(parent, QCoreApplication.translate("Dialogs", "Please confirm"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str) -> str | None:
    """A line of text the user types, e.g. the reason for reopening a month (tests replace this): the text,
    or None when the user cancelled. An empty text is returned as it is: the core says it is needed."""
    from ui.qt import QInputDialog

    text, ok = QInputDialog.getMultiLineText(parent, title, label)
    return text if ok else None


def run_dialog(dialog) -> bool:
    """Show a modal form and say whether it was accepted (tests replace this to fill the form instead)."""
    return dialog.exec() == dialog.DialogCode.Accepted


QT_FILE_DIALOG_ENV = "ANTT_QT_FILE_DIALOG"  # "1": Qt's own file dialog even where the system has one (tests)


def choose_path(parent: QWidget | None, title: str, mode: str, start: str = "", filters: str = "") -> Path | None:
    """The one file dialog of the app: `mode` "open" (an existing file), "save" (`start` may name the file
    suggested) or "folder". The system's dialog where it has one, Qt's own with ANTT_QT_FILE_DIALOG=1 (the
    end-to-end test drives that one as a user would). The chosen path, or None when the user cancelled."""
    import os

    from ui.qt import QFileDialog

    directory, name = start, ""
    if mode == "save" and start:
        suggested = Path(start)
        directory, name = (str(suggested.parent) if suggested.parent != Path(".") else ""), suggested.name
    dialog = QFileDialog(parent, title, directory or start_folder(), filters)
    if os.environ.get(QT_FILE_DIALOG_ENV) == "1":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if mode == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    elif mode == "save":
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if name:
            dialog.selectFile(name)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return None
        chosen = dialog.selectedFiles()
        if not chosen or not chosen[0]:
            return None
        path = Path(chosen[0])
        remember_folder(path if mode == "folder" else path.parent)
        return path
    finally:
        dialog.deleteLater()


SETTINGS_LAST_FOLDER = "dialogs/last_folder"


def start_folder() -> str:
    """Where a file dialog opens when the caller names no place: the folder chosen last time, else the user's
    Documents (never the program's own folder, where a saved PDF would be lost)."""
    from ui.qt import QSettings, QStandardPaths

    last = str(QSettings().value(SETTINGS_LAST_FOLDER, "") or "")
    if last and Path(last).is_dir():
        return last
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())


def remember_folder(folder: Path) -> None:
    from ui.qt import QSettings

    QSettings().setValue(SETTINGS_LAST_FOLDER, str(folder))


def ask_save_path(parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
    """Where to save a file (tests replace this): the chosen path, or None when the user cancelled."""
    chosen = choose_path(parent, title, "save", suggested, filters)
    return str(chosen) if chosen is not None else None


def ask_printer(parent: QWidget | None):
    """The system print dialog (tests replace this): a configured QPrinter, or None when cancelled."""
    from ui.qt import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QPrintDialog.DialogCode.Accepted else None
