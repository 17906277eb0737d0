"""How values look on screen: dates dd/mm/yyyy, numbers 2.028 and 8,1 in Vietnamese (2,028 and 8.1 in English).

Qt-free, so the tests can check it without a display; the digits come from `app/formatting.py`, the one
formatter of the project (this module only adds what a table cell needs: empty for None, never raising).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from app import formatting

SEPARATORS = {"vi": (".", ","), "en": (",", ".")}  # (thousands, decimal)


def format_date(value, lang: str = "vi") -> str:
    """'2026-11-05' or a date -> '05/11/2026'; anything else is shown as it is."""
    if value in (None, ""):
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    text = str(value)
    if len(text) >= 10 and text[4] == "-" and text[7] == "-":
        return f"{text[8:10]}/{text[5:7]}/{text[:4]}"
    if len(text) == 7 and text[4] == "-":  # a month
        return f"{text[5:7]}/{text[:4]}"
    return text


_TYPED_DATE = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_TYPED_MONTH = re.compile(r"^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")  # pasted from the CLI or a spreadsheet


def parse_typed_date(text: str, month_only: bool = False) -> dt.date | None:
    """A date as an officer types it: dd/mm/yyyy or d/m/yyyy ('.' or '-' also separate); with `month_only`,
    mm/yyyy or m/yyyy (the first of that month). ISO 2024-05-10 (unambiguous) is taken too. None when the text is not a real date (31/02/2024, 5/13/2024,
    a two-digit year): the caller refuses it visibly rather than guessing."""
    if month_only:
        found = _TYPED_MONTH.match(text or "")
        day, (month, year) = 1, (found.groups() if found else (None, None))
    elif _ISO_DATE.match(text or ""):
        found = _ISO_DATE.match(text)
        year, month, day = found.groups()
    else:
        found = _TYPED_DATE.match(text or "")
        day, month, year = found.groups() if found else (None, None, None)
    if not found:
        return None
    try:
        value = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value if value.year >= 1900 else None


def format_number(value, lang: str = "vi", decimals: int | None = None) -> str:
    """1234.5 -> '1.234,5' (vi) or '1,234.5' (en) through app.formatting; None -> '', text that is not a
    number is shown as it is (a table cell must never raise)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        value = int(value)
    if not isinstance(value, (int, float)):  # an int or a float is always a number: no Decimal to build first
        try:
            Decimal(str(value))
        except InvalidOperation:
            return str(value)
    return formatting.format_number(value, lang, decimals)


def format_percent(part, whole, lang: str = "vi") -> str:
    """A whole percentage, '' when there is no whole (an empty cell rather than a dash)."""
    if not whole:
        return ""
    return formatting.format_percent(part, whole, lang)


def normalise_number(text: str, lang: str = "vi") -> str:
    """What a user typed ('1.500,5' in Vietnamese) as plain '1500.5' for the core's parser.

    In Vietnamese a lone '.' followed by exactly three digits is a thousands separator (2.028); otherwise
    a '.' is taken as a decimal point, since people also type 8.1. A ',' is always decimal in Vietnamese.
    """
    text = (text or "").strip().replace(" ", "").replace("\u00a0", "")
    thousands, point = SEPARATORS.get(lang, SEPARATORS["vi"])
    if lang == "vi":
        if "," in text:
            return text.replace(".", "").replace(",", ".")
        parts = text.split(".")
        if len(parts) > 1 and all(len(p) == 3 and p.isdigit() for p in parts[1:]) and parts[0].lstrip("-").isdigit():
            return "".join(parts)
        return text
    return text.replace(thousands, "")
