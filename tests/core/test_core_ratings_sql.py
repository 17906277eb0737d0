"""The class of a rated place worked out in SQL (a summary counts thousands of places by one GROUP BY, issue 17)
agrees with the Python rule, place_ratings.classify, for every total and every set of thresholds."""

import sqlite3
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import place_ratings as pr, setup, units
from app.reports.review_queries import rating_years
from app.store.db import open_store

scores = st.one_of(st.integers(0, 100), st.floats(0, 100, allow_nan=False),
                   st.integers(0, 10_000).map(lambda v: round(v / 100, 2)))


@st.composite
def thresholds(draw):
    e, g, a = sorted(draw(st.lists(scores, min_size=3, max_size=3, unique=True)), reverse=True)
    return {"excellent": e, "good": g, "average": a}


@settings(max_examples=200, deadline=None)
@given(places=st.lists(st.tuples(st.sampled_from(["U1", "U2", "U3"]), scores), max_size=30),
       own=st.dictionaries(st.sampled_from(["U1", "U2"]), thresholds()), default=thresholds())
def test_the_sql_class_is_the_python_class(places, own, default):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE place_ratings (unit_code TEXT, total REAL, year INTEGER)")
    db.executemany("INSERT INTO place_ratings VALUES (?, ?, 2025)", places)
    got = db.execute(f"WITH {pr.THRESHOLDS_CTE} SELECT p.unit_code, p.total, {pr.CLASS_SQL} FROM place_ratings p"
                     " LEFT JOIN th ON th.unit_code = p.unit_code ORDER BY p.rowid",
                     pr.thresholds_params(own, default)).fetchall()
    assert [klass for _, _, klass in got] == [pr.classify(float(t), own.get(u, default)) for u, t in places]


FULL = {"leadership": 20, "propaganda": 15, "models": 20, "crime_prevention": 20, "order": 15, "coordination": 10}


def test_class_counts_and_the_weak_places_follow_each_units_thresholds(tmp_path):
    s = open_store(tmp_path / "p.sqlite")
    setup.initialise(s, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", place="Lạng Sơn")
    units.add_unit(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    units.add_unit(s, "CAX-TT", "Công an xã Tân Thanh", "commune_police", "CAT-LS")
    pr.set_thresholds(s, "CAT-LS", 2025, 85, 70, 50)  # Tân Thanh takes these
    pr.set_thresholds(s, "CAX-DD", 2025, 95, 80, 60)  # Đồng Đăng its own
    # totals: 88 (leadership 8), 72 (leadership 0, coordination 2), 55, 45
    for unit in ("CAX-DD", "CAX-TT"):
        pr.rate_place(s, unit, 2025, "residential_area", "Thôn A", {**FULL, "leadership": 8}, True, "1/QĐ", "2025-12-01")
        pr.rate_place(s, unit, 2025, "residential_area", "Thôn B", {**FULL, "leadership": 0, "coordination": 2})
        pr.rate_place(s, unit, 2025, "commune", "Xã", {"leadership": 20, "order": 15, "models": 20})
        pr.rate_place(s, unit, 2025, "school", "Trường", {"leadership": 20, "order": 15, "models": 10})
    # by hand: Đồng Đăng 88 good, 72 average, 55 weak, 45 weak; Tân Thanh 88 excellent, 72 good, 55 average, 45 weak
    expected = Counter({("good", "residential_area", True): 1, ("average", "residential_area", False): 1,
                        ("weak", "commune", False): 1, ("weak", "school", False): 2,
                        ("excellent", "residential_area", True): 1, ("good", "residential_area", False): 1,
                        ("average", "commune", False): 1})
    got = Counter({(k, kind, ok): n for k, kind, ok, n in pr.class_counts(s, 2025)})
    assert got == expected
    assert Counter({(k, kind, ok): n for k, kind, ok, n in pr.class_counts(s, 2025, "CAX-TT")}) == Counter(
        {("excellent", "residential_area", True): 1, ("good", "residential_area", False): 1,
         ("average", "commune", False): 1, ("weak", "school", False): 1})
    weak = pr.list_ratings(s, 2025, only="weak")
    assert sorted((r["unit_code"], r["place_name"], r["class"]) for r in weak) == [
        ("CAX-DD", "Trường", "weak"), ("CAX-DD", "Xã", "weak"), ("CAX-TT", "Trường", "weak")]
    (year,) = rating_years(s, [2024, 2025])
    assert year.year == 2025 and dict(year.by_class) == {"excellent": 1, "good": 2, "average": 2, "weak": 3}
    assert year.rated == {"residential_area": 4, "commune": 2, "school": 2}
    assert year.recognised == {"residential_area": 2, "commune": 0, "school": 0}
    assert [(p.unit_name, p.place, p.total) for p in year.weak] == [  # unit names, then kinds in the forms' order
        ("Công an xã Đồng Đăng", "Xã", 55), ("Công an xã Đồng Đăng", "Trường", 45), ("Công an xã Tân Thanh", "Trường", 45)]
    assert pr.class_counts(s, 2024) == []
