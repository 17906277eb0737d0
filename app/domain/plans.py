"""Plans of the level above (e.g. "Plan No. 111 of 4 July 2025"), their tasks assigned to units with
deadlines, each unit's progress on its tasks, and inspections and reviews (sơ kết, tổng kết).

Plans, tasks and reviews are written above and travel down; progress is written by the unit and
travels up. Progress is one document per (task, unit), so two laptops of one unit that edit the
same task meet in one document and show as a conflict instead of two rows.
"""

from __future__ import annotations

import datetime as dt

import orjson

from app.domain import vocab
from app.domain.ids import new_id, progress_doc_id
from app.domain.organisation import records_scope
from app.domain.units import get_unit
from app.domain.validation import choice, not_after_tomorrow, parse_date, parse_number, required
from app.domain.versions import save_document
from app.errors import NotFound, ValidationError
from app.store.db import Store


def add_plan(store: Store, unit_code: str, number, date, title, implements: str = "") -> str:
    unit = get_unit(store, unit_code)
    data = {"unit_code": unit.code, "number": required(number, "plan_number"),
            "date": not_after_tomorrow(parse_date(date, "date"), "date"), "title": required(title, "plan_title"),
            "implements": (implements or "").strip()}
    plan_id = new_id()
    save_document(store, "plan", plan_id, data)
    return plan_id


def get_plan(store: Store, plan_id: str) -> dict:
    row = store.conn.execute("SELECT id, unit_code, number, date, title, implements FROM plans WHERE id = ?",
                             (plan_id,)).fetchone()
    if row is None:
        raise NotFound("unknown_plan", id=plan_id)
    return dict(row)


def add_task(store: Store, plan_id: str, title, deadline, unit_codes: list[str]) -> str:
    get_plan(store, plan_id)
    codes = sorted({get_unit(store, c).code for c in unit_codes})
    if not codes:
        raise ValidationError("no_units")
    data = {"plan_id": plan_id, "title": required(title, "task_title"), "deadline": parse_date(deadline, "deadline"),
            "unit_codes": codes}
    task_id = new_id()
    save_document(store, "plan_task", task_id, data)
    return task_id


def _task(store: Store, task_id: str) -> dict:
    row = store.conn.execute("SELECT id, plan_id, title, deadline FROM plan_tasks WHERE id = ?", (task_id,)).fetchone()
    if row is None:
        raise NotFound("unknown_task", id=task_id)
    task = dict(row)
    task["unit_codes"] = [r[0] for r in store.conn.execute(
        "SELECT unit_code FROM plan_task_units WHERE task_id = ? ORDER BY unit_code", (task_id,))]
    return task




def report_progress(store: Store, task_id: str, unit_code: str, status, date, note: str = "",
                    evidence: dict | None = None) -> str:
    """A unit's progress on one of its tasks; evidence is a few named figures (e.g. households=120)."""
    task = _task(store, task_id)
    unit = get_unit(store, unit_code)
    if unit.code not in task["unit_codes"]:
        raise ValidationError("task_not_assigned", task=task["title"], unit=unit.code)
    figures = {}
    for name, raw in (evidence or {}).items():
        value = parse_number(raw, "value")
        figures[required(name, "name")] = int(value) if value == value.to_integral_value() else float(value)
    data = {"task_id": task_id, "plan_id": task["plan_id"], "unit_code": unit.code,
            "status": choice(status, "status", vocab.codes("plan_task_statuses")),
            "date": not_after_tomorrow(parse_date(date, "date"), "date"), "note": (note or "").strip(),
            "evidence": figures}
    doc_id = progress_doc_id(task_id, unit.code)
    save_document(store, "task_progress", doc_id, data)
    return doc_id


def add_review(store: Store, plan_id: str, kind, date, findings, unit_code: str | None = None) -> str:
    get_plan(store, plan_id)
    data = {"plan_id": plan_id, "kind": choice(kind, "kind", vocab.codes("plan_review_kinds")),
            "date": not_after_tomorrow(parse_date(date, "date"), "date"), "findings": required(findings, "findings"),
            "unit_code": get_unit(store, unit_code).code if unit_code else None}
    review_id = new_id()
    save_document(store, "plan_review", review_id, data)
    return review_id


def list_plans(store: Store) -> list[dict]:
    return [dict(r) for r in store.conn.execute(
        "SELECT id, unit_code, number, date, title, implements FROM plans ORDER BY date DESC, number")]


def plan_progress(store: Store, plan_id: str, today: dt.date | None = None, unit: str | None = None) -> dict:
    """The plan with every (task, unit) assignment: status, last report, overdue flag; and totals per unit."""
    plan = get_plan(store, plan_id)
    today_text = (today or dt.date.today()).isoformat()
    scope = set(records_scope(store, unit)) if unit else None
    rows = store.conn.execute(
        """SELECT t.id AS task_id, t.title, t.deadline, a.unit_code, p.status, p.date AS reported, p.note, p.evidence
           FROM plan_tasks t JOIN plan_task_units a ON a.task_id = t.id
           LEFT JOIN task_progress p ON p.task_id = t.id AND p.unit_code = a.unit_code
           WHERE t.plan_id = ? ORDER BY t.deadline, t.title, a.unit_code""",
        (plan_id,),
    )
    assignments, per_unit = [], {}
    for r in rows:
        if scope is not None and r["unit_code"] not in scope:
            continue
        status = r["status"] or "not_started"
        overdue = status != "done" and r["deadline"] < today_text
        item = {**dict(r), "status": status, "evidence": orjson.loads(r["evidence"]) if r["evidence"] else {},
                "overdue": overdue}
        assignments.append(item)
        stats = per_unit.setdefault(r["unit_code"], {"tasks": 0, "done": 0, "in_progress": 0, "overdue": 0})
        stats["tasks"] += 1
        stats["done"] += status == "done"
        stats["in_progress"] += status == "in_progress"
        stats["overdue"] += overdue
    reviews = [dict(r) for r in store.conn.execute(
        "SELECT id, kind, date, unit_code, findings FROM plan_reviews WHERE plan_id = ? ORDER BY date", (plan_id,))]
    return {"plan": plan, "assignments": assignments, "per_unit": per_unit, "reviews": reviews}


def overdue_tasks(store: Store, today: dt.date | None = None, unit: str | None = None) -> list[dict]:
    """Every overdue (task, unit) assignment across all plans."""
    out = []
    for plan in list_plans(store):
        progress = plan_progress(store, plan["id"], today, unit)
        out += [{**a, "plan_number": plan["number"], "plan_title": plan["title"]}
                for a in progress["assignments"] if a["overdue"]]
    return out
