"""The date line under the motto ("Lạng Sơn, ngày 07 tháng 12 năm 2026") when the installation was set up
without a place: found printing ", ngày 07 tháng 12 năm 2026" on a province made by `antt init` without --place."""

from __future__ import annotations

import datetime as dt

import pdfplumber
import pytest

from app.domain import setup, units
from app.formatting import place_date_line, place_in_name
from app.reports.writer import write_report
from app.store.db import open_store


@pytest.mark.parametrize("name,place", [
    ("Công an tỉnh Lạng Sơn", "Lạng Sơn"),
    ("Công an xã Đồng Đăng", "Đồng Đăng"),
    ("Công an phường Mũi Né", "Mũi Né"),
    ("Công an thành phố Hà Nội", "Hà Nội"),
    ("Bộ Chỉ huy BĐBP tỉnh Lạng Sơn", "Lạng Sơn"),
    ("Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị", ""),  # named after its gate: no place in the name
    ("Bộ Công an", ""),
])
def test_the_place_a_name_carries(name, place):
    assert place_in_name(name) == place


def test_no_place_known_prints_the_date_alone():
    day = dt.date(2026, 12, 7)
    assert place_date_line("", day) == "Ngày 07 tháng 12 năm 2026"
    assert place_date_line("Lạng Sơn", day) == "Lạng Sơn, ngày 07 tháng 12 năm 2026"


def _first_lines(store, unit, tmp_path) -> str:
    out = write_report(store, "monthly", tmp_path / f"{unit}.pdf", unit=unit, month="2026-11",
                       issued_on=dt.date(2026, 12, 7))
    with pdfplumber.open(out) as pdf:
        return pdf.pages[0].extract_text()


def test_a_form_of_units_set_up_without_a_place_names_the_place_of_their_names(tmp_path):
    store = open_store(tmp_path / "p.sqlite")
    setup.initialise(store, "BCH-LS", "Bộ Chỉ huy BĐBP tỉnh Lạng Sơn", "bg_command", None, None)
    units.add_unit(store, "DBP-HN", "Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị", "border_post", "BCH-LS")
    command, post = _first_lines(store, "BCH-LS", tmp_path), _first_lines(store, "DBP-HN", tmp_path)
    assert "Lạng Sơn, ngày 07 tháng 12 năm 2026" in command and ", ngày" not in command.replace("Sơn, ngày", "")
    assert "Lạng Sơn, ngày 07 tháng 12 năm 2026" in post  # the post's parent carries it
    store.close()
