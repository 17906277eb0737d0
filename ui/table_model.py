"""A Qt table model over a `KeysetPager`: rows are fetched a page at a time as they are shown (style.md §10).

The model holds no list of rows: `rowCount` is the pager's COUNT(*), `data` asks an LRU of pages, so a
table of a million rows costs a few pages of memory. Sorting goes to the pager (SQL ORDER BY), and only on
columns that declare themselves sortable.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from app.formatting import register_number
from app.store.paging import Filter, KeysetPager
from ui.display import format_date, format_number
from ui.qt import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

Formatter = Callable[[Any, str], str]


def as_text(value, lang: str) -> str:
    return "" if value is None else str(value)


def as_date(value, lang: str) -> str:
    return format_date(value, lang)


def as_number(value, lang: str) -> str:
    return format_number(value, lang)


def as_register_number(value, lang: str) -> str:
    return register_number(value)


@dataclass(frozen=True)
class ColumnSpec:
    """A column on screen: which source column, its header (English source text, translated in `context`),
    how a value is shown, whether a click on the header sorts by it."""

    name: str
    header: str
    formatter: Formatter = as_text
    align_right: bool = False
    sortable: bool = True
    context: str = "Columns"

    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.header)


def unit_column(name_of: Callable[[str], str]) -> ColumnSpec:
    """The unit a row belongs to, by its name (Page.unit_name): a province's tables hold many units' rows."""
    return ColumnSpec("unit_code", QT_TRANSLATE_NOOP("Columns", "Unit"), lambda code, lang: name_of(code))


def date_column(name: str, header: str, **kw) -> ColumnSpec:
    return ColumnSpec(name, header, as_date, **kw)


def number_column(name: str, header: str, **kw) -> ColumnSpec:
    return ColumnSpec(name, header, as_number, align_right=True, **kw)


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_HANDLED = {_DISPLAY: "display", int(Qt.ItemDataRole.TextAlignmentRole.value): "align",
            int(Qt.ItemDataRole.UserRole.value): "user"}
_ALIGN_LEFT = int((Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter).value)
_ALIGN_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
def register_number_column(name: str, header: str, **kw) -> ColumnSpec:
    """The number of a register entry (a receipt's No.): 5338, not 5.338."""
    return ColumnSpec(name, header, as_register_number, align_right=True, **kw)


class PagedTableModel(QAbstractTableModel):
    """Rows of `pager` shown through `columns`. Call `refresh()` after the data changed."""

    PAGE_SIZE = 200
    MAX_PAGES = 40  # 8,000 rows at most in memory

    sortRefused = Signal(int)  # a column the user tried to sort by that cannot be sorted

    def __init__(self, pager: KeysetPager, columns: Sequence[ColumnSpec], lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.pager = pager
        self.columns = list(columns)
        self.lang = lang
        self._positions = [pager.source.names.index(c.name) for c in self.columns]
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._count: int | None = None
        self.page_reads = 0  # how many pages were read from SQL (tests and the bench look at it)

    # --- Qt interface
    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        if self._count is None:
            self._count = self.pager.count()
        return self._count

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=_DISPLAY):
        # Called for every role of every visible cell at each paint (800 calls a jump): the roles answered are
        # looked up first as plain ints, so the other roles cost one dict lookup (issue 17 item 3).
        handled = _HANDLED.get(role)
        if handled is None or not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < self.rowCount()) or not (0 <= c < len(self.columns)):
            return None
        spec = self.columns[c]
        if handled == "align":
            return _ALIGN_RIGHT if spec.align_right else _ALIGN_LEFT
        row = self.row(r)
        if not row:
            return None
        value = row[self._positions[c]]
        return spec.formatter(value, self.lang) if handled == "display" else value

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title() if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            self.sortRefused.emit(column)
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if self.pager.sort == (self.columns[column].name, descending):
            return
        self.beginResetModel()
        self.pager.set_sort(self.columns[column].name, descending)
        self._forget()
        self.endResetModel()

    # --- our interface
    def row(self, row_index: int) -> tuple | None:
        """The source row (all source columns) at `row_index`, read with its page if not cached."""
        page_no, offset = divmod(row_index, self.PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self.pager.page(page_no * self.PAGE_SIZE, self.PAGE_SIZE)
            self.page_reads += 1
            self._pages[page_no] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def value(self, row_index: int, name: str):
        row = self.row(row_index)
        return row[self.pager.source.names.index(name)] if row else None

    def set_filters(self, filters: Sequence[Filter]) -> None:
        self.beginResetModel()
        try:
            self.pager.set_filters(filters)
        finally:
            self._forget()
            self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(self.columns) - 1))

    def refresh(self) -> None:
        """The data changed underneath: forget counts, anchors and pages."""
        self.beginResetModel()
        self.pager.invalidate()
        self._forget()
        self.endResetModel()

    @property
    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def _forget(self) -> None:
        self._pages.clear()
        self._count = None
