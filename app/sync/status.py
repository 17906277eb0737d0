"""Per enrolled device: the last bundle received, gaps in its sequence, what it has not acknowledged."""

from __future__ import annotations

from app.store.db import Store
from app.sync.export import outgoing, outgoing_condition
from app.sync.state import devices


def missing_bundles(bundles: list[tuple[int, int, int]]) -> list[int]:
    """The numbers of a sender's bundles never imported whose content no imported bundle carried.

    `bundles`: (bundle_seq, seq_from, seq_to) of every bundle imported from it. Bundles are cumulative until
    acknowledged: a later bundle starting at or before the first of the sender's own versions we lack
    carried everything the missing one did (what it did not carry again, we had acknowledged, so we hold
    it). Importing only bundle 3 of a sender that never heard from us shows no gap (issue 18 item 4).
    """
    if not bundles:
        return []
    bundles = sorted(bundles)
    seen = {b[0] for b in bundles}
    covered_up_to = 0  # every bundle number up to here is imported or carried again by a later one
    held = 0  # the sender's own versions held without a hole: 1..held
    for number, seq_from, seq_to in bundles:
        if seq_to == 0 or seq_from <= held + 1:  # nothing of its own, or nothing in between lacking
            covered_up_to = number
        held = max(held, seq_to) if seq_from <= held + 1 else held
    return [n for n in range(covered_up_to + 1, max(seen) + 1) if n not in seen]


def device_status(store: Store) -> list[dict]:
    conn = store.conn
    out = []
    for d in devices(store):
        seqs = [r[0] for r in conn.execute(
            "SELECT bundle_seq FROM sync_imports WHERE sender_device = ? AND undone = 0 ORDER BY bundle_seq",
            (d.device_id,))]
        last = conn.execute(
            "SELECT file_name, bundle_seq, claimed_at, imported_at FROM sync_imports WHERE sender_device = ?"
            " AND undone = 0 ORDER BY id DESC LIMIT 1", (d.device_id,)).fetchone()
        gaps = missing_bundles([tuple(r) for r in conn.execute(
            "SELECT bundle_seq, seq_from, seq_to FROM sync_imports WHERE sender_device = ? AND undone = 0",
            (d.device_id,))])
        where, params = outgoing_condition(outgoing(store, d))
        unacked = conn.execute(
            f"SELECT count(*) FROM versions v LEFT JOIN sync_acks a ON a.recipient_device = ?"
            f" AND a.origin_device = v.device_id WHERE v.device_id != ? AND v.seq > coalesce(a.seq, 0)"
            f" AND {where}", (d.device_id, d.device_id, *params)).fetchone()[0]
        out.append({
            "device_id": d.device_id, "unit_code": d.unit_code, "role": d.role, "fingerprint": d.identity.fingerprint,
            "revoked": d.revoked, "bundles_received": len(seqs), "last_bundle": dict(last) if last else None,
            "missing_bundles": gaps, "unacknowledged_versions": unacked,
        })
    return out
