"""Copies of the store file: how one is written (`.partial`, fsynced, renamed; one self-contained file), and
the rotating automatic ones in `backups/` beside the store (before a migration, before an import, daily,
before a restore, by hand): each kind keeps its last N files, N in meta `backup_keep` (default `DEFAULT_KEEP`).

Here, under the schema's migrations that take one before each upgrade; app/security/backups.py builds on it
(copies to a stick, sealed copies, restore) and its callers read these names there too. Every copy also
moves the audit anchor file forward (app/store/anchor_file.py).

Never call these inside a transaction: SQLite's backup of a connection that holds a write
transaction waits forever.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import shutil
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import AnttError
from app.store import anchor_file
from app.store.fsync import fsync_quietly

if TYPE_CHECKING:
    from app.store.db import Store

DEFAULT_KEEP = 10
PREFIXES = {
    "migration": "before-migration-",
    "import": "before-import-",
    "daily": "daily-",
    "restore": "before-restore-",
    "manual": "manual-",
}
_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
_READONLY = {errno.EROFS, errno.EACCES, errno.EPERM}


def backups_dir(store_path: Path | str) -> Path:
    return Path(store_path).parent / "backups"


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S")


def keep_count(store: Store) -> int:
    try:
        return max(1, int(store.meta_get("backup_keep", str(DEFAULT_KEEP))))
    except ValueError:
        return DEFAULT_KEEP


# ---------------------------------------------------------------- writing a copy


def writable_partial(target: Path) -> Path:
    """The ``.partial`` file a copy to ``target`` is written to, created empty: can we write there at all (a
    read-only stick, no permission) is asked before any work, in one sentence."""
    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "wb"):
            pass
    except OSError as exc:
        raise _target_error(exc, target.parent) from exc
    return partial


def _target_error(exc: BaseException, where: Path) -> AnttError | BaseException:
    """One sentence for what a user can cause at the target: a full or read-only stick, a missing folder."""
    if isinstance(exc, OSError):
        if exc.errno in _FULL:
            return AnttError("backup_target_full", path=str(where))
        if exc.errno in _READONLY:
            return AnttError("backup_target_readonly", path=str(where))
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return AnttError("backup_target_missing", path=str(where))
        return exc
    text = str(exc).lower()
    if "disk is full" in text or "disk i/o error" in text:
        return AnttError("backup_target_full", path=str(where))
    if "readonly" in text or "read-only" in text or "unable to open" in text or "permission" in text:
        return AnttError("backup_target_readonly", path=str(where))
    return exc


def _fsync_dir(directory: Path) -> None:
    fsync_quietly(directory, os.O_RDONLY)


def store_size(store: Store) -> int:
    page_count = store.conn.execute("PRAGMA page_count").fetchone()[0]
    page_size = store.conn.execute("PRAGMA page_size").fetchone()[0]
    return page_count * page_size


def copy_store(store: Store, target: Path, pages: int = -1, progress=None) -> Path:
    """A consistent copy of the live store at `target` (written as .partial, fsynced, renamed).

    `pages` > 0 copies in steps of that many pages inside one read transaction of `store`'s connection: one
    snapshot, so other connections' writes neither restart the copy nor get into it (the daily worker)."""
    if store.in_transaction:
        raise RuntimeError("a backup cannot be taken inside a transaction")
    target = Path(target)
    directory = target.parent
    if not directory.is_dir():
        raise AnttError("backup_target_missing", path=str(directory))
    partial = writable_partial(target)
    try:
        if shutil.disk_usage(directory).free < store_size(store) + (1 << 20):
            raise OSError(errno.ENOSPC, "not enough free space")
        dest = sqlite3.connect(str(partial))
        try:
            if pages > 0:
                store.conn.execute("BEGIN")
                try:
                    store.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts here
                    store.conn.backup(dest, pages=pages, progress=progress)
                finally:
                    store.conn.execute("COMMIT")
            else:
                store.conn.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file, no -wal beside it
        finally:
            dest.close()
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except BaseException as exc:  # a full disk, or the copy stopped by its progress callback (a Cancel)
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            try:
                leftover.unlink()
            except OSError:
                pass
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise _target_error(exc, directory) from exc
        raise
    _fsync_dir(directory)
    return target


def _unique(path: Path) -> Path:
    n, candidate = 1, path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def rotate(directory: Path, kind: str, keep: int) -> list[Path]:
    """Remove the oldest automatic backups of `kind` beyond the newest `keep`; returns those removed."""
    files = sorted((p for p in Path(directory).glob(f"{PREFIXES[kind]}*.sqlite") if p.is_file()),
                   key=lambda p: (p.stat().st_mtime_ns, p.name))
    removed = files[:-keep] if len(files) > keep else []
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def automatic_backup(store: Store, kind: str, label: str | None = None, stamp: str | None = None,
                     pages: int = -1, progress=None) -> Path:
    """A rotating backup of `kind` in the store's backups folder. Writes nothing in the store itself, so it
    also serves before a migration (when the audit table may not exist yet). `progress(status, remaining,
    total)` as SQLite's backup API calls it, after each `pages` pages (needs `pages` > 0); an exception it
    raises stops the copy and leaves no file."""
    prefix = PREFIXES[kind]
    name = label if label and label.startswith(prefix) else prefix.rstrip("-")
    directory = backups_dir(store.path)
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _target_error(exc, directory) from exc
    path = copy_store(store, _unique(directory / f"{name}-{stamp or _stamp()}.sqlite"), pages, progress)
    rotate(directory, kind, keep_count(store))
    _remember_anchor(store)
    return path


def _remember_anchor(store: Store) -> None:
    """The anchor file follows every backup; before the migration that makes the audit table there is none."""
    try:
        anchor_file.remember(store)
    except sqlite3.OperationalError:
        pass


def daily_backup_if_due(store: Store, today: dt.date | None = None) -> Path | None:
    """The day's backup, on the first start of the day of a set-up store; None when already taken today.

    "Taken today" is read from the backups folder, not from the store: starting the app writes nothing
    in the store, and a day's backup that was deleted is taken again."""
    if store.home_unit is None:
        return None
    day = (today or dt.date.today()).strftime("%Y%m%d")
    if any(backups_dir(store.path).glob(f"{PREFIXES['daily']}{day}-*.sqlite")):
        return None
    stamp = (today.strftime("%Y%m%d-") + time.strftime("%H%M%S")) if today else None
    return automatic_backup(store, "daily", stamp=stamp)
