"""FirstPaint (ui/widgets.py): work that can wait for a widget's first paint runs after it, never before it."""

from __future__ import annotations

import pytest

from ui.qt import QEvent, QObject, QWidget
from ui.widgets import FirstPaint


class Log(QObject):
    """Records the widget's Paint events in the same list as the work run, in the order they happen."""

    def __init__(self, widget, log: list) -> None:
        super().__init__(widget)
        self.log = log
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


@pytest.fixture
def logged(qtbot):
    """A widget not shown yet, the log of its paints (and of the work run), and its FirstPaint."""
    widget = QWidget()
    qtbot.addWidget(widget)
    log: list = []
    Log(widget, log)
    return widget, log, FirstPaint(widget)


def test_work_for_a_widget_not_shown_runs_at_once(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    done = []
    FirstPaint(widget).then(lambda: done.append("work"))
    assert done == ["work"]


def test_work_for_a_widget_being_shown_runs_after_its_first_paint_and_once(logged, qtbot):
    widget, log, first = logged
    work = log.append  # one callable asked for twice before the paint runs once
    widget.show()
    first.then(lambda: work("work"))
    twice = lambda: log.append("totals")  # noqa: E731
    first.then(twice)
    first.then(twice)
    assert log == []
    qtbot.waitUntil(lambda: "work" in log)
    assert log[0] == "paint" and log.count("totals") == 1 and log.count("work") == 1
    first.then(lambda: log.append("later"))  # painted: at once
    assert log[-1] == "later"


def test_work_for_a_widget_hidden_before_its_first_paint_waits_for_its_next_show(logged, qtbot):
    widget, log, first = logged
    widget.show()
    first.then(lambda: log.append("work"))
    widget.hide()
    first._fallback()  # its timer's turn (FALLBACK_MS), called here rather than waited for: hidden, nothing runs
    assert "work" not in log and "paint" not in log
    widget.show()
    qtbot.waitUntil(lambda: "work" in log)
    assert log.index("paint") < log.index("work")
