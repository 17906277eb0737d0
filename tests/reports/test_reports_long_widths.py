"""Widths of a long register (thousands of rows): measured over the whole table, not its first rows, and a
column given its text's natural width holds that text on one line.

Found on the 30,000-place ratings register: its first 150 rows ("Công an xã 1", "Thôn 1-0") were shorter than
the rest ("Công an xã 1409"), and "Trung bình" at its natural width wrapped on a rounding difference of
0,00004 pt: 2.136 pages instead of 1.307.
"""

from __future__ import annotations

from app.reports import layout
from app.reports.fonts import register_fonts
from app.reports.tables import Column, ReportTable

ROWS = 3_000


def _register() -> ReportTable:
    """Units named by number, so that the first rows are the short names; a class that is half the rows."""
    columns = [Column("TT", "int"), Column("Đơn vị"), Column("Tên địa bàn"), Column("Xếp loại"),
               Column("Số quyết định công nhận")]
    rows = [[i + 1, f"Công an xã {i // 10 + 1}", f"Thôn {i // 10 + 1}-{i % 10}",
             "Trung bình" if i % 2 else "Khá", "12/QĐ-UBND"] for i in range(ROWS)]
    return ReportTable("Danh sách", columns, rows)


def _lines_per_column(flowable) -> list[int]:
    """The most lines any cell of each column takes, as the long table draws them."""
    cells = flowable.rows.cells
    return [max(len(row[i]) for row in cells) for i in range(len(cells[0]))]


def test_the_last_rows_of_a_long_register_are_not_wrapped_for_the_first_ones():
    register_fonts()
    t = _register()
    f = layout.table_flowable(t, layout.LANDSCAPE_TEXT_WIDTH, lang="vi", balanced=True)
    assert isinstance(f, layout.LongRows)
    assert _lines_per_column(f) == [1, 1, 1, 1, 1]  # room for every column: nothing wraps, last rows included
    # the rows a balanced table measures reach its end and hold each column's longest value
    picked = layout._sample_rows(layout._cell_texts(t, "vi"), [1, 2, 3, 4])
    assert len(picked) <= layout.BALANCE_ROWS and picked[-1] >= ROWS - ROWS // layout.BALANCE_ROWS - 1
    assert ROWS - 1 in picked or any(len(t.rows[r][1]) == len(t.rows[-1][1]) for r in picked)


def test_a_column_at_its_natural_width_holds_its_text_on_one_line():
    register_fonts()
    t = ReportTable("x", [Column("TT", "int"), Column("Xếp loại")], [[i, "Trung bình"] for i in range(200)])
    size = layout.TABLE_SIZE
    natural = layout._WordWidths(size, layout.SERIF)("Trung bình") + 2 * layout.CELL_PAD + 1
    # a width computed as a sum, as the width rules do, lands within a rounding error of the natural width
    width = layout._fit_font(t.columns, ["TT", "Xếp loại"], layout._cell_texts(t, "vi"), 0, size,
                             minima_only=True)[1][0] + (natural - 1e-9)
    f = layout.table_flowable(t, width, lang="vi")
    assert _lines_per_column(f)[1] == 1
