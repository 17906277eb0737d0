"""Backups through SQLite's backup API, and restoring one after checking it.

Automatic backups go to `backups/` beside the store, one rotation per kind (before a migration, before
an import, daily on the first start of the day, before a restore); each kind keeps its last N files,
N in meta `backup_keep` (default `DEFAULT_KEEP`); app/store/copies.py writes them (the migrations take
them too). `backup_to_dir` writes a copy where the user says (a USB stick). Every copy is written as `.partial`, fsynced, then renamed, and is a single
self-contained file (journal mode DELETE) that `restore` accepts.

A copy written outside the data folder is sealed with a passphrase the officer sets (issue 18 item 7,
app/security/sealed_backup.py; the README says why a passphrase and not the unit's key): a stick that is
lost shows nobody the names of the people who handed weapons in. The rotating automatic backups stay
plain SQLite: they sit in the data folder, beside the store itself, on the same disk.

`restore` opens a sealed file with its passphrase, then checks the plain store (a readable SQLite file,
integrity_check, an ANTT store of a schema this software knows, the whole `antt check`: every version's
hash, every winner, every readable row against its winner, the totals; this laptop's device) on a
private copy, keeps the current store as a backup (or moves a store too damaged to open aside), and only
then puts the copy in place.

Every backup also moves the audit anchor file forward (issue 18 item 9, app/security/audit_anchors.py);
a sealed backup carries the anchor in its header.

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
from dataclasses import dataclass, field
from pathlib import Path

from app import collation
from app.errors import AnttError
from app.security import audit, audit_anchors, sealed_backup
from app.security.permissions import require
from app.store.copies import (  # noqa: F401 (the rotating copies live in the store; callers read them here too)
    DEFAULT_KEEP, PREFIXES, _fsync_dir, _remember_anchor, _stamp, _target_error, _unique, automatic_backup,
    backups_dir, copy_store, daily_backup_if_due, keep_count, rotate, store_size, writable_partial,
)
from app.store.db import Store, open_store
from app.store.schema import SCHEMA_VERSION

def set_keep_count(store: Store, keep: int) -> int:
    require(store, "backup")
    keep = int(keep)
    if keep < 1:
        from app.errors import ValidationError

        raise ValidationError("not_positive", field="backup_keep", value=keep)
    with store.transaction():
        store.meta_set("backup_keep", keep)
        audit.record(store, "backup.keep", detail={"keep": keep})
    return keep


def backup_before_import(store: Store) -> Path:
    """For the sync engineer: call before phase 2 of an import, outside its transaction."""
    return automatic_backup(store, "import")


def in_data_folder(store: Store, directory: Path | str) -> bool:
    """Is `directory` the store's own folder or inside it (where a plain copy may stay)?"""
    try:
        here = Path(store.path).resolve().parent
        there = Path(directory).resolve()
    except OSError:
        return False
    return there == here or here in there.parents


def backup_to_dir(store: Store, directory: Path | str, passphrase: str | None = None) -> Path:
    """`antt backup --to DIR`: a copy named after the unit and the time, e.g. on a USB stick.

    Outside the data folder the copy is sealed with `passphrase` (required, at least
    `sealed_backup.MIN_PASSPHRASE` characters); inside it, it is plain unless a passphrase is given."""
    require(store, "backup")
    unit = store.home_unit or "antt"
    directory = Path(directory)
    sealed = passphrase is not None or not in_data_folder(store, directory)
    if sealed:
        sealed_backup.check_passphrase(passphrase)
        path = seal_store(store, _unique(directory / f"antt-{unit}-{_stamp()}{sealed_backup.SUFFIX}"), passphrase)
    else:
        path = copy_store(store, _unique(directory / f"antt-{unit}-{_stamp()}.sqlite"))
    audit.record(store, "backup.create", detail={"path": str(path), "encrypted": sealed})
    _remember_anchor(store)
    return path


def seal_store(store: Store, target: Path, passphrase: str) -> Path:
    """A consistent copy of the store sealed with `passphrase` at `target` (.partial, fsynced, renamed).

    The plain snapshot it seals is taken in the backups folder beside the store (where plain copies live
    anyway) and removed at once: nothing readable is ever written to the target."""
    if store.in_transaction:
        raise RuntimeError("a backup cannot be taken inside a transaction")
    directory = target.parent
    if not directory.is_dir():
        raise AnttError("backup_target_missing", path=str(directory))
    work = backups_dir(store.path)
    plain = work / f".sealing-{os.getpid()}-{time.monotonic_ns()}.tmp"
    try:
        work.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _target_error(exc, work) from exc
    partial = writable_partial(target)
    try:
        anchor = audit_anchors.current(store)
        copy_store(store, plain)
        size = plain.stat().st_size
        if shutil.disk_usage(directory).free < size + (size // sealed_backup.CHUNK + 1) * 16 + (1 << 20):
            raise OSError(errno.ENOSPC, "not enough free space")
        about = {"unit": store.home_unit or "", "device_id": store.device_id, "schema": SCHEMA_VERSION,
                 "created": audit.local_now(), "audit": anchor.to_dict()}
        with open(partial, "wb") as fh:
            sealed_backup.seal(plain, fh, passphrase, about)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, target)
    except BaseException as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _target_error(exc, directory) from exc
        raise
    finally:
        plain.unlink(missing_ok=True)
    _fsync_dir(directory)
    return target


def list_backups(store: Store) -> list[dict]:
    directory = backups_dir(store.path)
    out = []
    for path in sorted(directory.glob("*.sqlite"), key=lambda p: p.stat().st_mtime_ns, reverse=True):
        kind = next((k for k, prefix in PREFIXES.items() if path.name.startswith(prefix)), "other")
        out.append({"path": str(path), "kind": kind, "size": path.stat().st_size,
                    "modified": dt.datetime.fromtimestamp(path.stat().st_mtime).isoformat(timespec="seconds")})
    return out


# ---------------------------------------------------------------- checking and restoring


@dataclass
class BackupInfo:
    path: Path
    schema_version: int
    device_id: str
    home_unit: str | None
    versions: int
    warnings: list[str] = field(default_factory=list)
    unit_name: str | None = None
    last_change: str | None = None  # the newest claimed time among the versions: "data as of"
    size: int = 0
    modified: str | None = None  # the file's time (ISO, this laptop's clock): when the copy was written
    encrypted: bool = False


def inspect_backup(path: Path, shown: Path | None = None) -> BackupInfo:
    """Check that `path` is a whole ANTT store this software can open; raise one sentence if not.

    Opens the file itself: call it on a private copy (restore does), never on a file another program holds.
    """
    shown_path = str(shown or path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        collation.register(conn)  # indexes declared COLLATE vi (schema step 5): integrity_check needs it
    except sqlite3.Error as exc:
        raise AnttError("restore_not_sqlite", path=shown_path) from exc
    try:
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            with open(path, "rb") as fh:
                is_sqlite = fh.read(16) == b"SQLite format 3\x00"
            if is_sqlite:  # a database whose first pages cannot be read: damaged, e.g. cut short
                raise AnttError("restore_corrupt", path=shown_path, detail=str(exc)) from exc
            raise AnttError("restore_not_sqlite", path=shown_path) from exc
        try:
            result = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
        except sqlite3.DatabaseError as exc:
            raise AnttError("restore_corrupt", path=shown_path, detail=str(exc)) from exc
        if result != ["ok"]:
            raise AnttError("restore_corrupt", path=shown_path, detail="; ".join(result)[:200])
        if version > SCHEMA_VERSION:
            raise AnttError("restore_newer", path=shown_path, found=version, known=SCHEMA_VERSION)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
        if version < 1 or not {"meta", "versions", "documents"} <= tables:
            raise AnttError("restore_not_antt", path=shown_path)
        meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        if not meta.get("device_id"):
            raise AnttError("restore_not_antt", path=shown_path)
        conn.row_factory = sqlite3.Row
        # Issue 18 item 8: the whole `antt check` (every version's sha256, every winner, every readable row
        # against its winner, the totals), before anything is replaced.
        from app.domain.check import check_store

        # receipt numbers used twice are a matter for the officer (two laptops numbering), not damage: a backup
        # of a store that holds them must still restore (nothing lost)
        problems = check_store(Store(conn, Path(path)), deep=True, integrity=False, numbering=False)
        if problems:
            more = f" (+{len(problems) - 1})" if len(problems) > 1 else ""
            raise AnttError("restore_corrupt", path=shown_path, detail=problems[0] + more)
        count = conn.execute("SELECT count(*) FROM versions").fetchone()[0]
        info = BackupInfo(Path(path), version, meta["device_id"], meta.get("home_unit"), count)
        info.last_change = conn.execute("SELECT max(claimed_at) FROM versions").fetchone()[0]
        if info.home_unit and "units" in tables:
            row = conn.execute("SELECT name FROM units WHERE code = ?", (info.home_unit,)).fetchone()
            info.unit_name = row[0] if row else None
        if "audit_log" in tables:  # a broken trail does not stop a restore, but it is said
            info.warnings += [p.message() for p in audit.check_chain(Store(conn, Path(path))).problems]
        return info
    finally:
        conn.close()


def is_encrypted(file: Path | str) -> bool:
    """Does restoring `file` need a passphrase? (For the GUI and the CLI to ask before they start.)"""
    return sealed_backup.is_sealed(file)


def _private_copy(file: Path, candidate: Path, passphrase: str | None) -> bool:
    """`file` as a plain store at `candidate` (opened with `passphrase` when sealed); True when it was sealed.
    One sentence when it cannot be read, or is cut short, altered or opened with a wrong passphrase."""
    try:
        if sealed_backup.is_sealed(file):
            with open(candidate, "wb") as out:
                sealed_backup.unseal(file, out, passphrase, shown=str(file))
            return True
        shutil.copyfile(file, candidate)  # a private copy: the stick can go, nobody else holds it
        return False
    except OSError as exc:
        raise _target_error(exc, candidate.parent) from exc


def check_backup_file(file: Path | str, passphrase: str | None = None) -> BackupInfo:
    """What `restore` would find in `file`, checked the same way on a private copy, changing nothing: for
    the GUI to show the backup's details before asking to confirm. Raises one sentence when it is unusable."""
    import tempfile

    file = Path(file)
    if not file.is_file():
        raise AnttError("restore_not_found", path=str(file))
    with tempfile.TemporaryDirectory(prefix="antt-check-") as work:
        candidate = Path(work) / "candidate.sqlite"
        encrypted = _private_copy(file, candidate, passphrase)
        info = inspect_backup(candidate, shown=file)
    stat = file.stat()
    info.path, info.size, info.encrypted = file, stat.st_size, encrypted
    info.modified = dt.datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds")
    return info


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _left_anchor(db_path: Path, store: Store | None) -> dict | None:
    """The trail a restore leaves behind (the further of the store's and the anchor file's), for its entry."""
    anchors = [a for a in (audit_anchors.read_file(db_path),) if a is not None]
    if store is not None:
        try:
            anchors.append(audit_anchors.current(store))
        except sqlite3.Error:
            pass
    return max(anchors, key=lambda a: a.count).to_dict() if anchors else None


def restore(db_path: Path | str, file: Path | str, *, store: Store | None = None,
            from_other_device: bool = False, passphrase: str | None = None) -> tuple[Store, BackupInfo, Path | None]:
    """Replace the store at `db_path` by the backup `file`, after checking it; returns (the reopened store,
    what was restored, where the previous store was kept).

    `store` is the open current store (its user needs the `restore` permission); it is closed here and
    must not be used afterwards: use the returned one (logged out). Pass None when the current store
    cannot even be opened: it is then moved aside whole as `backups/damaged-….sqlite`.
    """
    db_path, file = Path(db_path), Path(file)
    if store is not None:
        require(store, "restore")
        if store.in_transaction:
            raise RuntimeError("restore cannot run inside a transaction")
    if not file.is_file():
        raise AnttError("restore_not_found", path=str(file))
    directory = backups_dir(db_path)
    candidate = db_path.with_name(f".{db_path.name}.restore-{os.getpid()}.tmp")
    try:
        encrypted = _private_copy(file, candidate, passphrase)
        info = inspect_backup(candidate, shown=file)
        info.encrypted = encrypted
        left = _left_anchor(db_path, store)
        here = store.device_id if store is not None else None
        initialised = store is not None and store.home_unit is not None
        if initialised and info.device_id != here and not from_other_device:
            raise AnttError("restore_other_device", path=str(file), found=info.device_id, here=here)
        actor = audit.actor(store) if store is not None else ""
        kept = None
        clocks = (int(store.meta_get("seq", "0")), int(store.meta_get("lamport", "0"))) if store else (0, 0)
        same_device = store is not None and info.device_id == here
        from app.security import daily_backup

        # no daily copy reads the file or its -wal while it is replaced (issue 17 item 5)
        with daily_backup.no_worker(db_path):
            if store is not None:
                kept = automatic_backup(store, "restore")
                store.close()
                for side in _side_files(db_path):
                    side.unlink(missing_ok=True)  # a clean close leaves none; a stale one would corrupt the copy
            elif db_path.exists():
                directory.mkdir(parents=True, exist_ok=True)
                kept = _unique(directory / f"damaged-{_stamp()}.sqlite")
                os.replace(db_path, kept)
                for side in _side_files(db_path):
                    if side.exists():
                        os.replace(side, kept.with_name(kept.name + side.name[len(db_path.name):]))
            os.replace(candidate, db_path)
            _fsync_dir(db_path.parent)
    finally:
        candidate.unlink(missing_ok=True)
    restored = open_store(db_path)  # upgrades an older schema, after its own backup
    with restored.transaction():
        if same_device:
            # Local versions must never reuse a sequence number that may already have left in a bundle.
            restored.meta_set("seq", max(clocks[0], int(restored.meta_get("seq", "0"))))
            restored.meta_set("lamport", max(clocks[1], int(restored.meta_get("lamport", "0"))))
        audit.record(restored, "backup.restore", username=actor,
                     detail={"file": str(file), "previous_kept_as": str(kept) if kept else None, "schema": info.schema_version,
                             "versions": info.versions, "warnings": info.warnings, "encrypted": info.encrypted,
                             "rewound_from": left})
    audit_anchors.remember(restored, rewound=True)  # the trail went back on purpose, and says so above
    info.path = file  # what the user chose, not the private copy that was checked
    return restored, info, kept
