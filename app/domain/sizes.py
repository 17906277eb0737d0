"""How long a record's texts and lists may be, and how large its numbers (issue 18 item 5): one table.

Checked where data is written, not only where it is read: on every local write (`check_sizes`, then
`refuse_unstorable` and `check_stored_size` in app/domain/versions.new_version, so the CLI, the GUI
and the demo all meet it) and on every version a bundle brings (`check_sizes` in app/sync/payload.py). The limits are far beyond what a person types (a name
of 200 characters, a note of 2,000) and chosen so that the largest record they allow stays well
inside what a bundle may carry in one line (`Limits.max_line_bytes`, 1 MiB): no record this
software accepted can ever block an export (tests/core/test_core_sizes.py builds the largest one
from 4-byte characters and sends it through a real export and import).
"""

from __future__ import annotations

import math

from app.errors import ValidationError

# (document type, field) -> (most characters, field label in messages); "*" is any document type.
# A list field's limit applies to each of its texts; fields not listed get DEFAULT_TEXT.
TEXT_LIMITS: dict[tuple[str, str], tuple[int, str]] = {
    # codes and ids: written by software, short
    ("*", "code"): (32, "code"), ("*", "unit_code"): (32, "unit_code"), ("*", "parent_code"): (32, "unit_code"),
    ("*", "commune_code"): (32, "unit_code"), ("*", "item_code"): (64, "item_code"), ("*", "unit_codes"): (32, "unit_code"),
    ("*", "model_id"): (100, "id"), ("*", "surrender_id"): (100, "id"), ("*", "plan_id"): (100, "id"),
    ("*", "task_id"): (100, "id"), ("*", "replicated_from"): (100, "id"),
    ("*", "kind"): (64, "kind"), ("*", "type"): (64, "model_type"), ("*", "status"): (64, "status"),
    ("*", "method"): (64, "method"), ("*", "category"): (64, "category"), ("*", "measure"): (32, "category"),
    ("*", "level"): (64, "recognition_level"), ("*", "rating"): (64, "rating"), ("*", "place_kind"): (64, "place_kind"),
    ("*", "unit"): (50, "unit_of_count"), ("*", "unit_vi"): (50, "unit_of_count"), ("*", "unit_en"): (50, "unit_of_count"),
    # dates and times
    ("*", "date"): (32, "date"), ("*", "established"): (32, "established"), ("*", "ended_on"): (32, "ended_on"),
    ("*", "deadline"): (32, "deadline"), ("*", "decision_date"): (32, "date"), ("*", "from"): (32, "from"),
    ("*", "to"): (32, "to"), ("*", "month"): (16, "month"), ("*", "time"): (32, "time"), ("*", "at"): (64, "time"),
    # people and places
    ("*", "name"): (200, "name"), ("*", "name_vi"): (200, "name"), ("*", "name_en"): (200, "name"),
    ("unit", "name"): (200, "unit_name"), ("community_model", "name"): (200, "model_name"),
    ("*", "person_name"): (200, "person_name"), ("*", "leader"): (200, "leader"),
    ("*", "received_by"): (200, "received_by"), ("*", "received_rank"): (100, "received_rank"), ("*", "by"): (200, "by"),
    ("*", "witnesses"): (200, "witnesses"), ("*", "place"): (300, "place"), ("*", "place_name"): (300, "place_name"),
    ("*", "address"): (300, "address"), ("*", "replicated_to"): (300, "replicated_to"),
    ("*", "id_number"): (50, "id_number"), ("*", "serial"): (100, "serial"), ("*", "condition"): (200, "condition"),
    # decisions, plans, free text
    ("*", "decision_no"): (100, "decision_no"), ("plan", "number"): (100, "plan_number"),
    ("*", "title"): (500, "title"), ("plan", "title"): (500, "plan_title"), ("plan_task", "title"): (500, "task_title"),
    ("*", "implements"): (500, "implements"), ("*", "findings"): (5000, "findings"),
    ("*", "note"): (2000, "note"), ("*", "reason"): (1000, "reason"), ("*", "end_reason"): (1000, "end_reason"),
    # a month's status keeps every step in its history: shorter words there keep the record small
    ("period", "note"): (500, "note"), ("period", "reason"): (500, "reason"),
}
DEFAULT_TEXT = 2000

# field -> most entries of a list (or keys of a mapping); others get DEFAULT_ENTRIES.
ENTRY_LIMITS: dict[str, int] = {
    "lines": 200, "witnesses": 20, "recognitions": 50, "replicated_to": 100, "unit_codes": 5000, "covers": 500,
    "history": 100, "values": 200, "scores": 100, "evidence": 50,
}
ENTRY_LABELS = {"lines": "lines", "witnesses": "witnesses", "recognitions": "recognitions",
                "replicated_to": "replicated_to", "unit_codes": "unit_list", "history": "history"}
DEFAULT_ENTRIES = 1000
KEY_LIMIT = 100  # characters of a key inside a record (an indicator code, an evidence name)
# Numbers a record may hold: far above any quantity (the validation of typed numbers stops at 10^9),
# far below what a SQLite integer (2^63) or an exact float (2^53) holds.
NUMBER_LIMIT = 10**15
# The whole record as stored (sorted-key JSON, UTF-8): the largest the limits above allow is about
# 0.67 MB (a task for 5,000 units of 32 four-byte characters); a bundle line may be 1 MiB, leaving room
# for the version's own fields (up to 256 parents).
MAX_RECORD_BYTES = 700_000


class SizeError(ValidationError):
    """A text, list or number of a record beyond its limit; `key` says which kind."""


_BY_TYPE: dict[str, dict[str, tuple[int, str]]] = {}  # doc_type -> {field: (limit, label)}, built when first met


def _limits_of(doc_type: str) -> dict[str, tuple[int, str]]:
    table = _BY_TYPE.get(doc_type)
    if table is None:
        table = {f: v for (t, f), v in TEXT_LIMITS.items() if t == "*"}
        table.update({f: v for (t, f), v in TEXT_LIMITS.items() if t == doc_type})
        _BY_TYPE[doc_type] = table
    return table


def _text_limit(doc_type: str, field: str) -> tuple[int, str]:
    return _limits_of(doc_type).get(field) or (DEFAULT_TEXT, field)


_SHORTEST = min(limit for limit, _ in TEXT_LIMITS.values())


def _check_value(doc_type: str, field: str, value: object) -> None:
    kind = type(value)
    if kind is str:
        if len(value) > _SHORTEST:  # most texts are shorter than every limit: no look-up
            limit, label = _text_limit(doc_type, field)
            if len(value) > limit:
                raise SizeError("field_too_long", field=label, length=len(value), limit=limit)
    elif kind is int or kind is float:
        if not -NUMBER_LIMIT <= value <= NUMBER_LIMIT:  # also refuses NaN
            raise SizeError("number_too_large", field=_text_limit(doc_type, field)[1], value=value,
                            limit=NUMBER_LIMIT)
    elif kind is list:
        _check_count(field, value)
        for item in value:
            if type(item) is dict:
                _check_record(doc_type, item)  # a receipt's lines, a model's recognitions: records in a record
            else:
                _check_value(doc_type, field, item)
    elif kind is dict:
        # a mapping of codes to values (a month's figures, a rating's scores, a task's evidence): the keys are data
        _check_count(field, value)
        for key, item in value.items():
            if type(key) is str and len(key) > KEY_LIMIT:
                raise SizeError("field_too_long", field=_text_limit(doc_type, field)[1], length=len(key),
                                limit=KEY_LIMIT)
            _check_value(doc_type, field, item)


def _check_count(field: str, value: list | dict) -> None:
    limit = ENTRY_LIMITS.get(field, DEFAULT_ENTRIES)
    if len(value) > limit:
        raise SizeError("too_many_entries", field=ENTRY_LABELS.get(field, field), count=len(value), limit=limit)


def _check_record(doc_type: str, data: dict) -> None:
    """Raise SizeError if a text, list or number of `data` (a record, or a record inside one) is beyond its limit."""
    # on the import's hot path: the common cases (a short text, a small number) are settled inline
    shortest, limit, table = _SHORTEST, NUMBER_LIMIT, _BY_TYPE.get(doc_type) or _limits_of(doc_type)
    for key, value in data.items():
        if len(key) > KEY_LIMIT:
            raise SizeError("field_too_long", field="name", length=len(key), limit=KEY_LIMIT)
        kind = type(value)
        if kind is str:
            n = len(value)
            if n <= shortest:
                continue
            known = table.get(key)
            if n <= (known[0] if known is not None else DEFAULT_TEXT):
                continue
        elif kind is int or kind is float:
            if -limit <= value <= limit:
                continue
        elif value is None or kind is bool:
            continue
        _check_value(doc_type, key, value)


# check_sizes(doc_type, data): raise SizeError if a text, list or number of `data` is beyond its limit. It runs on
# every version a bundle brings (issue 17 item 7): the record check itself, without a call around it.
check_sizes = _check_record


def refuse_unstorable(doc_type: str, data: dict) -> None:
    """Raise SizeError naming the field whose text cannot be stored, if there is one."""
    field = _unstorable(data)
    if field is not None:
        raise SizeError("text_not_unicode", field=_text_limit(doc_type, field)[1])


def check_stored_size(size: int) -> None:
    if size > MAX_RECORD_BYTES:
        raise SizeError("record_too_large", size=size, limit=MAX_RECORD_BYTES)


def _unstorable(value: object, field: str | None = None) -> str | None:
    """The field holding text that is not valid Unicode (lone surrogates), if any."""
    if type(value) is str:
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return field
        return None
    if type(value) is float and not math.isfinite(value):
        return field
    items = value.items() if type(value) is dict else ((field, v) for v in value) if type(value) is list else ()
    for key, child in items:
        found = _unstorable(child, key if type(value) is dict else field)
        if found:
            return found
    return None
