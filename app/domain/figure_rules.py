"""Validation rules between the monthly figures of a unit, kept as data in resources/validation_rules.json and
shaped as DHIS2's validation rules (left side, operator, right side, importance, instruction), plus a check of
each value against the unit's own previous months (issue 15 §3).

A rule whose action is 'refuse' states what cannot be true (cases cleared above cases occurred): the save is
refused. 'warn' asks the officer to look again (2.028 gambling cases against 5 crimes in all) and never stops
anything. The GUI grid, `antt figures set` and the month's submission all go through `check_values` /
`check_month`, so they say the same sentences.
"""

from __future__ import annotations

import json
import operator as op
from dataclasses import dataclass
from functools import lru_cache
from statistics import median

from app.domain import figures as fg
from app.domain.validation import months_between, parse_month
from app.errors import ValidationError
from app.formatting import format_number
from app.i18n import current_language, lookup
from app.paths import resource
from app.store.db import Store

REFUSE, WARN = "refuse", "warn"
OPERATORS = {"less_than_or_equal_to": (op.le, "≤"), "greater_than_or_equal_to": (op.ge, "≥"),
             "less_than": (op.lt, "<"), "greater_than": (op.gt, ">"), "equal_to": (op.eq, "=")}
# How a sentence says an operator ("không được lớn hơn" / "cannot be more than" for a refusal, "thường không lớn
# hơn" / "is usually not more than" for a warning), and the sentences of a finding: the message catalogue,
# context "figure_rule" (keys "<operator>:refuse", "<operator>:warn", "refused", "warned", "outlier").
WORDS = "figure_rule"
MISSING = ("skip_if_any_missing", "skip_if_all_missing")  # DHIS2's missingValueStrategy, as far as we need it
ROBUST_SCALE = 1.4826  # MAD x 1.4826 estimates the standard deviation of normally spread figures


@dataclass(frozen=True)
class Rule:
    code: str
    left: tuple[str, ...] | float
    operator: str
    right: tuple[str, ...] | float
    importance: str
    action: str
    instruction_vi: str
    instruction_en: str
    missing: str = "skip_if_any_missing"  # or "skip_if_all_missing": a missing part of a sum counts as 0

    def codes(self) -> set[str]:
        return {c for side in (self.left, self.right) if isinstance(side, tuple) for c in side}


@dataclass(frozen=True)
class Finding:
    """One rule a month's figures break (or one value far outside the unit's history)."""

    rule: str
    action: str  # REFUSE or WARN
    importance: str
    indicators: tuple[str, ...]  # every indicator the sentence names, left side first
    sentences: dict  # {"vi": ..., "en": ...}

    def message(self, lang: str | None = None) -> str:
        return self.sentences[lang or current_language()]

    @property
    def refuses(self) -> bool:
        return self.action == REFUSE


class FigureRuleError(ValidationError):
    """Figures that break a 'refuse' rule: nothing was written; the sentence names both sides."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        self.key, self.params = "figure_rule", {"rule": findings[0].rule}
        Exception.__init__(self, self.message("en"))

    def message(self, lang: str | None = None) -> str:
        return " ".join(f.message(lang) for f in self.findings)


def _side(raw, known: set[str], rule: str):
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return float(raw)
    codes = tuple(raw)
    unknown = [c for c in codes if c not in known]
    if not codes or unknown:
        raise ValueError(f"validation rule {rule}: unknown indicator(s) {unknown or raw!r}")
    return codes


def load_rules(data: dict) -> tuple[list[Rule], dict]:
    """Rules and outlier settings from the JSON shape; a rule naming an indicator that does not exist is a
    mistake in the shipped file, said at once rather than skipped."""
    known = {i["code"] for i in fg.indicators()}
    out = []
    for r in data["rules"]:
        if r["operator"] not in OPERATORS or r["action"] not in (REFUSE, WARN):
            raise ValueError(f"validation rule {r['code']}: bad operator or action")
        out.append(Rule(r["code"], _side(r["left"], known, r["code"]), r["operator"],
                        _side(r["right"], known, r["code"]), r["importance"], r["action"], r["instruction_vi"],
                        r["instruction_en"], r.get("missing", "skip_if_any_missing")))
        if out[-1].missing not in MISSING:
            raise ValueError(f"validation rule {r['code']}: bad missing-value strategy")
    return out, data["outliers"]


@lru_cache(maxsize=1)
def shipped() -> tuple[list[Rule], dict]:
    with open(resource("validation_rules.json"), encoding="utf-8") as fh:
        return load_rules(json.load(fh))


def _name(code: str, lang: str) -> str:
    return f"“{fg.indicator(code)['name_' + lang]}”"


def _side_text(side, values: dict, lang: str) -> str:
    if isinstance(side, float):
        return format_number(side, lang)
    shown = [c for c in side if values.get(c) is not None] or list(side)  # the parts that have a value
    names = " + ".join(_name(c, lang) for c in shown)
    return f"{names} ({format_number(sum(values.get(c) or 0 for c in side), lang)})"


def _evaluate(side, values: dict, missing: str):
    if isinstance(side, float):
        return side
    present = [values[c] for c in side if values.get(c) is not None]
    if not present or (missing == "skip_if_any_missing" and len(present) < len(side)):
        return None  # nothing to compare yet
    return sum(present)


def _rule_finding(rule: Rule, values: dict) -> Finding | None:
    left, right = _evaluate(rule.left, values, rule.missing), _evaluate(rule.right, values, rule.missing)
    if left is None or right is None:
        return None
    test, _sym = OPERATORS[rule.operator]
    if test(left, right):
        return None
    how = "refuse" if rule.action == REFUSE else "warn"
    sentences = {
        lang: lookup("refused" if how == "refuse" else "warned", lang, WORDS).format(
            left=_side_text(rule.left, values, lang), verb=lookup(f"{rule.operator}:{how}", lang, WORDS),
            right=_side_text(rule.right, values, lang), instruction=instruction).strip()
        for lang, instruction in (("vi", rule.instruction_vi), ("en", rule.instruction_en))
    }
    named = tuple(c for side in (rule.left, rule.right) if isinstance(side, tuple) for c in side
                  if values.get(c) is not None)
    return Finding(rule.code, rule.action, rule.importance, named, sentences)


def far_outside(value: float, history: list[float], settings: dict) -> tuple[float, float] | None:
    """(median, scale) when `value` is far outside `history`, else None. Robust to the odd past mistake: the
    median and the median absolute deviation (MAD) barely move for one wild month, where a mean and a standard
    deviation would. Too short a history says nothing."""
    if len(history) < settings["min_history"]:
        return None
    mid = median(history)
    mad = median(abs(x - mid) for x in history)
    scale = max(ROBUST_SCALE * mad, settings["min_scale"])
    return (mid, scale) if abs(value - mid) > settings["threshold"] * scale else None


def _outlier_finding(code: str, value: float, history: list[float], settings: dict) -> Finding | None:
    found = far_outside(value, history, settings)
    if found is None:
        return None
    mid, _ = found
    n = len(history)
    sentences = {lang: lookup("outlier", lang, WORDS, n=n).format(
        name=_name(code, lang), value=format_number(value, lang), median=format_number(mid, lang), n=n)
        for lang in ("vi", "en")}
    return Finding("outlier", settings["action"], settings["importance"], (code,), sentences)


def check_values(values: dict, history: dict | None = None, rules: tuple[list[Rule], dict] | None = None
                 ) -> list[Finding]:
    """Every rule `values` ({indicator: number}, missing = no value) break; refusals first. `history`
    ({indicator: [previous months' values]}) adds the far-outside-history warnings. Pure: no store."""
    rule_list, settings = rules or shipped()
    found = [f for f in (_rule_finding(r, values) for r in rule_list) if f]
    for code, value in values.items():
        if value is not None and history and history.get(code):
            f = _outlier_finding(code, float(value), [float(x) for x in history[code]], settings)
            if f:
                found.append(f)
    return sorted(found, key=lambda f: not f.refuses)


def entered_values(store: Store, unit_code: str, month: str, typed: dict | None = None, cleared=()) -> dict:
    """What the officer entered for the month, with `typed` (not saved yet) over it and `cleared` emptied."""
    entered = {**fg.get_figures(store, unit_code, month), **(typed or {})}
    return {k: float(v) for k, v in entered.items() if k not in set(cleared) - set(typed or {}) and v is not None}


def month_values(store: Store, unit_code: str, month: str, entered: dict) -> dict:
    """The month's figures as its report shows them: what the records give (a zero says nothing), overridden
    by what was entered."""
    values = {k: float(v) for k, v in fg.computed_figures(store, [unit_code], month).items() if v}
    values.update(entered)
    return values


def history_of(store: Store, unit_code: str, month: str, months_back: int) -> dict[str, list[float]]:
    """Each indicator's entered values in the unit's `months_back` months before `month`."""
    year, mon = int(month[:4]), int(month[5:7])
    first = (year * 12 + mon - 1) - months_back
    start = f"{first // 12:04d}-{first % 12 + 1:02d}"
    before = months_between(start, month)[:-1]
    out: dict[str, list[float]] = {}
    if not before:
        return out
    for code, value in store.conn.execute(
            "SELECT indicator, value FROM monthly_figures WHERE unit_code = ? AND month BETWEEN ? AND ? "
            "ORDER BY month", (unit_code, before[0], before[-1])):
        out.setdefault(code, []).append(float(value))
    return out


def check_month(store: Store, unit_code: str, month, typed: dict | None = None, cleared=()) -> list[Finding]:
    """Findings for a unit's month as it stands (or would stand with `typed` saved and `cleared` emptied).
    The history check looks at entered values only: what the records count is not a typing mistake."""
    month = parse_month(month)
    entered = entered_values(store, unit_code, month, typed, cleared)
    rules, settings = shipped()
    history = history_of(store, unit_code, month, settings["months_back"])
    found = check_values(month_values(store, unit_code, month, entered), rules=(rules, settings))
    found += check_values(entered, history, rules=([], settings))
    return sorted(found, key=lambda f: not f.refuses)


def refusals_for(findings: list[Finding], changed) -> list[Finding]:
    """The refusals that concern what is being changed: a month that already broke a rule (an old import)
    can still take an unrelated correction; the broken rule stays listed as a finding."""
    changed = set(changed)
    return [f for f in findings if f.refuses and changed & set(f.indicators)]
