"""`antt export`: one bundle for one enrolled device, cumulative until that device acknowledges.

An up-bundle carries every version the recipient has not acknowledged (personal details of
receipts only if the enrolment says so); a down-bundle carries reference data (units,
catalogue) and, like every bundle, the acknowledgements of what we received from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import orjson

from app.errors import AnttError
from app.security.permissions import require
from app.store.db import Store
from app.store.schema import SCHEMA_VERSION
from app.sync.bundle import WrittenBundle, write_bundle
from app.sync.header import BundleHeader
from app.sync.state import (
    EnrolledDevice, acks_for, device_keys, devices, ensure_tables, now_text, received_from,
)

REFERENCE_TYPES = ("unit", "catalogue_item")
# Issue 5 item 7: a month approved or returned above must reach the post, so period documents go down
# too (all of them for now: a post also learns its sibling units' month statuses, which is harmless).
DOWN_TYPES = REFERENCE_TYPES + ("period",)
PERSONAL_TYPES = ("surrender_person",)

_SELECT = (
    "SELECT v.vid, v.doc_id, v.doc_type, v.parents, v.lamport, v.device_id, v.seq, v.author, v.claimed_at,"
    " v.deleted, v.data, v.sha256 FROM versions v"
    " LEFT JOIN sync_acks a ON a.recipient_device = ? AND a.origin_device = v.device_id"
    " WHERE v.doc_type = ? AND v.device_id != ? AND v.seq > coalesce(a.seq, 0) ORDER BY v.rowid"
)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    recipient: str
    kind: str
    counts: dict[str, int]
    size: int


def choose_recipient(store: Store, recipient_unit: str | None) -> EnrolledDevice:
    live = [d for d in devices(store) if not d.revoked]
    if recipient_unit:
        found = [d for d in live if d.unit_code == recipient_unit]
    else:
        found = [d for d in live if d.role == "above"]
    if not found:
        raise AnttError("sync_no_recipient", unit=recipient_unit or "—")
    return max(found, key=lambda d: d.enrolled_at)


def _rows(store: Store, recipient: str, doc_type: str, tick=None) -> Iterator[dict]:
    frag = orjson.Fragment
    for r in store.conn.execute(_SELECT, (recipient, doc_type, recipient)):
        if tick:
            tick()
        yield {
            "vid": r[0], "doc_id": r[1], "doc_type": r[2], "parents": frag(r[3]), "lamport": r[4], "device_id": r[5],
            "seq": r[6], "author": r[7], "claimed_at": r[8], "deleted": bool(r[9]), "data": frag(r[10]), "sha256": r[11],
        }


PROGRESS_EVERY = 5000


def _pending(store: Store, recipient: str, types: list[str]) -> int:
    """How many versions the bundle will carry (for a progress bar)."""
    count = _SELECT.replace("SELECT v.vid, v.doc_id, v.doc_type, v.parents, v.lamport, v.device_id, v.seq, v.author,"
                            " v.claimed_at, v.deleted, v.data, v.sha256", "SELECT count(*)").replace(" ORDER BY v.rowid", "")
    return sum(store.conn.execute(count, (recipient, t, recipient)).fetchone()[0] for t in types)


def export_bundle(store: Store, out_dir: Path | str, recipient_unit: str | None = None,
                  passphrase: str | None = None, progress: Callable[[int, int], None] | None = None) -> ExportResult:
    """Write the next bundle for the chosen recipient into `out_dir` and remember it.

    `progress(done, total)` is called every few thousand versions; it may raise (a cancel), and then
    nothing is recorded and no file is left behind.
    """
    require(store, "sync.exchange")  # issue 6: docs/permissions.md
    ensure_tables(store)
    keys = device_keys(store, passphrase)
    recipient = choose_recipient(store, recipient_unit)
    kind = "up" if recipient.role == "above" else "down"
    conn = store.conn
    with store.transaction():
        types = [r[0] for r in conn.execute("SELECT DISTINCT doc_type FROM versions ORDER BY doc_type")]
        if kind == "down":
            types = [t for t in types if t in DOWN_TYPES]
        elif not recipient.include_personal:
            types = [t for t in types if t not in PERSONAL_TYPES]
        covers = {r[0]: r[1] for r in conn.execute(
            "SELECT device_id, max(seq) FROM versions WHERE device_id != ? GROUP BY device_id", (recipient.device_id,))}
        acked = acks_for(store, recipient.device_id)
        me = store.device_id
        seq_to = covers.get(me, 0)
        seq_from = min(acked.get(me, 0) + 1, seq_to) if seq_to else 0
        bundle_seq = 1 + (conn.execute("SELECT coalesce(max(bundle_seq), 0) FROM sync_exports").fetchone()[0])
        header = BundleHeader(
            sender_device=me, recipient_key_id=recipient.identity.receiving_key_id, schema_version=SCHEMA_VERSION,
            kind=kind, sender_unit=store.home_unit or "", recipient_unit=recipient.unit_code, bundle_seq=bundle_seq,
            seq_from=seq_from, seq_to=seq_to, claimed_at=now_text(),
        )
        extras = {"covers": covers, "acks": received_from(store, recipient.device_id)}
        tick = None
        if progress:
            total, done = _pending(store, recipient.device_id, types), [0]
            progress(0, total)

            def tick() -> None:
                done[0] += 1
                if done[0] % PROGRESS_EVERY == 0:
                    progress(done[0], total)

        groups = ((t, _rows(store, recipient.device_id, t, tick)) for t in types)
        written: WrittenBundle = write_bundle(out_dir, header, groups, keys, recipient.identity, extras)
        counts = {t: n for t, n in written.counts.items() if n}
        if progress:
            progress(total, total)
        conn.execute(
            "INSERT INTO sync_exports(recipient_device, bundle_seq, bundle_id, file_name, written_at, counts)"
            " VALUES (?,?,?,?,?,?)",
            (recipient.device_id, bundle_seq, header.bundle_id, written.path.name, header.claimed_at,
             orjson.dumps(counts).decode()),
        )
    return ExportResult(written.path, recipient.device_id, kind, counts, written.size)
