"""The demo's data looks like a real unit's: the month under way holds only the days that have passed."""

from __future__ import annotations

import datetime as dt

from app.domain.demo import generate


def test_the_month_under_way_is_not_a_whole_month_on_its_first_day(store):
    generate(store, units=10, months=3, seed=5, today=dt.date(2026, 12, 1))

    def receipts(month: str) -> int:
        return store.conn.execute("SELECT count(*) FROM surrenders WHERE substr(date, 1, 7) = ?", (month,)).fetchone()[0]

    def activities(month: str) -> int:
        return store.conn.execute("SELECT count(*) FROM activities WHERE substr(date, 1, 7) = ?", (month,)).fetchone()[0]

    assert receipts("2026-11") >= 10 and activities("2026-11") >= 30  # a whole month
    assert receipts("2026-12") * 5 < receipts("2026-11")  # one day of thirty-one
    assert activities("2026-12") * 5 < activities("2026-11")
    last = store.conn.execute("SELECT max(date) FROM surrenders").fetchone()[0]
    assert last <= "2026-12-01"
