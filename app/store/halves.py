"""Each unit's items' year to date at the end of every half-month: one row per unit and year
(``surrender_totals_halves``, schema step 14), what ``antt stats`` reads per unit over any range.

A row holds the items the unit had lines of that year (``items``: their codes, in code order) and, half-month by
half-month (0..23: 1st-14th January .. 15th-31st December), every item's year to date at its end: the quantities in
one blob, the line counts in another. The figures of half-months i..j of a year are the values at j less those at
i - 1; the values at one half-month lie side by side, so SQLite cuts them out of the blob (``substr``) and Python
unpacks them in one call. Each unit also has a row of all time (year ``''``): its items' totals, one value each,
so that a range over most of the years reads all time less the few half-months outside.

Why one row a unit and year and not one a unit, item and year (step 13: 51 columns): `stats --by unit` over 300
units and five years sought two 51-column rows per unit and item (5,100 each) and brought every one into Python:
25 ms, the issue's < 20 ms missed on every range whose ends fall inside months. Here it reads three rows a unit for
17/03/2021-09/08/2025 (900 in all), a few hundred bytes of each: 14-16 ms in all.

Values are little-endian, each blob in the narrowest kind that holds all its values exactly, told by the blob's
length: quantities as uint16 (whole numbers below 65,536), float32 (12.5 kg) or float64 (0.3 kg); counts as uint8,
uint16 or int32. A row of 17 items of whole quantities takes some 1.5 KB: five to a page.
"""

from __future__ import annotations

import sqlite3
import struct
import sys
from array import array
from itertools import accumulate
from operator import add, neg, sub
from typing import Iterable, Iterator

from app.errors import AnttError


SLOTS = 24
SPAN_DAY = 15  # the second half of every month starts on the 15th (Decree 09's cut-off + 1)
TABLE = "surrender_totals_halves"
EVER = ""  # the year of a unit's row of all time: one value an item
_BIG = sys.byteorder == "big"
_codes: dict[str, tuple[str, ...]] = {}  # an items text -> its codes: the same few texts row after row
_PLACES: dict[tuple[str, ...], dict[str, int]] = {}  # a row's codes -> {code: its place}
_FORMATS: dict[tuple[int, int], struct.Struct] = {}  # (bytes, values) -> their layout; counts' bytes negative


def slot_of(day: str) -> int:
    """The place of a date's (or span's) half-month in its year: 0..23."""
    return (int(day[5:7]) - 1) * 2 + (day[8:10] >= str(SPAN_DAY))


def slots_of(year: str) -> int:
    """How many values an item has in the row of ``year``: 24, one in the row of all time."""
    return 1 if year == EVER else SLOTS


def codes_of(items: str) -> tuple[str, ...]:
    """The codes of a row's items text, one tuple for every row of the same items."""
    got = _codes.get(items)
    if got is None:
        got = _codes[items] = tuple(items.split(","))
    return got


def places_of(codes: tuple[str, ...]) -> dict[str, int]:
    """{code: its place} of a row's codes (one dict for every row of the same items: read, never changed)."""
    got = _PLACES.get(codes)
    if got is None:
        got = _PLACES[codes] = {code: i for i, code in enumerate(codes)}
    return got


QUANTITIES = ("H", "f", "d")  # a row's quantities: whole numbers below 65,536, else float32 when exact, else float64
COUNTS = ("B", "H", "i")  # a row's line counts: below 256, below 65,536, else int32


def _format(width: int, n: int, kinds: tuple[str, ...]) -> struct.Struct:
    """The little-endian layout of ``n`` values of ``kinds`` taking ``abs(width)`` bytes: the kind of that size (a
    negative width: counts, kept apart from quantities of the same size)."""
    got = _FORMATS.get((width, n))
    if got is None:
        kind = next((k for k in kinds if struct.calcsize(k) * n == abs(width)), None)
        if kind is None:  # a damaged blob: `antt check` counts its row as differing from the recount
            raise ValueError(f"{abs(width)} bytes are no {n} values of {'/'.join(kinds)}")
        got = _FORMATS[width, n] = struct.Struct(f"<{n}{kind}")
    return got


def _values(blob: bytes, n: int, kinds: tuple[str, ...]) -> tuple:
    return _format(len(blob) if kinds is QUANTITIES else -len(blob), n, kinds).unpack(blob)


def _packed(values: list, kinds: tuple[str, ...]) -> bytes:
    """``values`` as the narrowest of ``kinds`` that holds every one of them exactly."""
    for kind in kinds[:-1]:
        try:
            packed = array(kind, values if kind in "fd" else [int(v) for v in values])
        except (OverflowError, ValueError):  # beyond the kind's range (a negative count, a quantity past float32)
            continue
        if packed.tolist() == values:  # exact: 2.5 is no uint16, 0.3 no float32
            break
    else:
        packed = array(kinds[-1], values)
    if _BIG:
        packed.byteswap()
    return packed.tobytes()


def encode(per_item: dict[str, tuple[list, list]]) -> tuple[str, bytes, bytes]:
    """The row of ``per_item`` {code: (quantities, counts)}, 24 of each (one in a row of all time): (items,
    quantity blob, lines blob)."""
    codes = sorted(per_item)
    slots = range(len(per_item[codes[0]][0]))
    quantities = [per_item[code][0][i] for i in slots for code in codes]
    counts = [per_item[code][1][i] for i in slots for code in codes]
    return ",".join(codes), _packed(quantities, QUANTITIES), _packed(counts, COUNTS)


def per_item(year: str, items: str, quantity: bytes, lines: bytes) -> dict[str, tuple[list, list]]:
    """A row as {code: (its quantities, its counts)}, 24 of each (one in a row of all time), lists to change."""
    codes = codes_of(items)
    n = len(codes)
    q = _values(quantity, slots_of(year) * n, QUANTITIES)
    c = _values(lines, slots_of(year) * n, COUNTS)
    return {code: (list(q[k::n]), list(c[k::n])) for k, code in enumerate(codes)}


def _cursor(conn) -> sqlite3.Cursor:
    """A cursor of plain tuples on ``conn`` (a connection, or a cursor of one: stats hands its own)."""
    cursor = (conn.connection if isinstance(conn, sqlite3.Cursor) else conn).cursor()
    cursor.row_factory = None
    return cursor


def _upsert(conn, rows: Iterable[tuple]) -> None:
    conn.executemany(f"INSERT INTO {TABLE}(unit_code, year, items, quantity, lines) VALUES (?, ?, ?, ?, ?)"
                     " ON CONFLICT(unit_code, year) DO UPDATE SET items = excluded.items,"
                     " quantity = excluded.quantity, lines = excluded.lines", rows)


def rebuild(conn) -> None:
    """Every row again from the half-month totals (surrender_totals: unit, span, item): after a big load and at
    schema step 14. Each half-month's own figures go to its item's place, then are summed into the year to date."""
    rows: dict[tuple, dict] = {}
    for unit, span, item, qty, lines in _cursor(conn).execute(
            "SELECT unit_code, span, item_code, quantity, lines FROM surrender_totals"):
        items = rows.get((unit, span[:4]))
        if items is None:
            items = rows[unit, span[:4]] = {}
        values = items.get(item)
        if values is None:
            values = items[item] = ([0.0] * SLOTS, [0] * SLOTS)
        slot = slot_of(span)
        values[0][slot] += qty
        values[1][slot] += lines
    for (unit, _year), items in list(rows.items()):  # each unit's items of all time, in its first half-month
        ever = rows.get((unit, EVER))
        if ever is None:
            ever = rows[unit, EVER] = {}
        for item, (q, n) in items.items():
            values = ever.get(item)
            if values is None:
                values = ever[item] = ([0.0], [0])
            values[0][0] += sum(q)
            values[1][0] += sum(n)
    conn.execute(f"DELETE FROM {TABLE}")
    _upsert(conn, ((unit, year, *encode({item: (list(accumulate(q)), list(accumulate(n)))
                                          for item, (q, n) in items.items()}))
                   for (unit, year), items in rows.items()))


def apply_changes(conn, changes: Iterable[tuple]) -> None:
    """The rows changed by half-month changes [(unit, span, item, quantity, lines)]: a change of half-month i adds to
    the year to date of i and of every later half-month of its year; an item whose year has no line left leaves its
    row, and a row with no item left goes. One read and one write per unit and year changed."""
    by_row: dict[tuple, list] = {}
    for unit, span, item, qty, lines in changes:
        by_row.setdefault((unit, span[:4]), []).append((item, slot_of(span), qty, lines))
        by_row.setdefault((unit, EVER), []).append((item, 0, qty, lines))
    if not by_row:
        return
    cursor = _cursor(conn)
    keys = list(by_row)
    found: dict[tuple, tuple] = {}
    for i in range(0, len(keys), 400):  # the rows there are, by their (unit, year) key
        chunk = keys[i:i + 400]
        found.update(((u, y), row) for u, y, *row in cursor.execute(
            f"SELECT unit_code, year, items, quantity, lines FROM {TABLE} WHERE (unit_code, year) IN"
            f" (VALUES {', '.join(['(?, ?)'] * len(chunk))})", [v for key in chunk for v in key]))
    written, gone = [], []
    for key, row_changes in by_row.items():
        row = _changed(key[1], found.get(key), row_changes)
        if row is not None:
            written.append((*key, *row))
        elif key in found:
            gone.append(key)
    _upsert(conn, written)
    if gone:
        conn.executemany(f"DELETE FROM {TABLE} WHERE unit_code = ? AND year = ?", gone)


def _changed(year: str, row: tuple | None, changes: list) -> tuple | None:
    """A row (items, quantity blob, lines blob; None: none yet) with ``changes`` [(item, half-month, quantity, lines)]
    added from their half-month on: the row written back, or None when no item has a line left. Its items the same
    (the common case: a unit's year gets more of what it had): changed in its flat values, in place."""
    slots = slots_of(year)
    if row is not None:
        codes = codes_of(row[0])
        n = len(codes)
        places = places_of(codes)
        if all(change[0] in places for change in changes):
            q = list(_values(row[1], slots * n, QUANTITIES))
            c = list(_values(row[2], slots * n, COUNTS))
            for item, slot, qty, lines in changes:
                for i in range(slot * n + places[item], slots * n, n):
                    q[i] += qty
                    c[i] += lines
            if min(c[(slots - 1) * n:]) > 0:  # every item keeps a line
                return row[0], _packed(q, QUANTITIES), _packed(c, COUNTS)
            items = {code: (q[k::n], c[k::n]) for k, code in enumerate(codes)}
            changes = []
        else:
            items = per_item(year, *row)
    else:
        items = {}
    for item, slot, qty, lines in changes:
        values = items.get(item)
        if values is None:
            values = items[item] = ([0.0] * slots, [0] * slots)
        q, n = values
        for i in range(slot, slots):
            q[i] += qty
            n[i] += lines
    items = {item: values for item, values in items.items() if values[1][-1] > 0}
    return encode(items) if items else None


def decoded_rows(conn) -> Iterator[tuple]:
    """(unit, item, year, q0..q23, l0..l23) per unit, item and year (and year '': all time, the same at every
    half-month): step 13's rows, for `antt check` and tests; a row that cannot be read gives none."""
    for unit, year, *row in _cursor(conn).execute(f"SELECT unit_code, year, items, quantity, lines FROM {TABLE}"):
        stretch = SLOTS // slots_of(year)
        try:
            items = per_item(year, *row)
        except (ValueError, TypeError):  # a damaged row: none of its items, so the check finds them missing
            continue
        for code, (q, n) in items.items():
            yield (unit, code, year, *(q * stretch), *(n * stretch))


def _terms(y0: int, i0: int, y1: int, i1: int, years: tuple[int, int] | None) -> list[tuple[str, int, int, int]]:
    """Half-months i0 of year y0 to i1 of year y1 as (year, sign, end, start) per row of a unit to read: the values
    at half-month ``end`` less those at ``start`` (-1: none), added or taken off; whichever of two readings reads
    fewer rows a unit:

    * inside: y0 from i0 on, the years between whole, y1 up to i1;
    * all time less outside: the row of all time, less the years holding records (``years``: the first and last,
      None: no record) before y0 and after y1, y0's half-months before i0 and y1's after i1.
    """
    last = SLOTS - 1
    if y0 == y1:
        return [(f"{y0:04d}", 1, i1, i0 - 1)]
    inside = [(f"{y0:04d}", 1, last, i0 - 1), *((f"{y:04d}", 1, last, -1) for y in range(y0 + 1, y1)),
              (f"{y1:04d}", 1, i1, -1)]
    if years is None:
        return inside
    outside = [(EVER, 1, 0, -1), *((f"{y:04d}", -1, last, -1)
                                      for y in (*range(years[0], y0), *range(y1 + 1, years[1] + 1)))]
    if i0 > 0:
        outside.append((f"{y0:04d}", -1, i0 - 1, -1))
    if i1 < last:
        outside.append((f"{y1:04d}", -1, last, i1))
    return outside if len(outside) < len(inside) else inside


def range_sums(conn, first_span: str, last_span: str, units: list[str] | None,
               years: tuple[int, int] | None) -> Iterator[tuple]:
    """(unit, codes, quantities, counts) per unit (``units``; None: every unit), in order of units: each item's
    figures of the whole half-months ``first_span``..``last_span`` from a few rows of the unit (:func:`_terms`;
    ``years``: the first and last year holding records, None: none).

    SQLite cuts each row's values at the two half-months wanted out of its blobs; the rows of a unit that hold the
    same items are added tuple to tuple: no Python step per unit, item and row."""
    terms = _terms(int(first_span[:4]), slot_of(first_span), int(last_span[:4]), slot_of(last_span), years)
    params: list = [year for year, *_rest in terms]

    def per_year(k: int) -> str:  # a term's k-th field as SQL, by the row's year
        return "CASE year " + " ".join(f"WHEN ?{n} THEN {term[k]}" for n, term in enumerate(terms, 1)) + " END"

    sign, end, start = per_year(1), per_year(2), per_year(3)
    slots = f"CASE year WHEN '{EVER}' THEN 1 ELSE {SLOTS} END"
    cut = "substr({blob}, {at} * (length({blob}) / {slots}) + 1, length({blob}) / {slots})"
    columns = [cut.format(blob=blob, at=at, slots=slots) for at in (end, start) for blob in ("quantity", "lines")]
    sql = (f"SELECT unit_code, {sign}, items, {columns[0]}, {columns[1]},"
           f" CASE WHEN {start} >= 0 THEN {columns[2]} END, CASE WHEN {start} >= 0 THEN {columns[3]} END"
           f" FROM {TABLE} WHERE year IN ({', '.join(f'?{n}' for n in range(1, len(terms) + 1))})")
    if units is not None:
        import orjson

        sql += f" AND unit_code IN (SELECT value FROM json_each(?{len(terms) + 1}))"
        params.append(orjson.dumps(list(units)).decode())
    cursor = _cursor(conn)
    try:
        yield from _per_unit(cursor.execute(sql + " ORDER BY unit_code, year", params))
    except (ValueError, struct.error) as damaged:  # a blob cut or overwritten: one sentence, `antt check` tells more
        raise AnttError("totals_damaged") from damaged
    finally:
        cursor.close()  # a read stopped half-way leaves no statement open on the connection


def _per_unit(rows) -> Iterator[tuple]:
    """(unit, codes, quantities, counts) per unit from range_sums' rows (unit, sign, items, values at the end,
    counts at the end, values before the start or None, counts before the start), in order of units."""
    unit = None
    codes = qs = ns = None
    formats = _FORMATS
    for row_unit, row_sign, items, q_end, n_end, q_start, n_start in rows:
        row_codes = _codes.get(items) or codes_of(items)
        n = len(row_codes)
        q = (formats.get((len(q_end), n)) or _format(len(q_end), n, QUANTITIES)).unpack(q_end)
        c = (formats.get((-len(n_end), n)) or _format(-len(n_end), n, COUNTS)).unpack(n_end)
        if q_start is not None:
            q = tuple(map(sub, q, formats[len(q_start), n].unpack(q_start)))
            c = tuple(map(sub, c, formats[-len(n_start), n].unpack(n_start)))
        if row_unit != unit:
            if unit is not None:
                yield unit, codes, qs, ns
            if row_sign < 0:
                q, c = tuple(map(neg, q)), tuple(map(neg, c))
            unit, codes, qs, ns = row_unit, row_codes, q, c
        elif row_codes is codes:  # the same items as the unit's other rows: tuple to tuple
            combine = add if row_sign > 0 else sub
            qs, ns = tuple(map(combine, qs, q)), tuple(map(combine, ns, c))
        else:
            codes, qs, ns = _merged(codes, qs, ns, row_codes, q, c, row_sign)
    if unit is not None:
        yield unit, codes, qs, ns


def _merged(codes: tuple, qs, ns, more_codes: tuple, more_q, more_n, sign: int) -> tuple:
    """A unit's figures so far with one more row's added (``sign`` 1) or taken off (-1), whose items differ, as
    (codes, quantities, counts)."""
    sums = {code: [q, n] for code, q, n in zip(codes, qs, ns)}
    for code, q, n in zip(more_codes, more_q, more_n):
        was = sums.get(code)
        if was is None:
            sums[code] = [sign * q, sign * n]
        else:
            was[0] += sign * q
            was[1] += sign * n
    merged = sorted(sums)
    return codes_of(",".join(merged)), tuple(sums[c][0] for c in merged), tuple(sums[c][1] for c in merged)
