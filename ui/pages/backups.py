"""The backups tab of Cài đặt: the automatic backups, how many of each kind to keep, a copy to a USB stick,
and restoring a backup file after showing what it holds.

A copy to a folder outside the data folder (a USB stick) is sealed with a passphrase typed twice in the backup
dialog; restoring a sealed file asks its passphrase once (`BackupsPanel.ask_passphrase`, which tests replace).

A restore replaces the store file, so the GUI's own connection is closed first and the work (copy, checks,
the copy of the current data kept as a backup, the swap) runs on a worker with its own connection; the GUI
then opens the file again on the same Store object (AppContext.reopen_store), or, when the restore was
refused, opens the unchanged file again with the same login.
"""

from __future__ import annotations

from pathlib import Path

from app.errors import AnttError
from app.security import backups, sealed_backup
from app.security.permissions import accounts_enabled, require
from ui import dialogs, drives
from ui.account_forms import password_edit
from ui.display import format_number
from ui.pages.sync_common import format_bytes, format_stamp, sentence_label, set_sentence
from ui.qt import (
    QT_TRANSLATE_NOOP, QAbstractItemView, QCoreApplication, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QPushButton, QSpinBox, Qt, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)
from ui.tasks import run_store_task, run_task
from ui.widgets import gate, set_available

KIND_NAMES = {
    "daily": QT_TRANSLATE_NOOP("Backups", "Daily"),
    "migration": QT_TRANSLATE_NOOP("Backups", "Before a data upgrade"),
    "import": QT_TRANSLATE_NOOP("Backups", "Before an import"),
    "restore": QT_TRANSLATE_NOOP("Backups", "Before a restore"),
    "manual": QT_TRANSLATE_NOOP("Backups", "Made by hand"),
    "other": QT_TRANSLATE_NOOP("Backups", "Other"),
}
BACKUP_FILTER = QT_TRANSLATE_NOOP("Backups", "ANTT backups (*.anttbackup *.sqlite);;All files (*)")


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("Backups", KIND_NAMES.get(kind, KIND_NAMES["other"]))


class BackupsPanel(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task = None
        self.passphrase: str | None = None  # of the sealed file being checked, for the restore that follows
        layout = QVBoxLayout(self)

        auto = QGroupBox(self.tr("Automatic backups"))
        box = QVBoxLayout(auto)
        box.addWidget(QLabel(self.tr("Taken by themselves: every day on the first start, before every import and "
                                     "before every data upgrade.")))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Size")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Keep the last")))
        self.keep = QSpinBox()
        self.keep.setRange(1, 99)
        row.addWidget(self.keep)
        row.addWidget(QLabel(self.tr("of each kind")))
        self.save_keep = QPushButton(self.tr("Save"))
        row.addWidget(self.save_keep)
        row.addStretch(1)
        self.restore_selected = QPushButton(self.tr("Restore this backup…"))
        row.addWidget(self.restore_selected)
        box.addLayout(row)
        layout.addWidget(auto, 1)

        manual = QGroupBox(self.tr("Back up and restore by hand"))
        row = QHBoxLayout(manual)
        self.backup_button = QPushButton(self.tr("Back up to…"))
        self.restore_button = QPushButton(self.tr("Restore from a file…"))
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        layout.addWidget(manual)
        self.message = sentence_label()
        layout.addWidget(self.message)

        self.save_keep.clicked.connect(self.set_keep)
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button.clicked.connect(self.restore_from_file)
        self.restore_selected.clicked.connect(self.restore_from_list)
        self.table.itemSelectionChanged.connect(self._update)
        self.refresh()

    def refresh(self) -> None:
        store = self.ctx.store
        self.keep.setValue(backups.keep_count(store))
        self.rows = backups.list_backups(store)
        self.table.setRowCount(len(self.rows))
        for r, b in enumerate(self.rows):
            cells = [format_stamp(b["modified"], self.ctx.lang), kind_name(b["kind"]), format_bytes(b["size"], self.ctx.lang)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(b["path"])
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        self._update()

    def _update(self) -> None:
        """Backing up and restoring are the administrator's: disabled with the reason for other roles, before a
        file or drive is chosen (issue 15 §3)."""
        if self.task is not None and self.task.is_running:  # the store may be closed for a restore: not asked
            busy = self.tr("A backup or restore is under way.")
            for button in (self.backup_button, self.save_keep, self.restore_button, self.restore_selected):
                set_available(button, busy)
            return
        gate(self.backup_button, self.ctx, "backup")
        gate(self.save_keep, self.ctx, "backup")
        gate(self.restore_button, self.ctx, "restore")
        none = None if self.table.selectionModel().selectedRows() else self.tr("Choose a backup in the list first.")
        gate(self.restore_selected, self.ctx, "restore", none)

    # --- settings and copies
    def set_keep(self) -> None:
        try:
            keep = backups.set_keep_count(self.ctx.store, self.keep.value())
        except AnttError as exc:
            dialogs.show_error(self, exc)
            self.keep.setValue(backups.keep_count(self.ctx.store))
            return
        set_sentence(self.message, self.tr("The last %1 automatic backups of each kind are kept.")
                     .replace("%1", format_number(keep, self.ctx.lang)))

    def back_up(self) -> None:
        dialog = BackupDialog(self.ctx, self)
        dialogs.run_dialog(dialog)
        if dialog.written is not None:
            set_sentence(self.message, dialog.message.text())

    # --- restoring
    def restore_from_file(self) -> None:
        file = drives.ask_open_file(self, self.tr("Backup file to restore"), QCoreApplication.translate(
            "Backups", BACKUP_FILTER))
        if file is not None:
            self.check_file(file)

    def restore_from_list(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.check_file(Path(self.rows[rows[0].row()]["path"]))

    def ask_passphrase(self, file: Path) -> str | None:
        """The passphrase of a sealed backup, typed once (tests replace this); None when cancelled."""
        text, ok = QInputDialog.getText(self, self.tr("Encrypted backup"),
                                        self.tr("Passphrase of the backup %1:").replace("%1", file.name),
                                        QLineEdit.EchoMode.Password)
        return text if ok else None

    def check_file(self, file: Path) -> None:
        """Check the file on a worker (a copy, integrity, schema, the whole check), then ask."""
        set_sentence(self.message, "")
        self.passphrase = None
        if backups.is_encrypted(file):
            self.passphrase = self.ask_passphrase(file)
            if self.passphrase is None:
                set_sentence(self.message, self.tr("Not restored: the data is unchanged."))
                return
        passphrase = self.passphrase
        self.task = run_task(lambda _t: backups.check_backup_file(file, passphrase), on_done=self._checked,
                             on_failed=self._refused, parent=self, label=self.tr("Checking the backup…"),
                             cancellable=False)
        self._update()

    def _checked(self, info: backups.BackupInfo) -> None:
        self._update()
        other = self.ctx.store.home_unit is not None and info.device_id != self.ctx.store.device_id
        if not dialogs.run_dialog(RestoreConfirmDialog(self.ctx, info, other, self)):
            set_sentence(self.message, self.tr("Not restored: the data is unchanged."))
            return
        self.restore(info.path, other, self.passphrase)

    def _refused(self, exc: BaseException) -> None:
        self._update()
        set_sentence(self.message, dialogs.error_text(exc), error=True)
        dialogs.show_error(self, exc)

    def restore(self, file: Path, from_other_device: bool = False, passphrase: str | None = None) -> None:
        store = self.ctx.store
        try:
            require(store, "restore")
        except AnttError as exc:
            self._refused(exc)
            return
        db_path = self.ctx.db_path
        store.close()  # the file is about to be replaced: no connection of the GUI may stay on it

        def work(own, _t):  # worker: its own connection, acting as the logged-in user (run_store_task)
            restored, info, kept = backups.restore(db_path, file, store=own, from_other_device=from_other_device,
                                                   passphrase=passphrase)
            restored.close()
            return info, kept  # run_store_task closes `own`: closed already when the restore went through

        self.task = run_store_task(self.ctx, work, on_done=self._restored, on_failed=self._restore_failed,
                                   parent=self, label=self.tr("Restoring…"), cancellable=False, min_duration_ms=0)
        self._update()

    def _restored(self, result) -> None:
        info, kept = result
        self.ctx.reopen_store(replaced=True)
        lines = [self.tr("Restored from %1: %2 versions of records.").replace("%1", str(info.path))
                 .replace("%2", format_number(info.versions, self.ctx.lang))]
        if kept:
            lines.append(self.tr("The data as it was before is kept as the backup %1.").replace("%1", str(kept)))
        login_needed = accounts_enabled(self.ctx.store)
        if login_needed:
            lines.append(self.tr("Log in again to go on working."))
        lines += info.warnings
        set_sentence(self.message, " ".join(lines))
        if not login_needed:
            self.refresh()  # else after the login, in the window rebuilt for that user
        dialogs.show_info(self, "\n".join(lines))
        if login_needed:  # the restored store's own accounts: the login dialog, then the window as that user
            self.ctx.loginRequested.emit()

    def _restore_failed(self, exc: BaseException) -> None:
        self.ctx.reopen_store(replaced=False)  # nothing was replaced: the same file, the same login
        self._refused(exc)
        self.refresh()


class RestoreConfirmDialog(QDialog):
    """What the backup holds, in words, and what restoring it does; Cancel is the default."""

    def __init__(self, ctx, info: backups.BackupInfo, other_device: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumWidth(640)
        lang = ctx.lang
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.details = {
            "file": str(info.path),
            "date": format_stamp(info.modified, lang),
            "data": format_stamp(info.last_change, lang) if info.last_change else self.tr("no records"),
            "unit": f"{info.unit_name} ({info.home_unit})" if info.unit_name else (info.home_unit or self.tr("not set up")),
            "schema": format_number(info.schema_version, lang),
            "versions": format_number(info.versions, lang),
            "size": format_bytes(info.size, lang),
            "encrypted": self.tr("yes, opened with its passphrase") if info.encrypted else self.tr("no"),
            "integrity": self.tr("checked, intact") if not info.warnings else
            self.tr("records intact; audit trail: %1").replace("%1", " ".join(info.warnings)),
        }
        for key, label in (("file", self.tr("File")), ("date", self.tr("Backup taken")),
                           ("data", self.tr("Newest record")), ("unit", self.tr("Unit")),
                           ("schema", self.tr("Data version")), ("versions", self.tr("Versions of records")),
                           ("size", self.tr("Size")), ("encrypted", self.tr("Encrypted")),
                           ("integrity", self.tr("Integrity"))):
            value = QLabel(self.details[key])
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
        layout.addLayout(form)
        text = self.tr("The data on this laptop will be replaced by this backup. The current data is not lost: it "
                       "is kept first as a backup (“Before a restore”) that can be restored in turn.")
        if other_device:
            text += " " + self.tr("This backup comes from another laptop: restore it only when this laptop takes "
                                  "that one's place, and stop using the other one.")
        self.warning = QLabel(text)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00; font-weight: bold;")
        layout.addWidget(self.warning)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        self.restore_button.setAutoDefault(False)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)


class BackupDialog(QDialog):
    """A copy of the store to a USB stick or a folder, written on a worker."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task = None
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Back up to a drive"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Write the backup to:")))
        self.picker = drives.PlacePicker(ctx.lang, self.tr("Folder for the backup"))
        layout.addWidget(self.picker)
        # Issue 18 item 7: a copy that leaves the data folder is encrypted with a passphrase set here
        self.secret = QGroupBox(self.tr("Passphrase of the backup"))
        form = QFormLayout(self.secret)
        self.passphrase = password_edit()
        self.repeat = password_edit()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.repeat)
        hint = QLabel(self.tr("The backup is encrypted: without this passphrase nobody can read it, not even to "
                              "restore it. At least %1 characters; keep it written down in the unit's safe.")
                      .replace("%1", format_number(sealed_backup.MIN_PASSPHRASE, ctx.lang)))
        hint.setWordWrap(True)
        form.addRow("", hint)
        layout.addWidget(self.secret)
        self.message = sentence_label()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox()
        self.write_button = self.buttons.addButton(self.tr("Back up"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        self.write_button.clicked.connect(self.write)
        close.clicked.connect(self.reject)
        self.picker.places.currentRowChanged.connect(lambda _r: self._update())
        self._update()

    def _update(self) -> None:
        busy = self.task is not None and self.task.is_running
        self.write_button.setEnabled(not busy and self.picker.target() is not None)

    def write(self) -> None:
        target = self.picker.target()
        if target is None:
            return
        set_sentence(self.message, "")
        passphrase = None
        if not backups.in_data_folder(self.ctx.store, target):
            try:
                if self.passphrase.text() != self.repeat.text():
                    raise AnttError("backup_passphrase_mismatch")
                passphrase = sealed_backup.check_passphrase(self.passphrase.text())
            except AnttError as exc:
                self._failed(exc)
                return
        self.task = run_store_task(self.ctx, lambda store, _t: backups.backup_to_dir(store, target, passphrase),
                                   on_done=self._written, on_failed=self._failed, parent=self,
                                   label=self.tr("Writing the backup…"), cancellable=False)
        self._update()

    def _written(self, path: Path) -> None:
        self.written = path
        set_sentence(self.message, self.tr("Backup written: %1 (%2).").replace("%1", str(path))
                     .replace("%2", format_bytes(path.stat().st_size, self.ctx.lang)))
        self._update()

    def _failed(self, exc: BaseException) -> None:
        set_sentence(self.message, dialogs.error_text(exc), error=True)
        self._update()
