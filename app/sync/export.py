"""`antt export`: one bundle for one enrolled device, cumulative until that device acknowledges.

An up-bundle carries every version the recipient has not acknowledged (personal details of
receipts only if the enrolment says so). A down-bundle carries reference data (units,
catalogue) and the documents the levels above write for the units below (plans, their tasks
and reviews, rating thresholds, period approvals), but not what the units below sent up. Like
every bundle it carries the acknowledgements of what we received from the recipient, and says
("covers") up to which seq of each device it carries everything meant for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

import orjson

from app.domain import authority, over_limit
from app.domain.surrenders import highest_numbers
from app.errors import AnttError
from app.security import audit_anchors
from app.security.permissions import require
from app.store.db import Store
from app.store.schema import SCHEMA_VERSION
from app.sync import attachment_bytes
from app.sync.attachment_bytes import PERSONAL_CONDITION
from app.sync.bundle import WrittenBundle, write_bundle
from app.sync.chain import LINKS_KEY, links_for_export
from app.sync.limits import DEFAULT_LIMITS, Limits
from app.sync.header import BundleHeader
from app.sync.state import (
    EnrolledDevice, acks_for, device_keys, devices, now_text, received_from,
)

RECEIPT_NUMBERS_KEY = "receipt_numbers"  # in a down-bundle's extras: {"unit": code, "years": {"2026": 41}}
REFERENCE_TYPES = ("unit", "catalogue_item", "unit_event")  # issue 20: unit events travel down like units
# Written above for the units below: they travel down (and the progress reported on them travels up).
# Issue 5 item 7: a month approved or returned above must reach the post, so period documents go down.
DOWN_TYPES = ("plan", "plan_task", "plan_review", "rating_thresholds", "period")
PERSONAL_TYPES = ("surrender_person",)
_NOT_FROM_BELOW = " AND v.device_id NOT IN (SELECT device_id FROM sync_devices WHERE role = 'below')"
# What never goes up (app/domain/authority.py, docs/permissions.md): the catalogue, plans, tasks, reviews and
# thresholds, a month's approval or return, the reorganisation of units (issue 20); and a post's provisional
# record of its own unit (the level above holds the settled one).
NEVER_UP = ("catalogue_item", "plan", "plan_task", "plan_review", "rating_thresholds", "unit_event")
_UP_CONDITIONS = {
    # a unit this laptop wrote goes up only if it lies below this laptop's unit (a province's communes)
    "unit": " AND json_extract(version_json(v.data), '$.provisional') IS NULL AND (v.device_id != (SELECT value FROM meta"
            " WHERE key = 'device_id') OR json_extract(version_json(v.data), '$.parent_code') IN (WITH RECURSIVE below(code) AS"
            " (SELECT value FROM meta WHERE key = 'home_unit' UNION SELECT u.code FROM units u JOIN below b"
            " ON u.parent_code = b.code) SELECT code FROM below))",
    "period": " AND coalesce(json_extract(version_json(v.data), '$.status'), '') NOT IN ('approved', 'returned')",
}
# Up goes only what this laptop wrote and what the laptops it enrolled below sent it: the level above
# refuses anything else (a second laptop of the same unit sends its own bundles).
_OWN_OR_BELOW = (" AND (v.device_id = (SELECT value FROM meta WHERE key = 'device_id')"
                 " OR v.device_id IN (SELECT device_id FROM sync_devices WHERE role = 'below'))")

_SELECT = (
    "SELECT v.vid, v.doc_id, v.doc_type, v.parents, v.lamport, v.device_id, v.seq, v.author, v.claimed_at,"
    " v.deleted, version_json(v.data), v.sha256 FROM versions v"
    " LEFT JOIN sync_acks a ON a.recipient_device = ? AND a.origin_device = v.device_id"
    " WHERE v.doc_type = ? AND v.device_id != ? AND v.seq > coalesce(a.seq, 0){} ORDER BY v.rowid"
)


def outgoing(store: Store, recipient: EnrolledDevice) -> list[tuple[str, str]]:
    """(doc_type, extra SQL condition on `v`) for every type of version that goes to `recipient`."""
    present = [r[0] for r in store.conn.execute("SELECT DISTINCT doc_type FROM versions ORDER BY doc_type")]
    if recipient.role == "below":
        return [(t, "" if t in REFERENCE_TYPES else _NOT_FROM_BELOW) for t in present
                if t in REFERENCE_TYPES or t in DOWN_TYPES]
    # issue 16: a photo of a person's identity paper is personal data, like surrender_person
    personal = "" if recipient.include_personal else PERSONAL_CONDITION
    return [(t, _UP_CONDITIONS.get(t, "") + _OWN_OR_BELOW + (personal if t == "attachment" else "")) for t in present
            if (recipient.include_personal or t not in PERSONAL_TYPES) and t not in NEVER_UP]


def outgoing_condition(plan: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """One SQL condition on `v` (and its parameters) that selects exactly the versions of `plan`."""
    if not plan:
        return "0", []
    parts = [f"(v.doc_type = ?{cond})" for _, cond in plan]
    return "(" + " OR ".join(parts) + ")", [t for t, _ in plan]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    recipient: str
    kind: str
    counts: dict[str, int]  # versions by document type (the details)
    size: int
    documents: dict[str, int] = field(default_factory=dict)  # documents by type: what an officer counts
    files: int = 0  # issue 16: attachment files carried, their bytes, and attachments that follow later
    file_bytes: int = 0
    attachments_follow: int = 0
    # issue 18: documents whose current version was written before the size limits and stays here until an
    # officer shortens it (app/domain/over_limit.py); versions beyond the limits never travel
    over_limit: list = field(default_factory=list)


def choose_recipient(store: Store, recipient_unit: str | None, recipient_device: str | None = None) -> EnrolledDevice:
    """The device a bundle is for: the one named, else the unit's latest enrolled laptop, else the level above."""
    live = [d for d in devices(store) if not d.revoked]
    if recipient_device:
        found = [d for d in live if d.device_id == recipient_device]
    elif recipient_unit:
        found = [d for d in live if d.unit_code == recipient_unit]
    else:
        found = [d for d in live if d.role == "above"]
    if not found:
        raise AnttError("sync_no_recipient", unit=recipient_device or recipient_unit or "—")
    return max(found, key=lambda d: d.enrolled_at)


def _rows(store: Store, recipient: str, doc_type: str, condition: str, tick=None) -> Iterator[dict]:
    frag = orjson.Fragment
    for r in store.conn.execute(_SELECT.format(condition), (recipient, doc_type, recipient)):
        if tick:
            tick()
        yield {
            "vid": r[0], "doc_id": r[1], "doc_type": r[2], "parents": frag(r[3]), "lamport": r[4], "device_id": r[5],
            "seq": r[6], "author": r[7], "claimed_at": r[8], "deleted": bool(r[9]), "data": frag(r[10]), "sha256": r[11],
        }


PROGRESS_EVERY = 5000


def _pending(store: Store, recipient: str, plan: list[tuple[str, str]]) -> int:
    """How many versions the bundle will carry (for a progress bar)."""
    count = _SELECT.replace("SELECT v.vid, v.doc_id, v.doc_type, v.parents, v.lamport, v.device_id, v.seq, v.author,"
                            " v.claimed_at, v.deleted, version_json(v.data), v.sha256", "SELECT count(*)").replace(" ORDER BY v.rowid", "")
    return sum(store.conn.execute(count.format(cond), (recipient, t, recipient)).fetchone()[0] for t, cond in plan)


def _documents(store: Store, recipient: str, plan: list[tuple[str, str]]) -> dict[str, int]:
    """How many documents the bundle carries versions of, by type."""
    count = _SELECT.replace("SELECT v.vid, v.doc_id, v.doc_type, v.parents, v.lamport, v.device_id, v.seq, v.author,"
                            " v.claimed_at, v.deleted, version_json(v.data), v.sha256", "SELECT count(DISTINCT v.doc_id)") \
        .replace(" ORDER BY v.rowid", "")
    found = {t: store.conn.execute(count.format(cond), (recipient, t, recipient)).fetchone()[0] for t, cond in plan}
    return {t: n for t, n in found.items() if n}


def export_bundle(store: Store, out_dir: Path | str, recipient_unit: str | None = None,
                  passphrase: str | None = None, recipient_device: str | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  limits: Limits = DEFAULT_LIMITS) -> ExportResult:
    """Write the next bundle for the chosen recipient into `out_dir` and remember it.

    Two laptops of one unit are two recipients: name the device to reach the one that is not
    the latest enrolled. `progress(done, total)` is called every few thousand versions; it may
    raise (a cancel), and then nothing is recorded and no file is left behind.
    """
    require(store, "sync.exchange")  # issue 6: docs/permissions.md
    keys = device_keys(store, passphrase)
    recipient = choose_recipient(store, recipient_unit, recipient_device)
    kind = "up" if recipient.role == "above" else "down"
    conn = store.conn
    with store.transaction():
        plan = outgoing(store, recipient)
        where, params = outgoing_condition(plan)
        covers = {r[0]: r[1] for r in conn.execute(
            f"SELECT v.device_id, max(v.seq) FROM versions v WHERE v.device_id != ? AND {where} GROUP BY v.device_id",
            (recipient.device_id, *params))}
        # issue 16: attachment bytes up to the bundle's budget; the versions of those that do not fit wait
        files = attachment_bytes.plan_files(store, recipient.device_id, dict(plan).get("attachment", ""), limits) \
            if any(t == "attachment" for t, _ in plan) else attachment_bytes.FilePlan()
        for device, seq in files.lower_covers.items():
            covers[device] = min(covers.get(device, 0), max(seq, 0))
        acked = acks_for(store, recipient.device_id)
        me = store.device_id
        seq_to = covers.get(me, 0)
        seq_from = min(acked.get(me, 0) + 1, seq_to) if seq_to else 0
        # numbered per recipient, so that the recipient sees a gap only when a bundle for it is missing
        bundle_seq = 1 + conn.execute("SELECT coalesce(max(bundle_seq), 0) FROM sync_exports WHERE recipient_device = ?",
                                      (recipient.device_id,)).fetchone()[0]
        anchor = audit_anchors.current(store)  # issue 18 item 9: the level above keeps it
        header = BundleHeader(
            sender_device=me, recipient_key_id=recipient.identity.receiving_key_id, schema_version=SCHEMA_VERSION,
            kind=kind, sender_unit=store.home_unit or "", recipient_unit=recipient.unit_code, bundle_seq=bundle_seq,
            seq_from=seq_from, seq_to=seq_to, claimed_at=now_text(),
            audit_count=anchor.count, audit_head=anchor.head,
        )
        extras = {"covers": covers, "acks": received_from(store, recipient.device_id)}
        if kind == "up":  # the level above checks each forwarded device through the links (app/sync/chain.py)
            links = links_for_export(store, keys)
            if links:
                extras[LINKS_KEY] = links
        if files.follow:
            extras["attachments_follow"] = files.follow
        if kind == "down":  # the unit's receipt numbers as this store holds them: a restored post goes on past them
            extras[RECEIPT_NUMBERS_KEY] = {"unit": recipient.unit_code,
                                           "years": highest_numbers(store, recipient.unit_code)}
        tick = None
        if progress:
            total, done = _pending(store, recipient.device_id, plan), [0]
            progress(0, total)

            def tick() -> None:
                done[0] += 1
                if done[0] % PROGRESS_EVERY == 0:
                    progress(done[0], total)

        too_long = over_limit.over_limit_vids(store)  # no receiver takes them: they stay here (never deleted)
        groups = ((t, _without(_rows(store, recipient.device_id, t, cond, tick),
                               (files.held_vids if t == "attachment" else set()) | too_long)
                   if too_long or (t == "attachment" and files.held_vids)
                   else _rows(store, recipient.device_id, t, cond, tick))
                  for t, cond in plan)
        written: WrittenBundle = write_bundle(out_dir, header, groups, keys, recipient.identity, extras,
                                              files=attachment_bytes.file_bytes(store, files))
        counts = {t: n for t, n in written.counts.items() if n}
        documents = _documents(store, recipient.device_id, plan)
        if progress:
            progress(total, total)
        # issue 18 item 2: what the recipient may know of clocks is at most ours now (its bound when it sends)
        authority.note_peer_clock(store, recipient.unit_code, int(store.meta_get("lamport", "0") or 0))
        conn.execute(
            "INSERT INTO sync_exports(recipient_device, bundle_seq, bundle_id, file_name, written_at, counts,"
            " audit_count, audit_head) VALUES (?,?,?,?,?,?,?,?)",
            (recipient.device_id, bundle_seq, header.bundle_id, written.path.name, header.claimed_at,
             orjson.dumps(counts).decode(), anchor.count, anchor.head),
        )
    audit_anchors.remember(store, anchor)
    return ExportResult(written.path, recipient.device_id, kind, counts, written.size, documents, len(files.carry),
                        files.bytes, len(files.follow),
                        over_limit.current_records(store, vids=too_long) if too_long else [])


def _without(rows: Iterator[dict], vids: set[str]) -> Iterator[dict]:
    return (r for r in rows if r["vid"] not in vids)
