"""The activity log of a model: meetings, patrols, propaganda sessions, tip-offs, …"""

from __future__ import annotations

from app.domain import organisation, vocab
from app.domain.community_models import get_model
from app.domain.ids import new_id
from app.domain.validation import choice, non_negative_int, not_after_tomorrow, parse_date
from app.domain.versions import save_document
from app.errors import ValidationError
from app.store.db import Store


def activity_data(store: Store, model_id: str, date, kind, participants=None, note="") -> dict:
    model = get_model(store, model_id)
    day = not_after_tomorrow(parse_date(date, "date"), "date")
    if day < model.data["established"]:
        raise ValidationError("date_order", field="date", value=day, other_field="established",
                              other=model.data["established"])
    if model.data.get("status") == "ended" and model.data.get("ended_on") and day > model.data["ended_on"]:
        raise ValidationError("model_ended", name=model.name, date=model.data["ended_on"])
    return {
        "model_id": model_id,
        # a model of a unit merged away or split: its activity is the successor's (issue 20)
        "unit_code": organisation.model_unit_on(store, model_id, model.unit_code, day),
        "date": day,
        "kind": choice(kind, "kind", vocab.codes("activity_kinds")),
        "participants": non_negative_int(participants, "participants"),
        "note": (note or "").strip(),
    }


def add_activity(store: Store, model_id: str, date, kind, participants=None, note="") -> str:
    data = activity_data(store, model_id, date, kind, participants, note)
    activity_id = new_id()
    save_document(store, "activity", activity_id, data)
    return activity_id


def list_activities(store: Store, model_id: str | None = None, unit_codes: list[str] | None = None,
                    date_from: str | None = None, date_to: str | None = None) -> list[dict]:
    where, params = [], []
    if model_id:
        where.append("a.model_id = ?")
        params.append(model_id)
    if unit_codes:
        where.append(f"a.unit_code IN ({','.join('?' * len(unit_codes))})")
        params += unit_codes
    if date_from:
        where.append("a.date >= ?")
        params.append(date_from)
    if date_to:
        where.append("a.date <= ?")
        params.append(date_to)
    sql = ("SELECT a.id, a.model_id, m.name AS model_name, a.unit_code, a.date, a.kind, a.participants, a.note"
           " FROM activities a LEFT JOIN models m ON m.id = a.model_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [dict(r) for r in store.conn.execute(sql + " ORDER BY a.date, a.id", params)]
