"""The indicators a summary prints, per year and over the whole period, for a subtree of any size (issue 17 item 1).

A unit's entered figure stands for that unit in place of what its records give; units that entered nothing count
with their records. That fold is done here in SQLite over one scratch table of (part, unit, indicator, value,
entered) rows, so a national store's 3,421 units never become Python objects: Python sees some twenty sums per
year. Each year is read once: the entered figures from figure_totals_year (schema step 11), less the months of the
year outside the report; the activities from the maintained totals (app/domain/totals.py: plan); the models by one
grouped query. The period is put together from its years (flows added, a stock from the latest year), except the
models, read once more for the period (a split's models follow the period's first day).
"""

from __future__ import annotations

from decimal import Decimal

import orjson

from app.domain.figures import (ACTIVITY_INDICATORS, MODEL_INDICATORS, SUBTREE_CTE, model_figures_sql,
                                model_params)
from app.domain.totals import activity_sums_sql, bounds
from app.store.db import Store

SCRATCH = "temp.summary_figures"
PERIOD = 0  # the part of the whole period; a year's part is the year


def figures_by_year(store: Store, root: str, years: list[tuple[int, str, str, list[str]]], first: str, last: str,
                    stocks: frozenset[str], num) -> tuple[dict[int, dict[str, Decimal]], dict[str, Decimal],
                                                          dict[str, Decimal]]:
    """(reported per year, recorded over the period, reported over the period) for ``years`` of (year, first day,
    last day, report months named in that year) that tile first..last. ``stocks``: the indicators taken at the
    end of a range, not added up; ``num`` makes a stored float the Decimal it was typed as."""
    conn = store.conn
    conn.execute(f"CREATE TABLE IF NOT EXISTS {SCRATCH} (part INTEGER NOT NULL, entered INTEGER NOT NULL,"
                 " unit_code TEXT NOT NULL, indicator TEXT NOT NULL, value REAL NOT NULL,"
                 " PRIMARY KEY (part, indicator, entered, unit_code)) WITHOUT ROWID")  # the fold's order, no sort
    conn.execute(f"DELETE FROM {SCRATCH}")
    try:
        edges = bounds(conn, "activities")
        stock_list = orjson.dumps(sorted(stocks)).decode()
        for year, y_first, y_last, months in years:
            _entered(conn, root, year, months, stock_list)
            _models(store, root, year, y_first, y_last)
            _activities(conn, root, year, y_first, y_last, edges)
        # the period: a flow is the sum of its years, a stock its latest year's (bare column of the max(part))
        conn.execute(f"INSERT INTO {SCRATCH} SELECT {PERIOD}, 1, unit_code, indicator, CASE WHEN indicator IN"
                     " (SELECT value FROM json_each(?)) THEN value ELSE total END FROM (SELECT unit_code, indicator,"
                     f" max(part), value, total(value) AS total FROM {SCRATCH} WHERE entered = 1 GROUP BY 1, 2)",
                     (stock_list,))
        conn.execute(f"INSERT INTO {SCRATCH} SELECT {PERIOD}, 0, unit_code, indicator, sum(value) FROM {SCRATCH}"
                     " WHERE entered = 0 AND indicator NOT IN (SELECT value FROM json_each(?)) GROUP BY 3, 4",
                     (orjson.dumps(MODEL_INDICATORS).decode(),))
        _models(store, root, PERIOD, first, last)
        reported, recorded = _folded(conn, num)
    finally:
        conn.execute(f"DELETE FROM {SCRATCH}")
    by_year = {y: reported[y] for y, *_ in years if reported.get(y)}
    return by_year, recorded.get(PERIOD, {}), reported.get(PERIOD, {})


def _entered(conn, root: str, year: int, months: list[str], stock_list: str) -> None:
    """A year's entered figures per unit and indicator: the year's row, less the months of the year outside the
    report (their own rows), a stock's value from the latest month inside (looked up in the report's months only
    where the year's latest month lies outside)."""
    if not months:
        return
    name = f"{year:04d}"
    outside = orjson.dumps([f"{name}-{m:02d}" for m in range(1, 13) if f"{name}-{m:02d}" not in set(months)]).decode()
    lo, hi = min(months), max(months)  # a year's report months are consecutive
    conn.execute(
        f"""{SUBTREE_CTE},
            outside(unit_code, indicator, months, total) AS MATERIALIZED (
                SELECT unit_code, indicator, count(*), total(value) FROM monthly_figures
                WHERE unit_code IN (SELECT code FROM below) AND month IN (SELECT value FROM json_each(?)) GROUP BY 1, 2)
            INSERT INTO {SCRATCH}
            SELECT ?, 1, y.unit_code, y.indicator,
                   CASE WHEN y.indicator NOT IN (SELECT value FROM json_each(?)) THEN y.total - coalesce(o.total, 0)
                        WHEN y.last_month BETWEEN ? AND ? THEN y.last_value
                        ELSE (SELECT f.value FROM monthly_figures f WHERE f.unit_code = y.unit_code
                              AND f.month BETWEEN ? AND ? AND f.indicator = y.indicator ORDER BY f.month DESC LIMIT 1)
                   END
            FROM figure_totals_year y LEFT JOIN outside o ON o.unit_code = y.unit_code AND o.indicator = y.indicator
            WHERE y.unit_code IN (SELECT code FROM below) AND y.year = ? AND y.months > coalesce(o.months, 0)""",
        (root, outside, year, stock_list, lo, hi, lo, hi, name))


def _models(store: Store, root: str, part: int, first: str, last: str) -> None:
    """The models' indicators per unit for first..last (border ones only where the unit has a border model)."""
    picks = " UNION ALL ".join(
        f"SELECT :part, 0, u, '{code}', {'round(c6, 3)' if code == 'border.km_line' else f'c{i}'} FROM m"
        + (" WHERE c8 > 0" if code.startswith("border.") else "")
        for i, code in enumerate(MODEL_INDICATORS, 1))
    store.conn.execute(f"{SUBTREE_CTE.replace('?', ':root')}, m(u, c1, c2, c3, c4, c5, c6, c7, c8) AS MATERIALIZED"
                       f" ({model_figures_sql()})"
                       f" INSERT INTO {SCRATCH} {picks}", {**model_params(store, root, first, last), "part": part})


def _activities(conn, root: str, part: int, first: str, last: str, edges) -> None:
    """The activities' indicators per unit for first..last (a count, and for propaganda its participants)."""
    sums, params = activity_sums_sql("SELECT code FROM below", first, last, list(ACTIVITY_INDICATORS), edges)
    if not sums:
        return
    kinds = orjson.dumps([[k, c, p] for k, (c, p) in ACTIVITY_INDICATORS.items()]).decode()
    conn.execute(
        f"""{SUBTREE_CTE}, a(unit_code, kind, n, p) AS MATERIALIZED ({sums}),
            k(kind, n_code, p_code) AS (SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?))
            INSERT INTO {SCRATCH}
            SELECT ?, 0, a.unit_code, k.n_code, a.n FROM a JOIN k USING (kind)
            UNION ALL SELECT ?, 0, a.unit_code, k.p_code, a.p FROM a JOIN k USING (kind) WHERE k.p_code IS NOT NULL""",
        (root, *params, kinds, part, part))


def _folded(conn, num) -> tuple[dict[int, dict[str, Decimal]], dict[int, dict[str, Decimal]]]:
    """Per part and indicator: (reported: entered where a unit entered it, else its records; recorded: the
    records). Each value rounded to the 3 decimals it was typed with, added as floats, made a Decimal once. One
    pass in the scratch table's own order; a unit's records looked up as entered by one seek."""
    reported: dict[int, dict[str, Decimal]] = {}
    recorded: dict[int, dict[str, Decimal]] = {}
    for part, ind, rep, rec, n_rec in conn.execute(
            f"SELECT part, indicator, total(CASE WHEN entered = 1 OR NOT EXISTS (SELECT 1 FROM {SCRATCH} e"
            " WHERE e.part = s.part AND e.indicator = s.indicator AND e.entered = 1 AND e.unit_code = s.unit_code)"
            " THEN round(value, 3) END), total(CASE WHEN entered = 0 THEN round(value, 3) END), sum(entered = 0)"
            f" FROM {SCRATCH} s GROUP BY 1, 2"):
        reported.setdefault(part, {})[ind] = num(rep)
        if n_rec:
            recorded.setdefault(part, {})[ind] = num(rec)
    return reported, recorded
