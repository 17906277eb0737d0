"""Documents and versions (design §3): the one write path for local edits, the demo and imports.

A document changes only by a new version. The readable tables hold, for each document, the
winner: among its live leaves, the highest (lamport, device_id). Other live leaves (and
tombstones that compete with a live winner) are counted as conflicts and kept.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import orjson

from app.domain import doctypes, guard, sizes
from app.domain.winners import _leaves, _rank, decide, load_doc_versions  # noqa: F401 (callers read them here too)
from app.errors import AnttError
from app.store import packing
from app.store.compact import sha_stored
from app.store.bulk import gc_paused
from app.store.db import Store

# Lamport clocks past this are refused on import (design: a value near 2^63 must not wrap).
LAMPORT_LIMIT = 1 << 62


@dataclass(frozen=True)
class Version:
    vid: str
    doc_id: str
    doc_type: str
    parents: tuple[str, ...]
    lamport: int
    device_id: str
    seq: int
    author: str
    claimed_at: str
    deleted: bool
    data: dict
    sha256: str = ""

    def canonical_bytes(self) -> bytes:
        """Every field but sha256 as compact JSON with sorted keys (orjson), the bytes the hash covers."""
        return self._canonical(orjson.dumps(self.data, option=orjson.OPT_SORT_KEYS))

    def _canonical(self, data_json: bytes) -> bytes:
        # Same bytes as dumping the whole dict with sorted keys, without dumping `data` twice on the
        # bulk path: the already sorted data JSON goes in as a fragment, in one dumps.
        return orjson.dumps({
            "author": self.author, "claimed_at": self.claimed_at, "data": orjson.Fragment(data_json),
            "deleted": bool(self.deleted), "device_id": self.device_id, "doc_id": self.doc_id,
            "doc_type": self.doc_type, "lamport": self.lamport, "parents": self.parents, "seq": self.seq,
            "vid": self.vid,
        })

    def data_json_and_sha256(self) -> tuple[bytes, str]:
        """The data as stored (sorted-key JSON) and the sha256 of the whole version, in one pass."""
        data_json = orjson.dumps(self.data, option=orjson.OPT_SORT_KEYS)
        return data_json, hashlib.sha256(self._canonical(data_json)).hexdigest()

    def compute_sha256(self) -> str:
        return hashlib.sha256(self.canonical_bytes()).hexdigest()

    def sealed(self) -> "Version":
        """This version with its sha256 filled in (and its data JSON kept, see `cached_data_json`)."""
        data_json, sha = self.data_json_and_sha256()
        v = Version(**{**self.fields(), "sha256": sha})
        v.__dict__[CACHED_DATA_JSON] = data_json
        return v

    def cached_data_json(self) -> bytes | None:
        """The sorted-key JSON of `data` as whoever built this version last serialised it for its hash
        (the seal, the bundle reader), so that the bulk path need not serialise it again; None if not
        known. A private attribute: orjson skips it, `fields()` and `to_dict()` leave it out."""
        return self.__dict__.get(CACHED_DATA_JSON)

    def fields(self) -> dict:
        d = self.__dict__
        return {k: d[k] for k in _FIELDS}

    def to_dict(self) -> dict:
        d = self.fields()
        d["parents"] = list(self.parents)
        d["deleted"] = bool(self.deleted)
        return d

    @classmethod
    def from_row(cls, row) -> "Version":
        """A version as a `versions` row holds it (`SELECT *`): parents JSON, data packed or plain."""
        d = dict(row)
        d["parents"] = orjson.loads(d["parents"])
        d["data"] = orjson.loads(packing.json_bytes(d["data"]))
        d["deleted"] = bool(d["deleted"])
        return cls.from_dict(d)

    @classmethod
    def from_dict(cls, d: dict) -> "Version":
        return cls(
            vid=d["vid"],
            doc_id=d["doc_id"],
            doc_type=d["doc_type"],
            parents=tuple(d.get("parents") or ()),
            lamport=int(d["lamport"]),
            device_id=d["device_id"],
            seq=int(d["seq"]),
            author=d.get("author", ""),
            claimed_at=d["claimed_at"],
            deleted=bool(d.get("deleted", False)),
            data=d.get("data") or {},
            sha256=d.get("sha256", ""),
        )


CACHED_DATA_JSON = "_data_json"  # private attribute name: see Version.cached_data_json
# The stored (packed) form of that JSON, when the bundle reader's helper process packed it already
# (app/sync/reader_process.py): the importing process then only writes it. Checked equal in tests.
CACHED_PACKED = "_data_packed"
# The stored form of its sha256 (compact.sha_stored: the 32 bytes), when the bundle reader has just computed
# them to check the hash (app/sync/version_rules.check_version): the reader's batches need not decode the hex again.
CACHED_SHA = "_sha_stored"
_FIELDS = tuple(Version.__dataclass_fields__)


@dataclass
class ApplyResult:
    inserted: int = 0
    duplicates: int = 0
    documents: int = 0
    conflicts: int = 0
    touched: set[str] = field(default_factory=set)


def now_claimed() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S%z")


# ---------------------------------------------------------------- local edits


class Clock:
    """Hands out (seq, lamport) for local versions, kept in `meta` inside the caller's transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.device_id = store.device_id
        self.author = store.author
        self.seq = int(store.meta_get("seq", "0"))
        self.lamport = int(store.meta_get("lamport", "0"))

    def tick(self) -> tuple[int, int]:
        self.seq += 1
        self.lamport += 1
        return self.seq, self.lamport

    def save(self) -> None:
        self.store.meta_set("seq", self.seq)
        self.store.meta_set("lamport", self.lamport)


def new_version(
    clock: Clock, doc_type: str, doc_id: str, data: dict, parents: Sequence[str] = (), deleted: bool = False
) -> Version:
    sizes.check_sizes(doc_type, data)  # issue 18: every local write meets the limits of app/domain/sizes.py
    seq, lamport = clock.tick()
    device = clock.device_id
    version = Version(
        vid=f"{device}:{seq}",
        doc_id=doc_id,
        doc_type=doc_type,
        parents=tuple(parents),
        lamport=lamport,
        device_id=device,
        seq=seq,
        author=clock.author,
        claimed_at=now_claimed(),
        deleted=deleted,
        data=data,
    )
    try:
        version = version.sealed()
    except TypeError:  # text orjson cannot write (lone surrogates): say which field
        sizes.refuse_unstorable(doc_type, data)
        raise
    sizes.check_stored_size(len(version.cached_data_json()))
    return version


def save_document(store: Store, doc_type: str, doc_id: str, data: dict, deleted: bool = False) -> Version:
    """Write one local edit of `doc_id`: a version whose parent is the winner the officer saw."""
    with store.transaction():
        row = store.conn.execute("SELECT winner_vid FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        parents = (row[0],) if row else ()
        clock = Clock(store)
        version = new_version(clock, doc_type, doc_id, data, parents, deleted)
        _guard(store, version, row[0] if row else None)
        clock.save()
        apply_versions(store, [version])
    return version


def _guard(store: Store, version: Version, prior_vid: str | None) -> None:
    """Issue 6 / issue 5 item 7: the user's permission, the period lock and the audit entry of a local
    write (app/domain/guard.py). Raises before anything is written; the transaction rolls back."""
    guard.check_local_write(store, version, prior_vid)


def resolve_document(store: Store, doc_id: str, data: dict, deleted: bool = False) -> Version:
    """Write a version whose parents are all the document's leaves: it ends the conflict."""
    with store.transaction():
        versions = load_doc_versions(store, [doc_id])[doc_id]
        leaves = [v["vid"] for v in _leaves(versions)]
        clock = Clock(store)
        version = new_version(clock, versions[0]["doc_type"], doc_id, data, sorted(leaves), deleted)
        winner = store.conn.execute("SELECT winner_vid FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        _guard(store, version, winner[0] if winner else None)
        clock.save()
        apply_versions(store, [version])
    return version


# ---------------------------------------------------------------- the bulk path

# Where schema step 12 keeps a `versions` row (vid, doc_id, doc_type, parents, lamport, device_id, seq, author,
# claimed_at, deleted, data, sha256): under its document's num (the document's row goes in first: _NEW_DOCUMENT),
# doc_type, device_id and seq only where the document and the vid do not say them, the sha256 as bytes (kept_rows).
_INSERT_VERSION = ("INSERT INTO version_rows(vid, doc, doc_type, parents, lamport, device_id, seq, author, claimed_at,"
                   " deleted, data, sha256) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(vid) DO NOTHING")


def document_numbers(conn, doc_ids) -> dict[str, tuple[int, str]]:
    """{doc_id: (num, doc_type)} of the documents of `doc_ids` the store has (one query)."""
    return {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT doc_id, num, doc_type FROM documents WHERE doc_id IN (SELECT value FROM json_each(?))",
        (orjson.dumps(list(doc_ids)).decode(),))}


def vid_says(vid, device, seq) -> bool:
    """True if a version's vid alone gives its device and seq (version_rows then keeps both as NULL)."""
    return type(seq) is int and type(device) is str and ":" not in device and vid == f"{device}:{seq}"


def kept_rows(rows, numbers: dict[str, tuple[int, str]]) -> list[tuple]:
    """`versions` rows as version_rows keeps them (the values the view `versions` shows them with again)."""
    out = []
    for vid, doc_id, doc_type, parents, lamport, device, seq, author, claimed_at, deleted, data, sha in rows:
        num, its_type = numbers[doc_id]
        says = vid_says(vid, device, seq)
        out.append((vid, num, None if doc_type == its_type else doc_type, parents, lamport, None if says else device,
                    None if says else seq, author, claimed_at, deleted, data, sha_stored(sha)))
    return out


# A version_rows row whose document is named by its doc_id, not its number: SQLite looks the number up (an
# index probe) where Python would ask for it by query and build every row again (issue 17 item 7: the import's
# prepared batches, app/sync/prepare.py). The rest of the row is as kept_rows gives it.
INSERT_KEPT_BY_DOC_ID = ("INSERT INTO version_rows(vid, doc, doc_type, parents, lamport, device_id, seq, author,"
                         " claimed_at, deleted, data, sha256) VALUES (?, (SELECT num FROM documents WHERE doc_id = ?),"
                         " ?,?,?,?,?,?,?,?,?,?) ON CONFLICT(vid) DO NOTHING")


# The `documents` row a new document's first version is kept under (materialise then writes its winner).
_NEW_DOCUMENT = ("INSERT INTO documents(doc_id, doc_type, winner_vid, lamport, deleted, conflicts) VALUES (?,?,?,?,?,0)"
                 " ON CONFLICT(doc_id) DO NOTHING")
_CHUNK = 500


def apply_versions(store: Store, versions: Iterable[Version], verify: bool = True,
                   existing_docs: set[str] | None = None, prebuilt: dict | None = None,
                   raise_clock: bool = True) -> ApplyResult:
    """Insert versions (exact duplicates ignored), recompute the winners they touch, refresh readable rows.

    Runs inside the caller's transaction, or its own. Refuses, changing nothing, a version whose
    sha256 is wrong or whose vid is already here with other bytes. `existing_docs`: which of the
    versions' documents the store already had, if the caller looked it up in this transaction just
    before (the importer's scan); otherwise it is looked up here. `prebuilt`: {vid: (rows per table,
    references not in the store)} the caller already built and checked (see doctypes.materialise).
    `raise_clock`: False for an import (app/domain/authority.follow_clock decides what moves this store's clock).
    """
    result = ApplyResult()
    with store.transaction(), gc_paused():
        conn = store.conn
        batch: dict[str, Version] = {}
        rows = []
        dumps = orjson.dumps
        sort = orjson.OPT_SORT_KEYS
        for v in versions:
            if verify:
                data_json, sha = v.data_json_and_sha256()
                if sha != v.sha256:
                    raise AnttError("version_hash_mismatch", vid=v.vid)
            else:
                data_json = v.__dict__.get(CACHED_DATA_JSON) or dumps(v.data, option=sort)
            lamport = v.lamport
            if not 0 <= lamport < LAMPORT_LIMIT:
                raise AnttError("lamport_out_of_range", vid=v.vid)
            vid = v.vid
            seen = batch.get(vid)
            if seen is not None:
                if seen.sha256 != v.sha256:
                    raise AnttError("version_conflict_bytes", vid=vid)
                continue
            batch[vid] = v
            parents = v.parents
            packed = v.__dict__.get(CACHED_PACKED) or packing.pack(data_json)
            rows.append((vid, v.doc_id, v.doc_type, dumps(parents).decode() if parents else "[]", lamport,
                         v.device_id, v.seq, v.author, v.claimed_at, int(v.deleted), packed, v.sha256))
        if not batch:
            return result
        if existing_docs is None:  # before the new documents get their rows (versions are kept under them)
            existing_docs = _existing_docs(conn, list({v.doc_id for v in batch.values()}))
        conn.executemany(_NEW_DOCUMENT, [(v.doc_id, v.doc_type, v.vid, v.lamport, int(v.deleted))
                                         for v in batch.values() if v.doc_id not in existing_docs])
        before = conn.execute("SELECT coalesce(max(vno), 0) FROM version_rows").fetchone()[0]
        changes = conn.total_changes
        conn.executemany(_INSERT_VERSION, kept_rows(rows, document_numbers(conn, {r[1] for r in rows})))
        del rows
        inserted = conn.total_changes - changes  # rows the insert skipped (known vids) are no change
        result.inserted = inserted
        result.duplicates = len(batch) - inserted
        new = batch
        if result.duplicates:
            new = _drop_known(conn, batch, before)
        if not new:
            return result

        # A document with one new version, no parents and no earlier row wins alone; the others
        # (several versions here, parents, or already stored) are decided from all their versions.
        winners: dict[str, tuple[Version | dict, int, bool]] = {}  # doc -> (winner, conflicts, deleted)
        repeated = set()
        for v in new.values():
            doc_id = v.doc_id
            if doc_id in winners:
                repeated.add(doc_id)
            winners[doc_id] = (v, 0, bool(v.deleted))
        existing = existing_docs
        slow = [d for d, w in winners.items() if d in existing or d in repeated or w[0].parents]
        if slow:
            for doc_id, rows in load_doc_versions(store, slow).items():
                winner, conflicts, deleted = decide(rows)
                winners[doc_id] = (winner, conflicts, deleted)

        doctypes.materialise(store, winners, existing, prebuilt)
        result.documents = len(winners)
        result.conflicts = sum(1 for _, c, _ in winners.values() if c)
        result.touched = set(winners)
        top = max(v.lamport for v in new.values())
        if raise_clock and top > int(store.meta_get("lamport", "0")):
            store.meta_set("lamport", top)
    return result


def _drop_known(conn, batch: dict[str, Version], before: int) -> dict[str, Version]:
    """Versions of the batch that were already stored: same bytes are dropped, other bytes refused."""
    vids = list(batch)
    known: dict[str, str] = {}
    for i in range(0, len(vids), _CHUNK):
        chunk = vids[i : i + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for vid, sha in conn.execute(
            f"SELECT vid, sha256 FROM versions WHERE rowid <= ? AND vid IN ({marks})", (before, *chunk)
        ):
            known[vid] = sha
    for vid, sha in known.items():
        if batch[vid].sha256 != sha:
            raise AnttError("version_conflict_bytes", vid=vid)
    return {vid: v for vid, v in batch.items() if vid not in known}


def _existing_docs(conn, doc_ids: list[str]) -> set[str]:
    """Which of `doc_ids` the store already has (one query: the ids go in as a JSON array)."""
    rows = conn.execute(
        "SELECT doc_id FROM documents WHERE doc_id IN (SELECT value FROM json_each(?))", (orjson.dumps(doc_ids).decode(),)
    )
    return {r[0] for r in rows}


def document_conflicts(store: Store, doc_id: str) -> list[dict]:
    """The competing leaves of a document (winner first), for a conflicts view."""
    rows = load_doc_versions(store, [doc_id])[doc_id]
    if not rows:
        return []
    winner, competing, _ = decide(rows)
    if not competing:
        return [winner]
    leaves = [r for r in _leaves(rows) if not r["data"].get("provisional")]
    return [winner] + sorted((r for r in leaves if r["vid"] != winner["vid"]), key=_rank, reverse=True)
