"""The one date field (ui/widgets.DateEdit): a typed date is taken whole or refused visibly (issue 15 §3)."""

import datetime as dt

import pytest

from app.errors import ValidationError
from ui.display import parse_typed_date
from ui.qt import QDate, Qt
from ui.widgets import DateEdit


@pytest.fixture
def field(qtbot):
    w = DateEdit("2024-07-05")
    qtbot.addWidget(w)
    w.show()
    return w


def type_over(qtbot, w, text):
    w.line.setFocus()
    w.line.selectAll()
    qtbot.keyClicks(w.line, text)


def test_typing_a_date_over_a_selected_one_gives_that_date(qtbot, field):
    seen = []
    field.dateChanged.connect(seen.append)
    type_over(qtbot, field, "10/05/2024")
    assert field.iso() == "2024-05-10"
    assert seen == ["2024-05-10"]  # silent while half typed (1, 10, 10/0 ...), once when whole
    assert field.property("invalid") is False


def test_short_day_and_month_are_taken_and_shown_in_full(qtbot, field):
    type_over(qtbot, field, "1/5/2024")
    assert field.iso() == "2024-05-01"
    qtbot.keyClick(field.line, Qt.Key.Key_Return)  # leaving the field (editingFinished) tidies the text
    assert field.text() == "01/05/2024"


@pytest.mark.parametrize("typed", ["31/02/2024", "10/13/2024", "10/05/24", "homnay", "5/10"])
def test_a_text_that_is_not_a_date_is_refused_visibly(qtbot, field, typed):
    seen = []
    field.dateChanged.connect(seen.append)
    type_over(qtbot, field, typed)
    qtbot.keyClick(field.line, Qt.Key.Key_Return)
    assert seen == []
    assert field.text() == typed  # left as typed, not replaced by a guess
    assert field.property("invalid") is True
    assert typed in field.line.toolTip() and "10/05/2024" in field.line.toolTip()
    assert "b00020" in field.line.styleSheet()
    with pytest.raises(ValidationError) as refused:  # a form cannot save the old date instead
        field.iso()
    assert typed in refused.value.message("vi")
    assert field.accepted_iso() == "2024-07-05"  # what a filtered list keeps meanwhile


def test_the_calendar_popup_picks_a_date(qtbot, field):
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    cal = field.calendar
    assert cal is not None and cal.isVisible()
    assert cal.selectedDate() == QDate(2024, 7, 5)
    cal.setSelectedDate(QDate(2024, 5, 10))
    from ui.qt import QTableView

    qtbot.keyClick(cal.findChild(QTableView), Qt.Key.Key_Return)  # Enter on the grid activates the selected day
    qtbot.waitUntil(lambda: not cal.isVisible())
    assert field.iso() == "2024-05-10"
    assert field.text() == "10/05/2024"


def test_month_field_takes_month_and_year(qtbot):
    w = DateEdit("2024-07-01", month_only=True)
    qtbot.addWidget(w)
    type_over(qtbot, w, "3/2025")
    assert w.month() == "2025-03"
    type_over(qtbot, w, "13/2025")
    with pytest.raises(ValidationError):
        w.month()


def test_parse_typed_date_by_hand():
    assert parse_typed_date("10/05/2024") == dt.date(2024, 5, 10)
    assert parse_typed_date("1.5.2024") == dt.date(2024, 5, 1)
    assert parse_typed_date("2024-05-10") == dt.date(2024, 5, 10)
    assert parse_typed_date("29/02/2023") is None  # 2023 is not a leap year
    assert parse_typed_date("29/02/2024") == dt.date(2024, 2, 29)
    assert parse_typed_date("05/2024", month_only=True) == dt.date(2024, 5, 1)
    assert parse_typed_date("10/05/2024", month_only=True) is None


def test_no_qdateedit_left_in_the_app():
    """Every date is entered through the one DateEdit (a QDateEdit would bring back section typing)."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "ui"
    users = [p.name for p in root.rglob("*.py") if "QDateEdit(" in p.read_text(encoding="utf-8")]
    assert users == []
    assert "QDateEdit" not in (root / "qt.py").read_text(encoding="utf-8")
