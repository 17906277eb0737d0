"""A test-only power cut: SIGKILL this process at the k-th step of its SQLite work.

Off (and free) unless `ANTT_TEST_KILL_AT` is set in the environment, which only
tests/sync/test_sync_crash.py does, for a child process running `antt import`. A step is a
callback of SQLite's progress handler (every `STEP` virtual-machine instructions, so a kill can
land in the middle of a statement) or an explicit `point(label)` at a place that matters (just
before COMMIT, just after it). Deterministic: the same store and bundle give the same steps.

    ANTT_TEST_KILL_AT=k      kill at step k (k >= 1); 0 = count only
    ANTT_TEST_KILL_LOG=FILE  at exit, write the number of steps seen and the step of each point
"""

from __future__ import annotations

import atexit
import os
import sqlite3

ENV_AT = "ANTT_TEST_KILL_AT"
ENV_LOG = "ANTT_TEST_KILL_LOG"
STEP = 100  # VM instructions between two steps (the count starts again with each statement)

_target = int(os.environ.get(ENV_AT, "-1") or "-1")
_active = _target >= 0
_seen = 0
_points: list[tuple[str, int]] = []


def install(conn: sqlite3.Connection) -> None:
    """Count steps on `conn` (a no-op unless the environment asks for it)."""
    if _active:
        conn.set_progress_handler(_tick, STEP)


def point(label: str) -> None:
    """An explicit step at a named place."""
    if _active:
        _points.append((label, _seen + 1))
        _tick()


def _tick() -> int:
    global _seen
    _seen += 1
    if _seen == _target:
        import signal  # here, not with every store: its enums cost a start-up 1-4 ms (issue 17 item 4)

        os.kill(os.getpid(), signal.SIGKILL)
    return 0  # 0: let SQLite go on


def _write_log() -> None:
    path = os.environ.get(ENV_LOG)
    if path:
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"steps {_seen}\n")
            for label, step in _points:
                f.write(f"{label} {step}\n")


if _active:
    atexit.register(_write_log)
