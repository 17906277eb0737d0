"""Receipt numbers across a merger (issue 20): they continue or restart as the level above decides.

Receipts are numbered per unit and year ("Số: 05/BB-CAX"). A merge event (reference data from above,
app/domain/unit_events.py) carries ``numbering``: ``{"mode": "continue" | "restart", "prefix": str, "base": int}``.

* ``continue``: in the merger's year the successor's numbers go on after the highest number of the merged
  units and its own (``base`` is that highest number as the level above knew it when it recorded the
  merger; a laptop also counts the receipts it holds, so a late receipt it never sent up is not reused).
* ``restart``: the successor numbers from 1 again from the effective date. A new unit has no numbers
  before; a unit that existed (the merger kept one of the units) gets a ``prefix`` printed before its
  numbers from that date ("M01/BB-CAX"), so no two of its receipts of one year carry the same number.

A *series* is the stretch of days in which a unit's numbers must be unique: the year, cut at a restart.
Events recorded before this rule (no ``numbering``) change nothing: numbering per unit and year.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import orjson

from app.store.db import Store

MODES = ("continue", "restart")


@dataclass(frozen=True)
class Series:
    """Numbers of ``unit_code``'s receipts dated ``start``..``end`` are unique, start after ``base`` and print
    with ``prefix``."""

    unit_code: str
    start: str
    end: str
    base: int = 0
    prefix: str = ""


def _merges_into(store: Store, unit_code: str, year: str) -> list[tuple[str, dict]]:
    # a merger has at least one unit other than the one it merges into: found through the lineage's index
    rows = store.conn.execute(
        "SELECT e.date, e.data FROM unit_events e WHERE e.kind = 'merge' AND e.doc_id IN (SELECT event_id FROM"
        " unit_lineage WHERE new_code = ? AND main = 1 AND date BETWEEN ? AND ?) ORDER BY e.date, e.doc_id",
        (unit_code, f"{year}-01-01", f"{year}-12-31"))
    out = []
    for date, data in rows:
        d = orjson.loads(data)
        if (d.get("numbering") or {}).get("mode") in MODES:
            out.append((date, d))
    return out


def highest(store: Store, unit_codes: list[str], start: str, end: str) -> int:
    """The highest receipt number of ``unit_codes`` dated ``start``..``end`` (0 if none)."""
    row = store.conn.execute(
        "SELECT coalesce(max(number), 0) FROM surrender_rows WHERE unit_code IN (SELECT value FROM json_each(?))"
        " AND date BETWEEN ? AND ?", (orjson.dumps(unit_codes).decode(), start, end)).fetchone()
    return int(row[0])


def _day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


def series_for(store: Store, unit_code: str, day: str) -> Series:
    """The series a receipt of ``unit_code`` dated ``day`` (ISO) is numbered in."""
    year = day[:4]
    start, end, base, prefix = f"{year}-01-01", f"{year}-12-31", 0, ""
    for date, event in _merges_into(store, unit_code, year):
        numbering = event["numbering"]
        restart = numbering["mode"] == "restart"
        if date > day:
            if restart:  # a restart later in the year closes this series the day before
                end = min(end, _day_before(date))
            continue
        if restart:
            start, base, prefix = date, 0, numbering.get("prefix", "")
        else:
            sources = [c for c in event.get("from", []) if c != unit_code]
            known = max(int(numbering.get("base") or 0), highest(store, sources, f"{year}-01-01", _day_before(date)))
            base = max(base, known)
    return Series(unit_code, start, end, base, prefix)


def next_number(store: Store, series: Series) -> int:
    return max(series.base, highest(store, [series.unit_code], series.start, series.end)) + 1


def number_taken(store: Store, series: Series, number: int, except_id: str | None) -> bool:
    row = store.conn.execute(
        "SELECT 1 FROM surrenders WHERE unit_code = ? AND date BETWEEN ? AND ? AND number = ? AND id IS NOT ?",
        (series.unit_code, series.start, series.end, number, except_id)).fetchone()
    return row is not None


def label(store: Store, unit_code: str, day: str, number: int) -> str:
    """The number as a list shows it: "5", or "M1" in a restarted series with a prefix."""
    return f"{series_for(store, unit_code, day).prefix}{number}"


def label_sql(table: str = "surrenders") -> str:
    """SQL for :func:`label` of each row of ``table`` (the surrenders table or its alias): the prefix of the latest
    restart on or before the receipt's date in its year, as :func:`series_for` finds it, before the number. A
    correlated subquery over the lineage's index, read only for the rows a list shows."""
    # the latest restart as max(date || doc_id), not ORDER BY ... LIMIT 1: no sort per row (ui/sources.py's plans)
    return f"""(coalesce((SELECT p.data ->> '$.numbering.prefix' FROM unit_events p WHERE p.doc_id = (
    SELECT substr(max(e.date || e.doc_id), 11) FROM unit_lineage l JOIN unit_events e ON e.doc_id = l.event_id
    WHERE l.new_code = {table}.unit_code AND l.main = 1 AND e.kind = 'merge'
    AND l.date BETWEEN substr({table}.date, 1, 4) || '-01-01' AND {table}.date
    AND e.data ->> '$.numbering.mode' = 'restart')), '') || {table}.number)"""


def printed(store: Store, unit_code: str, day: str, number: int) -> str:
    """The number as a receipt prints it: "05", or "M01" in a restarted series with a prefix."""
    return f"{series_for(store, unit_code, day).prefix}{number:02d}"


def numbering_data(store: Store, mode: str, prefix: str, sources: list[str], into: str, into_is_new: bool,
                   date: str) -> dict:
    """The ``numbering`` a merge event carries, checked. ``mode`` '' takes the usual choice: a new unit starts
    from 1, a unit that existed continues. The base of ``continue`` is the highest number the level above
    holds for the merged units in the year before the date."""
    from app.errors import ValidationError

    mode = (mode or "").strip() or ("restart" if into_is_new else "continue")
    if mode not in MODES:
        raise ValidationError("bad_choice", field="numbering", value=mode, choices=", ".join(MODES))
    prefix = (prefix or "").strip()
    if mode == "continue":
        if prefix:
            raise ValidationError("numbering_prefix_only_restart")
        base = highest(store, [*sources, into], f"{date[:4]}-01-01", _day_before(date)) if date[5:] != "01-01" else 0
        return {"mode": mode, "prefix": "", "base": base}
    if not into_is_new and date[5:] != "01-01" and not prefix:
        raise ValidationError("numbering_restart_needs_prefix", code=into)
    if prefix and (len(prefix) > 8 or not all(ch.isalnum() or ch in "-." for ch in prefix)):
        raise ValidationError("numbering_bad_prefix", value=prefix)
    return {"mode": mode, "prefix": prefix, "base": 0}
