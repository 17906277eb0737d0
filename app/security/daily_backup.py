"""The day's automatic backup, taken by a detached worker process so that no command waits for it (issue 17 item 5).

The first command of the day used to copy the whole store before it ran (22 s on a 7 GB store). Now it only
looks whether today's copy exists (a glob in the backups folder) and, if not, starts `antt backup
--daily-worker` as a process of its own and goes on at once. A thread would not do: a CLI command exits in a
fraction of a second and would kill it, or wait for it.

The worker takes a lock file (an OS lock: it goes when the process dies, so a power cut leaves nothing to
clear), looks again whether the day's copy exists, and copies the store with SQLite's online backup API in
steps of `STEP_PAGES` pages inside one read transaction: one consistent snapshot, while commands keep
writing through the WAL. The copy is written as `.partial`, fsynced and renamed, then rotated like every
automatic backup (app/store/copies.py). A failure is left in `daily.error` beside the backups and said
as a warning by the next command, which starts a new try.

`ANTT_DAILY_BACKUP` chooses how: `background` (the default), `inline` (the old way: before the command; the
test suite and bench/bench_daily_backup.py use it) or `off`.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from app.store import copies
from app.store.db import Store, open_store

STEP_PAGES = 1024  # 8 MiB of 8 KiB pages a step: progress is seen, and the worker can be stopped between steps
LOCK_NAME = "daily.lock"
ERROR_NAME = "daily.error"
MODES = ("background", "inline", "off")
RESTORE_WAIT_S = 120.0  # how long a restore waits for a running daily copy (a 7 GB store copies in about 30 s)


def mode() -> str:
    value = os.environ.get("ANTT_DAILY_BACKUP", "background").strip().lower()
    return value if value in MODES else "background"


def is_due(store: Store, today: dt.date | None = None) -> bool:
    """A set-up store without today's daily copy in its backups folder."""
    if store.home_unit is None:
        return False
    day = (today or dt.date.today()).strftime("%Y%m%d")
    return not any(copies.backups_dir(store.path).glob(f"{copies.PREFIXES['daily']}{day}-*.sqlite"))


@contextmanager
def worker_lock(directory: Path) -> Iterator[bool]:
    """Yields True while this process holds the daily worker's lock, False when another process holds it."""
    directory.mkdir(parents=True, exist_ok=True)
    fh = open(directory / LOCK_NAME, "a+b")
    try:
        try:
            _lock(fh)
        except OSError:
            yield False
            return
        try:
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()).encode())
            fh.flush()
            yield True
        finally:
            _unlock(fh)
    finally:
        fh.close()


def _lock(fh) -> None:
    if os.name == "nt":
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(fh) -> None:
    if os.name == "nt":
        import msvcrt

        fh.seek(0)
        msvcrt.locking(fh.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


@contextmanager
def no_worker(store_path: Path | str, timeout: float | None = None) -> Iterator[None]:
    """Hold the workers' lock while the store file is replaced (restore, undo): a worker reading it would keep
    the old file open (Windows refuses to replace it) and its -wal and -shm beside it. Waits up to `timeout`
    seconds for a running copy, then refuses in one sentence."""
    directory = copies.backups_dir(Path(store_path))
    deadline = time.monotonic() + (RESTORE_WAIT_S if timeout is None else timeout)
    while True:
        with worker_lock(directory) as mine:
            if mine:
                yield
                return
        if time.monotonic() >= deadline:
            from app.errors import AnttError

            raise AnttError("restore_backup_running")
        time.sleep(0.1)


def is_running(store_path: Path) -> bool:
    """Does a worker hold the lock now (a copy is being taken)?"""
    with worker_lock(copies.backups_dir(store_path)) as mine:
        return not mine


def last_error(store_path: Path) -> str | None:
    """What the last worker could not do (kept until a worker succeeds), or None."""
    try:
        return (copies.backups_dir(store_path) / ERROR_NAME).read_text(encoding="utf-8").strip() or None
    except OSError:
        return None


def worker_command(store_path: Path) -> list[str]:
    """The command line of a worker: the frozen launcher itself, or this Python with the CLI module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--db", str(store_path), "backup", "--daily-worker"]
    return [sys.executable, "-m", "app.cli", "--db", str(store_path), "backup", "--daily-worker"]


def start(store: Store) -> subprocess.Popen | None:
    """If today's copy is due and no worker runs, start one detached from this process; return at once."""
    if not is_due(store) or is_running(store.path):
        return None
    kwargs: dict = dict(stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                        close_fds=True, cwd=str(Path(store.path).parent))
    if os.name == "nt":
        kwargs["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        kwargs["start_new_session"] = True  # not killed with the terminal's process group
    env = dict(os.environ, ANTT_DAILY_BACKUP="inline")
    if not getattr(sys, "frozen", False):  # the worker runs the same code as this process, wherever it came from
        here = str(Path(__file__).resolve().parents[2])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (here, env.get("PYTHONPATH", "")) if p)
    return subprocess.Popen(worker_command(Path(store.path)), env=env, **kwargs)


def run_worker(store_path: Path | str) -> Path | None:
    """`antt backup --daily-worker`: take today's copy unless another worker runs or it exists already."""
    store_path = Path(store_path)
    directory = copies.backups_dir(store_path)
    with worker_lock(directory) as mine:
        if not mine:
            return None
        store = open_store(store_path, create=False)
        try:
            if not is_due(store):
                return None
            try:
                path = copies.automatic_backup(store, "daily", pages=STEP_PAGES)
            except Exception as exc:  # noqa: BLE001 - kept for the next command to say
                message = exc.message() if hasattr(exc, "message") else str(exc)
                (directory / ERROR_NAME).write_text(message, encoding="utf-8")
                raise
            (directory / ERROR_NAME).unlink(missing_ok=True)
            return path
        finally:
            store.close()


def on_command_start(store: Store) -> str | None:
    """What a command does about the day's backup before it runs: start the worker (default), take the copy
    now (`inline`), or nothing (`off`). Returns the last worker's failure, for a warning."""
    how = mode()
    if how == "off":
        return None
    if how == "inline":
        copies.daily_backup_if_due(store)
        return None
    error = last_error(store.path)
    start(store)
    return error


def wait_until_idle(store_path: Path, timeout: float = 60.0) -> bool:
    """For tests and the bench: wait until no worker holds the lock (True) or `timeout` seconds pass."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not is_running(store_path):
            return True
        time.sleep(0.05)
    return False
