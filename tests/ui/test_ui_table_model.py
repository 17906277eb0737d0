"""The paged table model: Qt's model checks, page-at-a-time reading, sorting through SQL, formatting."""

import sqlite3

import pytest

from app.store.paging import Column, Filter, KeysetPager, Source
from ui.qt import QTableView, Qt
from ui.table_model import ColumnSpec, PagedTableModel, date_column, number_column

SOURCE = Source("t", (Column("id"), Column("day"), Column("qty"), Column("note", sortable=False)), key=("id",))
COLUMNS = [ColumnSpec("id", "No."), date_column("day", "Date"), number_column("qty", "Quantity"),
           ColumnSpec("note", "Note", sortable=False)]


@pytest.fixture
def conn():
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, day TEXT NOT NULL, qty REAL NOT NULL, note TEXT)")
    c.executemany("INSERT INTO t VALUES (?, ?, ?, ?)",
                  [(i, f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}", i * 1.5, f"n{i}") for i in range(1, 5001)])
    c.execute("CREATE INDEX t_day ON t(day)")
    return c


def shown_view(qtbot, model, column: int, descending: bool = False, anchored: bool = False):
    """The app's table view over ``model``, sorted by ``column``, shown at 600×400 once its count (and, if asked, its
    anchors) arrived."""
    from ui.widgets import table_view

    view = table_view(model, column, descending=descending)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitUntil(lambda: not model.counting and not (anchored and model.anchoring), timeout=10000)
    return view


def test_qt_model_tester_accepts_it(qtmodeltester, conn):
    model = PagedTableModel(KeysetPager(conn, SOURCE, sort="id"), COLUMNS)
    qtmodeltester.check(model, force_py=True)


def test_reads_only_the_pages_it_is_asked_for(conn):
    model = PagedTableModel(KeysetPager(conn, SOURCE, sort="id"), COLUMNS)
    assert model.rowCount() == 5000 and model.page_reads == 0
    assert model.data(model.index(4999, 0)) == "5000"
    assert model.data(model.index(4998, 2)) == "7.498,5"  # Vietnamese number
    assert model.data(model.index(0, 1)) == "02/02/2026"
    assert model.page_reads == 2 and model.cached_rows <= 2 * model.PAGE_SIZE


def test_lru_keeps_memory_bounded(conn):
    model = PagedTableModel(KeysetPager(conn, SOURCE, sort="id"), COLUMNS)
    for row in range(0, 5000, 50):
        model.data(model.index(row, 0))
    assert model.cached_rows <= model.MAX_PAGES * model.PAGE_SIZE
    assert len(model._pages) <= model.MAX_PAGES


def test_sorting_goes_through_sql_and_unsortable_columns_refuse(qtbot, conn):
    model = PagedTableModel(KeysetPager(conn, SOURCE, sort="id"), COLUMNS)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, 0)) == "5000"
    model.sort(1, Qt.SortOrder.AscendingOrder)
    first_days = [model.value(r, "day") for r in range(300)]
    assert first_days == sorted(first_days)
    with qtbot.waitSignal(model.sortRefused) as blocker:
        model.sort(3)
    assert blocker.args == [3] and model.pager.sort == ("day", False)


def test_filters_and_refresh(conn):
    model = PagedTableModel(KeysetPager(conn, SOURCE, sort="id"), COLUMNS)
    model.set_filters([Filter("qty", "<", 15)])
    assert model.rowCount() == 9
    conn.execute("INSERT INTO t VALUES (9999, '2026-01-01', 1, '')")
    assert model.rowCount() == 9
    model.refresh()
    assert model.rowCount() == 10


def test_headers_are_translated_text_and_english_numbers(conn):
    model = PagedTableModel(KeysetPager(conn, SOURCE, sort="id"), COLUMNS, lang="en")
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Quantity"
    assert model.data(model.index(999, 2)) == "1,500"


def test_view_shows_a_page_without_reading_everything(qtbot, conn):
    model = PagedTableModel(KeysetPager(conn, SOURCE, sort="id"), COLUMNS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.page_reads >= 1)
    assert model.cached_rows < 5000


# --- a table over a file is counted on a worker (issue 17 item 3)

@pytest.fixture
def file_conn(tmp_path):
    """The same table in a file: another connection (the worker's) can count it."""
    c = sqlite3.connect(tmp_path / "t.sqlite", isolation_level=None)
    c.execute("PRAGMA journal_mode=WAL")
    c.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, day TEXT NOT NULL, qty REAL NOT NULL, note TEXT)")
    c.executemany("INSERT INTO t VALUES (?, ?, ?, ?)",
                  [(i, f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}", i * 1.5, f"n{i}") for i in range(1, 5001)])
    c.execute("CREATE INDEX t_day ON t(day)")
    yield c
    c.close()


def independent_count(conn, where: str = "") -> int:
    return conn.execute(f"SELECT count(*) FROM t {where}").fetchone()[0]


def test_a_big_table_shows_its_first_page_then_grows_to_the_count_read_on_a_worker(qtbot, file_conn):
    model = PagedTableModel(KeysetPager(file_conn, SOURCE, sort="day"), COLUMNS)
    assert model.rowCount() == model.PAGE_SIZE and model.counting  # the first page's rows, while counting
    assert model.pager.known_count is None
    assert model.data(model.index(0, 0)) is not None and model.page_reads == 1
    with qtbot.waitSignal(model.countKnown, timeout=10000) as counted:
        pass
    assert counted.args == [independent_count(file_conn)] == [model.rowCount()] == [5000]
    assert not model.counting
    last_id = file_conn.execute("SELECT id FROM t ORDER BY day DESC, id DESC LIMIT 1").fetchone()[0]
    assert model.data(model.index(4999, 0)) == str(last_id)


def test_the_first_read_reads_a_screen_of_whole_rows_and_the_rest_when_shown(qtbot, file_conn):
    """The first read looks at PAGE_SIZE keys (the table holds at least that many while it is counted) but reads the
    columns of SCREEN_READ rows only; a row after those is read when asked for, and is the row SQL has there."""
    fetched = []
    pager = KeysetPager(file_conn, SOURCE, sort="day")
    fetch = pager._fetch
    pager._fetch = lambda keys: fetched.append(len(keys)) or fetch(keys)
    model = PagedTableModel(pager, COLUMNS)
    assert model.rowCount() == model.PAGE_SIZE and model.counting
    assert fetched == [model.SCREEN_READ] and model.cached_rows == model.SCREEN_READ
    ids = [r[0] for r in file_conn.execute("SELECT id FROM t ORDER BY day, id LIMIT 100")]
    assert [model.data(model.index(r, 0)) for r in range(0, 100, 9)] == [str(i) for i in ids[::9]]
    qtbot.waitUntil(lambda: not model.counting, timeout=10000)


def test_rows_asked_for_before_the_count_leave_the_first_read_its_probe(qtbot, file_conn):
    """A row asked for by its position before anything else (a page's selected record) does not make the table look
    as long as the rows kept: the first rows are still read with their probe, and the table shows PAGE_SIZE rows
    while it is counted, then the count."""
    model = PagedTableModel(KeysetPager(file_conn, SOURCE, sort="id"), COLUMNS)
    assert model.value(5, "id") == 6
    assert model.rowCount() == model.PAGE_SIZE and model.counting
    qtbot.waitUntil(lambda: not model.counting, timeout=10000)
    assert model.rowCount() == independent_count(file_conn) == 5000


def test_a_table_within_one_page_is_counted_at_once(qtbot, file_conn):
    model = PagedTableModel(KeysetPager(file_conn, SOURCE, sort="id", filters=[Filter("qty", "<", 150)]), COLUMNS)
    assert model.rowCount() == independent_count(file_conn, "WHERE qty < 150") == 99
    assert not model.counting


def test_a_count_started_before_the_filters_changed_is_not_shown(qtbot, file_conn):
    model = PagedTableModel(KeysetPager(file_conn, SOURCE, sort="id"), COLUMNS)
    assert model.rowCount() == model.PAGE_SIZE and model.counting
    model.set_filters([Filter("qty", ">=", 3000)])  # 2000..5000: 3,001 rows, counted anew
    with qtbot.waitSignal(model.countKnown, timeout=10000) as counted:
        model.rowCount()
    qtbot.wait(50)  # let a stale count, if any were delivered, arrive too
    assert counted.args == [independent_count(file_conn, "WHERE qty >= 3000")] == [3001]
    assert model.rowCount() == 3001


def test_after_a_refresh_the_old_count_stands_until_the_new_one_lands(qtbot, file_conn):
    model = PagedTableModel(KeysetPager(file_conn, SOURCE, sort="id"), COLUMNS)
    model.rowCount()
    qtbot.waitUntil(lambda: not model.counting, timeout=10000)
    file_conn.execute("DELETE FROM t WHERE id > 4990")
    model.refresh()
    assert model.rowCount() == 5000 and model.counting  # the rows shown so far; the last ten are empty now
    assert model.data(model.index(4995, 0)) is None
    with qtbot.waitSignal(model.rowsRemoved, timeout=10000):
        pass
    assert model.rowCount() == independent_count(file_conn) == 4990


def test_sorting_keeps_the_count(qtbot, file_conn):
    model = PagedTableModel(KeysetPager(file_conn, SOURCE, sort="id"), COLUMNS)
    model.rowCount()
    qtbot.waitUntil(lambda: not model.counting, timeout=10000)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 5000 and not model.counting
    assert model.value(0, "day") == file_conn.execute("SELECT max(day) FROM t").fetchone()[0]


def test_after_the_count_anchors_read_on_a_worker_serve_jumps_anywhere(qtbot, file_conn, monkeypatch):
    monkeypatch.setattr(PagedTableModel, "ANCHOR_EVERY", 100)  # 5,000 rows: anchors at 100, 200, ... 4,900
    model = PagedTableModel(KeysetPager(file_conn, SOURCE, sort="day", descending=True), COLUMNS)
    model.rowCount()
    qtbot.waitUntil(lambda: not model.counting and not model.anchoring, timeout=10000)
    assert set(range(100, 5000, 100)) <= set(model.pager._anchor_pos)
    for row in (2500, 4321, 77, 4999):
        truth = file_conn.execute("SELECT id FROM t ORDER BY day DESC, id DESC LIMIT 1 OFFSET ?", (row,)).fetchone()[0]
        assert model.value(row, "id") == truth
    model.sort(2, Qt.SortOrder.AscendingOrder)  # another order: its own anchors, the old ones forgotten
    assert model.anchoring and not set(range(100, 5000, 100)) <= set(model.pager._anchor_pos)
    qtbot.waitUntil(lambda: not model.anchoring, timeout=10000)
    assert model.value(4000, "id") == file_conn.execute("SELECT id FROM t ORDER BY qty, id LIMIT 1 OFFSET 4000").fetchone()[0]


def test_a_new_order_shows_its_first_rows_without_reading_where_the_view_was(qtbot, file_conn):
    """A view scrolled far down, then sorted by another column: it shows the new order's first rows (its smallest
    dates), and reads no page of the new order near where it was (that row's key would be an OFFSET walk from the
    top while the new order has no anchors yet)."""
    model = PagedTableModel(KeysetPager(file_conn, SOURCE, sort="id"), COLUMNS)
    view = shown_view(qtbot, model, 0)
    view.scrollToBottom()
    qtbot.waitUntil(lambda: view.rowAt(0) > 4900)
    reads = []
    model.pager.page = lambda start, size, page=model.pager.page: reads.append(start) or page(start, size)
    view.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # what a click on "Date" does
    qtbot.waitUntil(lambda: bool(reads) and view.rowAt(0) == 0)
    qtbot.waitUntil(lambda: model.data(model.index(view.rowAt(0), 1)) is not None)
    first_day = file_conn.execute("SELECT min(day) FROM t").fetchone()[0]
    assert model.value(view.rowAt(0), "day") == first_day
    assert view.verticalScrollBar().value() == 0
    assert max(reads) < 1000, reads  # only pages at the top of the new order


def test_a_count_superseded_before_it_started_starts_no_thread(qtbot, file_conn, monkeypatch):
    """Filters applied three times before the event loop turns (a page opening): one count runs, for the last."""
    from ui.tasks import Task

    started = []
    start = Task.start
    monkeypatch.setattr(Task, "start", lambda self: started.append(self) or start(self))
    model = PagedTableModel(KeysetPager(file_conn, SOURCE, sort="id"), COLUMNS)
    for low in (10, 20, 3000):
        model.set_filters([Filter("qty", ">=", low)])
        model.rowCount()
    with qtbot.waitSignal(model.countKnown, timeout=10000) as counted:
        pass
    assert counted.args == [independent_count(file_conn, "WHERE qty >= 3000")] == [3001]
    qtbot.waitUntil(lambda: not model.anchoring, timeout=10000)
    assert len(started) == 1  # the last count; 3,001 rows are too few for anchors (4 x ANCHOR_EVERY)


def test_a_click_on_a_column_that_cannot_sort_keeps_the_rows_where_they_are_and_the_arrow_where_it_was(qtbot, file_conn):
    model = PagedTableModel(KeysetPager(file_conn, SOURCE, sort="day"), COLUMNS)
    view = shown_view(qtbot, model, 1)
    view.scrollTo(model.index(2500, 0))
    qtbot.waitUntil(lambda: view.rowAt(0) > 2000)
    where = view.rowAt(0)
    header = view.horizontalHeader()
    with qtbot.waitSignal(model.sortRefused):
        header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)  # "Note": what a click on it does
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.AscendingOrder)
    assert model.pager.sort == ("day", False) and view.rowAt(0) == where


# --- what a jump reads and paints (issue 17 item 3: a jump's CPU time)

def painted_texts(view, model, row: int) -> list[str]:
    """The text the view's delegate paints in each cell of `row`: what it asks the model for, as a paint does."""
    from ui.qt import QStyledItemDelegate
    from PySide6.QtWidgets import QStyleOptionViewItem

    delegate = view.itemDelegate()
    assert isinstance(delegate, QStyledItemDelegate)
    texts = []
    for column in range(model.columnCount()):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, model.index(row, column))
        texts.append(option.text)
    return texts


def shown_rows(view) -> range:
    return range(view.rowAt(0), view.rowAt(view.viewport().height() - 1) + 1)


def test_a_jump_shows_the_rows_an_independent_query_finds_in_each_order(qtbot, file_conn, monkeypatch):
    """Jumps to the middle, 1,000 rows further, one row up and to the end, under two orders: every row painted is
    the row a plain SQL OFFSET finds there, shown as the formatters show it."""
    monkeypatch.setattr(PagedTableModel, "ANCHOR_EVERY", 100)  # 5,000 rows: jumps start from anchors, as at 1M
    model = PagedTableModel(KeysetPager(file_conn, SOURCE, sort="day", descending=True), COLUMNS)
    view = shown_view(qtbot, model, 1, descending=True, anchored=True)
    for order_by, section, order in (("day DESC, id DESC", None, None),
                                     ("qty, id", 2, Qt.SortOrder.AscendingOrder)):
        if section is not None:
            view.sortByColumn(section, order)
            qtbot.waitUntil(lambda: not model.anchoring, timeout=10000)
        for target in (2500, 3500, "up", 4999):
            if target == "up":
                view.verticalScrollBar().setValue(view.verticalScrollBar().value() - 1)
            else:
                view.scrollTo(model.index(target, 0))
            qtbot.waitUntil(lambda: view.rowAt(0) > 0)
            rows = shown_rows(view)
            assert len(rows) > 5
            truth = file_conn.execute(f"SELECT id, day, qty, note FROM t ORDER BY {order_by} LIMIT ? OFFSET ?",
                                      (len(rows), rows[0])).fetchall()
            expected = [[str(i), f"{d[8:10]}/{d[5:7]}/{d[:4]}", f"{q:,.1f}".replace(",", " ").replace(".", ",")
                         .replace(" ", ".").removesuffix(",0"), n] for i, d, q, n in truth]
            assert [painted_texts(view, model, r) for r in rows] == expected, (order_by, target)


def test_the_delegate_paints_what_data_answers_text_and_alignment(qtbot, conn):
    """multiData (one call a painted cell) answers what data() answers role by role: the text, its alignment, and
    nothing for the roles the model leaves to the view (font, colours, check box, icon)."""
    from ui.qt import QStyledItemDelegate
    from PySide6.QtWidgets import QStyleOptionViewItem

    model = PagedTableModel(KeysetPager(conn, SOURCE, sort="id"), COLUMNS)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = QStyledItemDelegate()
    for row in (0, 1, 2499, 4999):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            option = QStyleOptionViewItem()
            delegate.initStyleOption(option, index)
            assert option.text == model.data(index)
            assert int(option.displayAlignment.value) == model.data(index, Qt.ItemDataRole.TextAlignmentRole)
            for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole,
                         Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole):
                assert model.data(index, role) is None
            assert option.icon.isNull() and option.backgroundBrush.style() == Qt.BrushStyle.NoBrush
    assert option.text == "n5000" == conn.execute("SELECT note FROM t ORDER BY id DESC LIMIT 1").fetchone()[0]
    # any other caller's span of roles: answered role by role, as data() answers each
    from ui.qt import QModelRoleDataSpan
    from PySide6.QtCore import QModelRoleData

    for role in (Qt.ItemDataRole.UserRole, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
        one = QModelRoleData(int(role.value))
        model.multiData(model.index(2, 2), QModelRoleDataSpan(one))
        assert one.data() == model.data(model.index(2, 2), role) == {"UserRole": 4.5, "DisplayRole": "4,5"}.get(role.name)


def test_a_jump_reads_about_a_screen_of_rows_once_each(qtbot, file_conn):
    """A jump reads the rows from the first one the view paints (SCREEN_READ of them), scrolling up reads the
    rows above in one read, and no row is read twice while it is kept."""
    model = PagedTableModel(KeysetPager(file_conn, SOURCE, sort="day"), COLUMNS)
    view = shown_view(qtbot, model, 1)
    reads = []
    page = model.pager.page
    model.pager.page = lambda start, size: reads.append((start, size)) or page(start, size)
    view.scrollTo(model.index(3000, 0))
    qtbot.waitUntil(lambda: 2900 < view.rowAt(0) <= 3000 and bool(reads))  # painted
    top = view.rowAt(0)
    assert reads == [(top, model.SCREEN_READ)]
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() - 3)  # three rows up
    qtbot.waitUntil(lambda: view.rowAt(0) == top - 3 and len(reads) > 1)
    assert reads[1:] == [(top - model.SCREEN_READ, model.SCREEN_READ)]  # the rows above, ending where kept rows begin
    read_rows = [r for start, size in reads for r in range(start, start + size)]
    assert len(read_rows) == len(set(read_rows)) == model.cached_rows - model.SCREEN_READ  # + the first read's


def test_cells_are_enabled_and_selectable_never_editable(conn):
    model = PagedTableModel(KeysetPager(conn, SOURCE, sort="id"), COLUMNS)
    flags = model.flags(model.index(10, 2))
    assert flags & Qt.ItemFlag.ItemIsEnabled and flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
    assert model.flags(model.index(5000, 0)) == Qt.ItemFlag.NoItemFlags  # no such row
