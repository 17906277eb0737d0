"""What `antt` says on stderr while opening a store of an older schema upgrades it (minutes on a national
store): each phase's sentence on a line of its own, then how far it is - on a terminal one figure rewritten
in place, in a log a line every tenth - and a last line once the store is upgraded."""

from __future__ import annotations

import sys

from app.i18n import t
from app.store.migrations import Stage


class StderrProgress:
    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self.phase: tuple[str, int] | None = None
        self.shown = -1  # the last percentage written for this phase
        self.last = 0

    def __call__(self, stage: Stage) -> None:
        if (stage.phase, stage.step) != self.phase:
            self._end_line()
            self.phase, self.shown, self.last = (stage.phase, stage.step), -1, stage.last
            print(stage.message(), file=self.stream, flush=True)
        if not stage.total:
            return
        percent = 100 * stage.done // stage.total
        if self.tty and percent != self.shown:
            self.stream.write(f"\r  {percent}%")
            self.stream.flush()
            self.shown = percent
        elif not self.tty and percent // 10 > self.shown // 10:
            print(f"  {percent}%", file=self.stream, flush=True)
            self.shown = percent

    def _end_line(self) -> None:
        if self.tty and self.shown >= 0:
            self.stream.write("\n")
        self.shown = -1

    def stop(self) -> None:
        """The upgrade failed or was interrupted: end the line of figures, say nothing more."""
        self._end_line()
        self.phase = None

    def finish(self) -> None:
        """After the store opened: one line saying it was upgraded (nothing when there was nothing to do)."""
        if self.phase is not None:
            self._end_line()
            print(t("migration_done", last=self.last), file=self.stream, flush=True)
            self.phase = None
