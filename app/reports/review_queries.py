"""Read ratings of places and plans from the store into the plain data of their reports.

The domain does the rules (class by the thresholds of the year, overdue by the as-of date:
:mod:`app.domain.place_ratings`, :mod:`app.domain.plans`); this module only names units and
labels, so the printed figures are the ones `antt rating list` and `antt plan show` give.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from app.domain import place_ratings, plans, vocab
from app.domain import organisation
from app.domain.units import get_unit
from app.collation import sort_key
from app.reports.layout import Issuer
from app.reports.plan_progress import Assignment, PlanProgressReport, Review
from app.reports.ratings_register import Criterion, RatedPlace, RatingsRegister, RatingYear, Thresholds
from app.store.db import Store


def unit_names(store: Store, codes: Iterable[str] | None = None) -> dict[str, str]:
    """Names as printed today: a unit merged away appears under its successor, its own name kept (issue 20)."""
    return {c: n for c, n in organisation.display_names(store).items() if codes is None or c in codes}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def rated_places(store: Store, year: int, unit: str | None, names: dict[str, str],
                 scope: list[str] | None = None) -> list[RatedPlace]:
    """A year's rated places under ``unit``, in unit name, kind and place order."""
    return _places(place_ratings.list_ratings(store, year, unit, scope), names)


def _places(rows: list[dict], names: dict[str, str]) -> list[RatedPlace]:
    """Rows of place_ratings.list_ratings as RatedPlaces in unit name, kind and place order."""
    kind_order = {k: i for i, k in enumerate(vocab.codes("rating_place_kinds"))}
    unit_key = {c: sort_key(names.get(c, c)) for c in {r["unit_code"] for r in rows}}  # once per unit, not per place
    rows = sorted(rows, key=lambda r: (unit_key[r["unit_code"]], kind_order.get(r["place_kind"], 99),
                                       sort_key(r["place_name"])))
    return [RatedPlace(names.get(r["unit_code"], r["unit_code"]), r["place_kind"], r["place_name"], r["scores"],
                       r["total"], r["class"], r["recognised"], r["decision_no"] or "", _date(r["decision_date"]))
            for r in rows]


def rating_years(store: Store, years: Iterable[int], unit: str | None = None) -> list[RatingYear]:
    """The province's view of each year that has ratings (years without any are left out): places counted by
    class and kind as they are read, only the weak ones made into RatedPlaces (the summary names them)."""
    years = [y for y in years if store.conn.execute("SELECT 1 FROM place_ratings WHERE year = ? LIMIT 1",
                                                     (y,)).fetchone()]  # no scope worked out for unrated years
    scope = organisation.records_scope(store, unit) if unit and years else None  # once, not once a year
    names: dict[str, str] | None = None  # read only when a year has weak places to name
    out = []
    for year in years:
        counts = place_ratings.class_counts(store, year, unit, scope)
        if counts:
            weak = place_ratings.list_ratings(store, year, unit, scope, scores=False, only="weak") \
                if any(klass == "weak" for klass, *_ in counts) else []
            if weak and names is None:
                names = unit_names(store)
            out.append(RatingYear.tallied(year, counts, _places(weak, names or {})))
    return out


def ratings_register_data(store: Store, year: int, unit: str | None, issuer: Issuer, lang: str = "vi", *,
                          number: str = "", issued_on: dt.date | None = None) -> RatingsRegister:
    names = unit_names(store)
    places = rated_places(store, year, unit, names)
    before = rating_years(store, [year - 1], unit)  # the year before is counted: its places are not listed
    scope = set(organisation.records_scope(store, unit)) if unit else None
    codes = sorted(c for (c,) in store.conn.execute("SELECT DISTINCT unit_code FROM place_ratings WHERE year = ?",
                                                    (year,)) if scope is None or c in scope)
    sets: list[Thresholds] = []
    by_unit, default = place_ratings.thresholds_by_unit(store, year), place_ratings.default_thresholds()
    for code in codes or [unit or store.home_unit]:
        t = by_unit.get(code, default) if code else default
        if (th := Thresholds(t["excellent"], t["good"], t["average"])) not in sets:
            sets.append(th)
    crit = [Criterion(c["code"], c["vi"] if lang == "vi" else c["en"], c["max"]) for c in place_ratings.criteria()]
    return RatingsRegister(issuer, number, issued_on, year, crit, places, sets, before[0] if before else None)


def plan_progress_data(store: Store, plan_id: str, unit: str | None, issuer: Issuer, lang: str = "vi", *,
                       number: str = "", issued_on: dt.date | None = None) -> PlanProgressReport:
    """The plan's progress as of ``issued_on`` (default today): overdue is judged on that date."""
    as_of = issued_on or dt.date.today()
    data = plans.plan_progress(store, plan_id, as_of, unit)
    scope = set(organisation.records_scope(store, unit)) if unit else set()
    names = unit_names(store)
    plan = data["plan"]
    assignments = [Assignment(a["task_id"], a["title"], dt.date.fromisoformat(a["deadline"]),
                              names.get(a["unit_code"], a["unit_code"]), a["status"],
                              _date(a["reported"]), a["note"] or "", a["evidence"], a["overdue"])
                   for a in data["assignments"]]
    reviews = [Review(r["kind"], dt.date.fromisoformat(r["date"]),
                      names.get(r["unit_code"], r["unit_code"]) if r["unit_code"] else "", r["findings"])
               for r in data["reviews"]
               # A unit's report keeps the reviews of the whole plan and of its own units only.
               if not unit or not r["unit_code"] or r["unit_code"] in scope]
    return PlanProgressReport(
        issuer=issuer, number=number, issued_on=issued_on, as_of=as_of, plan_number=plan["number"],
        plan_date=dt.date.fromisoformat(plan["date"]), plan_title=plan["title"], plan_implements=plan["implements"],
        plan_unit=get_unit(store, plan["unit_code"]).name, assignments=assignments, reviews=reviews,
        scope=names.get(unit, unit) if unit and unit != plan["unit_code"] else "")
