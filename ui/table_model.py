"""A Qt table model over a `KeysetPager`: rows are fetched a page at a time as they are shown (style.md §10).

The model holds no list of rows: `rowCount` is the pager's COUNT(*), `data` asks an LRU of pages, so a
table of a million rows costs a few pages of memory. Sorting goes to the pager (SQL ORDER BY), and only on
columns that declare themselves sortable.

A table over a store file is counted on a worker with a connection of its own (issue 17 item 3): the table
paints its first page at once, showing that page's rows, and grows to the full count when it lands
(`countKnown`). The COUNT(*) of 1M lines walks a 37 MB index: on the GUI thread it took 40-90 ms before the
first paint and left those pages in the GUI connection's cache. A first page shorter than a page is the count.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from app.formatting import register_number
from app.store.paging import Filter, KeysetPager, anchors_on_own_connection, count_on_own_connection
from ui.display import format_date, format_number
from ui.qt import (
    QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QModelRoleDataSpan, Qt, QTimer, Signal,
)
# Imported with the model, not at its first count: defining Task's signals costs PySide 7-12 ms, which a table's
# first paint would pay (bench/bench_ui.py). Pages import it anyway; the main window's first paint imports neither.
from ui.tasks import Task

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
    shows: str | None = None  # the source column shown, when it is not the one sorted by (default: name)

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
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
# The roles a QStyledItemDelegate asks of every cell it paints, in one multiData() call, in this order (Qt 6:
# font, alignment, foreground, check state, decoration, display, background): where the two this model answers are.
_DELEGATE_ROLES, _DELEGATE_ALIGN, _DELEGATE_DISPLAY = 7, 1, 5
# A PySide6 whose span of roles Python can index (6.11 can); otherwise Qt asks data() for each role.
_SPAN_INDEXABLE = hasattr(QModelRoleDataSpan, "__len__") and hasattr(QModelRoleDataSpan, "__getitem__")


def register_number_column(name: str, header: str, **kw) -> ColumnSpec:
    """The number of a register entry (a receipt's No.): 5338, not 5.338."""
    return ColumnSpec(name, header, as_register_number, align_right=True, **kw)


class PagedTableModel(QAbstractTableModel):
    """Rows of `pager` shown through `columns`. Call `refresh()` after the data changed."""

    # A table's first read looks at the keys of 100 rows, 4 screens, in its order's index: a table shorter than that
    # is counted by it (no worker); of a longer one, 100 rows are shown while a worker counts the rest. Only the
    # rows of a screen (SCREEN_READ) are read whole then: the rest when the view asks for them.
    PAGE_SIZE = 100
    # Any other read, e.g. where a jump lands: about a screen of rows, from the first row the view asks for (a
    # screen of a 700-pixel window is 23 rows; a maximised one takes two reads). Each row of some sources costs
    # correlated subqueries (a receipt's lines, its signed copy, its number's series: 15-25 µs a row), and
    # 100 rows read for the 23 shown were a quarter of a jump's CPU time (bench/bench_ui.py).
    SCREEN_READ = 32
    MAX_PAGES = 80  # reads kept, the oldest dropped first: 8,000 rows at most in memory
    ANCHOR_EVERY = 1000  # 1,000 anchors for 1M rows; a jump scans at most 1,000 index entries (~0.2 ms)

    sortRefused = Signal(int)  # a column the user tried to sort by that cannot be sorted
    resorted = Signal()  # the rows are in a new order (the view shows its first rows: ui/widgets.table_view)
    countKnown = Signal(int)  # the full count, read on a worker, now shown (after the rows it adds)

    def __init__(self, pager: KeysetPager, columns: Sequence[ColumnSpec], lang: str = "vi", parent=None, *,
                 count_in_background: bool | None = None) -> None:
        """`count_in_background`: None counts on a worker when the pager reads a store file (not in memory)."""
        super().__init__(parent)
        self.pager = pager
        self.columns = list(columns)
        self.lang = lang
        self._positions = [pager.source.names.index(c.shows or c.name) for c in self.columns]
        self._rows: dict[int, tuple] = {}  # position -> source row, for the rows read and kept
        self._pages: OrderedDict[int, int] = OrderedDict()  # the reads kept: first position -> rows, oldest first
        self._end: int | None = None  # a read came back short: no row at or after this position
        self._count: int | None = None  # the rows shown: the count, or while it is read the rows known so far
        self._seen = 0  # rows the first read found (up to PAGE_SIZE) in a table not counted yet
        self._previous: int | None = None  # after refresh(): the count before it, shown until the new one lands
        self._file = pager.database_file() if count_in_background is not False else None
        self._count_task = self._count_token = None
        self._anchor_task = self._anchor_token = None
        self.page_reads = 0  # how many pages were read from SQL (tests and the bench look at it)
        self.first_paint = None  # ui.widgets.FirstPaint of the view showing it (table_view sets it)

    # --- Qt interface
    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid():
            return 0
        if self._count is None:
            self._count = self._rows_to_show()
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

    if _SPAN_INDEXABLE:
        def multiData(self, index, span) -> None:  # noqa: N802 (Qt's name)
            """What a delegate paints of a cell, in one call from Qt instead of one data() call for each of its 7
            roles: each call from C++ into Python costs PySide more than the answer (bench/bench_ui.py). Only the
            text and its alignment are set; the other roles stay empty, as data() answers None for them."""
            if len(span) == _DELEGATE_ROLES:
                display, align = span[_DELEGATE_DISPLAY], span[_DELEGATE_ALIGN]
                if display.role() == _DISPLAY and align.role() == _ALIGN:
                    c = index.column()
                    spec = self.columns[c]
                    align.setData(_ALIGN_RIGHT if spec.align_right else _ALIGN_LEFT)
                    row = self._rows.get(index.row()) or self.row(index.row())
                    if row:
                        display.setData(spec.formatter(row[self._positions[c]], self.lang))
                    return
            for item in span:  # any other caller: role by role, as Qt's own multiData() does
                item.setData(self.data(index, item.role()))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title() if 0 <= section < len(self.columns) else None
        return str(section + 1)

    # flags(): Qt's own (a table's cells enabled and selectable, never editable), answered in C++: a Python flags()
    # was one more call from C++ into Python for every cell of every paint

    @property
    def anchoring(self) -> bool:
        """True while the keys every ANCHOR_EVERY rows of the current order are read on a worker."""
        return self._anchor_task is not None

    @property
    def counting(self) -> bool:
        """True while the full count is being read on a worker (rowCount() is then the rows known so far)."""
        return self._count_task is not None

    def _rows_to_show(self) -> int:
        known = self.pager.known_count
        if known is not None:
            return known
        if self._file is None:
            return self.pager.count()
        self.row(0)  # the first rows, read without counting
        known = self.pager.known_count
        if known is not None:  # the whole table fits in its first read: that is its count
            return known
        if self._count_task is None:
            self._start_count()
        return max(self._seen, self._previous or 0)

    def _start_count(self) -> None:
        """Count on a worker, started on the next turn of the event loop: after the first paint, not before it; and
        not at all when the filters or the data changed before then (a page applies its filters more than once
        while it opens: no thread for a count nobody will see)."""
        path, query, token = self._file, self.pager.count_query(), object()

        def work(ctx):  # on the worker: SQL on a connection of its own, nothing of this model touched
            ctx.check()  # the filters changed before it started
            return token, count_on_own_connection(path, query, lambda: ctx.cancelled)

        self._count_token = token
        self._count_task = task = Task(work)
        task.succeeded.connect(self._counted)
        task.failed.connect(self._count_failed)
        self._soon(lambda: self._count_token is token and task.start())

    def _counted(self, result: tuple[object, int]) -> None:
        token, n = result
        if token is not self._count_token:  # the filters or the data changed since it started
            return
        self._count_task = self._count_token = None
        self._previous = None
        self.pager.set_count(n)
        shown = self._count if self._count is not None else 0
        if n - shown > self.PAGE_SIZE:
            # the first count of a big table: a reset costs Qt what an open costs; inserting a million rows
            # costs it three times that (its headers count each row)
            self.beginResetModel()
            self._count = n
            self.endResetModel()
        elif n > shown:
            self.beginInsertRows(QModelIndex(), shown, n - 1)
            self._count = n
            self.endInsertRows()
        elif n < shown:
            self.beginRemoveRows(QModelIndex(), n, shown - 1)
            self._count = n
            self._drop_from(n)
            self.endRemoveRows()
        self.countKnown.emit(n)
        self._start_anchors()

    def _start_anchors(self) -> None:
        """Keys every ANCHOR_EVERY rows of the current order, read on a worker after the count: a jump anywhere
        then scans at most that many rows from the nearest (a 1M-line table's middle: 500,000 rows otherwise)."""
        self._stop_anchors()
        count = self.pager.known_count
        if self._file is None or count is None or count < 4 * self.ANCHOR_EVERY:
            return
        every = max(self.ANCHOR_EVERY, count // 2000)  # the pager keeps up to 4,096 anchors
        path, like, token = self._file, self.pager.twin_spec(), object()

        def work(ctx):  # on the worker: a connection of its own
            ctx.check()
            return token, anchors_on_own_connection(path, like, every, lambda: ctx.cancelled)

        self._anchor_token = token
        self._anchor_task = task = Task(work)
        task.succeeded.connect(self._anchored)
        self._soon(lambda: self._anchor_token is token and task.start())

    def _soon(self, start: Callable[[], object]) -> None:
        """`start` on the next turn of the event loop, and not before the view's first paint (FirstPaint)."""
        paint = self.first_paint
        QTimer.singleShot(0, self, (lambda: paint.then(start)) if paint is not None else start)

    def _anchored(self, result: tuple[object, list]) -> None:
        token, anchors = result
        if token is self._anchor_token:  # same filters, order and data as when the scan started
            self.pager.adopt_anchors(anchors)
            self._anchor_task = self._anchor_token = None

    def _stop_anchors(self) -> None:
        if self._anchor_task is not None:
            if self._anchor_task.is_running:
                self._anchor_task.cancel()
            self._anchor_task = self._anchor_token = None

    def _count_failed(self, exc: BaseException) -> None:
        """A worker that could not count (say, the file is locked for longer than its timeout): counted here."""
        task = self._count_task
        if task is None or task.error is not exc:
            return
        self._count_task = self._count_token = None
        self._previous = None
        self.beginResetModel()
        self.pager.count()
        self._forget()
        self.endResetModel()
        self.countKnown.emit(self.rowCount())

    def _stop_counting(self) -> None:
        self._stop_anchors()
        if self._count_task is not None:
            if self._count_task.is_running:
                self._count_task.cancel()
            self._count_task = self._count_token = None

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
        self.resorted.emit()
        if self.pager.known_count is not None:  # else the count, when it lands, starts them
            self._start_anchors()

    def sorted_section(self) -> tuple[int, Qt.SortOrder] | None:
        """The column the rows are sorted by and the order, as a header shows them (None: by the key alone)."""
        name, descending = self.pager.sort
        for section, spec in enumerate(self.columns):
            if spec.sortable and spec.name == name:
                return section, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return None

    # --- our interface
    def row(self, row_index: int) -> tuple | None:
        """The source row (all source columns) at `row_index`, read with the rows around it if not kept."""
        found = self._rows.get(row_index)
        if found is None and row_index >= 0 and (self._end is None or row_index < self._end):
            self._read_around(row_index)
            found = self._rows.get(row_index)
        return found

    def _read_around(self, row_index: int) -> None:
        """One read of the rows not kept around `row_index`: forward from it first (a view asks for the rows it
        paints from the top down), then backward (scrolled up, or near the end), at most SCREEN_READ rows (the
        first read of a table not yet counted: PAGE_SIZE), never a row already kept."""
        total = self.pager.known_count
        if row_index == 0 and total is None and not self._seen:  # the first rows of a table not counted yet
            read, self._seen = self.pager.first_page(self.SCREEN_READ, self.PAGE_SIZE)
            self._keep(0, read, self.SCREEN_READ)
            return
        size = self.SCREEN_READ
        limit = total if total is not None else row_index + size
        rows = self._rows
        stop = row_index + 1
        while stop < limit and stop - row_index < size and stop not in rows:
            stop += 1
        start = row_index
        if total is not None:  # an uncounted table is read forward only: its end is not known
            while start > 0 and stop - start < size and start - 1 not in rows:
                start -= 1
        self._keep(start, self.pager.page(start, stop - start), stop - start)

    def _keep(self, start: int, read: list[tuple], asked: int) -> None:
        """Keep the rows of one read from position `start` (`asked` of them were asked for), dropping the oldest
        reads beyond MAX_PAGES."""
        rows = self._rows
        self.page_reads += 1
        if len(read) < asked:
            self._end = start + len(read)
        for offset, values in enumerate(read):
            rows[start + offset] = values
        if read:
            self._pages[start] = len(read)
        while len(self._pages) > self.MAX_PAGES:
            first, length = self._pages.popitem(last=False)
            for position in range(first, first + length):
                rows.pop(position, None)

    def _drop_from(self, n: int) -> None:
        """Forget the rows kept at or after position `n` (the count shrank)."""
        for first, length in list(self._pages.items()):
            if first + length > n:
                for position in range(max(first, n), first + length):
                    self._rows.pop(position, None)
                if first >= n:
                    del self._pages[first]
                else:
                    self._pages[first] = n - first

    def value(self, row_index: int, name: str):
        row = self.row(row_index)
        return row[self.pager.source.names.index(name)] if row else None

    def set_filters(self, filters: Sequence[Filter]) -> None:
        self.beginResetModel()
        try:
            self.pager.set_filters(filters)
        finally:
            self._stop_counting()
            self._previous = None
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
        self._previous = self.pager.known_count if self._count_task is None else self._previous
        self.pager.invalidate()
        self._stop_counting()
        self._forget()
        self.endResetModel()

    @property
    def cached_rows(self) -> int:
        return len(self._rows)

    def _forget(self) -> None:
        self._rows.clear()
        self._pages.clear()
        self._end = None
        self._count = None
        self._seen = 0
