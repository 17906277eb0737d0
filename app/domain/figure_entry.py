"""Entering a unit's monthly figures: the one write of them (CLI, GUI, tests), refused when a rule of
app/domain/figure_rules.py refuses. Above both app/domain/figures.py (the indicators and the values, which
the rules read) and figure_rules.py, so that neither imports the other both ways.
"""

from __future__ import annotations

from app.domain import figure_rules
from app.domain.figures import check_value, get_figures, indicator
from app.domain.ids import figures_doc_id
from app.domain.unit_lookup import get_unit
from app.domain.validation import parse_month
from app.domain.versions import save_document
from app.store.db import Store


def set_figures(store: Store, unit_code: str, month, values: dict, clear=(), check: bool = True
                ) -> dict[str, int | float]:
    """Enter (or change) some indicators of one unit's month, and empty those in `clear` (a value typed by
    mistake); the others keep their values. One new version, whatever the mix.

    A change that breaks a 'refuse' rule of resources/validation_rules.json (app/domain/figure_rules.py) raises
    FigureRuleError and writes nothing; warnings are the caller's to show (figure_rules.check_month)."""
    unit = get_unit(store, unit_code)
    month = parse_month(month)
    cleaned = {code: check_value(code, raw) for code, raw in values.items()}
    emptied = {indicator(code)["code"] for code in clear}
    with store.transaction():
        current = get_figures(store, unit.code, month)
        merged = {**{k: v for k, v in current.items() if k not in emptied}, **cleaned}
        if check:  # figures that cannot both be true are refused here, whoever calls (CLI, GUI)
            findings = figure_rules.check_month(store, unit.code, month, cleaned, emptied)
            refused = figure_rules.refusals_for(findings, {*cleaned, *emptied})
            if refused:
                raise figure_rules.FigureRuleError(refused)
        if cleaned or merged != current:  # emptying what is already empty writes no version
            save_document(store, "monthly_figures", figures_doc_id(unit.code, month),
                          {"unit_code": unit.code, "month": month, "values": merged})
    return merged


def clear_figures(store: Store, unit_code: str, month, codes) -> dict[str, int | float]:
    """Empty some indicators of a unit's month again (a new version without them); returns what is left."""
    return set_figures(store, unit_code, month, {}, clear=codes)
