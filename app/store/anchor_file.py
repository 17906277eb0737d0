"""The audit trail's newest entry (its number and hash), kept in a small file beside the store
(issue 18 item 9; what the anchors are for, and how they are checked, is in app/security/audit_anchors.py).

Here, in the store, because every copy of the store moves it forward (app/store/copies.py), the copy before
a migration included: it reads one row of `audit_log` and writes one file, and knows nothing else of audit.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

if TYPE_CHECKING:
    from app.store.db import Store


@dataclass(frozen=True)
class Anchor:
    count: int  # the number (seq) of the newest entry; 0 for an empty trail
    head: str  # that entry's hash

    def to_dict(self) -> dict:
        return {"count": self.count, "head": self.head}


def current(store: Store) -> Anchor:
    """The trail's newest entry as the table holds it (not the meta copy: that is what is being checked)."""
    row = store.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return Anchor(row[0], row[1]) if row else Anchor(0, "")


def anchor_file(store_path: Path | str) -> Path:
    store_path = Path(store_path)
    return store_path.with_name(store_path.name + ".audit-anchor")


def read_file(store_path: Path | str) -> Anchor | None:
    try:
        d = orjson.loads(anchor_file(store_path).read_bytes())
        return Anchor(int(d["count"]), str(d["head"]))
    except (OSError, ValueError, KeyError, TypeError, orjson.JSONDecodeError):
        return None


def remember(store: Store, anchor: Anchor | None = None, *, rewound: bool = False) -> None:
    """Write the anchor file beside the store. It only moves forward, except after a declared rewind
    (a restore or an undo, whose audit entry names the head that was left). Never fails the caller's work:
    a laptop whose folder refuses the file still has the anchors in its bundles and backups."""
    if store.path is None or str(store.path) == ":memory:":
        return
    anchor = anchor or current(store)
    known = read_file(store.path)
    if known is not None and not rewound and known.count > anchor.count:
        return
    path = anchor_file(store.path)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(orjson.dumps(anchor.to_dict()))
        os.replace(partial, path)
    except OSError:
        partial.unlink(missing_ok=True)
