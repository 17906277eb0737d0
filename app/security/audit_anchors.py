"""Anchors of the audit trail: its entry count and head hash, copied where an edit of the store cannot
quietly follow (issue 18 item 9).

The chain in `audit_log` and its head in `meta.audit_head` live in one file: whoever deletes the last
entries and moves the head, or wipes both, leaves a chain that checks out. So the (count, head) pair is
also written
* in a small file beside the store, `<store>.audit-anchor`, at every backup and every export;
* in the header of every sealed backup (bound into its encryption) and of every bundle the laptop sends,
  and in the store's record of each bundle it sent (`sync_exports`);
* at the level above, in its record of each bundle received (`sync_imports`).

`check` compares the chain with the latest anchors this laptop knows; `peer_problems` lets the level above
say "the post's trail went backwards" from the bundles it received. A restore or an undo that rewinds the
trail on purpose writes the anchor file again after its own audit entry (which names the head it left).

What this still cannot do: someone who rewrites the store, deletes the anchor file and never sends a bundle
again is seen only by the backups he did not reach; see docs/permissions.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.store.anchor_file import Anchor, anchor_file, current, read_file, remember  # noqa: F401 (read here too)
from app.store.db import Store


@dataclass(frozen=True)
class Found:
    kind: str  # behind_anchor | anchor_mismatch
    seq: int
    until: int
    source: dict  # {"key": message key naming the source, **its parameters}


def _sources(store: Store) -> list[tuple[dict, Anchor]]:
    out = []
    from_file = read_file(store.path)
    if from_file is not None and from_file.count > 0:
        out.append(({"key": "audit_source_file", "path": str(anchor_file(store.path))}, from_file))
    row = store.conn.execute("SELECT file_name, audit_count, audit_head FROM sync_exports WHERE audit_count > 0"
                             " ORDER BY audit_count DESC, id DESC LIMIT 1").fetchone()
    if row is not None:
        out.append(({"key": "audit_source_export", "file": row[0]}, Anchor(row[1], row[2] or "")))
    return out


def from_backup(path: Path | str) -> tuple[dict, Anchor]:
    """The anchor a backup file holds: a sealed one says it in its header (no passphrase needed), a plain one
    is read as the store it is. One sentence if the file is neither."""
    from app.errors import AnttError
    from app.security import sealed_backup

    source = {"key": "audit_source_backup", "path": str(path)}
    if not Path(path).is_file():
        raise AnttError("restore_not_found", path=str(path))
    if sealed_backup.is_sealed(path):
        audit = sealed_backup.peek(path).audit
        if type(audit.get("count")) is not int or not isinstance(audit.get("head"), str):
            raise AnttError("backup_damaged", path=str(path))
        return source, Anchor(audit["count"], audit["head"])
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise AnttError("restore_not_sqlite", path=str(path)) from exc
    return source, Anchor(row[0], row[1]) if row else Anchor(0, "")


def check(store: Store, extra: list[tuple[dict, Anchor]] = ()) -> list[Found]:
    """Every known anchor (and each of `extra`, e.g. from backups shown to `antt audit verify --backup`) must
    name an entry the chain still holds, with the same hash."""
    found = []
    last = current(store).count
    for source, anchor in [*_sources(store), *extra]:
        if anchor.count <= 0:
            continue
        if anchor.count > last:
            found.append(Found("behind_anchor", last, anchor.count, source))
            continue
        row = store.conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (anchor.count,)).fetchone()
        if row is None or row[0] != anchor.head:
            found.append(Found("anchor_mismatch", last, anchor.count, source))
    return found


def peer_problems(store: Store) -> list[dict]:
    """At the level above: for each laptop below, a bundle whose audit count is lower than an earlier one's."""
    out = []
    highest: dict[str, tuple[int, str]] = {}
    for r in store.conn.execute("SELECT sender_device, sender_unit, file_name, audit_count FROM sync_imports"
                                " WHERE audit_count IS NOT NULL AND undone = 0 ORDER BY id"):
        device, unit, name, count = r
        top = highest.get(device)
        if top is not None and count < top[0]:
            out.append({"device": device, "unit": unit, "file": name, "seq": count, "until": top[0]})
        if top is None or count > top[0]:
            highest[device] = (count, name)
    return out
