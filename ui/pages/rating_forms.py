"""The forms of the ratings: score one place of a year (criteria and their maxima from the core, the total
and the class shown as the officer types), and the province's thresholds of a year."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from app.domain import place_ratings as pr
from app.domain import vocab
from app.domain import unit_list
from ui.display import format_number, normalise_number
from ui.pages.model_form import _SavingDialog
from ui.pages.receipt_form import ERROR_STYLE
from ui.qt import QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QSpinBox
from ui.widgets import DateEdit, NumberEdit, select_data, vocab_combo


def year_box(value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(2000, 2999)
    spin.setValue(value)
    spin.setGroupSeparatorShown(False)
    return spin


def read_score(text: str, lang: str) -> Decimal | None:
    """A score as typed ('8,5'); None when empty; raises ValueError when it is not a number."""
    plain = normalise_number(text, lang)
    if not plain:
        return None
    try:
        return Decimal(plain)
    except InvalidOperation:
        raise ValueError(text) from None


def class_label(code: str, lang: str) -> str:
    return vocab.label("rating_classes", code, lang)


class RatingForm(_SavingDialog):
    """Score a place for a year; `existing` (a row of list_ratings) fills the form to change a score."""

    def __init__(self, ctx, year: int, existing: dict | None = None, parent=None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Score a place") if existing is None else self.tr("Change a score"))
        self.setMinimumWidth(620)
        lang = ctx.lang
        self.unit = QComboBox()
        for unit in unit_list.unit_list(ctx.store, under=ctx.home_unit):  # a new score: no unit merged away
            if unit.active or existing is not None:
                self.unit.addItem(f"{unit.name} ({unit.code})", unit.code)
        self.unit.setCurrentIndex(max(0, self.unit.findData(ctx.home_unit)))
        self.year = year_box(year)
        self.place_kind = vocab_combo("rating_place_kinds", lang)
        self.place_name = QLineEdit()
        self.place_name.setPlaceholderText(self.tr("e.g. Thôn Nà Pàn"))
        for label, widget in ((self.tr("Unit"), self.unit), (self.tr("Year"), self.year),
                              (self.tr("Kind of place"), self.place_kind), (self.tr("Place"), self.place_name)):
            self.form.addRow(label, widget)

        group = QGroupBox(self.tr("Score by criterion"))
        grid = QGridLayout(group)
        self.scores: dict[str, NumberEdit] = {}
        self._max: dict[str, float] = {}
        for row, c in enumerate(pr.criteria()):
            edit = NumberEdit(lang)
            edit.setMaximumWidth(80)
            edit.textChanged.connect(self.update_total)
            self.scores[c["code"]] = edit
            self._max[c["code"]] = c["max"]
            name = QLabel(c[lang] if lang in c else c["vi"])
            name.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(QLabel(self.tr("of %1").replace("%1", format_number(c["max"], lang))), row, 2)
        grid.setColumnStretch(0, 1)
        self.total = QLabel()
        font = self.total.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        self.total.setFont(font)
        grid.addWidget(self.total, len(self.scores), 0, 1, 3)
        self.box.insertWidget(1, group)

        self.recognised = QCheckBox(self.tr("Recognised as meeting the “Safe on security and order” standard"))
        self.decision_no = QLineEdit()
        self.decision_no.setPlaceholderText(self.tr("e.g. 125/QĐ-UBND"))
        self.decision_date = DateEdit()
        self.note = QLineEdit()
        after = QFormLayout()  # recognition comes after the scores, as on the paper form
        after.addRow("", self.recognised)
        after.addRow(self.tr("Decision No."), self.decision_no)
        after.addRow(self.tr("Decision date"), self.decision_date)
        after.addRow(self.tr("Note"), self.note)
        self.box.insertLayout(2, after)
        self.recognised.toggled.connect(self._recognised_toggled)
        self.unit.currentIndexChanged.connect(self.update_total)
        self.year.valueChanged.connect(self.update_total)
        if existing:
            self._load(existing)
        self._recognised_toggled(self.recognised.isChecked())
        self.update_total()

    def _load(self, row: dict) -> None:
        select_data(self.unit, row["unit_code"])
        self.year.setValue(int(row["year"]))
        select_data(self.place_kind, row["place_kind"])
        self.place_name.setText(row["place_name"])
        for code, value in row.get("scores", {}).items():
            if code in self.scores:
                self.scores[code].set_number(value)
        self.recognised.setChecked(bool(row["recognised"]))
        self.decision_no.setText(row.get("decision_no") or "")
        if row.get("decision_date"):
            self.decision_date.set_iso(row["decision_date"])

    def _recognised_toggled(self, on: bool) -> None:
        self.decision_no.setEnabled(on)
        self.decision_date.setEnabled(on)

    def thresholds(self) -> dict[str, float]:
        return pr.thresholds_for(self.ctx.store, self.unit.currentData(), self.year.value())

    def update_total(self) -> Decimal | None:
        """Sum the scores as typed, flag any that is not a number or over its maximum, show total and class."""
        lang, total, bad = self.ctx.lang, Decimal(0), False
        for code, edit in self.scores.items():
            try:
                value = read_score(edit.text(), lang)
            except ValueError:
                value, wrong = None, True
            else:
                wrong = value is not None and not 0 <= value <= Decimal(str(self._max[code]))
            edit.setStyleSheet(ERROR_STYLE if wrong else "")
            bad |= wrong
            total += value or 0
        if bad:
            self.total.setText(self.tr("Total: — (a score is not a number or is over its maximum)"))
            return None
        cls = pr.classify(float(total), self.thresholds())
        self.total.setText(self.tr("Total: %1 of 100 · %2").replace("%1", format_number(total, lang))
                           .replace("%2", class_label(cls, lang)))
        self.current_class = cls
        return total

    def save(self):
        scores = {code: normalise_number(edit.text(), self.ctx.lang) or "0" for code, edit in self.scores.items()}
        recognised = self.recognised.isChecked()
        return pr.rate_place(self.ctx.store, self.unit.currentData(), self.year.value(),
                             self.place_kind.currentData(), self.place_name.text(), scores, recognised=recognised,
                             decision_no=self.decision_no.text() if recognised else None,
                             decision_date=self.decision_date.iso() if recognised else None, note=self.note.text())


class ThresholdsForm(_SavingDialog):
    """The province's thresholds of a year: the lowest total of each class (they travel down to the posts)."""

    def __init__(self, ctx, year: int, parent=None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Thresholds of the classes"))
        self.year = year_box(year)
        self.excellent, self.good, self.average = NumberEdit(ctx.lang), NumberEdit(ctx.lang), NumberEdit(ctx.lang)
        self.form.addRow(self.tr("Year"), self.year)
        for code, edit in (("excellent", self.excellent), ("good", self.good), ("average", self.average)):
            self.form.addRow(self.tr("%1 from").replace("%1", class_label(code, ctx.lang)), edit)
        hint = QLabel(self.tr("Below the last threshold a place is rated weak. They apply to %1 and every "
                              "unit below it.").replace("%1", ctx.home_unit_name))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        self.year.valueChanged.connect(self._load)
        self._load()

    def _load(self) -> None:
        values = pr.thresholds_for(self.ctx.store, self.ctx.home_unit, self.year.value())
        self.excellent.set_number(values["excellent"])
        self.good.set_number(values["good"])
        self.average.set_number(values["average"])

    def save(self):
        return pr.set_thresholds(self.ctx.store, self.ctx.home_unit, self.year.value(),
                                 self.excellent.text_for_core(), self.good.text_for_core(),
                                 self.average.text_for_core())

