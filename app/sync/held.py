"""What the store keeps but cannot show yet, in words: documents waiting for a unit or catalogue item the level
above has not sent (design §3), and the references they wait for. Read-only; the import page and the status view
list them so an officer knows what is missing, not only how many."""

from __future__ import annotations

import orjson

from app.domain.readable import Names, doc_type_name, document_title
from app.i18n import Pairs
from app.store.db import Store

REF_KINDS = Pairs("ref_kind")  # the words, in the message catalogue


def describe_ref(ref: str, lang: str = "vi", names: Names | None = None) -> str:
    """'unit:CAX-09' -> 'đơn vị CAX-09' (its name, with the code, when this store knows it)."""
    kind, _, code = ref.partition(":")
    words = REF_KINDS.get(kind)
    if words is None:
        return ref
    label = words[0 if lang == "vi" else 1]
    if names is not None:
        known = names.unit(code) if kind == "unit" else (names.item(code).name(lang) if names.item(code) else code)
        if known != code:
            return f"{label} {known} ({code})"
    return f"{label} {code}"


def held_documents(store: Store, lang: str = "vi", limit: int = 500) -> list[dict]:
    """The documents kept waiting for a reference: [{doc_id, doc_type, kind, title, missing: [words]}], by kind."""
    names = Names(store, lang)
    rows = store.conn.execute(
        "SELECT h.doc_id, h.doc_type, h.detail, version_json(v.data) FROM held_documents h LEFT JOIN versions v ON v.vid = h.vid"
        " WHERE h.reason = 'reference' ORDER BY h.doc_type, h.doc_id LIMIT ?", (limit,)).fetchall()
    out = []
    for doc_id, doc_type, detail, data in rows:
        data = orjson.loads(data) if data else {}
        out.append({"doc_id": doc_id, "doc_type": doc_type, "kind": doc_type_name(doc_type, lang),
                    "title": document_title(store, doc_type, data, lang, names) or doc_id[:8],
                    "missing": [describe_ref(r, lang) for r in orjson.loads(detail or "[]")]})
    return out


def describe_waiting(store: Store, waiting_docs: list[dict], lang: str = "vi") -> list[dict]:
    """The documents of a bundle that will wait for a reference (`ImportPreview.waiting_docs`), in words:
    [{doc_id, doc_type, kind, title, missing: [words]}], by kind and title."""
    names = Names(store, lang)
    out = [{"doc_id": d["doc_id"], "doc_type": d["doc_type"], "kind": doc_type_name(d["doc_type"], lang),
            "title": document_title(store, d["doc_type"], d["data"], lang, names) or d["doc_id"][:8],
            "missing": [describe_ref(r, lang) for r in d["missing"]]} for d in waiting_docs]
    return sorted(out, key=lambda d: (d["doc_type"], d["title"]))
