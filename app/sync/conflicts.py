"""The conflicts view: documents whose version graph has more than one competing leaf.

Listing shows the competing versions side by side (winner first). Resolving writes one new
version whose parents are all the leaves (core `resolve_document`): keep one leaf's data, or
combine them into data the officer composed. Nothing is dropped: the leaves stay in `versions`.
"""

from __future__ import annotations

from app import formatting
from app.domain.readable import Names, field_label, format_value, ordered_fields
from app.domain.versions import Version, document_conflicts, resolve_document
from app.errors import AnttError
from app.i18n import Word
from app.store.db import Store

GENESIS = Word("sync_word", "genesis")  # GENESIS[lang], in the message catalogue
THIS_COMPUTER = Word("sync_word", "this_computer")


LISTED = 500  # conflicts listed at once: each is read with all its versions


def count_conflicts(store: Store) -> int:
    """How many documents have competing versions (the partial index on `conflicts` answers it)."""
    return store.conn.execute("SELECT count(*) FROM documents WHERE conflicts > 0").fetchone()[0]


def list_conflicts(store: Store, doc_type: str | None = None, limit: int = LISTED) -> list[dict]:
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


def device_owner(store: Store, device_id: str, lang: str = "vi", names: Names | None = None) -> str:
    """Whose laptop wrote a version: the unit it is enrolled for (this computer: its own unit), else the id."""
    names = names or Names(store, lang)
    if device_id == "genesis":
        return GENESIS[lang]
    if device_id == store.device_id:
        return f"{names.unit(store.home_unit)} ({THIS_COMPUTER[lang]})" if store.home_unit else THIS_COMPUTER[lang]
    try:
        row = store.conn.execute("SELECT unit_code FROM sync_devices WHERE device_id = ?", (device_id,)).fetchone()
    except Exception:  # noqa: BLE001 - a store without the sync tables yet
        row = None
    return names.unit(row[0]) if row else device_id


def conflict_table(store: Store, conflict: dict, lang: str = "vi") -> dict:
    """The competing versions of one conflict as an officer compares them (winner first).

    {"columns": [{vid, owner, mine, author, claimed, deleted}], "rows": [{field, label, texts, values, differs}]}:
    one row per field any version has, in the house order; texts are formatted (`app.domain.readable`),
    values the raw data (what keeping or combining writes back).
    """
    names = Names(store, lang)
    leaves, doc_type = conflict["leaves"], conflict["doc_type"]
    columns = [{"vid": leaf["vid"], "owner": device_owner(store, leaf["device_id"], lang, names),
                "mine": leaf["device_id"] == store.device_id,
                "author": leaf.get("author") or "", "claimed": formatting.format_stamp(leaf.get("claimed_at")),
                "deleted": bool(leaf["deleted"])} for leaf in leaves]
    fields = ordered_fields(doc_type, {k for leaf in leaves for k in (leaf["data"] or {})})
    rows = []
    for field in fields:
        values = [None if leaf["deleted"] else (leaf["data"] or {}).get(field) for leaf in leaves]
        rows.append({"field": field, "label": field_label(doc_type, field, lang), "values": values,
                     "texts": [format_value(names, doc_type, field, v) for v in values],
                     "differs": any(v != values[0] for v in values)})
    return {"columns": columns, "rows": rows}
