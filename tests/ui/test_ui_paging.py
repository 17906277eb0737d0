"""The keyset pager against the plain truth: every page equals a slice of the fully sorted, filtered rows."""

import sqlite3

import pytest
from hypothesis import given, settings, strategies as st

from app.store.paging import Column, Filter, KeysetPager, Source, build_where

SOURCE = Source(
    table="t",
    columns=(Column("id"), Column("grp"), Column("name", nullable=True), Column("qty"),
             Column("twice", expr="qty * 2", sortable=False)),
    key=("id",),
    named_filters={"grp_odd": "grp % 2 = ?"},
)


def make_conn(rows):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, grp INTEGER NOT NULL, name TEXT, qty REAL NOT NULL)")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", rows)
    conn.execute("CREATE INDEX t_grp ON t(grp)")
    return conn


def truth(rows, sort, descending, keep=lambda r: True):
    chosen = [r for r in rows if keep(r)]
    index = {"id": 0, "grp": 1, "name": 2, "qty": 3}
    if sort is None:
        key = lambda r: (r[0],)
    else:
        i = index[sort]
        key = lambda r: ((r[i] if r[i] is not None else ""), r[0])
    chosen.sort(key=key, reverse=descending)
    return [(r[0], r[1], r[2], r[3], r[3] * 2) for r in chosen]


row_strategy = st.lists(
    st.tuples(st.integers(0, 5), st.one_of(st.none(), st.sampled_from(["a", "b", "Đ", "ă", ""])),
              st.integers(-3, 3).map(float)),
    max_size=60,
)


@settings(max_examples=80, deadline=None)
@given(raw=row_strategy, sort=st.sampled_from([None, "id", "grp", "name", "qty"]), descending=st.booleans(),
       size=st.integers(1, 9), starts=st.lists(st.integers(0, 70), min_size=1, max_size=8))
def test_pages_equal_slices_of_the_sorted_rows(raw, sort, descending, size, starts):
    rows = [(n + 1, *r) for n, r in enumerate(raw)]
    pager = KeysetPager(make_conn(rows), SOURCE, sort=sort, descending=descending)
    expected = truth(rows, sort, descending)
    assert pager.count() == len(expected)
    for start in starts:  # random jumps, so anchors are used from both sides
        assert pager.page(start, size) == expected[start:start + size]
    for i in range(len(expected)):
        assert pager.row_key(i) == (expected[i][0],)


@settings(max_examples=40, deadline=None)
@given(raw=row_strategy, grp=st.integers(0, 5), text=st.sampled_from(["a", "Đ", "x"]),
       starts=st.lists(st.integers(0, 60), min_size=1, max_size=5))
def test_filters_select_the_same_rows_as_python(raw, grp, text, starts):
    rows = [(n + 1, *r) for n, r in enumerate(raw)]
    pager = KeysetPager(make_conn(rows), SOURCE, sort="qty",
                        filters=[Filter("grp", ">=", grp), Filter("name", "contains", text)])
    expected = truth(rows, "qty", False, lambda r: r[1] >= grp and r[2] is not None and text.lower() in r[2].lower())
    assert pager.count() == len(expected)
    for start in starts:
        assert pager.page(start, 4) == expected[start:start + 4]


def test_named_filter_and_in_and_between_bind_their_values():
    rows = [(i, i % 4, f"n{i}", float(i)) for i in range(1, 41)]
    pager = KeysetPager(make_conn(rows), SOURCE, sort="id", filters=[
        Filter("grp_odd", "named", (1,)), Filter("grp", "in", [1, 2, 3]), Filter("qty", "between", (5, 30))])
    assert [r[0] for r in pager.page(0, 100)] == [i for i in range(5, 31) if i % 4 in (1, 3)]


def test_composite_keys_page_like_a_single_key():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE l (doc TEXT, line INTEGER, day TEXT NOT NULL, PRIMARY KEY (doc, line)) WITHOUT ROWID")
    rows = [(f"d{i % 37:02d}", i // 37, f"2026-01-{i % 28 + 1:02d}") for i in range(500)]
    conn.executemany("INSERT INTO l VALUES (?, ?, ?)", rows)
    source = Source("l", (Column("doc"), Column("line"), Column("day")), key=("doc", "line"))
    pager = KeysetPager(conn, source, sort="day", descending=True)
    expected = sorted(rows, key=lambda r: (r[2], r[0], r[1]), reverse=True)
    for start in (0, 250, 480, 100, 7):
        assert pager.page(start, 30) == expected[start:start + 30]


def test_hostile_values_are_data_not_sql():
    rows = [(1, 0, "x'); DROP TABLE t; --", 1.0), (2, 0, "plain", 2.0)]
    conn = make_conn(rows)
    pager = KeysetPager(conn, SOURCE, filters=[Filter("name", "=", "x'); DROP TABLE t; --")])
    assert pager.page(0, 10) == [(1, 0, "x'); DROP TABLE t; --", 1.0, 2.0)]
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 2


@pytest.mark.parametrize("bad", [Filter("nope", "=", 1), Filter("grp", "; DROP", 1), Filter("missing", "named", ())])
def test_unknown_columns_and_operators_are_refused(bad):
    with pytest.raises(ValueError if bad.op != "=" else KeyError):
        build_where(SOURCE, [bad])


def test_unsortable_column_and_failed_filter_leave_the_pager_as_it_was():
    pager = KeysetPager(make_conn([(1, 0, "a", 1.0)]), SOURCE, sort="grp")
    with pytest.raises(ValueError):
        pager.set_sort("twice")
    with pytest.raises(KeyError):
        pager.set_filters([Filter("nope", "=", 1)])
    assert pager.sort == ("grp", False) and pager.filters == () and pager.count() == 1


def test_invalidate_sees_new_rows_and_index_use_is_reported():
    conn = make_conn([(i, i % 3, None, 0.0) for i in range(1, 11)])
    pager = KeysetPager(conn, SOURCE, sort="grp")
    assert pager.count() == 10 and pager.sort_uses_index()
    conn.execute("INSERT INTO t VALUES (11, 0, NULL, 0)")
    assert pager.count() == 10  # cached until told
    pager.invalidate()
    assert pager.count() == 11
    pager.set_sort("qty")
    assert not pager.sort_uses_index()


def test_a_big_jump_reads_only_a_page(tmp_path):
    """50,000 rows: a jump to the middle and to the end return the right rows without reading them all."""
    conn = make_conn([(i, i % 7, None, float(i % 100)) for i in range(1, 50_001)])
    pager = KeysetPager(conn, SOURCE, sort="grp", descending=True)
    seen = []
    conn.set_trace_callback(seen.append)
    middle = pager.page(25_000, 50)
    last = pager.page(49_990, 50)
    # grp descending then id descending: rows with grp 6 first
    expected = sorted(((i % 7, i) for i in range(1, 50_001)), reverse=True)
    assert [r[0] for r in middle] == [i for _, i in expected[25_000:25_050]]
    assert [r[0] for r in last] == [i for _, i in expected[49_990:]]
    # a count, then per jump a key query with LIMIT and a fetch of those keys: never an unbounded read
    assert len(seen) <= 8
    assert all("LIMIT" in s or " IN (" in s or "count(" in s for s in seen)


@settings(max_examples=60, deadline=None)
@given(raw=row_strategy, sort=st.sampled_from(["grp", "name", "qty", "id"]), descending=st.booleans(),
       grp=st.integers(0, 5), starts=st.lists(st.integers(0, 60), min_size=1, max_size=6))
def test_a_tiebreak_column_orders_after_the_sort_and_filters_still_hold(raw, sort, descending, grp, starts):
    """Source.tiebreak: rows ordered by (sort, qty, id); the filter written `+grp` in page reads keeps the same rows."""
    rows = [(n + 1, *r) for n, r in enumerate(raw)]
    source = Source(SOURCE.table, SOURCE.columns, SOURCE.key, SOURCE.named_filters, tiebreak=("qty",))
    pager = KeysetPager(make_conn(rows), source, sort=sort, descending=descending, filters=[Filter("grp", ">=", grp)])
    index = {"id": 0, "grp": 1, "name": 2, "qty": 3}[sort]
    chosen = sorted((r for r in rows if r[1] >= grp),
                    key=lambda r: ((r[index] if r[index] is not None else ""), r[3], r[0]), reverse=descending)
    expected = [(r[0], r[1], r[2], r[3], r[3] * 2) for r in chosen]
    assert pager.count() == len(expected)
    for start in starts:
        assert pager.page(start, 5) == expected[start:start + 5]


def test_a_sort_by_the_key_ignores_the_tiebreak():
    rows = [(1, 0, "a", 3.0), (2, 0, "b", 1.0), (3, 1, None, 2.0)]
    source = Source(SOURCE.table, SOURCE.columns, SOURCE.key, SOURCE.named_filters, tiebreak=("qty",))
    pager = KeysetPager(make_conn(rows), source, sort="id", descending=True)
    assert [r[0] for r in pager.page(0, 5)] == [3, 2, 1] and pager.sort_uses_index()


class SeekingPager(KeysetPager):
    SEEK_MIN_SKIP = 0  # every jump from an anchor seeks on the first order column and counts the ties before it


@settings(max_examples=80, deadline=None)
@given(raw=row_strategy, sort=st.sampled_from([None, "grp", "name", "qty"]), descending=st.booleans(),
       tiebreak=st.booleans(), grp=st.integers(0, 3),
       starts=st.lists(st.integers(0, 60), min_size=2, max_size=8))
def test_jumps_that_seek_on_the_first_column_find_the_same_rows(raw, sort, descending, tiebreak, grp, starts):
    rows = [(n + 1, *r) for n, r in enumerate(raw)]
    source = Source(SOURCE.table, SOURCE.columns, SOURCE.key, SOURCE.named_filters,
                    tiebreak=("qty",) if tiebreak else ())
    pager = SeekingPager(make_conn(rows), source, sort=sort, descending=descending, filters=[Filter("grp", ">=", grp)])
    index = {"grp": 1, "name": 2, "qty": 3}.get(sort)
    key = (lambda r: (r[0],)) if index is None else (
        lambda r: ((r[index] if r[index] is not None else ""), *((r[3],) if tiebreak else ()), r[0]))
    chosen = sorted((r for r in rows if r[1] >= grp), key=key, reverse=descending)
    expected = [(r[0], r[1], r[2], r[3], r[3] * 2) for r in chosen]
    for start in starts:  # the first jump leaves anchors; later ones seek from them
        assert pager.page(start, 3) == expected[start:start + 3]
    for i in range(len(expected)):
        assert pager.row_key(i) == (expected[i][0],)


@settings(max_examples=40, deadline=None)
@given(raw=row_strategy, sort=st.sampled_from([None, "id", "grp", "name", "qty"]), descending=st.booleans(),
       size=st.integers(1, 9), starts=st.lists(st.integers(0, 70), min_size=1, max_size=8))
def test_pages_read_before_the_count_are_the_same_slices(raw, sort, descending, size, starts):
    """A table shows its first pages while a worker counts: page() must not need the count."""
    rows = [(n + 1, *r) for n, r in enumerate(raw)]
    pager = KeysetPager(make_conn(rows), SOURCE, sort=sort, descending=descending)
    expected = truth(rows, sort, descending)
    for start in starts:
        assert pager.page(start, size) == expected[start:start + size]
    assert pager.known_count is None  # nothing counted on the way
    pager.set_count(len(expected))  # as the worker's count lands
    for start in reversed(starts):
        assert pager.page(start, size) == expected[start:start + size]


def test_the_count_query_counts_on_another_connection(tmp_path):
    from app.store.paging import count_on_own_connection

    conn = sqlite3.connect(tmp_path / "t.sqlite")
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, grp INTEGER NOT NULL, name TEXT, qty REAL NOT NULL)")
    conn.executemany("INSERT INTO t VALUES (?, ?, ?, ?)", [(i, i % 4, f"n{i}", float(i)) for i in range(1, 101)])
    conn.commit()
    pager = KeysetPager(conn, SOURCE, filters=[Filter("grp_odd", "named", (1,)), Filter("qty", "<=", 50)])
    assert pager.database_file() == str(tmp_path / "t.sqlite")
    assert count_on_own_connection(pager.database_file(), pager.count_query()) == 25 == pager.count()
    assert KeysetPager(make_conn([]), SOURCE).database_file() is None  # in memory: nothing to open again
    with pytest.raises(sqlite3.OperationalError):
        count_on_own_connection(pager.database_file(), pager.count_query(), cancelled=lambda: True,
                                steps_between_polls=10)


@settings(max_examples=40, deadline=None)
@given(raw=row_strategy, sort=st.sampled_from([None, "id", "grp", "name", "qty"]), descending=st.booleans(),
       every=st.integers(1, 12), grp=st.integers(0, 3),
       starts=st.lists(st.integers(0, 70), min_size=1, max_size=6))
def test_anchors_scanned_on_another_connection_are_the_rows_at_their_positions(raw, sort, descending, every, grp,
                                                                               starts):
    rows = [(n + 1, *r) for n, r in enumerate(raw)]
    filters = [Filter("grp", ">=", grp)]
    conn = make_conn(rows)
    pager = KeysetPager(conn, SOURCE, sort=sort, descending=descending, filters=filters)
    expected = truth(rows, sort, descending, lambda r: r[1] >= grp)
    twin = KeysetPager(conn, SOURCE, sort=sort, descending=descending, filters=filters)  # as on a worker
    anchors = twin.scan_anchors(every)
    assert [(pos, key[-1]) for pos, key in anchors] == [(p, expected[p][0]) for p in range(every, len(expected), every)]
    pager.set_count(len(expected))
    pager.adopt_anchors(anchors)
    for start in starts:  # reads from the adopted anchors
        assert pager.page(start, 3) == expected[start:start + 3]
