"""Totals of surrendered items over a period: per item, category, unit or month, always with the
unit of count (kg is never added to pieces).

Every unit: whole months from `surrender_totals_all`, the days of the months at the edges from
`surrender_totals_day`; per unit, the whole half-months from each unit's row per year of its items' year to date
(`surrender_totals_halves`, schema step 14), and only the days at the edges, at most seven a side, touch the item
lines.
"""

from __future__ import annotations

import datetime as dt

import orjson

from app.domain.figures import month_bounds
from app.domain.list_scope import ListScope, Moves
from app.domain.totals import LINES, bounds, cover, span_end, span_of
from app.domain.units import subtree_codes
from app.domain.validation import choice, parse_date
from app.errors import ValidationError
from app.store import halves
from app.store.bulk import gc_paused
from app.store.db import Store
from app.store.halves import places_of

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


Sums = dict  # {(key, item_code): [quantity, lines]}: what each reading adds its rows into


def _add_rows(sums: Sums, rows) -> None:
    for k, item, qty, lines in rows:
        got = sums.get((k, item))
        if got is None:
            sums[k, item] = [qty, lines]
        else:
            got[0] += qty
            got[1] += lines


def _every_unit_sums(conn, sums: Sums, by: str, date_from: str, date_to: str) -> None:
    """Every unit, by item, category or month: the whole months from surrender_totals_all, the days of the months
    at the edges from surrender_totals_day (schema step 13): a few hundred rows whatever the range."""
    key = "substr({}, 1, 7)" if by == "month" else "''"
    edges, full = _split_range(date_from, date_to)
    parts, params = [], []
    if full:
        parts.append(f"SELECT {key.format('month')}, item_code, quantity, lines FROM surrender_totals_all"
                     " WHERE month BETWEEN ? AND ?")
        params += full
    for lo, hi in edges:
        parts.append(f"SELECT {key.format('date')}, item_code, quantity, lines FROM surrender_totals_day"
                     " WHERE date BETWEEN ? AND ?")
        params += [lo, hi]
    _add_rows(sums, conn.execute(" UNION ALL ".join(parts), params))


def _signed_cover(first: str, last: str) -> tuple[tuple[str, str] | None, list[tuple[int, str, str]]]:
    """first..last as (whole half-months (first span, last span) or None, signed day ranges): a range that starts
    (or ends) inside a half-month takes that half-month whole and the days before (after) it off when those are
    fewer than the days inside, so that at most seven days a side are read from the lines."""
    day = dt.timedelta(days=1)
    lo, hi = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    s0, s1 = dt.date.fromisoformat(span_of(first)), dt.date.fromisoformat(span_of(last))
    if s0 == s1:  # inside one half-month
        if lo == s0 and hi == span_end(s1):
            return (first, first), []
        return None, [(1, first, last)]
    edges: list[tuple[int, str, str]] = []
    start, end = s0, s1
    if lo > s0:
        if (lo - s0).days < (span_end(s0) - lo).days + 1:
            edges.append((-1, s0.isoformat(), (lo - day).isoformat()))
        else:
            edges.append((1, first, span_end(s0).isoformat()))
            start = span_end(s0) + day
    if hi < span_end(s1):
        if (span_end(s1) - hi).days < (hi - s1).days + 1:
            edges.append((-1, (hi + day).isoformat(), span_end(s1).isoformat()))
        else:
            edges.append((1, s1.isoformat(), last))
            end = dt.date.fromisoformat(span_of((s1 - day).isoformat()))
    if end < start:
        return None, edges
    return (start.isoformat(), end.isoformat()), edges


def _unit_item_sums(conn, sums: Sums, by_unit: bool, date_from: str, date_to: str, units: list[str] | None,
                    items: dict) -> list:
    """Per unit (``units``, None: every unit) and item, keyed by the unit (``by_unit``) or '': the figures of the
    whole half-months and the edge days (at most seven a side: :func:`_signed_cover`) from the lines, one row per unit
    and item when ``by_unit`` (returned in order of unit and of rank in the catalogue ``items``; an edge's line of an
    item its unit's half-months lack goes to ``sums``), else added to ``sums``.

    The half-months from a few rows per unit (surrender_totals_halves, schema step 14: every item's year to date at
    each half-month's end, app/store/halves.py), each row's values a slice of its arrays; each edge line added into
    its unit's list of figures where it has its item's place: some 1,500 rows and 4,000 lines over 300 units and five
    years, and no step per unit and item but the last."""
    spans, edges = _signed_cover(date_from, date_to)
    unit_params = [] if units is None else [orjson.dumps(list(units)).decode()]
    found: dict[str, tuple] = {}  # by_unit: unit -> (codes, quantities, counts, {code: its place})
    if spans:
        first, last = bounds(conn, LINES)
        per_unit = halves.range_sums(conn, *spans, units, (int(first[:4]), int(last[:4])) if first else None)
        if by_unit:
            found = {unit: (codes, list(qs), list(ns), places_of(codes)) for unit, codes, qs, ns in per_unit}
        else:  # many units a key: added up
            _add_rows(sums, (("", code, qty, lines) for _unit, codes, qs, ns in per_unit
                             for code, qty, lines in zip(codes, qs, ns)))
    # a line's unit and date are its receipt's (schema step 12): the receipts by their (unit, date) index, unit by
    # unit, then their lines by key (without the units' list SQLite scans every line to spare the grouping a sort);
    # each line added here as it comes: SQLite's sort of a few thousand lines by unit and item cost more
    where = "unit_code IN (SELECT code FROM units)" if units is None else "unit_code IN (SELECT value FROM json_each(?))"
    key = "unit_code" if by_unit else "''"
    for sign, lo, hi in edges:
        _add_lines(found, sums, conn.execute(f"SELECT {key}, item_code, quantity FROM {LINES} WHERE {where}"
                                             " AND date BETWEEN ? AND ?", (*unit_params, lo, hi)).fetchall(), sign)
    by_rank: dict[tuple, list[int]] = {}  # a row's codes -> their places in order of rank (none of the catalogue last)
    rows = []
    for unit, (codes, qs, ns, _places) in found.items():
        order = by_rank.get(codes)
        if order is None:
            order = by_rank[codes] = sorted(range(len(codes)), key=lambda i: items.get(codes[i], (1 << 62,))[0])
        rows += [(unit, codes[i], qs[i], ns[i]) for i in order]
    return rows


def _add_lines(found: dict, sums: Sums, lines: list, sign: int) -> None:
    """Item lines (key, item, quantity), each with ``sign``, into their key's figures in ``found`` {key: (codes,
    quantities, counts, {code: its place})} where they have the item, else into ``sums``."""
    get = sums.get
    for k, item, qty in lines:
        got = found.get(k)
        if got is not None and (i := got[3].get(item)) is not None:
            got[1][i] += sign * qty
            got[2][i] += sign
            continue
        was = get((k, item))
        if was is None:
            sums[k, item] = [sign * qty, sign]
        else:
            was[0] += sign * qty
            was[1] += sign


def _span_sums(conn, sums: Sums, date_from: str, date_to: str, units: list[str]) -> None:
    """Some units by month: whole half-months from surrender_totals, the edge days from the lines."""
    unit_filter = "unit_code IN (SELECT value FROM json_each(?))"
    unit_param = orjson.dumps(list(units)).decode()
    spans, days = cover(date_from, date_to)
    parts, params = [], []
    if spans:
        parts.append("SELECT substr(span, 1, 7), item_code, sum(quantity), sum(lines) FROM surrender_totals"
                     f" WHERE {unit_filter} AND span BETWEEN ? AND ? GROUP BY 1, 2")
        params += [unit_param, *spans]
    for d0, d1 in days:
        parts.append(f"SELECT substr(date, 1, 7), item_code, sum(quantity), count(*) FROM {LINES}"
                     f" WHERE {unit_filter} AND date BETWEEN ? AND ? GROUP BY 1, 2")
        params += [unit_param, d0, d1]
    _add_rows(sums, conn.execute(" UNION ALL ".join(parts), params))


def stats(store: Store, date_from, date_to, unit: str | None = None, by: str = "item",
          scope: ListScope | None = None) -> list[dict]:
    """Rows of totals: the grouping key, item code (for by=item/unit/month) or category, quantity, unit of count.

    `unit` covers that unit and every unit below it; `scope` (app/domain/list_scope.py, instead of `unit`) the
    receipts a unit's lists show (issue 20: the units merged into it, the receipts a split placed with it), so
    that a page's totals line agrees with its list. A split's moved receipts are added or taken off by id from
    the item lines: one more query, whatever the number of units.

    Read from the maintained totals (issue 17 item 1): every unit by item, category or month from the month and
    day totals; per unit from each unit's rows per year of its items' year to date at every half-month's end
    (:func:`_unit_item_sums`); the sums are added up here, a few rows per unit and item.
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
    conn = store.conn
    if units is not None and len(units) >= _unit_count(store):
        units = None
    cursor = conn.cursor()
    cursor.row_factory = None
    # the catalogue (a few dozen items) joined here: (its rank, category, unit of count, in English)
    items = {code: (rowid, category, unit, unit_en) for rowid, code, category, unit, unit_en in cursor.execute(
        "SELECT rowid, code, category, unit_vi, unit_en FROM catalogue_items")}
    with gc_paused():  # thousands of rows by unit: no collector passes over what they build (all of it kept)
        return _answer(cursor, by, date_from, date_to, units, moves, items)


def _answer(cursor, by: str, date_from: str, date_to: str, units: list[str] | None, moves: Moves,
            items: dict) -> list[dict]:
    """:func:`stats`' rows for its checked arguments (``items``: the catalogue, {code: (rank, category, unit of
    count, in English)})."""
    sums: Sums = {}  # what is added up per key; `rows`: one row per key already (thousands by unit)
    rows: list = []
    if units is None and by != "unit":
        _every_unit_sums(cursor, sums, by, date_from, date_to)
    elif by == "month":
        _span_sums(cursor, sums, date_from, date_to, units)
    else:
        rows = _unit_item_sums(cursor, sums, by == "unit", date_from, date_to, units, items)
    if moves.taken or moves.given:
        key = {"unit": "unit_code", "month": "substr(date, 1, 7)"}.get(by, "''")
        _add_rows(sums, cursor.execute(
            f"SELECT {key} AS k, item_code, sum(sign * quantity), sum(sign) FROM ("
            " SELECT i.*, -1 AS sign FROM surrender_items i WHERE surrender_id IN (SELECT value FROM json_each(?))"
            " UNION ALL SELECT i.*, 1 AS sign FROM surrender_items i WHERE surrender_id IN"
            " (SELECT value FROM json_each(?))) WHERE date BETWEEN ? AND ? GROUP BY 1, 2",
            (orjson.dumps(list(moves.given)).decode(), orjson.dumps(list(moves.taken)).decode(), date_from, date_to)))
    ordered = by == "unit" and not sums  # by unit in order of unit and rank already: no leftover to place
    rows = _with_sums(rows, sums)
    if by == "category":
        return _by_category(sorted((k, items[item][0], item, qty, lines) for k, item, qty, lines in rows
                                   if lines and item in items), items)
    # thousands of rows by unit: each row's dict made once, in one pass, as a literal, then put in order by key and
    # the item's rank in the catalogue ((key, rank) is unique: the dicts are never compared), unless they came in
    # that order (by unit, :func:`_unit_item_sums`). No line left: every
    # line went to another part of a split, or out of the range (a subtraction's residue); an item the catalogue
    # lacks is left out as before.
    head = {"unit": "unit_code", "month": "month"}.get(by)
    out = []
    add = out.append
    described = items.get
    for k, item, qty, lines in rows:
        if not lines or (got := described(item)) is None:
            continue
        rank, category, unit_vi, unit_en = got
        quantity = whole if abs(qty - (whole := round(qty))) < 1e-9 else round(qty, 3)  # round(x): an int
        if head:
            row = {head: k, "item_code": item, "category": category, "unit": unit_vi, "unit_en": unit_en,
                   "quantity": quantity, "lines": lines}
        else:
            row = {"item_code": item, "category": category, "unit": unit_vi, "unit_en": unit_en, "quantity": quantity,
                   "lines": lines}
        add(row if ordered else (k, rank, row))
    return out if ordered else [row for _k, _rank, row in sorted(out)]


def _with_sums(rows: list, sums: Sums) -> list:
    """(key, item, quantity, lines): ``rows`` (one per key) with what ``sums`` holds of their key added, then the
    keys of ``sums`` no row had."""
    if sums:
        take = sums.pop
        rows = [(k, item, qty + more[0], lines + more[1]) if (more := take((k, item), None)) else (k, item, qty, lines)
                for k, item, qty, lines in rows]
        rows += [(k, item, qty, lines) for (k, item), (qty, lines) in sums.items()]
    return rows


def _by_category(found: list, items: dict) -> list[dict]:
    """Rows per category and unit of count from ``found`` (in the catalogue's order), in the order of each group's
    first item in the catalogue."""
    groups: dict[tuple, list] = {}
    for _k, _rank, item, qty, lines in found:
        _rowid, category, unit_vi, unit_en = items[item]
        got = groups.get((category, unit_vi))
        if got is None:
            groups[category, unit_vi] = [unit_en, qty, lines]
        else:
            got[1] += qty
            got[2] += lines
    return [{"category": category, "unit": unit_vi, "unit_en": unit_en, "quantity": _as_typed(qty), "lines": lines}
            for (category, unit_vi), (unit_en, qty, lines) in groups.items()]


def _as_typed(qty: float):
    """A quantity as typed: whole numbers as int, else rounded to 3 places (a subtraction leaves a residue)."""
    whole = round(qty)
    return int(whole) if abs(qty - whole) < 1e-9 else round(qty, 3)


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
    # one query, folded by owner (a province's hundred communes: one query, not a hundred)
    for unit_code, n in _receipts_by_unit(conn, date_from, date_to):
        if unit_code in owner:
            counts[owner[unit_code]] += n
    return [{"code": code, "name": name, "receipts": counts[code]}
            for code, name in sorted(children, key=lambda cn: sort_key(cn[1]))]


def _receipts_by_unit(conn, date_from: str, date_to: str):
    """(unit, how many receipts it made between the dates) for every unit of the store: one seek per unit into the
    receipts' (unit, date) index, 8 ms at a province of 400,000 receipts, where a GROUP BY over the date index sorted
    a year's receipts first (≈ 210 ms, the overview's slowest read)."""
    return conn.execute("SELECT u.code, (SELECT count(*) FROM surrender_rows r WHERE r.unit_code = u.code"
                        " AND r.date BETWEEN ?1 AND ?2) FROM units u", (date_from, date_to))


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
    for unit_code, n in _receipts_by_unit(conn, date_from, date_to):
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
