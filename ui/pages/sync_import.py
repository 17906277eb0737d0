"""Import: choose a bundle, see what it would do (phase 1, writes nothing), then apply it or not (issue 4 §3).

Both phases run on a worker with progress and Cancel. The preview shows the sender and its device, the
fingerprint, the bundle's number and any gap before it, the time it claims against today (warned when
implausible), and the counts of new / updated / conflicting / already here / kept but not shown yet (each with its reason)
/ waiting for a reference. A refused bundle shows the core's one sentence and nothing else happens.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.domain.readable import Names
from app.sync.held import describe_ref, describe_waiting
from app.sync.importer import (
    ImportPreview, ImportReceipt, apply_import, duplicate_numbers_text, preview_import, restored_copy_text,
)
from app.sync.phrases import Phrase
from ui import drives
from ui.dialogs import error_text
from ui.display import format_date, format_number
from ui.pages.sync_common import (
    OUTCOMES, doc_type_name, claimed_day, fingerprint_label, format_stamp, sentence_label, set_fingerprint, set_sentence, tr,
)
from ui.qt import (
    QAbstractItemView, QComboBox, QCoreApplication, QDialog, QDialogButtonBox, QFont, QFormLayout, QGridLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton, QSizePolicy, Qt, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from ui.tasks import run_store_task

BUNDLE_FILTER = "ANTT (*.antt)"


def progress_reporter(tctx, template: str, lang: str):
    """A core progress callback that reports to the task and stops the work when the user cancels."""

    def progress(done: int, total: int) -> None:
        tctx.check()
        tctx.progress(done, total, template.replace("%1", format_number(done, lang))
                      .replace("%2", format_number(total, lang)))

    return progress


class ImportDialog(QDialog):
    def __init__(self, ctx, parent=None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.task = None
        self._preview_for: object = None  # the preview whose outcome the dialog shows; an older one is ignored
        self.preview: ImportPreview | None = None
        self.receipt: ImportReceipt | None = None
        self.setWindowTitle(self.tr("Read a bundle"))
        self.setMinimumSize(760, 560)
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Bundle")))
        self.files = QComboBox()
        self.files.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.files.setMinimumContentsLength(40)
        row.addWidget(self.files, 1)
        self.choose_button = QPushButton(self.tr("Choose file…"))
        row.addWidget(self.choose_button)
        layout.addLayout(row)

        self.message = sentence_label()
        layout.addWidget(self.message)
        self.details = self._details()
        layout.addWidget(self.details, 1)

        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.import_button.clicked.connect(self.apply)
        self.cancel_button.clicked.connect(self.reject)
        self.choose_button.clicked.connect(self.choose_file)

        self._ready = False
        for found in drives.bundles_on([d.root for d in drives.drives()]):
            self.files.addItem(str(found), str(found))
        if path is not None:
            self.use_file(path)
        self.files.currentIndexChanged.connect(lambda _i: self.start_preview())
        self._ready = True
        if self.files.count():
            self.start_preview()
        else:
            self.details.setVisible(False)
            set_sentence(self.message, self.tr("No bundle (*.antt) was found on the drives; choose the file."))

    # --- the preview area
    def _details(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        sender = QGroupBox(self.tr("Sender"))
        form = QFormLayout(sender)
        self.sender = QLabel()
        self.fingerprint = fingerprint_label(point_size=15)
        self.sequence = QLabel()
        self.claimed = QLabel()
        for label in (self.sender, self.sequence, self.claimed):
            label.setWordWrap(True)
        form.addRow(self.tr("Unit and device"), self.sender)
        form.addRow(self.tr("Fingerprint"), self.fingerprint)
        form.addRow(self.tr("Bundle number"), self.sequence)
        form.addRow(self.tr("Time on the bundle"), self.claimed)
        col.addWidget(sender)

        documents = QGroupBox(self.tr("What importing would bring"))
        doc_col = QVBoxLayout(documents)
        self.documents = QLabel()  # "2 biên bản, 1 mô hình, 5 hoạt động": documents, as an officer counts them
        self.documents.setWordWrap(True)
        bigger = QFont(documents.font())
        bigger.setPointSize(bigger.pointSize() + 2)
        bigger.setBold(True)
        self.documents.setFont(bigger)
        doc_col.addWidget(self.documents)
        col.addWidget(documents)
        counts = QGroupBox(self.tr("Details: versions of those documents"))
        grid = QGridLayout(counts)
        self.count_labels: dict[str, QLabel] = {}
        bold = QFont(counts.font())
        bold.setPointSize(bold.pointSize() + 4)
        bold.setBold(True)
        for n, (key, name) in enumerate(OUTCOMES):
            value = QLabel("0")
            value.setFont(bold)
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(tr(name))
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setWordWrap(True)
            grid.addWidget(value, 0, n)
            grid.addWidget(caption, 1, n)
            self.count_labels[key] = value
        for group in (sender, documents, counts):
            group.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        col.addWidget(counts)

        self.notes = QLabel()
        self.notes.setWordWrap(True)
        col.addWidget(self.notes)
        self.waiting_title = QLabel(self.tr("Documents that will wait for reference data (kept, shown once it "
                                            "arrives from the level above):"))
        self.waiting_title.setWordWrap(True)
        col.addWidget(self.waiting_title)
        self.waiting = self._list_table([self.tr("Kind"), self.tr("Document"), self.tr("Waiting for")])
        col.addWidget(self.waiting, 10)
        self.rejected = self._list_table([self.tr("Kind"), self.tr("Document"), self.tr("Reason")])
        col.addWidget(self.rejected, 10)
        col.addStretch(1)  # without rejected rows, the space stays below the counts, not between them
        return box

    @staticmethod
    def _list_table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        return table

    @staticmethod
    def _fill_list(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        table.setVisible(bool(rows))
        table.resizeColumnsToContents()
        table.resizeRowsToContents()

    def show_preview(self, p: ImportPreview, waiting: list[dict] | None = None) -> None:
        lang = self.ctx.lang
        names = Names(self.ctx.store, lang)
        self.preview = p
        self.waiting_docs = list(waiting or [])
        self.details.setVisible(True)
        self.sender.setText(self.tr("%1 — device %2").replace("%1", names.unit_with_code(p.sender_unit))
                            .replace("%2", p.sender_device))
        set_fingerprint(self.fingerprint, p.fingerprint)
        seq = self.tr("Bundle %1").replace("%1", format_number(p.bundle_seq, lang))
        if p.missing_bundles:
            seq += " — " + self.tr("bundles %1 of this sender never arrived here; the next bundles carry their "
                                   "versions again").replace("%1", ", ".join(map(str, p.missing_bundles)))
            self.sequence.setStyleSheet("color: #b36b00; font-weight: bold;")
        else:
            self.sequence.setStyleSheet("")
        self.sequence.setText(seq)
        today = dt.date.today()
        claimed = self.tr("%1 (today is %2)").replace("%1", format_stamp(p.claimed_at, lang)) \
            .replace("%2", format_date(today, lang))
        if p.claimed_warning:
            day = claimed_day(p.claimed_at)
            why = self.tr("the sender's clock is probably wrong (the date is in the future)") \
                if day is not None and day > today else self.tr("the sender's clock is probably wrong or the bundle "
                                                                "is very old")
            claimed += " — " + why
            self.claimed.setStyleSheet("color: #b36b00; font-weight: bold;")
        else:
            self.claimed.setStyleSheet("")
        self.claimed.setText(claimed)
        from app.domain.readable import documents_text

        self.documents.setText(documents_text(p.documents, lang) or self.tr("Nothing new: everything in this bundle "
                                                                            "is here already."))
        for key, label in self.count_labels.items():
            label.setText(format_number(p.counts.get(key, 0), lang))
        notes = []
        if p.already_imported:
            notes.append(self.tr("This bundle was imported before: importing it again changes nothing."))
        if p.waiting_for:
            notes.append(self.tr("Waiting for reference data the store does not have yet: %1.")
                         .replace("%1", "; ".join(describe_ref(r, lang, names) for r in p.waiting_for[:20])))
        if p.counts.get("conflicting"):
            notes.append(self.tr("Conflicting versions are kept; resolve them on the “Conflicts” tab."))
        if p.duplicate_numbers:  # issue 18: a restored laptop numbered receipts again
            notes.append(duplicate_numbers_text(p.duplicate_numbers, lang))
        if p.restored_copy:  # issue 18: this laptop was restored from an old copy
            notes.append(restored_copy_text(p.restored_copy, lang))
        self.notes.setText(" ".join(notes))
        self.notes.setVisible(bool(notes))
        # versions kept but not shown (issue 4: nothing is dropped), with the core's reason in words
        self._fill_list(self.rejected, [
            [doc_type_name(row.get("doc_type", "")), str(row.get("doc_id", ""))[:8],
             Phrase(row.get("problem", "bad_value"), field=row.get("field", "")).text()] for row in p.unreadable])
        self._fill_list(self.waiting, [[d["kind"], d["title"], "; ".join(d["missing"])] for d in self.waiting_docs])
        self.waiting_title.setVisible(bool(self.waiting_docs))
        set_sentence(self.message, self.tr("Checked: the bundle is whole, signed by an enrolled device and "
                                           "addressed to this computer. Nothing has been written yet."))
        self.import_button.setEnabled(True)

    # --- choosing a file
    def choose_file(self) -> None:
        chosen = drives.ask_open_file(self, self.tr("Choose a bundle"), self.tr("Bundles") + f" {BUNDLE_FILTER}")
        if chosen is not None:
            self.use_file(chosen)

    def use_file(self, path: Path) -> None:
        """Make `path` the chosen file and check it (once the dialog is built), whatever was being checked."""
        blocked = self.files.blockSignals(True)  # one check for this choice, not one for the row it shifted
        try:
            index = self.files.findData(str(path))
            if index < 0:
                self.files.insertItem(0, str(path), str(path))
                index = 0
            self.files.setCurrentIndex(index)
        finally:
            self.files.blockSignals(blocked)
        if self._ready:
            self.start_preview()

    def path(self) -> Path | None:
        data = self.files.currentData()
        return Path(data) if data else None

    # --- phase 1
    def start_preview(self) -> None:
        """Check the chosen file (writes nothing). A file chosen while another is being checked replaces it: the
        older check is cancelled and whatever it still reports is ignored."""
        path = self.path()
        if path is None or self._applying():
            return
        if self.task is not None and self.task.is_running:
            self.task.cancel()
        token = object()
        self._preview_for = token
        self.preview = None
        self.import_button.setEnabled(False)
        self.details.setVisible(False)
        set_sentence(self.message, self.tr("Checking the bundle…"))
        template, lang = self.tr("Checking: %1 of %2 versions"), self.ctx.lang

        def work(store, tctx):
            preview = preview_import(store, path, progress=progress_reporter(tctx, template, lang))
            tctx.check()
            waiting = describe_waiting(store, preview.waiting_docs, lang)
            return preview, waiting

        def current(handler):
            return lambda *args: handler(*args) if self._preview_for is token else None

        self.task = run_store_task(self.ctx, work, read_only=True, on_done=current(lambda r: self.show_preview(*r)),
                                   on_failed=current(self._refused), on_cancelled=current(self._stopped), parent=self,
                                   label=self.tr("Checking the bundle…"))
        self.task.kind = "preview"

    def _applying(self) -> bool:
        return self.task is not None and self.task.is_running and getattr(self.task, "kind", "") == "apply"

    def done(self, result: int) -> None:
        """Closing the dialog stops a check still running (its outcome has nobody to show it to)."""
        if self.task is not None and self.task.is_running and not self._applying():
            self._preview_for = None
            self.task.cancel()
        super().done(result)

    def _refused(self, exc: BaseException) -> None:
        self.details.setVisible(False)
        self.import_button.setEnabled(False)
        set_sentence(self.message, error_text(exc), error=True)

    def _stopped(self) -> None:
        self.import_button.setEnabled(self.preview is not None)
        set_sentence(self.message, self.tr("Stopped: nothing was imported."), error=True)

    # --- phase 2
    def apply(self) -> None:
        path = self.path()
        if path is None or self.preview is None or (self.task is not None and self.task.is_running):
            return
        self._preview_for = None
        self.import_button.setEnabled(False)
        self.choose_button.setEnabled(False)
        self.files.setEnabled(False)
        template, lang = self.tr("Importing: %1 of %2 versions"), self.ctx.lang
        officer = self.ctx.store.author

        def work(store, tctx):
            return apply_import(store, path, officer=officer, progress=progress_reporter(tctx, template, lang))

        self.task = run_store_task(self.ctx, work, on_done=self._applied, on_failed=self._apply_failed,
                                   on_cancelled=self._stopped, parent=self, label=self.tr("Importing the bundle…"))
        self.task.kind = "apply"
        self.task.finished.connect(lambda: (self.choose_button.setEnabled(True), self.files.setEnabled(True)))

    def _applied(self, receipt: ImportReceipt) -> None:
        self.receipt = receipt
        self.ctx.notify_changed()
        self.accept()

    def _apply_failed(self, exc: BaseException) -> None:
        set_sentence(self.message, error_text(exc), error=True)
        self.import_button.setEnabled(self.preview is not None)


def receipt_sentence(receipt: ImportReceipt, lang: str, store=None) -> str:
    """One sentence after an import: what came in as an officer counts it (3 biên bản, 2 mô hình: documents,
    issue 15 §4; versions stay in the receipt's details), from whom (the sender unit's name when known)."""
    from app.domain.readable import documents_text

    c = receipt.counts
    if receipt.already_imported:
        return QCoreApplication.translate("Sync", "The bundle %1 had been imported already; nothing changed.").replace("%1", receipt.file_name)
    what = documents_text(receipt.documents, lang) or QCoreApplication.translate("Sync", "nothing new")
    text = QCoreApplication.translate("Sync", "Imported %1 from %2: %3.") \
        .replace("%1", receipt.file_name).replace("%2", Names(store, lang).unit_with_code(receipt.sender_unit)) \
        .replace("%3", what)
    if c.get("conflicting"):
        text += " " + QCoreApplication.translate("Sync", "Some documents were edited on two laptops: see Conflicts.")
    if receipt.duplicate_numbers:  # issue 18: a restored laptop numbered receipts again
        text += " " + duplicate_numbers_text(receipt.duplicate_numbers, lang)
    if receipt.restored_copy:  # issue 18: this laptop was restored from an old copy
        text += " " + restored_copy_text(receipt.restored_copy, lang)
    return text
