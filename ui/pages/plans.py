"""Kế hoạch: the plans, a plan's tasks with the status of each assigned unit (overdue ones in red), the
progress per unit and the reviews; add a plan, a task, a review; report the home unit's progress; print
the plan's progress report (on the Báo cáo page)."""

from __future__ import annotations

from app.domain import plans, vocab
from app.domain.units import list_units
from ui import dialogs
from ui.display import format_date, format_number
from ui.pages.plan_forms import PlanForm, ProgressForm, ReviewForm, TaskForm, evidence_text
from ui.pages.ratings import fill_table, read_only_table
from ui.qt import (
    QBrush, QColor, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, Qt, QVBoxLayout, QWidget,
)
from ui.widgets import explain_if_disabled, gate

OVERDUE = "#fbe3e4"
DONE = "#e6f2e6"


class PlansPanel(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 0)
        row = QHBoxLayout()
        self.new_plan_button = QPushButton(self.tr("New plan…"))
        self.new_task_button = QPushButton(self.tr("New task…"))
        self.progress_button = QPushButton(self.tr("Report progress…"))
        self.progress_button.setToolTip(self.tr("Progress of %1 on the chosen task").replace("%1", ctx.home_unit_name))
        self.review_button = QPushButton(self.tr("Inspection or review…"))
        self.print_button = QPushButton(self.tr("Progress report…"))
        self.print_button.setToolTip(self.tr("Build the plan's progress report on the Reports page"))
        for b in (self.new_plan_button, self.new_task_button, self.progress_button, self.review_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.print_button)
        box.addLayout(row)

        split = QSplitter(Qt.Orientation.Horizontal)
        self.plan_table = read_only_table([self.tr("No."), self.tr("Date"), self.tr("Title")])
        self.plan_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.plan_table.setColumnWidth(0, 90)
        self.plan_table.setColumnWidth(1, 90)
        self.plan_table.setWordWrap(False)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        font = self.plan_label.font()
        font.setBold(True)
        self.plan_label.setFont(font)
        self.task_table = read_only_table([self.tr("Task"), self.tr("Deadline"), self.tr("Unit"), self.tr("Status"),
                                           self.tr("Reported"), self.tr("Note"), self.tr("Evidence")])
        self.task_table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 250), (1, 90), (2, 170), (3, 215), (4, 100), (5, 130)):  # "Đang thực hiện · quá hạn"
            self.task_table.setColumnWidth(column, width)
        self.per_unit = QLabel()
        self.per_unit.setWordWrap(True)
        self.reviews = QLabel()
        self.reviews.setWordWrap(True)
        self.reviews.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_box.addWidget(self.plan_label)
        right_box.addWidget(self.task_table, 1)
        right_box.addWidget(self.per_unit)
        right_box.addWidget(self.reviews)
        split.addWidget(self.plan_table)
        split.addWidget(right)
        split.setSizes([360, 840])  # the plan's title, not only its number, stays readable
        box.addWidget(split, 1)

        self.plans: list[dict] = []
        self.assignments: list[dict] = []
        self.plan_table.itemSelectionChanged.connect(self.show_plan)
        self.task_table.itemSelectionChanged.connect(self._update_buttons)
        self.task_table.doubleClicked.connect(lambda _: self.report_progress())
        self.new_plan_button.clicked.connect(self.new_plan)
        self.new_task_button.clicked.connect(self.new_task)
        self.progress_button.clicked.connect(self.report_progress)
        self.review_button.clicked.connect(self.add_review)
        self.print_button.clicked.connect(self.print_progress)

    # --- reading
    def refresh(self) -> None:
        keep = self.plan_id
        self.plans = plans.list_plans(self.ctx.store)
        lang = self.ctx.lang
        fill_table(self.plan_table, [[p["number"], format_date(p["date"], lang), p["title"]] for p in self.plans])
        ids = [p["id"] for p in self.plans]
        if ids:
            self.plan_table.selectRow(ids.index(keep) if keep in ids else 0)
        self.show_plan()

    @property
    def plan_id(self) -> str | None:
        index = self.plan_table.currentIndex() if hasattr(self, "plan_table") else None
        if index is None or not index.isValid() or index.row() >= len(getattr(self, "plans", [])):
            return None
        return self.plans[index.row()]["id"]

    def show_plan(self) -> None:
        lang, plan_id = self.ctx.lang, self.plan_id
        if plan_id is None:
            self.assignments = []
            self.task_table.setRowCount(0)
            self.plan_label.setText(self.tr("No plan yet. The level above writes plans; a post sees them after "
                                            "a sync."))
            self.per_unit.setText("")
            self.reviews.setText("")
            self._update_buttons()
            return
        progress = plans.plan_progress(self.ctx.store, plan_id, unit=self.ctx.home_unit)
        plan = progress["plan"]
        self.plan_label.setText(self.tr("Plan No. %1 of %2: %3").replace("%1", plan["number"])
                                .replace("%2", format_date(plan["date"], lang)).replace("%3", plan["title"]))
        names = {u.code: u.name for u in list_units(self.ctx.store, under=self.ctx.home_unit)}
        self.assignments = progress["assignments"]
        fill_table(self.task_table, [[
            a["title"], format_date(a["deadline"], lang), names.get(a["unit_code"], a["unit_code"]),
            vocab.label("plan_task_statuses", a["status"], lang) + (" · " + self.tr("overdue") if a["overdue"] else ""),
            format_date(a["reported"], lang), a["note"] or "", evidence_text(a["evidence"], lang),
        ] for a in self.assignments])
        for n, a in enumerate(self.assignments):
            colour = OVERDUE if a["overdue"] else DONE if a["status"] == "done" else None
            if colour:
                for c in range(self.task_table.columnCount()):
                    self.task_table.item(n, c).setBackground(QBrush(QColor(colour)))
        self.per_unit.setText(self.tr("Per unit: %1").replace("%1", "; ".join(
            self.tr("%1 %2/%3 done, %4 overdue").replace("%1", names.get(code, code))
            .replace("%2", format_number(s["done"], lang)).replace("%3", format_number(s["tasks"], lang))
            .replace("%4", format_number(s["overdue"], lang))
            for code, s in progress["per_unit"].items()) or "—"))
        self.reviews.setText(self.tr("Inspections and reviews: %1").replace("%1", "; ".join(
            f"{vocab.label('plan_review_kinds', r['kind'], lang)} {format_date(r['date'], lang)}"
            + (f" ({names.get(r['unit_code'], r['unit_code'])})" if r["unit_code"] else "") + f": {r['findings']}"
            for r in progress["reviews"]) or "—"))
        self._update_buttons()

    def selected_assignment(self) -> dict | None:
        index = self.task_table.currentIndex()
        return self.assignments[index.row()] if index.isValid() and index.row() < len(self.assignments) else None

    def _update_buttons(self) -> None:
        no_plan = None if self.plan_id is not None else self.tr("Choose a plan in the list first.")
        gate(self.new_plan_button, self.ctx, "plans.write")
        gate(self.new_task_button, self.ctx, "plans.write", no_plan)
        gate(self.review_button, self.ctx, "plans.write", no_plan)
        gate(self.print_button, self.ctx, "reports.print", no_plan)
        chosen = self.selected_assignment()
        gate(self.progress_button, self.ctx, "records.write",
             self.tr("Choose a task of this unit first.")
             if chosen is None or chosen["unit_code"] != self.ctx.home_unit else None)

    # --- actions
    def new_plan(self):
        self._update_buttons()
        if explain_if_disabled(self, self.new_plan_button):
            return None
        form = PlanForm(self.ctx, self)
        if not dialogs.run_dialog(form):
            return None
        self.refresh()
        self.plan_table.selectRow([p["id"] for p in self.plans].index(form.result_value))
        return form.result_value

    def new_task(self):
        if self.plan_id is None:
            return None
        form = TaskForm(self.ctx, self.plan_id, self)
        return form.result_value if dialogs.run_dialog(form) else None

    def report_progress(self):
        chosen = self.selected_assignment()
        if chosen is None or chosen["unit_code"] != self.ctx.home_unit:
            return None
        form = ProgressForm(self.ctx, chosen, self)
        return form.result_value if dialogs.run_dialog(form) else None

    def add_review(self):
        if self.plan_id is None:
            return None
        form = ReviewForm(self.ctx, self.plan_id, self)
        return form.result_value if dialogs.run_dialog(form) else None

    def print_progress(self) -> bool:
        window = self.window()
        if self.plan_id is None or not hasattr(window, "show_page"):
            return False
        return window.show_page("reports").open_plan(self.plan_id)
