"""A document's fields as an officer reads them: a label in the reader's language beside each value, codes as
names (unit, catalogue item, model type, status…), dates dd/mm/yyyy and numbers the Vietnamese way.

One place for it so that the conflicts view, the import preview, reports and the command line show a document
the same way (`document_fields`). Values that name something this store does not know are shown as their code:
nothing is hidden, and a lookup never raises.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from app import formatting
from app.domain import catalogue, vocab
from app.i18n import Pairs, Texts, lookup
from app.store.db import Store

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ISO_MONTH = re.compile(r"^\d{4}-\d{2}$")

# field -> (Vietnamese, English); (doc_type, field) entries override the plain field for one kind of document
LABELS = Pairs("readable_field")  # the words, in the message catalogue

# the order fields are read in, per kind of document; fields not listed follow in alphabetical order
ORDER: dict[str, tuple[str, ...]] = {
    "community_model": ("name", "type", "unit_code", "place", "established", "leader", "members", "households",
                        "border_km", "markers", "status", "recognitions", "replicated_from", "replicated_to",
                        "ended_on", "end_reason", "note"),
    "activity": ("model_id", "unit_code", "date", "kind", "participants", "note"),
    "surrender": ("number", "unit_code", "date", "time", "place", "received_by", "received_rank", "person_name",
                  "owner_unknown", "method", "lines", "witnesses", "note"),
    "surrender_person": ("surrender_id", "birth_year", "id_number", "address"),
    "monthly_figures": ("unit_code", "month", "values"),
    "model_rating": ("model_id", "unit_code", "year", "rating", "note"),
    "rating_thresholds": ("unit_code", "year", "excellent", "good", "average"),
    "place_rating": ("unit_code", "year", "place_kind", "place_name", "scores", "total", "recognised",
                     "decision_no", "decision_date", "note"),
    "plan": ("number", "unit_code", "date", "title", "implements"),
    "plan_task": ("plan_id", "title", "deadline", "unit_codes"),
    "task_progress": ("task_id", "plan_id", "unit_code", "status", "date", "note", "evidence"),
    "plan_review": ("plan_id", "kind", "date", "unit_code", "findings"),
    "period": ("unit_code", "month", "status", "by", "at", "reason"),
    "form_settings": ("unit_code", "form", "capacity", "signer_title", "signer_name", "recipients"),
    "unit": ("code", "name", "kind", "parent_code", "place", "covers", "retired"),
    "catalogue_item": ("code", "category", "name_vi", "name_en", "unit_vi", "unit_en", "measure", "retired"),
}

# closed lists: (doc_type or None for any, field) -> vocab kind
VOCAB = {
    ("community_model", "type"): "model_types", ("community_model", "status"): "model_statuses",
    ("activity", "kind"): "activity_kinds", ("unit", "kind"): "unit_kinds",
    ("surrender", "method"): "surrender_methods", ("model_rating", "rating"): "model_ratings",
    ("place_rating", "place_kind"): "rating_place_kinds", ("task_progress", "status"): "plan_task_statuses",
    ("plan_review", "kind"): "plan_review_kinds",
}
PLAIN_NUMBERS = {"year", "birth_year", "number", "id_number", "code", "decision_no"}  # figures that are names, not amounts
YES_NO = Pairs("yes_no")  # "yes"/"no" -> (vi, en), in the message catalogue
MEASURES = Pairs("measure")  # the words, in the message catalogue


@dataclass(frozen=True)
class ReadableField:
    field: str  # the key in the document's data
    label: str
    text: str


def field_label(doc_type: str, field: str, lang: str = "vi") -> str:
    """A field's label in `lang`; a field this version does not know shows its key."""
    names = LABELS.get((doc_type, field)) or LABELS.get(field)
    return names[0 if lang == "vi" else 1] if names else field


def ordered_fields(doc_type: str, keys) -> list[str]:
    keys = set(keys)
    known = [f for f in ORDER.get(doc_type, ()) if f in keys]
    return known + sorted(keys - set(known))


class Names:
    """Names of what codes and ids point at, read from the store once each (a lookup never raises)."""

    def __init__(self, store: Store | None, lang: str = "vi") -> None:
        self.store, self.lang = store, lang
        self._cache: dict[tuple[str, str], object] = {}

    def _one(self, kind: str, key: str, sql: str):
        if (kind, key) not in self._cache:
            row = None
            if self.store is not None:
                try:
                    row = self.store.conn.execute(sql, (key,)).fetchone()
                except Exception:  # noqa: BLE001 - a table missing in an old store: show the code
                    row = None
            self._cache[(kind, key)] = row
        return self._cache[(kind, key)]

    def unit(self, code) -> str:
        if not isinstance(code, str) or not code:
            return "" if code is None else str(code)
        row = self._one("unit", code, "SELECT name FROM units WHERE code = ?")
        return row[0] if row else code

    def unit_with_code(self, code) -> str:
        """'Công an xã Đồng Đăng (CAX-DD)'; the code alone when this store does not know the unit."""
        name = self.unit(code)
        return f"{name} ({code})" if code and name != code else name

    def item(self, code: str) -> catalogue.Item | None:
        row = self._one("item", code, "SELECT code, category, name_vi, name_en, unit_vi, unit_en, measure, retired"
                                      " FROM catalogue_items WHERE code = ?")
        if row:
            return catalogue.Item(*row[:7], retired=bool(row[7]))
        shipped = next((i for i in catalogue.shipped()["items"] if i["code"] == code), None)
        if shipped:
            return catalogue.Item(shipped["code"], shipped["category"], shipped["name_vi"], shipped["name_en"],
                                  shipped["unit_vi"], shipped["unit_en"], shipped.get("measure", "count"))
        return None

    def titled(self, kind: str, doc_id) -> str:
        """A model's, plan's or task's name for its id; the id when this store does not have it."""
        sql = {"model": "SELECT name FROM models WHERE id = ?", "plan": "SELECT number || ' – ' || title FROM plans"
               " WHERE id = ?", "task": "SELECT title FROM plan_tasks WHERE id = ?",
               "surrender": "SELECT 'số ' || number || ', ' || date FROM surrenders WHERE id = ?"}[kind]
        if not isinstance(doc_id, str) or not doc_id:
            return "" if doc_id is None else str(doc_id)
        row = self._one(kind, doc_id, sql)
        if not row:
            return doc_id
        text = row[0]
        if kind == "surrender":  # 'số 12, 2026-11-05'
            number, _, day = text.partition(", ")
            text = (number if self.lang == "vi" else number.replace("số", "no.")) + ", " + format_value_date(day)
        return text


def format_value_date(text: str) -> str:
    try:
        return formatting.format_date(dt.date.fromisoformat(text[:10]))
    except (TypeError, ValueError):
        return str(text)


def format_month(text: str) -> str:
    """'2026-03' -> '03/2026'."""
    return f"{text[5:7]}/{text[:4]}" if isinstance(text, str) and _ISO_MONTH.match(text) else str(text)


def plain(value, lang: str = "vi") -> str:
    """Any value without a known meaning, readable: dates dd/mm/yyyy, numbers the house way, lists joined."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return YES_NO["yes" if value else "no"][0 if lang == "vi" else 1]
    if isinstance(value, (int, float)):
        return formatting.format_number(value, lang)
    if isinstance(value, str):
        if _ISO_DATE.match(value):
            return format_value_date(value)
        if len(value) >= 16 and _ISO_DATE.match(value[:10]) and value[10] == "T":
            return formatting.format_stamp(value)
        return value
    if isinstance(value, list):
        return "; ".join(plain(v, lang) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {plain(v, lang)}" for k, v in value.items())
    return str(value)


def item_amount(item, code: str, quantity, lang: str = "vi", unit: str = "") -> str:
    """One item with its quantity in its own unit of count, the way a receipt reads: '2 khẩu súng tự chế, súng
    kíp', '1,5 kg pháo nổ' / 'home-made guns: 2 pieces'. `item` None (a code this store does not know): the code."""
    name = item.name(lang) if item else code
    unit = item.unit(lang) if item else unit
    amount = formatting.format_quantity(quantity, unit, lang) if isinstance(quantity, (int, float)) \
        else plain(quantity, lang)
    return f"{amount} {name}" if lang == "vi" else f"{name}: {amount}"


def _lines(names: Names, lines, lang: str) -> str:
    """One line per item, the way a receipt reads: '2 khẩu súng tự chế, súng kíp' / 'home-made guns: 2 pieces',
    with marking and condition when given."""
    out = []
    for line in lines or ():
        if not isinstance(line, dict):
            out.append(plain(line, lang))
            continue
        item = names.item(line.get("item_code")) if isinstance(line.get("item_code"), str) else None
        text = item_amount(item, str(line.get("item_code", "")), line.get("quantity"), lang, str(line.get("unit", "")))
        extra = [line[k] for k in ("serial", "condition") if line.get(k)]
        out.append(text + (f" ({', '.join(map(str, extra))})" if extra else ""))
    return "\n".join(out)


def _recognitions(entries, lang: str) -> str:
    out = []
    for r in entries or ():
        if not isinstance(r, dict):
            out.append(plain(r, lang))
            continue
        level = vocab.label("recognition_levels", r.get("level"), lang)
        parts = [level] + [p for p in (r.get("decision_no"), format_value_date(r["date"]) if r.get("date") else "") if p]
        out.append(", ".join(map(str, parts)))
    return "\n".join(out)


def _figures(values, lang: str) -> str:
    from app.domain.figures import indicators

    names = {i["code"]: (i["name_vi"] if lang == "vi" else i["name_en"]) for i in indicators()}
    if not isinstance(values, dict):
        return plain(values, lang)
    return "\n".join(f"{names.get(k, k)}: {plain(v, lang)}" for k, v in values.items())


def _scores(scores, lang: str) -> str:
    from app.domain.place_ratings import criteria

    names = {c["code"]: c[lang] for c in criteria()}
    if not isinstance(scores, dict):
        return plain(scores, lang)
    return "\n".join(f"{names.get(k, k)}: {plain(v, lang)}" for k, v in scores.items())


def _period_steps(steps, lang: str) -> str:
    """A month's history, a step a line: 'Đã nộp 01/12/2026 08:05 (Nguyễn Văn An): reason'."""
    from app.domain.periods import status_label

    lines = []
    for step in steps:
        if not isinstance(step, dict):
            lines.append(plain(step, lang))
            continue
        line = f"{status_label(str(step.get('status', '')), lang)} {formatting.format_stamp(step.get('at'))}"
        if step.get("by"):
            line += f" ({step['by']})"
        if step.get("reason"):
            line += f": {step['reason']}"
        lines.append(line)
    return "\n".join(lines)


def format_value(names: Names, doc_type: str, field: str, value) -> str:
    """One field's value as the officer reads it (codes as names, dates dd/mm/yyyy, Vietnamese numbers)."""
    lang = names.lang
    if value is None or value == "":
        return ""
    kind = VOCAB.get((doc_type, field))
    if kind and isinstance(value, str):
        return vocab.label(kind, value, lang)
    if doc_type == "period" and field == "status" and isinstance(value, str):
        from app.domain.periods import status_label

        return status_label(value, lang)
    if doc_type == "period" and field == "history" and isinstance(value, list):
        return _period_steps(value, lang)
    if field in ("unit_code", "parent_code"):
        return names.unit(value)
    if field == "unit_codes" and isinstance(value, list):
        return ", ".join(names.unit(v) for v in value)
    if field in ("model_id", "replicated_from"):
        return names.titled("model", value)
    if field in ("plan_id", "task_id", "surrender_id"):
        return names.titled(field[:-3], value)
    if field == "lines" and isinstance(value, list):
        return _lines(names, value, lang)
    if field == "recognitions" and isinstance(value, list):
        return _recognitions(value, lang)
    if field == "values" and doc_type == "monthly_figures":
        return _figures(value, lang)
    if field == "scores" and doc_type == "place_rating":
        return _scores(value, lang)
    if field == "category" and isinstance(value, str):
        return catalogue.category_name(value, lang)
    if field == "measure" and value in MEASURES:
        return MEASURES[value][0 if lang == "vi" else 1]
    if field == "month":
        return format_month(value)
    if field in PLAIN_NUMBERS and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if field in ("replicated_to", "witnesses") and isinstance(value, list):
        return ", ".join(map(str, value))
    return plain(value, lang)


def document_fields(store: Store | None, doc_type: str, data: dict | None, lang: str = "vi",
                    fields=None, names: Names | None = None) -> list[ReadableField]:
    """The fields of a document's data (or `fields`, in the house order) as labelled, formatted rows."""
    data = data or {}
    names = names or Names(store, lang)
    keys = ordered_fields(doc_type, data.keys() if fields is None else fields)
    return [ReadableField(f, field_label(doc_type, f, lang), format_value(names, doc_type, f, data.get(f)))
            for f in keys]


DOC_TYPE_NAMES = Pairs("doc_type")  # the words, in the message catalogue


# How many of each an officer reads in a sentence: "3 biên bản, 2 mô hình, 10 hoạt động" (issue 15 §4: counts
# in documents; versions belong to the details). Plural entries of the message catalogue, context "count_noun":
# "{n} biên bản" / "{n} receipt", "{n} receipts".
COUNT_NOUNS = Texts("count_noun")
COUNT_ORDER = ("surrender", "community_model", "activity", "monthly_figures", "period", "model_rating",
               "place_rating", "plan", "plan_task", "task_progress", "plan_review", "rating_thresholds",
               "surrender_person", "attachment", "form_settings", "unit", "unit_event", "catalogue_item")


def documents_text(by_type: dict, lang: str = "vi") -> str:
    """{'surrender': 3, 'community_model': 2} -> '3 biên bản, 2 mô hình' (receipts first, as officers count);
    '' when there is nothing."""
    from app.formatting import format_number

    order = [t for t in COUNT_ORDER if by_type.get(t)] + sorted(t for t in by_type if t not in COUNT_ORDER and by_type[t])
    parts = []
    for t in order:
        n = by_type[t]
        try:
            noun = lookup(t, "vi" if lang == "vi" else "en", "count_noun", n=n)
        except KeyError:  # a kind of document this version does not know: its code
            noun = "{n} " + t
        parts.append(noun.format(n=format_number(n, lang)))
    return ", ".join(parts)


def doc_type_name(doc_type: str, lang: str = "vi") -> str:
    names = DOC_TYPE_NAMES.get(doc_type)
    return names[0 if lang == "vi" else 1] if names else doc_type


def document_title(store: Store | None, doc_type: str, data: dict | None, lang: str = "vi",
                   names: Names | None = None) -> str:
    """A few words that tell an officer which document this is: a name or title, else number and date, else the
    unit and month or date (all formatted)."""
    data = data or {}
    names = names or Names(store, lang)
    for key in ("name", "title", "place_name", "person_name"):
        if data.get(key):
            return str(data[key])
    keys = ("number", "model_id", "month", "date", "kind", "year")
    if doc_type in ("monthly_figures", "period", "rating_thresholds", "model_rating"):
        keys = ("unit_code",) + keys
    if doc_type == "form_settings":
        keys = ("unit_code", "form")
    parts = []
    for key in keys:
        if data.get(key) in (None, ""):
            continue
        text = format_value(names, doc_type, key, data[key])
        if key == "model_id" and text == data[key]:
            continue  # a model this store does not have yet: its id would tell the officer nothing
        parts.append(text)
    return " – ".join(parts)  # not a comma: labels such as "Họp, sinh hoạt" carry their own
