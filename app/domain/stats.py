"""Totals of surrendered items over a period: per item, category, unit or month, always with the
unit of count (kg is never added to pieces).

Province-wide, whole months inside the range are read from `surrender_totals_all` (kept current
by the bulk path); per unit, from the totals of all time, years and half-months (app/domain/totals.py: plan),
and only the days at the edges touch the item lines.
"""

from __future__ import annotations

import datetime as dt

import orjson

from app.domain.figures import month_bounds
from app.domain.list_scope import ListScope, Moves
from app.domain.totals import ITEM_LAYERS, LINES, bounds, cover, part_selects, plan
from app.domain.units import subtree_codes
from app.domain.validation import choice, parse_date
from app.errors import ValidationError
from app.store.db import Store

GROUPINGS = ("item", "category", "unit", "month")


def _split_range(date_from: str, date_to: str) -> tuple[list[tuple[str, str]], tuple[str, str] | None]:
    """(partial day ranges at the edges, (first full month, last full month) or None)."""
    d0, d1 = dt.date.fromisoformat(date_from), dt.date.fromisoformat(date_to)
    first_full = d0.strftime("%Y-%m") if d0.day == 1 else _next_month(d0.strftime("%Y-%m"))
    last_full = d1.strftime("%Y-%m") if month_bounds(d1.strftime("%Y-%m"))[1] == date_to else _prev_month(d1.strftime("%Y-%m"))
    if first_full > last_full:  # no whole month inside: read the lines directly
        return [(date_from, date_to)], None
    partial = []
    if date_from < f"{first_full}-01":
        partial.append((date_from, month_bounds(_prev_month(first_full))[1]))
    if date_to > month_bounds(last_full)[1]:
        partial.append((f"{_next_month(last_full)}-01", date_to))
    return partial, (first_full, last_full)


def _next_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:])
    return f"{y + (m == 12)}-{m % 12 + 1:02d}"


def _prev_month(month: str) -> str:
    y, m = int(month[:4]), int(month[5:])
    return f"{y - (m == 1)}-{(m - 2) % 12 + 1:02d}"


def _unit_count(store: Store) -> int:
    return store.conn.execute("SELECT count(*) FROM units").fetchone()[0]


def _totals_parts(conn, by: str, date_from: str, date_to: str, units: list[str] | None) -> tuple[list[str], list]:
    """SELECTs of (k, item_code, quantity, lines), each grouped straight to the key of ``by``, that add up to the
    lines of ``units`` (None: every unit) between the dates.

    Every unit and not by unit: whole months from surrender_totals_all (twelve hundred rows for five years), the
    partial months at the edges in half-months and days as below. By month: whole half-months from
    surrender_totals, the days at the edges from the receipts' (unit, date) index and their lines by key
    (totals.LINES, schema step 12). Else the maintained totals of all time, years and half-months, read from inside the range or as
    all time minus what lies outside it, whichever reads fewer rows (totals.plan: five whole years of a five-year
    store are one row per unit and item). Each part groups once, by its final key (issue 17)."""
    unit_filter = "unit_code IN (SELECT code FROM units)" if units is None else \
        "unit_code IN (SELECT value FROM json_each(?))"
    unit_params = [] if units is None else [orjson.dumps(list(units)).decode()]
    key = {"item": lambda col: "''", "category": lambda col: "''", "unit": lambda col: "unit_code",
           "month": lambda col: f"substr({col}, 1, 7)"}[by]
    parts: list[str] = []
    params: list = []
    if units is None and by != "unit":
        edges, full = _split_range(date_from, date_to)
        if full:
            parts.append(f"SELECT {key('month')} AS k, item_code, sum(quantity) AS quantity, sum(lines) AS lines"
                         " FROM surrender_totals_all WHERE month BETWEEN ? AND ? GROUP BY 1, 2")
            params += list(full)
    elif by != "month":
        return part_selects(ITEM_LAYERS, plan(date_from, date_to, bounds(conn, LINES)),
                            f"{key('')} AS k, item_code", unit_filter, unit_params, "1, 2", ("quantity", "lines"))
    else:
        edges = [(date_from, date_to)]
    for lo, hi in edges:
        spans, days = cover(lo, hi)
        if spans:
            parts.append(f"SELECT {key('span')} AS k, item_code, sum(quantity) AS quantity, sum(lines) AS lines"
                         f" FROM surrender_totals WHERE {unit_filter} AND span BETWEEN ? AND ? GROUP BY 1, 2")
            params += [*unit_params, *spans]
        for d0, d1 in days:
            # a line's unit and date are its receipt's (schema step 12): the receipts' (unit_code, date) index
            parts.append(f"SELECT {key('date')} AS k, item_code, sum(quantity) AS quantity, count(*) AS lines"
                         f" FROM {LINES} WHERE {unit_filter} AND date BETWEEN ? AND ? GROUP BY 1, 2")
            params += [*unit_params, d0, d1]
    return parts, params


def stats(store: Store, date_from, date_to, unit: str | None = None, by: str = "item",
          scope: ListScope | None = None) -> list[dict]:
    """Rows of totals: the grouping key, item code (for by=item/unit/month) or category, quantity, unit of count.

    `unit` covers that unit and every unit below it; `scope` (app/domain/list_scope.py, instead of `unit`) the
    receipts a unit's lists show (issue 20: the units merged into it, the receipts a split placed with it), so
    that a page's totals line agrees with its list. A split's moved receipts are added or taken off by id from
    the item lines: one more part of the same query, whatever the number of units.
    """
    date_from = parse_date(date_from, "from")
    date_to = parse_date(date_to, "to")
    if date_to < date_from:
        raise ValidationError("date_order", field="to", value=date_to, other_field="from", other=date_from)
    by = choice(by, "kind", GROUPINGS)
    if scope is not None:
        units = None if scope.every_unit else list(scope.units)
        moves = scope.moves("surrenders")
    else:
        units = subtree_codes(store, unit) if unit else None
        moves = Moves()
    every = units is None or len(units) >= _unit_count(store)
    parts, params = _totals_parts(store.conn, by, date_from, date_to, None if every else units)
    if moves.taken or moves.given:
        key = {"unit": "unit_code", "month": "substr(date, 1, 7)"}.get(by, "''")
        parts.append(f"SELECT {key} AS k, item_code, sum(sign * quantity) AS quantity, sum(sign) AS lines FROM ("
                     " SELECT i.*, -1 AS sign FROM surrender_items i WHERE surrender_id IN (SELECT value FROM json_each(?))"
                     " UNION ALL SELECT i.*, 1 AS sign FROM surrender_items i WHERE surrender_id IN"
                     " (SELECT value FROM json_each(?))) WHERE date BETWEEN ? AND ? GROUP BY 1, 2")
        params += [orjson.dumps(list(moves.given)).decode(), orjson.dumps(list(moves.taken)).decode(), date_from, date_to]
    union = " UNION ALL ".join(parts)
    if by == "category":
        sql = f"""SELECT c.category AS category, c.unit_vi AS unit, c.unit_en AS unit_en,
                         sum(t.quantity) AS quantity, sum(t.lines) AS lines
                  FROM ({union}) t JOIN catalogue_items c ON c.code = t.item_code
                  GROUP BY c.category, c.unit_vi ORDER BY min(c.rowid)"""
        return [row for r in store.conn.execute(sql, params) if (row := _counted(dict(r)))]
    # One part is grouped by (key, item) already, in its key's order when it reads a totals table whole; the
    # catalogue (a few dozen items) joined here: a join and two sorts of every row in SQL cost more than the rows
    cursor = store.conn.cursor()
    cursor.row_factory = None
    sums = cursor.execute(union if len(parts) == 1 else
                          f"SELECT k, item_code, sum(quantity), sum(lines) FROM ({union}) GROUP BY 1, 2", params)
    items = {code: (rowid, category, unit, unit_en) for rowid, code, category, unit, unit_en in store.conn.execute(
        "SELECT rowid, code, category, unit_vi, unit_en FROM catalogue_items")}
    # no line left: every line went to another part of a split, or out of the range (totals.plan)
    found = [row for row in sums if row[3] and row[1] in items]
    found.sort(key=lambda row: (row[0], items[row[1]][0]))
    head = {"unit": "unit_code", "month": "month"}.get(by)
    rows = []
    for k, item, qty, lines in found:
        _rowid, category, unit, unit_en = items[item]
        whole = round(qty)
        row = {head: k} if head else {}
        row.update(item_code=item, category=category, unit=unit, unit_en=unit_en,
                   quantity=int(whole) if abs(qty - whole) < 1e-9 else round(qty, 3), lines=lines)
        rows.append(row)
    return rows


def _counted(row: dict) -> dict | None:
    """The row with its quantity as typed (whole numbers as int), or None when no line is left in it (every line
    went to another part of a split, or out of the range: totals.plan)."""
    if not row["lines"]:
        return None
    qty = row["quantity"]
    whole = round(qty)
    row["quantity"] = int(whole) if abs(qty - whole) < 1e-9 else round(qty, 3)
    return row


def receipts_per_unit(store: Store, root: str, date_from: str, date_to: str,
                      scope: ListScope | None = None) -> list[dict]:
    """How many receipts each unit directly below ``root`` made (with the units below it) between the dates,
    in Vietnamese order of their names: the comparison the dashboard draws (issue 19 item 7). A unit with
    nobody below it gets its own row. Rows: code, name, receipts (0 included: a unit that made none shows).
    With ``scope`` the rows follow the organisation the lists use (:func:`scoped_receipts_per_unit`)."""
    from app.collation import sort_key

    if scope is not None:
        return scoped_receipts_per_unit(store, scope, date_from, date_to)
    conn = store.conn
    children = [(c, n) for c, n in conn.execute("SELECT code, name FROM units WHERE parent_code = ? AND retired = 0",
                                                 (root,))]
    if not children:
        children = [tuple(conn.execute("SELECT code, name FROM units WHERE code = ?", (root,)).fetchone())]
    owner = {sub: code for code, _ in children for sub in subtree_codes(store, code)}
    counts = dict.fromkeys((code for code, _ in children), 0)
    # one pass over the date index, folded by owner (a province's hundred communes: one query, not a hundred)
    for unit_code, n in conn.execute("SELECT unit_code, count(*) FROM surrender_rows WHERE date BETWEEN ? AND ?"
                                     " GROUP BY unit_code", (date_from, date_to)):
        if unit_code in owner:
            counts[owner[unit_code]] += n
    return [{"code": code, "name": name, "receipts": counts[code]}
            for code, name in sorted(children, key=lambda cn: sort_key(cn[1]))]


def scoped_receipts_per_unit(store: Store, scope: ListScope, date_from: str, date_to: str) -> list[dict]:
    """:func:`receipts_per_unit` as organised on the scope's day (issue 20): rows for the units just below the
    scope's root (the successor of a merged laptop's unit), a merged unit's receipts in its successor's row, a
    split's placed receipts in their part's row; the rows add up to the receipts the list shows of the units
    below (the root's own receipts have no row, as without a reorganisation)."""
    from app.collation import sort_key
    from app.domain.organisation import display_names, placed_records, rows_below

    conn, root = store.conn, scope.root
    owner = rows_below(store, root, scope.day)
    rows = sorted({top for top in owner.values() if top != root}) or [root]
    if rows != [root]:
        owner = {code: top for code, top in owner.items() if top != root}  # the root's own receipts: no row
    counts = dict.fromkeys(rows, 0)
    for unit_code, n in conn.execute("SELECT unit_code, count(*) FROM surrender_rows WHERE date BETWEEN ? AND ?"
                                     " GROUP BY unit_code", (date_from, date_to)):
        if unit_code in owner:
            counts[owner[unit_code]] += n
    part_of = {rid: part for rid, _unit, part in placed_records(store, scope.day, "surrenders")}
    if part_of:  # a split's receipts placed by their village: out of the main part's row, into the part's
        for rid, unit_code in conn.execute("SELECT id, unit_code FROM surrenders WHERE id IN (SELECT value FROM"
                                           " json_each(?)) AND date BETWEEN ? AND ?",
                                           (orjson.dumps(sorted(part_of)).decode(), date_from, date_to)):
            if unit_code in owner:
                counts[owner[unit_code]] -= 1
            if part_of[rid] in owner:
                counts[owner[part_of[rid]]] += 1
    names = display_names(store, scope.day)
    return [{"code": code, "name": names.get(code, code), "receipts": counts[code]}
            for code in sorted(rows, key=lambda c: sort_key(names.get(c, c)))]
