"""Maintained totals of the records, per ORIGINAL unit and half-month, kept in the same transaction as every
write, import, undo and conflict resolution (doctypes.materialise is the one path that changes readable rows,
and it changes these with them).

Why half-months: a reporting month runs 15th to 14th under Decree 09 and 1st to last day under the calendar
rule, so both rules' periods (month, quarter, half, nine months, year) are whole unions of the spans
1st-14th and 15th-last day. A range of dates that starts or ends inside a span takes its edge days from the
base tables (over their (unit, date) indexes); everything between is read here.

A span is named by its first day: 'YYYY-MM-01' or 'YYYY-MM-15'. Records keep their unit forever, so these
totals compose with any set of unit codes (a subtree from a recursive CTE, or the units a reorganisation maps
to a group for a period): join the set, never loop over units.
"""

from __future__ import annotations

import calendar
import datetime as dt
from contextlib import contextmanager
from typing import Iterator

import orjson

from app.store import halves
from app.store.halves import SPAN_DAY

TOTALS_TABLES = ("surrender_totals_all", "surrender_totals", "activity_totals", "surrender_totals_year",
                 "activity_totals_year", "surrender_totals_ever", "activity_totals_ever", "figure_totals_year",
                 "surrender_totals_day", "surrender_totals_halves")


def span_sql(column: str) -> str:
    """SQL for :func:`span_of` of an ISO date column."""
    return f"(substr({column}, 1, 8) || CASE WHEN substr({column}, 9, 2) < '{SPAN_DAY}' THEN '01' ELSE '{SPAN_DAY}' END)"


def span_of(day: str) -> str:
    return day[:8] + ("01" if day[8:10] < str(SPAN_DAY) else str(SPAN_DAY))


# the year to date at the end of each half-month (quantity, lines): the value columns of surrender_totals_halves'
# rows as app/store/halves.decoded_rows gives them (schema step 13's columns), what `antt check` compares
HALVES_Q = tuple(f"q{i}" for i in range(24))
HALVES_L = tuple(f"l{i}" for i in range(24))


def span_end(start: dt.date) -> dt.date:
    """The last day of the half-month that starts on ``start``."""
    if start.day == 1:
        return start.replace(day=SPAN_DAY - 1)
    return start.replace(day=calendar.monthrange(start.year, start.month)[1])


def cover(first: str, last: str) -> tuple[tuple[str, str] | None, list[tuple[str, str]]]:
    """The dates first..last as (whole spans first_span..last_span or None, edge date ranges from the base)."""
    lo, hi = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    if hi < lo:
        return None, []
    start = dt.date.fromisoformat(span_of(first))
    if start < lo:  # first is inside a span: the next span is the first whole one
        start = span_end(start) + dt.timedelta(days=1)
    end_span = dt.date.fromisoformat(span_of(last))
    if span_end(end_span) > hi:  # last is inside a span: the one before is the last whole one
        end_span = dt.date.fromisoformat(span_of((end_span - dt.timedelta(days=1)).isoformat()))
    if end_span < start:
        return None, [(first, last)]
    edges = []
    if lo < start:
        edges.append((first, (start - dt.timedelta(days=1)).isoformat()))
    tail = span_end(end_span)
    if tail < hi:
        edges.append(((tail + dt.timedelta(days=1)).isoformat(), last))
    return (start.isoformat(), end_span.isoformat()), edges


# A period's edge days read from the lines as kept (schema step 12): a line's unit and date are its receipt's row's,
# found by the receipts' (unit_code, date) or (date) index, the lines by their key. Not through the view
# surrender_items, which also looks up each receipt's document id (a third of the time, measured at 200,000 lines).
# The two tables share no column name: `unit_code`, `date`, `item_code`, `quantity` need no alias.
LINES = "surrender_rows JOIN surrender_lines ON receipt = rid"


def cover_years(first: str, last: str) -> tuple[tuple[str, str] | None, list[tuple[str, str]]]:
    """The dates first..last as (whole calendar years 'YYYY'..'YYYY' or None, the date ranges left at either end),
    the coarsest layer of the totals (schema step 11: surrender_totals_year, activity_totals_year); what is left
    goes to :func:`cover` (whole half-months, then edge days)."""
    if last < first:
        return None, []
    y0 = int(first[:4]) + (first[5:] != "01-01")
    y1 = int(last[:4]) - (last[5:] != "12-31")
    if y1 < y0:
        return None, [(first, last)]
    rest = []
    if first < f"{y0:04d}-01-01":
        rest.append((first, f"{y0 - 1:04d}-12-31"))
    if last > f"{y1:04d}-12-31":
        rest.append((f"{y1 + 1:04d}-01-01", last))
    return (f"{y0:04d}", f"{y1:04d}"), rest


Part = tuple  # (sign, layer, lo, hi): layer 'ever' (lo, hi None), 'year' ('YYYY'), 'span' (span names), 'day' (dates)


def _inside(first: str, last: str) -> list[Part]:
    """first..last from inside: whole years, then whole half-months, then edge days."""
    years, rest = cover_years(first, last)
    parts: list[Part] = [(1, "year", *years)] if years else []
    for lo, hi in rest:
        spans, days = cover(lo, hi)
        if spans:
            parts.append((1, "span", *spans))
        parts += [(1, "day", d0, d1) for d0, d1 in days]
    return parts


def _cost(parts: list[Part]) -> int:
    """About how many rows per unit and key the parts read (a day of records counted as one row)."""
    def spans(s: str) -> int:
        return (int(s[:4]) * 12 + int(s[5:7])) * 2 + (s[8:] != "01")

    cost = 0
    for _sign, layer, lo, hi in parts:
        if layer == "ever":
            cost += 1
        elif layer == "year":
            cost += int(hi) - int(lo) + 1
        elif layer == "span":
            cost += spans(hi) - spans(lo) + 1
        else:
            cost += (dt.date.fromisoformat(hi) - dt.date.fromisoformat(lo)).days + 1
    return cost


def plan(first: str, last: str, bounds: tuple[str | None, str | None]) -> list[Part]:
    """Signed parts whose totals add up to the records dated first..last: read from inside (:func:`_inside`), or
    as everything ('ever') minus the records outside the range, between ``bounds`` (the first and last date any
    record has), whichever reads fewer rows. Five whole years of a five-year store: one row per unit and key; the
    year to date: everything minus the years before. Float quantities may keep a residue of the subtraction
    (counts are exact): readers round as they always did."""
    inside = _inside(first, last) if first <= last else []
    lo, hi = bounds
    if lo is None or not inside:
        return inside
    lo, hi = lo[:4] + "-01-01", hi[:4] + "-12-31"  # whole years: the same records, coarser parts
    outside: list[Part] = [(1, "ever", None, None)]
    day = dt.timedelta(days=1)
    if lo < first:
        outside += [(-s, layer, a, b) for s, layer, a, b in
                    _inside(lo, (dt.date.fromisoformat(first) - day).isoformat())]
    if hi > last:
        outside += [(-s, layer, a, b) for s, layer, a, b in
                    _inside((dt.date.fromisoformat(last) + day).isoformat(), hi)]
    return outside if _cost(outside) < _cost(inside) else inside


def bounds(conn, table: str) -> tuple[str | None, str | None]:
    """The first and last date of the records of ``table`` (LINES or activities: over their date index)."""
    return tuple(conn.execute(f"SELECT (SELECT min(date) FROM {table}), (SELECT max(date) FROM {table})").fetchone())


# where each layer of the parts is read, per kind of totals: (table, its range column, what a row adds)
ITEM_LAYERS = {"ever": ("surrender_totals_ever", None, "quantity", "lines"),
               "year": ("surrender_totals_year", "year", "quantity", "lines"),
               "span": ("surrender_totals", "span", "quantity", "lines"),
               "day": (LINES, "date", "quantity", "1")}
ACTIVITY_LAYERS = {"ever": ("activity_totals_ever", None, "count", "participants"),
                   "year": ("activity_totals_year", "year", "count", "participants"),
                   "span": ("activity_totals", "span", "count", "participants"),
                   "day": ("activities", "date", "1", "coalesce(participants, 0)")}


def part_selects(layers: dict, parts: list[Part], columns: str, where: str, where_params: list,
                 group: str, names: tuple[str, str]) -> tuple[list[str], list]:
    """One grouped SELECT per part: ``columns`` (the key columns, e.g. "unit_code, item_code"), then the sign times
    the sums of the layer's two values, named ``names``; ``where`` filters the units (its parameters first),
    ``group`` groups."""
    selects, params = [], []
    for sign, layer, lo, hi in parts:
        table, column, a, b = layers[layer]
        cond = f"{where} AND {column} BETWEEN ? AND ?" if column else where
        selects.append(f"SELECT {columns}, {sign} * sum({a}) AS {names[0]}, {sign} * sum({b}) AS {names[1]}"
                       f" FROM {table} WHERE {cond} GROUP BY {group}")
        params += [*where_params, *((lo, hi) if column else ())]
    return selects, params


def item_sums_sql(units_sql: str, first: str, last: str, year_sql) -> tuple[str, list]:
    """One query: (unit_code, year, item_code, quantity, lines) over the units `units_sql` (a SELECT of codes
    without parameters, e.g. from a recursive CTE the caller puts in front) and the dates first..last, from the
    totals for whole spans and from the lines (LINES) for edge days. `year_sql(column)` gives the year expression
    (it must give one year for a whole span: both cut-off rules' years are unions of spans)."""
    whole, edges = cover(first, last)
    parts, params = [], []
    if whole:
        parts.append(f"SELECT unit_code, {year_sql('span')} AS y, item_code, quantity, lines FROM surrender_totals"
                     f" WHERE unit_code IN ({units_sql}) AND span BETWEEN ? AND ?")
        params += whole
    for lo, hi in edges:
        parts.append(f"SELECT unit_code, {year_sql('date')} AS y, item_code, quantity, 1 AS lines FROM {LINES}"
                     f" WHERE unit_code IN ({units_sql}) AND date BETWEEN ? AND ?")
        params += [lo, hi]
    sql = (f"SELECT unit_code, y, item_code, sum(quantity) AS quantity, sum(lines) AS lines FROM ({' UNION ALL '.join(parts)})"
           " GROUP BY 1, 2, 3") if parts else ""
    return sql, params


def activity_sums_sql(units_sql: str, first: str, last: str, kinds, edges: tuple | None = None) -> tuple[str, list]:
    """One query: (unit_code, kind, count, participants) of the activities of ``kinds`` over the units
    ``units_sql`` (as for :func:`item_sums_sql`) and the dates first..last, composed by :func:`plan` of the
    maintained totals (all time, years, half-months) and the activities' own (unit_code, date) index for edge
    days; ``edges`` the first and last activity's dates (:func:`bounds`), None to read from inside only."""
    marks = ", ".join("?" * len(kinds))
    parts = plan(first, last, edges or (None, None))
    selects, params = part_selects(ACTIVITY_LAYERS, parts, "unit_code, kind",
                                   f"unit_code IN ({units_sql}) AND kind IN ({marks})", list(kinds), "1, 2", ("n", "p"))
    sql = (f"SELECT unit_code, kind, sum(n), sum(p) FROM ({' UNION ALL '.join(selects)}) GROUP BY 1, 2"
           " HAVING sum(n) != 0" if selects else "")
    return sql, params


def _split_ranges(ranges, years: bool = False) -> tuple[str, str, str]:
    """``ranges`` of (unit_code, first, last, key) as three JSON lists for ``json_each``: the whole calendar years
    ['YYYY'] (only with ``years``), the whole half-months [unit, first span, last span, key] and the edge days
    [unit, first day, last day, key]."""
    whole_years, whole, edges = [], [], []
    covers: dict[tuple[str, str], tuple] = {}  # most spans share the report's dates: each pair covered once
    for unit, first, last, key in ranges:
        got = covers.get((first, last))
        if got is None:
            in_years, rest = cover_years(first, last) if years else (None, [(first, last)])
            got = covers[first, last] = (in_years, [cover(lo, hi) for lo, hi in rest])
        in_years, rest = got
        if in_years:
            whole_years.append([unit, *in_years, key])
        for spans, edge_days in rest:
            if spans:
                whole.append([unit, *spans, key])
            edges += [[unit, lo, hi, key] for lo, hi in edge_days]
    return orjson.dumps(whole_years).decode(), orjson.dumps(whole).decode(), orjson.dumps(edges).decode()


_RANGE_ROWS = "SELECT value ->> 0 AS unit_code, value ->> 1 AS lo, value ->> 2 AS hi, value ->> 3 AS k FROM json_each(?)"


def ranged_item_margins(conn, ranges, year_sql, calendar_years: bool = False
                        ) -> tuple[dict[str, dict[str, float]], dict[tuple[int, str], float]]:
    """What a summary prints of ``ranges`` of (unit_code, first, last, key): per key and item over the whole
    range, and per year and item over every key (issue 17 item 1). How a report reads a reorganised subtree: the
    organisation's spans (app/domain/organisation.py) are such ranges, each to the row of the report it counts on;
    each range's whole half-months are read from surrender_totals, its edge days from the lines (LINES), in ONE
    query joining both lists (JSON parameters: any number of units, no query per unit).

    Each range's figures per year and item come from a correlated subquery over its unit's rows of the totals
    (or of the lines, for edge days), as one JSON array: thousands of small sorts of a range's few rows instead of
    one sort of every row, which was most of the query (measured on 200,000 lines of 3,000 units and on 2,000,000
    of 300: a third to a half of one GROUP BY over every row). The margins are added up here from those arrays
    (orjson), no tuple per figure. `year_sql(column)` as for :func:`item_sums_sql`. With ``calendar_years`` (the
    report's years are calendar years) a range's whole years are read from surrender_totals_year (schema step 11),
    what is left of it as above."""
    years, whole, edges = _split_ranges(ranges, calendar_years)
    per_range = ("SELECT r.k, (SELECT json_group_array(json_array(y, item_code, q)) FROM (SELECT {year} AS y,"
                 " item_code, total(quantity) AS q FROM {table} WHERE x.unit_code = r.unit_code"
                 " AND x.{day} BETWEEN r.lo AND r.hi GROUP BY 1, 2))"
                 f" FROM ({_RANGE_ROWS}) r")
    # a unit's row of the year table is already its total of the item in that year (its key): no GROUP BY, no sort
    per_year_row = ("SELECT r.k, (SELECT json_group_array(json_array(CAST(x.year AS INTEGER), item_code, quantity))"
                    " FROM surrender_totals_year x WHERE x.unit_code = r.unit_code AND x.year BETWEEN r.lo AND r.hi)"
                    f" FROM ({_RANGE_ROWS}) r")
    by_key: dict[str, dict[str, float]] = {}
    by_year: dict[tuple[int, str], float] = {}
    loads = orjson.loads
    for key, figures in conn.execute(
            f"{per_year_row} UNION ALL"
            f" {per_range.format(year=year_sql('x.span'), table='surrender_totals x', day='span')} UNION ALL"
            f" {per_range.format(year=year_sql('x.date'), table=LINES.replace('surrender_rows', 'surrender_rows x'), day='date')}",
            (years, whole, edges)):
        items = by_key.get(key)
        if items is None:
            items = by_key[key] = {}
        for year, item, qty in loads(figures):
            items[item] = items.get(item, 0.0) + qty
            yi = (year, item)
            by_year[yi] = by_year.get(yi, 0.0) + qty
    return by_key, by_year


class Delta:
    """Changes from one materialise, summed per key and written once per table: one upsert per group.

    Tables: surrender_totals_day (date, item) and from it surrender_totals_all (month, item), surrender_totals
    (unit, span, item) and from it surrender_totals_halves (a row per unit and year: every item's year to date at
    each half-month's end, packed by app/store/halves.py), activity_totals (unit, span, kind); per calendar year surrender_totals_year and activity_totals_year, and over all time
    surrender_totals_ever and activity_totals_ever, derived at write from the half-month changes (so an import's prepared batch carries the three dicts it always did)."""

    def __init__(self) -> None:
        self.all: dict[tuple, list] = {}
        self.items: dict[tuple, list] = {}
        self.acts: dict[tuple, list] = {}
        self.figures: set[tuple[str, str]] = set()  # (unit, year) whose entered figures changed: counted again

    def parts(self) -> tuple:
        """What a prepared import batch carries (app/sync/prepare.py; marshal-able)."""
        return self.all, self.items, self.acts, self.figures

    @classmethod
    def from_parts(cls, parts) -> "Delta":
        delta = cls()
        delta.all, delta.items, delta.acts = ({tuple(k): list(v) for k, v in part.items()} for part in parts[:3])
        delta.figures = {tuple(k) for k in parts[3]}
        return delta

    @staticmethod
    def _add(delta: dict, key: tuple, a, b) -> None:
        entry = delta.get(key)
        if entry is None:
            delta[key] = [a, b]
        else:
            entry[0] += a
            entry[1] += b

    def add_lines(self, rows, sign: int = 1) -> None:
        """Item lines as rows of surrender_items (surrender_id, line_no, unit_code, date, item_code, category,
        quantity, ...)."""
        add, all_, items = self._add, self.all, self.items
        for row in rows:
            date, item, qty = row[3], row[4], row[6] * sign
            add(all_, (date, item), qty, sign)
            add(items, (row[2], span_of(date), item), qty, sign)

    def add_activities(self, rows, sign: int = 1) -> None:
        """Activities as rows of the activities table (id, model_id, unit_code, date, kind, participants, note)."""
        for row in rows:
            self._add(self.acts, (row[2], span_of(row[3]), row[4]), sign, (row[5] or 0) * sign)

    def add_figures(self, rows) -> None:
        """Monthly figures as rows of monthly_figures (doc_id, unit_code, month, indicator, value)."""
        self.figures.update((row[1], row[2][:4]) for row in rows)

    def remove_figures_of(self, conn, doc_ids) -> None:
        sql = "SELECT unit_code, substr(month, 1, 4) FROM monthly_figures WHERE doc_id = ? LIMIT 1"
        for doc_id in doc_ids:
            self.figures.update(tuple(r) for r in conn.execute(sql, (doc_id,)))

    def remove_lines_of(self, conn, surrender_ids) -> None:
        sql = ("SELECT surrender_id, line_no, unit_code, date, item_code, category, quantity FROM surrender_items"
               " WHERE surrender_id = ?")
        for sid in surrender_ids:
            self.add_lines(conn.execute(sql, (sid,)), -1)

    def remove_activities(self, conn, ids) -> None:
        sql = "SELECT id, model_id, unit_code, date, kind, participants FROM activities WHERE id = ?"
        for aid in ids:
            self.add_activities(conn.execute(sql, (aid,)), -1)

    def write(self, conn) -> None:
        """Every totals table changed by one upsert per key; a row whose count fell to zero goes. The coarser
        tables (per year, over all time) are summed from the half-month changes by SQLite itself (one JSON
        parameter, one grouped upsert each): grouping them in Python cost the bulk path a fifth of its speed.
        Inside a big load (:func:`coarser_after`) the days and months are added up here across its batches and
        written once at its end (a batch of 20,000 receipts over five years touches some 24,000 days and items)."""
        waiting = _DEFERRED.get(id(conn))
        if waiting is None:
            _write_days(conn, self.all)
        else:
            for key, (a, b) in self.all.items():
                self._add(waiting, key, a, b)
        for table, keys, values, delta in (
                ("surrender_totals", ("unit_code", "span", "item_code"), ("quantity", "lines"), self.items),
                ("activity_totals", ("unit_code", "span", "kind"), ("count", "participants"), self.acts)):
            if not delta:
                continue
            rows, fallen = _upsert(conn, table, keys, values, delta)
            if waiting is None:
                _write_coarser(conn, table, orjson.dumps(rows).decode(), bool(fallen))
                if table == "surrender_totals":
                    halves.apply_changes(conn, rows)
        if self.figures:  # a unit's year of figures counted again from its few rows (a stock's last value can go back)
            keys = sorted(self.figures)
            conn.executemany("DELETE FROM figure_totals_year WHERE unit_code = ? AND year = ?", keys)
            conn.executemany(f"INSERT INTO figure_totals_year(unit_code, year, indicator, months, total, last_month,"
                             f" last_value) {FIGURE_YEARS} WHERE unit_code = ? AND month BETWEEN ? AND ? GROUP BY 1, 2, 3",
                             [(unit, f"{year}-01", f"{year}-12") for unit, year in keys])


def _upsert(conn, table: str, keys: tuple, values: tuple, delta: dict) -> tuple[list[tuple], list[tuple]]:
    """``delta`` {key: [a, b]} added to ``table`` (one upsert per key; a key whose count reached zero goes): the rows
    written and the keys whose count went down."""
    cols = keys + values
    rows = [(*key, a, b) for key, (a, b) in delta.items()]
    conn.executemany(
        f"INSERT INTO {table}({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
        f" ON CONFLICT({', '.join(keys)}) DO UPDATE SET "
        + ", ".join(f"{v} = {v} + excluded.{v}" for v in values), rows)
    count_at = 0 if values[0] == "count" else 1
    fallen = [key for key, ab in delta.items() if ab[count_at] < 0]
    if fallen:  # only a key whose count went down can have reached zero: those keys, not a scan
        conn.executemany(f"DELETE FROM {table} WHERE {' AND '.join(f'{k} = ?' for k in keys)}"
                         f" AND {values[count_at]} <= 0", fallen)
    return rows, fallen


def _write_days(conn, days: dict) -> None:
    """Changes per (date, item) into surrender_totals_day, and summed per month into surrender_totals_all."""
    if not days:
        return
    months: dict[tuple, list] = {}
    for (day, item), (a, b) in days.items():
        Delta._add(months, (day[:7], item), a, b)
    _upsert(conn, "surrender_totals_day", ("date", "item_code"), ("quantity", "lines"), days)
    _upsert(conn, "surrender_totals_all", ("month", "item_code"), ("quantity", "lines"), months)


# the tables summed from a half-month table's changes ([unit, span, key, a, b] rows): (table, its key columns and
# their expressions over a row, its two value columns)
_COARSER = {
    "surrender_totals": (
        ("surrender_totals_year", ("unit_code", "year", "item_code"),
         ("value ->> 0", "substr(value ->> 1, 1, 4)", "value ->> 2"), ("quantity", "lines")),
        ("surrender_totals_ever", ("unit_code", "item_code"), ("value ->> 0", "value ->> 2"), ("quantity", "lines"))),
    "activity_totals": (
        ("activity_totals_year", ("unit_code", "year", "kind"),
         ("value ->> 0", "substr(value ->> 1, 1, 4)", "value ->> 2"), ("count", "participants")),
        ("activity_totals_ever", ("unit_code", "kind"), ("value ->> 0", "value ->> 2"), ("count", "participants"))),
}


# id() of the connections inside coarser_after: their coarser totals wait for its end, and their changes per day
# (Delta.all) are added up here until then
_DEFERRED: dict[int, dict] = {}


@contextmanager
def coarser_after(conn, defer: bool) -> Iterator[None]:
    """Around a big load in one transaction (doctypes.bulk_load, when it builds indexes at the end): the totals per
    year, over all time and per year's half-months (surrender_totals_halves) are summed once at the end from the
    half-month tables, which the load keeps as it goes, instead of a grouped upsert per batch (a load that fills a
    store: about a fifth of the bulk path's time); the changes per day, added up over the batches, written then.
    Summed again in `finally` too, so that a caller who catches an error and commits all the same commits them
    whole; if SQLite rolled back by itself they are as they were."""
    if not defer:
        yield
        return
    _DEFERRED[id(conn)] = {}
    try:
        yield
    finally:
        days = _DEFERRED.pop(id(conn))
        if conn.in_transaction:
            _write_days(conn, days)
            for base, coarser in _COARSER.items():
                for table, keys, _exprs, values in coarser:
                    span_keys = ", ".join("substr(span, 1, 4)" if k == "year" else k for k in keys)
                    conn.execute(f"DELETE FROM {table}")
                    conn.execute(f"INSERT INTO {table}({', '.join(keys + values)}) SELECT {span_keys},"
                                 f" sum({values[0]}), sum({values[1]}) FROM {base}"
                                 f" GROUP BY {', '.join(str(i) for i in range(1, len(keys) + 1))}")
            halves.rebuild(conn)


def _write_coarser(conn, base: str, rows_json: str, fell: bool) -> None:
    """The per-year and all-time tables above ``base`` changed by its rows' changes (a span lies in one year)."""
    for table, keys, exprs, values in _COARSER[base]:
        count_at = 3 if values[0] == "count" else 4
        groups = ", ".join(str(i) for i in range(1, len(keys) + 1))
        conn.execute(f"INSERT INTO {table}({', '.join(keys + values)}) SELECT {', '.join(exprs)},"
                     f" sum(value ->> 3), sum(value ->> 4) FROM json_each(?) WHERE true GROUP BY {groups}"
                     f" ON CONFLICT({', '.join(keys)}) DO UPDATE SET "
                     + ", ".join(f"{v} = {v} + excluded.{v}" for v in values), (rows_json,))
        if fell:  # the keys one of whose half-months lost a count
            conn.execute(f"DELETE FROM {table} WHERE {values[count_at - 3]} <= 0 AND ({', '.join(keys)}) IN"
                         f" (SELECT {', '.join(exprs)} FROM json_each(?) WHERE value ->> {count_at} < 0)", (rows_json,))


# a unit's entered figures per year: the SELECT (and GROUP BY 1, 2, 3) of schema step 11; the latest month's value is
# the bare column of the row of max(month)
FIGURE_YEARS = ("SELECT unit_code, substr(month, 1, 4) AS year, indicator, count(*) AS months, total(value) AS total,"
                " max(month) AS last_month, value AS last_value FROM monthly_figures")


# Independent recounts from the base tables: what `antt check` and the tests compare the totals with.
RECOUNTS = {
    "surrender_totals_all": (("month", "item_code"), ("quantity", "lines"),
                             "SELECT substr(date, 1, 7) AS month, item_code, sum(quantity) AS quantity,"
                             " count(*) AS lines FROM surrender_items GROUP BY 1, 2"),
    "surrender_totals": (("unit_code", "span", "item_code"), ("quantity", "lines"),
                         f"SELECT unit_code, {span_sql('date')} AS span, item_code, sum(quantity) AS quantity,"
                         " count(*) AS lines FROM surrender_items GROUP BY 1, 2, 3"),
    "activity_totals": (("unit_code", "span", "kind"), ("count", "participants"),
                        f"SELECT unit_code, {span_sql('date')} AS span, kind, count(*) AS count,"
                        " coalesce(sum(participants), 0) AS participants FROM activities GROUP BY 1, 2, 3"),
    "surrender_totals_year": (("unit_code", "year", "item_code"), ("quantity", "lines"),
                              "SELECT unit_code, substr(date, 1, 4) AS year, item_code, sum(quantity) AS quantity,"
                              " count(*) AS lines FROM surrender_items GROUP BY 1, 2, 3"),
    "activity_totals_year": (("unit_code", "year", "kind"), ("count", "participants"),
                             "SELECT unit_code, substr(date, 1, 4) AS year, kind, count(*) AS count,"
                             " coalesce(sum(participants), 0) AS participants FROM activities GROUP BY 1, 2, 3"),
    "surrender_totals_ever": (("unit_code", "item_code"), ("quantity", "lines"),
                              "SELECT unit_code, item_code, sum(quantity) AS quantity, count(*) AS lines"
                              " FROM surrender_items GROUP BY 1, 2"),
    "activity_totals_ever": (("unit_code", "kind"), ("count", "participants"),
                             "SELECT unit_code, kind, count(*) AS count, coalesce(sum(participants), 0) AS participants"
                             " FROM activities GROUP BY 1, 2"),
    "surrender_totals_day": (("date", "item_code"), ("quantity", "lines"),
                             "SELECT date, item_code, sum(quantity) AS quantity, count(*) AS lines FROM surrender_items"
                             " GROUP BY 1, 2"),
    # each line's half-month first (a few hundred thousand rows at 1M lines), then the year to date at each one's end
    # the lines per unit, item, year and half-month counted once; each unit's row of all time (year '') their sum
    # per unit and item, the same at every half-month
    "surrender_totals_halves": (("unit_code", "item_code", "year"), HALVES_Q + HALVES_L,
                                "WITH halves AS MATERIALIZED (SELECT unit_code, item_code, substr(date, 1, 4) AS year,"
                                " (CAST(substr(date, 6, 2) AS INTEGER) - 1) * 2 + (CAST(substr(date, 9, 2) AS INTEGER)"
                                " > 14) AS half, sum(quantity) AS q, count(*) AS n FROM surrender_items GROUP BY 1, 2, 3, 4)"
                                " SELECT unit_code, item_code, year, " + ", ".join(
                                    f"sum(CASE WHEN half <= {i} THEN q ELSE 0 END) AS q{i}" for i in range(24))
                                + ", " + ", ".join(f"sum(CASE WHEN half <= {i} THEN n ELSE 0 END) AS l{i}" for i in range(24))
                                + " FROM (SELECT * FROM halves UNION ALL SELECT unit_code, item_code, '', 0, sum(q), sum(n)"
                                " FROM halves GROUP BY 1, 2) GROUP BY 1, 2, 3"),
    # the latest month's value found by a join here, not by the bare column the code under check relies on
    "figure_totals_year": (("unit_code", "year", "indicator"), ("months", "total", "last_value", "last_month"),
                           "SELECT g.unit_code, g.year, g.indicator, g.months, g.total, f.value AS last_value,"
                           " g.last_month FROM (SELECT unit_code, substr(month, 1, 4) AS year, indicator,"
                           " count(*) AS months, sum(value) AS total, max(month) AS last_month FROM monthly_figures"
                           " GROUP BY 1, 2, 3) g JOIN monthly_figures f ON f.unit_code = g.unit_code"
                           " AND f.month = g.last_month AND f.indicator = g.indicator"),
}


def differing_rows(conn, table: str) -> int:
    """How many rows of a totals table differ from a recount of its base table (missing or extra included).
    surrender_totals_halves is compared as the rows it packs (app/store/halves.decoded_rows)."""
    keys, values, recount = RECOUNTS[table]
    differ = " OR ".join(f"l.{v} IS NOT t.{v}" if v.endswith("_month") else
                         f"abs(coalesce(l.{v}, 0) - coalesce(t.{v}, 0)) > 1e-6" for v in values)
    # both directions with LEFT JOINs: works on any SQLite (no FULL JOIN needed); the recount made once
    on = " AND ".join(f"t.{c} = l.{c}" for c in keys)
    conn.execute("DROP TABLE IF EXISTS temp.totals_recount")
    conn.execute(f"CREATE TEMP TABLE totals_recount AS {recount}")
    kept = table
    if table == "surrender_totals_halves":
        kept = "temp.totals_unpacked"
        conn.execute(f"DROP TABLE IF EXISTS {kept}")
        conn.execute(f"CREATE TEMP TABLE totals_unpacked({', '.join(keys + values)})")
        conn.executemany(f"INSERT INTO {kept} VALUES ({', '.join('?' * len(keys + values))})",
                         list(halves.decoded_rows(conn)))
    try:
        missing_or_wrong = conn.execute(
            f"SELECT count(*) FROM temp.totals_recount l LEFT JOIN {kept} t ON {on}"
            f" WHERE t.{keys[0]} IS NULL OR {differ}").fetchone()[0]
        extra = conn.execute(f"SELECT count(*) FROM {kept} t LEFT JOIN temp.totals_recount l ON {on}"
                             f" WHERE l.{keys[0]} IS NULL").fetchone()[0]
    finally:
        conn.execute("DROP TABLE temp.totals_recount")
        if kept != table:
            conn.execute(f"DROP TABLE {kept}")
    return missing_or_wrong + extra


def rebuild(conn) -> None:
    """Every totals table refilled from its base table (a bench's store written straight into its tables)."""
    for table, (keys, values, recount) in RECOUNTS.items():
        if table != halves.TABLE:  # packed rows, made in Python from the half-month totals (refilled before it)
            conn.execute(f"DELETE FROM {table}")
            conn.execute(f"INSERT INTO {table}({', '.join(keys + values)}) {recount}")
    halves.rebuild(conn)
