"""surrender_totals_halves (schema step 14) read and written here with `struct` from its documented layout, not by
app/store/halves.py: one row per unit and year, its items' codes comma-separated in code order; per half-month
0..23, every item's year to date at its end, side by side; quantities uint16, float32 or float64 and counts uint8, uint16
or int32, little-endian, the width told by the blob's length. Year '' is the unit's row of all time: its totals at every
half-month."""

from __future__ import annotations

import struct

SLOTS = 24


def unpacked(year: str, items: str, quantity: bytes, lines: bytes) -> dict[str, tuple[list, list]]:
    """{code: (its quantities, its counts)} of one row: 24 of each, one in a row of all time."""
    codes = items.split(",")
    n = len(codes) * (1 if year == "" else SLOTS)
    q = struct.unpack(f"<{n}{ {2: 'H', 4: 'f', 8: 'd'}[len(quantity) // n]}", quantity)
    c = struct.unpack(f"<{n}{ {1: 'B', 2: 'H', 4: 'i'}[len(lines) // n]}", lines)
    n = len(codes)
    return {code: (list(q[k::n]), list(c[k::n])) for k, code in enumerate(codes)}


def packed_rows(conn) -> dict[tuple, list]:
    """{(unit, item, year): its quantities then its counts (24 each; one of each in year '')} of every row, by plain
    SQL and `struct`."""
    out = {}
    for unit, year, items, quantity, lines in conn.execute(
            "SELECT unit_code, year, items, quantity, lines FROM surrender_totals_halves"):
        for code, (q, c) in unpacked(year, items, quantity, lines).items():
            out[unit, code, year] = q + c
    return out


def write_row(conn, unit: str, year: str, per_item: dict[str, tuple[list, list]]) -> None:
    """The row of (unit, year) made of ``per_item`` {code: (quantities, counts)}, as float64 and int32."""
    codes = sorted(per_item)
    slots = len(per_item[codes[0]][0])
    n = len(codes) * slots
    quantity = struct.pack(f"<{n}d", *(per_item[c][0][i] for i in range(slots) for c in codes))
    lines = struct.pack(f"<{n}i", *(per_item[c][1][i] for i in range(slots) for c in codes))
    conn.execute("UPDATE surrender_totals_halves SET items = ?, quantity = ?, lines = ? WHERE unit_code = ? AND year = ?",
                 (",".join(codes), quantity, lines, unit, year))
