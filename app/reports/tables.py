"""Report tables as plain data, and their export to .xlsx and .csv.

A :class:`ReportTable` is what a report shows as a table; the PDF layout
(:func:`app.reports.layout.table_flowable`) and the spreadsheet exports read the
same object, so the printed figures and the exported ones cannot drift apart.

Spreadsheets keep numbers as numbers (Excel shows them in the reader's locale);
CSV is UTF-8 with a byte-order mark so that Excel opens Vietnamese text
correctly, comma-separated, with ``.`` as the decimal point (RFC 4180).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.formatting import nfc
from app.reports.errors import ReportError

KINDS = ("text", "int", "decimal", "percent", "change")


@dataclass(frozen=True)
class Column:
    """One column. ``kind``: text | int | decimal | percent (a ratio 0..1, shown as 86%) | change (a signed
    whole number against an earlier figure, shown +2, -1, 0).

    A percent column with ``decimals=None`` prints the digits its ratios were rounded to (0.857 as 85,7%).
    ``weight`` shares the spare width among text columns in the PDF; ``min_width``
    is in points; ``zero`` replaces a 0 in the PDF (e.g. "-") in dense tables. ``whole``: the PDF keeps each
    cell on one line when it can (names of units: a list of units is read down the column, not word by word).
    """

    label: str
    kind: str = "text"
    weight: float = 1.0
    min_width: float = 0.0
    decimals: int | None = None
    zero: str | None = None
    center: bool = False
    xlsx_width: float | None = None
    whole: bool = False

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Unknown column kind {self.kind!r}.")

    @property
    def is_text(self) -> bool:
        return self.kind == "text"


@dataclass
class ReportTable:
    title: str
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    total_row: list[Any] | None = None
    sheet_name: str = ""
    bold_rows: frozenset[int] = frozenset()  # indexes into ``rows`` shown bold (group headings)

    def __post_init__(self) -> None:
        n = len(self.columns)
        for row in self.rows + ([self.total_row] if self.total_row else []):
            if len(row) != n:
                raise ValueError(f"Table {self.title!r}: a row has {len(row)} cells for {n} columns.")


FORMATS = (".pdf", ".xlsx", ".csv")


def output_format(path: str | Path) -> str:
    """The format ``--out`` asks for, from its extension; one clear sentence when it is not one we write."""
    ext = Path(path).suffix.lower()
    if ext not in FORMATS:
        raise ReportError("report_bad_format", ext=ext or Path(path).name)
    return ext


def _plain(value: Any) -> Any:
    """A cell as a spreadsheet value: numbers stay numbers, text NFC, dates as dates."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (int, float, dt.date)):
        return value
    return nfc(str(value))


def _all_rows(t: ReportTable) -> list[list[Any]]:
    return t.rows + ([t.total_row] if t.total_row else [])


# Number formats a provincial office can use as is (issue 19 item 6). The codes are Excel's own ("," groups
# thousands, "." marks the decimal, in the file); the figures stay numbers that add up. The locale tag [$-42A]
# (Vietnamese) makes LibreOffice show 2.028, 8,1 and 85,7% and keeps dd/mm/yyyy a day first on an English system
# (without it LibreOffice turned 07/12/2026 into 12/07/2026); Excel shows numbers with the system's separators.
LOCALE_TAGS = {"vi": "[$-42A]", "en": "[$-809]"}  # Vietnamese; English (United Kingdom): dates day first too
INT_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.0##"  # only on a cell that has a fraction: 8,1 and 2,75; 13 stays "13"
PERCENT_FORMAT = "0.0%"  # 0.857 -> 85,7%: rates keep one decimal in a spreadsheet
DATE_FORMAT = "dd/mm/yyyy"
MAX_WIDTH = 60  # characters; a longer text wraps


def number_format(col: Column, value: Any, lang: str = "vi") -> str | None:
    """The Excel format of one cell of ``col`` holding ``value`` in a sheet for ``lang`` (None: text as typed)."""
    if value is None or isinstance(value, str):
        return None
    tag = LOCALE_TAGS.get(lang, LOCALE_TAGS["vi"])
    if isinstance(value, dt.date):
        return tag + DATE_FORMAT
    if col.kind == "percent":
        return tag + PERCENT_FORMAT
    if col.kind == "change":
        return f"{tag}+{INT_FORMAT};{tag}-{INT_FORMAT};0"
    if col.kind == "int" or isinstance(value, int) or (
            isinstance(value, (Decimal, float)) and value == int(value)):
        if col.kind == "decimal" and col.decimals:
            return tag + INT_FORMAT + "." + "0" * col.decimals  # a column of scores keeps its decimals
        return tag + INT_FORMAT
    if col.decimals:
        return tag + INT_FORMAT + "." + "0" * col.decimals
    return tag + DECIMAL_FORMAT


def _shown_width(col: Column, value: Any) -> int:
    """About how many characters ``value`` takes on screen once formatted (for the column's width)."""
    from app.formatting import format_number

    if value is None:
        return 0
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        if col.kind == "percent":
            return 7
        return len(format_number(value, "vi", col.decimals)) + 1
    return max(len(line) for line in nfc(str(value)).split("\n"))


def write_xlsx(tables: Sequence[ReportTable], out: str | Path | io.BytesIO, heading: Sequence[str] = (),
               lang: str = "vi") -> None:
    """One sheet per table: ``heading`` (the issuing unit, the form's title and period), the table's title,
    the column header (frozen with everything above it), then typed cells: whole numbers as integers,
    fractions as decimals, dates as dates shown dd/mm/yyyy, rates as numbers with one decimal and %."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    lines = [nfc(h) for h in heading if h]
    for i, t in enumerate(tables, 1):
        ws = wb.create_sheet(_sheet_name(t.sheet_name or t.title or f"Bảng {i}", used))
        for line in lines:
            ws.append([line])
            ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.append([nfc(t.title)])
        ws.cell(ws.max_row, 1).font = Font(bold=True, size=12)
        ws.append([nfc(c.label).replace("\n", " ") for c in t.columns])
        header_row = ws.max_row
        for cell in ws[header_row]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        first = header_row + 1
        for n, row in enumerate(_all_rows(t)):
            ws.append([_plain(v) for v in row])
            bold = n in t.bold_rows or (t.total_row is not None and n == len(t.rows))
            for col, cell in zip(t.columns, ws[ws.max_row]):
                value = cell.value.date() if isinstance(cell.value, dt.datetime) else cell.value
                fmt = number_format(col, value, lang)
                if fmt:
                    cell.number_format = fmt
                elif col.is_text and cell.value is not None and len(str(cell.value)) > MAX_WIDTH:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                if bold:
                    cell.font = Font(bold=True)
        ws.freeze_panes = f"A{first}"
        sample = _all_rows(t)[:1000]
        header_lines = 1
        for j, col in enumerate(t.columns, 1):
            label = nfc(col.label).replace("\n", " ")
            head = max(len(w) for w in label.split()) if label.split() else 4
            widest = max([head, 4] + [_shown_width(col, r[j - 1]) for r in sample])
            width = col.xlsx_width or min(widest + 2, MAX_WIDTH)
            ws.column_dimensions[get_column_letter(j)].width = width
            header_lines = max(header_lines, _wrapped_lines(label, width - 1))
        # a spreadsheet does not grow a row for wrapped text by itself: the header gets the lines it needs
        ws.row_dimensions[header_row].height = 15 * header_lines
        # printed as it is: the width of one page (landscape when wide), the header on every page
        ws.page_setup.orientation = "landscape" if len(t.columns) > 7 else "portrait"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.print_title_rows = f"{header_row}:{header_row}"
    wb.save(out)


def _wrapped_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes wrapped at word boundaries in a column ``width`` characters wide."""
    lines, used = 1, 0
    for word in text.split():
        if used and used + 1 + len(word) > width:
            lines, used = lines + 1, len(word)
        else:
            used += (1 if used else 0) + len(word)
    return lines


def _sheet_name(name: str, used: set[str]) -> str:
    # Excel: at most 31 characters (diacritics kept: they count one each in NFC), none of []:*?/\ and unique.
    clean = " ".join("".join(" " if c in "[]:*?/\\" else c for c in nfc(name)).split())[:31].strip() or "Sheet"
    base, n = clean, 2
    while clean.lower() in used:
        suffix = f" ({n})"
        clean = base[: 31 - len(suffix)].rstrip() + suffix
        n += 1
    used.add(clean.lower())
    return clean


def csv_text(tables: Sequence[ReportTable]) -> str:
    """The CSV text (without BOM). Several tables follow one another, each after its title line and a blank line."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for i, t in enumerate(tables):
        if len(tables) > 1:
            if i:
                w.writerow([])
            w.writerow([nfc(t.title)])
        w.writerow([nfc(c.label).replace("\n", " ") for c in t.columns])
        for row in _all_rows(t):
            w.writerow(["" if v is None else _csv_value(v) for v in row])
    return buf.getvalue()


def _csv_value(v: Any) -> str:
    v = _plain(v)
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def write_csv(tables: Sequence[ReportTable], out: str | Path | io.BytesIO) -> None:
    data = "\ufeff".encode() + csv_text(tables).encode("utf-8")
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    else:
        out.write(data)


def write_tables(tables: Sequence[ReportTable], path: str | Path, heading: Sequence[str] = (),
                 lang: str = "vi") -> None:
    """Write ``tables`` to ``path`` as .xlsx (``heading`` lines above each sheet's table; numbers shown as
    ``lang`` writes them) or .csv."""
    fmt = output_format(path)
    if fmt == ".xlsx":
        write_xlsx(tables, path, heading, lang)
    elif fmt == ".csv":
        write_csv(tables, path)
    else:
        raise ValueError("Bảng chỉ xuất ra .xlsx hoặc .csv; tệp PDF do báo cáo tạo.")
