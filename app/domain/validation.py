"""Small checks shared by every record: each raises a ValidationError with one clear sentence."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Iterable

from app.errors import ValidationError

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MONTH = re.compile(r"^\d{4}-\d{2}$")
MAX_TYPED = Decimal(10) ** 9  # the message "number_out_of_range" (app/i18n.py) states both bounds
MIN_TYPED = Decimal(10) ** -6

_DMY = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def required(value, field: str) -> str:
    text = "" if value is None else str(value).strip()
    if not text:
        raise ValidationError("required", field=field)
    return text


def parse_date(value, field: str) -> str:
    """A real calendar date as ISO text (accepts a date or 'YYYY-MM-DD')."""
    if isinstance(value, dt.date):
        return value.isoformat()
    text = required(value, field)
    if not _DATE.match(text):
        written = _DMY.match(text)  # as officers write it: the command line wants ISO, and says which
        if written:
            try:
                day = dt.date(int(written[3]), int(written[2]), int(written[1]))
            except ValueError:
                pass
            else:  # the ISO form in parts: a whole ISO date would be shown back as dd/mm/yyyy
                raise ValidationError("bad_date_written_dmy", field=field, value=text, year=str(day.year),
                                      month=f"{day.month:02d}", day=f"{day.day:02d}")
        raise ValidationError("bad_date", field=field, value=text)
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValidationError("bad_date", field=field, value=text) from None


_TIME = re.compile(r"^(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{1,2})?\s*(?:phút|p)?$", re.IGNORECASE)


def parse_time(value, field: str = "time") -> str:
    """A time of day as 'HH:MM', or '' when none was given (a receipt without a time keeps none: its form
    then prints a dotted line to fill in by hand, never a made-up 00 giờ 00 phút). Takes 8:30, 08:30, 8h30,
    8h, 8 giờ 30."""
    text = "" if value is None else str(value).strip()
    if not text:
        return ""
    found = _TIME.match(text)
    if not found:
        raise ValidationError("bad_time", field=field, value=text)
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ValidationError("bad_time", field=field, value=text)
    return f"{hour:02d}:{minute:02d}"


def parse_month(value, field: str = "month") -> str:
    text = required(value, field)
    if not _MONTH.match(text) or not 1 <= int(text[5:]) <= 12 or int(text[:4]) < 1900:
        raise ValidationError("bad_month", field=field, value=text)
    return text


MAX_MONTHS_SHOWN = 240  # twenty years side by side


def months_between(month_from: str, month_to: str) -> list[str]:
    """Every month from `month_from` to `month_to`, both included, as YYYY-MM; one sentence if the range is wrong."""
    first, last = parse_month(month_from, "from"), parse_month(month_to, "to")
    if last < first:
        raise ValidationError("date_order", field="to", value=last, other_field="from", other=first)
    span = (int(last[:4]) - int(first[:4])) * 12 + int(last[5:]) - int(first[5:]) + 1
    if span > MAX_MONTHS_SHOWN:  # issue 18: 1900-01 to 9999-12 is 97,200 columns
        raise ValidationError("not_between", field="months", value=span, low=1, high=MAX_MONTHS_SHOWN)
    out, (y, m) = [], (int(first[:4]), int(first[5:]))
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def not_after_tomorrow(date_text: str, field: str, today: dt.date | None = None) -> str:
    today = today or dt.date.today()
    if dt.date.fromisoformat(date_text) > today + dt.timedelta(days=1):
        raise ValidationError("future_date", field=field, value=date_text)
    return date_text


def parse_number(value, field: str) -> Decimal:
    if isinstance(value, bool):
        raise ValidationError("bad_number", field=field, value=value)
    text = str(value).strip().replace(",", ".") if value is not None else ""
    if not text:
        raise ValidationError("required", field=field)
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError("bad_number", field=field, value=value) from None
    if not number.is_finite():
        raise ValidationError("bad_number", field=field, value=value)
    # Issue 18: a typed number is a count, a quantity or a score: 10^9 is far beyond any, and keeps it
    # inside a SQLite integer and an exact float (1e400 or 20 nines used to end in a traceback);
    # a non-zero number below 10^-6 would be stored as 0.
    if abs(number) > MAX_TYPED or (number and abs(number) < MIN_TYPED):
        raise ValidationError("number_out_of_range", field=field, value=value)
    return number


def positive(value, field: str) -> Decimal:
    number = parse_number(value, field)
    if number <= 0:
        raise ValidationError("not_positive", field=field, value=value)
    return number


def non_negative_int(value, field: str, allow_none: bool = True) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if allow_none:
            return None
        raise ValidationError("required", field=field)
    number = parse_number(value, field)
    if number < 0:
        raise ValidationError("negative", field=field, value=value)
    if number != number.to_integral_value():
        raise ValidationError("bad_number", field=field, value=value)
    return int(number)


def non_negative_float(value, field: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    number = parse_number(value, field)
    if number < 0:
        raise ValidationError("negative", field=field, value=value)
    return float(number)


def choice(value, field: str, choices: Iterable[str]) -> str:
    options = list(choices)
    text = required(value, field)
    if text not in options:
        raise ValidationError("bad_choice", field=field, value=text, choices=", ".join(options))
    return text


def as_number(value: Decimal) -> int | float:
    """A JSON-friendly number: whole values as int, others as float."""
    return int(value) if value == value.to_integral_value() else float(value)
