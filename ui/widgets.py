"""Small widgets every form uses: dates shown dd/mm/yyyy but read as ISO, numbers typed the Vietnamese way,
combo boxes of the core's closed lists."""

from __future__ import annotations

import datetime as dt

from app.domain import vocab
from ui.display import format_number, normalise_number
from ui.qt import QComboBox, QDate, QDateEdit, QLineEdit, Qt


class DateEdit(QDateEdit):
    """A date picker showing dd/MM/yyyy; `iso()` gives 'YYYY-MM-DD' for the core."""

    def __init__(self, value: str | dt.date | None = None, parent=None, month_only: bool = False) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("MM/yyyy" if month_only else "dd/MM/yyyy")
        self.set_iso(value or dt.date.today().isoformat())

    def set_iso(self, value) -> None:
        text = value.isoformat() if isinstance(value, dt.date) else str(value)
        self.setDate(QDate.fromString(text[:10] if len(text) >= 10 else text + "-01", "yyyy-MM-dd"))

    def iso(self) -> str:
        return self.date().toString("yyyy-MM-dd")

    def month(self) -> str:
        return self.date().toString("yyyy-MM")


class NumberEdit(QLineEdit):
    """A line for a number typed as officers write it (8,1 / 2.028); `text_for_core()` is plain '8.1'."""

    def __init__(self, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def set_number(self, value) -> None:
        self.setText(format_number(value, self.lang) if value not in (None, "") else "")

    def text_for_core(self) -> str | None:
        text = normalise_number(self.text(), self.lang)
        return text or None


def vocab_combo(kind: str, lang: str, *, with_all: str | None = None, parent=None) -> QComboBox:
    """A combo of one closed list; with `with_all`, a first entry (data None) meaning "any"."""
    combo = QComboBox(parent)
    # long Vietnamese labels would otherwise make the combo as wide as the longest one
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    if with_all is not None:
        combo.addItem(with_all, None)
    for entry in vocab.entries(kind):
        combo.addItem(entry[lang], entry["code"])
    return combo


def select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def table_view(model, sort_column: int = 0, descending: bool = False):
    """A QTableView as every list of the app has it: whole rows selected, compact rows, sortable headers."""
    from ui.qt import QAbstractItemView, QTableView

    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.horizontalHeader().setHighlightSections(False)
    return view
