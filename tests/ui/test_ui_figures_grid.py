"""The monthly figures grid typed as an officer types (issue 15 §3): Enter moves down as in DHIS2's data entry,
a typed value is never lost (Ctrl+S while typing, a change of month or page, a refresh), a refused value names
its indicator and stays as typed, and the rules between figures show under the grid as they break."""

import datetime as dt

import pytest

from app.domain import figure_entry
from app.domain import figures as fg
from app.domain import periods
from ui import dialogs
from ui.app import Shell, create_application
from ui.pages.figures import DRAFT_BACKGROUND, ENTERED, REFUSED_BACKGROUND
from ui.qt import Qt

MONTH = (dt.date.today().replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")  # last month
EARLIER = "2024-01"


@pytest.fixture
def shell(qtbot, store):
    create_application()
    sh = Shell(store, "vi")
    qtbot.addWidget(sh.window)
    sh.window.show()
    yield sh
    page = sh.window.pages.get("surrenders")
    if page is not None and page.totals_task is not None:
        page.totals_task.wait()


@pytest.fixture
def page(shell):
    p = shell.window.show_page("figures")
    p.month.set_iso(MONTH + "-01")
    return p


def cell(page, code):
    return page.grid.item(page.row_of(code), ENTERED)


def start_typing(qtbot, page, code, text):
    """Click into the indicator's entered cell as an officer does and type (the editor opens on the first key)."""
    page.grid.setCurrentCell(page.row_of(code), ENTERED)
    page.grid.setFocus()
    qtbot.keyClicks(page.grid, text[0])
    qtbot.waitUntil(lambda: page.delegate.editor is not None)
    qtbot.keyClicks(page.delegate.editor, text[1:])


def test_enter_takes_the_value_and_moves_to_the_next_row(qtbot, page):
    start_typing(qtbot, page, "crime.cases_occurred", "5")
    qtbot.keyClick(page.delegate.editor, Qt.Key.Key_Return)
    assert cell(page, "crime.cases_occurred").text() == "5"
    assert page.grid.currentRow() == page.row_of("crime.cases_cleared")
    assert page.delegate.editor is not None  # ready to type the next value
    qtbot.keyClicks(page.delegate.editor, "4")
    qtbot.keyClick(page.delegate.editor, Qt.Key.Key_Return)
    assert cell(page, "crime.cases_cleared").text() == "4"
    assert page.grid.currentRow() == page.row_of("crime.suspects_arrested")


def test_enter_skips_the_group_heading_rows(qtbot, page):
    start_typing(qtbot, page, "economic.suspects", "1")  # the last indicator of the crime group
    qtbot.keyClick(page.delegate.editor, Qt.Key.Key_Return)
    assert page.grid.currentRow() == page.row_of("admin.management_files")
    assert page.row_of("admin.management_files") == page.row_of("economic.suspects") + 2  # a heading between


def test_ctrl_s_while_typing_saves_the_value_being_typed(qtbot, store, page):
    start_typing(qtbot, page, "crime.cases_occurred", "12")
    qtbot.keyClick(page.delegate.editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert fg.get_figures(store, "CAX-DD", MONTH) == {"crime.cases_occurred": 12}
    assert page.message.text() == "Đã lưu 1 chỉ tiêu."


def test_a_value_typed_survives_a_change_of_month_and_of_page(qtbot, store, shell, page):
    start_typing(qtbot, page, "drugs.cases", "3")  # typed, editor still open: not even committed yet
    page.month.set_iso(EARLIER + "-01")
    assert cell(page, "drugs.cases").text() == ""  # another month shows its own (empty) figures
    page.month.set_iso(MONTH + "-01")
    assert cell(page, "drugs.cases").text() == "3"
    assert cell(page, "drugs.cases").background().color().name() == DRAFT_BACKGROUND
    shell.window.show_page("models")
    shell.ctx.notify_changed()  # a record saved elsewhere refreshes every page
    shell.window.show_page("figures")
    assert cell(page, "drugs.cases").text() == "3"
    assert fg.get_figures(store, "CAX-DD", MONTH) == {}  # kept as typed, not saved behind the officer's back
    assert page.save() and fg.get_figures(store, "CAX-DD", MONTH) == {"drugs.cases": 3}
    assert cell(page, "drugs.cases").background().color().name() != DRAFT_BACKGROUND


def test_a_fraction_for_a_whole_number_names_the_indicator_and_stays_as_typed(qtbot, store, page):
    start_typing(qtbot, page, "gambling.cases", "2,5")
    qtbot.keyClick(page.delegate.editor, Qt.Key.Key_Return)
    said = "“Số vụ đánh bạc” đếm bằng số nguyên (vụ); đã nhập 2,5."
    assert page.findings.text() == said
    assert cell(page, "gambling.cases").text() == "2,5"
    assert cell(page, "gambling.cases").background().color().name() == REFUSED_BACKGROUND
    assert not page.save()
    assert page.message.text() == said and cell(page, "gambling.cases").text() == "2,5"
    assert fg.get_figures(store, "CAX-DD", MONTH) == {}


def test_a_hard_rule_shows_as_typed_and_refuses_the_save(qtbot, store, page):
    start_typing(qtbot, page, "crime.cases_occurred", "5")
    qtbot.keyClick(page.delegate.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(page.delegate.editor, "7")
    qtbot.keyClick(page.delegate.editor, Qt.Key.Key_Return)
    assert page.findings.text().startswith(
        "“Số vụ đã điều tra làm rõ” (7) không được lớn hơn “Số vụ phạm tội xảy ra” (5).")
    for code in ("crime.cases_occurred", "crime.cases_cleared"):
        assert cell(page, code).background().color().name() == REFUSED_BACKGROUND
    assert not page.save()
    assert "không được lớn hơn" in page.message.text()
    assert fg.get_figures(store, "CAX-DD", MONTH) == {}
    page.set_entered("crime.cases_cleared", "4")
    assert page.findings.text() == "" and page.save()


def test_a_soft_rule_warns_and_saves(qtbot, store, page):
    page.set_entered("crime.cases_occurred", "5")
    page.set_entered("gambling.cases", "2028")
    assert page.findings.text().startswith("Cần xem lại: “Số vụ đánh bạc” (2.028) thường không lớn hơn")
    assert page.save() and fg.get_figures(store, "CAX-DD", MONTH) == {"crime.cases_occurred": 5,
                                                                      "gambling.cases": 2028}
    assert page.findings.text().startswith("Cần xem lại:")  # still listed after the save


def test_submitting_shows_the_warnings_before_asking(qtbot, store, page, monkeypatch):
    figure_entry.set_figures(store, "CAX-DD", MONTH, {"crime.cases_occurred": 5, "gambling.cases": 2028})
    page.refresh()
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: asked.append(text) or False)
    assert not page.period.submit()
    assert asked[0].startswith("Số liệu cần xem lại:\n- Cần xem lại: “Số vụ đánh bạc” (2.028)")
    assert periods.status_of(store, "CAX-DD", MONTH) == periods.OPEN


def test_quitting_with_values_typed_asks_first(qtbot, store, shell, page, monkeypatch):
    start_typing(qtbot, page, "drugs.cases", "3")
    shell.window.show_page("models")
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: asked.append(text) or False)
    qtbot.keyClick(shell.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # File → Thoát
    assert asked == ["1 chỉ tiêu số liệu tháng đã gõ nhưng chưa lưu. Thoát mà không lưu?"]
    assert shell.window.isVisible() and shell.window.current_key == "figures"
    assert cell(page, "drugs.cases").text() == "3"
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: True)
    shell.window.quit_action.trigger()
    assert not shell.window.isVisible()


def test_file_quit_closes_the_window(qtbot, shell):
    menu = shell.window.menuBar().actions()[0]
    assert menu.text() == "&Tệp"
    assert shell.window.quit_action.text() == "&Thoát"
    assert shell.window.quit_action.shortcut().toString() == "Ctrl+Q"
    qtbot.keyClick(shell.window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not shell.window.isVisible()


def test_signing_out_with_values_typed_asks_first(qtbot, store, shell, page, monkeypatch):
    start_typing(qtbot, page, "drugs.cases", "3")
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: asked.append(text) or False)
    assert shell.sign_out() is False  # the officer chose to stay: nobody signed out, nothing lost
    assert len(asked) == 1 and store.session is not None
    assert shell.window.isVisible() and cell(page, "drugs.cases").text() == "3"
