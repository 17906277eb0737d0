"""The overview's figures (Tổng quan): every number and series the first page shows, read in one call.

The page reads them on a worker (issue 17 item 3: nothing an officer waits on may block the GUI) and only draws them
on the GUI thread, so this returns plain data: no store, no cursor, nothing a widget must not touch. Every figure
counts what the lists show (issue 20): the records of ``scope`` (app/domain/list_scope.py), not today's subtree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from app.domain import catalogue, vocab
from app.domain.community_models import count_by_type_and_status
from app.domain.list_scope import ListScope, scope_sql
from app.domain.stats import receipts_per_unit, stats
from app.store.db import Store

MONTHS_SHOWN = 12  # bars of the chart of handovers per month, this month the last
UNITS_CHARTED = 12  # bars of the chart of receipts per unit: a province's hundred communes would be hairlines

# the table a list reads -> (its rows, the view naming a record by the id a split moves it by)
_TABLES = {"surrenders": ("surrender_rows", "surrenders"), "activities": ("activities", "activities")}


@dataclass(frozen=True)
class OverviewFigures:
    """What the overview shows on ``day`` (ISO): its cards, its two lines of totals and its three charts."""

    day: str
    models: dict[tuple[str, str], int]  # (type, status) -> how many models
    activities_month: int
    receipts_month: int
    receipts_year: int
    month_items: tuple[dict, ...]  # app.domain.stats rows by category, this month up to the day
    year_items: tuple[dict, ...]  # the same, this year
    months: tuple[str, ...]  # 'YYYY-MM' of the chart's bars, oldest first
    lines_per_month: tuple[tuple[str, tuple[int, ...]], ...]  # (category, item lines of each month), those with any
    per_unit: tuple[dict, ...]  # receipts_per_unit rows of this year; none when nothing below to compare

    @property
    def models_active(self) -> int:
        return sum(n for (_type, status), n in self.models.items() if status == "active")

    @property
    def model_types(self) -> list[str]:
        """The types that have a model, in the vocabulary's order (the chart's labels)."""
        return [t for t in vocab.codes("model_types") if any(kind == t for kind, _status in self.models)]


def last_months(today: dt.date, count: int = MONTHS_SHOWN) -> list[str]:
    """'YYYY-MM' of the ``count`` months up to ``today``'s, oldest first."""
    y, m, out = today.year, today.month, []
    for _ in range(count):
        out.append(f"{y}-{m:02d}")
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


def busiest_units(rows: tuple[dict, ...], most: int = UNITS_CHARTED) -> list[dict]:
    """The units the chart of receipts per unit draws, from :attr:`OverviewFigures.per_unit`: every row, in its order
    (the Vietnamese order of names), when there are at most ``most``; else the ``most`` with the most receipts, most
    first (a tie in the rows' order), so that their bars stay comparable."""
    if len(rows) <= most:
        return list(rows)
    return sorted(rows, key=lambda r: -r["receipts"])[:most]  # stable: a tie keeps the order of names


def has_units_below(store: Store, unit: str | None) -> bool:
    """Whether ``unit`` has units below it today: one look-up in the units' parent index, cheap enough for the GUI
    thread while the overview is built, so that the page keeps the place of its chart of receipts per unit from its
    first paint and its charts do not reflow when the figures arrive. The figures' ``per_unit`` still decides: a
    reorganisation may make them differ (a laptop of a unit merged away follows its successor)."""
    return bool(unit) and store.conn.execute(
        "SELECT EXISTS (SELECT 1 FROM units WHERE parent_code = ? AND retired = 0)", (unit,)).fetchone()[0] == 1


def count_since(store: Store, scope: ListScope, table: str, since: str) -> int:
    """How many records of ``table`` (surrenders, activities) the lists of ``scope`` show dated ``since`` or later:
    what the receipts and activities pages count under that date filter."""
    rows, named = _TABLES[table]
    moves = scope.moves(table)
    if moves.taken or moves.given:  # a split moved records by id: read them where the id is named
        where, params = f" AND ({scope_sql(table)})", list(scope.params(table))
        rows = named
    elif scope.every_unit:
        where, params = "", []
    else:
        where, params = " AND unit_code IN (SELECT value FROM json_each(?))", [scope.params(table)[0]]
    return store.conn.execute(f"SELECT count(*) FROM {rows} WHERE date >= ?{where}", [since, *params]).fetchone()[0]


def overview_figures(store: Store, scope: ListScope, today: dt.date,
                     check: Callable[[], None] = lambda: None) -> OverviewFigures:
    """The overview of ``scope`` on ``today``. ``check`` is called between reads: a worker passes its cancel check,
    so that a closed window or a newer refresh stops the reading early."""
    day = today.isoformat()
    month_start, year_start = today.replace(day=1).isoformat(), today.replace(month=1, day=1).isoformat()
    models = count_by_type_and_status(store, scope)
    check()
    counts = {name: count_since(store, scope, table, since) for name, table, since in (
        ("activities_month", "activities", month_start), ("receipts_month", "surrenders", month_start),
        ("receipts_year", "surrenders", year_start))}
    check()
    month_items = stats(store, month_start, day, by="category", scope=scope)
    year_items = stats(store, year_start, day, by="category", scope=scope)
    check()
    months = last_months(today)
    lines = {c["code"]: [0] * len(months) for c in catalogue.categories()}
    for row in stats(store, f"{months[0]}-01", day, by="month", scope=scope):
        if row["month"] in months:
            lines[row["category"]][months.index(row["month"])] += row["lines"]
    check()
    per_unit = receipts_per_unit(store, scope.root, year_start, day, scope=scope) if store.home_unit else []
    below = any(r["code"] != scope.root for r in per_unit)  # units below to compare (a merged-in one has none)
    return OverviewFigures(
        day=day, models=models, **counts, month_items=tuple(month_items), year_items=tuple(year_items),
        months=tuple(months), lines_per_month=tuple((c, tuple(n)) for c, n in lines.items() if any(n)),
        per_unit=tuple(per_unit) if below else ())
