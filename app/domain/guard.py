"""What every local write passes through (called from app.domain.versions.save_document and
resolve_document, inside their transaction, before the new version is applied):

1. the permission its document type needs (permissions.DOC_TYPE_PERMISSIONS), and whether this
   store's unit may write that document at all (app/domain/authority.py, the rule imports share),
2. the period lock (a record dated in a submitted or approved month is not changed),
3. one audit entry: who, when on this laptop, which document, its data before and after.

A refusal raises before anything is written, and the caller's transaction rolls back. The bulk path
(imports, the demo) does not come through here: it is guarded and audited by its caller as one action.
"""

from __future__ import annotations

import orjson

from app.domain.authority import check_local
from app.domain.organisation import check_record_unit
from app.domain.period_lock import check_not_locked
from app.security import audit
from app.security.permissions import DEFAULT_DOC_PERMISSION, DOC_TYPE_PERMISSIONS, require
from app.store.db import Store


def _winner_data(store: Store, vid: str | None) -> dict | None:
    """The data of the version the officer saw (None for a new document or one that was deleted)."""
    if not vid:
        return None
    row = store.conn.execute("SELECT deleted, version_json(data) FROM versions WHERE vid = ?", (vid,)).fetchone()
    if row is None or row[0]:
        return None
    return orjson.loads(row[1])


def check_local_write(store: Store, version, prior_vid: str | None) -> None:
    """Permission, period lock and audit entry for one local version about to be applied."""
    require(store, DOC_TYPE_PERMISSIONS.get(version.doc_type, DEFAULT_DOC_PERMISSION))
    before = _winner_data(store, prior_vid)
    # who may write this document at all: the rule bundles are held to too (app/domain/authority.py)
    check_local(store, version, before)
    if before is None and not version.deleted:
        # issue 20 item 4: a new record under a unit that has ended says which unit to record it for
        check_record_unit(store, version.doc_type, version.data)
    # A tombstone carries the record's data too: deleting a record of a locked month is refused.
    check_not_locked(store, version.doc_type, before, version.data)
    if version.deleted:
        action = "doc.delete"
    elif before is None:
        action = "doc.create"
    else:
        action = "doc.update"
    audit.record(store, action, doc_type=version.doc_type, doc_id=version.doc_id, vid=version.vid,
                 before=before, after=None if version.deleted else version.data)
