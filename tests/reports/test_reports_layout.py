"""The administrative form: header lines, fonts, margins, page numbers, foot; tables that never overflow."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from app.formatting import format_number
from app.reports.fonts import vietnamese_letters
from app.reports.layout import (
    CELL_PAD,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    TEXT_WIDTH,
    DocumentHeader,
    Signature,
    build_document,
    para,
    table_flowable,
)
from app.reports.tables import Column, ReportTable


HEADER = DocumentHeader(parent_body="Công an tỉnh Lạng Sơn", unit_name="Công an xã Đồng Đăng", number="12/BC-CAX",
                        title="Báo cáo", subject="Kết quả công tác tháng 01 năm 2026", place="Lạng Sơn",
                        date=dt.date(2026, 2, 5))
SIGN = Signature(capacity="KT. Trưởng Công an xã", title="Phó Trưởng Công an xã", name="Thiếu tá Hoàng Văn Đức")


@pytest.fixture(scope="session")
def build(read_back):
    def _build(body, **kw):
        header = kw.pop("header", HEADER)
        return read_back(lambda buf: build_document(buf, header, body, **kw))
    return _build


@pytest.fixture(scope="module")
def long_doc(build):
    body = [para(f"Đoạn {i}: Nội dung báo cáo có đủ dấu tiếng Việt — ắ ằ ẳ ẵ ặ Ấ Ệ ỗ Ợ ữ Ự ỳ ỵ ỷ ỹ Đ & <b>.")
            for i in range(80)]
    return build(body, recipients=["Công an tỉnh (PV05)", "Lưu: VT"], signatures=[SIGN])


def test_header_lines_and_their_sides(long_doc):
    first = long_doc.texts[0]
    for line in ("CÔNG AN TỈNH LẠNG SƠN", "CÔNG AN XÃ ĐỒNG ĐĂNG", "Số: 12/BC-CAX", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                 "Độc lập - Tự do - Hạnh phúc", "Lạng Sơn, ngày 05 tháng 02 năm 2026", "BÁO CÁO",
                 "Kết quả công tác tháng 01 năm 2026"):
        assert line in first, line
    words = {w["text"]: w for w in long_doc.words[0]}
    mid = long_doc.sizes[0][0] / 2
    assert words["TỈNH"]["x1"] < mid + 20 * mm and words["12/BC-CAX"]["x1"] < mid
    assert words["NGHĨA"]["x0"] > mid - 10 * mm
    assert "Bold" in words["ĐĂNG"]["fontname"] and "Bold" not in words["TỈNH"]["fontname"]
    assert "Bold" in words["Hạnh"]["fontname"] and "Bold" in words["CỘNG"]["fontname"]
    date_line = [w for w in long_doc.words[0] if w["text"] in ("ngày", "tháng") and w["top"] < 130]
    assert date_line and all("Italic" in w["fontname"] for w in date_line)  # the place and date line
    assert all(w["fontname"].split("+")[-1].startswith("LiberationSerif") for w in long_doc.words[0])


def test_foot_recipients_left_signature_right(long_doc):
    last = long_doc.words[-1]
    mid = long_doc.sizes[-1][0] / 2
    nhan = next(w for w in last if w["text"] == "Nơi")
    kt = next(w for w in last if w["text"] == "KT.")
    assert nhan["x0"] < mid < kt["x0"]
    assert "Italic" in nhan["fontname"] and "Bold" in nhan["fontname"]
    flat = " ".join(long_doc.texts[-1].split())
    assert "- Công an tỉnh (PV05);" in flat and "- Lưu: VT." in flat
    assert "PHÓ TRƯỞNG CÔNG AN XÃ" in flat and "Thiếu tá Hoàng Văn Đức" in flat


def test_page_numbers_from_page_two_top_centre(long_doc):
    assert len(long_doc.texts) >= 3
    assert not long_doc.texts[0].startswith("1")
    for n, words in enumerate(long_doc.words[1:], 2):
        top = min(words, key=lambda w: w["top"])
        assert top["text"] == str(n)
        centre = (top["x0"] + top["x1"]) / 2
        assert abs(centre - (MARGIN_LEFT + TEXT_WIDTH / 2)) < 3
        assert top["bottom"] < MARGIN_TOP


def test_everything_inside_the_margins(long_doc):
    w, h = long_doc.sizes[0]
    for page, chars in enumerate(long_doc.chars):
        for x0, x1, top, bottom, c in chars:
            assert x0 >= MARGIN_LEFT - 0.5 and x1 <= w - MARGIN_RIGHT + 0.5, (page, c, x0, x1)
            if page and top < MARGIN_TOP:
                continue  # the page number lives in the top margin
            assert top >= MARGIN_TOP - 1 and bottom <= h - MARGIN_BOTTOM + 1, (page, c, top, bottom)


def test_vietnamese_letters_survive_the_round_trip(long_doc, build):
    body = [para("Bảng chữ: " + vietnamese_letters())]
    back = build(body, signatures=[SIGN])
    got = "".join(back.text.split())
    assert vietnamese_letters() in got
    assert "& <b>." in long_doc.text  # user text is escaped, not taken as markup


def test_decomposed_input_prints_composed(build):
    import unicodedata
    back = build([para(unicodedata.normalize("NFD", "Thôn Nà Lầu, xã Đồng Đăng"))], signatures=[SIGN])
    assert "Thôn Nà Lầu, xã Đồng Đăng" in back.text


def test_header_without_date_leaves_blanks_and_receipt_style_omits_it(build):
    h = DocumentHeader(**{**HEADER.__dict__, "date": None})
    assert "Lạng Sơn, ngày ..... tháng ..... năm ....." in build([para("x")], header=h).texts[0]
    h2 = DocumentHeader(**{**HEADER.__dict__, "show_place_date": False})
    assert "ngày 05 tháng 02" not in build([para("x")], header=h2).texts[0]


def test_english_header(build):
    h = DocumentHeader(**{**HEADER.__dict__, "lang": "en", "title": "Report"})
    first = build([para("x")], header=h, signatures=[SIGN]).texts[0]
    assert "SOCIALIST REPUBLIC OF VIETNAM" in first and "Lạng Sơn, 5 February 2026" in first and "No.: 12/BC-CAX" in first


# ---------------------------------------------------------------- tables


def _overflows(t, rt) -> list[str]:
    """Cells whose content is wider than their column (after padding)."""
    t.wrap(TEXT_WIDTH, 10_000)
    bad = []
    size = t._cellStyles[1][0].fontsize if len(t._cellvalues) > 1 else 11
    for r, row in enumerate(t._cellvalues):
        for c, v in enumerate(row):
            if isinstance(v, (list, tuple)):
                (v,) = v
            room = t._colWidths[c] - 2 * CELL_PAD + 0.01
            if isinstance(v, Paragraph):
                if v.minWidth() > room:
                    bad.append(v.getPlainText())
            elif v and max(stringWidth(line, t._cellStyles[r][c].fontname, size)
                           for line in str(v).split("\n")) > room:  # each line a plain cell draws, in its face
                bad.append(str(v))
    return bad


def test_long_words_and_big_numbers_fit_their_cells():
    cols = [Column("TT", "int", weight=0), Column("Đơn vị"), Column("Mã định danh", weight=0.2)] + \
           [Column(f"Cột số {i}\n(chiếc)", "decimal") for i in range(8)]
    rows = [[i, "Công an phường Hoàng Văn Thụ thành phố Lạng Sơn", "0201680012345678",
             *[Decimal("1234567.5") * i for _ in range(8)]] for i in range(1, 30)]
    t = table_flowable(ReportTable("T", cols, rows))
    assert _overflows(t, None) == []
    assert sum(t._colWidths) <= TEXT_WIDTH + 0.01


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 12), st.lists(st.text(alphabet="aăâđêôơưÀẠỹ ", min_size=0, max_size=30), min_size=1, max_size=6),
       st.lists(st.integers(0, 10**9), min_size=1, max_size=6))
def test_no_cell_overflows_for_any_table(n_num, texts, nums):
    cols = [Column("Tên đơn vị")] + [Column(f"Số {i}", "int") for i in range(n_num)]
    rows = [[t, *[nums[(i + j) % len(nums)] for j in range(n_num)]] for i, t in enumerate(texts)]
    try:
        t = table_flowable(ReportTable("", cols, rows))
    except ValueError as exc:  # too wide even at 6 pt: refused, never printed overflowing
        assert "quá rộng" in str(exc)
        assert n_num * (stringWidth(format_number(max(nums)), "LiberationSerif-Bold", 6) + 2 * CELL_PAD) > TEXT_WIDTH * 0.8
        return
    assert sum(t._colWidths) <= TEXT_WIDTH + 0.01
    assert _overflows(t, None) == []


def test_table_rows_must_match_columns():
    with pytest.raises(ValueError):
        ReportTable("x", [Column("a")], [["1", "2"]])
    with pytest.raises(ValueError):
        Column("a", "money")


def test_a_long_table_prints_every_row_once_in_order(build):
    """Issue 17 item 2: a table of thousands of rows (drawn by app/reports/long_table.py); read back, every row is
    there once, in order, its wrapped name whole, bold rows and the total where they belong."""
    CHUNK_ROWS = 1000  # noqa: N806 (rows between the rows looked for)

    n = 2 * CHUNK_ROWS + 37
    cols = [Column("TT", "int", weight=0), Column("Tên mô hình", weight=0.3), Column("Số hộ", "int")]
    rows = [[i, f"Tổ tự quản an ninh trật tự thôn Nà Pàn số {i} xã Đồng Đăng", i * 3] for i in range(1, n + 1)]
    bold = frozenset({5, CHUNK_ROWS + 2})
    rt = ReportTable("", cols, rows, [None, "Cộng", sum(r[2] for r in rows)], bold_rows=bold)
    back = build([table_flowable(rt)])
    flat = back.flat
    at = -1
    for i in (1, 2, CHUNK_ROWS, CHUNK_ROWS + 1, 2 * CHUNK_ROWS + 1, n):
        found = flat.find(f" {format_number(i)} Tổ tự quản an ninh trật tự", at + 1)
        assert found > at, i
        at = found
    assert flat.count("Tổ tự quản an ninh") == n
    assert f"Cộng {format_number(sum(r[2] for r in rows))}" in flat
    bold_words = {w["text"] for page in back.words for w in page if "Bold" in w["fontname"]}
    assert {"6", format_number(CHUNK_ROWS + 3)} <= bold_words and "7" not in bold_words


def _long_sample(n: int) -> ReportTable:
    cols = [Column("TT", "int", weight=0), Column("Đơn vị\n(tên)", weight=1.5),
            Column("Tên mô hình", weight=3), Column("Trạng thái", center=True), Column("Số hộ", "int"),
            Column("Km", "decimal")]
    rows = [[i, f"Công an xã Đồng Đăng số {i // 7}", f"Tổ tự quản an ninh trật tự thôn Nà Pàn {i}" * (1 + i % 3),
             "Đang hoạt động" if i % 4 else "Đã kết thúc", i * 37, Decimal("12.5") * (i % 5)] for i in range(1, n + 1)]
    return ReportTable("", cols, rows, [None, "Cộng", None, None, sum(r[4] for r in rows), None],
                       bold_rows=frozenset({3, 150, 299}))


def test_a_long_table_prints_what_reportlabs_table_printed(build, monkeypatch):
    """Issue 17 item 2: the fast drawing of long tables puts every word where reportlab's Table put it, in the
    same face, on the same page (the printed content stays the same), header repeated on every page."""
    import app.reports.layout as layout

    rt = _long_sample(320)
    fast = build([para("Danh sách"), table_flowable(rt, layout.LANDSCAPE_TEXT_WIDTH)])
    monkeypatch.setattr(layout, "LONG_ROWS", 10**9)
    table = table_flowable(rt, layout.LANDSCAPE_TEXT_WIDTH)
    assert type(table).__name__ != "LongRows"
    slow = build([para("Danh sách"), table])

    def words(doc):
        return [[(w["text"], round(w["x0"], 1), round(w["top"], 1), w["fontname"].split("+")[-1]) for w in page]
                for page in doc.words]
    assert len(fast.words) == len(slow.words) > 3
    assert words(fast) == words(slow)
    table_pages = [page for page in fast.texts if "Nà Pàn" in page]
    assert len(table_pages) > 3 and all(page.count("Tên mô hình") == 1 for page in table_pages)


def test_a_paragraph_over_pages_keeps_its_lines(build):
    """Issue 17 item 2: the rest of a paragraph split over pages keeps the lines it was broken into (no new
    line breaking per page); every word stays where reportlab's own Paragraph put it, page by page."""
    from reportlab.platypus import Paragraph

    from app.reports.layout import styles
    from app.reports.long_table import KeptLinesParagraph

    sentence = "Các đơn vị chưa hoàn thành nhiệm vụ quá hạn: " + ", ".join(
        f"Công an xã Đồng Đăng số {i}" + (" <b>(quá hạn)</b>" if i % 50 == 0 else "") for i in range(1200)) + "."
    def doc(cls):
        return build([para("Mở đầu."), cls(sentence, styles().body), para("Kết thúc.")])

    kept, plain = doc(KeptLinesParagraph), doc(Paragraph)

    def words(d):
        return [[(w["text"], round(w["x0"], 1), round(w["top"], 1), w["fontname"].split("+")[-1]) for w in page]
                for page in d.words]
    assert len(kept.words) == len(plain.words) >= 8
    assert words(kept) == words(plain)
    assert kept.flat == plain.flat and "số 1199. Kết thúc." in kept.flat
