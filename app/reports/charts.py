"""Charts of received items that do not mislead (issue 19 item 7): one unit of count per axis.

Guns (khẩu), rounds (viên) and firecrackers (kg) on one axis made 12 guns vanish beside 1.205 rounds and
added kg to pieces. Here every panel carries one unit of count, named in its title; counts tick at whole
numbers. Panels are laid two to a row ("small multiples") so that a province's figure stays on a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from app.formatting import short_names
from app.reports.layout import TEXT_WIDTH, grouped_bar_chart, horizontal_bar_chart, para, styles
from app.reports.wording import say

MAX_BARS = 15  # units a per-unit panel shows (the largest); a caption says when there were more


@dataclass(frozen=True)
class Quantity:
    """One column of received items: a category in one unit of count, with its figures."""

    label: str  # "Súng"
    unit: str  # "khẩu"
    whole: bool  # counted (khẩu, viên, quả): whole-number ticks; weighed or measured (kg, m): decimals
    total: float
    by_year: Sequence[float] = ()
    by_unit: Sequence[float] = ()  # in the order of the report's units
    unit_vi: str = ""  # the unit of count as the catalogue defines it: English "pcs" stands for khẩu, chiếc, quả...

    @property
    def title(self) -> str:
        return f"{self.label} ({self.unit})"


def grid(drawings: Sequence[Flowable], columns: int = 2, width: float = TEXT_WIDTH) -> Flowable:
    """Panels side by side, ``columns`` to a row."""
    rows = [list(drawings[i:i + columns]) for i in range(0, len(drawings), columns)]
    if rows and len(rows[-1]) < columns:
        rows[-1] += [""] * (columns - len(rows[-1]))
    t = Table(rows, colWidths=[width / columns] * columns, hAlign="CENTER")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def totals_by_unit_of_count(quantities: Sequence[Quantity], title: str, lang: str = "vi") -> list[Flowable]:
    """What was received, one panel per unit of count: the categories counted in khẩu on one axis, those in
    chiếc on another, kg on a third..."""
    groups: dict[str, list[Quantity]] = {}
    for q in quantities:  # by the Vietnamese unit: guns (khẩu) and firecrackers (quả) are both "pcs" in English
        groups.setdefault(q.unit_vi or q.unit, []).append(q)
    half = TEXT_WIDTH / 2 - 4
    label_w = 96

    def panel_title(key: str, qs: list[Quantity]) -> str:
        shown = qs[0].unit
        # in English guns and firecrackers are both "pcs": the Vietnamese unit tells the panels apart
        return say("chart_unit_of_count", lang, shown=shown) + (f" ({key})" if key != shown else "")

    panels = [horizontal_bar_chart([q.label for q in qs], [q.total for q in qs], panel_title(key, qs), width=half,
                                   lang=lang, whole=all(q.whole for q in qs), label_width=label_w, title_size=10)
              for key, qs in groups.items()]
    return [CondPageBreak(60 * mm), para(title, styles().caption), grid(panels), Spacer(1, 6)]


def per_year(quantities: Sequence[Quantity], years: Sequence[int], title: str, lang: str = "vi",
             limit: int = 4) -> list[Flowable]:
    """Received per year, one panel per category (so one unit of count each), the first ``limit`` categories
    received in most units."""
    chosen = sorted(quantities, key=lambda q: -sum(1 for v in q.by_unit if v))[:limit]
    panels = [grouped_bar_chart([str(y) for y in years], [(q.title, q.by_year)], q.title,
                                width=TEXT_WIDTH / 2 - 4, height=150, lang=lang, whole=q.whole, title_size=10)
              for q in chosen]
    return [CondPageBreak(60 * mm), para(title, styles().caption), grid(panels), Spacer(1, 6)]


def per_unit(quantities: Sequence[Quantity], unit_names: Sequence[str], title: str, lang: str = "vi",
             limit: int = 4) -> list[Flowable]:
    """What each unit received, one panel per category (one unit of count each): the comparison a commander
    makes first. Units in descending order; at most MAX_BARS a panel."""
    chosen = sorted(quantities, key=lambda q: -sum(1 for v in q.by_unit if v))[:limit]
    names = short_names(unit_names)
    panels = []
    cut = False
    for q in chosen:
        rows = sorted(((n, v) for n, v in zip(names, q.by_unit) if v), key=lambda nv: -nv[1])
        cut = cut or len(rows) > MAX_BARS
        rows = rows[:MAX_BARS]
        panels.append(horizontal_bar_chart([n for n, _ in rows], [v for _, v in rows], q.title,
                                           width=TEXT_WIDTH / 2 - 4, lang=lang, whole=q.whole, label_width=92,
                                           title_size=10))
    out: list[Flowable] = [CondPageBreak(60 * mm), para(title, styles().caption), grid(panels)]
    if cut:
        out.append(para(say('each_chart_shows_the_max_bars', lang, MAX_BARS=MAX_BARS),
                        styles().body_plain))
    out.append(Spacer(1, 6))
    return out
