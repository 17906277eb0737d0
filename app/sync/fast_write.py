"""Writing the ready versions of a prepared batch (app/sync/prepare.py): set-based checks, then executemany.

What the store must say about a ready version (a unit's new record from its own device, met once in its
batch, built and packed by the reader) is asked once per batch, never per version:

* may its sender write it? `authority.plainly_allowed` over the batch's summary (device, type, unit,
  highest clock): anything else sends the whole batch to the general path, which judges each version and
  refuses the bundle at the first one its sender may not write, as before;
* are the units and catalogue items it names here? one query over the batch's references; one missing
  sends the whole batch to the general path (which holds such documents and counts them as waiting);
* is its document new here? its `documents` row goes in with ON CONFLICT DO NOTHING: a row that did not
  go in was there (a document of the store, or of an earlier batch of this import): that version goes
  to the general path (update, conflict, already here), with nothing of it written;
* is its vid free? its `versions` row goes in with ON CONFLICT DO NOTHING: a vid already held by other
  bytes refuses the bundle with the general path's sentences.

Everything runs inside the import's one transaction: a refusal, a cancel or a crash leaves nothing.
"""

from __future__ import annotations

import orjson

from app.domain import authority
from app.domain.doctypes import DOC_TYPES, known_refs, totals_of
from app.domain.totals import Delta
from app.domain.versions import INSERT_KEPT_BY_DOC_ID, CACHED_DATA_JSON, CACHED_PACKED, Version
from app.errors import AnttError
from app.store import packing
from app.sync.prepare import Batch, version_of

_INSERT_NEW_DOCUMENT = ("INSERT INTO documents(doc_id, doc_type, winner_vid, lamport, deleted, conflicts)"
                        " VALUES (?,?,?,?,?,?) ON CONFLICT(doc_id) DO NOTHING")
_SPECS = tuple(spec for specs in DOC_TYPES.values() for spec in specs)  # parents before children
_KEY_AT = {spec.table: spec.columns.index(spec.key) for spec in _SPECS}


def write_ready(conn, batch: Batch, rules: authority.Context,
                bundle_name: str) -> tuple[list, dict[str, int], list[Version]]:
    """Write what of `batch` is ready and new here. Returns (the version_rows rows written, as the batch holds
    them: doc_id second; how many of each type; the batch's other versions in bundle order, for the general
    path). The rows go in exactly as the reader made them: no work per version in this process."""
    if not batch.positions:
        return [], {}, [version_of(f) for f in batch.rest]
    if not authority.plainly_allowed(rules, batch.summary) or _lacking(conn, batch.refs):
        return [], {}, _in_order(batch, range(len(batch.positions)))
    documents, versions, by_type = batch.documents, batch.versions, batch.by_type
    changes = conn.total_changes
    conn.executemany(_INSERT_NEW_DOCUMENT, documents)
    rows, delta = batch.rows, _delta(batch.delta)
    back: list[int] = []  # indexes of ready versions whose document was here already
    if conn.total_changes - changes < len(documents):
        back = _documents_here(conn, documents)
        gone = {documents[i][0] for i in back}
        rows = {t: [r for r in table_rows if r[_KEY_AT[t]] not in gone] for t, table_rows in rows.items()}
        delta = totals_of(rows)  # counted again over the rows that stay (no key left at zero, no float residue)
        skip = set(back)
        versions = [row for i, row in enumerate(versions) if i not in skip]
        by_type = {}
        for i, d in enumerate(documents):
            if i not in skip:
                by_type[d[1]] = by_type.get(d[1], 0) + 1
    if not batch.packed:  # the reader left this batch's data as JSON (to spare its core, see reader_process)
        versions = _packed(versions)
    top = conn.execute("SELECT coalesce(max(vno), 0) FROM version_rows").fetchone()[0]
    changes = conn.total_changes
    conn.executemany(INSERT_KEPT_BY_DOC_ID, versions)
    if conn.total_changes - changes < len(versions):
        _refuse_taken_vid(conn, versions, top, rules, bundle_name)
    for spec in _SPECS:
        table_rows = rows.get(spec.table)
        if table_rows:
            conn.executemany(spec.insert_sql, table_rows)
    delta.write(conn)
    return versions, by_type, _in_order(batch, back)


def _packed(versions: list) -> list:
    """Versions rows whose data the reader left as JSON (to spare its core, see reader_process), packed here in one
    call (packing.pack_many)."""
    packed = packing.pack_many([row[10] for row in versions])
    return [(*row[:10], data, row[11]) for row, data in zip(versions, packed)]


def _delta(parts) -> Delta:
    return Delta.from_parts(parts)


def _lacking(conn, refs: list) -> bool:
    """True if a unit or catalogue item the ready versions name is not in the store (yet)."""
    return bool(refs) and len(known_refs(conn, set(refs))) < len(refs)


def _documents_here(conn, documents: list) -> list[int]:
    """Indexes of the ready versions whose document was here before the batch's rows went in: its row names
    another winner, or this very version, stored before (the batch's versions are not in yet)."""
    pairs = orjson.dumps([[d[0], d[2]] for d in documents]).decode()
    return [r[0] for r in conn.execute(
        "SELECT CAST(j.key AS INTEGER) FROM json_each(?) j JOIN documents d ON d.doc_id = j.value ->> 0"
        " WHERE d.winner_vid != j.value ->> 1 OR EXISTS (SELECT 1 FROM versions v WHERE v.vid = j.value ->> 1)"
        " ORDER BY j.key", (pairs,))]


def _refuse_taken_vid(conn, versions: list, top: int, rules: authority.Context, bundle_name: str) -> None:
    """A ready version's vid is held by other bytes: by a version stored before this batch (a laptop restored
    from an old copy numbers its versions again) or by another version of this very batch. The general path's
    sentences, for the first such version in bundle order."""
    pairs = orjson.dumps([[r[0], _sha_text(r[11])] for r in versions]).decode()
    row = conn.execute(
        "SELECT CAST(j.key AS INTEGER), v.rowid FROM json_each(?) j JOIN versions v ON v.vid = j.value ->> 0"
        " WHERE v.sha256 != j.value ->> 1 ORDER BY j.key LIMIT 1", (pairs,)).fetchone()
    if row is None:  # cannot be: a skipped insert is a vid held with other bytes (sha256 covers every field)
        raise AnttError("version_conflict_bytes", vid="?")
    vid = versions[row[0]][0]
    if row[1] > top:
        raise AnttError("version_conflict_bytes", vid=vid)
    device, seq = _device_seq(versions[row[0]])
    raise AnttError("sync_restored_copy", name=bundle_name, device=device,
                    unit=rules.units_of.get(device, rules.signer_unit), seq=seq)


def _sha_text(stored) -> str:
    """A version's sha256 as `versions` shows it, from its stored form (compact.sha_stored)."""
    return stored.hex() if type(stored) is bytes else stored


def _device_seq(row: tuple) -> tuple[str, int]:
    """A kept row's device and seq: its own, or (NULL both) what its vid says (versions.vid_says)."""
    if row[5] is not None:
        return row[5], row[6]
    device, _, seq = row[0].rpartition(":")
    return device, int(seq)


def _in_order(batch: Batch, ready: list[int] | range) -> list[Version]:
    """The rest of the batch and the ready versions at indexes `ready`, as Versions, in bundle order."""
    if not ready:
        return [version_of(f) for f in batch.rest]
    items = [(batch.positions[i], _version_of_row(batch.versions[i], batch.documents[i][1])) for i in ready]
    items += [(p, version_of(f)) for p, f in zip(batch.rest_positions, batch.rest)]
    items.sort(key=lambda item: item[0])
    return [v for _, v in items]


def _version_of_row(row: tuple, doc_type: str) -> Version:
    """A ready version back as a Version, from its kept row (a new document with no parents, not deleted) and
    its type; its data read back from the packed form, byte for byte the JSON its sha256 covers."""
    stored = row[10]
    data_json = packing.json_bytes(stored)
    device, seq = _device_seq(row)
    fields = {"vid": row[0], "doc_id": row[1], "doc_type": doc_type, "parents": (), "lamport": row[4],
              "device_id": device, "seq": seq, "author": row[7], "claimed_at": row[8], "deleted": False,
              "data": orjson.loads(data_json), "sha256": _sha_text(row[11]), CACHED_DATA_JSON: data_json}
    if stored[:1] != b"{":
        fields[CACHED_PACKED] = stored
    return version_of(fields)
