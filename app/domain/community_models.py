"""Self-defence, self-management models (mô hình tự phòng, tự quản) of a unit.

Called `CommunityModel` in code so the word "model" stays free for Qt item models (style.md §5).
"""

from __future__ import annotations

from dataclasses import dataclass

import orjson

from app.collation import collated
from app.domain import vocab
from app.domain.ids import new_id, rating_doc_id
from app.domain.units import get_unit
from app.domain.validation import (
    choice, non_negative_float, non_negative_int, not_after_tomorrow, parse_date, required,
)
from app.domain.versions import save_document
from app.errors import NotFound, ValidationError
from app.store.db import Store

# Fields an update may change; everything else is set by add/end/recognise.
EDITABLE = ("name", "type", "place", "established", "leader", "members", "households", "border_km", "markers",
            "replicated_from", "replicated_to", "note")


@dataclass(frozen=True)
class CommunityModel:
    id: str
    data: dict

    def __getattr__(self, name):
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None


def _clean(store: Store, data: dict) -> dict:
    """Validate and normalise every field of a model's data."""
    out = dict(data)
    out["unit_code"] = get_unit(store, required(data.get("unit_code"), "unit_code")).code
    out["name"] = required(data.get("name"), "model_name")
    out["type"] = choice(data.get("type"), "model_type", vocab.codes("model_types"))
    out["place"] = (data.get("place") or "").strip()
    out["established"] = not_after_tomorrow(parse_date(data.get("established"), "established"), "established")
    out["leader"] = (data.get("leader") or "").strip()
    out["members"] = non_negative_int(data.get("members"), "members")
    out["households"] = non_negative_int(data.get("households"), "households")
    out["border_km"] = non_negative_float(data.get("border_km"), "border_km")
    out["markers"] = non_negative_int(data.get("markers"), "markers")
    out["status"] = choice(data.get("status") or "active", "model_type", vocab.codes("model_statuses"))
    out["recognitions"] = list(data.get("recognitions") or [])
    out["replicated_to"] = [str(p).strip() for p in data.get("replicated_to") or [] if str(p).strip()]
    if data.get("replicated_from"):
        get_model(store, data["replicated_from"])
    out["replicated_from"] = data.get("replicated_from") or None
    out["note"] = (data.get("note") or "").strip()
    return out


def add_model(store: Store, **fields) -> CommunityModel:
    data = _clean(store, fields)
    data["status"] = "active"
    model_id = new_id()
    save_document(store, "community_model", model_id, data)
    return CommunityModel(model_id, data)


def get_model(store: Store, model_id: str) -> CommunityModel:
    row = store.conn.execute("SELECT data FROM models WHERE id = ?", (model_id,)).fetchone()
    if row is None:
        raise NotFound("unknown_model", id=model_id)
    return CommunityModel(model_id, orjson.loads(row[0]))


def update_model(store: Store, model_id: str, **changes) -> CommunityModel:
    current = get_model(store, model_id)
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError("bad_choice", field="name", value=", ".join(sorted(unknown)), choices=", ".join(EDITABLE))
    data = _clean(store, {**current.data, **{k: v for k, v in changes.items() if v is not None}})
    save_document(store, "community_model", model_id, data)
    return CommunityModel(model_id, data)


def end_model(store: Store, model_id: str, ended_on, reason) -> CommunityModel:
    """Thanh loại: the model stops, with the date and the reason; it stays in the register."""
    current = get_model(store, model_id)
    if current.data.get("status") == "ended":
        raise ValidationError("model_ended", name=current.name, date=current.data.get("ended_on"))
    ended = not_after_tomorrow(parse_date(ended_on, "ended_on"), "ended_on")
    if ended < current.data["established"]:
        raise ValidationError("date_order", field="ended_on", value=ended, other_field="established",
                              other=current.data["established"])
    data = {**current.data, "status": "ended", "ended_on": ended, "end_reason": required(reason, "end_reason")}
    save_document(store, "community_model", model_id, data)
    return CommunityModel(model_id, data)


def recognise_model(store: Store, model_id: str, level, decision_no, date) -> CommunityModel:
    """Record a recognition (commune, province or national) with its decision number and date."""
    current = get_model(store, model_id)
    entry = {
        "level": choice(level, "recognition_level", vocab.codes("recognition_levels")),
        "decision_no": required(decision_no, "decision_no"),
        "date": not_after_tomorrow(parse_date(date, "date"), "date"),
    }
    data = {**current.data, "recognitions": [*current.data.get("recognitions", []), entry]}
    save_document(store, "community_model", model_id, data)
    return CommunityModel(model_id, data)


def rate_model(store: Store, model_id: str, year, rating, note: str = "") -> str:
    """The yearly rating of a model (effective / not effective); one document per model and year."""
    model = get_model(store, model_id)
    year_value = non_negative_int(year, "year", allow_none=False)
    if not 1900 <= year_value <= 2999:
        raise ValidationError("bad_number", field="year", value=year)
    data = {
        "model_id": model_id,
        "unit_code": model.unit_code,
        "year": year_value,
        "rating": choice(rating, "rating", vocab.codes("model_ratings")),
        "note": (note or "").strip(),
    }
    doc_id = rating_doc_id(model_id, year_value)
    save_document(store, "model_rating", doc_id, data)
    return doc_id


def _scope_where(scope) -> tuple[list[str], list]:
    """The WHERE terms and parameters that keep the models of `scope` (none when it is every model)."""
    if scope is not None and (scope.models.taken or scope.models.given or not scope.every_unit):
        from app.domain.list_scope import scope_sql

        return [f"({scope_sql('models')})"], list(scope.params("models"))
    return [], []


def places(store: Store, scope=None) -> list[str]:
    """The places of the models of `scope` (the models list's filter by place), each once, in Vietnamese order.

    Grouped by SQL: reading every model into Python to collect them took the models page 250-600 ms to open over
    30,000 models (bench/bench_ui.py); the few hundred places left are sorted here, not by COLLATE vi (a call into
    Python per comparison)."""
    where, params = _scope_where(scope)
    where.append("place != ''")
    rows = store.conn.execute(f"SELECT place FROM models WHERE {' AND '.join(where)} GROUP BY place", params)
    return collated(r[0] for r in rows)


def count_by_type_and_status(store: Store, scope=None) -> dict[tuple[str, str], int]:
    """How many models of `scope` there are of each (type, status): the overview's card and chart, counted by SQL
    (reading every model into Python, sorted in Vietnamese order, took it 1 s over 30,000 models)."""
    where, params = _scope_where(scope)
    sql = "SELECT type, status, count(*) FROM models" + (" WHERE " + " AND ".join(where) if where else "")
    return {(t, s): n for t, s, n in store.conn.execute(sql + " GROUP BY type, status", params)}


def list_models(store: Store, unit_codes: list[str] | None = None, status: str | None = None,
                type_: str | None = None, search: str | None = None, scope=None) -> list[dict]:
    """The models of ``unit_codes``, or of ``scope`` (app.domain.list_scope.ListScope: those a unit's lists show
    after a reorganisation, issue 20), with the filters given."""
    where, params = _scope_where(scope)
    if unit_codes:
        where.append(f"unit_code IN ({','.join('?' * len(unit_codes))})")
        params += unit_codes
    if status:
        where.append("status = ?")
        params.append(status)
    if type_:
        where.append("type = ?")
        params.append(type_)
    if search:
        where.append("(name LIKE ? OR place LIKE ? OR leader LIKE ?)")
        params += [f"%{search}%"] * 3
    sql = ("SELECT id, unit_code, name, type, place, established, leader, members, households, border_km, markers,"
           " status, ended_on, end_reason, recognition FROM models")
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [dict(r) for r in store.conn.execute(sql + " ORDER BY unit_code, established, name COLLATE vi", params)]
