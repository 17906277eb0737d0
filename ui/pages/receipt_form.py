"""The surrender receipt (biên bản tiếp nhận) form: who handed in what, received by whom, and its item lines.

Choosing an item shows its unit of count; a quantity is checked as it is typed (by the core's own rule, so
the form and the save never disagree) and Save stays disabled while a line is wrong.
"""

from __future__ import annotations

from app.domain import catalogue, organisation
from app.domain import surrenders as sr
from app.errors import AnttError
from app.formatting import register_number
from ui.dialogs import error_text
from ui.display import format_number, normalise_number
from ui.pages.model_form import _SavingDialog
from ui.qt import (
    QCheckBox, QComboBox, QDialogButtonBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    Qt, QToolButton, QVBoxLayout, QWidget,
)
from ui.widgets import ERROR_STYLE, DateEdit, NumberEdit, select_data, vocab_combo


def check_line(store, item_code: str, quantity_text: str, lang: str) -> str | None:
    """The core's verdict on one line as typed: None when fine, else its one sentence."""
    try:
        sr.line_data(store, sr.Line(item_code, normalise_number(quantity_text, lang)))
    except AnttError as exc:
        return exc.message(lang)
    return None


class LineRow(QWidget):
    """One item line: item, quantity, unit of count (shown, not typed), marking/serial, condition."""

    def __init__(self, form: "ReceiptForm", items: list[catalogue.Item], lang: str) -> None:
        super().__init__()
        self.form, self.lang = form, lang
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.item = QComboBox()
        for it in items:  # the unit of count tells apart items of one name ("pháo nổ (quả)", "pháo nổ (kg)")
            self.item.addItem(f"{it.name(lang)} ({it.unit(lang)})", it.code)
        self.item.setMinimumWidth(230)
        self._units = {it.code: it.unit(lang) for it in items}
        self.quantity = NumberEdit(lang)
        self.quantity.setMaximumWidth(90)
        self.unit = QLabel()
        self.unit.setMinimumWidth(50)
        self.serial = QLineEdit()
        self.serial.setPlaceholderText(self.tr("Marking / serial"))
        self.condition = QLineEdit()
        self.condition.setPlaceholderText(self.tr("Condition"))
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.remove.setToolTip(self.tr("Remove this line"))
        for w in (self.item, self.quantity, self.unit, self.serial, self.condition, self.remove):
            row.addWidget(w)
        self.item.currentIndexChanged.connect(self._item_changed)
        self.quantity.textChanged.connect(lambda _: form.validate())
        self.remove.clicked.connect(lambda: form.remove_line(self))
        self._item_changed()

    def _item_changed(self) -> None:
        self.unit.setText(self._units.get(self.item.currentData(), ""))
        self.form.validate()

    def error(self) -> str | None:
        message = check_line(self.form.ctx.store, self.item.currentData(), self.quantity.text(), self.lang)
        self.quantity.setStyleSheet(ERROR_STYLE if message else "")
        return message

    def to_line(self) -> sr.Line:
        return sr.Line(self.item.currentData(), normalise_number(self.quantity.text(), self.lang), None,
                       self.serial.text(), self.condition.text())


class ReceiptForm(_SavingDialog):
    def __init__(self, ctx, receipt_id: str | None = None, parent=None) -> None:
        self.lines: list[LineRow] = []
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("New surrender receipt") if receipt_id is None else self.tr("Edit receipt"))
        self.receipt_id = receipt_id
        lang = ctx.lang
        self.setMinimumWidth(860)
        self._items = catalogue.items(ctx.store, include_retired=False)

        self.number = QLineEdit()  # a register number: 5338, never grouped like a quantity (5.338)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.number.setPlaceholderText(self.tr("next number, given on saving"))
        self.date = DateEdit()
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("hh:mm, or leave empty"))
        self.place = QLineEdit()
        self.received_by = QLineEdit(ctx.store.author)
        self.received_rank = QLineEdit()
        self.method = vocab_combo("surrender_methods", lang)
        self.owner_unknown = QCheckBox(self.tr("Found, owner unknown"))
        self.person_name = QLineEdit()
        self.birth_year = NumberEdit(lang)
        self.id_number = QLineEdit()
        self.address = QLineEdit()
        self.witnesses = QLineEdit()
        self.witnesses.setPlaceholderText(self.tr("Names, separated by ;"))
        self.note = QLineEdit()

        grid = QGridLayout()
        pairs = [
            (self.tr("Number"), self.number, self.tr("Date"), self.date),
            (self.tr("Time"), self.time, self.tr("Place"), self.place),
            (self.tr("Receiving officer"), self.received_by, self.tr("Rank"), self.received_rank),
            (self.tr("How it came"), self.method, "", self.owner_unknown),
            (self.tr("Person handing in"), self.person_name, self.tr("Birth year"), self.birth_year),
            (self.tr("ID number"), self.id_number, self.tr("Address"), self.address),
            (self.tr("Witnesses"), self.witnesses, self.tr("Note"), self.note),
        ]
        for r, (l1, w1, l2, w2) in enumerate(pairs):
            grid.addWidget(QLabel(l1), r, 0)
            grid.addWidget(w1, r, 1)
            grid.addWidget(QLabel(l2), r, 2)
            grid.addWidget(w2, r, 3)
        self.form.addRow(grid)

        group = QGroupBox(self.tr("Items handed in"))
        self.lines_box = QVBoxLayout(group)
        self.add_line_button = QPushButton(self.tr("Add line"))
        self.add_line_button.setToolTip("Ctrl+L")
        self.add_line_button.setShortcut("Ctrl+L")
        self.lines_box.addWidget(self.add_line_button)
        self.box.insertWidget(1, group)
        self.add_line_button.clicked.connect(lambda: self.add_line())
        self.owner_unknown.toggled.connect(self._owner_toggled)

        if receipt_id is None:
            self.add_line()
        else:
            self._load(sr.get_surrender(ctx.store, receipt_id))
        # issue 16: photos and the signed copy, with thumbnails (attachments are saved as they are added)
        from ui.attachments_view import evidence_group

        evidence, self.attachments = evidence_group(ctx, receipt_id, "surrender", self.tr("Photos and signed copy"), self)
        self.box.insertWidget(2, evidence)
        self.validate()

    # --- lines
    def add_line(self, item_code: str | None = None, quantity=None) -> LineRow:
        row = LineRow(self, self._items, self.ctx.lang)
        if item_code:
            select_data(row.item, item_code)
        if quantity is not None:
            row.quantity.set_number(quantity)
        self.lines.append(row)
        self.lines_box.insertWidget(self.lines_box.count() - 1, row)
        row.item.setFocus()
        self.validate()
        return row

    def remove_line(self, row: LineRow) -> None:
        self.lines.remove(row)
        row.setParent(None)
        row.deleteLater()
        self.validate()

    def validate(self) -> bool:
        """Check every line as typed; show the first problem and enable Save only when all are fine."""
        if not hasattr(self, "buttons") or not hasattr(self, "lines_box"):
            return False
        errors = [e for e in (row.error() for row in self.lines) if e]
        if not self.lines:
            errors.append(self.tr("A receipt needs at least one item line."))
        self.message.setText(errors[0] if errors else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not errors)
        return not errors

    # --- loading and saving
    def _owner_toggled(self, unknown: bool) -> None:
        for w in (self.person_name, self.birth_year, self.id_number, self.address):
            w.setEnabled(not unknown)

    def _load(self, receipt: sr.Receipt) -> None:
        d = receipt.data
        self.number.setText(register_number(d["number"]))
        self.date.set_iso(d["date"])
        self.time.setText(d.get("time", ""))
        self.place.setText(d.get("place", ""))
        self.received_by.setText(d.get("received_by", ""))
        self.received_rank.setText(d.get("received_rank", ""))
        select_data(self.method, d.get("method"))
        self.owner_unknown.setChecked(bool(d.get("owner_unknown")))
        self.person_name.setText(d.get("person_name", ""))
        if receipt.person.birth_year:
            self.birth_year.setText(str(receipt.person.birth_year))
        self.id_number.setText(receipt.person.id_number or "")
        self.address.setText(receipt.person.address or "")
        self.witnesses.setText("; ".join(d.get("witnesses", [])))
        self.note.setText(d.get("note", ""))
        for line in d["lines"]:
            row = self.add_line(line["item_code"], line["quantity"])
            row.serial.setText(line.get("serial", ""))
            row.condition.setText(line.get("condition", ""))

    def fields(self) -> dict:
        unknown = self.owner_unknown.isChecked()
        return {
            "date": self.date.iso(), "time": self.time.text(), "place": self.place.text(),
            "received_by": self.received_by.text(), "received_rank": self.received_rank.text(),
            "method": self.method.currentData(), "owner_unknown": unknown,
            "person_name": "" if unknown else self.person_name.text(),
            "witnesses": [w for w in self.witnesses.text().split(";")], "note": self.note.text(),
            "number": self.number.text().strip() or None, "lines": [row.to_line() for row in self.lines],
        }

    def person(self) -> sr.Person:
        if self.owner_unknown.isChecked():
            return sr.Person()
        return sr.Person(self.birth_year.text_for_core(), self.id_number.text(), self.address.text())

    def save(self):
        if not self.validate():
            raise AnttError("no_items") if not self.lines else _Invalid(self.message.text())
        if self.receipt_id is None:
            fields = self.fields()  # a laptop of a unit merged away records for the unit it became (issue 20)
            unit = organisation.unit_for_new_record(self.ctx.store, self.ctx.home_unit, fields["date"] or None)
            return sr.add_surrender(self.ctx.store, person=self.person(), unit_code=unit, **fields)
        return sr.update_surrender(self.ctx.store, self.receipt_id, person=self.person(), **self.fields())


class _Invalid(AnttError):
    """A line the form already flagged: its sentence is shown as it is."""

    def __init__(self, text: str) -> None:
        Exception.__init__(self, text)
        self.key, self.params, self._text = "invalid", {}, text

    def message(self, lang=None) -> str:
        return self._text
