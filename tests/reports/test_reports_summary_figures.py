"""Issue 17 item 1: the indicators a summary counts from the records read the maintained activity totals per unit
and half-month (edge days from the activities), and what the units entered is summed in SQLite; for periods whose
ends fall inside a half-month, on its edges or across years, both equal a recount of the rows themselves here:
the activities counted by an independent query, the entered months folded by hand (flows added, stocks from the
unit's last month)."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from decimal import Decimal

import orjson
import pytest

from app.domain import setup
from app.domain.activities import add_activity
from app.domain.community_models import add_model
from app.domain.figure_entry import set_figures
from app.domain.figures import computed_by_unit
from app.domain.units import add_unit
from app.reports import queries
from app.store.db import open_store

KINDS = {"propaganda": ("movement.propaganda_sessions", "movement.propaganda_attendance"),
         "tip_off": ("movement.tipoffs", None), "joint_patrol": ("border.joint_patrols", None)}
FLOWS = ("crime.cases_occurred", "gambling.cases")
STOCKS = ("border.households", "border.km_line")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("fig") / "antt.sqlite")
    setup.initialise(s, "P", "Công an tỉnh Lạng Sơn", "provincial_police")
    for code in ("A", "B", "C"):
        add_unit(s, code, f"Công an xã {code}", "commune_police", "P")
    add_unit(s, "Q", "Công an tỉnh Cao Bằng", "provincial_police", None)
    add_unit(s, "D", "Công an xã D", "commune_police", "Q")  # outside P: never counted in P's summary
    rng = random.Random(11)
    models = {code: add_model(s, unit_code=code, name=f"Tổ tự quản {code}", type="security_camera",
                              established="2023-01-01").id for code in ("A", "B", "C", "D")}
    start = dt.date(2023, 11, 20)
    for _ in range(300):
        code = rng.choice("ABCD")
        day = start + dt.timedelta(days=rng.randrange(500))
        kind = rng.choice([*KINDS, "meeting"])
        add_activity(s, models[code], day.isoformat(), kind, participants=rng.choice([None, rng.randint(1, 40)]))
    # either side of a half-month's edge (14th / 15th)
    add_activity(s, models["A"], "2024-05-14", "propaganda", participants=5)
    add_activity(s, models["B"], "2024-05-15", "tip_off")
    for code in "ABCD":
        for n in range(16):  # 2023-11 .. 2025-02
            month = f"{2023 + (10 + n) // 12}-{(10 + n) % 12 + 1:02d}"
            if rng.random() < 0.7:
                set_figures(s, code, month,
                            {FLOWS[0]: rng.randint(0, 9), FLOWS[1]: rng.randint(0, 5),
                             STOCKS[0]: rng.randint(10, 90), STOCKS[1]: rng.choice(["2.5", "3.125", "7"])},
                            check=False)
    yield s
    s.close()


def _activities_recounted(store, first: str, last: str) -> dict:
    """Per unit and indicator, straight from the activities."""
    out: dict = defaultdict(dict)
    for unit, kind, n, people in store.conn.execute(
            "SELECT unit_code, kind, count(*), sum(coalesce(participants, 0)) FROM activities"
            " WHERE date BETWEEN ? AND ? AND unit_code IN ('A', 'B', 'C') GROUP BY 1, 2", (first, last)):
        if kind in KINDS:
            count_code, people_code = KINDS[kind]
            out[unit][count_code] = n
            if people_code:
                out[unit][people_code] = people
    return out


RANGES = [("2023-11-20", "2025-04-03"), ("2024-01-01", "2024-12-31"), ("2023-12-15", "2024-12-14"),
          ("2024-03-07", "2024-03-26"), ("2024-02-15", "2024-02-29"), ("2024-05-14", "2024-05-15"),
          ("2024-06-03", "2024-06-10"), ("2024-12-20", "2025-01-15")]


@pytest.mark.parametrize("first,last", RANGES)
def test_activity_figures_from_the_totals_equal_the_activities(store, first, last):
    got = computed_by_unit(store, "P", first, last)
    want = _activities_recounted(store, first, last)
    codes = {c for values in KINDS.values() for c in values if c}
    mine = {unit: {k: v for k, v in values.items() if k in codes} for unit, values in got.items()}
    assert {u: v for u, v in mine.items() if v} == {u: dict(v) for u, v in want.items() if v}
    assert want  # the ranges hold activities: the comparison is not of two empty sets


@pytest.mark.parametrize("months", [["2024-01"], ["2023-11", "2023-12", "2024-01", "2024-02"],
                                    [f"2024-{m:02d}" for m in range(1, 13)], ["2024-05", "2024-07", "2024-06"]])
def test_entered_figures_add_flows_and_keep_the_last_stock(store, months):
    by_hand: dict = defaultdict(dict)
    for unit, month, ind, value in sorted(tuple(r) for r in store.conn.execute(
            "SELECT unit_code, month, indicator, value FROM monthly_figures")):
        if month not in months or unit == "D":
            continue
        v = Decimal(str(value))
        if ind in STOCKS:
            by_hand[unit][ind] = v  # sorted by month: the last one stays
        else:
            by_hand[unit][ind] = by_hand[unit].get(ind, Decimal(0)) + v
    got = queries._entered_by_unit(store, "P", months)
    assert {u: dict(v) for u, v in got.items()} == dict(by_hand)
    assert by_hand


def _folded_by_hand(store, first: str, last: str, months: list[str]) -> tuple[dict, dict]:
    """(reported, recorded) over units A, B, C for the dates and report months: each unit's entered figure (flows
    added, a stock from its last month) in place of its records' (the activities counted by SQL here, the one
    model each unit has, established 2023-01-01 and never ended, by hand)."""
    reported: dict = defaultdict(Decimal)
    recorded: dict = defaultdict(Decimal)
    acts = _activities_recounted(store, first, last)
    for unit in "ABC":
        rec = {"movement.models_active": 1, "movement.models_new": int(first <= "2023-01-01" <= last),
               "movement.models_replicated": 0, "movement.models_ended": 0, **acts.get(unit, {})}
        ent: dict = {}
        for month, ind, value in store.conn.execute(
                "SELECT month, indicator, value FROM monthly_figures WHERE unit_code = ? ORDER BY month", (unit,)):
            if month in months:
                v = Decimal(str(value))
                ent[ind] = v if ind in STOCKS else ent.get(ind, Decimal(0)) + v
        for k, v in rec.items():
            recorded[k] += Decimal(v)
        for k, v in {**rec, **ent}.items():
            reported[k] += Decimal(v)
    return dict(reported), dict(recorded)


@pytest.mark.parametrize("first,last", [("2023-11-20", "2025-04-03"), ("2024-01-01", "2024-12-31"),
                                        ("2024-02-10", "2025-01-20"), ("2023-12-01", "2024-03-31")])
def test_summary_indicators_per_year_and_period_equal_a_fold_by_hand(store, first, last, monkeypatch):
    """Issue 17: the years are folded in SQLite, each read once, the period put together from them; every figure
    equals the fold done here unit by unit from the rows, for ranges starting and ending inside years."""
    from app.domain.reporting_periods import month_end
    from app.reports import indicator_totals

    calls = []
    real = indicator_totals.figures_by_year
    monkeypatch.setattr(indicator_totals, "figures_by_year", lambda *a, **k: calls.append(1) or real(*a, **k))
    report = queries.summary_data(store, "P", first, last)
    assert calls == [1]  # the years tile the range: the fold in SQLite, not a range at a time
    months = report.period.months
    want_reported, want_recorded = _folded_by_hand(store, first, last, months)
    assert report.indicators_period == want_reported
    assert report.recorded_period == want_recorded
    assert set(FLOWS) <= set(want_reported) and set(STOCKS) <= set(want_reported)
    for year in range(int(first[:4]), int(last[:4]) + 1):
        y_first, y_last = max(first, f"{year}-01-01"), min(last, f"{year}-12-31")
        y_months = [m for m in months
                    if y_first <= month_end(int(m[:4]), int(m[5:]), report.period.rule).isoformat() <= y_last]
        assert report.indicators_by_year[year] == _folded_by_hand(store, y_first, y_last, y_months)[0], year


def test_a_summary_reads_on_a_connection_that_refuses_writes(store):
    """The app runs reports in read-only tasks (ui/tasks.py: PRAGMA query_only): the summary writes nothing, not
    even a temporary table."""
    store.conn.execute("PRAGMA query_only=1")
    try:
        report = queries.summary_data(store, "P", "2024-02-10", "2025-01-20")
    finally:
        store.conn.execute("PRAGMA query_only=0")
    assert report.indicators_period


def test_a_unit_that_entered_an_activity_count_in_one_year_only(tmp_path):
    """The period's activities are put together from its years' queries: a unit that entered the count in one
    year stands with its entered figure for the whole period (its records of the other year too are replaced),
    while the other year's own column counts its records. Figures by hand: A enters 7 tip-offs in 2024-06 and
    records 2 tip-offs in 2024 and 1 in 2025; B enters nothing and records 1 in 2024 and 2 in 2025."""
    s = open_store(tmp_path / "antt.sqlite")
    setup.initialise(s, "P", "Công an tỉnh Lạng Sơn", "provincial_police")
    for code in "AB":
        add_unit(s, code, f"Công an xã {code}", "commune_police", "P")
    models = {code: add_model(s, unit_code=code, name=f"Tổ tự quản {code}", type="security_camera",
                              established="2023-01-01").id for code in "AB"}
    for code, day in [("A", "2024-03-10"), ("A", "2024-08-10"), ("A", "2025-04-10"),
                      ("B", "2024-05-05"), ("B", "2025-02-02"), ("B", "2025-09-09")]:
        add_activity(s, models[code], day, "tip_off")
    set_figures(s, "A", "2024-06", {"movement.tipoffs": 7}, check=False)
    report = queries.summary_data(s, "P", "2024-01-01", "2025-12-31")
    tipoffs = "movement.tipoffs"
    assert report.indicators_by_year[2024][tipoffs] == 7 + 1  # A's entered figure, B's record
    assert report.indicators_by_year[2025][tipoffs] == 1 + 2  # A entered nothing in 2025: its record counts
    assert report.indicators_period[tipoffs] == 7 + 3  # A entered in the period: 7 for all of it; B's 3 records
    assert report.recorded_period[tipoffs] == 6
    s.close()


def test_a_unit_that_entered_a_models_figure_stands_with_it_in_place_of_its_models(tmp_path):
    """The models' indicators: a unit that entered one counts with its entered figure, the others with their
    models; an indicator nobody entered is its models' count (no units listed for it). Figures by hand: A has a
    model since 2023 and one new on 01/03/2024, B one new on 01/05/2024; A enters 5 models active (12/2024) and
    4 new (06/2024); nobody enters the models ended."""
    s = open_store(tmp_path / "antt.sqlite")
    setup.initialise(s, "P", "Công an tỉnh Lạng Sơn", "provincial_police")
    for code in "AB":
        add_unit(s, code, f"Công an xã {code}", "commune_police", "P")
    for code, day in [("A", "2023-01-01"), ("A", "2024-03-01"), ("B", "2024-05-01")]:
        add_model(s, unit_code=code, name=f"Tổ tự quản {code} {day}", type="security_camera", established=day)
    set_figures(s, "A", "2024-06", {"movement.models_new": 4}, check=False)
    set_figures(s, "A", "2024-12", {"movement.models_active": 5}, check=False)
    report = queries.summary_data(s, "P", "2024-01-01", "2024-12-31")
    for figures in (report.indicators_by_year[2024], report.indicators_period):
        assert figures["movement.models_active"] == 5 + 1  # A's entered figure, B's one model
        assert figures["movement.models_new"] == 4 + 1
        assert figures["movement.models_ended"] == 0
    assert report.recorded_period["movement.models_active"] == 3
    assert report.recorded_period["movement.models_new"] == 2
    s.close()


def test_an_activity_kind_without_activities_in_the_range_gives_no_figure(tmp_path):
    """A kind of activity counts only where the range has some (its row stays blank, not 0): A recorded 2
    tip-offs and 1 propaganda session of 12 people in 2024, nothing in 2025; nobody a joint patrol."""
    s = open_store(tmp_path / "antt.sqlite")
    setup.initialise(s, "P", "Công an tỉnh Lạng Sơn", "provincial_police")
    add_unit(s, "A", "Công an xã A", "commune_police", "P")
    model = add_model(s, unit_code="A", name="Tổ tự quản A", type="security_camera", established="2023-01-01").id
    add_activity(s, model, "2024-03-10", "tip_off")
    add_activity(s, model, "2024-08-10", "tip_off")
    add_activity(s, model, "2024-09-01", "propaganda", participants=12)
    report = queries.summary_data(s, "P", "2024-01-01", "2025-12-31")
    assert {k: report.recorded_period.get(k) for k in ("movement.tipoffs", "movement.propaganda_sessions",
            "movement.propaganda_attendance", "border.joint_patrols")} == {
        "movement.tipoffs": 2, "movement.propaganda_sessions": 1, "movement.propaganda_attendance": 12,
        "border.joint_patrols": None}
    assert report.indicators_by_year[2024]["movement.tipoffs"] == 2
    assert "movement.tipoffs" not in report.indicators_by_year.get(2025, {})
    s.close()


def test_the_models_read_once_for_every_part_equal_each_part_read_alone(tmp_path):
    """The models' indicators of a summary's years and period come from one read of the models (each part's sums
    side by side), one per set of parts that count them for the same units: here X is split by place on
    01/07/2024, so 2025 counts X's models for its parts and 2023, 2024 and the period for X. Each part's figures
    equal the monthly form's plain per-unit query (figures.model_figures) for that part alone, added up here over
    the units (and over the units that entered the indicator, for what the fold takes off)."""
    from app.domain import unit_events
    from app.domain.figures import MODEL_INDICATORS, model_figures
    from app.reports import indicator_totals

    s = open_store(tmp_path / "antt.sqlite")
    setup.initialise(s, "P", "Công an tỉnh Lạng Sơn", "provincial_police")
    add_unit(s, "X", "Công an xã Tân Thanh", "commune_police", "P")
    add_unit(s, "D", "Công an xã Đồng Đăng", "commune_police", "P")
    for i, (unit, place, day, kind) in enumerate([
            ("X", "Thôn Nà Lầu", "2023-05-01", "security_camera"), ("X", "Thôn Khòn Phổ", "2024-09-01", "security_camera"),
            ("X", "Bản Pò Mã", "2025-02-01", "border_line_group"), ("D", "", "2023-03-01", "border_line_group"),
            ("D", "", "2025-06-01", "security_camera")]):
        add_model(s, unit_code=unit, name=f"Tổ {i}", type=kind, place=place, established=day)
    unit_events.split(s, "X", [unit_events.SplitPart("A", "Công an xã Tân Thanh", ("Khòn Phổ",)),
                               unit_events.SplitPart("B", "Công an xã Nà Lầu", ("Nà Lầu", "Pò Mã"))],
                      "2024-07-01", unit_events.Decision("1681/NQ-UBTVQH15"), attribution="place", main="A")
    parts = [("2023-01-01", "2023-12-31", {"movement.models_new": ["X"]}), ("2024-01-01", "2024-12-31", {}),
             ("2025-01-01", "2025-12-31", {"movement.models_active": ["B"], "movement.models_new": ["B", "D"]}),
             ("2023-01-01", "2025-12-31", {"movement.models_new": ["X", "B", "D"], "movement.models_active": ["B"]})]
    moves = {indicator_totals.model_params(s, "P", f, la)["moves"] for f, la, _ in parts}
    assert len(moves) == 2  # two reads: the split's moves count from 2025's first day
    below = orjson.dumps(["P", "X", "D", "A", "B"]).decode()
    got = indicator_totals._models(s, "P", below, parts)
    for (first, last, entered), (totals, overlap) in zip(parts, got):
        per_unit = model_figures(s, "P", first, last)
        codes = [c for c in MODEL_INDICATORS if any(c in f for f in per_unit.values())]
        assert {c: totals[c] for c in codes} == {c: sum(f.get(c, 0) for f in per_unit.values()) for c in codes}
        assert {c: overlap[c] for c in codes} == {
            c: sum(per_unit.get(u, {}).get(c, 0) for u in entered.get(c, [])) for c in codes}, (first, last)
        assert set(totals) == set(MODEL_INDICATORS)  # border ones too: D and B have a border model
    s.close()
