"""Schema upgrades through `PRAGMA user_version`, each step after a backup and in one transaction."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import AnttError
from app.store.copies import automatic_backup, backups_dir  # noqa: F401 (app/sync/importer.py reads backups_dir here)
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


def _backup_before_migration(store: "Store", step: int) -> None:
    """The copy taken before migrating, kept among the rotating automatic backups (app/store/copies.py)."""
    automatic_backup(store, "migration", label=f"before-migration-{step}")


def upgrade(store: "Store") -> list[int]:
    """Apply every migration newer than the file's version; return the steps applied."""
    conn = store.conn
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise AnttError("store_newer", found=current, known=SCHEMA_VERSION)
    applied = []
    existing = current > 0
    if 0 < current < SCHEMA_VERSION:  # one copy before the first step; an empty new file has nothing to lose
        _backup_before_migration(store, current + 1)
    for step in range(current + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[step - 1]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        applied.append(step)
        current = step
    if existing and VACUUM_AFTER.intersection(applied):  # a new file has nothing to give back
        _give_back_space(conn)
    return applied


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
