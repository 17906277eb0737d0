"""The start-up probe: ANTT_QUIT_WHEN_SHOWN makes the app print a mark when its first window paints, then end.

For bench/bench_startup.py and the smoke test of the frozen bundle; never set for officers.
ANTT_QUIT_WHEN_SHOWN=1 waits for the main window; ANTT_QUIT_WHEN_SHOWN=login for the login dialog (what an
officer first sees on a laptop with accounts), which is then closed as if cancelled.

With ANTT_PROBE_NOTES naming a file, the probe also writes there, at the mark, the durations `note()` was told of
in this start (the sign-in's password check), as JSON: the bench subtracts each start's own check instead of one
measured in another process, whose time on a loaded machine differs from run to run.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache

SHOWN_MARK = "antt-window-shown"
ENV = "ANTT_QUIT_WHEN_SHOWN"
NOTES_ENV = "ANTT_PROBE_NOTES"
_notes: dict[str, float] = {}


def active() -> bool:
    return bool(os.environ.get(ENV))


def note(name: str, seconds: float) -> None:
    """Remember how long a step of this start took, for the notes written at the mark (only while probing)."""
    if active():
        _notes[name] = _notes.get(name, 0.0) + seconds


def _write_notes() -> None:
    """The notes, and the process's CPU time to this first paint: on a loaded machine the clock also counts the
    other processes' turns, the CPU time only this start's own work (bench/bench_startup.py prints both)."""
    path = os.environ.get(NOTES_ENV)
    if path:
        import json
        import time

        with open(path, "w", encoding="utf-8") as fh:
            json.dump({**_notes, "cpu_to_paint_s": time.process_time()}, fh)


def wants(which: str) -> bool:
    """Whether the probe waits for `which`: "login" (the login dialog) or "window" (the main window)."""
    value = os.environ.get(ENV, "")
    return bool(value) and (value == "login") == (which == "login")


@cache
def _mark_when_painted():
    """The event filter's class, built when a start is probed: every start imports this module (ui/login.py), and
    a QObject subclass and QEvent's enums would cost an officer's first window 3-4 ms for nothing."""
    from ui.qt import QEvent, QObject, QTimer

    class MarkWhenPainted(QObject):
        def __init__(self, widget, then: Callable[[], None]) -> None:
            super().__init__(widget)
            self.then = then

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                _write_notes()
                print(SHOWN_MARK, flush=True)
                QTimer.singleShot(0, self.then)
            return False

    return MarkWhenPainted


def watch(widget, then: Callable[[], None]) -> None:
    """Print the mark when `widget` first paints, then call `then` (quit, or close the dialog)."""
    widget.installEventFilter(_mark_when_painted()(widget, then))
