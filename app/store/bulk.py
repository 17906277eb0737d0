"""Helpers for the bulk write paths (apply_versions, import): what makes a million rows cheap."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator, Mapping


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a bulk write builds many small objects.

    A bulk apply allocates millions of tuples and dicts; each 700 allocations trigger a young
    collection and, as the heap of live Version objects grows, full collections that walk it all:
    measured, about a quarter of the bulk path's time. Nothing on these paths makes reference
    cycles that need the collector (refcounting frees the rest), and it resumes afterwards.
    Nested use is fine: only the outermost call turns it back on. The switch is process-wide: while
    a worker thread imports, the GUI thread's cyclic garbage waits too (for seconds, not for ever).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def indexes_built_after(conn, tables: Mapping[str, str]) -> Iterator[list[str]]:
    """Drop the plain secondary indexes of `tables` ({table: key column}) and build them again at the end.

    For a load that brings more rows than a table holds: one sort per index at the end costs less
    than a b-tree insert per row and index (measured: 5-7% of an import into a fresh store). Kept:
    unique indexes (they enforce a rule while the rows go in) and indexes that begin with the
    table's key column (the bulk path deletes a document's old rows by it).
    Must run inside a transaction: if the load fails, the rollback brings the indexes back; they are
    also built again in `finally`, so that a caller who catches the error and commits all the same
    cannot commit a table without its indexes. Yields the names of the indexes it dropped.
    """
    if not conn.in_transaction:
        raise RuntimeError("indexes_built_after needs an open transaction")
    dropped: list[tuple[str, str]] = []
    for table, key in tables.items():
        for _, name, unique, origin, _ in conn.execute(f"PRAGMA index_list({_quote(table)})").fetchall():
            if unique or origin != "c":
                continue
            first = conn.execute(f"PRAGMA index_info({_quote(name)})").fetchone()
            if first is None or first[2] == key:
                continue
            sql = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)).fetchone()[0]
            dropped.append((name, sql))
    for name, _ in dropped:
        conn.execute(f"DROP INDEX {_quote(name)}")
    try:
        yield [name for name, _ in dropped]
    finally:
        if conn.in_transaction:  # else SQLite rolled back by itself (full disk, I/O error): they are back
            for _, sql in dropped:
                conn.execute(sql)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
