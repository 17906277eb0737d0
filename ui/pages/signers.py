"""Settings › Signers and recipients: who signs each kind of form of a unit and its "Nơi nhận" (issue 19 item 4).

Reads and writes through :mod:`app.domain.form_settings` (the command line's `antt settings` does the same).
A refusal is one sentence under the form; nothing is changed.
"""

from __future__ import annotations

from app.domain import form_settings as fs
from app.domain.units import list_units
from app.errors import AnttError
from ui.dialogs import error_text
from ui.qt import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, \
    QWidget


class SignersPanel(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.unit = QComboBox()
        self.form = QComboBox()
        names = {"all": self.tr("Every form (unless set below)"), "monthly": self.tr("Monthly report"),
                 "summary": self.tr("Summary report"), "models": self.tr("Register of models"),
                 "ratings": self.tr("Ratings register"), "plan": self.tr("Plan progress")}
        for code in (fs.ALL, *fs.FORMS):
            self.form.addItem(names[code], code)
        self.capacity = QComboBox()
        self.capacity.addItem(self.tr("The head signs"), "")
        for code, words in zip(fs.CAPACITIES, (self.tr("KT. (a deputy signs for the head)"),
                                               self.tr("TL. (by order of the head)"),
                                               self.tr("TUQ. (by authority of the head)"),
                                               self.tr("TM. (on behalf of a collective body)"),
                                               self.tr("Q. (acting head)"))):
            self.capacity.addItem(words, code)
        # TM. is followed by the collective body ("TM. Đảng ủy xã"): a capacity may be typed in full
        self.capacity.setEditable(True)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Phó Trưởng Công an xã (empty: the head's title)"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Thiếu tá Hoàng Văn Đức"))
        self.recipients = QPlainTextEdit()
        self.recipients.setPlaceholderText(self.tr("One recipient a line; empty: the level above and \"Lưu: VT\""))
        self.recipients.setMaximumHeight(140)
        self.save = QPushButton(self.tr("Save"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Form"), self.form)
        form.addRow(self.tr("Capacity"), self.capacity)
        form.addRow(self.tr("Signer's title"), self.title)
        form.addRow(self.tr("Signer's rank and name"), self.name)
        form.addRow(self.tr("Recipients (Nơi nhận)"), self.recipients)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.unit.currentIndexChanged.connect(self.load)
        self.form.currentIndexChanged.connect(self.load)
        self.save.clicked.connect(self.store_settings)

    def refresh(self) -> None:
        """The units of this laptop (its own first, then those below it, in Vietnamese order)."""
        current = self.unit.currentData() or self.ctx.home_unit
        self.unit.blockSignals(True)
        self.unit.clear()
        units = list_units(self.ctx.store, under=self.ctx.home_unit) if self.ctx.home_unit else []
        units.sort(key=lambda u: u.code != self.ctx.home_unit)  # stable: the rest keep their order
        for u in units:
            self.unit.addItem(f"{u.name} ({u.code})", u.code)
        self.unit.setCurrentIndex(max(0, self.unit.findData(current)))
        self.unit.blockSignals(False)
        self.load()

    def load(self) -> None:
        unit, form = self.unit.currentData(), self.form.currentData()
        if not unit:
            return
        s = fs.get_settings(self.ctx.store, unit, form)
        prefix = s.capacity.split()[0] if s.capacity else ""
        self.capacity.setCurrentIndex(max(0, self.capacity.findData(prefix)))
        if len(s.capacity.split()) > 1:  # typed in full: shown as typed
            self.capacity.setEditText(s.capacity)
        self.title.setText(s.signer_title)
        self.name.setText(s.signer_name)
        self.recipients.setPlainText("\n".join(s.recipients or ()))
        self.message.clear()

    def capacity_value(self) -> str:
        """The prefix of the chosen line (KT., TL. …), or what was typed in full ("TM. Đảng ủy xã")."""
        text = self.capacity.currentText().strip()
        chosen = self.capacity.findText(text)
        return self.capacity.itemData(chosen) if chosen >= 0 else text

    def store_settings(self) -> None:
        unit, form = self.unit.currentData(), self.form.currentData()
        lines = [line for line in self.recipients.toPlainText().splitlines() if line.strip()]
        try:
            with self.ctx.store.transaction():  # both or neither
                fs.set_signer(self.ctx.store, unit, form, title=self.title.text(), name=self.name.text(),
                              capacity=self.capacity_value())
                fs.set_recipients(self.ctx.store, unit, form, lines)
        except AnttError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Saved: the next form printed uses these."))
