"""Versions made ready to write before they reach the importing thread (issue 17 item 7).

What most of a big bundle is: new records of the sender's own unit, one version each, no parents. For
those, everything the store is given can be worked out from the version alone, without the store:
its `version_rows` row exactly as the store keeps it (data packed, sha256 as bytes, device and seq NULL when
the vid says them; the document named by its doc_id, its number looked up by SQLite as the row goes in), its
`documents` row (the winner, as a new document's only version is), its readable rows (doctypes.build_rows)
and what they add to the maintained totals. The bundle reader's helper process does that on the other core
(app/sync/reader_process.py), so that the importing process does no work per version: it checks, per batch
and by set, what needs the store (app/sync/fast_write.py) and runs `executemany` on the rows as they came.

A batch is plain lists, dicts and tuples (`marshal` carries it across processes):

    (version_rows rows, documents rows, {table: readable rows}, totals delta, authority summary,
     references named, receipts, positions of the ready ones, the rest, positions of the rest,
     ready versions by type, packed or not)

"The rest" are the versions this cannot settle alone (a deletion, a version with parents, a document
met twice in the batch, a unit or catalogue item, a record without its own unit code or whose rows
cannot be built): their fields, as the reader checked them, for the importer's general path
(classify, then apply_versions). Nothing here decides what is allowed: the writer checks the summary
against the bundle's rules and gives the whole batch to the general path if anything is not plainly
a unit's new record from its own device (app/domain/authority.check's first case).
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Iterable, Iterator, NamedTuple

from app.domain import authority
from app.domain.doctypes import DOC_TYPES, ROW_ERRORS, build_rows, references, totals_of
from app.domain.versions import CACHED_DATA_JSON, CACHED_PACKED, CACHED_SHA, Version, vid_says
from app.store.compact import sha_stored
from app.store.packing import pack_many

# the types whose new version a unit's own device may write without looking at anything in the store
READY_TYPES = frozenset(t for t, rule in authority.RULES.items() if rule == authority.RECORD)
_TABLES = tuple(spec.table for specs in DOC_TYPES.values() for spec in specs)


class Batch(NamedTuple):
    versions: list  # rows of version_rows as kept (versions.kept_rows), the document named by its doc_id
    #                 (versions.INSERT_KEPT_BY_DOC_ID): exactly the parameters the importer executes
    documents: list  # (doc_id, doc_type, winner_vid, lamport, deleted, conflicts) of each ready version
    rows: dict  # table -> readable rows of the ready versions
    delta: tuple  # the totals those rows add: totals.Delta.parts()
    summary: dict  # (device_id, doc_type, unit_code) -> highest Lamport clock among the ready versions
    refs: list  # every unit and catalogue item the ready versions name ('unit:<code>', 'item:<code>')
    receipts: list  # (doc_id, unit_code, year or None, number, date) of each ready receipt
    positions: list  # position of each ready version in the batch
    rest: list  # fields of the other versions (Version.__dict__, data JSON and packed form included)
    rest_positions: list
    by_type: dict  # doc_type -> ready versions of that type
    packed: bool  # every ready version's data packed here (else the writer packs those left as JSON)

    def __len__(self) -> int:  # versions in the batch
        return len(self.positions) + len(self.rest_positions)


def prepare(versions: list[Version], packed: bool = True) -> Batch:
    """One batch of checked versions, read in bundle order. `packed`: pack each version's data here, the whole
    batch in one call (else a ready version's `versions` row holds the data JSON and the writer packs it: see
    reader_process)."""
    fields = [v.__dict__ for v in versions]
    twice = _met_twice([d["doc_id"] for d in fields])
    stored_all = pack_many([d[CACHED_DATA_JSON] for d in fields]) if packed else None
    vrows, drows, refs, receipts, positions, rest, rest_positions = [], [], set(), [], [], [], []
    rows: dict[str, list] = {t: [] for t in _TABLES}
    summary: dict[tuple, int] = {}
    by_type: dict[str, int] = {}
    ready_types = READY_TYPES
    for i, d in enumerate(fields):
        data = d["data"]
        doc_id, doc_type = d["doc_id"], d["doc_type"]
        unit = data.get("unit_code")
        built = None
        if (doc_type in ready_types and not d["deleted"] and not d["parents"] and type(unit) is str
                and doc_id not in twice):
            try:
                built = build_rows(doc_type, doc_id, data)
            except ROW_ERRORS:
                built = None  # the general path holds it as unreadable, and says why
        if built is None:
            if packed:
                d[CACHED_PACKED] = stored_all[i]
            rest.append(d)
            rest_positions.append(i)
            continue
        for table, table_rows in built:
            rows[table].extend(table_rows)
        refs |= references(doc_type, data)
        vid, lamport, device, seq = d["vid"], d["lamport"], d["device_id"], d["seq"]
        key = (device, doc_type, unit)
        if summary.get(key, -1) < lamport:
            summary[key] = lamport
        # taken from the version, not shared with it: marshal flags a shared object, and the importer's unmarshal
        # keeps a reference to each (measured: 0.85 -> 0.75 µs a version unmarshalled)
        sha = d.pop(CACHED_SHA, None)
        if sha is not None:  # read by check_version: its vid is "device:seq" (checked there), its hash's bytes kept
            device = seq = None
        else:
            sha = sha_stored(d["sha256"])
            if vid_says(vid, device, seq):
                device = seq = None
        # as kept_rows keeps it: no doc_type (the document is new here, of this type: a document found here
        # already is handed back, nothing of it written), device and seq NULL when the vid says them
        vrows.append((vid, doc_id, None, "[]", lamport, device, seq, d["author"], d["claimed_at"], 0,
                      d[CACHED_DATA_JSON] if stored_all is None else stored_all[i], sha))
        by_type[doc_type] = by_type.get(doc_type, 0) + 1
        drows.append((doc_id, doc_type, vid, lamport, 0, 0))
        if doc_type == "surrender":
            receipts.append(_receipt(doc_id, data))
        positions.append(i)
    delta = totals_of(rows)
    return Batch(vrows, drows, {t: r for t, r in rows.items() if r}, delta.parts(), summary,
                 sorted(refs), receipts, positions, rest, rest_positions, by_type, packed)


def _met_twice(doc_ids: list[str]) -> set[str] | frozenset:
    """The documents met more than once in a batch (most batches: none, settled by one set)."""
    if len(set(doc_ids)) == len(doc_ids):
        return frozenset()
    return {doc_id for doc_id, n in Counter(doc_ids).items() if n > 1}


def _receipt(doc_id: str, data: dict) -> tuple:
    """What the importer keeps of a receipt: its unit (for its personal details' rule), its number and date
    (for numbers held twice); as importer._receipt_number reads them."""
    unit, day, number = data.get("unit_code"), data.get("date"), data.get("number")
    year = int(day[:4]) if type(day) is str and day[:4].isdigit() and type(number) is int else None
    return doc_id, unit, year, number, day


def chunks(versions: Iterable[Version], size: int) -> Iterator[list[Version]]:
    """`versions` in lists of `size` (the last one shorter): the batches' boundaries, wherever they are made."""
    chunk: list[Version] = []
    for v in versions:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def batches(versions: Iterable[Version], size: int, packed: Callable[[], bool] = lambda: True) -> Iterator[Batch]:
    """`versions` in prepared batches of `size`; `packed()` is asked before each batch whether to pack it here."""
    for chunk in chunks(versions, size):
        yield prepare(chunk, packed())


def version_of(fields: dict) -> Version:
    """A Version from the fields the reader checked (the rest of a batch)."""
    v = object.__new__(Version)
    v.__dict__.update(fields)
    return v
