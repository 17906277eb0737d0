"""A unit's name by its code, for the first window of the app: one query, without importing the domain's
rules (app.domain.units pulls in versions, validation and JSON; the login dialog only needs a name)."""

from __future__ import annotations


def unit_name(store, code: str | None) -> str:
    """The name of unit `code` today, or '' when there is no such unit (or no code): a renaming recorded for a
    later date (issue 20, ``unit_changes``) leaves today's name until then."""
    import datetime as dt
    import sqlite3

    if not code:
        return ""
    try:
        row = store.conn.execute(
            "SELECT coalesce((SELECT c.old_value FROM unit_changes c WHERE c.code = u.code AND c.field = 'name'"
            " AND c.date > ? ORDER BY c.date LIMIT 1), u.name) FROM units u WHERE u.code = ?",
            (dt.date.today().isoformat(), code)).fetchone()
    except sqlite3.OperationalError:  # a store from before unit events (schema step 7), not yet migrated
        row = store.conn.execute("SELECT name FROM units WHERE code = ?", (code,)).fetchone()
    return row[0] if row else ""
