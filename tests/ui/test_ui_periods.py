"""Số liệu tháng and the month's report: submitting locks the grid (and the core refuses an edit), reopening
needs a reason, a unit below is approved or returned, who submitted which months, and emptying a figure."""

import datetime as dt

import pytest

from app.domain import figure_entry
from app.domain import figures as fg
from app.domain import periods
from app.domain.units import add_unit
from app.errors import AnttError
from app.store.db import open_store
from ui import dialogs
from ui.context import AppContext
from ui.pages.figures import ENTERED, FiguresPage

from .conftest import add_accounts, first_run, sign_in

MONTH = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")  # last month


@pytest.fixture
def errors(monkeypatch):
    said = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc: said.append(dialogs.error_text(exc)))
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: True)
    return said


def open_page(qtbot, store):
    from ui.app import create_application
    from ui.i18n import install_language

    create_application()
    page = FiguresPage(AppContext(store, install_language("vi")))
    qtbot.addWidget(page)
    page.month.set_iso(MONTH + "-01")
    page.show()
    page.refresh()
    return page



@pytest.mark.role("commander")  # submitting and reopening a month are the commander's
def test_submitting_locks_the_grid_and_the_core_refuses_an_edit(qtbot, store, errors):
    page = open_page(qtbot, store)
    assert page.period.status.text() == f"Tháng {periods.month_label(MONTH)}: chưa nộp"
    assert page.period.submit_button.isVisibleTo(page) and not page.period.reopen_button.isVisibleTo(page)
    page.set_entered("crime.cases_occurred", "7")  # typed, not saved: saved before submitting
    assert page.period.submit()
    assert fg.get_figures(store, "CAX-DD", MONTH) == {"crime.cases_occurred": 7}
    assert periods.status_of(store, "CAX-DD", MONTH) == "submitted"
    assert page.period.status.text().startswith(f"Tháng {periods.month_label(MONTH)}: đã nộp (Hoàng Văn Chỉ, ")
    assert page.locked and page.grid.editTriggers() == page.grid.EditTrigger.NoEditTriggers
    assert not page.save_button.isEnabled() and not page.clear_button.isEnabled()
    assert page.lock_line.text().startswith("Tháng này đã nộp nên số liệu đã bị khóa")
    assert page.period.reopen_button.isVisibleTo(page) and not page.period.submit_button.isVisibleTo(page)
    with pytest.raises(AnttError) as err:
        figure_entry.set_figures(store, "CAX-DD", MONTH, {"crime.cases_occurred": 8})
    assert err.value.key == "period_locked"
    assert fg.get_figures(store, "CAX-DD", MONTH) == {"crime.cases_occurred": 7}
    assert errors == []


@pytest.mark.role("commander")  # submitting and reopening a month are the commander's
def test_reopening_needs_a_reason(qtbot, store, errors, monkeypatch):
    periods.submit(store, "CAX-DD", MONTH)
    page = open_page(qtbot, store)
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label: "   ")
    assert not page.period.reopen()
    assert len(errors) == 1 and "Lý do" in errors[0] and len(errors[0].splitlines()) == 1
    assert periods.status_of(store, "CAX-DD", MONTH) == "submitted" and page.locked
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label: None)  # cancelled: nothing asked of the core
    assert not page.period.reopen() and len(errors) == 1
    monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label: "Nhập nhầm số vụ ma túy")
    assert page.period.reopen()
    assert periods.status_of(store, "CAX-DD", MONTH) == "reopened"
    assert not page.locked and page.save_button.isEnabled()
    assert page.period.status.text().endswith("lý do: Nhập nhầm số vụ ma túy")
    page.set_entered("drugs.cases", "2")
    assert page.save() and fg.get_figures(store, "CAX-DD", MONTH) == {"drugs.cases": 2}


def test_clearing_a_figure_typed_by_mistake(qtbot, store, errors):
    figure_entry.set_figures(store, "CAX-DD", MONTH, {"crime.cases_occurred": 12, "drugs.cases": 3})
    page = open_page(qtbot, store)
    page.grid.setCurrentCell(page.row_of("drugs.cases"), ENTERED)
    page.clear_button.click()
    assert page.grid.item(page.row_of("drugs.cases"), ENTERED).text() == ""
    assert page.cleared_codes() == ["drugs.cases"]
    assert page.save()
    assert page.message.text() == "Đã lưu 1 chỉ tiêu."
    assert fg.get_figures(store, "CAX-DD", MONTH) == {"crime.cases_occurred": 12}
    assert page.grid.item(page.row_of("drugs.cases"), ENTERED).text() == ""  # reloaded from the store
    assert page.save() is False and page.message.text() == "Không có gì thay đổi để lưu."


def test_the_level_above_approves_or_returns_a_unit_below_and_sees_who_submitted(qtbot, tmp_path, errors,
                                                                                 monkeypatch):
    province = open_store(tmp_path / "tinh.sqlite")
    try:  # the province's store from the real first run; its administrator adds two communes
        first_run(province, dict(unit_code="CAT-LS", unit_name="Công an tỉnh Lạng Sơn", kind="provincial_police",
                                 place="Lạng Sơn", officer="Hoàng Văn Chỉ"))
        add_accounts(province, {"commander": "Hoàng Văn Chỉ"})
        add_unit(province, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
        add_unit(province, "CAX-TL", "Công an xã Tân Lang", "commune_police", "CAT-LS")
        sign_in(province, "commander")  # approving and returning are the commander's
        periods.submit(province, "CAX-DD", MONTH)
        page = open_page(qtbot, province)
        page.unit.setCurrentIndex(page.unit.findData("CAX-DD"))
        bar = page.period
        assert bar.approve_button.isVisibleTo(page) and bar.return_button.isVisibleTo(page)
        monkeypatch.setattr(dialogs, "ask_text", lambda parent, title, label: "Thiếu số liệu tuần tra")
        assert bar.return_month()
        assert periods.status_of(province, "CAX-DD", MONTH) == "returned"
        assert bar.status.text().startswith(f"Tháng {periods.month_label(MONTH)}: bị trả lại")
        assert not bar.approve_button.isVisibleTo(page)
        # the province's own month has no approve/return
        page.unit.setCurrentIndex(page.unit.findData("CAT-LS"))
        assert not bar.approve_button.isVisibleTo(page) and not bar.return_button.isVisibleTo(page)
        periods.submit(province, "CAX-TL", MONTH)
        dialog = bar.show_completeness()
        qtbot.addWidget(dialog)
        col = dialog.data["months"].index(MONTH)
        rows = {dialog.table.verticalHeaderItem(r).text(): dialog.table.item(r, col).text()
                for r in range(dialog.table.rowCount())}
        assert rows == {"Công an xã Đồng Đăng (CAX-DD)": "bị trả lại", "Công an xã Tân Lang (CAX-TL)": "đã nộp",
                        "Đã nộp": "1/2"}
        assert errors == []
    finally:
        province.close()
