"""The conflicts view: a document edited on two laptops shows its competing versions side by side (issue 4 §4).

Each competing version is a column (the unit whose computer wrote it, its author and claimed time in the
header), each field a row with its label and its value as an officer reads it (`app.sync.conflicts.conflict_table`:
names for codes, dd/mm/yyyy, Vietnamese numbers), rows that differ highlighted. The officer keeps one version, or combines: the last column starts as the
current winner and is editable (double-click a cell of a version to take its value). Either way the core
writes one new version whose parents are all the leaves (`app.sync.conflicts`); nothing is dropped.
"""

from __future__ import annotations

import json
import re

from app import formatting
from app.domain import readable
from app.domain.readable import Names
from app.sync import conflicts as core
from ui import dialogs
from ui.display import format_number, normalise_number
from ui.pages.sync_common import doc_type_name, sentence_label, set_sentence
from ui.qt import (
    QAbstractItemView, QBrush, QColor, QHBoxLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QSplitter, Qt, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, Signal,
)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DIFFERS = QColor("#fff1b8")
COMBINED = QColor("#e8f3ff")


class BadValue(ValueError):
    """A combined cell that cannot be read back as its field's kind of value."""

    def __init__(self, field: str) -> None:
        super().__init__(field)
        self.field = field


def show_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def read_value(text: str, field: str, examples: list, lang: str):
    """Read an edited cell back as the kind of value the competing versions hold for `field`."""
    kinds = {type(v) for v in examples if v is not None}
    if text == "" and (None in examples or not kinds <= {str}):
        return None
    if kinds <= {str}:
        dates = [v for v in examples if v is not None]
        if dates and all(_ISO_DATE.match(v) for v in dates):  # a date, typed dd/mm/yyyy
            try:
                return formatting.parse_date(text).isoformat()
            except ValueError:
                raise BadValue(field) from None
        return text
    if kinds <= {int, float}:
        plain = normalise_number(text, lang)
        try:
            number = float(plain)
        except ValueError:
            raise BadValue(field) from None
        return int(number) if kinds == {int} and number.is_integer() else number
    try:
        return json.loads(text)
    except ValueError:
        raise BadValue(field) from None


def document_title(store, conflict: dict, lang: str, names: Names | None = None) -> str:
    """'Số liệu tháng: Công an xã Công Sơn – 02/2024': the kind and the core's few words for the document."""
    data = conflict["leaves"][0]["data"] or {}
    label = readable.document_title(store, conflict["doc_type"], data, lang, names) or conflict["doc_id"][:8]
    return f"{doc_type_name(conflict['doc_type'])}: {label}"


class ConflictsPanel(QWidget):
    resolved = Signal(str)  # doc_id, after a version was written

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.conflicts: list[dict] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = QLabel(self.tr("No conflicts: every document has one current version."))
        layout.addWidget(self.empty)
        self.more = QLabel()  # when there are more conflicts than one list holds
        self.more.setWordWrap(True)
        self.more.setVisible(False)
        layout.addWidget(self.more)
        split = QSplitter(Qt.Orientation.Horizontal)
        self.docs = QListWidget()
        self.docs.setWordWrap(True)
        self.docs.setMinimumWidth(220)
        split.addWidget(self.docs)
        right = QWidget()
        col = QVBoxLayout(right)
        col.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(self.tr("The same document was changed on two computers. Compare the versions: "
                                   "highlighted fields differ. Keep one version, or edit the last column and "
                                   "save it as the combined version (double-click a value to take it)."))
        self.hint.setWordWrap(True)
        col.addWidget(self.hint)
        self.table = QTableWidget()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        col.addWidget(self.table, 1)
        self.keep_row = QHBoxLayout()
        col.addLayout(self.keep_row)
        self.keep_buttons: list[QPushButton] = []
        self.combine_button = QPushButton(self.tr("Save the combined version"))
        self.message = sentence_label()
        col.addWidget(self.message)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([260, 960])
        self.split = split
        layout.addWidget(split, 1)
        self.docs.currentRowChanged.connect(self._show)
        self.table.cellDoubleClicked.connect(self._take)
        self.combine_button.clicked.connect(self.save_combined)

    # --- data
    def set_conflicts(self, found: list[dict], total: int | None = None) -> None:
        """Show `found` (the first conflicts); `total`: how many there are in all, when more than `found`."""
        current = self.current_doc_id()
        self.conflicts = found
        more = total is not None and total > len(found)
        self.more.setVisible(more)
        if more:
            lang = self.ctx.lang
            self.more.setText(self.tr("Showing the first %1 of %2 conflicts; the others appear as these are resolved.")
                              .replace("%1", format_number(len(found), lang)).replace("%2", format_number(total, lang)))
        self.docs.blockSignals(True)
        self.docs.clear()
        names = Names(self.ctx.store, self.ctx.lang)
        for c in found:
            item = QListWidgetItem(self.title(c, names) + "  " + self.tr("(%1 versions)").replace("%1",
                                                                                             str(len(c["leaves"]))))
            item.setData(Qt.ItemDataRole.UserRole, c["doc_id"])
            self.docs.addItem(item)
        self.docs.blockSignals(False)
        self.empty.setVisible(not found)
        self.split.setVisible(bool(found))
        ids = [c["doc_id"] for c in found]
        self.docs.setCurrentRow(ids.index(current) if current in ids else (0 if found else -1))
        if found:
            self._show(self.docs.currentRow())

    def title(self, conflict: dict, names: Names | None = None) -> str:
        return document_title(self.ctx.store, conflict, self.ctx.lang, names)

    def current_doc_id(self) -> str | None:
        item = self.docs.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current(self) -> dict | None:
        doc_id = self.current_doc_id()
        return next((c for c in self.conflicts if c["doc_id"] == doc_id), None)

    # --- the side-by-side table
    def _show(self, row: int) -> None:
        conflict = self.current()
        self.table.clear()
        while self.keep_row.count():  # the buttons of the previous document, and the stretch between them
            widget = self.keep_row.takeAt(0).widget()
            if widget is not None and widget is not self.combine_button:
                widget.deleteLater()
        self.keep_buttons = []
        set_sentence(self.message, "")
        if conflict is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            return
        leaves = conflict["leaves"]
        self.shown = core.conflict_table(self.ctx.store, conflict, self.ctx.lang)
        self.fields = [row["field"] for row in self.shown["rows"]]
        self.table.setColumnCount(len(leaves) + 1)
        self.table.setRowCount(len(self.fields))
        self.table.setVerticalHeaderLabels([row["label"] for row in self.shown["rows"]])
        headers = []
        for n, column in enumerate(self.shown["columns"], start=1):
            head = self.tr("Version %1").replace("%1", str(n))
            if n == 1:
                head += " " + self.tr("(shown now)")
            owner = column["owner"]
            if column["mine"]:  # "(máy này)" on a line of its own: a header does not wrap and would be cut
                owner = owner.replace(f" ({core.THIS_COMPUTER[self.ctx.lang]})", f"\n({core.THIS_COMPUTER[self.ctx.lang]})")
            headers.append("\n".join((head, owner, column["author"] or "—", column["claimed"])))
        headers.append(self.tr("Combined (editable)"))
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(self.shown["rows"]):
            for c, (leaf, text) in enumerate(zip(leaves, row["texts"])):
                item = QTableWidgetItem(self.tr("(deleted)") if leaf["deleted"] else text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if row["differs"]:
                    item.setBackground(QBrush(DIFFERS))
                self.table.setItem(r, c, item)
            combined = QTableWidgetItem()
            combined.setBackground(QBrush(COMBINED))
            self.table.setItem(r, len(leaves), combined)
            winner = leaves[0]
            if winner["deleted"]:  # the combined column starts from the winner's data, as it always did
                value = (winner["data"] or {}).get(row["field"])
                self._set_combined(r, value, show_value(value))
            else:
                self._set_combined(r, row["values"][0], row["texts"][0])
        header = self.table.horizontalHeader()
        for c in range(len(leaves) + 1):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        for n, leaf in enumerate(leaves, start=1):
            button = QPushButton(self.tr("Keep version %1").replace("%1", str(n)))
            button.clicked.connect(lambda _=False, vid=leaf["vid"]: self.keep(vid))
            self.keep_row.addWidget(button)
            self.keep_buttons.append(button)
        self.keep_row.addStretch(0)
        self.keep_row.addWidget(self.combine_button)

    def _take(self, row: int, column: int) -> None:
        """Double-click on a version's value: the combined column takes it."""
        conflict = self.current()
        if conflict is None or column >= len(conflict["leaves"]):
            return
        shown = self.shown["rows"][row]
        self._set_combined(row, shown["values"][column], shown["texts"][column])

    def _set_combined(self, row: int, value, text: str) -> None:
        """The combined cell shows a value as the versions do and remembers the value itself: unless the officer
        retypes the cell, that value is what is written back."""
        item = self.table.item(row, self.table.columnCount() - 1)
        item.setText(text)
        item.setData(Qt.ItemDataRole.UserRole, json.dumps(value, ensure_ascii=False))
        item.setData(Qt.ItemDataRole.UserRole + 1, text)

    def combined_data(self) -> dict:
        """The combined column read back as a document's data (raises BadValue naming the field)."""
        conflict = self.current()
        leaves = conflict["leaves"]
        data = {}
        for r, field in enumerate(self.fields):
            examples = [(leaf["data"] or {}).get(field) for leaf in leaves if not leaf["deleted"]]
            cell = self.table.item(r, len(leaves))
            if cell.text() == cell.data(Qt.ItemDataRole.UserRole + 1):  # as taken from a version: its very value
                value = json.loads(cell.data(Qt.ItemDataRole.UserRole))
            else:
                value = read_value(cell.text(), self.shown["rows"][r]["label"], examples, self.ctx.lang)
            if value is not None or any(field in (leaf["data"] or {}) for leaf in leaves):
                data[field] = value
        return data

    # --- resolving
    def keep(self, vid: str) -> None:
        conflict = self.current()
        if conflict is None:
            return
        n = [leaf["vid"] for leaf in conflict["leaves"]].index(vid) + 1
        if not dialogs.confirm(self, self.tr("Keep version %1 of “%2”? The other versions stay in the history but "
                                             "no longer compete.").replace("%1", str(n))
                               .replace("%2", self.title(conflict))):
            return
        self._write(lambda: core.keep_version(self.ctx.store, conflict["doc_id"], vid), conflict)

    def save_combined(self) -> None:
        conflict = self.current()
        if conflict is None:
            return
        try:
            data = self.combined_data()
        except BadValue as exc:
            set_sentence(self.message, self.tr("The combined value of “%1” cannot be read; correct it or take a "
                                               "version's value.").replace("%1", exc.field), error=True)
            return
        self._write(lambda: core.combine(self.ctx.store, conflict["doc_id"], data), conflict)

    def _write(self, action, conflict: dict) -> None:
        try:
            version = action()
        except Exception as exc:  # noqa: BLE001 - one sentence; the core's transaction left the store as it was
            set_sentence(self.message, dialogs.error_text(exc), error=True)
            return
        set_sentence(self.message, self.tr("Resolved “%1”: version %2 written.").replace("%1", self.title(conflict))
                     .replace("%2", version.vid))
        self.resolved.emit(conflict["doc_id"])
