"""Issue 20, done-when: the Bình Thuận five-year review inside Lâm Đồng's, after the 2025 merger arrived in a
down-bundle from the level above (real stores, real enrolment, real bundle, the PDF read back).

Hand-made figures (domain.md, the Bình Thuận review): 185 guns = 42 + 71 + 72 at three former Bình Thuận
communes; 2.028 primitive weapons = 700 + 664 + 664; 1.821 firecrackers = 600 + 611 + 610;
8,1 kg = 3,6 + 2,5 + 2,0. Receipts spread over 2021-2025, all before 01/07/2025.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pdfplumber
import pytest

from app.domain import setup, unit_events
from app.domain.surrenders import Line, add_surrender
from app.domain.units import add_unit
from app.reports.writer import write_report
from app.store.db import open_store
from app.sync import enrolment, export, importer

# commune: (guns by kind, primitive weapons, firecrackers in pieces, firecrackers in kg)
COMMUNES = {
    "CAX-PT": ("Công an phường Phú Thủy", {"gun.military": 10, "gun.homemade": 32}, 700, 600, "3.6"),   # 42 guns
    "CAX-HN": ("Công an xã Hàm Nhơn", {"gun.air": 40, "gun.homemade": 31}, 664, 611, "2.5"),          # 71 guns
    "CAX-TP": ("Công an xã Tân Phước", {"gun.air": 25, "gun.homemade": 37, "gun.military": 10}, 664, 610, "2.0"),  # 72
}
YEARS = (2021, 2022, 2023, 2024, 2025)


def _enter(store, code, guns, primitive, pieces, kg):
    """The unit's totals as one receipt a year: the last year takes what the even shares leave."""
    items = {**guns, "weapon.primitive": primitive, "firecracker.pcs": pieces, "firecracker.kg": Decimal(kg)}
    for i, year in enumerate(YEARS):
        lines = []
        for item, total in items.items():
            total = Decimal(total)
            step = Decimal("0.1") if item.endswith(".kg") else Decimal(1)
            share = (total / len(YEARS) / step).to_integral_value(rounding="ROUND_FLOOR") * step
            q = share if i < len(YEARS) - 1 else total - share * (len(YEARS) - 1)
            if q:
                lines.append(Line(item, str(q)))
        add_surrender(store, unit_code=code, date=f"{year}-03-1{i}", lines=lines, person_name="Nguyễn Văn Bình",
                      owner_unknown=False, place="thôn 1")


@pytest.fixture
def stores(tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    national = open_store(tmp_path / "bca" / "antt.sqlite")
    setup.initialise(national, "BCA", "Bộ Công an", "national", officer="Đại tá Trần")
    province = open_store(tmp_path / "bt" / "antt.sqlite")
    setup.initialise(province, "CAT-BT", "Công an tỉnh Bình Thuận", "provincial_police", "BCA", "Bộ Công an",
                     officer="Thượng tá Lê")
    answer = enrolment.enrol(national, enrolment.write_enrolment(province, usb).path)
    enrolment.accept_answer(province, answer.answer_path)
    for code, (name, guns, primitive, pieces, kg) in COMMUNES.items():
        add_unit(province, code, name, "commune_police", "CAT-BT")
        _enter(province, code, guns, primitive, pieces, kg)
    yield national, province, usb
    national.close()
    province.close()


def _text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return " ".join(" ".join((page.extract_text() or "").split()) for page in pdf.pages)


def test_reorg_bình_thuận_review_inside_lâm_đồng_after_the_merger_came_down(stores, tmp_path):
    national, province, usb = stores
    # The level above: Lâm Đồng, and the merger of Bình Thuận into it (Nghị quyết 202/2025/QH15).
    add_unit(national, "CAT-LD", "Công an tỉnh Lâm Đồng", "provincial_police", "BCA")
    unit_events.merge(national, ["CAT-BT"], "CAT-LD", "2025-07-01",
                      unit_events.Decision("202/2025/QH15", "2025-06-12", "Quốc hội"))
    bundle = export.export_bundle(national, usb, recipient_unit="CAT-BT").path
    before = importer.preview_import(province, bundle)
    assert before.kind == "down"
    importer.apply_import(province, bundle)
    assert [tuple(r) for r in province.conn.execute("SELECT new_code FROM unit_lineage WHERE old_code = 'CAT-BT'").fetchall()] == [("CAT-LD",)]
    # records keep their unit: nothing rewritten
    assert {r[0] for r in province.conn.execute("SELECT DISTINCT unit_code FROM surrenders")} == set(COMMUNES)

    issued = dt.date(2026, 1, 20)
    end_pdf = write_report(province, "summary", tmp_path / "ld-2021-2025.pdf", unit="CAT-LD", date_from="2021-01-01",
                           date_to="2025-12-31", issued_on=issued)
    text = _text(end_pdf)
    assert "CÔNG AN TỈNH LÂM ĐỒNG" in text
    assert "185 khẩu súng các loại" in text
    assert "2.028 vũ khí thô sơ" in text
    assert "1.821 quả pháo" in text and "8,1 kg pháo" in text
    # the appendix: one row per former Bình Thuận commune, now under Lâm Đồng, with its own guns
    for code, figure in (("CAX-PT", "42"), ("CAX-HN", "71"), ("CAX-TP", "72")):
        name = COMMUNES[code][0]
        assert name in text
        after = text[text.rindex(name) + len(name):].split()
        assert after[0] == figure, (name, after[:6])
    assert "nay là" not in text

    time_pdf = write_report(province, "summary", tmp_path / "ld-as-at-the-time.pdf", unit="CAT-LD",
                            date_from="2021-01-01", date_to="2025-12-31", issued_on=issued, grouping="time")
    text = _text(time_pdf)
    assert "Công an tỉnh Bình Thuận (nay là tỉnh Lâm Đồng)" in text
    assert "185 khẩu súng các loại" in text and "2.028 vũ khí thô sơ" in text
    assert "1.821 quả pháo" in text and "8,1 kg pháo" in text
    # the appendix: Bình Thuận's row holds all of it; the communes, under Lâm Đồng since 01/07/2025, nothing since
    assert "Công an tỉnh Bình Thuận (nay là tỉnh Lâm Đồng) 185 2.028 1.821 8,1" in text
    assert "Công an xã Hàm Nhơn - - - -" in text
    assert text.count("Tổng cộng 185 2.028 1.821 8,1") == 1
