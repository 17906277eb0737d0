"""What sync remembers in the store: enrolled devices, imported bundles (receipts), acknowledgements.

The tables are created on first use with IF NOT EXISTS so this branch adds no migration step
of its own; the lead may fold `SYNC_TABLES` into the next numbered migration unchanged.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import orjson

from app.store.db import Store
from app.sync.envelope import KnownDevice
from app.sync.keys import DeviceKeys, PublicIdentity, ensure_keys, load_public

SYNC_TABLES = """
CREATE TABLE IF NOT EXISTS sync_devices (
    device_id        TEXT PRIMARY KEY,
    unit_code        TEXT NOT NULL,
    role             TEXT NOT NULL,             -- 'above' (we send up to it) | 'below' (it sends up to us)
    identity         TEXT NOT NULL,             -- PublicIdentity as JSON
    fingerprint      TEXT NOT NULL,
    include_personal INTEGER NOT NULL DEFAULT 0,-- personal details of receipts travel up to this device
    revoked          INTEGER NOT NULL DEFAULT 0,
    enrolled_at      TEXT NOT NULL
) WITHOUT ROWID;

-- One row per imported bundle: the receipt (counts, officer, time) and what undo needs.
CREATE TABLE IF NOT EXISTS sync_imports (
    id            INTEGER PRIMARY KEY,
    bundle_id     TEXT NOT NULL UNIQUE,
    file_sha256   TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    sender_device TEXT NOT NULL,
    sender_unit   TEXT NOT NULL,
    kind          TEXT NOT NULL,
    bundle_seq    INTEGER NOT NULL,
    seq_from      INTEGER NOT NULL,
    seq_to        INTEGER NOT NULL,
    claimed_at    TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    officer       TEXT NOT NULL,
    counts        TEXT NOT NULL,               -- JSON: new, updated, conflicting, already, rejected, waiting
    rejected      TEXT NOT NULL DEFAULT '[]',  -- JSON list of {vid, reason}
    rowid_before  INTEGER NOT NULL,            -- versions.rowid range this import added
    rowid_after   INTEGER NOT NULL,
    backup_path   TEXT NOT NULL DEFAULT '',
    undone        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sync_imports_sender ON sync_imports(sender_device, bundle_seq);

-- What a sender told us it had sent, per origin device ("covers"): we send it back as an acknowledgement.
CREATE TABLE IF NOT EXISTS sync_received (
    sender_device TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    PRIMARY KEY (sender_device, origin_device)
) WITHOUT ROWID;

-- What a recipient acknowledged having from us, per origin device: exports skip it.
CREATE TABLE IF NOT EXISTS sync_acks (
    recipient_device TEXT NOT NULL,
    origin_device    TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    PRIMARY KEY (recipient_device, origin_device)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS sync_exports (
    id               INTEGER PRIMARY KEY,
    recipient_device TEXT NOT NULL,
    bundle_seq       INTEGER NOT NULL,
    bundle_id        TEXT NOT NULL,
    file_name        TEXT NOT NULL,
    written_at       TEXT NOT NULL,
    counts           TEXT NOT NULL
);
"""


def ensure_tables(store: Store) -> None:
    if store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'sync_imports'").fetchone():
        return
    with store.transaction():
        for statement in SYNC_TABLES.split(";"):
            if statement.strip():
                store.conn.execute(statement)


def now_text() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


def keys_dir(store: Store) -> Path:
    """The keys of an installation live beside its store file, in their own private folder."""
    return store.path.parent / f"{store.path.stem}-keys"


def device_keys(store: Store, passphrase: str | None = None) -> DeviceKeys:
    """This installation's keys, made at first use."""
    return ensure_keys(keys_dir(store), store.device_id, passphrase)


def my_identity(store: Store) -> PublicIdentity:
    try:
        return load_public(keys_dir(store))
    except Exception:
        return device_keys(store).public


@dataclass(frozen=True)
class EnrolledDevice:
    device_id: str
    unit_code: str
    role: str
    identity: PublicIdentity
    include_personal: bool
    revoked: bool
    enrolled_at: str


def register_device(store: Store, identity: PublicIdentity, unit_code: str, role: str,
                    include_personal: bool = False) -> EnrolledDevice:
    ensure_tables(store)
    with store.transaction():
        store.conn.execute(
            "INSERT INTO sync_devices(device_id, unit_code, role, identity, fingerprint, include_personal, revoked, enrolled_at)"
            " VALUES (?,?,?,?,?,?,0,?) ON CONFLICT(device_id) DO UPDATE SET unit_code = excluded.unit_code,"
            " role = excluded.role, identity = excluded.identity, fingerprint = excluded.fingerprint,"
            " include_personal = excluded.include_personal, revoked = 0",
            (identity.device_id, unit_code, role, orjson.dumps(identity.to_dict()).decode(), identity.fingerprint,
             int(include_personal), now_text()),
        )
    return get_device(store, identity.device_id)


def revoke_device(store: Store, device_id: str) -> None:
    ensure_tables(store)
    with store.transaction():
        store.conn.execute("UPDATE sync_devices SET revoked = 1 WHERE device_id = ?", (device_id,))


def _device(row) -> EnrolledDevice:
    return EnrolledDevice(row["device_id"], row["unit_code"], row["role"],
                          PublicIdentity.from_dict(orjson.loads(row["identity"])), bool(row["include_personal"]),
                          bool(row["revoked"]), row["enrolled_at"])


def get_device(store: Store, device_id: str) -> EnrolledDevice | None:
    ensure_tables(store)
    row = store.conn.execute("SELECT * FROM sync_devices WHERE device_id = ?", (device_id,)).fetchone()
    return _device(row) if row else None


def devices(store: Store) -> list[EnrolledDevice]:
    ensure_tables(store)
    return [_device(r) for r in store.conn.execute("SELECT * FROM sync_devices ORDER BY role, unit_code, device_id")]


def known_devices(store: Store) -> dict[str, KnownDevice]:
    """The lookup the bundle reader takes: every enrolled device, revoked ones marked."""
    return {d.device_id: KnownDevice(d.identity, d.unit_code, d.revoked) for d in devices(store)}


def acks_for(store: Store, recipient: str) -> dict[str, int]:
    rows = store.conn.execute("SELECT origin_device, seq FROM sync_acks WHERE recipient_device = ?", (recipient,))
    return {r[0]: r[1] for r in rows}


def received_from(store: Store, sender: str) -> dict[str, int]:
    rows = store.conn.execute("SELECT origin_device, seq FROM sync_received WHERE sender_device = ?", (sender,))
    return {r[0]: r[1] for r in rows}


def _raise_to(store: Store, table: str, a_col: str, a: str, vector: dict[str, int]) -> None:
    store.conn.executemany(
        f"INSERT INTO {table}({a_col}, origin_device, seq) VALUES (?,?,?) ON CONFLICT({a_col}, origin_device)"
        f" DO UPDATE SET seq = max(seq, excluded.seq)",
        [(a, origin, int(seq)) for origin, seq in vector.items()],
    )


def record_acks(store: Store, recipient: str, vector: dict[str, int]) -> None:
    _raise_to(store, "sync_acks", "recipient_device", recipient, vector)


def record_received(store: Store, sender: str, vector: dict[str, int]) -> None:
    _raise_to(store, "sync_received", "sender_device", sender, vector)
