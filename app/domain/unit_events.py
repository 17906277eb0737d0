"""Units that merge, split, are renamed, move or end (issue 20): one `unit_event` document per decision.

An event is reference data written by the level above and sent down like units. It never rewrites a
record: records keep the unit they were made under, and app/domain/organisation.py rebuilds from the
events which unit they count under on any day. The unit documents are updated too, so that the
current tree (``units.parent_code``, names, ``retired``) is the organisation of today; the event keeps
what they were before (old name, old parent), which is how the past is read back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import orjson

from app.domain import receipt_numbering
from app.domain.ids import named_id, unit_doc_id
from app.domain.units import Unit, check_parent, find_unit, get_unit, unit_data
from app.domain.validation import parse_date, required
from app.domain.versions import save_document
from app.errors import ValidationError
from app.store.db import Store

KINDS = ("merge", "split", "rename", "move", "end")
ATTRIBUTIONS = ("place", "choice")


@dataclass(frozen=True)
class Decision:
    """The decision that ordered a change: its number, date and issuer ("Nghị quyết 202/2025/QH15")."""

    number: str = ""
    date: str = ""
    issuer: str = ""

    def to_data(self) -> dict:
        return {"number": self.number, "date": self.date, "issuer": self.issuer}


@dataclass(frozen=True)
class SplitPart:
    code: str
    name: str = ""
    places: tuple[str, ...] = ()  # villages/places whose records go to this part (attribution by place)


def parse_part(spec: str) -> SplitPart:
    """``CODE[=NAME][:PLACE;PLACE]``, as the command line and the app's split form take a part."""
    head, _, places = spec.partition(":")
    code, _, name = head.partition("=")
    return SplitPart(code.strip(), name.strip(), tuple(p.strip() for p in places.split(";") if p.strip()))


def _decision(decision: Decision | None, needed: bool) -> dict:
    d = decision or Decision()
    number = (d.number or "").strip()
    if needed and not number:
        raise ValidationError("required", field="decision_no")
    return {"number": number, "date": parse_date(d.date, "decision_date") if d.date else "",
            "issuer": (d.issuer or "").strip()}


def _live(store: Store, code: str, date: str) -> Unit:
    """A unit that exists and has not ended on or before ``date``."""
    unit = get_unit(store, required(code, "unit_code"))
    ended = ended_on(store, unit.code)
    if ended and ended <= date:
        raise ValidationError("unit_already_ended", code=unit.code, date=_show(ended))
    return unit


def _show(iso: str) -> str:
    from app.formatting import format_date

    return format_date(dt.date.fromisoformat(iso))


def ended_on(store: Store, code: str) -> str | None:
    row = store.conn.execute("SELECT min(date) FROM unit_changes WHERE code = ? AND field = 'ended'", (code,)).fetchone()
    return row[0] if row else None


def _save_unit(store: Store, unit: Unit, **changes) -> None:
    data = dict(unit.data)
    data.update(changes)
    save_document(store, "unit", unit_doc_id(unit.code), data)


def _save_event(store: Store, data: dict) -> dict:
    doc_id = named_id("unit_event", data["kind"], data["date"], ",".join(sorted(data["from"])))
    if store.conn.execute("SELECT 1 FROM unit_events WHERE doc_id = ?", (doc_id,)).fetchone():
        raise ValidationError("unit_event_exists", code=", ".join(data["from"]), date=_show(data["date"]))
    save_document(store, "unit_event", doc_id, data)
    return data


def _children(store: Store, code: str) -> list[Unit]:
    return [get_unit(store, r[0]) for r in store.conn.execute(
        "SELECT code FROM units WHERE parent_code = ? AND retired = 0 ORDER BY code", (code,))]


def merge(store: Store, sources: list[str], into: str, date: str, decision: Decision | None = None, *,
          name: str = "", kind: str = "", parent_code: str | None = None, place: str = "",
          numbering: str = "", prefix: str = "") -> dict:
    """Several units become one, new (give ``name``, and ``kind``/``parent_code`` unless the first source's
    do) or existing (``into`` may be one of ``sources``). The units below the merged ones move under ``into``.
    ``numbering``: whether the successor's receipt numbers continue or restart (app/domain/receipt_numbering.py;
    default: a new unit restarts, an existing one continues), with ``prefix`` for a restart of an existing unit."""
    date = parse_date(date, "effective_date")
    into = required(into, "unit_code")
    sources = list(dict.fromkeys(required(c, "unit_code") for c in sources))
    if not sources or sources == [into]:
        raise ValidationError("merge_needs_two")
    with store.transaction():
        units = [_live(store, c, date) for c in sources]
        kinds = {u.kind for u in units}
        if len(kinds) > 1:
            raise ValidationError("merge_kinds_differ", codes=", ".join(sources))
        target = find_unit(store, into)
        created = []
        if target is None:
            first = units[0]
            data = unit_data(into, name, kind or first.kind, parent_code if parent_code is not None else first.parent_code,
                             place or first.place)
            check_parent(store, data)
            save_document(store, "unit", unit_doc_id(into), data)
            target = get_unit(store, into)
            created.append(into)
        else:
            target = _live(store, into, date)
            if target.kind not in kinds:
                raise ValidationError("merge_kinds_differ", codes=", ".join([*sources, into]))
        ended = [u for u in units if u.code != target.code]
        names, parents = [], []
        for u in ended:
            for child in _children(store, u.code):
                parents.append((child.code, u.code, target.code))
                _save_unit(store, child, parent_code=target.code)
            _save_unit(store, u, retired=True)
        if name and target.code not in created and name != target.name:
            names.append((target.code, target.name, name))
            _save_unit(store, get_unit(store, target.code), name=name)
        numbers = receipt_numbering.numbering_data(store, numbering, prefix, [u.code for u in ended], target.code,
                                                   bool(created), date)
        return _save_event(store, {
            "kind": "merge", "date": date, "from": sources, "into": target.code, "decision": _decision(decision, True),
            "created": created, "ended": [u.code for u in ended], "names": names, "parents": parents,
            "numbering": numbers})


def split(store: Store, source: str, parts: list[SplitPart], date: str, decision: Decision | None = None, *,
          attribution: str = "place", main: str = "") -> dict:
    """One unit becomes several. Its records are attributed by the village/place they record (each part
    lists its places; what matches none goes to ``main``) or by a person's choice (all to ``main``).
    The choice is kept in the event; the units below the split one move under ``main``."""
    date = parse_date(date, "effective_date")
    if attribution not in ATTRIBUTIONS:
        raise ValidationError("bad_choice", field="attribution", value=attribution, choices=", ".join(ATTRIBUTIONS))
    codes = [required(p.code, "unit_code") for p in parts]
    if len(set(codes)) < 2:
        raise ValidationError("split_needs_two")
    main = (main or "").strip() or codes[0]
    if main not in codes:
        raise ValidationError("split_main_not_a_part", code=main)
    with store.transaction():
        unit = _live(store, source, date)
        created = []
        for p in parts:
            existing = find_unit(store, p.code)
            if existing is None:
                data = unit_data(p.code, p.name, unit.kind, unit.parent_code, unit.place)
                check_parent(store, data)
                save_document(store, "unit", unit_doc_id(p.code), data)
                created.append(p.code)
            elif existing.code == unit.code:
                raise ValidationError("split_into_itself", code=unit.code)
            else:
                _live(store, p.code, date)
        parents = []
        for child in _children(store, unit.code):
            parents.append((child.code, unit.code, main))
            _save_unit(store, child, parent_code=main)
        _save_unit(store, unit, retired=True)
        return _save_event(store, {
            "kind": "split", "date": date, "from": [unit.code], "main": main, "attribution": attribution,
            "parts": [{"code": p.code, "places": [s.strip() for s in p.places if s.strip()]} for p in parts],
            "decision": _decision(decision, True), "created": created, "ended": [unit.code], "names": [],
            "parents": parents})


def rename(store: Store, code: str, name: str, date: str, decision: Decision | None = None) -> dict:
    date = parse_date(date, "effective_date")
    name = required(name, "unit_name")
    with store.transaction():
        unit = _live(store, code, date)
        if name == unit.name:
            raise ValidationError("unit_same_name", code=unit.code)
        _save_unit(store, unit, name=name)
        return _save_event(store, {"kind": "rename", "date": date, "from": [unit.code], "decision": _decision(decision, False),
                                   "created": [], "ended": [], "names": [(unit.code, unit.name, name)], "parents": []})


def move(store: Store, code: str, parent_code: str, date: str, decision: Decision | None = None) -> dict:
    date = parse_date(date, "effective_date")
    with store.transaction():
        unit = _live(store, code, date)
        parent = _live(store, parent_code, date)
        if parent.code == unit.parent_code:
            raise ValidationError("unit_same_parent", code=unit.code, parent=parent.code)
        data = dict(unit.data, parent_code=parent.code)
        check_parent(store, data)
        _save_unit(store, unit, parent_code=parent.code)
        return _save_event(store, {"kind": "move", "date": date, "from": [unit.code], "decision": _decision(decision, False),
                                   "created": [], "ended": [], "names": [],
                                   "parents": [(unit.code, unit.parent_code, parent.code)]})


def end(store: Store, code: str, date: str, decision: Decision | None = None, reason: str = "") -> dict:
    """A unit stops without successor (district police, 2025). Its records stay and still count under
    the unit it belonged to."""
    date = parse_date(date, "effective_date")
    with store.transaction():
        unit = _live(store, code, date)
        if _children(store, unit.code):
            raise ValidationError("unit_end_has_children", code=unit.code)
        _save_unit(store, unit, retired=True)
        return _save_event(store, {"kind": "end", "date": date, "from": [unit.code], "decision": _decision(decision, True),
                                   "reason": (reason or "").strip(), "created": [], "ended": [unit.code], "names": [],
                                   "parents": []})


@dataclass(frozen=True)
class HistoryLine:
    date: str
    kind: str
    data: dict


def history(store: Store, code: str) -> list[HistoryLine]:
    """Every event that concerns ``code``: as source, as the unit merged into or split to, or as a unit moved."""
    get_unit(store, code)
    rows = store.conn.execute(
        "SELECT DISTINCT e.date, e.kind, e.data, e.doc_id FROM unit_events e"
        " LEFT JOIN unit_lineage l ON l.event_id = e.doc_id LEFT JOIN unit_changes c ON c.event_id = e.doc_id"
        " WHERE l.old_code = ?1 OR l.new_code = ?1 OR c.code = ?1 ORDER BY e.date, e.doc_id", (code,))
    return [HistoryLine(r[0], r[1], orjson.loads(r[2])) for r in rows]


def all_events(store: Store) -> list[HistoryLine]:
    """Every unit event this store holds, oldest first."""
    return [HistoryLine(r[0], r[1], orjson.loads(r[2]))
            for r in store.conn.execute("SELECT date, kind, data FROM unit_events ORDER BY date, doc_id")]


def unit_names(store: Store) -> dict[str, str]:
    return {c: n for c, n in store.conn.execute("SELECT code, name FROM units")}


def describe(line: HistoryLine, names: dict[str, str], lang: str = "vi") -> str:
    """One sentence for the history of a unit: "01/07/2025: sáp nhập A, B vào C (Nghị quyết 202/2025/QH15 …)"."""
    from app.i18n import t

    d = line.data
    n = lambda c: f"{names.get(c, c)} ({c})"  # noqa: E731
    key = "unit_history_" + line.kind
    params = {"date": _show(line.date), "from": ", ".join(n(c) for c in d.get("from", [])), "into": n(d.get("into", "")),
              "parts": ", ".join(n(p["code"]) for p in d.get("parts", [])),
              "old": (d.get("names") or [["", "", ""]])[0][1], "new": (d.get("names") or [["", "", ""]])[0][2],
              "parent": n((d.get("parents") or [["", "", ""]])[0][2]) if line.kind == "move" else "",
              "main": n(d.get("main", "")), "attribution": t("attribution_" + d.get("attribution", "choice"), lang)
              if line.kind == "split" else ""}
    text = t(key, lang, **params)
    dec = d.get("decision") or {}
    if dec.get("number"):
        bits = [dec["number"]] + ([_show(dec["date"])] if dec.get("date") else []) + ([dec["issuer"]] if dec.get("issuer") else [])
        text += f" ({', '.join(bits)})"
    numbering = d.get("numbering") or {}
    if numbering.get("mode") == "restart":
        text += t("unit_history_numbering_restart", lang, first=f"{numbering.get('prefix', '')}01")
    elif numbering.get("mode") == "continue":
        text += t("unit_history_numbering_continue", lang)
    return text
