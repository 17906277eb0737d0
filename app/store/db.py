"""Opening the one SQLite file of an installation: where it lives, its pragmas, its transactions.

One connection per thread (style.md §8): a `Store` is never shared across threads; a worker
opens its own with `open_store(store.path)`.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from app import collation
from app.errors import AnttError
from app.store import compact, crash, migrations, packing

APP_NAME = "ANTT Logbook"
DB_FILENAME = "antt.sqlite"


def default_db_path() -> Path:
    """`ANTT_DB` if set, else the user data directory of the platform."""
    env = os.environ.get("ANTT_DB")
    if env:
        return Path(env)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


class Store:
    """A connection to the store plus the few facts every write needs (device, author)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._depth = 0
        self._db = None
        self._flush: threading.Thread | None = None  # synced_behind()'s flush of the log, while it runs
        # Who is logged in (app.security.accounts.Session), set by accounts.login; None on a store
        # without accounts or before login. Read by the permission checks and by `author` (issue 6).
        self.session = None

    # --- sqlite-utils view of the same connection, imported only when asked for (it costs ~0.3 s)
    @property
    def db(self):
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # --- transactions
    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error. Nested calls join the outer one."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            if self.conn.in_transaction:  # SQLite rolls back by itself on a full disk or an I/O error
                self.conn.execute("ROLLBACK")
            raise
        else:
            self._depth = 0
            try:
                self.conn.execute("COMMIT")
            except sqlite3.OperationalError as exc:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise translate_sqlite_error(exc) from exc

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    @contextmanager
    def synced_behind(self) -> Iterator[None]:
        """Commits inside return once SQLite has written them, not waiting for the disk to hold them (synchronous=
        NORMAL); on leaving, a thread of its own flushes the write-ahead log to the disk (`sync_log`) while the
        caller goes on. For the one write a first window waits on, the login's audit entry (issue 17 item 4): the
        entry is committed, so before anything else the store does, as before; only the disk's flush (0.5-70 ms
        on a busy disk, bench/bench_startup.py) is not waited for. Every later commit (synchronous=FULL) flushes
        the same log first, so nothing written after the entry reaches the disk without it."""
        if self._depth:
            raise RuntimeError("synced_behind() is entered outside a transaction")
        self.wait_flushed()
        self.conn.execute("PRAGMA synchronous=NORMAL")
        try:
            yield
        finally:
            self.conn.execute("PRAGMA synchronous=FULL")
            self._flush = threading.Thread(target=sync_log, args=(self.path,), name="antt-log-flush")
            self._flush.start()

    def wait_flushed(self) -> None:
        """Until synced_behind()'s flush, if one runs, is done."""
        if self._flush is not None:
            self._flush.join()
            self._flush = None

    # --- meta
    def meta_get(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def meta_set(self, key: str, value: Any) -> None:
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, str(value)),
        )

    @property
    def device_id(self) -> str:
        return self.meta_get("device_id")  # set by migrations on creation

    @property
    def home_unit(self) -> str | None:
        return self.meta_get("home_unit")

    @property
    def author(self) -> str:
        if self.session is not None:  # issue 6: versions name the logged-in user, not the laptop's officer
            return self.session.display_name
        return self.meta_get("officer", "") or ""

    def query(self, sql: str, params: tuple | list | dict = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def close(self) -> None:
        self.wait_flushed()
        self.conn.close()

    def reopen(self, keep_session: bool = False) -> None:
        """Open the file again on this same object, e.g. after a restore replaced it while it was closed:
        whoever holds this Store (the GUI's shell, its pages) then reads the new file. Nobody is logged
        in on it unless `keep_session` (the file was not replaced after all)."""
        self.wait_flushed()
        fresh = open_store(self.path, create=False)
        self.conn, self._db, self._depth = fresh.conn, None, 0
        if not keep_session:
            self.session = None


def translate_sqlite_error(exc: sqlite3.Error) -> AnttError | sqlite3.Error:
    """Turn the SQLite errors a user can cause (full disk, read-only media) into one sentence."""
    text = str(exc).lower()
    if "database or disk is full" in text or "disk i/o error" in text:
        return AnttError("disk_full")
    return exc


def sync_log(path: Path | str) -> None:
    """Flush the store's write-ahead log (`<file>-wal`) to the disk, from any thread: what synchronous=FULL does at
    each commit (Store.synced_behind). No log: the last connection closed it into the file, which it flushed. A
    failure changes nothing written: the next commit's own flush tries again."""
    from app.store.fsync import fsync_quietly

    fsync_quietly(f"{path}-wal", os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes only writable files


def connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True, timeout=10.0)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA page_size=8192")  # only takes effect on a new file: fewer, fuller pages for JSON rows
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")  # field laptops lose power
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=10000")
    # 128 MiB: with SQLite's default 2 MiB, bulk inserts spill to the WAL. More does not pay: a
    # 1,000,000-version import runs as fast with 128 MiB as with 256 MiB, and peaks 130 MB lower.
    conn.execute("PRAGMA cache_size=-131072")
    conn.execute("PRAGMA temp_store=MEMORY")
    packing.register(conn)  # version_json(data): versions' data is packed (schema step 9)
    compact.register(conn)  # version_sha(text): versions' sha256 kept as bytes (schema step 12)
    collation.register(conn)  # ORDER BY name COLLATE vi: Vietnamese order (issue 19 item 5)
    crash.install(conn)  # test-only power cuts (tests/sync/test_sync_crash.py); a no-op otherwise
    return conn


def open_store(path: Path | str | None = None, *, create: bool = True,
               progress: migrations.Report | None = None) -> Store:
    """Open (and create or upgrade) the store at `path`, default `default_db_path()`. An upgrade of an older
    store tells `progress` what it does (app/store/migrations.py: the CLI prints it, the app shows it)."""
    path = Path(path) if path else default_db_path()
    if not path.exists() and not create:
        raise AnttError("store_unreadable", path=str(path), reason="not found")
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = connect(path)
    except sqlite3.DatabaseError as exc:
        raise AnttError("store_unreadable", path=str(path), reason=str(exc)) from exc
    store = Store(conn, path)
    try:
        migrations.upgrade(store, progress)
    except BaseException as exc:  # refused, failed or stopped during its backup: the file is as it was
        conn.close()
        if isinstance(exc, sqlite3.DatabaseError):
            raise AnttError("store_unreadable", path=str(path), reason=str(exc)) from exc
        raise
    if not store.meta_get("device_id"):
        import uuid  # a new store only: not imported at every start (issue 17 item 4)

        with store.transaction():
            store.meta_set("device_id", uuid.uuid4().hex[:16])
            store.meta_set("seq", 0)
            store.meta_set("lamport", 0)
            # a new store holds nothing written before the size limits (app/domain/over_limit.py: not measured)
            store.meta_set("over_limit_scanned", "1")
    return store
