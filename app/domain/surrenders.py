"""Surrender receipts (biên bản tiếp nhận): who handed in what, received by whom, numbered per unit and year.

Personal details of the person handing in (birth year, ID number, address) live in their own
document (`surrender_person`), so that a receipt can travel up without them and its own
version never changes for that.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import orjson

from app.domain import receipt_numbering, vocab
from app.domain.catalogue import usable_item
from app.domain.ids import new_id, person_doc_id
from app.domain.units import get_unit
from app.domain.validation import (
    as_number, choice, non_negative_int, not_after_tomorrow, parse_date, parse_time, positive, required,
)
from app.domain.versions import save_document
from app.errors import NotFound, ValidationError
from app.store.db import Store


@dataclass
class Line:
    item_code: str
    quantity: object  # text or number as typed; validated into a number
    unit: str | None = None  # unit of count as typed; must be the item's
    serial: str = ""
    condition: str = ""


@dataclass
class Person:
    birth_year: int | None = None
    id_number: str = ""
    address: str = ""

    def is_empty(self) -> bool:
        return self.birth_year is None and not self.id_number and not self.address


@dataclass
class Receipt:
    id: str
    data: dict
    person: Person = field(default_factory=Person)


def parse_item_spec(spec: str) -> Line:
    """`CODE=QTY` or `CODE=QTY:UNIT` from the command line."""
    code, sep, rest = spec.partition("=")
    if not sep or not code.strip() or not rest.strip():
        raise ValidationError("bad_item_spec", value=spec)
    qty, _, unit = rest.partition(":")
    return Line(code.strip(), qty.strip(), unit.strip() or None)


def line_data(store: Store, line: Line) -> dict:
    """One validated receipt line (the form checks each line with this as it is typed)."""
    item = usable_item(store, required(line.item_code, "name"), line.unit)
    qty = positive(line.quantity, "quantity")
    if item.whole_numbers and qty != qty.to_integral_value():
        raise ValidationError("not_whole", field="quantity", item=item.name_vi, unit=item.unit_vi, value=line.quantity)
    return {
        "item_code": item.code,
        "category": item.category,
        "quantity": as_number(qty),
        "unit": item.unit_vi,
        "serial": (line.serial or "").strip(),
        "condition": (line.condition or "").strip(),
    }


NUMBERS_ABOVE = "receipt_numbers_above:"  # meta key + unit + ":" + year: the highest number the level above holds
MAX_NUMBER = 10**9


def next_number(store: Store, unit_code: str, year: int, day: str | None = None) -> int:
    """The unit's next receipt number in the series holding ``day`` (default: its year's first day; a merger may
    continue or restart the series, app/domain/receipt_numbering.py): past every number this store holds in it
    and every number the level above has seen from the unit that year (its down-bundles say so), so that a
    laptop restored from an old copy never issues again a number already printed and sent up. A series
    restarted with a prefix is not bound by the year's numbers from above: they count the numbers before it."""
    series = receipt_numbering.series_for(store, unit_code, day or f"{year}-01-01")
    above = 0 if series.prefix else int(store.meta_get(f"{NUMBERS_ABOVE}{unit_code}:{year}", "0") or 0)
    return max(receipt_numbering.next_number(store, series), above + 1)


def highest_numbers(store: Store, unit_code: str) -> dict[str, int]:
    """year -> the highest receipt number this store holds for `unit_code` (what a down-bundle tells the unit)."""
    return {str(year): number for year, number in store.conn.execute(
        "SELECT year, max(number) FROM surrender_rows WHERE unit_code = ? GROUP BY year", (unit_code,))}


def note_numbers_from_above(store: Store, unit_code: str, years: object) -> None:
    """Remember the highest numbers the level above holds for `unit_code` (inside the import's transaction).
    Only what looks like a year and a number is kept; a number only ever goes up."""
    if not isinstance(years, dict):
        return
    for year, number in years.items():
        if not (type(year) is str and len(year) == 4 and year.isdigit()) or type(number) is not int \
                or not 0 < number < MAX_NUMBER:
            continue
        key = f"{NUMBERS_ABOVE}{unit_code}:{year}"
        if number > int(store.meta_get(key, "0") or 0):
            store.meta_set(key, number)


def _number_taken(store: Store, unit_code: str, day: str, number: int, except_id: str | None) -> bool:
    return receipt_numbering.number_taken(store, receipt_numbering.series_for(store, unit_code, day), number, except_id)


def receipt_data(store: Store, *, unit_code, date, lines, method="voluntary", person_name="", owner_unknown=False,
                 received_by="", received_rank="", place="", time="", witnesses=(), number=None, note="",
                 receipt_id: str | None = None, today: dt.date | None = None) -> dict:
    """Validated data of a receipt document; assigns the next number of the unit's year if none is given."""
    unit = get_unit(store, required(unit_code, "unit_code"))
    day = not_after_tomorrow(parse_date(date, "receipt_date"), "receipt_date", today)
    if not lines:
        raise ValidationError("no_items")
    checked_lines = [line_data(store, line) for line in lines]
    year = int(day[:4])
    if number in (None, ""):
        number_value = next_number(store, unit.code, year, day)
    else:
        number_value = non_negative_int(number, "number", allow_none=False)
        if number_value < 1:
            raise ValidationError("not_positive", field="number", value=number)
    if _number_taken(store, unit.code, day, number_value, receipt_id):
        raise ValidationError("receipt_number_taken", number=number_value, year=year, unit=unit.code)
    person_name = (person_name or "").strip()
    if not owner_unknown:
        required(person_name, "person_name")
    return {
        "unit_code": unit.code,
        "number": number_value,
        "date": day,
        "time": parse_time(time),
        "place": (place or "").strip(),
        "received_by": (received_by or store.author or "").strip(),
        "received_rank": (received_rank or "").strip(),
        "person_name": "" if owner_unknown else person_name,
        "owner_unknown": bool(owner_unknown),
        "method": choice(method or "voluntary", "method", vocab.codes("surrender_methods")),
        "witnesses": [w.strip() for w in witnesses if w and w.strip()],
        "lines": checked_lines,
        "note": (note or "").strip(),
    }


def _person_data(receipt_id: str, person: Person | None) -> dict | None:
    if person is None or person.is_empty():
        return None
    birth = non_negative_int(person.birth_year, "birth_year")
    if birth is not None and not 1900 <= birth <= dt.date.today().year:
        raise ValidationError("bad_number", field="birth_year", value=person.birth_year)
    return {"surrender_id": receipt_id, "birth_year": birth, "id_number": (person.id_number or "").strip(),
            "address": (person.address or "").strip()}


def add_surrender(store: Store, *, person: Person | None = None, **fields) -> Receipt:
    """Record a receipt (and the person's details, if any) in one transaction."""
    receipt_id = new_id()
    with store.transaction():
        data = receipt_data(store, receipt_id=receipt_id, **fields)
        details = _person_data(receipt_id, person)
        save_document(store, "surrender", receipt_id, data)
        if details:
            save_document(store, "surrender_person", person_doc_id(receipt_id), details)
    return Receipt(receipt_id, data, person or Person())


def update_surrender(store: Store, receipt_id: str, *, person: Person | None = None, **fields) -> Receipt:
    """Replace a receipt's content (its number stays unless given); person details too when passed."""
    current = get_surrender(store, receipt_id)
    merged = {k: v for k, v in current.data.items() if k not in ("category",)}
    merged["lines"] = [Line(l["item_code"], l["quantity"], l["unit"], l.get("serial", ""), l.get("condition", ""))
                       for l in current.data["lines"]]
    merged.update({k: v for k, v in fields.items() if v is not None})
    with store.transaction():
        data = receipt_data(store, receipt_id=receipt_id, **merged)
        save_document(store, "surrender", receipt_id, data)
        if person is not None:
            details = _person_data(receipt_id, person)
            if details:
                save_document(store, "surrender_person", person_doc_id(receipt_id), details)
            elif not current.person.is_empty():
                save_document(store, "surrender_person", person_doc_id(receipt_id),
                              {"surrender_id": receipt_id}, deleted=True)
    return get_surrender(store, receipt_id)


def delete_surrender(store: Store, receipt_id: str) -> None:
    """A tombstone for the receipt (and its person's details): the versions stay, the rows go."""
    current = get_surrender(store, receipt_id)
    with store.transaction():
        save_document(store, "surrender", receipt_id, current.data, deleted=True)
        if not current.person.is_empty():
            save_document(store, "surrender_person", person_doc_id(receipt_id),
                          {"surrender_id": receipt_id}, deleted=True)


def get_surrender(store: Store, receipt_id: str) -> Receipt:
    row = store.conn.execute(
        "SELECT version_json(v.data) FROM surrenders s JOIN documents d ON d.doc_id = s.id JOIN versions v ON v.vid = d.winner_vid"
        " WHERE s.id = ?", (receipt_id,)
    ).fetchone()
    if row is None:
        raise NotFound("unknown_receipt", id=receipt_id)
    p = store.conn.execute(
        "SELECT birth_year, id_number, address FROM surrender_persons WHERE surrender_id = ?", (receipt_id,)
    ).fetchone()
    return Receipt(receipt_id, orjson.loads(row[0]), Person(*p) if p else Person())


def receipt_conditions(unit_codes: list[str] | None, date_from: str | None, date_to: str | None
                       ) -> tuple[list[str], list]:
    """SQL conditions on receipts `s` (and their parameters) by unit and date: one list of units as one JSON
    parameter, so a province's 3,000 communes never exceed SQLite's limit of bound variables."""
    where, params = [], []
    if unit_codes:
        where.append("s.unit_code IN (SELECT value FROM json_each(?))")
        params.append(orjson.dumps(list(unit_codes)).decode())
    if date_from:
        where.append("s.date >= ?")
        params.append(date_from)
    if date_to:
        where.append("s.date <= ?")
        params.append(date_to)
    return where, params


def list_surrenders(store: Store, unit_codes: list[str] | None = None, date_from: str | None = None,
                    date_to: str | None = None, category: str | None = None, limit: int | None = None) -> list[dict]:
    where, params = receipt_conditions(unit_codes, date_from, date_to)
    if category:
        where.append("EXISTS (SELECT 1 FROM surrender_items i WHERE i.surrender_id = s.id AND i.category = ?)")
        params.append(category)
    sql = ("SELECT s.id, s.unit_code, s.year, s.number, s.date, s.person_name, s.owner_unknown, s.method,"
           " s.received_by, (SELECT count(*) FROM surrender_items i WHERE i.surrender_id = s.id) AS lines,"
           f" {receipt_numbering.label_sql('s')} AS label FROM surrenders s")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY s.date, s.unit_code, s.number"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(r) for r in store.conn.execute(sql, params)]
