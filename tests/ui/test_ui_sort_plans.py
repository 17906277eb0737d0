"""Every sortable column of every table the GUI pages through is served by an index (issue 17 item 3).

Walks each Source of ui/sources.py, every sortable column in both directions, under the filters the pages
apply (their units, a date range, a kind or status), on a real store with demo data, and asks SQLite for
the plan of a page read: no 'TEMP B-TREE' may appear, or a sort would read and sort every matching row
before showing the first page. Also after ANALYZE, whose statistics change the planner's choices.
"""

import json

import pytest

from app.domain import demo
from app.store.db import open_store
from app.store.paging import Filter, KeysetPager
from ui import sources

SOURCES = [sources.MODELS, sources.ACTIVITIES, sources.SURRENDERS, sources.SURRENDER_LINES]


def filter_sets(source, units):
    names = source.names
    sets = [[]]
    unit = [Filter("unit_code", "in", units)]
    dated = [Filter("date", "between", ("2025-01-01", "2025-12-31"))] if "date" in names else []
    sets += [unit, dated, unit + dated] if dated else [unit]
    if "kind" in names:
        sets.append(unit + dated + [Filter("kind", "=", "patrol")])
    if "status" in names:
        sets.append(unit + [Filter("status", "=", "active"), Filter("type", "=", "self_managed_village")])
    if "scope" in source.named_filters:  # issue 20: a unit's lists after a split moved records by place
        scope = Filter("scope", "named", (json.dumps(units), json.dumps(["x1", "x2"]), json.dumps(["y1"])))
        sets += [[scope], [scope] + dated]
    if "category" in source.named_filters:
        sets.append(dated + [Filter("category", "named", ("weapon",))])
    return sets


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("plans") / "antt.sqlite")
    demo.generate(store, units=6, months=14)
    yield store
    store.close()


@pytest.mark.parametrize("analysed", [False, True])
@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.table)
def test_every_sortable_column_is_served_by_an_index(store, source, analysed):
    if analysed:
        store.conn.execute("ANALYZE")
    units = [r[0] for r in store.conn.execute("SELECT code FROM units ORDER BY code LIMIT 3")]
    sortable = [c.name for c in source.columns if c.sortable]
    assert sortable, source.table
    bad = []
    for column in sortable:
        for descending in (False, True):
            for filters in filter_sets(source, units):
                pager = KeysetPager(store.conn, source, filters=filters, sort=column, descending=descending)
                plan = pager.query_plan()
                if "TEMP B-TREE" in plan:
                    bad.append(f"{column} {'desc' if descending else 'asc'} {[f.column for f in filters]}: {plan}")
                # from an anchor the read seeks to the anchor's key, not to the edge of a filter's range (a page
                # of receipts by date from an anchor scanned from the range's edge: 12 s for 200 anchors). Not
                # for nullable columns: they sort as coalesce(column, ''), which their index cannot seek to, nor
                # for names compared in Vietnamese order, whose row-value comparison SQLite does not seek by
                # (models and activities: a few thousand rows a unit; still read in their index's order, no sort)
                plan = pager.query_plan(from_anchor=True)
                col = source.column(column)
                seeks = col.nullable or col.collate or "SCAN" not in plan.split(" / ")[0]
                if "TEMP B-TREE" in plan or not seeks:
                    bad.append(f"from an anchor, {column} {'desc' if descending else 'asc'} "
                               f"{[f.column for f in filters]}: {plan}")
    assert not bad, "\n".join(bad)


def test_the_walk_would_see_a_sort_without_its_index(store):
    """The assertion above can fail: drop one index and its column is reported."""
    store.conn.execute("DROP INDEX models_name")
    try:
        assert "TEMP B-TREE" in KeysetPager(store.conn, sources.MODELS, sort="name").query_plan()
    finally:
        store.conn.execute("CREATE INDEX models_name ON models(name COLLATE vi)")
