"""Vietnamese-first formatting of numbers, quantities, dates and percentages.

One place for the house rules (domain.md, design.md §4) so that the GUI, the
command line and every printed form agree:

* Vietnamese: ``2.028`` and ``8,1``; English: ``2,028`` and ``8.1``.
* Dates ``dd/mm/yyyy``; the form's date line "Lạng Sơn, ngày 05 tháng 02 năm 2026"
  (Decree 30/2020: a leading zero for days below 10 and for months 1 and 2).
* Quantities carry their unit, and quantities in different units are never
  added: :class:`QuantityTotals` keeps one sum per unit.

Everything here is a pure function of its arguments. Arithmetic is done in
:class:`~decimal.Decimal` so that 0.1 kg + 0.2 kg prints as 0,3 kg.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

Number = int | float | Decimal

LANGS = ("vi", "en")
_SEPARATORS = {"vi": (".", ","), "en": (",", ".")}  # (thousands, decimal)
DASH = "–"  # shown where a figure has no meaning (a percentage of zero)

_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def _check_lang(lang: str) -> str:
    if lang not in _SEPARATORS:
        raise ValueError(f"Unknown language {lang!r}; expected one of {LANGS}.")
    return lang


def to_decimal(value: Number | str) -> Decimal:
    """An exact Decimal for an int, a Decimal, a float (through its shortest repr) or a plain string."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool):
        raise TypeError("A boolean is not a quantity.")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, str):
        try:
            return Decimal(value)
        except InvalidOperation as exc:
            raise ValueError(f"Not a number: {value!r}.") from exc
    raise TypeError(f"Not a number: {value!r}.")


def nfc(text: str) -> str:
    """Text in composed form (NFC): decomposed Vietnamese typed on some keyboards prints badly otherwise."""
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------- numbers


_EXACT_FLOAT = 2.0 ** 53  # every whole float below it is exactly an int


def format_number(value: Number, lang: str = "vi", decimals: int | None = None) -> str:
    """``2028`` → ``2.028`` (vi) / ``2,028`` (en); ``8.1`` → ``8,1`` / ``8.1``.

    With ``decimals=None`` the figure is shown with the digits it has (trailing
    zeros dropped, so 8.10 kg is "8,1"); otherwise rounded half-up to that many
    places and padded.
    """
    thousands, point = _SEPARATORS[_check_lang(lang)]
    if decimals is None and (type(value) is int or (type(value) is float and value.is_integer()
                                                   and -_EXACT_FLOAT < value < _EXACT_FLOAT)):
        # a whole number, the commonest figure of a table (a cell a row): Python's own grouping, 5x faster than
        # Decimal's, the same text
        text = f"{abs(int(value)):,}".replace(",", thousands)
        return "-" + text if value < 0 else text
    d = to_decimal(value)
    if not d.is_finite():
        raise ValueError(f"Not a finite number: {value!r}.")
    if decimals is not None:
        d = d.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    elif d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    else:
        d = d.normalize()
    negative = d < 0
    text = f"{abs(d):f}"
    whole, _, frac = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = thousands.join(groups)
    if frac:
        out += point + frac
    if negative and (d != 0):
        out = "-" + out
    return out


def parse_number(text: str, lang: str = "vi") -> Decimal:
    """The inverse of :func:`format_number`: ``"2.028"`` → 2028, ``"8,1"`` → 8.1 (vi).

    Raises ValueError with one clear sentence when the text is not a number in
    that language's format (e.g. a group of two digits after a thousands dot).
    """
    thousands, point = _SEPARATORS[_check_lang(lang)]
    raw = text.strip().replace("\u00a0", "").replace(" ", "")
    sign = ""
    if raw.startswith(("-", "+")):
        sign, raw = raw[0], raw[1:]
    whole, sep, frac = raw.partition(point)
    if sep and (not frac or point in frac):
        raise ValueError(f"Không phải là số hợp lệ: {text!r}.")
    groups = whole.split(thousands)
    if len(groups) > 1 and (not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:])):
        raise ValueError(f"Không phải là số hợp lệ: {text!r}.")
    digits = "".join(groups)
    if not digits.isdigit() or (frac and not frac.isdigit()) or not digits.isascii():
        raise ValueError(f"Không phải là số hợp lệ: {text!r}.")
    return Decimal(sign + digits + ("." + frac if frac else ""))


def format_percent(part: Number, whole: Number, lang: str = "vi", decimals: int = 0) -> str:
    """``part`` of ``whole`` as a percentage: 2859 of 3338 → ``86%``; a zero whole → "–"."""
    w = to_decimal(whole)
    if w == 0:
        return DASH
    return format_number(to_decimal(part) * 100 / w, lang, decimals) + "%"


def short_names(names: Sequence[str]) -> list[str]:
    """Unit names without the words they all start with ("Công an xã Bắc Sơn" → "Bắc Sơn"): a chart's labels
    where room is short. Names stay whole when they share nothing or when one would be left empty."""
    words = [n.split() for n in names]
    if len(words) < 2:
        return list(names)
    common = 0
    while all(len(w) > common + 1 and w[common] == words[0][common] for w in words):
        common += 1
    return [" ".join(w[common:]) for w in words]


def axis_step(peak: float, ticks: int = 5, whole: bool = True) -> tuple[float, float]:
    """(step, top) of a chart's value axis from 0 to ``peak`` with at most ``ticks`` ticks 1, 2 or 5 × 10ⁿ apart.

    ``whole``: the figures are counts (guns, receipts, places): steps are whole numbers, never 0,5 of a gun.
    Otherwise (kg, m) a step may be 0,1 or 0,2 when the figures are that small. Printed charts and the app's
    charts both ask here, so they tick alike."""
    import math

    peak = float(peak) if float(peak) > 0 and not (whole and float(peak) < 1) else 1.0
    magnitude = 10 ** math.floor(math.log10(peak / ticks))
    step = next(m * magnitude for m in (1, 2, 5, 10) if peak / (m * magnitude) <= ticks)
    if whole:
        step = max(1, round(step))
    return step, step * math.ceil(round(peak / step, 9))


def ratio(part: Number, whole: Number) -> Decimal | None:
    """``part`` of ``whole`` as a number (2859 of 3338 → 0,8565…) for a rate column; None when ``whole`` is 0.

    Tables keep the rate a number (a spreadsheet computes with it); the PDF prints it as 86%."""
    w = to_decimal(whole)
    return None if w == 0 else to_decimal(part) / w


def format_ratio(part: Number, whole: Number, lang: str = "vi", decimals: int = 0) -> str:
    """The cleared/occurred pair: ``2.859/3.338 (86%)``."""
    return (
        f"{format_number(part, lang)}/{format_number(whole, lang)} "
        f"({format_percent(part, whole, lang, decimals)})"
    )


# ---------------------------------------------------------------- quantities


def format_quantity(value: Number, unit: str, lang: str = "vi") -> str:
    """A figure with its unit, unit after the number: ``8,1 kg``, ``2.028 chiếc``."""
    return f"{format_number(value, lang)} {unit}".rstrip()


class QuantityTotals:
    """Sums of quantities kept apart by unit: khẩu and kg are never added together.

    >>> t = QuantityTotals(); t.add(3, "khẩu"); t.add(1.5, "kg"); t.add(2, "khẩu")
    >>> t.get("khẩu"), t.get("kg")
    (Decimal('5'), Decimal('1.5'))
    """

    def __init__(self, items: Iterable[tuple[Number, str]] = ()) -> None:
        self._sums: dict[str, Decimal] = {}
        for value, unit in items:
            self.add(value, unit)

    def add(self, value: Number, unit: str) -> None:
        if not unit:
            raise ValueError("A quantity needs its unit.")
        self._sums[unit] = self._sums.get(unit, Decimal(0)) + to_decimal(value)

    def get(self, unit: str) -> Decimal:
        return self._sums.get(unit, Decimal(0))

    def units(self) -> list[str]:
        return list(self._sums)

    def __iter__(self) -> Iterator[tuple[str, Decimal]]:
        return iter(self._sums.items())

    def __len__(self) -> int:
        return len(self._sums)

    def __add__(self, other: "QuantityTotals") -> "QuantityTotals":
        out = QuantityTotals(((v, u) for u, v in self))
        for unit, value in other:
            out.add(value, unit)
        return out

    def format(self, lang: str = "vi") -> str:
        """``5 khẩu, 1,5 kg`` in the order the units first appeared."""
        return ", ".join(format_quantity(v, u, lang) for u, v in self._sums.items())


def join_list(parts: Iterable[str], lang: str = "vi") -> str:
    """``a, b và c`` (vi) / ``a, b and c`` (en)."""
    items = [p for p in parts if p]
    if len(items) <= 1:
        return "".join(items)
    conj = " và " if _check_lang(lang) == "vi" else " and "
    return ", ".join(items[:-1]) + conj + items[-1]


# ---------------------------------------------------------------- dates


def format_date(d: _dt.date) -> str:
    """``05/02/2026`` in both languages (the house rule is dd/mm/yyyy)."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def parse_date(text: str) -> _dt.date:
    """``dd/mm/yyyy`` (as shown) or ISO ``yyyy-mm-dd`` (as on the command line)."""
    raw = text.strip()
    try:
        if "/" in raw:
            day, month, year = (int(p) for p in raw.split("/"))
            return _dt.date(year, month, day)
        return _dt.date.fromisoformat(raw)
    except ValueError as exc:
        raise ValueError(f"Ngày không hợp lệ: {text!r} (cần dd/mm/yyyy).") from exc


def _form_day(day: int) -> str:
    return f"{day:02d}" if day < 10 else str(day)


def _form_month(month: int) -> str:
    # Decree 30/2020, Appendix I: months 1 and 2 take a leading zero, 3..12 do not.
    return f"{month:02d}" if month <= 2 else str(month)


def form_date(d: _dt.date, lang: str = "vi") -> str:
    """``ngày 05 tháng 02 năm 2026`` / ``5 February 2026``."""
    if _check_lang(lang) == "vi":
        return f"ngày {_form_day(d.day)} tháng {_form_month(d.month)} năm {d.year}"
    return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"


def place_date_line(place: str, d: _dt.date, lang: str = "vi") -> str:
    """The italic line under the motto: ``Lạng Sơn, ngày 05 tháng 02 năm 2026`` (no place known: the date alone,
    capitalised, rather than a line opening on a comma)."""
    if not place.strip():
        day = form_date(d, lang)
        return day[:1].upper() + day[1:]
    return f"{nfc(place)}, {form_date(d, lang)}"


# the administrative word after which a unit's name is its place: "Công an tỉnh Lạng Sơn", "Công an xã Đồng Đăng",
# "Bộ Chỉ huy BĐBP tỉnh Lạng Sơn"; a border post named after its gate has none
_PLACE_AFTER = re.compile(r"\b(?:tỉnh|thành phố|xã|phường|đặc khu|thị trấn)\s+(.+)$", re.IGNORECASE)


def place_in_name(name: str) -> str:
    """The place a unit's name carries ("Lạng Sơn" in "Công an tỉnh Lạng Sơn"), or "" when it carries none."""
    found = _PLACE_AFTER.search(nfc(name or "").strip())
    return found.group(1).strip() if found else ""


def month_label(year: int, month: int, lang: str = "vi") -> str:
    """``tháng 02 năm 2026`` / ``February 2026`` (the subject line of a monthly report)."""
    if _check_lang(lang) == "vi":
        return f"tháng {_form_month(month)} năm {year}"
    return f"{_MONTHS_EN[month - 1]} {year}"


def register_number(number, year: int | str | None = None) -> str:
    """A number of a register as officers write it: ``5338`` or ``5338/2026``, never grouped like a
    quantity (``5.338``): it names a receipt, it does not count anything (issue 15 §4)."""
    if number in (None, ""):
        return ""
    text = str(int(number)) if not isinstance(number, str) else number.strip()
    return f"{text}/{year}" if year not in (None, "") else text


def format_time(t: _dt.time, lang: str = "vi") -> str:
    """``14 giờ 05 phút`` / ``14:05``."""
    if _check_lang(lang) == "vi":
        return f"{t.hour:02d} giờ {t.minute:02d} phút"
    return f"{t.hour:02d}:{t.minute:02d}"


def period_label(start: _dt.date, end: _dt.date, lang: str = "vi") -> str:
    """``từ ngày 01/01/2021 đến ngày 31/12/2025`` / ``from 01/01/2021 to 31/12/2025``."""
    if _check_lang(lang) == "vi":
        return f"từ ngày {format_date(start)} đến ngày {format_date(end)}"
    return f"from {format_date(start)} to {format_date(end)}"


def format_stamp(stamp: str | None) -> str:
    """A recorded moment ``2026-03-01T08:05:00+0700`` as ``01/03/2026 08:05`` (the local time it was written
    with); a bare date as ``01/03/2026``; other text as it is."""
    if not stamp:
        return ""
    try:
        t = _dt.datetime.strptime(stamp[:16], "%Y-%m-%dT%H:%M")
    except ValueError:
        try:
            return format_date(_dt.date.fromisoformat(stamp[:10]))
        except ValueError:
            return stamp
    return f"{format_date(t.date())} {t:%H:%M}"
