"""Danh mục › Sáp nhập, chia tách (issue 20): the changes of units (merge, split, rename, move, end) with their
decisions, a unit's history, and a form for the level above to record one. The core does the work
(app/domain/unit_events.py); this tab only gathers fields and shows the one sentence it answers."""

from __future__ import annotations

import re

from app.domain import unit_events
from app.errors import AnttError
from app.i18n import current_language, t
from ui.dialogs import error_text
from ui.qt import (
    QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

KINDS = ("merge", "split", "rename", "move", "end")


class UnitEventsTab(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Unit code: its history (empty: every change)"))
        self.filter.returnPressed.connect(self.refresh)
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.refresh)
        top.addWidget(self.filter, 1)
        top.addWidget(show)
        layout.addLayout(top)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Effective date"), self.tr("Change and decision")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        box = QGroupBox(self.tr("Record a change decided by the level above"))
        form = QFormLayout(box)
        self.kind = QComboBox()
        for code, label in zip(KINDS, (self.tr("Merge"), self.tr("Split"), self.tr("Rename"),
                                       self.tr("Move to another parent"), self.tr("End"))):
            self.kind.addItem(label, code)
        self.codes = QLineEdit()
        self.codes.setPlaceholderText(self.tr("e.g. CAX-A CAX-B"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("merge: the unit they become; move: the new parent"))
        self.name = QLineEdit()
        self.date = QLineEdit()
        self.date.setPlaceholderText("YYYY-MM-DD")
        self.decision = QLineEdit()
        self.decision_date = QLineEdit()
        self.decision_date.setPlaceholderText("YYYY-MM-DD")
        self.issuer = QLineEdit()
        self.numbering = QComboBox()  # merge: the successor's receipt numbers (app/domain/receipt_numbering.py)
        for code, label in (("", self.tr("As usual (a new unit from 01, an existing one continues)")),
                            ("continue", self.tr("Continue after the merged units' highest number")),
                            ("restart", self.tr("Restart at 01 from the effective date"))):
            self.numbering.addItem(label, code)
        # split: one part a line, CODE=NAME:village;village (as `antt unit split --into`), how old records go
        self.parts = QPlainTextEdit()
        self.parts.setPlaceholderText(self.tr("split: one part a line, e.g. CAX-E=Công an xã E:thôn Nà Lầu;thôn Pò Mã"))
        self.parts.setTabChangesFocus(True)
        self.parts.setFixedHeight(self.parts.fontMetrics().lineSpacing() * 4 + 12)
        self.attribution = QComboBox()
        self.attribution.addItem(self.tr("By the village/place recorded"), "place")
        self.attribution.addItem(self.tr("All to the main part (the level above's choice)"), "choice")
        self.main_part = QLineEdit()
        self.main_part.setPlaceholderText(self.tr("the part that takes what no village names (default: the first)"))
        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(self.tr("restart of an existing unit: e.g. M (M01)"))
        form.addRow(self.tr("Change"), self.kind)
        form.addRow(self.tr("Unit(s)"), self.codes)
        form.addRow(self.tr("Into / new parent"), self.target)
        form.addRow(self.tr("New name"), self.name)
        form.addRow(self.tr("Effective date"), self.date)
        form.addRow(self.tr("Decision number"), self.decision)
        form.addRow(self.tr("Decision date"), self.decision_date)
        form.addRow(self.tr("Issued by"), self.issuer)
        form.addRow(self.tr("Parts (split)"), self.parts)
        form.addRow(self.tr("Old records"), self.attribution)
        form.addRow(self.tr("Main part"), self.main_part)
        form.addRow(self.tr("Receipt numbers"), self.numbering)
        form.addRow(self.tr("Number prefix"), self.prefix)
        self.form = form
        self.kind.currentIndexChanged.connect(self._show_fields)
        self._show_fields()
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.clicked.connect(self.record)
        form.addRow("", self.record_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form.addRow("", self.message)
        layout.addWidget(box)
        self.refresh()

    def _show_fields(self) -> None:
        """Only the fields the chosen change takes: parts for a split, receipt numbering for a merger."""
        kind = self.kind.currentData()
        for widget, kinds in ((self.target, ("merge", "move")), (self.name, ("merge", "rename")),
                              (self.parts, ("split",)), (self.attribution, ("split",)), (self.main_part, ("split",)),
                              (self.numbering, ("merge",)), (self.prefix, ("merge",))):
            self.form.setRowVisible(widget, kind in kinds)

    def _names(self) -> dict[str, str]:
        return unit_events.unit_names(self.ctx.store)

    def refresh(self) -> None:
        store, lang = self.ctx.store, current_language()
        code = self.filter.text().strip()
        try:
            lines = unit_events.history(store, code) if code else unit_events.all_events(store)
        except AnttError as exc:
            self.message.setText(error_text(exc))
            lines = []
        names = self._names()
        self.table.setRowCount(len(lines))
        for r, line in enumerate(lines):
            text = unit_events.describe(line, names, lang)
            self.table.setItem(r, 0, QTableWidgetItem(text.split(": ", 1)[0]))
            self.table.setItem(r, 1, QTableWidgetItem(text.split(": ", 1)[1] if ": " in text else text))
        self.table.resizeColumnToContents(0)

    def record(self) -> None:
        store = self.ctx.store
        kind = self.kind.currentData()
        codes = [c for c in re.split(r"[\s,;]+", self.codes.text().strip()) if c]
        decision = unit_events.Decision(self.decision.text(), self.decision_date.text().strip(), self.issuer.text())
        date, target, name = self.date.text().strip(), self.target.text().strip(), self.name.text().strip()
        try:
            if kind == "merge":
                event = unit_events.merge(store, codes, target, date, decision, name=name,
                                          numbering=self.numbering.currentData(), prefix=self.prefix.text())
            elif kind == "split":
                parts = [unit_events.parse_part(line) for line in self.parts.toPlainText().splitlines() if line.strip()]
                event = unit_events.split(store, (codes or [""])[0], parts, date, decision,
                                          attribution=self.attribution.currentData(), main=self.main_part.text())
            elif kind == "rename":
                event = unit_events.rename(store, (codes or [""])[0], name, date, decision)
            elif kind == "move":
                event = unit_events.move(store, (codes or [""])[0], target, date, decision)
            else:
                event = unit_events.end(store, (codes or [""])[0], date, decision)
        except AnttError as exc:
            self.message.setText(error_text(exc))
            return
        line = unit_events.HistoryLine(event["date"], event["kind"], event)

        self.message.setText(t("unit_event_applied", current_language(),
                               text=unit_events.describe(line, self._names(), current_language())))
        self.filter.clear()
        self.refresh()
