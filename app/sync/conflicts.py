"""The conflicts view: documents whose version graph has more than one competing leaf.

Listing shows the competing versions side by side (winner first). Resolving writes one new
version whose parents are all the leaves (core `resolve_document`): keep one leaf's data, or
combine them into data the officer composed. Nothing is dropped: the leaves stay in `versions`.
"""

from __future__ import annotations

from app.domain.versions import Version, document_conflicts, resolve_document
from app.errors import AnttError
from app.store.db import Store


def list_conflicts(store: Store, doc_type: str | None = None, limit: int = 500) -> list[dict]:
    """[{doc_id, doc_type, conflicts, leaves: [version dicts, winner first]}]."""
    sql = "SELECT doc_id, doc_type, conflicts FROM documents WHERE conflicts > 0"
    params: list = []
    if doc_type:
        sql += " AND doc_type = ?"
        params.append(doc_type)
    sql += " ORDER BY doc_type, doc_id LIMIT ?"
    params.append(limit)
    out = []
    for doc_id, dtype, n in store.conn.execute(sql, params).fetchall():
        out.append({"doc_id": doc_id, "doc_type": dtype, "conflicts": n, "leaves": document_conflicts(store, doc_id)})
    return out


def _leaves(store: Store, doc_id: str) -> list[dict]:
    leaves = document_conflicts(store, doc_id)
    if not leaves:
        raise AnttError("sync_unknown_document", doc_id=doc_id)
    return leaves


def keep_version(store: Store, doc_id: str, vid: str) -> Version:
    """Resolve by keeping the data (or the deletion) of leaf `vid`."""
    chosen = next((leaf for leaf in _leaves(store, doc_id) if leaf["vid"] == vid), None)
    if chosen is None:
        raise AnttError("sync_not_a_leaf", vid=vid)
    return resolve_document(store, doc_id, chosen["data"], deleted=bool(chosen["deleted"]))


def combine(store: Store, doc_id: str, data: dict) -> Version:
    """Resolve with data the officer combined from the leaves."""
    _leaves(store, doc_id)
    return resolve_document(store, doc_id, data)
