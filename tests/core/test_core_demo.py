"""The demo's data looks like a real unit's: the month under way holds only the days that have passed."""

from __future__ import annotations

import datetime as dt

from app.domain.demo import generate


def test_the_month_under_way_is_not_a_whole_month_on_its_first_day(store):
    generate(store, units=40, months=3, seed=5, today=dt.date(2026, 12, 1))

    def receipts(month: str) -> int:
        return store.conn.execute("SELECT count(*) FROM surrenders WHERE substr(date, 1, 7) = ?", (month,)).fetchone()[0]

    def activities(month: str) -> int:
        return store.conn.execute("SELECT count(*) FROM activities WHERE substr(date, 1, 7) = ?", (month,)).fetchone()[0]

    assert receipts("2026-11") >= 40 and activities("2026-11") >= 100  # a whole month
    assert receipts("2026-12") * 5 < receipts("2026-11")  # one day of thirty-one
    assert activities("2026-12") * 5 < activities("2026-11")
    last = store.conn.execute("SELECT max(date) FROM surrenders").fetchone()[0]
    assert last <= "2026-12-01"


def test_the_same_seed_gives_the_same_demo_in_any_process(tmp_path):
    """Seeded demo data is the same from one run to the next (Python salts string hashes per process)."""
    import subprocess
    import sys

    code = ("import datetime as dt, sys; from app.domain import demo, setup; from app.store.db import open_store;"
            "s = open_store(sys.argv[1]); setup.initialise(s, 'CAT-LS', 'Tỉnh', 'provincial_police');"
            "demo.generate(s, units=5, months=2, seed=9, today=dt.date(2026, 11, 20));"
            "print(s.conn.execute('SELECT group_concat(item_code || quantity) FROM"
            " (SELECT item_code, quantity FROM surrender_items ORDER BY date, unit_code, item_code, quantity)').fetchone()[0])")
    runs = [subprocess.run([sys.executable, "-c", code, str(tmp_path / f"{seed}.sqlite")], capture_output=True, text=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}, check=True).stdout
            for seed in (1, 2)]
    assert runs[0] and runs[0] == runs[1]


def test_receipts_are_numbered_in_the_order_of_their_dates(store):
    generate(store, units=6, months=6, seed=2, today=dt.date(2026, 11, 20))
    out_of_order = store.conn.execute(
        "SELECT count(*) FROM surrenders a JOIN surrenders b ON a.unit_code = b.unit_code AND a.year = b.year"
        " AND a.number < b.number AND a.date > b.date").fetchone()[0]
    assert store.conn.execute("SELECT count(*) FROM surrenders").fetchone()[0] > 50 and out_of_order == 0
