"""A big load builds the secondary indexes of the tables it fills at its end, never leaving a table without them."""

from __future__ import annotations

import pytest

from app.domain import doctypes
from app.domain.demo import generate
from app.store.bulk import indexes_built_after
from tests.schema_steps import shared_columns


def index_sql(store) -> dict[str, str]:
    return dict(store.conn.execute("SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'index'"))


def names(store, table: str) -> set[str]:
    return {r[1] for r in store.conn.execute(f"PRAGMA index_list({table})")}


def test_only_plain_indexes_not_led_by_the_key_are_dropped_and_all_come_back_the_same(store):
    before = index_sql(store)
    tables = {"activities": "id", "monthly_figures": "doc_id", "task_progress": "doc_id"}
    with store.transaction(), indexes_built_after(store.conn, tables) as dropped:
        assert sorted(dropped) == ["activities_date", "activities_kind", "activities_model", "activities_note",
                                   "activities_participants", "activities_unit_date", "monthly_figures_month"]
        assert not names(store, "activities") & {"activities_model", "activities_unit_date"}
        assert "monthly_figures_doc" in names(store, "monthly_figures")  # the bulk path deletes by doc_id
        assert "task_progress_task_unit" in names(store, "task_progress")  # unique: it enforces a rule
    assert index_sql(store) == before


def test_needs_a_transaction(store):
    with pytest.raises(RuntimeError):
        with indexes_built_after(store.conn, {"activities": "id"}):
            pass


def test_a_failed_load_rolls_back_with_its_indexes(store):
    before = index_sql(store)
    with pytest.raises(ZeroDivisionError):
        with store.transaction(), indexes_built_after(store.conn, {"activities": "id"}):
            1 / 0
    assert index_sql(store) == before


def test_a_caller_who_swallows_the_error_still_commits_the_indexes(store):
    before = index_sql(store)
    with store.transaction():
        try:
            with indexes_built_after(store.conn, {"activities": "id", "surrender_lines": "receipt"}):
                raise ValueError("a refusal the caller chooses to ignore")
        except ValueError:
            pass
    assert index_sql(store) == before


def test_tables_are_reindexed_only_when_the_load_dwarfs_them(store, monkeypatch):
    conn = store.conn
    assert doctypes.tables_to_reindex(conn, {"activity": doctypes.REBUILD_MIN_ROWS - 1}) == {}
    assert doctypes.tables_to_reindex(conn, {"activity": doctypes.REBUILD_MIN_ROWS, "unknown_type": 10**6}) == {
        "activities": "id"}
    # receipts and their lines are kept in surrender_rows and surrender_lines under the receipt's number (schema
    # steps 10, 12; surrenders and surrender_items are views)
    assert doctypes.tables_to_reindex(conn, {"surrender": 50_000}) == {"surrender_rows": "rid",
                                                                         "surrender_lines": "receipt"}
    monkeypatch.setattr(doctypes, "REBUILD_MIN_ROWS", 1)
    generate(store, units=2, months=2, seed=3)
    held = conn.execute("SELECT count(*) FROM activities").fetchone()[0]
    assert held > 3
    assert doctypes.tables_to_reindex(conn, {"activity": held * doctypes.REBUILD_RATIO}) == {"activities": "id"}
    assert doctypes.tables_to_reindex(conn, {"activity": held * doctypes.REBUILD_RATIO - 3}) == {}


FILLED_BY_THE_DEMO = {"units", "models", "activities", "surrenders", "surrender_items", "monthly_figures"}


def same_ids_each_run(monkeypatch):
    """Record ids from a counter instead of the clock and os.urandom, restarted by the returned function: two
    demo runs with one seed then write the very same rows, so the tables can be compared row by row."""
    import itertools
    import uuid

    from app.domain import activities, community_models, demo, ids, plans, surrenders

    counter = [itertools.count(1)]

    def new_id() -> str:
        return str(uuid.UUID(int=next(counter[0])))

    for module in (ids, demo, surrenders, community_models, plans, activities):
        monkeypatch.setattr(module, "new_id", new_id)

    def restart() -> None:
        counter[0] = itertools.count(1)

    return restart


def test_the_demo_through_deferred_indexes_gives_the_same_tables(tmp_path, monkeypatch):
    from app.domain import setup
    from app.store.db import open_store

    restart_ids = same_ids_each_run(monkeypatch)

    def filled(name: str):
        restart_ids()
        s = open_store(tmp_path / name / "antt.sqlite")
        setup.initialise(s, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police")
        generate(s, units=4, months=3, seed=7)
        return s

    plain = filled("plain")
    monkeypatch.setattr(doctypes, "REBUILD_MIN_ROWS", 1)
    deferred = filled("deferred")
    for table in doctypes.readable_tables() + ["surrender_totals_all"]:
        rows = [sorted(tuple(r) for r in s.conn.execute(f"SELECT {shared_columns(s.conn, table)} FROM {table}")) for s in (plain, deferred)]
        assert rows[0] or table not in FILLED_BY_THE_DEMO, table  # something to compare
        assert rows[0] == rows[1], table
    assert index_sql(plain) == index_sql(deferred)
    assert deferred.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    plain.close()
    deferred.close()
