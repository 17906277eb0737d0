"""The forms of the plans: a new plan, a task assigned to units with a deadline, the home unit's progress on
one of its tasks (status, date, note, evidence figures), and an inspection or review with its findings."""

from __future__ import annotations

from app.domain import plans
from app.domain import unit_list
from app.domain.units import list_units
from app.errors import AnttError
from ui.display import format_number, normalise_number
from ui.pages.model_form import _SavingDialog
from ui.qt import QComboBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, Qt
from ui.widgets import DateEdit, select_data, vocab_combo


class FormRefusal(AnttError):
    """A sentence the form itself says (not one of the core's keyed messages)."""

    def __init__(self, text: str) -> None:
        Exception.__init__(self, text)
        self.key, self.params, self._text = "form", {}, text

    def message(self, lang=None) -> str:
        return self._text


def parse_evidence(text: str, lang: str) -> dict[str, str]:
    """'hộ gia đình = 120; km = 6,5' -> {'hộ gia đình': '120', 'km': '6.5'}; ValueError names the bad part."""
    figures: dict[str, str] = {}
    for part in (text or "").split(";"):
        if not part.strip():
            continue
        name, sep, value = part.partition("=")
        if not sep or not name.strip() or not value.strip():
            raise ValueError(part.strip())
        figures[name.strip()] = normalise_number(value, lang)
    return figures


def evidence_text(figures: dict, lang: str) -> str:
    return "; ".join(f"{name} = {format_number(value, lang)}" for name, value in (figures or {}).items())


class PlanForm(_SavingDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("New plan"))
        self.setMinimumWidth(560)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. 111/KH-BCH"))
        self.date = DateEdit()
        self.title = QLineEdit()
        self.implements = QLineEdit()
        self.implements.setPlaceholderText(self.tr("the directive or resolution it carries out"))
        for label, widget in ((self.tr("Number"), self.number), (self.tr("Date"), self.date),
                              (self.tr("Title"), self.title), (self.tr("Implements"), self.implements)):
            self.form.addRow(label, widget)

    def save(self):
        return plans.add_plan(self.ctx.store, self.ctx.home_unit, self.number.text(), self.date.iso(),
                              self.title.text(), self.implements.text())


class TaskForm(_SavingDialog):
    """A task of `plan_id` assigned to one or more units below the home unit (ticked in a list)."""

    def __init__(self, ctx, plan_id: str, parent=None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("New task"))
        self.setMinimumWidth(560)
        self.plan_id = plan_id
        self.title = QLineEdit()
        self.deadline = DateEdit()
        self.units = QListWidget()
        self.units.setMinimumHeight(160)
        for unit in unit_list.recordable_units(ctx.store, under=ctx.home_unit):  # no unit merged away
            item = QListWidgetItem(f"{unit.name} ({unit.code})")
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.units.addItem(item)
        for label, widget in ((self.tr("Task"), self.title), (self.tr("Deadline"), self.deadline),
                              (self.tr("Assigned to"), self.units)):
            self.form.addRow(label, widget)

    def tick(self, *codes: str) -> None:
        for n in range(self.units.count()):
            item = self.units.item(n)
            if item.data(Qt.ItemDataRole.UserRole) in codes:
                item.setCheckState(Qt.CheckState.Checked)

    def ticked(self) -> list[str]:
        return [self.units.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.units.count())
                if self.units.item(n).checkState() == Qt.CheckState.Checked]

    def save(self):
        return plans.add_task(self.ctx.store, self.plan_id, self.title.text(), self.deadline.iso(), self.ticked())


class ProgressForm(_SavingDialog):
    """The home unit's progress on one task; `current` (an assignment of plan_progress) fills it."""

    def __init__(self, ctx, assignment: dict, parent=None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Report progress"))
        self.setMinimumWidth(560)
        self.assignment = assignment
        task = QLabel(assignment["title"])
        task.setWordWrap(True)
        self.status = vocab_combo("plan_task_statuses", ctx.lang)
        select_data(self.status, assignment.get("status") or "not_started")
        self.date = DateEdit()
        self.note = QLineEdit(assignment.get("note") or "")
        self.evidence = QLineEdit(evidence_text(assignment.get("evidence") or {}, ctx.lang))
        self.evidence.setPlaceholderText(self.tr("name = number; … e.g. households = 120; km of border = 6,5"))
        for label, widget in ((self.tr("Task"), task), (self.tr("Status"), self.status),
                              (self.tr("Date"), self.date), (self.tr("Note"), self.note),
                              (self.tr("Evidence figures"), self.evidence)):
            self.form.addRow(label, widget)

    def save(self):
        try:
            figures = parse_evidence(self.evidence.text(), self.ctx.lang)
        except ValueError as exc:
            raise FormRefusal(self.tr("Write each figure as name = number, separated by “;” (not “%1”).")
                              .replace("%1", str(exc))) from None
        return plans.report_progress(self.ctx.store, self.assignment["task_id"], self.ctx.home_unit,
                                     self.status.currentData(), self.date.iso(), self.note.text(), figures)


class ReviewForm(_SavingDialog):
    """An inspection, interim review (sơ kết) or final review (tổng kết) of a plan, with its findings."""

    def __init__(self, ctx, plan_id: str, parent=None) -> None:
        super().__init__(ctx, "", parent)
        self.setWindowTitle(self.tr("Inspection or review"))
        self.setMinimumWidth(560)
        self.plan_id = plan_id
        self.kind = vocab_combo("plan_review_kinds", ctx.lang)
        self.date = DateEdit()
        self.unit = QComboBox()
        self.unit.addItem(self.tr("The whole plan"), None)
        for unit in list_units(ctx.store, under=ctx.home_unit):
            self.unit.addItem(f"{unit.name} ({unit.code})", unit.code)
        self.findings = QPlainTextEdit()
        self.findings.setTabChangesFocus(True)
        self.findings.setFixedHeight(110)
        for label, widget in ((self.tr("Kind"), self.kind), (self.tr("Date"), self.date),
                              (self.tr("Unit inspected"), self.unit), (self.tr("Findings"), self.findings)):
            self.form.addRow(label, widget)

    def save(self):
        return plans.add_review(self.ctx.store, self.plan_id, self.kind.currentData(), self.date.iso(),
                                self.findings.toPlainText(), self.unit.currentData())
