"""A unit's name by its code, for the first window of the app: one query, without importing the domain's
rules (app.domain.units pulls in versions, validation and JSON; the login dialog only needs a name)."""

from __future__ import annotations


def unit_name(store, code: str | None) -> str:
    """The name of unit `code`, or '' when there is no such unit (or no code)."""
    if not code:
        return ""
    row = store.conn.execute("SELECT name FROM units WHERE code = ?", (code,)).fetchone()
    return row[0] if row else ""
