"""Yearly ratings of places: a 100-point score on configurable criteria, classified excellent / good /
average / weak with thresholds the province sets for the year, and recognition as meeting the
"Safe on security and order" standard (Circular 124/2021/TT-BCA).

The class is computed when read, from the thresholds of the rating's year, so a province that
sends its thresholds after posts have scored still sees every place classified by its rule.
"""

from __future__ import annotations

import json
from functools import lru_cache

import orjson

from app.domain import vocab
from app.domain.ids import named_id, thresholds_doc_id
from app.domain.organisation import records_scope
from app.domain.units import get_unit
from app.domain.validation import choice, non_negative_int, not_after_tomorrow, parse_date, parse_number, required
from app.domain.versions import save_document
from app.errors import ValidationError
from app.paths import resource
from app.store.db import Store

CLASSES = ("excellent", "good", "average", "weak")


@lru_cache(maxsize=1)
def _shipped() -> dict:
    with open(resource("ratings.json"), encoding="utf-8") as fh:
        return json.load(fh)


def criteria() -> list[dict]:
    return _shipped()["criteria"]


def default_thresholds() -> dict[str, float]:
    return dict(_shipped()["default_thresholds"])


def _year(value) -> int:
    year = non_negative_int(value, "year", allow_none=False)
    if not 2000 <= year <= 2999:
        raise ValidationError("bad_number", field="year", value=value)
    return year


def set_thresholds(store: Store, unit_code: str, year, excellent, good, average) -> dict:
    """The province's thresholds for a year (a reference document: it travels down to the posts)."""
    unit = get_unit(store, unit_code)
    values = [float(parse_number(v, "score")) for v in (excellent, good, average)]
    if not 100 >= values[0] > values[1] > values[2] >= 0:
        raise ValidationError("bad_thresholds", value=" > ".join(f"{v:g}" for v in values))
    data = {"unit_code": unit.code, "year": _year(year), "excellent": values[0], "good": values[1],
            "average": values[2]}
    save_document(store, "rating_thresholds", thresholds_doc_id(unit.code, data["year"]), data)
    return data


def thresholds_for(store: Store, unit_code: str, year: int) -> dict[str, float]:
    """The thresholds that apply to a unit's year: its own or its nearest ancestor's, else the shipped default."""
    code = unit_code
    seen = set()
    while code and code not in seen:
        seen.add(code)
        row = store.conn.execute(
            "SELECT excellent, good, average FROM rating_thresholds WHERE unit_code = ? AND year = ?", (code, year)
        ).fetchone()
        if row:
            return {"excellent": row[0], "good": row[1], "average": row[2]}
        parent = store.conn.execute("SELECT parent_code FROM units WHERE code = ?", (code,)).fetchone()
        code = parent[0] if parent else None
    return default_thresholds()


def thresholds_by_unit(store: Store, year: int) -> dict[str, dict[str, float]]:
    """:func:`thresholds_for` of every unit that has its own or an ancestor's thresholds for ``year``, in one
    recursive query over the unit tree (not two queries per unit and level); units absent take the default.
    A year nobody set thresholds for (most years of a five-year summary) walks no tree."""
    if not store.conn.execute("SELECT 1 FROM rating_thresholds WHERE year = ? LIMIT 1", (year,)).fetchone():
        return {}
    rows = store.conn.execute(
        """WITH RECURSIVE up(origin, code, depth) AS (
               SELECT code, code, 0 FROM units
               UNION ALL SELECT up.origin, u.parent_code, up.depth + 1 FROM up JOIN units u ON u.code = up.code
               WHERE u.parent_code IS NOT NULL AND up.depth < 32)
           SELECT origin, excellent, good, average FROM (
               SELECT up.origin, t.excellent, t.good, t.average,
                      row_number() OVER (PARTITION BY up.origin ORDER BY up.depth) AS nearest
               FROM up JOIN rating_thresholds t ON t.unit_code = up.code AND t.year = ?) WHERE nearest = 1""",
        (year,))
    return {code: {"excellent": e, "good": g, "average": a} for code, e, g, a in rows}


def classify(total: float, thresholds: dict[str, float]) -> str:
    if total >= thresholds["excellent"]:
        return "excellent"
    if total >= thresholds["good"]:
        return "good"
    if total >= thresholds["average"]:
        return "average"
    return "weak"


def rating_doc_id(unit_code: str, year: int, place_kind: str, place_name: str) -> str:
    return named_id("place_rating", unit_code, year, place_kind, place_name.strip().casefold())


def rate_place(store: Store, unit_code: str, year, place_kind, place_name, scores: dict, recognised: bool = False,
               decision_no: str | None = None, decision_date=None, note: str = "") -> dict:
    """Score one place for a year (one document per unit, year, kind and place: scoring again changes it)."""
    unit = get_unit(store, unit_code)
    limits = {c["code"]: c["max"] for c in criteria()}
    clean: dict[str, float] = {}
    for code, raw in scores.items():
        if code not in limits:
            raise ValidationError("unknown_criterion", code=code)
        value = parse_number(raw, "score")
        if value < 0:
            raise ValidationError("negative", field="score", value=raw)
        if value > limits[code]:
            raise ValidationError("score_over_max", criterion=code, max=limits[code], value=raw)
        clean[code] = float(value)
    data = {
        "unit_code": unit.code,
        "year": _year(year),
        "place_kind": choice(place_kind, "place_kind", vocab.codes("rating_place_kinds")),
        "place_name": required(place_name, "place_name"),
        "scores": clean,
        "total": round(sum(clean.values()), 2),
        "recognised": bool(recognised),
        "decision_no": None,
        "decision_date": None,
        "note": (note or "").strip(),
    }
    if recognised:
        if not (decision_no or "").strip() or not decision_date:
            raise ValidationError("decision_needed")
        data["decision_no"] = decision_no.strip()
        data["decision_date"] = not_after_tomorrow(parse_date(decision_date, "date"), "date")
    doc_id = rating_doc_id(unit.code, data["year"], data["place_kind"], data["place_name"])
    save_document(store, "place_rating", doc_id, data)
    return {"id": doc_id, **data, "class": classify(data["total"], thresholds_for(store, unit.code, data["year"]))}


# classify() in SQL, over place_ratings p LEFT JOIN the thresholds' rows th (THRESHOLDS_CTE): a unit without its own
# or an ancestor's takes the default (:e, :g, :a). A hypothesis test holds it to classify() (test_core_ratings_sql).
CLASS_SQL = ("CASE WHEN p.total >= coalesce(th.e, :e) THEN 'excellent' WHEN p.total >= coalesce(th.g, :g) THEN 'good'"
             " WHEN p.total >= coalesce(th.a, :a) THEN 'average' ELSE 'weak' END")
THRESHOLDS_CTE = ("th(unit_code, e, g, a) AS (SELECT key, json_extract(value, '$[0]'), json_extract(value, '$[1]'),"
                  " json_extract(value, '$[2]') FROM json_each(:th))")


def thresholds_params(by_unit: dict[str, dict[str, float]], default: dict[str, float]) -> dict:
    """The parameters of CLASS_SQL and THRESHOLDS_CTE: every unit's thresholds as JSON, and the default."""
    return {"th": json.dumps({u: [t["excellent"], t["good"], t["average"]] for u, t in by_unit.items()}),
            "e": default["excellent"], "g": default["good"], "a": default["average"]}


def _where(year: int, codes: list[str] | None) -> tuple[str, dict]:
    if not codes:
        return "p.year = :year", {"year": year}
    return "p.year = :year AND p.unit_code IN (SELECT value FROM json_each(:codes))", {"year": year,
                                                                                       "codes": json.dumps(codes)}


def class_counts(store: Store, year: int, unit: str | None = None,
                 scope: list[str] | None = None) -> list[tuple[str, str, bool, int]]:
    """(class, kind, recognised, places) of a year's rated places under ``unit``, counted by one GROUP BY: a summary
    of thousands of places needs their numbers, not a row each."""
    codes = (scope if scope is not None else records_scope(store, unit)) if unit else None
    where, params = _where(year, codes)
    params.update(thresholds_params(thresholds_by_unit(store, year), default_thresholds()))
    rows = store.conn.execute(
        f"""WITH {THRESHOLDS_CTE}
            SELECT {CLASS_SQL}, p.place_kind, p.recognised, count(*)
            FROM place_ratings p LEFT JOIN th ON th.unit_code = p.unit_code WHERE {where} GROUP BY 1, 2, 3""", params)
    return [(klass, kind, bool(ok), n) for klass, kind, ok, n in rows]


def list_ratings(store: Store, year: int, unit: str | None = None, scope: list[str] | None = None,
                 scores: bool = True, only: str | None = None) -> list[dict]:
    """Every rated place of a year (under `unit` if given), with its class by that year's thresholds.
    `scope`: the units of `unit` already worked out (records_scope), for a caller asking year after year;
    `scores=False`: without the score per criterion (a summary counts classes: no document is parsed);
    `only`: the places of this class only, chosen in SQL (a summary names its weak places)."""
    codes = (scope if scope is not None else records_scope(store, unit)) if unit else None
    by_unit, default = thresholds_by_unit(store, year), default_thresholds()
    where, params = _where(year, codes)
    sql = "SELECT p.doc_id, p.unit_code, p.year, p.place_kind, p.place_name, p.total, p.recognised, p.decision_no, " \
          "p.decision_date, " + ("p.data" if scores else "NULL") + " AS data FROM place_ratings p"
    if only:
        sql = f"WITH {THRESHOLDS_CTE} {sql} LEFT JOIN th ON th.unit_code = p.unit_code"
        where += f" AND {CLASS_SQL} = :only"
        params.update(thresholds_params(by_unit, default), only=only)
    out = []
    for r in store.conn.execute(f"{sql} WHERE {where} ORDER BY p.unit_code, p.place_kind, p.place_name COLLATE vi",
                                params):
        row = dict(r)
        data = row.pop("data")
        row["scores"] = orjson.loads(data).get("scores", {}) if data else {}
        row["class"] = classify(row["total"], by_unit.get(row["unit_code"], default))
        row["recognised"] = bool(row["recognised"])
        out.append(row)
    return out


def province_view(store: Store, years: list[int], unit: str | None = None) -> list[dict]:
    """Per year: places at each class, the weak ones, and the share of residential areas and communes
    recognised "Safe on security and order" (of those rated)."""
    out = []
    for year in years:
        rows = list_ratings(store, year, unit)
        by_class = {c: 0 for c in CLASSES}
        for r in rows:
            by_class[r["class"]] += 1

        def share(kind: str) -> tuple[int, int]:
            of_kind = [r for r in rows if r["place_kind"] == kind]
            return sum(r["recognised"] for r in of_kind), len(of_kind)

        areas, communes = share("residential_area"), share("commune")
        out.append({
            "year": year,
            "rated": len(rows),
            "by_class": by_class,
            "weak": [{"unit_code": r["unit_code"], "place_kind": r["place_kind"], "place_name": r["place_name"],
                      "total": r["total"]} for r in rows if r["class"] == "weak"],
            "residential_areas_recognised": areas[0], "residential_areas_rated": areas[1],
            "communes_recognised": communes[0], "communes_rated": communes[1],
        })
    return out
