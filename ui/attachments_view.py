"""Attachments in the GUI (issue 16 item 4): a panel of thumbnails for a record's form (file picker and
drag and drop to attach, a viewer, save a copy, caption, remove), and the dialog that holds the panel for a
record chosen in a list.

Everything goes through app.domain.attachments. Preparing a 12-megapixel photo takes a good part of a
second, so attaching runs on a worker (ui/tasks.py) with a store of its own acting as the logged-in user.
"""

from __future__ import annotations

from pathlib import Path

from app.domain import attachments
from app.domain.attachment_files import size_text
from app.errors import AnttError
from ui import dialogs
from ui.qt import (
    QBuffer, QByteArray, QColor, QComboBox, QDialog, QDialogButtonBox, QFont, QHBoxLayout, QIcon, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPainter, QPixmap, QPushButton, QScrollArea, QSize, Qt, QVBoxLayout,
    QWidget, Signal,
)
from ui.tasks import run_store_task

THUMB = 120
FILE_FILTER = "Ảnh, bản quét / Photos, scans (*.jpg *.jpeg *.png *.webp *.pdf);;* (*)"


def ask_files(parent: QWidget | None, title: str) -> list[str]:
    """Files to attach (tests replace this): the app's file dialog as ui/dialogs.choose_path opens it (the last
    folder used, Qt's own dialog with ANTT_QT_FILE_DIALOG=1), several files at once."""
    import os

    from ui.qt import QFileDialog

    dialog = QFileDialog(parent, title, dialogs.start_folder(), FILE_FILTER)
    if os.environ.get(dialogs.QT_FILE_DIALOG_ENV) == "1":
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted:
            return []
        chosen = [p for p in dialog.selectedFiles() if p]
        if chosen:
            dialogs.remember_folder(Path(chosen[0]).parent)
        return chosen
    finally:
        dialog.deleteLater()


def _pdf_icon() -> QPixmap:
    pixmap = QPixmap(THUMB, THUMB)
    pixmap.fill(QColor("#f1f3f4"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#b00020"))
    font = QFont()
    font.setPointSize(20)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "PDF")
    painter.end()
    return pixmap


def _missing_icon() -> QPixmap:
    pixmap = QPixmap(THUMB, THUMB)
    pixmap.fill(QColor("#fde7c8"))
    painter = QPainter(pixmap)
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, "…")
    painter.end()
    return pixmap


class AttachmentsPanel(QWidget):
    """The attachments of one record. `owner_id` None: the record is not saved yet (nothing to attach to)."""

    changed = Signal()  # after an attachment was added, captioned or removed
    busy_changed = Signal(bool)

    def __init__(self, ctx, owner_id: str | None, owner_type: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.owner_id, self.owner_type = ctx, owner_id, owner_type
        self.task = None
        self.setAcceptDrops(owner_id is not None)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMinimumHeight(THUMB + 60)
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _: self.open_selected())
        box.addWidget(self.list)
        row = QHBoxLayout()
        self.kind = QComboBox()
        kinds = attachments.KINDS if owner_type == "surrender" else [k for k in attachments.KINDS
                                                                       if k not in attachments.PERSONAL_KINDS]
        for kind in kinds:
            self.kind.addItem(attachments.kind_label(kind, ctx.lang), kind)
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("Caption (optional)"))
        self.add_button = QPushButton(self.tr("Attach files…"))
        self.add_button.setToolTip(self.tr("Photos (JPEG, PNG, WebP) or scanned PDFs; you can also drop files here"))
        self.open_button = QPushButton(self.tr("View"))
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.caption_button = QPushButton(self.tr("Change caption…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        for w in (self.kind, self.caption):
            row.addWidget(w)
        for b in (self.add_button, self.open_button, self.save_button, self.caption_button, self.remove_button):
            row.addWidget(b)
        box.addLayout(row)
        self.status = QLabel()
        self.status.setWordWrap(True)
        box.addWidget(self.status)
        self.add_button.clicked.connect(self.pick_files)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.caption_button.clicked.connect(self.caption_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        if owner_id is None:
            for w in (self.kind, self.caption, self.add_button, self.open_button, self.save_button,
                      self.caption_button, self.remove_button):
                w.setEnabled(False)
            self.status.setText(self.tr("Save the record first, then attach photos and signed scans to it."))
        self.reload()

    # --- showing
    def reload(self) -> None:
        self.list.clear()
        if self.owner_id is None:
            return
        lang = self.ctx.lang
        for att in attachments.list_attachments(self.ctx.store, self.owner_id):
            item = QListWidgetItem(self._icon(att), self._label(att, lang))
            item.setData(Qt.ItemDataRole.UserRole, att["id"])
            item.setToolTip(f"{att['file_name']} · {size_text(att['size'])}")
            self.list.addItem(item)

    def _label(self, att: dict, lang: str) -> str:
        text = attachments.kind_label(att["kind"], lang)
        if att["caption"]:
            text += f"\n{att['caption']}"
        if not att["has_bytes"]:
            text += "\n" + self.tr("(file follows in a later bundle)")
        return text

    def _icon(self, att: dict) -> QIcon:
        if not att["has_bytes"]:
            return QIcon(_missing_icon())
        data = attachments.thumbnail(self.ctx.store, att["id"], THUMB)
        if data is None:
            return QIcon(_pdf_icon())
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        return QIcon(pixmap)

    def count(self) -> int:
        return self.list.count()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    # --- attaching (file picker, drag and drop)
    def pick_files(self) -> None:
        paths = ask_files(self, self.tr("Attach photos or signed scans"))
        if paths:
            self.add_paths(paths)

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_paths(paths)

    def add_paths(self, paths: list[str]):
        """Attach each file on a worker; each refusal is one sentence, the others are attached."""
        if self.owner_id is None or (self.task is not None and self.task.is_running):
            return None
        owner, kind, caption = self.owner_id, self.kind.currentData(), self.caption.text()

        def work(store, task_ctx):
            added, refused = [], []
            for n, path in enumerate(paths):
                task_ctx.progress(n, len(paths), Path(path).name)
                try:
                    added.append(attachments.add_attachment(store, owner, path, kind, caption))
                except AnttError as exc:
                    refused.append(exc)
            return added, refused

        def done(result) -> None:
            added, refused = result
            self.caption.clear()
            self._finish()
            if added:
                self.changed.emit()
            self.status.setText("\n".join(dialogs.error_text(exc) for exc in refused))
            if refused:
                dialogs.show_error(self, self.status.text())

        def failed(exc) -> None:
            self._finish()
            dialogs.show_error(self, exc)

        self.status.setText(self.tr("Attaching…"))
        self.add_button.setEnabled(False)
        self.busy_changed.emit(True)
        self.task = run_store_task(self.ctx, work, on_done=done,
                                   on_failed=failed, parent=self)
        return self.task

    def _finish(self) -> None:
        self.add_button.setEnabled(True)
        self.busy_changed.emit(False)
        self.reload()

    # --- the chosen attachment
    def open_selected(self):
        aid = self.selected_id()
        if aid is None:
            return None
        try:
            viewer = AttachmentViewer(self.ctx, aid, self)
        except AnttError as exc:
            dialogs.show_error(self, exc)
            return None
        viewer.show()
        return viewer

    def save_selected(self) -> bool:
        aid = self.selected_id()
        if aid is None:
            return False
        att = attachments.get_attachment(self.ctx.store, aid)
        path = dialogs.ask_save_path(self, self.tr("Save a copy"), att["file_name"], "* (*)")
        if not path:
            return False
        try:
            attachments.save_copy_as(self.ctx.store, aid, path)
        except AnttError as exc:
            dialogs.show_error(self, exc)
            return False
        return True

    def caption_selected(self) -> bool:
        aid = self.selected_id()
        if aid is None:
            return False
        text = dialogs.ask_text(self, self.tr("Caption"), self.tr("The attachment's caption:"))
        if text is None:
            return False
        return self._act(attachments.set_caption, aid, text)

    def remove_selected(self) -> bool:
        aid = self.selected_id()
        if aid is None or not dialogs.confirm(self, self.tr(
                "Remove this attachment from the record? It stays in the history and in backups.")):
            return False
        return self._act(attachments.remove_attachment, aid)

    def _act(self, call, *args) -> bool:
        try:
            call(self.ctx.store, *args)
        except AnttError as exc:
            dialogs.show_error(self, exc)
            return False
        self.reload()
        self.changed.emit()
        return True


class AttachmentViewer(QDialog):
    """One attachment at a readable size: a photo scaled to the window, a PDF page by page (QtPdf)."""

    def __init__(self, ctx, attachment_id: str, parent=None) -> None:
        super().__init__(parent)
        att = attachments.get_attachment(ctx.store, attachment_id)
        data = attachments.attachment_bytes(ctx.store, attachment_id)
        self.setWindowTitle(f"{attachments.kind_label(att['kind'], ctx.lang)} · {att['file_name']}")
        self.resize(900, 700)
        box = QVBoxLayout(self)
        if att["mime"] == "application/pdf":
            from ui.qt import QPdfDocument, QPdfView

            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
            self.document = QPdfDocument(self)
            self.document.load(self._buffer)
            self.view = QPdfView(self)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setDocument(self.document)
            box.addWidget(self.view)
        else:
            self.pixmap = QPixmap()
            self.pixmap.loadFromData(data)
            self.image = QLabel()
            self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.image.setPixmap(self.pixmap.scaled(860, 620, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation))
            scroll = QScrollArea()
            scroll.setWidget(self.image)
            scroll.setWidgetResizable(True)
            box.addWidget(scroll)
        if att["caption"]:
            box.addWidget(QLabel(att["caption"]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)


def evidence_group(ctx, owner_id: str | None, owner_type: str, title: str, parent=None):
    """A titled box holding the panel, for a record's form; the form's data changes when the panel's do."""
    from ui.qt import QGroupBox

    group = QGroupBox(title, parent)
    panel = AttachmentsPanel(ctx, owner_id, owner_type, group)
    QVBoxLayout(group).addWidget(panel)
    panel.changed.connect(ctx.notify_changed)
    return group, panel


class AttachmentsDialog(QDialog):
    """The panel for a record chosen in a list (the receipts and activities pages)."""

    def __init__(self, ctx, owner_id: str, owner_type: str, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 420)
        box = QVBoxLayout(self)
        self.panel = AttachmentsPanel(ctx, owner_id, owner_type, self)
        box.addWidget(self.panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.panel.changed.connect(ctx.notify_changed)
