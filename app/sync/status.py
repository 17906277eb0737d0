"""Per enrolled device: the last bundle received, gaps in its sequence, what it has not acknowledged."""

from __future__ import annotations

from app.store.db import Store
from app.sync.export import PERSONAL_TYPES, REFERENCE_TYPES
from app.sync.state import devices, ensure_tables


def device_status(store: Store) -> list[dict]:
    ensure_tables(store)
    conn = store.conn
    out = []
    for d in devices(store):
        seqs = [r[0] for r in conn.execute(
            "SELECT bundle_seq FROM sync_imports WHERE sender_device = ? AND undone = 0 ORDER BY bundle_seq",
            (d.device_id,))]
        last = conn.execute(
            "SELECT file_name, bundle_seq, claimed_at, imported_at FROM sync_imports WHERE sender_device = ?"
            " AND undone = 0 ORDER BY id DESC LIMIT 1", (d.device_id,)).fetchone()
        gaps = sorted(set(range(1, max(seqs) + 1)) - set(seqs)) if seqs else []
        if d.role == "below":
            types = REFERENCE_TYPES
        else:
            types = tuple(t for (t,) in conn.execute("SELECT DISTINCT doc_type FROM versions")
                          if d.include_personal or t not in PERSONAL_TYPES)
        marks = ",".join("?" * len(types)) or "''"
        unacked = conn.execute(
            f"SELECT count(*) FROM versions v LEFT JOIN sync_acks a ON a.recipient_device = ?"
            f" AND a.origin_device = v.device_id WHERE v.device_id != ? AND v.seq > coalesce(a.seq, 0)"
            f" AND v.doc_type IN ({marks})", (d.device_id, d.device_id, *types)).fetchone()[0]
        out.append({
            "device_id": d.device_id, "unit_code": d.unit_code, "role": d.role, "fingerprint": d.identity.fingerprint,
            "revoked": d.revoked, "bundles_received": len(seqs), "last_bundle": dict(last) if last else None,
            "missing_bundles": gaps, "unacknowledged_versions": unacked,
        })
    return out
