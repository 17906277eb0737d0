"""Hồ sơ quá dài: the records an older version wrote beyond today's size limits, listed, each opened to shorten.

They stay in the store and never block an export (app/domain/over_limit.py); until shortened they do not travel.
The list names each document, its unit and the field with its length; "Sửa…" opens the document's own form
(receipts and their personal details, models), where saving a shorter text is accepted. Other kinds are named with the page to fix them on.
"""

from __future__ import annotations

from app.domain import over_limit
from app.domain.readable import doc_type_name
from app.i18n import t
from ui import dialogs
from ui.pages.sync_common import sentence_label, set_sentence
from ui.qt import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)
from ui.widgets import gate


EDITABLE = ("surrender", "surrender_person", "community_model")


def _form_for(ctx, record: over_limit.OverLimit, parent):
    """The edit form of the record's kind, or None where the app edits it elsewhere."""
    if record.doc_type in ("surrender", "surrender_person"):  # personal details are edited on their receipt
        from ui.pages.receipt_form import ReceiptForm

        return ReceiptForm(ctx, record.edit_id, parent)
    if record.doc_type == "community_model":
        from ui.pages.model_form import ModelForm

        return ModelForm(ctx, record.doc_id, parent)
    return None


class OverLimitDialog(QDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.records: list[over_limit.OverLimit] = []
        self.setWindowTitle(self.tr("Over-long records"))
        self.setMinimumWidth(820)
        layout = QVBoxLayout(self)
        self.heading = sentence_label()
        layout.addWidget(self.heading)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Document"), self.tr("Unit"),
                                              self.tr("Too long")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit…"))
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = sentence_label()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.edit_button.clicked.connect(self.edit_selected)
        self.table.itemSelectionChanged.connect(self._update)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.reload()

    def reload(self) -> None:
        lang = self.ctx.lang
        self.records = over_limit.current_records(self.ctx.store, lang)
        self.table.setRowCount(len(self.records))
        for r, rec in enumerate(self.records):
            for c, text in enumerate((doc_type_name(rec.doc_type, lang), rec.title, rec.unit_code or "—",
                                      rec.what(lang))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        set_sentence(self.heading, t("check_over_limit", lang, n=len(self.records)) if self.records
                     else self.tr("No record is longer than the limits: everything can be sent."))
        if self.records:
            self.table.selectRow(0)
        self._update()

    def selected(self) -> over_limit.OverLimit | None:
        row = self.table.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def _update(self) -> None:
        rec = self.selected()
        why = None
        if rec is None:
            why = self.tr("Choose a record in the list first.")
        elif rec.doc_type not in EDITABLE:
            why = self.tr("Shorten this kind of record on its own page.")
        gate(self.edit_button, self.ctx, "records.write", why)

    def edit_selected(self) -> None:
        rec = self.selected()
        form = _form_for(self.ctx, rec, self) if rec else None
        if form is None:
            return
        if dialogs.run_dialog(form):
            set_sentence(self.message, self.tr("Saved: the shortened record goes with the next bundle."))
        self.reload()
