"""Pages of a big table without loading it: COUNT(*) plus keyset pages (design.md §2).

A `KeysetPager` reads one SQL source (a table or view, a whitelist of columns, a unique key) under
a filter and a sort. `count()` is one COUNT(*); `page(start, size)` finds the sort key of row
`start` and reads `size` rows from there with a keyset condition, `(sort, key...) >= (?, ...)`,
so a page costs an index search, not an OFFSET over everything before it. The keys met on the way
are kept as *anchors* (position → key) so the next jump nearby starts from the closest one; from
the far end the sort is simply reversed. Memory stays at a few thousand small tuples whatever
the table's size.

Filters come from a small spec (`Filter(column, op, value)`) or from named fragments that the
source declares in code: column names are checked against the whitelist and values are always
bound parameters, never spliced into the SQL.

Not thread-safe, like the connection it reads: use one pager per connection and thread.
Qt-free: the GUI's item models wrap it (ui/table_model.py).
"""

from __future__ import annotations

import bisect
import sqlite3
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from app.collation import COLLATION
from app.collation import register as register_collation

OPS = {"=": "=", "!=": "!=", "<": "<", "<=": "<=", ">": ">", ">=": ">=", "like": "LIKE"}


@dataclass(frozen=True)
class Column:
    """One column a source offers: its name, the SQL that computes it (default: the name itself)."""

    name: str
    expr: str | None = None
    sortable: bool = True
    nullable: bool = False  # sorted as coalesce(expr, '') so that keyset comparisons never meet NULL
    collate: bool = False  # names of units, models, places and people: sorted in Vietnamese order (app.collation)

    @property
    def sql(self) -> str:
        return self.expr or _quote(self.name)

    @property
    def sort_sql(self) -> str:
        expr = f"coalesce({self.sql}, '')" if self.nullable else self.sql
        # The keyset condition `(sort, key) >= (?, ?)` compares with the collation of its left side: this one.
        return f"{expr} COLLATE {COLLATION}" if self.collate else expr


@dataclass(frozen=True)
class Source:
    """A table or view the pager may read, described once in code.

    `key` names the columns that make a row unique (the primary key, or rowid); they end every
    ORDER BY so that the order is total and keyset conditions are exact. `named_filters` maps a
    name to an SQL fragment with `?` placeholders, written by the programmer (e.g. an EXISTS over
    item lines); the user only ever supplies the bound values.
    """

    table: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    named_filters: dict[str, str] = field(default_factory=dict)
    # Columns ordered between the sort column and the key (e.g. the date a page filters on): an index on
    # (column, date) then both orders the page and checks the date filter without reading the row.
    tiebreak: tuple[str, ...] = ()

    def column(self, name: str) -> Column:
        for col in self.columns:
            if col.name == name:
                return col
        raise KeyError(f"{self.table} has no column {name!r}")

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


@dataclass(frozen=True)
class Filter:
    """`column op value`; op is one of OPS, 'in' (value: a sequence), 'contains' (substring, any case
    for ASCII), 'between' (value: (low, high)), or 'named' (column: a name of `Source.named_filters`,
    value: the tuple of parameters of that fragment). A value of None for '=' means IS NULL."""

    column: str
    op: str
    value: Any = None


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def build_where(source: Source, filters: Iterable[Filter], *, unindexed: Iterable[str] = ()) -> tuple[str, list]:
    """(' WHERE ...' or '', params) for `filters`; raises ValueError for an unknown column or op.

    Columns named in `unindexed` are written `+expr` so that SQLite does not pick their index: a page read
    must walk the index of its sort, checking the filter on the way, or it sorts every match in a temp
    b-tree first (0.9 s for half a million lines)."""
    unindexed = set(unindexed)
    parts: list[str] = []
    params: list = []
    for f in filters:
        if f.op == "named":
            try:
                fragment = source.named_filters[f.column]
            except KeyError:
                raise ValueError(f"unknown named filter {f.column!r}") from None
            values = tuple(f.value) if isinstance(f.value, (list, tuple)) else (f.value,)
            if fragment.count("?") != len(values):
                raise ValueError(f"filter {f.column!r} takes {fragment.count('?')} values, got {len(values)}")
            parts.append(f"({fragment})")
            params += values
            continue
        expr = source.column(f.column).sql
        if f.column in unindexed:
            expr = "+" + expr
        if f.op in OPS:
            if f.value is None and f.op in ("=", "!="):
                parts.append(f"{expr} IS {'NOT ' if f.op == '!=' else ''}NULL")
            else:
                parts.append(f"{expr} {OPS[f.op]} ?")
                params.append(f.value)
        elif f.op == "in":
            values = list(f.value)
            if not values:
                parts.append("0")
            else:
                parts.append(f"{expr} IN ({','.join('?' * len(values))})")
                params += values
        elif f.op == "contains":
            parts.append(f"instr(lower({expr}), lower(?)) > 0")
            params.append(str(f.value))
        elif f.op == "between":
            low, high = f.value
            parts.append(f"{expr} BETWEEN ? AND ?")
            params += [low, high]
        else:
            raise ValueError(f"unknown filter operator {f.op!r}")
    return (" WHERE " + " AND ".join(parts) if parts else ""), params


class KeysetPager:
    """Rows `start .. start+size` of `source` under `filters`, ordered by `sort` (then the key).

    Every row returned is a tuple in the order of `source.columns`. Call `invalidate()` after the
    data changed; changing the sort or the filters invalidates by itself.
    """

    MAX_ANCHORS = 4096
    SEEK_MIN_SKIP = 1000  # from this many rows after an anchor, seek on the first order column (_seek_sql)

    def __init__(self, conn: sqlite3.Connection, source: Source, *, filters: Sequence[Filter] = (),
                 sort: str | None = None, descending: bool = False) -> None:
        self.conn = conn
        self.source = source
        self._filters: tuple[Filter, ...] = ()
        self._sort: str | None = None
        self._descending = False
        self.set_filters(filters)
        self.set_sort(sort, descending)

    # --- configuration
    @property
    def filters(self) -> tuple[Filter, ...]:
        return self._filters

    @property
    def sort(self) -> tuple[str | None, bool]:
        return self._sort, self._descending

    def set_filters(self, filters: Sequence[Filter]) -> None:
        self._where, self._params = build_where(self.source, filters)  # validates before changing anything
        self._filters = tuple(filters)
        self._set_page_where()
        self.invalidate()

    def _set_page_where(self) -> None:
        """The WHERE of page reads: like count's, but only the sort column may choose the index; and after a
        keyset condition not even the sort column: the seek must be the condition's. A filter on the sort column
        (a date range) would otherwise be the seek, and a page from an anchor would scan from the range's edge
        to the anchor (12 s for the anchors of 400,000 receipts by date, bench/bench_ui.py). Reads after an
        anchor are bounded by their LIMIT, which the count keeps within the rows that match."""
        others = [c.name for c in self.source.columns if c.name != self._sort]
        self._page_where, _ = build_where(self.source, self._filters, unindexed=others)
        self._keyset_where, _ = build_where(self.source, self._filters, unindexed=self.source.names)

    def set_sort(self, column: str | None, descending: bool = False) -> None:
        """Order by `column` (then the key). The count stays: the same rows in another order."""
        if column is not None:
            col = self.source.column(column)
            if not col.sortable:
                raise ValueError(f"column {column!r} is not sortable")
        self._sort, self._descending = column, bool(descending)
        key_exprs = [_quote(k) if k != "rowid" else "rowid" for k in self.source.key]
        sort_exprs = []
        # a sort by the key's first column is the key's own order: repeating the term would keep SQLite from
        # using the primary key's order
        if column and column != self.source.key[0]:
            sort_exprs = [self.source.column(column).sort_sql]
            sort_exprs += [self.source.column(c).sort_sql for c in self.source.tiebreak if c != column]
        self._order_exprs = sort_exprs + key_exprs
        count = getattr(self, "_count", None)
        if hasattr(self, "_filters"):
            self._set_page_where()
        self.invalidate()
        self._count = count

    def invalidate(self) -> None:
        """Forget the count and every anchor (the data or the query changed)."""
        self._count: int | None = None
        self._anchor_pos: list[int] = []
        self._anchor_key: dict[int, tuple] = {}

    # --- reading
    def count(self) -> int:
        if self._count is None:
            sql, params = self.count_query()
            self._count = self.conn.execute(sql, params).fetchone()[0]
        return self._count

    def count_query(self) -> tuple[str, list]:
        """The COUNT(*) under the current filters, for another connection to run (a GUI counts a big table on a
        worker: the walk over a 1M-line index would otherwise fill this connection's cache, 37 MB)."""
        return f"SELECT count(*) FROM {_quote(self.source.table)}{self._where}", list(self._params)

    @property
    def known_count(self) -> int | None:
        return self._count

    def set_count(self, n: int) -> None:
        """The count as another connection read it with `count_query()` (the filters have not changed since)."""
        self._count = int(n)

    def page(self, start: int, size: int) -> list[tuple]:
        """Up to `size` rows from position `start` (0-based); [] beyond the end.

        Does not count: before the count is known (`set_count`, or `count()` called) pages are read forward from
        the nearest anchor, as a table shows its first rows while a worker counts."""
        total = self._count
        if size <= 0 or start < 0 or (total is not None and start >= total):
            return []
        if total is not None:
            size = min(size, total - start)
        anchor_pos, anchor_key = self._nearest_anchor(start)
        skip = start - anchor_pos
        from_end = None if total is None else total - (start + size)
        if from_end is not None and from_end < skip and from_end <= 4 * size:
            rows = self._read(None, size, from_end, reverse=True)[::-1]
        elif skip <= 4 * size:
            rows = self._read(anchor_key, size, skip)
        else:
            key = self._key_at(start, anchor_pos, anchor_key, total)
            rows = [] if key is None else self._read(key, size, 0)
        ncols = len(self.source.columns)
        if rows:
            self._remember(start, rows[0][ncols:])
            self._remember(start + len(rows) - 1, rows[-1][ncols:])
        return [row[:ncols] for row in rows]

    def first_page(self, size: int, probe: int) -> tuple[list[tuple], int]:
        """The first `size` rows, and how many rows there are up to `probe`, read as the keys of the order's index
        alone: a table shorter than `probe` is counted by it (its count is known after), a longer one holds at least
        `probe` rows while it is counted elsewhere. The rows' columns, some of them correlated subqueries (a receipt's
        lines, its signed copy, its number's series), are read for the `size` rows a screen shows only: on a cold
        cache 100 receipts took 4 ms, 32 of them 1 ms (bench/bench_ui.py)."""
        select = ", ".join(self._order_exprs)
        keys = self._rows(*self._page_sql(None, max(size, probe), 0, reverse=False, select=select))
        if len(keys) < probe and self._count is None:
            self._count = len(keys)
        shown = keys[:max(size, 0)]
        n, ncols = len(self.source.key), len(self.source.columns)
        found = self._fetch([k[-n:] for k in shown]) if shown else {}
        rows = [found[k[-n:]] + k for k in shown]
        if keys:
            self._remember(len(keys) - 1, keys[-1])
        if rows:
            self._remember(len(rows) - 1, rows[-1][ncols:])
        return [row[:ncols] for row in rows], len(keys)

    def row_key(self, row_index: int) -> tuple | None:
        """The key columns' values of the row at `row_index` (e.g. to open the record shown there)."""
        total = self.count()
        if not 0 <= row_index < total:
            return None
        anchor_pos, anchor_key = self._nearest_anchor(row_index)
        key = self._key_at(row_index, anchor_pos, anchor_key, total)
        return None if key is None else key[-len(self.source.key):]

    def scan_anchors(self, every: int, cancelled=lambda: False) -> list[tuple[int, tuple]]:
        """The order key of every `every`-th row, in one pass over the sort's index: each step a keyset seek and
        an OFFSET of `every` rows from the step before. Run on a worker (anchors_on_own_connection); the GUI's pager
        `adopt_anchors()` them, and a jump anywhere then scans at most `every` rows instead of half the table."""
        total = self.count()
        select = ", ".join(self._order_exprs)
        found: list[tuple[int, tuple]] = []
        pos, key = 0, None
        while pos + every < total and not cancelled():
            sql, params = self._page_sql(key, 1, every if key is not None else pos + every, reverse=False,
                                         select=select)
            rows = self._rows(sql, params)
            if not rows:
                break
            pos, key = pos + every, rows[0]
            found.append((pos, key))
        return found

    def twin_spec(self) -> tuple:
        """What another connection needs to read the same rows in the same order (anchors_on_own_connection)."""
        return self.source, self._filters, self._sort, self._descending, self.count()

    def adopt_anchors(self, anchors: Iterable[tuple[int, tuple]]) -> None:
        """Positions and order keys read by `scan_anchors` on another connection, under the same filters, sort and
        data (the caller checks that nothing changed since)."""
        for pos, key in anchors:
            self._remember(pos, key)

    def database_file(self) -> str | None:
        """The file the connection reads ('main'), None for an in-memory database: another connection can count
        only what is in a file."""
        for row in self.conn.execute("PRAGMA database_list"):
            if row[1] == "main":
                return row[2] or None
        return None

    def query_plan(self, from_anchor: bool = False) -> str:
        """SQLite's plan for a page; tells whether an index serves this sort (no 'TEMP B-TREE'). `from_anchor`:
        of a page read after an anchor (the first row's key), which must seek to it ('SEARCH', not 'SCAN')."""
        after = None
        if from_anchor:
            first = self._rows(*self._page_sql(None, 1, 0, reverse=False, select=", ".join(self._order_exprs)))
            after = first[0] if first else tuple("" for _ in self._order_exprs)
        sql, params = self._page_sql(after, 1, 0, reverse=False, select=self._select_list())
        return " / ".join(r[3] for r in self.conn.execute("EXPLAIN QUERY PLAN " + sql, params))

    def sort_uses_index(self) -> bool:
        return "TEMP B-TREE" not in self.query_plan()

    # --- internals
    def _select_list(self) -> str:
        return ", ".join([c.sql for c in self.source.columns] + self._order_exprs)

    def _page_sql(self, after: tuple | None, limit: int, offset: int, *, reverse: bool, select: str):
        desc = self._descending != reverse
        where, params = (self._page_where if after is None else self._keyset_where), list(self._params)
        if after is not None:
            op = "<=" if desc else ">="
            cond = f"({', '.join(self._order_exprs)}) {op} ({', '.join('?' * len(after))})"
            where = (where + " AND " + cond) if where else (" WHERE " + cond)
            params += list(after)
        direction = " DESC" if desc else ""
        order = ", ".join(e + direction for e in self._order_exprs)
        sql = f"SELECT {select} FROM {_quote(self.source.table)}{where} ORDER BY {order} LIMIT ? OFFSET ?"
        return sql, params + [limit, offset]

    def _read(self, after: tuple | None, size: int, offset: int, *, reverse: bool = False) -> list[tuple]:
        """Rows (source columns + order key) in two steps: the order keys of the page from the index alone,
        then the rows by primary key. In one step SQLite fetches every row the keyset condition skips
        (0.5 s for 200,000 receipts, bench/bench_ui.py); the key-only scan stays inside a covering index."""
        sql, params = self._page_sql(after, size, offset, reverse=reverse, select=", ".join(self._order_exprs))
        keys = self._rows(sql, params)
        if not keys:
            return []
        n = len(self.source.key)
        rows = self._fetch([k[-n:] for k in keys])
        return [rows[k[-n:]] + k for k in keys]

    def _fetch(self, keys: list[tuple]) -> dict[tuple, tuple]:
        """The source columns of the rows with these primary keys, by key."""
        key_cols = [_quote(k) if k != "rowid" else "rowid" for k in self.source.key]
        table = _quote(self.source.table)
        select = ", ".join([c.sql for c in self.source.columns] + [f"{table}.{k}" for k in key_cols])
        if len(key_cols) == 1:
            sql = f"SELECT {select} FROM {table} WHERE {table}.{key_cols[0]} IN ({','.join('?' * len(keys))})"
            params = [k[0] for k in keys]
        else:
            values = ", ".join("(" + ", ".join("?" * len(key_cols)) + ")" for _ in keys)
            on = " AND ".join(f"{table}.{k} = v.column{i + 1}" for i, k in enumerate(key_cols))
            sql = f"SELECT {select} FROM {table} JOIN (VALUES {values}) AS v ON {on}"
            params = [v for k in keys for v in k]
        ncols = len(self.source.columns)
        return {r[ncols:]: r[:ncols] for r in self._rows(sql, params)}

    def _rows(self, sql: str, params: list) -> list[tuple]:
        """Plain tuples, whatever the connection's row factory (sqlite3.Row costs ~4 ms a page of 200 to slice)."""
        cursor = self.conn.cursor()
        cursor.row_factory = None
        return cursor.execute(sql, params).fetchall()

    def _key_at(self, pos: int, anchor_pos: int, anchor_key: tuple | None, total: int | None) -> tuple | None:
        """The order key of row `pos`: a key-only scan from the nearest anchor, or back from the end when the
        count is known; None when there is no such row."""
        if pos in self._anchor_key:
            return self._anchor_key[pos]
        select = ", ".join(self._order_exprs)
        if total is not None and total - 1 - pos < pos - anchor_pos:
            from_end = total - 1 - pos
            sql, params = self._page_sql(None, 1, from_end, reverse=True, select=select)
        elif anchor_key is not None and pos - anchor_pos >= self.SEEK_MIN_SKIP and len(self._order_exprs) > 1:
            sql, params = self._seek_sql(anchor_key, pos - anchor_pos, select)
        else:
            sql, params = self._page_sql(anchor_key, 1, pos - anchor_pos, reverse=False, select=select)
        found = self.conn.execute(sql, params).fetchone()
        if found is None:
            return None
        key = tuple(found)
        self._remember(pos, key)
        return key

    def _seek_sql(self, anchor_key: tuple, skip: int, select: str) -> tuple[str, list]:
        """The row `skip` rows after the anchor, seeking on the first order column alone.

        SQLite tests a row-value condition `(a, b, c) >= (?, ?, ?)` on every row an OFFSET skips (66 ms for
        500,000 lines against 12 ms without it, bench/bench_ui.py); `a >= ?` is a seek and costs nothing per
        row. The rows with a = anchor's a that come before the anchor are counted first (a few, for a date)."""
        first, rest = self._order_exprs[0], self._order_exprs[1:]
        desc = self._descending
        where = self._keyset_where + (" AND " if self._keyset_where else " WHERE ")
        ties_sql = (f"SELECT count(*) FROM {_quote(self.source.table)}{where}{first} = ? AND "
                    f"({', '.join(rest)}) {'>' if desc else '<'} ({', '.join('?' * len(rest))})")
        ties = self.conn.execute(ties_sql, [*self._params, anchor_key[0], *anchor_key[1:]]).fetchone()[0]
        direction = " DESC" if desc else ""
        order = ", ".join(e + direction for e in self._order_exprs)
        sql = (f"SELECT {select} FROM {_quote(self.source.table)}{where}{first} {'<=' if desc else '>='} ?"
               f" ORDER BY {order} LIMIT 1 OFFSET ?")
        return sql, [*self._params, anchor_key[0], ties + skip]

    def _nearest_anchor(self, pos: int) -> tuple[int, tuple | None]:
        """The closest remembered position at or before `pos` and its key; (0, None) for the first row, so that
        a skip from there has no keyset condition to test on every row it skips (80 ms instead of 8 for
        500,000 lines, bench/bench_ui.py)."""
        i = bisect.bisect_right(self._anchor_pos, pos) - 1
        if i < 0 or self._anchor_pos[i] == 0:
            return 0, None
        p = self._anchor_pos[i]
        return p, self._anchor_key[p]

    def _remember(self, pos: int, key: tuple) -> None:
        if pos in self._anchor_key:
            return
        if len(self._anchor_pos) >= self.MAX_ANCHORS:
            self._anchor_pos.clear()
            self._anchor_key.clear()
        bisect.insort(self._anchor_pos, pos)
        self._anchor_key[pos] = tuple(key)


def _reading_connection(path: str, cancelled, steps_between_polls: int) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=True, timeout=10.0)
    conn.execute("PRAGMA query_only=1")
    conn.execute("PRAGMA cache_size=-2048")
    register_collation(conn)  # a filter or a sort may compare names in Vietnamese order
    # polled every million steps by default: each poll takes the GIL from the GUI thread
    conn.set_progress_handler(lambda: 1 if cancelled() else 0, steps_between_polls)
    return conn


def anchors_on_own_connection(path: str, like: tuple, every: int, cancelled=lambda: False) -> list:
    """`scan_anchors(every)` on a connection of its own, for a worker thread (see count_on_own_connection), of a
    pager like the GUI's: `like` is its `twin_spec()`, taken on the GUI thread."""
    source, filters, sort, descending, count = like
    conn = _reading_connection(path, cancelled, 1_000_000)
    try:
        twin = KeysetPager(conn, source, filters=filters, sort=sort, descending=descending)
        twin.set_count(count)
        return twin.scan_anchors(every, cancelled)
    finally:
        conn.close()


def count_on_own_connection(path: str, query: tuple[str, list], cancelled=lambda: False, *,
                            steps_between_polls: int = 1_000_000) -> int:
    """`query` (a pager's `count_query()`) on a query-only connection of its own with a small cache, for a worker
    thread: the walk over a big index goes through the system's file cache, not the GUI connection's (whose
    cache then holds only the pages shown). `cancelled()` is polled as SQLite works; True interrupts the count
    (sqlite3.OperationalError)."""
    conn = _reading_connection(path, cancelled, steps_between_polls)
    try:
        sql, params = query
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()
