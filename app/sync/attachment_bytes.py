"""Attachment bytes in bundles (issue 16 item 3): which files an export carries, which follow later,
and how an import keeps them.

An attachment version travels with its bytes unless the recipient has them already (it sent or
acknowledged a version naming the same sha256). Files are carried in the order the versions were
written until the bundle's budget (Limits.max_bundle_attachment_bytes) is spent; from the first
file that does not fit, the attachment versions are held back with their bytes and the bundle says
so (extras "attachments_follow") and lowers its "covers" for their devices, so that the recipient's
acknowledgement stops before them and the next export carries them: nothing is dropped, and no
version ever arrives without bytes that could have come with it. The records the attachments
belong to travel at once.

On import, every file is read back from the bundle and checked against its sha256 and size before
it is stored (in the import's transaction: a refusal keeps nothing).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from app.domain.attachment_files import sniff
from app.domain.attachments import has_blob, put_blob
from app.store.db import Store
from app.sync.limits import DEFAULT_LIMITS, Limits
from app.sync.payload import PayloadReader

PERSONAL_CONDITION = " AND coalesce(json_extract(version_json(v.data), '$.personal'), 0) = 0"
_MIMES = {"jpeg": "image/jpeg", "png": "image/png", "webp": "image/webp", "pdf": "application/pdf"}


@dataclass
class FilePlan:
    carry: list[tuple[str, int]] = field(default_factory=list)  # (sha256, size) in the bundle
    held_vids: set[str] = field(default_factory=set)  # attachment versions that wait for the next bundle
    follow: list[dict] = field(default_factory=list)  # {attachment_id, sha256, size}: said in the bundle
    lower_covers: dict[str, int] = field(default_factory=dict)  # device -> highest seq fully carried
    missing: list[str] = field(default_factory=list)  # sha256 named by a carried version but not in this store

    @property
    def bytes(self) -> int:
        return sum(size for _, size in self.carry)


def plan_files(store: Store, recipient_device: str, condition: str, limits: Limits = DEFAULT_LIMITS) -> FilePlan:
    """What an export to `recipient_device` carries. `condition`: the export plan's SQL condition on the
    attachment versions (the personal ones left out unless the enrolment says they travel)."""
    conn = store.conn
    plan = FilePlan()
    acked_join = " LEFT JOIN sync_acks a ON a.recipient_device = ? AND a.origin_device = v.device_id"
    had = {r[0] for r in conn.execute(
        "SELECT DISTINCT json_extract(version_json(v.data), '$.sha256') FROM versions v" + acked_join +
        " WHERE v.doc_type = 'attachment' AND (v.device_id = ? OR v.seq <= coalesce(a.seq, 0))",
        (recipient_device, recipient_device))}
    pending = conn.execute(
        "SELECT v.vid, v.doc_id, v.device_id, v.seq, v.deleted, json_extract(version_json(v.data), '$.sha256'),"
        " (SELECT b.size FROM blobs b WHERE b.sha256 = json_extract(version_json(v.data), '$.sha256'))"
        " FROM versions v" + acked_join +
        f" WHERE v.doc_type = 'attachment' AND v.device_id != ? AND v.seq > coalesce(a.seq, 0){condition}"
        " ORDER BY v.rowid", (recipient_device, recipient_device))
    budget, carried, full = limits.max_bundle_attachment_bytes, set(), False
    follow_ids: set[str] = set()
    for vid, doc_id, device, seq, deleted, sha, size in pending:
        needs = not deleted and sha not in had and sha not in carried
        if needs and size is None:
            plan.missing.append(sha)  # not here either (see README): the version goes, the bytes cannot
            needs = False
        # the first file always goes, even one larger than the budget: otherwise it would wait for ever
        if needs and not full and plan.carry and (plan.bytes + size > budget or len(plan.carry) >= limits.max_files):
            full = True
        if full:  # from the first file that did not fit, every attachment version waits (in order)
            plan.held_vids.add(vid)
            lowest = plan.lower_covers.get(device)
            plan.lower_covers[device] = seq - 1 if lowest is None else min(lowest, seq - 1)
            if needs and doc_id not in follow_ids:
                follow_ids.add(doc_id)
                plan.follow.append({"attachment_id": doc_id, "sha256": sha, "size": size})
            continue
        if needs:
            carried.add(sha)
            plan.carry.append((sha, size))
    return plan


def file_bytes(store: Store, plan: FilePlan) -> Iterator[tuple[str, bytes]]:
    """The carried files' bytes, one at a time (a bundle's worth never sits in memory)."""
    for sha, _ in plan.carry:
        row = store.conn.execute("SELECT data FROM blobs WHERE sha256 = ?", (sha,)).fetchone()
        yield sha, bytes(row[0])


def check_files(payload: PayloadReader) -> int:
    """Phase 1 of an import: read every file and check its hash (writes nothing). Returns their bytes."""
    return sum(len(payload.read_file(info)) for info in payload.files)


def store_files(store: Store, payload: PayloadReader) -> tuple[int, int]:
    """Phase 2, inside the import's transaction: keep each checked file once. Returns (files, new ones)."""
    new = 0
    for info in payload.files:
        if has_blob(store, info.sha256):  # checked in phase 1; the copy already here is the same bytes
            continue
        data = payload.read_file(info)
        new += put_blob(store, data, info.sha256, _MIMES.get(sniff(data[:32]), "application/octet-stream"))
    return len(payload.files), new
