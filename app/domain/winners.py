"""Which version of a document wins (design §3): its stored versions, read back, and the rule that decides.

Below app/domain/versions.py (the write path) and app/domain/doctypes.py (the readable rows), which both
decide winners; versions.py keeps these names for its callers.
"""

from __future__ import annotations

from typing import Sequence

import orjson

from app.store import packing
from app.store.db import Store

_CHUNK = 500


def load_doc_versions(store: Store, doc_ids: Sequence[str]) -> dict[str, list[dict]]:
    """Every stored version of each document, as dicts (parents and data decoded)."""
    out: dict[str, list[dict]] = {d: [] for d in doc_ids}
    ids = list(doc_ids)
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i : i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for row in store.conn.execute(
            f"SELECT vid, doc_id, doc_type, parents, lamport, device_id, seq, author, claimed_at, deleted,"
            f" CAST(data AS BLOB) AS data, sha256 FROM versions WHERE doc_id IN ({marks})",  # packed or plain
            chunk,
        ):
            d = dict(row)
            d["parents"] = orjson.loads(d["parents"])
            d["data"] = orjson.loads(packing.json_bytes(d["data"]))
            d["deleted"] = bool(d["deleted"])
            out[d["doc_id"]].append(d)
    return out


def _leaves(rows: list[dict]) -> list[dict]:
    referenced = {p for r in rows for p in r["parents"]}
    return [r for r in rows if r["vid"] not in referenced]


def _rank(row: dict) -> tuple[int, str]:
    return (row["lamport"], row["device_id"])


def decide(rows: list[dict]) -> tuple[dict, int, bool]:
    """(winner, number of competing leaves, deleted) for one document's versions.

    The winner is the highest (lamport, device_id) among live leaves; if every leaf is a
    tombstone the document is deleted and the highest tombstone stands for it. Provisional leaves
    (data["provisional"]) count only while no settled leaf exists. A competing
    leaf is a live leaf with other data than the winner, or a tombstone beside a live winner.
    """
    leaves = _leaves(rows)
    if any(not r["data"].get("provisional") for r in leaves):
        # A provisional record (a post's own idea of a unit, before the level above sent its record)
        # gives way to any settled leaf and never counts as a competitor.
        leaves = [r for r in leaves if not r["data"].get("provisional")]
    live = [r for r in leaves if not r["deleted"]]
    if not live:
        return max(leaves, key=_rank), 0, True
    winner = max(live, key=_rank)
    competing = sum(
        1 for r in leaves if r is not winner and (r["deleted"] or r["data"] != winner["data"])
    )
    return winner, competing, False
