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

KINDS = ("text", "int", "decimal", "percent")


@dataclass(frozen=True)
class Column:
    """One column. ``kind``: text | int | decimal | percent (a ratio 0..1, shown as 86%).

    A percent column with ``decimals=None`` prints the digits its ratios were rounded to (0.857 as 85,7%).
    ``weight`` shares the spare width among text columns in the PDF; ``min_width``
    is in points; ``zero`` replaces a 0 in the PDF (e.g. "-") in dense tables.
    """

    label: str
    kind: str = "text"
    weight: float = 1.0
    min_width: float = 0.0
    decimals: int | None = None
    zero: str | None = None
    center: bool = False
    xlsx_width: float | None = None

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


def write_xlsx(tables: Sequence[ReportTable], out: str | Path | io.BytesIO) -> None:
    """One sheet per table: title in A1, bold header row (frozen), numbers typed, sensible widths."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    wb.remove(wb.active)
    used: set[str] = set()
    for i, t in enumerate(tables, 1):
        ws = wb.create_sheet(_sheet_name(t.sheet_name or t.title or f"Bang {i}", used))
        ws.append([nfc(t.title)])
        ws["A1"].font = Font(bold=True, size=12)
        ws.append([nfc(c.label).replace("\n", " ") for c in t.columns])
        for cell in ws[2]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        for row in t.rows:
            ws.append([_plain(v) for v in row])
        if t.total_row:
            ws.append([_plain(v) for v in t.total_row])
            for cell in ws[ws.max_row]:
                cell.font = Font(bold=True)
        ws.freeze_panes = "A3"
        for j, col in enumerate(t.columns, 1):
            letter = get_column_letter(j)
            if col.kind == "int":
                fmt = "#,##0"
            elif col.kind == "decimal":
                fmt = "#,##0.0##" if col.decimals is None else "#,##0." + "0" * col.decimals
            elif col.kind == "percent":
                fmt = "0." + "0" * col.decimals + "%" if col.decimals else "0%"
            else:
                fmt = None
            if fmt:
                for (cell,) in ws.iter_rows(min_row=3, min_col=j, max_col=j):
                    cell.number_format = fmt
            longest = max([len(nfc(col.label)) // 2 + 2] +
                          [len(str(r[j - 1])) for r in _all_rows(t)[:500] if r[j - 1] is not None])
            ws.column_dimensions[letter].width = col.xlsx_width or min(max(longest + 2, 8), 60)
    wb.save(out)


def _sheet_name(name: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\ and unique in the workbook.
    clean = "".join(" " if c in "[]:*?/\\" else c for c in nfc(name)).strip()[:31] or "Sheet"
    base, n = clean, 2
    while clean.lower() in used:
        suffix = f" ({n})"
        clean = base[: 31 - len(suffix)] + suffix
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


def write_tables(tables: Sequence[ReportTable], path: str | Path) -> None:
    """Write ``tables`` to ``path`` as .xlsx or .csv, by its extension."""
    fmt = output_format(path)
    if fmt == ".xlsx":
        write_xlsx(tables, path)
    elif fmt == ".csv":
        write_csv(tables, path)
    else:
        raise ValueError("Bảng chỉ xuất ra .xlsx hoặc .csv; tệp PDF do báo cáo tạo.")
