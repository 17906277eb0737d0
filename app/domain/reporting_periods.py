"""Reporting periods as Vietnamese agencies use them: month, quarter, 6 months (sơ kết), 9 months, year
(tổng kết) and any range of dates, under the installation's cut-off rule.

Decree 09/2019/NĐ-CP, Art. 12 (the default, ``decree09``): a monthly report covers the 15th of the previous
month to the 14th of the month; a quarter, 6 months or 9 months run from the 15th of the month before the
period to the 14th of its last month; the year runs from 15 December of the year before to 14 December.
``calendar`` is the other choice (1 January - 31 December, whole months).

A period knows its dates (for records, which carry a date) and its report months (for the figures an
officer enters per month): a month's figures belong to a period when that month's own reporting period
ends inside it, so that a range never splits a month's entered figures.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from app.errors import ValidationError
from app.store.db import Store

RULES = ("decree09", "calendar")
DEFAULT_RULE = "decree09"
META_KEY = "report_cutoff"
CUTOFF_DAY = 14  # Decree 09: figures are closed on the 14th
KINDS = ("month", "quarter", "half", "nine_months", "year", "range")
ROMAN = ("I", "II", "III", "IV")


@dataclass(frozen=True)
class ReportingPeriod:
    """What a form covers: ``kind`` and its number (month 1-12, quarter 1-4, half 1-2), the dates, the rule."""

    kind: str
    year: int
    start: dt.date
    end: dt.date
    rule: str = DEFAULT_RULE
    number: int = 0  # the month, the quarter or the half; 0 for nine months, a year and a range

    def label(self, lang: str = "vi") -> str:
        """"tháng 12 năm 2026", "quý IV năm 2026", "6 tháng đầu năm 2026", "năm 2026", or the dates."""
        from app.formatting import month_label, period_label

        vi = lang == "vi"
        if self.kind == "month":
            return month_label(self.year, self.number, lang)
        if self.kind == "quarter":
            return f"quý {ROMAN[self.number - 1]} năm {self.year}" if vi else f"Q{self.number} {self.year}"
        if self.kind == "half":
            if vi:
                return f"6 tháng {'đầu' if self.number == 1 else 'cuối'} năm {self.year}"
            return f"{'first' if self.number == 1 else 'second'} half of {self.year}"
        if self.kind == "nine_months":
            return f"9 tháng năm {self.year}" if vi else f"the first nine months of {self.year}"
        if self.kind == "year":
            return f"năm {self.year}" if vi else f"the year {self.year}"
        return period_label(self.start, self.end, lang)

    def span(self, lang: str = "vi") -> str:
        """"từ ngày 15/11/2026 đến ngày 14/12/2026": what the heading states under the subject."""
        from app.formatting import period_label

        return period_label(self.start, self.end, lang)

    @property
    def months(self) -> list[str]:
        """The report months (YYYY-MM) whose own period ends inside this one, in order."""
        out = []
        y, m = self.start.year, self.start.month
        while (y, m) <= (self.end.year + 1, 1):
            if self.start <= month_end(y, m, self.rule) <= self.end:
                out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    @property
    def iso(self) -> tuple[str, str]:
        return self.start.isoformat(), self.end.isoformat()


def _check_rule(rule: str) -> str:
    if rule not in RULES:
        raise ValidationError("bad_choice", field="cutoff", value=rule, choices=", ".join(RULES))
    return rule


def month_end(year: int, month: int, rule: str = DEFAULT_RULE) -> dt.date:
    """The last day a report month covers: the 14th (Decree 09) or the month's last day (calendar)."""
    if rule == "calendar":
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, month, CUTOFF_DAY)


def month_start(year: int, month: int, rule: str = DEFAULT_RULE) -> dt.date:
    """The first day a report month covers: the 15th of the month before (Decree 09) or the 1st."""
    if rule == "calendar":
        return dt.date(year, month, 1)
    y, m = (year - 1, 12) if month == 1 else (year, month - 1)
    return dt.date(y, m, CUTOFF_DAY + 1)


def _months(kind: str, year: int, first: int, last: int, rule: str, number: int) -> ReportingPeriod:
    return ReportingPeriod(kind, year, month_start(year, first, rule), month_end(year, last, rule), rule, number)


def month_period(year: int, month: int, rule: str = DEFAULT_RULE) -> ReportingPeriod:
    return _months("month", year, month, month, _check_rule(rule), month)


def quarter_period(year: int, quarter: int, rule: str = DEFAULT_RULE) -> ReportingPeriod:
    return _months("quarter", year, 3 * quarter - 2, 3 * quarter, _check_rule(rule), quarter)


def half_period(year: int, half: int, rule: str = DEFAULT_RULE) -> ReportingPeriod:
    return _months("half", year, 6 * half - 5, 6 * half, _check_rule(rule), half)


def nine_months_period(year: int, rule: str = DEFAULT_RULE) -> ReportingPeriod:
    return _months("nine_months", year, 1, 9, _check_rule(rule), 0)


def year_period(year: int, rule: str = DEFAULT_RULE) -> ReportingPeriod:
    return _months("year", year, 1, 12, _check_rule(rule), 0)


def range_period(start: dt.date, end: dt.date, rule: str = DEFAULT_RULE) -> ReportingPeriod:
    if end < start:
        raise ValidationError("date_order", field="to", value=end.isoformat(), other_field="from",
                              other=start.isoformat())
    return ReportingPeriod("range", end.year, start, end, _check_rule(rule))


def report_year(day: dt.date, rule: str = DEFAULT_RULE) -> int:
    """The reporting year a date falls in: under Decree 09, 15-31 December count towards the next year."""
    if rule == "decree09" and (day.month, day.day) > (12, CUTOFF_DAY):
        return day.year + 1
    return day.year


def report_month(day: str | dt.date, rule: str = DEFAULT_RULE) -> str:
    """The report month (YYYY-MM) whose period holds ``day``: under Decree 09 the 15th onwards belongs to the
    next month's report (20/11/2026 is in December's), so a submitted month locks exactly what its form printed."""
    d = day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)[:10])
    if rule == "decree09" and d.day > CUTOFF_DAY:
        y, m = (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)
        return f"{y:04d}-{m:02d}"
    return f"{d.year:04d}-{d.month:02d}"


def report_year_sql(column: str, rule: str = DEFAULT_RULE) -> str:
    """SQL for :func:`report_year` of an ISO date column (one expression, no query per row)."""
    year = f"CAST(substr({column}, 1, 4) AS INTEGER)"
    if rule == "decree09":
        return f"({year} + (substr({column}, 6, 5) > '12-{CUTOFF_DAY:02d}'))"
    return year


def years_of(p: ReportingPeriod) -> list[int]:
    return list(range(report_year(p.start, p.rule), report_year(p.end, p.rule) + 1))


# ---------------------------------------------------------------- the installation's rule


def cutoff_rule(store: Store) -> str:
    value = store.meta_get(META_KEY) or DEFAULT_RULE
    return value if value in RULES else DEFAULT_RULE


def set_cutoff_rule(store: Store, rule: str) -> str:
    """Choose the installation's cut-off rule (set-up work: the same permission as units and the catalogue)."""
    from app.security.permissions import require

    require(store, "setup")
    rule = _check_rule((rule or "").strip().lower())
    with store.transaction():
        store.meta_set(META_KEY, rule)
    return rule


# ---------------------------------------------------------------- what the command line types

_PATTERNS = {
    "month": re.compile(r"^(\d{4})-(\d{1,2})$"),
    "quarter": re.compile(r"^(\d{4})-?[Qq]([1-4])$"),
    "half": re.compile(r"^(\d{4})-?[Hh]?([12])$"),
    "nine_months": re.compile(r"^(\d{4})$"),
    "year": re.compile(r"^(\d{4})$"),
}
_EXAMPLES = {"month": "2026-12", "quarter": "2026-Q4", "half": "2026-H1", "nine_months": "2026", "year": "2026"}


def parse_period(kind: str, value: str, rule: str = DEFAULT_RULE) -> ReportingPeriod:
    """``--month 2026-12``, ``--quarter 2026-Q4``, ``--half 2026-H1``, ``--nine-months 2026``, ``--year 2026``."""
    m = _PATTERNS[kind].match((value or "").strip())
    if not m or not 2000 <= int(m.group(1)) <= 2999 or (kind == "month" and not 1 <= int(m.group(2)) <= 12):
        raise ValidationError("bad_period", kind=kind, value=value, example=_EXAMPLES[kind])
    year = int(m.group(1))
    if kind == "month":
        return month_period(year, int(m.group(2)), rule)
    if kind == "quarter":
        return quarter_period(year, int(m.group(2)), rule)
    if kind == "half":
        return half_period(year, int(m.group(2)), rule)
    if kind == "nine_months":
        return nine_months_period(year, rule)
    return year_period(year, rule)
