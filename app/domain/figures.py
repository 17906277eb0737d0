"""Monthly figures of a unit: the indicator list (shipped as data) and the values entered per month,
beside what the records themselves add up to.
"""

from __future__ import annotations

import calendar
import json
from functools import lru_cache

import orjson

from app.domain.ids import figures_doc_id
from app.domain.totals import activity_sums_sql
from app.domain.units import get_unit
from app.domain.validation import as_number, parse_month, parse_number
from app.errors import ValidationError
from app.formatting import format_number
from app.i18n import PerLanguage
from app.paths import resource
from app.store.db import Store


@lru_cache(maxsize=1)
def _shipped() -> dict:
    with open(resource("indicators.json"), encoding="utf-8") as fh:
        return json.load(fh)


def indicators() -> list[dict]:
    return _shipped()["indicators"]


def indicator_groups() -> list[dict]:
    return _shipped()["groups"]


def indicator(code: str) -> dict:
    for ind in indicators():
        if ind["code"] == code:
            return ind
    raise ValidationError("unknown_indicator", code=code)


def parse_figure_spec(spec: str) -> tuple[str, str]:
    code, sep, value = spec.partition("=")
    if not sep or not code.strip() or not value.strip():
        raise ValidationError("bad_figure_spec", value=spec)
    return code.strip(), value.strip()


def check_value(code: str, raw) -> int | float:
    """One indicator's value checked; a refusal names the indicator and shows the value the way the officer
    wrote it in the current language (2,5), not the parser's 2.5 (issue 15 §3)."""
    ind = indicator(code)
    try:
        number = parse_number(raw, "value")
    except ValidationError as exc:
        if exc.key == "number_out_of_range":  # a number, but beyond any count (1e400): say so, naming the indicator
            raise ValidationError("number_out_of_range", field=IndicatorName(code), value=raw) from None
        raise ValidationError("figure_not_number", indicator=IndicatorName(code), value=raw) from None
    shown = FormattedNumber(number)
    if number < 0:
        raise ValidationError("figure_negative", indicator=IndicatorName(code), value=shown)
    if ind["kind"] == "int" and number != number.to_integral_value():
        raise ValidationError("figure_not_whole", indicator=IndicatorName(code), value=shown,
                              unit=IndicatorUnit(code))
    return as_number(number)


class IndicatorName(PerLanguage):
    def text(self, lang: str) -> str:
        return indicator(self.value)["name_vi" if lang == "vi" else "name_en"]


class IndicatorUnit(PerLanguage):
    def text(self, lang: str) -> str:
        return indicator(self.value)["unit_vi" if lang == "vi" else "unit_en"]


class FormattedNumber(PerLanguage):
    def text(self, lang: str) -> str:
        return format_number(self.value, lang)


def get_figures(store: Store, unit_code: str, month: str) -> dict[str, int | float]:
    row = store.conn.execute(
        "SELECT version_json(data) FROM versions WHERE vid = (SELECT winner_vid FROM documents WHERE doc_id = ? AND deleted = 0)",
        (figures_doc_id(unit_code, month),),
    ).fetchone()
    return dict(orjson.loads(row[0]).get("values", {})) if row else {}


def month_bounds(month: str) -> tuple[str, str]:
    year, mon = int(month[:4]), int(month[5:])
    return f"{month}-01", f"{month}-{calendar.monthrange(year, mon)[1]:02d}"


# The unit and every unit below it, as a recursive CTE over the unit tree (one query, whatever the depth), and
# (issue 20) every unit merged or split into one of those: their records count under it (app/domain/organisation.py).
SUBTREE_CTE = """WITH RECURSIVE below(code) AS (
    SELECT ? UNION SELECT u.code FROM units u JOIN below b ON u.parent_code = b.code
    UNION SELECT l.old_code FROM unit_lineage l JOIN below b ON l.new_code = b.code AND l.main = 1)"""


def computed_by_unit(store: Store, root: str, first: str, last: str) -> dict[str, dict[str, int | float]]:
    """What the records of ``root`` and every unit below it say for the dates ``first``..``last``, per unit.

    Two grouped queries over the subtree (models, activities), never one per unit. Stocks (models active,
    border households, km, markers) are taken at ``last``: a model ended inside the period no longer counts.
    """
    out = model_figures(store, root, first, last)
    for unit, values in activity_figures(store, root, first, last).items():
        out.setdefault(unit, {}).update(values)
    return out


def model_figures_sql() -> str:
    """One grouped query over the subtree ``below`` (SUBTREE_CTE with :root in front of it; parameters :root,
    :first, :last, :moves): per unit its models active
    at :last, new, replicated and ended in :first..:last, and its border models' households, km and markers, and
    how many border models it has (border work only where there is one)."""
    from app.domain import organisation

    unit = organisation.MODEL_UNIT_SQL
    return f"""SELECT {unit}, {', '.join(model_columns(':first', ':last'))}
            FROM models m WHERE {unit} IN (SELECT code FROM below) GROUP BY 1"""


def model_columns(first: str, last: str) -> list[str]:
    """The eight per-unit sums of :func:`model_figures_sql` for the dates named ``first``..``last`` (SQL
    parameters, e.g. ':first'), so that one read of the models can give several ranges' columns side by side."""
    alive = f"established <= {last} AND (status = 'active' OR ended_on > {last})"
    border = f"type = 'border_line_group' AND {alive}"
    return [f"coalesce(sum({alive}), 0)",
            f"coalesce(sum(established BETWEEN {first} AND {last}), 0)",
            f"coalesce(sum(established BETWEEN {first} AND {last} AND replicated_from IS NOT NULL), 0)",
            f"coalesce(sum(status = 'ended' AND ended_on BETWEEN {first} AND {last}), 0)",
            f"coalesce(sum(CASE WHEN {border} THEN coalesce(households, 0) END), 0)",
            f"coalesce(sum(CASE WHEN {border} THEN coalesce(border_km, 0) END), 0)",
            f"coalesce(sum(CASE WHEN {border} THEN coalesce(markers, 0) END), 0)",
            "coalesce(sum(type = 'border_line_group'), 0)"]


def model_params(store: Store, root: str, first: str, last: str) -> dict:
    """The parameters of :func:`model_figures_sql`. Issue 20: a model of a unit split by place counts for the part
    that took its village, in periods that start on or after the split (before it, and across it, the split
    unit's own figures stand for its models)."""
    from app.domain import organisation

    return {"root": root, "first": first, "last": last, "moves": organisation.moves_json(store, first)}


# the models' indicators in the order of model_figures_sql's columns; the border ones only where a border model is
MODEL_INDICATORS = ("movement.models_active", "movement.models_new", "movement.models_replicated",
                    "movement.models_ended", "border.households", "border.km_line", "border.markers")


def model_figures(store: Store, root: str, first: str, last: str) -> dict[str, dict[str, int | float]]:
    """The models' part of :func:`computed_by_unit`: one grouped query over the subtree."""
    out: dict[str, dict[str, int | float]] = {}
    for r in store.conn.execute(f"{SUBTREE_CTE.replace('?', ':root')} {model_figures_sql()}",
                                model_params(store, root, first, last)):
        out[r[0]] = {
            "movement.models_active": r[1], "movement.models_new": r[2], "movement.models_replicated": r[3],
            "movement.models_ended": r[4],
        }
        if r[8]:  # border work only where there is a border model: an inland commune's form has no border rows
            out[r[0]].update({"border.households": r[5], "border.km_line": round(r[6], 3), "border.markers": r[7]})
    return out


# the activities a form counts: kind -> (indicator of their number, indicator of their participants or None)
ACTIVITY_INDICATORS = {"propaganda": ("movement.propaganda_sessions", "movement.propaganda_attendance"),
                       "tip_off": ("movement.tipoffs", None), "joint_patrol": ("border.joint_patrols", None)}


def activity_figures(store: Store, root: str, first: str, last: str,
                     edges: tuple | None = None) -> dict[str, dict[str, int]]:
    """The activities' part of :func:`computed_by_unit`, from the maintained totals (app/domain/totals.py: all time,
    years, half-months) and the edge days from the activities; ``edges`` the first and last activity's dates
    (totals.bounds) lets a long range be read as all time minus what lies outside it. Counts add up over
    ranges that tile a period."""
    out: dict[str, dict[str, int]] = {}
    sums, params = activity_sums_sql("SELECT code FROM below", first, last, list(ACTIVITY_INDICATORS), edges)
    for unit, kind, n, p in (store.conn.execute(f"{SUBTREE_CTE} {sums}", [root, *params]) if sums else ()):
        count_code, people_code = ACTIVITY_INDICATORS[kind]
        values = out.setdefault(unit, {})
        values[count_code] = n
        if people_code:
            values[people_code] = p
    return out


def computed_figures(store: Store, unit_codes: list[str], month: str) -> dict[str, int | float]:
    """What the records of `unit_codes` say for `month` (its reporting period under the store's cut-off
    rule), keyed by indicator code; every derived indicator is present (0 where nothing is recorded)."""
    from app.domain.reporting_periods import cutoff_rule, parse_period

    first, last = parse_period("month", parse_month(month), cutoff_rule(store)).iso
    out = dict.fromkeys(DERIVED, 0)
    for code in unit_codes:
        for unit, values in computed_by_unit(store, code, first, last).items():
            if unit == code:
                for k, v in values.items():
                    out[k] += v
    out["border.km_line"] = round(out["border.km_line"], 3)
    return out


# Indicators the records give (the rest are only ever entered).
DERIVED = ("movement.models_active", "movement.models_new", "movement.models_replicated", "movement.models_ended",
           "border.households", "border.km_line", "border.markers", "movement.propaganda_sessions",
           "movement.propaganda_attendance", "movement.tipoffs", "border.joint_patrols")


def figures_grid(store: Store, unit_code: str, month: str) -> list[dict]:
    """Every indicator of the month: the entered value beside what the records give (None where they say nothing)."""
    get_unit(store, unit_code)
    entered = get_figures(store, unit_code, parse_month(month))
    derived = computed_figures(store, [unit_code], month)
    return [
        {**ind, "entered": entered.get(ind["code"]), "computed": derived.get(ind["code"])}
        for ind in indicators()
    ]
