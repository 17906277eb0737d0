"""This computer's keys and the enrolment handshake (issue 4 §1, in the app).

The fingerprint is shown large, in the six groups of five digits two officers read to each other by phone.
At the post: write the enrolment file for the level above, later accept its answer. At the level above:
register a post from its enrolment file (after comparing its fingerprint by phone) and write the answer.
Nothing is trusted until an officer has confirmed the fingerprint in a dialog.
"""

from __future__ import annotations

from pathlib import Path

from app.domain.units import namesake_warning
from app.sync import enrolment
from app.sync.enrolment import ANSWER_KIND, PeerFile, read_peer_file
from app.sync.state import my_identity
from ui import dialogs, drives
from ui.dialogs import error_text
from ui.pages.sync_common import fingerprint_label, sentence_label, set_fingerprint, set_sentence
from ui.qt import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
    QWidget, Signal,
)
from ui.tasks import run_store_task
from ui.widgets import gate


class PeerConfirmDialog(QDialog):
    """Shows who a file comes from and asks the officer to confirm its fingerprint by phone."""

    def __init__(self, peer: PeerFile, parent=None, warning: str | None = None, second: str | None = None) -> None:
        super().__init__(parent)
        self.peer = peer
        answer = peer.kind == ANSWER_KIND
        self.setWindowTitle(self.tr("Accept the level above") if answer else self.tr("Register a unit"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Unit"), QLabel(f"{peer.unit_name} ({peer.unit_code})" if peer.unit_name
                                            else peer.unit_code))
        form.addRow(self.tr("Device"), QLabel(peer.device_id))
        if answer:
            form.addRow(self.tr("Reference data"), QLabel(self.tr("%1 versions (units, catalogue)")
                                                          .replace("%1", str(peer.reference_versions))))
        layout.addLayout(form)
        self.warning = QLabel(warning or "")  # a unit of the same name is already here (issue 15 §4)
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.warning.setVisible(bool(warning))
        layout.addWidget(self.warning)
        layout.addWidget(QLabel(self.tr("Its fingerprint:")))
        self.fingerprint = fingerprint_label(peer.fingerprint)
        layout.addWidget(self.fingerprint)
        ask = QLabel(self.tr("Call the officer of that unit and read these digits to each other. Confirm only if "
                             "every digit is the same as on their screen."))
        ask.setWordWrap(True)
        layout.addWidget(ask)
        self.personal = QCheckBox(self.tr("Personal details of people who hand items in (ID number, address, "
                                          "birth year) may travel up from this unit"))
        self.personal.setVisible(not answer)
        layout.addWidget(self.personal)
        # issue 18: the unit already has a laptop here; a second one is said, and confirmed on purpose
        self.second_notice = QLabel(second or "")
        self.second_notice.setWordWrap(True)
        self.second_notice.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.second = QCheckBox(self.tr("This really is the unit's second laptop"))
        for widget in (self.second_notice, self.second):
            widget.setVisible(bool(second))
            layout.addWidget(widget)
        self.confirm_button = _confirm_buttons(self, layout, self.tr("The fingerprints match — confirm"),
                                               self.tr("Cancel"))
        if second:
            self.confirm_button.setEnabled(False)
            self.second.toggled.connect(self.confirm_button.setEnabled)


class RekeyDialog(QDialog):
    """Re-keying after a restore (issue 18 item 4): when to do it, the sentence the level above sees, what follows."""

    def __init__(self, explanation: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New keys for this computer"))
        layout = QVBoxLayout(self)
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        self.explanation.setMinimumWidth(560)
        layout.addWidget(self.explanation)
        self.confirm_button = _confirm_buttons(self, layout, self.tr("Give this computer new keys"), self.tr("Cancel"))


class KeysPanel(QWidget):
    enrolled = Signal()  # a device was registered here

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task = None
        layout = QVBoxLayout(self)
        mine = QGroupBox(self.tr("This computer"))
        col = QVBoxLayout(mine)
        identity = my_identity(ctx.store)  # made at first use: the keys never leave this computer
        self.identity = identity
        facts = QFormLayout()
        facts.addRow(self.tr("Unit"), QLabel(f"{ctx.home_unit_name} ({ctx.home_unit})"))
        self.device_label = QLabel(identity.device_id)
        facts.addRow(self.tr("Device"), self.device_label)
        col.addLayout(facts)
        col.addWidget(QLabel(self.tr("Fingerprint (read it over the phone to the other unit's officer):")))
        self.fingerprint = fingerprint_label(identity.fingerprint, point_size=26)
        col.addWidget(self.fingerprint)
        layout.addWidget(mine)

        steps = QGroupBox(self.tr("Enrolment"))
        grid = QVBoxLayout(steps)
        self.write_button = QPushButton(self.tr("1. At the post: write this computer's enrolment file…"))
        self.register_button = QPushButton(self.tr("2. At the level above: register a unit from its enrolment "
                                                   "file…"))
        self.accept_button = QPushButton(self.tr("3. At the post: accept the answer of the level above…"))
        for button, text in (
            (self.write_button, self.tr("Take the file to the level above on a USB drive.")),
            (self.register_button, self.tr("Writes the answer beside the file; take it back to the unit.")),
            (self.accept_button, self.tr("Registers the level above and brings its units and catalogue.")),
        ):
            row = QHBoxLayout()
            button.setMinimumWidth(460)
            row.addWidget(button)
            note = QLabel(text)
            note.setWordWrap(True)
            row.addWidget(note, 1)
            grid.addLayout(row)
        layout.addWidget(steps)
        restored = QGroupBox(self.tr("Restored from an old copy"))
        row = QHBoxLayout(restored)
        self.rekey_button = QPushButton(self.tr("Give this computer new keys after a restore…"))
        self.rekey_button.setMinimumWidth(460)
        row.addWidget(self.rekey_button)
        note = QLabel(self.tr("Only when the level above refuses this computer's bundles because it was restored "
                              "from an old copy. Nothing is lost."))
        note.setWordWrap(True)
        row.addWidget(note, 1)
        layout.addWidget(restored)
        self.message = sentence_label()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.write_button.clicked.connect(self.write_enrolment)
        self.register_button.clicked.connect(self.register_unit)
        self.accept_button.clicked.connect(self.accept_answer)
        self.rekey_button.clicked.connect(self.rekey)
        self.update_buttons()
        ctx.dataChanged.connect(self.update_buttons)

    def update_buttons(self) -> None:
        """Enrolment is the administrator's (the permission matrix): said on the buttons before a folder is
        chosen, not after (issue 15 §3)."""
        for button in (self.write_button, self.register_button, self.accept_button):
            gate(button, self.ctx, "enrolment")
        gate(self.rekey_button, self.ctx, "keys")

    def _start_folder(self) -> str:
        found = drives.drives()
        return str(found[0].root) if found else ""

    # --- 1
    def write_enrolment(self) -> None:
        folder = drives.ask_folder(self, self.tr("Folder for the enrolment file"), self._start_folder())
        if folder is None:
            return
        try:
            written = enrolment.write_enrolment(self.ctx.store, folder)
        except Exception as exc:  # noqa: BLE001 - one sentence (a read-only or full drive)
            set_sentence(self.message, error_text(exc), error=True)
            return
        set_sentence(self.message, self.tr("Wrote the enrolment file %1 in %2; take it to the level above.")
                     .replace("%1", written.path.name).replace("%2", str(written.path.parent)))

    # --- 2 and 3
    def register_unit(self) -> None:
        self._from_file(self.tr("Choose the unit's enrolment file"), self.tr("Enrolment files") +
                        " (*.antt-enrol)")

    def accept_answer(self) -> None:
        self._from_file(self.tr("Choose the answer of the level above"), self.tr("Answers") + " (*.antt-answer)")

    def _from_file(self, title: str, filter_text: str) -> None:
        path = drives.ask_open_file(self, title, filter_text, self._start_folder())
        if path is not None:
            self.use_file(path)

    def use_file(self, path: Path) -> None:
        """Show who the file is from, ask for the fingerprint check, then register (on a worker)."""
        try:
            peer = read_peer_file(path)
        except Exception as exc:  # noqa: BLE001
            set_sentence(self.message, error_text(exc), error=True)
            return
        registering = peer.kind != ANSWER_KIND
        warning = namesake_warning(self.ctx.store, peer.unit_name, peer.unit_code, self.ctx.lang) \
            if registering else None
        second = enrolment.second_device_notice(self.ctx.store, peer, self.ctx.lang) if registering else None
        dialog = PeerConfirmDialog(peer, self, warning, second)
        if not dialogs.run_dialog(dialog):
            set_sentence(self.message, self.tr("Not confirmed: nothing was registered."), error=True)
            return
        personal, is_second = dialog.personal.isChecked(), dialog.second.isChecked()
        if not registering:
            work = lambda store, tctx: enrolment.accept_answer(store, path)  # noqa: E731
            done = self._accepted
        else:
            def work(store, tctx):
                return enrolment.enrol(store, path, include_personal=personal, second_device=is_second)

            done = self._registered
        self.task = run_store_task(self.ctx, work, on_done=done, on_failed=self._failed, parent=self,
                                   label=self.tr("Registering…"), cancellable=False)

    def _registered(self, result) -> None:
        text = self.tr("Registered %1 (device %2). The answer %3 is in %4; take it back to that unit.") \
            .replace("%1", result.device.unit_code).replace("%2", result.device.device_id) \
            .replace("%3", result.answer_path.name).replace("%4", str(result.answer_path.parent))
        if enrolment.other_laptops(self.ctx.store, result.device.unit_code, result.device.device_id):
            text += " " + self.tr("It is the unit's second laptop.")
        set_sentence(self.message, text)
        self.enrolled.emit()
        self.ctx.notify_changed()

    def _accepted(self, device) -> None:
        set_sentence(self.message, self.tr("The level above %1 (device %2) is registered; its units and catalogue "
                                           "are here. Bundles can now go up.").replace("%1", device.unit_code)
                     .replace("%2", device.device_id))
        self.enrolled.emit()
        self.ctx.notify_changed()

    # --- after a restore (issue 18 item 4)
    def rekey(self) -> None:
        from app.sync import rekey

        dialog = RekeyDialog(rekey.explanation(self.ctx.store, self.ctx.lang), self)
        if not dialogs.run_dialog(dialog):
            set_sentence(self.message, self.tr("Not confirmed: the keys are unchanged."), error=True)
            return
        self.task = run_store_task(self.ctx, lambda store, tctx: rekey.rekey(store), on_done=self._rekeyed,
                                   on_failed=self._failed, parent=self, label=self.tr("New keys…"), cancellable=False)

    def _rekeyed(self, result) -> None:
        from app.sync.rekey import done_sentence

        self.identity = my_identity(self.ctx.store)
        self.device_label.setText(self.identity.device_id)
        set_fingerprint(self.fingerprint, self.identity.fingerprint)
        set_sentence(self.message, done_sentence(result, self.ctx.lang))
        self.ctx.notify_changed()

    def _failed(self, exc: BaseException) -> None:
        set_sentence(self.message, error_text(exc), error=True)


def _confirm_buttons(dialog: QDialog, layout: QVBoxLayout, confirm: str, cancel: str):
    """A dialog's foot: the confirm button (returned, so that a dialog can hold it back) and Cancel."""
    buttons = QDialogButtonBox()
    confirm_button = buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return confirm_button
