"""The lock a submitted or approved month puts on the records dated in it (issue 5 item 7), and the words
of a month's status: what every local write checks (app/domain/guard.py), below the write path
(app/domain/versions.py) that the status changes themselves go through (app/domain/periods.py, which keeps
these names for its callers).
"""

from __future__ import annotations

import orjson

from app.errors import AnttError
from app.i18n import Texts
from app.store.db import Store

OPEN = "open"  # no period document yet
LOCKING = frozenset({"submitted", "approved"})
STATUS_LABELS = Texts("period_status")  # the words, in the message catalogue
# How period actions read inside "cannot be …" / "không thể …" (in the message catalogue).
PERIOD_ACTIONS = Texts("period_action")


class PeriodError(AnttError):
    """A refusal about a month whose sentence names a status or an action: shown in the reader's language."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key, **params)
        self.args = (self.message("en"),)

    def message(self, lang: str | None = None) -> str:
        from app.i18n import current_language, t

        lang = lang or current_language()
        shown = dict(self.params)
        if "status" in shown:
            shown["status"] = status_label(shown["status"], lang)
        if "action" in shown:
            shown["action"] = PERIOD_ACTIONS[shown["action"]][lang]
        return t(self.key, lang, **shown)


def status_label(status: str, lang: str | None = None) -> str:
    from app.i18n import current_language

    return STATUS_LABELS.get(status, {}).get(lang or current_language(), status)


def month_label(month: str) -> str:
    """`2026-03` as the users read it: 03/2026."""
    return f"{month[5:]}/{month[:4]}"


def get_period(store: Store, unit_code: str, month: str) -> dict | None:
    row = store.conn.execute("SELECT data FROM periods WHERE unit_code = ? AND month = ?", (unit_code, month)).fetchone()
    return orjson.loads(row[0]) if row else None


def status_of(store: Store, unit_code: str, month: str) -> str:
    row = store.conn.execute("SELECT status FROM periods WHERE unit_code = ? AND month = ?", (unit_code, month)).fetchone()
    return row[0] if row else OPEN


def is_locked(store: Store, unit_code: str, month: str) -> bool:
    return status_of(store, unit_code, month) in LOCKING


# ---------------------------------------------------------------- the lock on records


def _record_months(store: Store, doc_type: str, data: dict | None) -> set[tuple[str, str]]:
    """The (unit, month) a record of this type is dated in; empty for types a month does not lock."""
    if not data:
        return set()
    from app.domain.reporting_periods import cutoff_rule, report_month

    if doc_type in ("activity", "surrender") and data.get("unit_code") and data.get("date"):
        return {(data["unit_code"], report_month(data["date"], cutoff_rule(store)))}
    if doc_type == "monthly_figures" and data.get("unit_code") and data.get("month"):
        return {(data["unit_code"], data["month"])}
    if doc_type == "surrender_person" and data.get("surrender_id"):
        row = store.conn.execute("SELECT unit_code, date FROM surrenders WHERE id = ?",
                                 (data["surrender_id"],)).fetchone()
        return {(row[0], report_month(row[1], cutoff_rule(store)))} if row else set()
    return set()


def check_not_locked(store: Store, doc_type: str, before: dict | None, after: dict | None) -> None:
    """Refuse a local edit that would change a record dated in a submitted or approved month, whether the
    record is dated there before the edit (changing, moving out, deleting) or after it (moving in)."""
    touched = _record_months(store, doc_type, before) | _record_months(store, doc_type, after)
    for unit_code, month in sorted(touched):
        status = status_of(store, unit_code, month)
        if status in LOCKING:
            raise PeriodError("period_locked", unit=unit_code, month=month_label(month), status=status)
