"""One period picker with the reporting periods (tháng, quý, 6 tháng, 9 tháng, năm), used wherever a period is
chosen, and a report preview that follows the report chosen (issue 15 §3-4)."""

import datetime as dt

import pytest
from pypdf import PdfReader

from app.domain import surrenders as sr
from app.domain.periods import PERIOD_PRESETS, preset_range
from ui.app import Shell, create_application
from ui.widgets import PeriodPicker


@pytest.mark.parametrize("today, preset, first, last", [
    (dt.date(2026, 8, 20), "this_quarter", dt.date(2026, 7, 1), dt.date(2026, 9, 30)),  # shown whole
    (dt.date(2026, 8, 20), "last_quarter", dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
    (dt.date(2026, 2, 3), "last_quarter", dt.date(2025, 10, 1), dt.date(2025, 12, 31)),  # across the year
    (dt.date(2026, 8, 20), "six_months", dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
    (dt.date(2026, 8, 20), "nine_months", dt.date(2026, 1, 1), dt.date(2026, 9, 30)),  # still running, shown whole
    (dt.date(2026, 11, 2), "nine_months", dt.date(2026, 1, 1), dt.date(2026, 9, 30)),
    (dt.date(2026, 3, 1), "last_month", dt.date(2026, 2, 1), dt.date(2026, 2, 28)),
    (dt.date(2026, 8, 20), "last_year", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
])
def test_preset_ranges_by_hand(today, preset, first, last):
    assert preset_range(preset, today) == (first, last)


@pytest.mark.parametrize("today, preset, first, last", [  # Decree 09/2019 Art. 12: months run 15th to 14th
    (dt.date(2026, 12, 7), "this_month", dt.date(2026, 11, 15), dt.date(2026, 12, 14)),
    (dt.date(2026, 12, 20), "this_month", dt.date(2026, 12, 15), dt.date(2027, 1, 14)),  # January of 2027
    (dt.date(2026, 12, 20), "this_year", dt.date(2026, 12, 15), dt.date(2027, 12, 14)),
    (dt.date(2026, 12, 7), "this_year", dt.date(2025, 12, 15), dt.date(2026, 12, 14)),
    (dt.date(2026, 8, 20), "six_months", dt.date(2025, 12, 15), dt.date(2026, 6, 14)),
    (dt.date(2026, 2, 3), "last_quarter", dt.date(2025, 9, 15), dt.date(2025, 12, 14)),
    (dt.date(2026, 1, 10), "last_month", dt.date(2025, 11, 15), dt.date(2025, 12, 14)),
])
def test_preset_ranges_under_decree_09_by_hand(today, preset, first, last):
    assert preset_range(preset, today, "decree09") == (first, last)


def test_the_picker_fills_the_dates_and_a_typed_date_makes_it_custom(qtbot):
    from ui.i18n import install_language

    create_application()
    install_language("vi")
    picker = PeriodPicker("this_year", today=dt.date(2026, 8, 20))
    qtbot.addWidget(picker)
    assert [picker.preset.itemData(i) for i in range(picker.preset.count())] == list(PERIOD_PRESETS)
    assert picker.preset.itemText(picker.preset.findData("six_months")) == "6 tháng đầu năm nay"
    seen = []
    picker.changed.connect(lambda: seen.append(picker.iso_range()))
    picker.set_preset("last_quarter")
    assert seen == [("2026-04-01", "2026-06-30")]  # one change for the two dates
    picker.date_from.line.selectAll()
    qtbot.keyClicks(picker.date_from.line, "15/04/2026")
    assert picker.preset.currentData() == "custom" and seen[-1] == ("2026-04-15", "2026-06-30")


@pytest.fixture
def shell(qtbot, store):
    create_application()
    sr.add_surrender(store, unit_code="CAX-DD", date="2025-03-04", person_name="Hoàng Văn Sơn",
                     lines=[sr.Line("weapon.primitive", "3")])
    sh = Shell(store, "vi")
    qtbot.addWidget(sh.window)
    yield sh
    for key in ("reports", "surrenders"):
        page = sh.window.pages.get(key)
        task = getattr(page, "task", None) or getattr(page, "totals_task", None)
        if task is not None:
            task.wait()


def test_every_list_with_a_period_uses_the_picker(shell):
    for key in ("surrenders", "activities", "reports"):
        page = shell.window.show_page(key)
        assert page.findChildren(PeriodPicker), key
    surrenders = shell.window.pages["surrenders"]
    surrenders.period.set_preset("this_month")
    assert surrenders.table_model.rowCount() == 0  # the receipt is of March 2025
    surrenders.period.date_from.set_iso("2025-01-01")
    surrenders.period.date_to.set_iso("2025-03-31")  # the first quarter of 2025 holds the receipt
    assert surrenders.table_model.rowCount() == 1


def test_the_preview_follows_the_report_chosen(shell, qtbot):
    page = shell.window.show_page("reports")
    page.select(page.kind, "monthly")
    page.month.set_iso("2025-03-01")
    assert page.build_preview()
    qtbot.waitUntil(lambda: page.preview is not None and not page.busy, timeout=20000)
    assert page.print_button.isEnabled()
    page.select(page.kind, "models")
    assert not page.print_button.isEnabled()  # the preview on screen is not the report chosen any more
    assert page.pages_label.text() == "Lựa chọn đã thay đổi: đang dựng báo cáo vừa chọn…"
    qtbot.waitUntil(lambda: page.preview is not None and page.preview[0].kind == "models" and not page.busy,
                    timeout=20000)
    assert page.print_button.isEnabled()
    text = "\n".join(p.extract_text() for p in PdfReader(str(page.preview[1])).pages)
    assert "DANH SÁCH" in text.upper() and "mô hình" in text.lower()
