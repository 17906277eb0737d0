"""English counts take the singular for one (issue 19: "1 models", "1 receipts", "1 units"); Vietnamese never inflects."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest

from app.i18n import ngettext
from app.reports.monthly import build_monthly_pdf
from app.reports.register import ModelRegister, RegisterEntry, build_register_pdf
from app.reports.statement import crime_sentence, items_statement
from app.reports.summary import build_summary_pdf


@pytest.mark.parametrize("n, lang, expected", [
    (1, "en", "1 model"), (0, "en", "0 models"), (2, "en", "2 models"), (Decimal("1.5"), "en", "1.5 models"),
    (1234, "en", "1,234 models"), (Decimal("1.0"), "en", "1 model"),
    (1, "vi", "1 models"), (1234, "vi", "1.234 models"),  # vi: the `other` text (a Vietnamese phrase has one form)
])
def test_ngettext(n, lang, expected):
    assert ngettext("{n} model", "{n} models", n, lang) == expected


def test_statement_counts_one_of_each():
    text = items_statement({"gun.homemade": 1, "ammo.rounds": 1, "firecracker.pcs": 2, "firecracker.kg": 1}, "en")
    assert text == "1 gun, 1 round of ammunition, 2 firecrackers and 1 kg of firecrackers"
    assert items_statement({"gun.homemade": 1}, "vi") == "1 khẩu súng các loại"
    crime = crime_sentence({"crime.cases_occurred": 1, "crime.cases_cleared": 1, "crime.suspects_arrested": 1}, "en")
    assert crime.startswith("1 criminal case occurred, 1 of 1 cleared (100%), 1 suspect arrested")


def test_monthly_in_english_with_one_model_one_activity_one_receipt(monthly, read_back):
    one = dataclasses.replace(monthly, models=monthly.models[:1], activities=[dataclasses.replace(
        monthly.activities[0], count=1, participants=1)], receipts=1)
    flat = read_back(lambda b: build_monthly_pdf(one, b, "en")).flat
    assert "1 model is active. In the month it held 1 activity with 1 attendance." in flat
    assert "In the month, 1 receipt was made:" in flat
    assert "1 models" not in flat and "1 receipts" not in flat
    many = read_back(lambda b: build_monthly_pdf(monthly, b, "en")).flat
    assert "3 models are active. In the month they held 17 activities with 280 attendances." in many
    assert "In the month, 7 receipts were made:" in many


def test_summary_and_register_of_one_unit_in_english(summary_of, issuer, read_back):
    one = summary_of(1, range(2025, 2026))
    flat = read_back(lambda b: build_summary_pdf(one, b, "en")).flat
    assert "for 1 unit:" in flat and "1 units" not in flat
    import datetime as dt

    entry = RegisterEntry("Công an xã Đồng Đăng", "Camera an ninh thôn Nà Lầu", "Camera an ninh", "Thôn Nà Lầu",
                          dt.date(2022, 3, 15), "Hoàng Văn Đức", 24, 60, "Đang hoạt động", True, "")
    reg = ModelRegister(issuer, "", dt.date(2026, 2, 5), [entry])
    flat = read_back(lambda b: build_register_pdf(reg, b, "en")).flat
    assert "follows 1 model; 1 is active." in flat and "1 units" not in flat  # one unit's own: no "in 1 unit"
