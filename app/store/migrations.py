"""Schema upgrades through `PRAGMA user_version`, each step after a backup and in one transaction.

On a national store an upgrade takes minutes (the backup copies the whole file, step 9 packs every version,
VACUUM rewrites the file), so `upgrade` tells what it does: `progress(Stage)` before each phase and as it
goes, whatever the step. A step is SQL (schema.py): its statements report one by one, and a statement that
rewrites a table row by row (a plain ``UPDATE t SET ... WHERE ...`` reading no other row) runs in slices of
rowids inside the same transaction, reporting rows. A step may also be a function ``step(conn, report)``
that calls ``report(done, total)`` itself.
"""

from __future__ import annotations

import inspect
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from app.errors import AnttError
from app.store import crash
from app.store.schema import MIGRATIONS, SCHEMA_VERSION, VACUUM_AFTER

if TYPE_CHECKING:
    from app.store.db import Store


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the live store through SQLite's backup API (safe while WAL is in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


BACKUP_PAGES = 2048  # pages copied between two progress reports of the backup (16 MiB of 8 KiB pages)
SLICE_ROWS = 5000  # rows a row-by-row UPDATE rewrites between two progress reports


@dataclass(frozen=True)
class Stage:
    """Where an upgrade is: `phase` "backup" (the copy taken first: stopping then loses nothing), "step"
    (schema step `step` of `last` being applied; `backup` is the copy's path) or "vacuum" (the file given back
    its free space). `done` of `total` (0: not known) within the phase."""

    phase: str
    step: int
    last: int
    done: int = 0
    total: int = 0
    backup: str = ""

    def message(self, lang: str | None = None) -> str:
        """The one line said before and during the phase (the CLI's stderr, the app's progress dialog)."""
        from app.i18n import t

        key = {"backup": "migration_backing_up", "step": "migration_upgrading", "vacuum": "migration_compacting"}
        return t(key[self.phase], lang, step=self.step, last=self.last, backup=self.backup)


Report = Callable[[Stage], None]


def pending_steps(path: Path | str) -> tuple[int, int]:
    """(the file's schema version, the newest) without opening it as a store: whether opening it will upgrade
    (and take minutes on a big store) is known before starting. (0, newest) for a missing or new file."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return 0, SCHEMA_VERSION
    conn = _read_only(path)
    try:
        return schema_version(conn), SCHEMA_VERSION
    except sqlite3.DatabaseError:
        return 0, SCHEMA_VERSION  # not a store: open_store says so in its sentence
    finally:
        conn.close()


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def stored_language(path: Path | str) -> str | None:
    """The language the store at `path` was set up with (meta `lang`), read before opening it: the app says
    what an upgrade does in that language."""
    try:
        conn = _read_only(Path(path))
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'lang'").fetchone()
        return row[0] if row else None
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def backups_dir(store_path: Path | str) -> Path:
    """app/store/copies.py's, loaded at the first backup, not with every store opened (its modules cost a start-up
    3-8 ms before the first window; issue 17 item 4). app/sync/importer.py reads it here."""
    from app.store.copies import backups_dir as of_store

    return of_store(store_path)


def automatic_backup(store: "Store", kind: str, **kwargs) -> Path:
    """app/store/copies.py's automatic backup, loaded when a migration takes one."""
    from app.store.copies import automatic_backup as backup

    return backup(store, kind, **kwargs)


STALE_PARTIAL_S = 60  # a copy being written grows every moment; one untouched this long was cut short


def _backup_before_migration(store: "Store", step: int, report: Report) -> Path:
    """The copy taken before migrating, kept among the rotating automatic backups (app/store/copies.py). What is
    left of a copy a power cut stopped (its `.partial`) goes first: it would hold its size on the disk forever."""
    for partial in backups_dir(store.path).glob("before-migration-*.partial"):
        try:
            if time.time() - partial.stat().st_mtime > STALE_PARTIAL_S:
                partial.unlink()
        except OSError:
            pass
    last = SCHEMA_VERSION
    report(Stage("backup", step, last))

    def copied(_status: int, left: int, total: int) -> None:
        crash.point("migration backup")  # a test's power cut in the middle of the copy
        report(Stage("backup", step, last, total - left, total))

    return automatic_backup(store, "migration", label=f"before-migration-{step}", pages=BACKUP_PAGES,
                            progress=copied)


def upgrade(store: "Store", progress: Report | None = None) -> list[int]:
    """Apply every migration newer than the file's version; return the steps applied. `progress` hears each
    phase of the upgrade of an existing store (a new file's steps run silently: there is nothing to upgrade);
    an exception it raises during the backup stops the upgrade with the store untouched."""
    conn = store.conn
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise AnttError("store_newer", found=current, known=SCHEMA_VERSION)
    applied = []
    existing = current > 0
    report = progress if progress and existing else (lambda stage: None)
    backup = ""
    if 0 < current < SCHEMA_VERSION:  # one copy before the first step; an empty new file has nothing to lose
        backup = str(_backup_before_migration(store, current + 1, report))
    for step in range(current + 1, SCHEMA_VERSION + 1):
        def step_report(done: int, total: int, step: int = step) -> None:
            report(Stage("step", step, SCHEMA_VERSION, done, total, backup))

        step_report(0, 0)  # said before the step starts, whether or not the step reports more
        conn.execute("BEGIN IMMEDIATE")
        if schema_version(conn) >= step:  # another process opening the same old file did this step meanwhile
            conn.execute("ROLLBACK")
            continue
        try:
            _run_step(conn, MIGRATIONS[step - 1], step_report)
            conn.execute(f"PRAGMA user_version = {step}")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        crash.point(f"migration step {step} before COMMIT")
        conn.execute("COMMIT")
        crash.point(f"migration step {step} committed")
        applied.append(step)
        current = step
    if existing and VACUUM_AFTER.intersection(applied):  # a new file has nothing to give back
        report(Stage("vacuum", SCHEMA_VERSION, SCHEMA_VERSION, 0, 0, backup))
        _give_back_space(conn)
    return applied


def _run_step(conn: sqlite3.Connection, step, report: Callable[[int, int], None]) -> None:
    """One schema step inside the caller's transaction: a function gets `report`; SQL reports per statement,
    and per slice of rows in a row-by-row UPDATE (the statement's share of the step)."""
    if callable(step):  # step(conn, report), or step(conn) for one that says nothing more than its announcement
        takes_report = len(inspect.signature(step).parameters) > 1
        step(conn, report) if takes_report else step(conn)
        return
    statements = _statements(step)
    unit = 1000  # progress units per statement
    total = unit * len(statements)
    for i, statement in enumerate(statements):
        rows = _row_by_row_update(conn, statement)
        if rows is None:
            conn.execute(statement)
        else:
            table, assignments, where = rows
            _sliced_update(conn, table, assignments, where,
                           lambda done, of, i=i: report(i * unit + (unit * done // of if of else unit), total))
        report((i + 1) * unit, total)


_UPDATE = re.compile(r"^\s*UPDATE\s+(\w+)\s+SET\s+(.+?)(?:\s+WHERE\s+(.+?))?\s*;?\s*$", re.IGNORECASE | re.DOTALL)
_READS_ELSEWHERE = re.compile(r"\b(SELECT|FROM|RETURNING|rowid|oid|_rowid_)\b", re.IGNORECASE)


def _row_by_row_update(conn: sqlite3.Connection, statement: str) -> tuple[str, str, str] | None:
    """(table, SET clause, WHERE clause or '') when `statement` can run in slices of rowids with the same
    result: a plain UPDATE of a rowid table with no trigger, no subquery, no other table (each row's new value
    from that row alone), touching neither the rowid nor the key. None otherwise: it then runs whole."""
    match = _UPDATE.match(statement)
    if not match or _READS_ELSEWHERE.search(statement):
        return None
    table, assignments, where = match.group(1), match.group(2), match.group(3) or ""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)).fetchone():
        return None
    try:
        conn.execute(f"SELECT rowid FROM {table} LIMIT 0")  # a WITHOUT ROWID table has none
    except sqlite3.OperationalError:
        return None
    keys = [row[1] for row in conn.execute(f"PRAGMA table_info({table})") if row[5]]
    if any(re.search(rf"\b{re.escape(k)}\b", assignments, re.IGNORECASE) for k in keys):
        return None
    return table, assignments, where


def _sliced_update(conn: sqlite3.Connection, table: str, assignments: str, where: str,
                   report: Callable[[int, int], None]) -> None:
    low, high = conn.execute(f"SELECT min(rowid), max(rowid) FROM {table}").fetchone()
    if low is None:
        return
    span = high - low + 1
    condition = f" AND ({where})" if where else ""
    for start in range(low, high + 1, SLICE_ROWS):
        conn.execute(f"UPDATE {table} SET {assignments} WHERE rowid BETWEEN ? AND ?{condition}",
                     (start, start + SLICE_ROWS - 1))
        report(min(start + SLICE_ROWS, high + 1) - low, span)


def _give_back_space(conn: sqlite3.Connection) -> None:
    """VACUUM after a step that emptied much of the file. Best effort: it needs as much free disk as
    the store; without it the store stays whole and its free pages are reused by the next writes."""
    try:
        conn.execute("VACUUM")
    except sqlite3.Error:
        pass


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (executescript would commit on its own)."""
    out, buf = [], []
    for line in script.splitlines():
        buf.append(line)
        chunk = "\n".join(buf).strip()
        if chunk and sqlite3.complete_statement(chunk):
            out.append(chunk)
            buf = []
    rest = "\n".join(buf).strip()
    if rest:
        out.append(rest)
    return out
