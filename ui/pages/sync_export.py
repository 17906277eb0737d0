"""Export: write the next bundle for an enrolled unit onto a drive the officer picks (issue 4 §2, in the app).

The dialog lists the drives QStorageInfo sees (mounted, ready, writable), with their free space, plus any
folder the officer chooses; the bundle is written on a worker with progress, and the dialog then says in one
sentence what was written (file, how many versions, to whom), or why not (a read-only or full drive).
"""

from __future__ import annotations

from pathlib import Path

from app.domain.readable import documents_text
from app.domain.units import find_unit
from app.sync.export import ExportResult, export_bundle
from app.sync.state import devices
from ui import drives
from ui.dialogs import error_text
from ui.display import format_number
from ui.pages.sync_common import sentence_label, set_sentence
from ui.qt import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout
from ui.tasks import run_store_task


def unit_label(store, code: str) -> str:
    unit = find_unit(store, code)
    return f"{unit.name} ({code})" if unit else code


class ExportDialog(QDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task = None
        self.result_: ExportResult | None = None
        self.setWindowTitle(self.tr("Write a bundle"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.recipient = QComboBox()
        live = [d for d in devices(ctx.store) if not d.revoked]
        for d in sorted(live, key=lambda d: (d.role != "above", d.unit_code)):
            role = self.tr("level above") if d.role == "above" else self.tr("unit below")
            self.recipient.addItem(f"{unit_label(ctx.store, d.unit_code)} — {role}", d.unit_code)
        form.addRow(self.tr("For"), self.recipient)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Write it to:")))
        self.picker = drives.PlacePicker(ctx.lang, self.tr("Folder for the bundle"))
        layout.addWidget(self.picker)

        self.message = sentence_label()
        layout.addWidget(self.message)
        if not live:
            set_sentence(self.message, self.tr("No unit is enrolled yet: complete the enrolment on the "
                                               "“Keys and enrolment” tab first."), error=True)
        self.buttons = QDialogButtonBox()
        self.write_button = self.buttons.addButton(self.tr("Write bundle"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)
        self.write_button.clicked.connect(self.write)
        self.close_button.clicked.connect(self.reject)
        self.picker.places.currentRowChanged.connect(self._place_changed)
        self._update()

    # --- places (ui/drives.py)
    def use_folder(self, folder: Path) -> None:
        self.picker.use_folder(folder)

    def target(self) -> Path | None:
        return self.picker.target()

    def _place_changed(self, _row: int) -> None:
        if self.recipient.count():  # a sentence about the last place would be stale ("no enrolled unit" stays)
            set_sentence(self.message, "")
        self._update()

    def _update(self) -> None:
        busy = self.task is not None and self.task.is_running
        self.write_button.setEnabled(not busy and self.target() is not None and self.recipient.count() > 0)

    # --- writing
    def write(self) -> None:
        target, unit = self.target(), self.recipient.currentData()
        if target is None or unit is None:
            return
        set_sentence(self.message, "")
        template, lang = self.tr("Writing the bundle: %1 of %2 versions"), self.ctx.lang  # worker: no tr() there

        def work(store, tctx):
            def progress(done: int, total: int) -> None:
                tctx.check()
                tctx.progress(done, total, template.replace("%1", format_number(done, lang))
                              .replace("%2", format_number(total, lang)))

            return export_bundle(store, target, unit, progress=progress)

        self.task = run_store_task(self.ctx, work, on_done=self._written, on_failed=self._failed,
                                   on_cancelled=self._cancelled, parent=self, label=self.tr("Writing the bundle…"))
        self._update()

    def _written(self, result: ExportResult) -> None:
        self.result_ = result
        # documents, as an officer counts them; the versions are details (issue 15 §4)
        what = documents_text(result.documents, self.ctx.lang) or self.tr("nothing new")
        text = self.tr("Wrote %1 to %2 for %4: %3.").replace("%1", result.path.name) \
            .replace("%2", str(result.path.parent)).replace("%3", what) \
            .replace("%4", unit_label(self.ctx.store, self.recipient.currentData()))
        if result.files:  # issue 16
            text += " " + self.tr("%n attachment file(s) travel with them.", "", result.files)
        if result.attachments_follow:  # the core's sentence: the bundle is full, these follow in the next one
            from app.i18n import t

            text += " " + t("attach_follow_next", self.ctx.lang, count=result.attachments_follow)
        if result.over_limit:  # issue 18: records from before the size limits stayed here, each named
            from app.domain.over_limit import export_note

            text = export_note(str(result.path), result.over_limit, self.ctx.lang)
        set_sentence(self.message, text, error=bool(result.over_limit))
        self.ctx.notify_changed()  # the page's status shows the new export
        self._update()

    def _failed(self, exc: BaseException) -> None:
        set_sentence(self.message, error_text(exc), error=True)
        self._update()

    def _cancelled(self) -> None:
        set_sentence(self.message, self.tr("Cancelled: no bundle was written."), error=True)
        self._update()
