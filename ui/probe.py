"""The start-up probe: ANTT_QUIT_WHEN_SHOWN makes the app print a mark when its first window paints, then end.

For bench/bench_startup.py and the smoke test of the frozen bundle; never set for officers.
ANTT_QUIT_WHEN_SHOWN=1 waits for the main window; ANTT_QUIT_WHEN_SHOWN=login for the login dialog (what an
officer first sees on a laptop with accounts), which is then closed as if cancelled.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from ui.qt import QEvent, QObject, QTimer

SHOWN_MARK = "antt-window-shown"
ENV = "ANTT_QUIT_WHEN_SHOWN"


def active() -> bool:
    return bool(os.environ.get(ENV))


def wants(which: str) -> bool:
    """Whether the probe waits for `which`: "login" (the login dialog) or "window" (the main window)."""
    value = os.environ.get(ENV, "")
    return bool(value) and (value == "login") == (which == "login")


class _MarkWhenPainted(QObject):
    def __init__(self, widget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.then = then

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print(SHOWN_MARK, flush=True)
            QTimer.singleShot(0, self.then)
        return False


def watch(widget, then: Callable[[], None]) -> None:
    """Print the mark when `widget` first paints, then call `then` (quit, or close the dialog)."""
    widget.installEventFilter(_MarkWhenPainted(widget, then))
