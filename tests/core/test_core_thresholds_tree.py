"""Issue 17 item 2: the thresholds of every unit's year come from one query over the unit tree
(place_ratings.thresholds_by_unit); for any tree and any units holding thresholds, they equal the walk up the
tree one unit at a time (thresholds_for), and the ratings list classes places by them."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import place_ratings as pr
from app.domain import setup
from app.domain.units import add_unit
from app.store.db import open_store


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, 10 ** 6), min_size=1, max_size=12), st.lists(st.integers(0, 10 ** 6), max_size=6),
       st.sampled_from([2024, 2025]))
def test_thresholds_of_every_unit_in_one_query_equal_the_walk_up_the_tree(parents, holders, year):
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "antt.sqlite")
        try:
            setup.initialise(store, "N", "Bộ Công an", "national")
            codes, provinces = ["N"], []
            for i, pick in enumerate(parents):  # a province under the nation, or a commune under a province
                code = f"U{i:02d}"
                if pick % 3 == 0 or not provinces:
                    add_unit(store, code, f"Công an tỉnh {i}", "provincial_police", "N")
                    provinces.append(code)
                else:
                    add_unit(store, code, f"Công an xã {i}", "commune_police", provinces[pick % len(provinces)])
                codes.append(code)
            for n, pick in enumerate(holders):
                pr.set_thresholds(store, codes[pick % len(codes)], 2025, 90 - n, 70 - n, 50 - n)
            got = pr.thresholds_by_unit(store, year)
            default = pr.default_thresholds()
            for code in codes:
                assert got.get(code, default) == pr.thresholds_for(store, code, year), code
            assert bool(got) == (year == 2025 and bool(holders))
        finally:
            store.close()
