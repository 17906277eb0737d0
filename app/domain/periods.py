"""Periods (issue 5 item 7): a unit's month is submitted by its commander, which locks the records dated
in it (in its reporting period under the cut-off rule: 15th to 14th by default, app/domain/reporting_periods.py); reopening needs a reason; the level above approves or returns it.

The status of a month is a document (`period`, id named from unit and month), so it travels in bundles
like the records: the level above learns that a month was submitted, the post learns it was approved.
Its versions are its history; `data["history"]` repeats the steps for display.

The lock is checked on local writes only (app/domain/guard.py calls `check_not_locked` from
versions.save_document). Versions arriving in a bundle are never refused for it: nothing is dropped
silently; `changed_after_submission` shows the level above what changed after a month was submitted.
"""

from __future__ import annotations

import datetime as dt

import orjson

from app.domain.ids import period_doc_id  # noqa: F401 (callers read it here too)
from app.domain.period_lock import (  # noqa: F401 (callers read them here too)
    LOCKING, OPEN, PERIOD_ACTIONS, STATUS_LABELS, PeriodError, check_not_locked, get_period, is_locked, month_label,
    status_label, status_of,
)
from app.domain.units import get_unit, list_units, subtree_codes
from app.domain.validation import (  # noqa: F401 (re-exported: parse_month for the CLI, months_between for callers)
    months_between, parse_month, required,
)
from app.domain.versions import save_document
from app.errors import AnttError, ValidationError
from app.security.permissions import require
from app.store.db import Store

NOT_DUE = "not_due"  # issue 20: the unit did not exist that month (merged away, or not yet created)
STATUSES = (OPEN, "submitted", "reopened", "approved", "returned")
REPORTING_KINDS = ("commune_police", "border_post")  # the units that submit months

# action -> (statuses it starts from, status it leaves, permission, who: "own" unit or a unit "below", reason?)
TRANSITIONS = {
    "submit": ({OPEN, "reopened", "returned"}, "submitted", "period.submit", "own", False),
    "reopen": ({"submitted"}, "reopened", "period.submit", "own", True),
    "approve": ({"submitted"}, "approved", "period.review", "below", False),
    "return": ({"submitted", "approved"}, "returned", "period.review", "below", True),
}


# ---------------------------------------------------------------- status changes


def _check_unit(store: Store, unit_code: str, who: str) -> None:
    home = store.home_unit
    if home is None:
        raise AnttError("not_initialised")
    get_unit(store, unit_code)
    below = subtree_codes(store, home)
    if who == "own" and unit_code not in below:
        raise AnttError("period_not_own_unit", unit=unit_code, home=home)
    if who == "below" and (unit_code == home or unit_code not in below):
        raise AnttError("period_not_below", unit=unit_code, home=home)


def _check_month(month, today: dt.date | None) -> str:
    month = parse_month(month)
    today = today or dt.date.today()
    if month > f"{today.year:04d}-{today.month:02d}":
        raise ValidationError("period_future", month=month_label(month))
    return month


def change_status(store: Store, action: str, unit_code: str, month, reason: str = "", note: str = "",
                  today: dt.date | None = None) -> dict:
    """Move a unit's month through submit / reopen / approve / return; returns the period's new data."""
    starts, target, permission, who, needs_reason = TRANSITIONS[action]
    require(store, permission)
    month = _check_month(month, today)
    reason = (reason or "").strip()
    if needs_reason:
        required(reason, "reason")
    with store.transaction():
        _check_unit(store, unit_code, who)
        current = get_period(store, unit_code, month)
        status = current["status"] if current else OPEN
        if status not in starts:
            raise PeriodError("period_bad_step", unit=unit_code, month=month_label(month), status=status,
                              action=action)
        if action == "submit":  # a month is not sent up with figures that cannot both be true
            from app.domain import figure_rules

            refused = [f for f in figure_rules.check_month(store, unit_code, month) if f.refuses]
            if refused:
                raise figure_rules.FigureRuleError(refused)
        from app.security.audit import local_now

        step = {"status": target, "by": store.author, "at": local_now(), "reason": reason, "note": (note or "").strip()}
        data = {
            "unit_code": unit_code, "month": month, "status": target, "by": step["by"], "at": step["at"],
            "reason": reason, "note": step["note"],
            "history": [*(current or {}).get("history", []), step],
        }
        save_document(store, "period", period_doc_id(unit_code, month), data)
    return data


def submit(store: Store, unit_code: str, month, note: str = "", today: dt.date | None = None) -> dict:
    return change_status(store, "submit", unit_code, month, note=note, today=today)


def reopen(store: Store, unit_code: str, month, reason: str, today: dt.date | None = None) -> dict:
    return change_status(store, "reopen", unit_code, month, reason=reason, today=today)


def approve(store: Store, unit_code: str, month, note: str = "", today: dt.date | None = None) -> dict:
    return change_status(store, "approve", unit_code, month, note=note, today=today)


def return_month(store: Store, unit_code: str, month, reason: str, today: dt.date | None = None) -> dict:
    return change_status(store, "return", unit_code, month, reason=reason, today=today)


# ---------------------------------------------------------------- period presets

# The periods Vietnamese reports are made for (tháng, quý, 6 tháng, 9 tháng, năm) and a few for reading lists.
PERIOD_PRESETS = ("this_month", "last_month", "this_quarter", "last_quarter", "six_months", "nine_months",
                  "this_year", "last_year", "five_years", "custom")


def preset_range(preset: str, today: dt.date | None = None, rule: str = "calendar") -> tuple[dt.date, dt.date] | None:
    """The first and last day of a period preset; None for 'custom' (the officer's own dates).

    Months are reporting months under the installation's cut-off `rule` (app/domain/reporting_periods: under
    Decree 09 "this month" on 07/12 is 15/11-14/12 and the year starts on 15/12). A period is shown whole, as
    the form that covers it states it (this year ends on 31/12, or 14/12, even in August)."""
    from app.domain import reporting_periods as rp

    today = today or dt.date.today()
    if preset == "custom":
        return None
    year, month = (int(part) for part in rp.report_month(today, rule).split("-"))
    q = 3 * ((month - 1) // 3) + 1
    prev_q = (year, q - 3) if q > 1 else (year - 1, 10)
    prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
    months = {  # (first year, first month, last year, last month) in reporting months
        "this_month": (year, month, year, month), "last_month": (*prev_m, *prev_m),
        "this_quarter": (year, q, year, q + 2), "last_quarter": (*prev_q, prev_q[0], prev_q[1] + 2),
        "six_months": (year, 1, year, 6), "nine_months": (year, 1, year, 9),
        "this_year": (year, 1, year, 12), "last_year": (year - 1, 1, year - 1, 12),
        "five_years": (year - 4, 1, year, 12),
    }
    if preset not in months:
        raise ValueError(f"unknown period preset {preset!r}")
    y1, m1, y2, m2 = months[preset]
    return rp.month_start(y1, m1, rule), rp.month_end(y2, m2, rule)


def preset_period(preset: str, today: dt.date, rule: str = "calendar") -> tuple[str, str] | None:
    """The reporting period a preset names (kind, value as `reporting_periods.parse_period` takes them), so a
    form can state it ("6 tháng đầu năm 2026"); None for presets that are plain dates (five years, custom)."""
    from app.domain import reporting_periods as rp

    year, month = (int(part) for part in rp.report_month(today, rule).split("-"))
    quarter = (month - 1) // 3 + 1
    last_q = f"{year}-Q{quarter - 1}" if quarter > 1 else f"{year - 1}-Q4"
    last_m = f"{year}-{month - 1:02d}" if month > 1 else f"{year - 1}-12"
    return {"this_year": ("year", str(year)), "last_year": ("year", str(year - 1)),
            "six_months": ("half", f"{year}-H1"), "nine_months": ("nine_months", str(year)),
            "this_quarter": ("quarter", f"{year}-Q{quarter}"), "last_quarter": ("quarter", last_q),
            "this_month": ("month", f"{year}-{month:02d}"), "last_month": ("month", last_m)}.get(preset)


# ---------------------------------------------------------------- views


def list_periods(store: Store, unit_codes: list[str] | None = None, month_from: str | None = None,
                 month_to: str | None = None, status: str | None = None) -> list[dict]:
    where, params = [], []
    if unit_codes:
        where.append(f"unit_code IN ({','.join('?' * len(unit_codes))})")
        params += unit_codes
    if month_from:
        where.append("month >= ?")
        params.append(parse_month(month_from, "from"))
    if month_to:
        where.append("month <= ?")
        params.append(parse_month(month_to, "to"))
    if status:
        where.append("status = ?")
        params.append(status)
    sql = "SELECT unit_code, month, status, changed_by, changed_at, reason FROM periods"
    if where:
        sql += " WHERE " + " AND ".join(where)
    return [dict(r) for r in store.conn.execute(sql + " ORDER BY month, unit_code", params)]


def completeness(store: Store, month_from: str, month_to: str, under: str | None = None) -> dict:
    """Which reporting units (communes, posts) under `under` (default: this store's unit) submitted which months.

    Issue 20: each month follows the organisation of that month: a unit merged away owes no forms after its
    end (shown "not_due"), its successor does; a unit created by a merger owes none before it existed.

    Returns {"months": [...], "units": [{"code", "name", "statuses": {month: status}}],
    "submitted": {month: how many units have it submitted or approved}, "due": {month: how many units owe it}}.
    """
    from app.domain.organisation import owes_forms

    months = months_between(month_from, month_to)
    root = under or store.home_unit
    if root is None:
        raise AnttError("not_initialised")
    reporting = [u for u in list_units(store, root) if u.kind in REPORTING_KINDS]
    if not reporting:  # a store whose own unit is not a commune or post still sees its own months
        reporting = [get_unit(store, root)]
    codes = [u.code for u in reporting]
    found = {(r["unit_code"], r["month"]): r["status"]
             for r in list_periods(store, codes, months[0], months[-1])}
    owing = {m: set(owes_forms(store, codes, m)) for m in months}
    units = [{"code": u.code, "name": u.name,
              "statuses": {m: found.get((u.code, m), OPEN) if u.code in owing[m] else found.get((u.code, m), NOT_DUE)
                           for m in months}} for u in reporting]
    units = [u for u in units if any(s != NOT_DUE for s in u["statuses"].values())]
    submitted = {m: sum(1 for u in units if u["statuses"][m] in LOCKING and u["code"] in owing[m]) for m in months}
    due = {m: sum(1 for u in units if u["code"] in owing[m]) for m in months}
    return {"months": months, "units": units, "submitted": submitted, "due": due}


def changed_after_submission(store: Store, unit_code: str, month: str) -> list[dict]:
    """Versions of records dated in a submitted or approved month that came after its submission.

    "After" is what the records say, never the clocks (clocks flow down, never up: an edit by the level above
    may carry a lower clock than the post's submission, docs/permissions.md): a version of the laptop that
    submitted is after when its sequence number is; another laptop's, when this store received or wrote it
    after the submission (a higher rowid: the order of arrival), e.g. the level above's correction, or a
    second laptop of the unit that had not yet seen the submission."""
    if not is_locked(store, unit_code, month):
        return []
    submission = _submission(store, period_doc_id(unit_code, month))
    if submission is None:
        return []
    from app.domain.reporting_periods import cutoff_rule, parse_period

    first, last = parse_period("month", month, cutoff_rule(store)).iso  # the dates the month's form covers
    ids = [r[0] for r in store.conn.execute(
        "SELECT id FROM surrenders WHERE unit_code = ? AND date BETWEEN ? AND ?"
        " UNION ALL SELECT id FROM activities WHERE unit_code = ? AND date BETWEEN ? AND ?"
        " UNION ALL SELECT DISTINCT doc_id FROM monthly_figures WHERE unit_code = ? AND month = ?",
        (unit_code, first, last, unit_code, first, last, unit_code, month))]
    if not ids:
        return []
    arrived, device, seq = submission
    return [dict(r) for r in store.conn.execute(
        "SELECT vid, doc_id, doc_type, author, claimed_at, lamport FROM versions"
        " WHERE doc_id IN (SELECT value FROM json_each(?))"
        " AND CASE WHEN device_id = ? THEN seq > ? ELSE rowid > ? END ORDER BY rowid",
        (orjson.dumps(ids).decode(), device, seq, arrived))]


def _submission(store: Store, doc_id: str) -> tuple[int, str, int] | None:
    """(rowid, device, seq) of the submission the month's current state rests on: the nearest 'submitted'
    version on the winner's parent chain (an approval names the submission it approves); failing that, the
    submission this store received last."""
    found = store.conn.execute(
        "WITH RECURSIVE chain(vid) AS (SELECT winner_vid FROM documents WHERE doc_id = ?"
        " UNION SELECT p.value FROM chain JOIN versions v ON v.vid = chain.vid, json_each(v.parents) p)"
        " SELECT v.rowid, v.device_id, v.seq FROM chain JOIN versions v ON v.vid = chain.vid"
        " WHERE json_extract(version_json(v.data), '$.status') = 'submitted' ORDER BY v.rowid DESC LIMIT 1",
        (doc_id,)).fetchone()
    if found is None:
        found = store.conn.execute(
            "SELECT rowid, device_id, seq FROM versions WHERE doc_id = ?"
            " AND json_extract(version_json(data), '$.status') = 'submitted' ORDER BY rowid DESC LIMIT 1",
            (doc_id,)).fetchone()
    return tuple(found) if found else None
