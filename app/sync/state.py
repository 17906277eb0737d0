"""What sync remembers in the store: enrolled devices, imported bundles (receipts), acknowledgements.

The tables are made by schema step 3 (app/store/schema.py, `V3_SYNC`); `ensure_tables` is kept
for older callers and does nothing.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import orjson

from app.store.db import Store
from app.sync.envelope import KnownDevice
from app.sync.keys import DeviceKeys, PublicIdentity, ensure_keys, load_public



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
    with store.transaction():
        store.conn.execute(
            "INSERT INTO sync_devices(device_id, unit_code, role, identity, fingerprint, include_personal, revoked, enrolled_at)"
            " VALUES (?,?,?,?,?,?,0,?) ON CONFLICT(device_id) DO UPDATE SET unit_code = excluded.unit_code,"
            " role = excluded.role, identity = excluded.identity, fingerprint = excluded.fingerprint,"
            " include_personal = excluded.include_personal",  # a revoked device stays revoked (reinstate_device)
            (identity.device_id, unit_code, role, orjson.dumps(identity.to_dict()).decode(), identity.fingerprint,
             int(include_personal), now_text()),
        )
    return get_device(store, identity.device_id)


def reinstate_device(store: Store, device_id: str) -> None:
    """Trust a revoked device again: only through app.sync.devices.reinstate (a reason, an audit entry)."""
    with store.transaction():
        store.conn.execute("UPDATE sync_devices SET revoked = 0 WHERE device_id = ?", (device_id,))


def revoke_device(store: Store, device_id: str) -> None:
    with store.transaction():
        store.conn.execute("UPDATE sync_devices SET revoked = 1 WHERE device_id = ?", (device_id,))


def _device(row) -> EnrolledDevice:
    return EnrolledDevice(row["device_id"], row["unit_code"], row["role"],
                          PublicIdentity.from_dict(orjson.loads(row["identity"])), bool(row["include_personal"]),
                          bool(row["revoked"]), row["enrolled_at"])


def get_device(store: Store, device_id: str) -> EnrolledDevice | None:
    row = store.conn.execute("SELECT * FROM sync_devices WHERE device_id = ?", (device_id,)).fetchone()
    return _device(row) if row else None


def devices(store: Store) -> list[EnrolledDevice]:
    return [_device(r) for r in store.conn.execute("SELECT * FROM sync_devices ORDER BY role, unit_code, device_id")]


class _KnownDevices(Mapping):
    """Enrolled devices read one at a time: a national store enrols thousands, a bundle needs one."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __getitem__(self, device_id: str) -> KnownDevice:
        d = get_device(self.store, device_id)
        if d is None:
            raise KeyError(device_id)
        return KnownDevice(d.identity, d.unit_code, d.revoked)

    def __iter__(self) -> Iterator[str]:  # only a bad signature walks them all, to name the real signer
        return iter([r[0] for r in self.store.conn.execute("SELECT device_id FROM sync_devices ORDER BY device_id")])

    def __len__(self) -> int:
        return self.store.conn.execute("SELECT count(*) FROM sync_devices").fetchone()[0]


def known_devices(store: Store) -> Mapping[str, KnownDevice]:
    """The lookup the bundle reader takes: every enrolled device, revoked ones marked."""
    return _KnownDevices(store)


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


def ensure_tables(store: Store) -> None:
    """Nothing to do: schema step 3 makes the sync tables when the store is opened."""
