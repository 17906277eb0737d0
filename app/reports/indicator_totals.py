"""The indicators a summary prints, per year and over the whole period, for a subtree of any size (issue 17 item 1).

A unit's entered figure stands for that unit in place of what its records give; units that entered nothing count
with their records. Folded as sums, not unit by unit in Python: reported = what was entered + what the records give
over every unit - what the records give over the units that entered that indicator. The entered whole-number flows
the records never give (most of what units enter) are only added up in SQLite; the others (the indicators the
records also give, the stocks, any with decimals) come back unit by unit, and the records' sums over the units that
entered them are taken in the same query as the records' totals. Each year is read once: the entered figures from
figure_totals_year (schema step 11), less the months of the year outside the report; the activities from the
maintained totals (app/domain/totals.py: plan); the models by one grouped query. The period is put together from
its years (flows added, a stock from the latest year), except what the records give, read for the period (a split's
models follow the period's first day; the activities through the same totals).
"""
from __future__ import annotations

from decimal import Decimal

import orjson

from app.domain.figures import (ACTIVITY_INDICATORS, DERIVED, MODEL_INDICATORS, SUBTREE_CTE, indicators,
                                model_columns, model_params)
from app.domain.organisation import MODEL_UNIT_SQL
from app.domain.totals import activity_sums_sql, bounds
from app.store.db import Store

PERIOD = 0  # the part of the whole period; a year's part is the year
BELOW = "WITH below(code) AS (SELECT value FROM json_each(?))"  # the subtree, walked once (figures_by_year)


def figures_by_year(store: Store, root: str, years: list[tuple[int, str, str, list[str]]], first: str, last: str,
                    stocks: frozenset[str], num) -> tuple[dict[int, dict[str, Decimal]], dict[str, Decimal],
                                                          dict[str, Decimal]]:
    """(reported per year, recorded over the period, reported over the period) for ``years`` of (year, first day,
    last day, report months named in that year) that tile first..last. ``stocks``: the indicators taken at the
    end of a range, not added up; ``num`` makes a stored float the Decimal it was typed as. Nothing is written,
    not even a temporary table: the app runs reports on connections that refuse any write (ui/tasks.py)."""
    conn = store.conn
    # the subtree walked once (a recursive CTE over units and lineage), then given to each query as a JSON list
    below = orjson.dumps([code for code, in conn.execute(f"{SUBTREE_CTE} SELECT code FROM below", (root,))]).decode()
    edges = bounds(conn, "activities")
    stock_list = orjson.dumps(sorted(stocks)).decode()
    kept = orjson.dumps(sorted({*DERIVED, *stocks, *(i["code"] for i in indicators() if i["kind"] != "int")})).decode()
    summed: dict[int, dict[str, float]] = {PERIOD: {}}  # entered figures added up per indicator
    by_unit: dict[int, dict[tuple[str, str], float]] = {PERIOD: {}}  # the kept ones unit by unit
    for year, _, _, months in years:
        summed[year], by_unit[year] = _entered(conn, below, year, months, stock_list, kept)
        for k, v in summed[year].items():  # whole-number flows: the period's is the sum of its years'
            summed[PERIOD][k] = summed[PERIOD].get(k, 0.0) + v
        period = by_unit[PERIOD]
        for key, v in by_unit[year].items():  # a flow adds up, a stock is its latest year's (years in order)
            period[key] = v if key[1] in stocks or key not in period else period[key] + v
    folded = {}
    period_entered = _units_by_indicator(by_unit[PERIOD])
    period_acts: dict[str, list[float]] = {}  # the activities over the period: their years' added up (flows)
    parts = [*((y, f, la) for y, f, la, _ in years), (PERIOD, first, last)]
    models = _models(store, root, below, [(f, la, _units_by_indicator(by_unit[part])) for part, f, la in parts])
    for (part, p_first, p_last), (totals, overlap) in zip(parts, models):
        ent = dict(summed[part])
        for (_unit, ind), v in by_unit[part].items():
            ent[ind] = ent.get(ind, 0.0) + round(v, 3)
        if part == PERIOD:
            for code, (total, over) in period_acts.items():
                totals[code], overlap[code] = total, over
        else:
            _activities(conn, below, p_first, p_last, edges, _units_by_indicator(by_unit[part]), period_entered,
                        totals, overlap, period_acts)
        reported = {k: v + ent.get(k, 0.0) - overlap.get(k, 0.0) for k, v in totals.items()}
        reported.update((k, v) for k, v in ent.items() if k not in totals)
        folded[part] = ({k: num(v) for k, v in reported.items()}, {k: num(v) for k, v in totals.items()})
    by_year = {y: folded[y][0] for y, *_ in years if folded[y][0]}
    return by_year, folded[PERIOD][1], folded[PERIOD][0]


def _units_by_indicator(by_unit: dict[tuple[str, str], float]) -> dict[str, list[str]]:
    """The units that entered each indicator, from {(unit, indicator): value}."""
    out: dict[str, list[str]] = {}
    for unit, ind in by_unit:
        out.setdefault(ind, []).append(unit)
    return out


def _entered(conn, below: str, year: int, months: list[str], stock_list: str, kept: str
             ) -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """A year's entered figures per unit and indicator: the year's row, less the months of the year outside the
    report (their own rows), a stock's value from the latest month inside (looked up in the report's months only
    where the year's latest month lies outside). Returns (the indicators not ``kept`` added up: whole-number flows
    the records never give, most of what units enter; the ``kept`` ones (JSON list: those the records also give,
    the stocks, any with decimals) unit by unit, {(unit, indicator): value})."""
    if not months:
        return {}, {}
    name = f"{year:04d}"
    outside = orjson.dumps([f"{name}-{m:02d}" for m in range(1, 13) if f"{name}-{m:02d}" not in set(months)]).decode()
    lo, hi = min(months), max(months)  # a year's report months are consecutive
    ent = f"""{BELOW},
            outside(unit_code, indicator, months, total) AS MATERIALIZED (
                SELECT unit_code, indicator, count(*), total(value) FROM monthly_figures
                WHERE unit_code IN (SELECT code FROM below) AND month IN (SELECT value FROM json_each(?)) GROUP BY 1, 2),
            ent(unit_code, indicator, value, kept) AS MATERIALIZED (
            SELECT y.unit_code, y.indicator,
                   CASE WHEN y.indicator NOT IN (SELECT value FROM json_each(?)) THEN y.total - coalesce(o.total, 0)
                        WHEN y.last_month BETWEEN ? AND ? THEN y.last_value
                        ELSE (SELECT f.value FROM monthly_figures f WHERE f.unit_code = y.unit_code
                              AND f.month BETWEEN ? AND ? AND f.indicator = y.indicator ORDER BY f.month DESC LIMIT 1)
                   END, y.indicator IN (SELECT value FROM json_each(?))
            FROM figure_totals_year y LEFT JOIN outside o ON o.unit_code = y.unit_code AND o.indicator = y.indicator
            WHERE y.unit_code IN (SELECT code FROM below) AND y.year = ? AND y.months > coalesce(o.months, 0))"""
    # one query, the year's rows materialised once: the kept ones unit by unit, the others added up (unit NULL)
    summed: dict[str, float] = {}
    rows: dict[tuple[str, str], float] = {}
    for unit, ind, v in conn.execute(
            f"{ent} SELECT unit_code, indicator, value FROM ent WHERE kept"
            " UNION ALL SELECT NULL, indicator, total(value) FROM ent WHERE NOT kept GROUP BY indicator",
            (below, outside, stock_list, lo, hi, lo, hi, kept, name)):
        if unit is None:
            summed[ind] = v
        else:
            rows[unit, ind] = v
    return summed, rows


def _models(store: Store, root: str, below: str, parts: list[tuple[str, str, dict[str, list[str]]]]
            ) -> list[tuple[dict[str, float], dict[str, float]]]:
    """The models' indicators for each of ``parts`` (first, last, the units that entered each indicator:
    {indicator: [unit, ...]}, :func:`_units_by_indicator`): per part (totals, overlap), the totals added up over the
    units (each rounded to 3 decimals), the overlap over the units that entered the indicator themselves, what the
    fold takes off again. Border ones only over units with a border model. The models are read once for every part
    that counts them for the same units (the moves of split units at its first day; usually all): each part's sums
    are columns of one grouped query. An indicator no unit entered has no overlap to add up, and no list of units
    (most units enter none of the models' indicators; each list is one more temporary index)."""
    out: list[tuple[dict[str, float], dict[str, float]]] = [({}, {}) for _ in parts]
    by_moves: dict[str, list[int]] = {}
    for i, (first, last, _) in enumerate(parts):
        by_moves.setdefault(model_params(store, root, first, last)["moves"], []).append(i)
    for moves, indexes in by_moves.items():
        columns, picks, params = [], [], {"moves": moves, "below": below}
        for j, i in enumerate(indexes):
            first, last, entered = parts[i]
            params[f"f{j}"], params[f"l{j}"] = first, last
            columns += [f"{col} AS c{j}_{k}" for k, col in enumerate(model_columns(f":f{j}", f":l{j}"), 1)]
            for k, code in enumerate(MODEL_INDICATORS, 1):
                value = f"round(c{j}_6, 3)" if code == "border.km_line" else f"c{j}_{k}"
                value = f"CASE WHEN c{j}_8 > 0 THEN {value} END" if code.startswith("border.") else value
                if code in entered:
                    params[f"e{j}_{k}"] = orjson.dumps(entered[code]).decode()
                    over = f"total(CASE WHEN m.u IN (SELECT value FROM json_each(:e{j}_{k})) THEN {value} END)"
                else:
                    over = "0.0"
                picks.append(f"total({value}), {over}")
        unit = MODEL_UNIT_SQL
        row = store.conn.execute(
            f"{BELOW.replace('?', ':below')}, m AS (SELECT {unit} AS u, {', '.join(columns)} FROM models m"
            f" WHERE {unit} IN (SELECT code FROM below) GROUP BY 1)"
            f" SELECT count(*), sum(c0_8 > 0), {', '.join(picks)} FROM m", params).fetchone()
        units, border_units, values = row[0], row[1], row[2:]
        for j, i in enumerate(indexes):
            totals, overlap = out[i]
            for k, code in enumerate(MODEL_INDICATORS):
                if units and (border_units or not code.startswith("border.")):  # a key only where a unit gave it
                    n = 2 * (j * len(MODEL_INDICATORS) + k)
                    totals[code], overlap[code] = values[n], values[n + 1]
    return out


def _activities(conn, below: str, first: str, last: str, edges, entered: dict[str, list[str]],
                period_entered: dict[str, list[str]], totals: dict, overlap: dict,
                period: dict[str, list[float]]) -> None:
    """The activities' indicators for first..last, a year of the period (a count, and for propaganda its
    participants) added up over the units, and over the units that entered the indicator themselves in the year
    (``entered``: {indicator: [unit, ...]}), as :func:`_models`; in the same query, over the units that entered it
    in any year of the period (``period_entered``), added into ``period``: {indicator: [total, overlap]} over the
    period, which the years tile (activities are flows), so the period is never read again. One row of sums, a
    kind's columns picked by CASE (no join, no grouping by kind); an indicator only where its kind has activities
    in the range."""
    sums, params = activity_sums_sql("SELECT code FROM below", first, last, list(ACTIVITY_INDICATORS), edges)
    if not sums:
        return
    columns, lists = [], {}
    for kind, pair in ACTIVITY_INDICATORS.items():
        columns.append(f"count(CASE WHEN a.kind = '{kind}' THEN 1 END)")
        for code, value in zip(pair, ("a.n", "a.p")):
            if code is None:
                continue
            columns.append(f"total(CASE WHEN a.kind = '{kind}' THEN {value} END)")
            for name, units in ((f"y{len(lists)}", entered.get(code)), (f"p{len(lists)}", period_entered.get(code))):
                if units:
                    lists[name] = orjson.dumps(units).decode()
                    columns.append(f"total(CASE WHEN a.kind = '{kind}' AND a.unit_code IN"
                                   f" (SELECT value FROM json_each(:{name})) THEN {value} END)")
                else:
                    columns.append("0.0")
    named = {f"q{i}": v for i, v in enumerate((below, *params))}
    sql = f"{BELOW}, a(unit_code, kind, n, p) AS ({sums}) SELECT {', '.join(columns)} FROM a"
    for i in range(len(named)):  # the sums' positional parameters, named in order
        sql = sql.replace("?", f":q{i}", 1)
    row = iter(conn.execute(sql, {**named, **lists}).fetchone())
    for pair in ACTIVITY_INDICATORS.values():
        present = next(row) > 0
        for code in pair:
            if code is None:
                continue
            total, over, over_period = next(row), next(row), next(row)
            if not present:
                continue
            totals[code], overlap[code] = total, over
            got = period.setdefault(code, [0.0, 0.0])
            got[0] += total
            got[1] += over_period
