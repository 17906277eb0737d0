"""The records a unit's lists show (issue 20): those its reports count on the day, not only today's subtree.

* Whole units: :func:`app.domain.organisation.records_scope` - the unit, those below it, and the units merged
  into one of them (a merged commune's receipts and models list under its successor, as its reports count them).
  A laptop whose own unit was merged lists as its successor: the receipts it writes for the successor from the
  merger on (app/domain/organisation.unit_for_new_record) appear beside its own older ones.
* Records of a unit split "by the place recorded": a receipt or a model whose place names a part's village
  lists under that part (:func:`app.domain.organisation.placed_records`), and no longer under the main part,
  which takes the rest through the lineage; an activity goes with its model.

A list applies one set-based condition, :func:`scope_sql`: ``(unit IN units AND id NOT IN given away) OR id IN
taken``, three JSON parameters whatever the number of units; none at all while nothing moved and the scope is
every unit in the store (a province's own store), so that the plain list keeps its plans.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import orjson

from app.domain.organisation import placed_records, records_scope, successors_on
from app.store.db import Store
from app.store.paging import Filter

# the table a list reads -> the table whose records a split moves, and the column naming such a record
MOVED_BY = {"surrenders": ("surrenders", "id"), "models": ("models", "id"), "activities": ("models", "model_id")}


@dataclass(frozen=True)
class Moves:
    """Records of split units this unit's lists take from a unit outside them, and give to a part outside."""

    taken: tuple[str, ...] = ()
    given: tuple[str, ...] = ()


@dataclass(frozen=True)
class ListScope:
    units: tuple[str, ...]
    every_unit: bool  # the units are all the store holds: a list needs no unit condition
    receipts: Moves = Moves()
    models: Moves = Moves()
    root: str = ""  # the unit the lists follow: the installation's own, or its successor after a merger
    day: str = ""  # the day the organisation was read on

    def moves(self, table: str) -> Moves:
        """The moves a list of ``table`` (surrenders, models, activities) applies."""
        return self.receipts if MOVED_BY[table][0] == "surrenders" else self.models

    def params(self, table: str) -> tuple[str, str, str]:
        """The three JSON parameters of :func:`scope_sql`: the units, the ids given away, the ids taken."""
        m = self.moves(table)
        return tuple(orjson.dumps(list(v)).decode() for v in (self.units, m.given, m.taken))  # type: ignore[return-value]


def scope_sql(table: str, column: str | None = None) -> str:
    """The condition a list of ``table`` applies, with :meth:`ListScope.params` bound in order; ``column``: the SQL
    that gives the record's id where the list reads it under another name (receipts by rid: ui/sources.py)."""
    # '+': no index for these terms, or SQLite reads the OR as a union of two index searches and sorts it (a
    # temp b-tree for every page); the page walks the index of its sort instead and checks each row against the
    # three lists, each read once into a temporary index (tests/ui/test_ui_sort_plans.py)
    column = column or MOVED_BY[table][1]
    return (f"(+unit_code IN (SELECT value FROM json_each(?)) AND +{column} NOT IN (SELECT value FROM json_each(?)))"
            f" OR +{column} IN (SELECT value FROM json_each(?))")


def _moves(store: Store, table: str, units: set[str], day: str) -> Moves:
    taken, given = [], []
    for rid, unit, part in placed_records(store, day, table):
        if part in units and unit not in units:
            taken.append(rid)
        elif part not in units and unit in units:
            given.append(rid)
    return Moves(tuple(sorted(taken)), tuple(sorted(given)))


def list_scope(store: Store, root: str, day: str | None = None) -> ListScope:
    """What the lists of ``root``'s installation show on ``day`` (today): those of the unit ``root`` counts
    under then (itself, or the unit it was merged into)."""
    day = day or dt.date.today().isoformat()
    top = successors_on(store, day).get(root, root)
    units = records_scope(store, top, day)
    unit_set = set(units)
    total = store.conn.execute("SELECT count(*) FROM units").fetchone()[0]
    return ListScope(tuple(sorted(units)), len(unit_set) >= total,
                     _moves(store, "surrenders", unit_set, day), _moves(store, "models", unit_set, day), top, day)


def scope_filters(scope: ListScope, table: str) -> list[Filter]:
    """The filters that keep a list of ``table`` (surrenders, models, activities) to ``scope``: the named
    condition of :func:`scope_sql` when a split moved records, else the units (none when they are every unit)."""
    moves = scope.moves(table)
    if moves.taken or moves.given:
        return [Filter("scope", "named", scope.params(table))]
    return [] if scope.every_unit else [Filter("unit_code", "in", list(scope.units))]
