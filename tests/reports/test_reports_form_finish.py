"""Issue 19, what was left: every form numbers its own tables, a receipt is signed by the people who were there,
a level above signs under its own head's title, and the models register reads as a register. Each read back from
the PDF and compared with what a person writes down from tests/reports/levels.py (never the report code)."""

from __future__ import annotations

import re

import pytest

from app.domain import form_settings as fs
from app.reports.layout import MARGIN_LEFT, TEXT_WIDTH

from .levels import LEVELS, POST

FIVE_YEARS = dict(date_from="2021-01-01", date_to="2025-12-31")


def captions(flat: str, word: str = "Bảng") -> list[tuple[int, str]]:
    return [(int(n), t) for n, t in re.findall(rf"{word} (\d+)\. (.{{0,30}})", flat)]


# ---------------------------------------------------------------- 1. tables numbered from 1 on each form


@pytest.mark.parametrize("kind, kw, unit, lang, expected", [
    # the province's five-year review: items by year, the signed copies, indicators, then the 2025 ratings of Hàm Tiến
    ("summary", FIVE_YEARS, "CAT-BT", "vi", ["Kết quả tiếp nhận theo năm", "Biên bản tiếp nhận đã có bản ký",
                                            "Các chỉ tiêu tổng hợp", "Kết quả xếp loại phong trào", "Địa bàn được công"]),
    ("summary", FIVE_YEARS, "CAT-BT", "en", ["Items received by year", "Receipts with their signed",
                                            "Indicator totals", "Places per class, by year", "Places recognised"]),
    ("summary", FIVE_YEARS, POST[0], "vi", ["Các chỉ tiêu tổng hợp"]),  # the post received nothing in 2021-2025
    ("models", {}, "CAX-HT", "vi", ["Mô hình theo loại"]),
    ("models", {}, "BCA", "en", ["Models by type"]),
    ("ratings", dict(year=2025), "CAT-BT", "vi", ["Kết quả xếp loại phong trào", "Địa bàn được công nhận"]),
    ("ratings", dict(year=2025), "BCA", "en", ["Places per class, by year", "Places recognised"]),
    ("plan", None, "CAT-BT", "vi", ["Tiến độ thực hiện các nhiệm vụ", "Tiến độ theo đơn vị"]),
    ("plan", None, "CAX-HT", "en", ["Progress of the tasks", "Progress per unit"]),
])
def test_every_form_numbers_its_tables_from_one(pdf, world, kind, kw, unit, lang, expected):
    _, ids = world
    flat = pdf(kind, lang=lang, unit=unit, **(kw if kw is not None else dict(plan_id=ids["plan"]))).flat
    got = captions(flat, "Bảng" if lang == "vi" else "Table")
    assert [n for n, _ in got] == list(range(1, len(expected) + 1)), got
    for (_, title), start in zip(got, expected):
        assert title.startswith(start[:30]), (title, start)


def test_a_form_with_nothing_to_tabulate_numbers_nothing(pdf, world):
    _, ids = world
    for kind, kw in (("ratings", dict(year=2025)), ("plan", dict(plan_id=ids["plan"]))):
        flat = pdf(kind, unit=POST[0], **kw).flat  # the post was rated nowhere and given no task
        assert not captions(flat), kind


# ---------------------------------------------------------------- 2. who signs a receipt


def _signature_row(back) -> str:
    """The capitalised titles of the signature blocks, as printed across the foot of the last page."""
    return " ".join(line for line in back.texts[-1].splitlines()
                    if re.search(r"NGƯỜI|HANDED|WITNESS|RECEIVING OFFICER", line))


def test_an_owner_unknown_receipt_has_no_hand_over_signature_and_no_blank_witness(pdf, world):
    _, ids = world
    back = pdf("receipt", receipt_id=ids["found_receipt"])  # Tân Thành's gun found on 08/11/2026, no witness
    assert "không rõ chủ sở hữu" in back.flat
    assert "NGƯỜI GIAO NỘP" not in back.flat and "NGƯỜI CHỨNG KIẾN" not in back.flat
    assert _signature_row(back) == "NGƯỜI LẬP BIÊN BẢN"
    assert "Lê Văn Tư" in back.texts[-1]  # the officer who received it signs
    en = pdf("receipt", lang="en", receipt_id=ids["found_receipt"])
    assert "HANDED IN BY" not in en.flat and "WITNESS" not in en.flat and "RECEIVING OFFICER" in en.flat
    # the one block stands at the right half of the page, where a signature goes
    officer = [w for w in back.words[-1] if w["text"] == "LẬP"]
    assert officer and officer[0]["x0"] > MARGIN_LEFT + TEXT_WIDTH * 0.45


def test_a_receipt_handed_over_by_a_person_is_signed_by_that_person_and_no_blank_witness(pdf, world):
    _, ids = world
    back = pdf("receipt", receipt_id=ids["mn_receipt"])  # Nguyễn Văn Ba handed it in; nobody witnessed it
    assert _signature_row(back).split("NGƯỜI ")[1:] == ["GIAO NỘP ", "LẬP BIÊN BẢN"]
    assert "Nguyễn Văn Ba" in back.texts[-1]


def test_every_recorded_witness_signs(world, tmp_path, read_back):
    from app.domain import surrenders
    from app.domain.surrenders import Line
    from app.reports.writer import write_report

    store, _ = world
    rec = surrenders.add_surrender(store, unit_code="CAX-TT", date="2026-11-09", person_name="", owner_unknown=True,
                                   method="found", received_by="Lê Văn Tư", witnesses=["Hà Văn Một", "Lò Thị Hai"],
                                   lines=[Line("weapon.primitive", "2")])
    try:
        out = write_report(store, "receipt", tmp_path / "w.pdf", receipt_id=rec.id)
        back = read_back(lambda buf: buf.write(out.read_bytes()))
        assert back.flat.count("NGƯỜI CHỨNG KIẾN") == 2 and "NGƯỜI GIAO NỘP" not in back.flat
        assert "Hà Văn Một" in back.texts[-1] and "Lò Thị Hai" in back.texts[-1]
    finally:
        surrenders.delete_surrender(store, rec.id)


# ---------------------------------------------------------------- 3. who signs at each level


HEADS = {  # Decree 30 titles, written down from domain.md and the units' own names
    "CAX-HT": ("TRƯỞNG CÔNG AN XÃ", "COMMUNE POLICE CHIEF"),
    "CAX-MN": ("TRƯỞNG CÔNG AN PHƯỜNG", "WARD POLICE CHIEF"),  # Công an phường Mũi Né
    POST[0]: ("ĐỒN TRƯỞNG", "POST COMMANDER"),
    "CAT-BT": ("GIÁM ĐỐC", "DIRECTOR"),
    "BP-LS": ("CHỈ HUY TRƯỞNG", "COMMANDER"),
    "BCA": ("BỘ TRƯỞNG", "MINISTER"),  # Bộ Công an
}


def _foot(back) -> str:
    """The page with "Nơi nhận" / "Recipients", from there on: where the signer's title is (before any appendix)."""
    page = next(t for t in back.texts if "Nơi nhận:" in t or "Recipients:" in t)
    return page[max(page.find("Nơi nhận:"), page.find("Recipients:")):]


@pytest.mark.parametrize("unit", list(HEADS))
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_level_signs_under_its_own_heads_title(pdf, unit, lang):
    foot = _foot(pdf("monthly", lang=lang, unit=unit, month="2026-11"))
    title = HEADS[unit][0 if lang == "vi" else 1]
    assert re.search(rf"(^|\s){re.escape(title)}(\s|$)", foot), foot
    assert "THỦ TRƯỞNG ĐƠN VỊ" not in foot and "HEAD OF UNIT" not in foot
    if unit != "CAX-HT":
        assert "CÔNG AN XÃ" not in foot  # no commune title above a commune
    # the store is the national one: its officer signs its own forms, nobody else's
    assert ("Trần Văn Quốc" in foot) == (unit == "BCA")


def test_a_communes_form_printed_above_follows_the_communes_settings(world, tmp_path, read_back):
    from app.reports.writer import write_report

    store, _ = world
    fs.set_signer(store, "CAX-TT", "models", title="Phó Trưởng Công an xã", name="Thiếu tá Hoàng Văn Đức",
                  capacity="KT.")
    try:
        out = write_report(store, "models", tmp_path / "m.pdf", unit="CAX-TT")
    finally:
        fs.set_signer(store, "CAX-TT", "models", title="", name="", capacity="")
    foot = _foot(read_back(lambda buf: buf.write(out.read_bytes())))
    assert "KT. TRƯỞNG CÔNG AN XÃ" in foot and "PHÓ TRƯỞNG CÔNG AN XÃ" in foot and "Thiếu tá Hoàng Văn Đức" in foot
    assert "Trần Văn Quốc" not in foot and "BỘ TRƯỞNG" not in foot


@pytest.mark.parametrize("kind, name, vi, en", [
    ("commune_police", "Công an xã Đồng Đăng", "Trưởng Công an xã", "Commune police chief"),
    ("commune_police", "Công an  phường Bến Thành", "Trưởng Công an phường", "Ward police chief"),
    ("commune_police", "Công an đặc khu Phú Quốc", "Trưởng Công an đặc khu", "Special zone police chief"),
    ("provincial_police", "Công an Thành phố Hồ Chí Minh", "Giám đốc", "Director"),
    ("bg_command", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn", "Chỉ huy trưởng", "Commander"),
    ("border_post", "Đồn Biên phòng Chi Ma", "Đồn trưởng", "Post commander"),
    ("national", "Bộ Công an", "Bộ trưởng", "Minister"),
    ("national", "Bộ Tư lệnh Bộ đội Biên phòng", "Tư lệnh", "Commander"),
    ("national", "Cục Cảnh sát quản lý hành chính về trật tự xã hội", "Cục trưởng", "Director General"),
    ("national", "Ban chỉ đạo", "Thủ trưởng đơn vị", "Head of unit"),
    ("something_else", "", "Thủ trưởng đơn vị", "Head of unit"),
])
def test_head_titles(kind, name, vi, en):
    assert fs.head_title(kind, name, "vi") == vi and fs.head_title(kind, name, "en") == en


# ---------------------------------------------------------------- 4. the models register reads as a register


def _register(n: int, border: bool = False):
    import datetime as dt

    from app.reports.register import ModelRegister, RegisterEntry

    from .conftest import ISSUER

    units = ["Công an phường Mũi Né", "Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị", "Công an xã Hàm Tiến"]
    entries = [RegisterEntry(units[i % 3], f"Tổ tự quản đường biên, mốc quốc giới bản Pò Nhùng số {i}",
                             "Tổ tự quản an ninh trật tự thôn, bản", "Thôn 1", dt.date(2020, 1, 1 + i % 28),
                             members=10, border_km=3.5 if border else None, markers=4 if border else None)
               for i in range(1, n + 1)]
    return ModelRegister(ISSUER, "/DS-CAX", dt.date(2026, 12, 5), entries)


def _overlaps(words) -> list:
    """Pairs of words whose boxes cross on a page (text drawn over text)."""
    out = []
    ws = sorted(words, key=lambda w: (w["top"], w["x0"]))
    for a, b in zip(ws, ws[1:]):
        same_line = abs(a["top"] - b["top"]) < 2
        if same_line and b["x0"] < a["x1"] - 0.5:
            out.append((a["text"], b["text"]))
    return out


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_register_repeats_its_header_wraps_names_and_draws_nothing_over_anything(read_back, lang):
    from app.reports.register import build_register_pdf

    back = read_back(lambda buf: build_register_pdf(_register(60), buf, lang))
    wide = [i for i, (w, h) in enumerate(back.sizes) if w > h]
    assert len(wide) >= 3  # 60 models of three-line rows do not fit two landscape pages
    head = "Tên mô hình" if lang == "vi" else "Model"
    for i in wide:  # the column header on every page of the list
        assert head in back.texts[i] and ("Thành lập" if lang == "vi" else "Established") in back.texts[i]
        assert not _overlaps(back.words[i]), _overlaps(back.words[i])[:3]
    rows = [line for i in wide for line in back.texts[i].splitlines() if re.match(r"^\d+ ", line)]
    assert [int(r.split()[0]) for r in rows] == list(range(1, 61))  # each row starts on its own line, in order
    # the long names wrap inside their column: every word of each name is printed
    words = " ".join(back.texts[i] for i in wide).split()
    assert words.count("Pò") == 60 and words.count("Nhùng") == 60


def test_the_printed_register_leaves_out_columns_no_model_has(read_back):
    from app.reports.register import build_register_pdf, register_table

    back = read_back(lambda buf: build_register_pdf(_register(5), buf, "vi"))
    page = back.texts[-1]
    for empty in ("Người phụ trách", "Số hộ", "Km đường", "Cột mốc", "Công nhận"):
        assert empty not in page
    border = read_back(lambda buf: build_register_pdf(_register(5, border=True), buf, "vi"))
    assert {"Km", "biên"} <= {w["text"] for w in border.words[-1] if w["top"] < 175}  # in the header row
    # the spreadsheet keeps every column
    assert len(register_table(_register(5)).columns) == 13


def test_the_register_gives_names_the_width_figures_do_not_need():
    """Balanced widths (layout._balanced_widths): never a taller table than the shared width rule gives, and
    shorter where that rule spent width on figures (both measured here by reportlab's own wrap)."""
    from app.reports.layout import LANDSCAPE_TEXT_WIDTH, table_flowable
    from app.reports.register import register_table

    heights = {}
    for border in (True, False):
        for lang in ("vi", "en"):
            t = register_table(_register(9, border=border), lang, printed=True)
            plain = table_flowable(t, LANDSCAPE_TEXT_WIDTH, lang=lang)
            balanced = table_flowable(t, LANDSCAPE_TEXT_WIDTH, lang=lang, balanced=True)
            heights[border, lang] = [f.wrap(LANDSCAPE_TEXT_WIDTH, 10_000)[1] for f in (plain, balanced)]
            assert abs(sum(balanced._colWidths) - LANDSCAPE_TEXT_WIDTH) < 1
    assert all(b <= p for p, b in heights.values()), heights
    assert heights[False, "vi"][1] < heights[False, "vi"][0] and heights[True, "en"][1] < heights[True, "en"][0]


# ---------------------------------------------------------------- 6. what the pictures showed


def test_a_unit_given_no_task_is_not_told_it_has_zero_tasks_for_zero_units(pdf, world):
    _, ids = world
    flat = pdf("plan", lang="en", unit=POST[0], plan_id=ids["plan"]).flat  # the post was given no task
    assert flat.count("No task is assigned to the unit.") == 3  # sections I, II and III
    assert "0 tasks" not in flat and "0 units" not in flat
    vi = pdf("plan", unit="CAT-BT", plan_id=ids["plan"]).flat  # the province's: 1 task, 2 units, 2 assignments
    assert "kế hoạch có 1 nhiệm vụ giao cho 2 đơn vị (2 lượt giao); đã hoàn thành 1 lượt (50%)" in vi
