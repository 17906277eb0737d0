"""`antt import`: preview a bundle (writes nothing), then apply it in one transaction after a backup.

Both phases read every version, checked by the bundle reader, and classify it against the store
(new / updated / conflicting / already here / unreadable / waiting for a reference). The preview
classifies each version (`_Scan.classify`). Apply reads the bundle in batches made ready to write
(app/sync/prepare.py, by the reader's helper process for a big bundle): a batch's new records of the
sender's own unit go straight in after set-based checks (app/sync/fast_write.py, counted "new"), every
other version is classified as the preview does and goes through the core's bulk path
`apply_versions`; all inside a single transaction, so any refusal (even at the last byte) leaves the
store as it was. Re-importing a bundle changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from itertools import islice
from operator import attrgetter
from pathlib import Path
from typing import Callable, NamedTuple

import orjson

from app.domain import authority
from app.domain.doctypes import ROW_ERRORS, build_rows, bulk_load, held_counts, known_refs, references, row_problem
from app.domain.surrenders import note_numbers_from_above
from app.domain.versions import CACHED_DATA_JSON, Version, apply_versions
from app.errors import AnttError
from app.security import audit, audit_anchors
from app.security.permissions import require
from app.store import crash
from app.store.bulk import gc_paused
from app.store.db import Store, translate_sqlite_error
from app.store.migrations import backup_to, backups_dir
from app.sync import attachment_bytes, fast_write, reader_process
from app.sync.bundle import BundleReader, open_bundle
from app.sync.chain import LINKS_KEY, verify_links
from app.sync.export import RECEIPT_NUMBERS_KEY
from app.sync import unit_event_rule
from app.sync.limits import DEFAULT_LIMITS, Limits
from app.sync.state import (
    device_keys, get_device, known_devices, now_text, record_acks, record_received,
)

CHUNK = 5000
_NOTHING_LACKING: frozenset = frozenset()
MAX_LISTED = 1000
# Disjoint: every version of a bundle falls in exactly one. All but "already" are stored.
CATEGORIES = ("new", "updated", "conflicting", "already", "unreadable", "waiting")
DOCUMENTS_KEY = "documents"  # beside the categories in sync_imports.counts: documents stored, by type


@dataclass
class ImportPreview:
    file_name: str
    file_sha256: str
    bundle_id: str
    sender_device: str
    sender_unit: str
    fingerprint: str
    kind: str
    bundle_seq: int
    missing_bundles: list[int]  # sequence numbers of this sender's bundles never imported (a gap)
    claimed_at: str
    claimed_warning: bool  # the sender's clock says a time far from ours
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    by_type: dict[str, int] = field(default_factory=dict)
    unreadable: list[dict] = field(default_factory=list)  # {vid, doc_id, doc_type, problem, field}, at most MAX_LISTED
    waiting_for: list[str] = field(default_factory=list)  # 'unit:<code>' / 'item:<code>' missing here and in the bundle
    # the documents that will wait, at most MAX_LISTED: {doc_id, doc_type, data, missing: [refs]} (app/sync/held.py
    # puts them in words)
    waiting_docs: list[dict] = field(default_factory=list)
    already_imported: bool = False
    # documents the import stores versions of, by type ({'surrender': 3}): what an officer counts (issue 15 §4);
    # the preview counts each document of the bundle that is not already here once; the import, what it stored
    documents: dict[str, int] = field(default_factory=dict)
    files: int = 0  # issue 16: attachment files the bundle carries (each checked against its sha256)
    attachments_follow: list[dict] = field(default_factory=list)  # {attachment_id, sha256, size}: next bundle
    # receipt numbers of one unit used by two receipts once this bundle is in (a post restored from an old copy
    # numbers again): {unit, year, number, receipts: [ids]}, at most MAX_LISTED; `duplicate_numbers_text` says it
    duplicate_numbers: list[dict] = field(default_factory=list)
    # this laptop was restored from an old copy: the sender acknowledges more of its versions than it counts
    # ({"acked": N, "seq": M}); the import raises its counter past N (`restored_copy_text` says what to do)
    restored_copy: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ImportReceipt(ImportPreview):
    import_id: int = 0
    imported_at: str = ""
    officer: str = ""
    backup_path: str = ""
    inserted: int = 0
    held: dict[str, int] = field(default_factory=dict)  # documents of the whole store kept but not shown, by reason
    files_new: int = 0  # issue 16: attachment files this store did not have


def file_sha256(path: Path | str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def _claimed_far(claimed: str, today: dt.date | None = None) -> bool:
    today = today or dt.date.today()
    try:
        day = dt.date.fromisoformat(claimed[:10])
    except ValueError:
        return True
    return day > today + dt.timedelta(days=1) or day < today - dt.timedelta(days=366)


def _provisional(data: dict | str | None) -> bool:
    if isinstance(data, str):
        data = orjson.loads(data)
    return bool(data and data.get("provisional"))


class Mark(NamedTuple):
    """What a later version of a document is compared with, in short: its vid, its data, provisional or not."""

    vid: str
    data_hash: int  # hash of the sorted data JSON, as stored
    provisional: bool

    @classmethod
    def of(cls, v: Version) -> "Mark":
        data_json = v.__dict__.get(CACHED_DATA_JSON) or orjson.dumps(v.data, option=orjson.OPT_SORT_KEYS)
        return cls(v.vid, hash(data_json), _provisional(v.data))


class _Scan:
    """Classifies versions chunk by chunk against the store, before they are applied.

    Every version that passed the bundle reader (signed, hash-valid) is kept: "unreadable" and
    "waiting" say only that the readable tables cannot show it yet. "Waiting" counts versions
    naming a unit or catalogue item that is neither in the store nor anywhere in the bundle; as
    units travel after records in a bundle, that is settled in `finish()`.
    """

    def __init__(self, store: Store, preview: ImportPreview, applied_after: int | None,
                 rules: authority.Context) -> None:
        self.store, self.p = store, preview
        self.rules = rules  # who may write what (app/domain/authority.py), precomputed for this bundle
        # The latest version of each document met earlier in the bundle, what a later version of it is
        # an update of or competes with: as a Mark for earlier chunks, as the Version in this one. When
        # applying, those of earlier chunks are in the store by now: they are looked up, only for the
        # chunk's documents the store has, among the versions this import stored (rowid after
        # `applied_after`), rather than kept (a million documents would cost some 200 MB).
        self.applied_after = applied_after
        self.applying = applied_after is not None
        self.seen: dict[str, Mark] = {}
        self.refs_in_bundle: set[str] = set()
        self.unsure: Counter = Counter()  # (category, refs unknown to the store) -> versions
        # documents naming refs unknown to the store, up to MAX_LISTED for each set of them: those whose refs
        # the bundle does not bring either are the waiting ones, known only at the end
        self.maybe_waiting: dict[frozenset, dict[str, dict]] = {}
        self.numbers: dict[str, tuple | None] = {}  # receipt doc -> (unit, year, number) of its latest version here
        self.number_days: dict[str, object] = {}  # receipt doc -> its date: a merger may restart a series mid-year

    def _lookup(self, sql: str, keys: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            out.update(self.store.conn.execute(sql.format(",".join("?" * len(part))), part).fetchall())
        return out

    def classify(self, chunk: list[Version]) -> tuple[list[Version], set[str], dict]:
        """Count each version; return those to apply (everything but what is already here), which of
        their documents the store already has, and the readable rows and references built for each
        (apply_versions then neither looks up nor builds again)."""
        counts = self.p.counts
        if self.applying:
            self.seen.clear()
        in_chunk: dict[str, Version] = {}
        seen = self.seen
        known = self._lookup("SELECT vid, sha256 FROM versions WHERE vid IN ({})", [v.vid for v in chunk])
        doc_ids = {v.doc_id for v in chunk}
        winners = self._lookup("SELECT doc_id, winner_vid FROM documents WHERE doc_id IN ({})", list(doc_ids))
        # a chunk of an import that holds each document once needs no memory of them (the common case)
        track = not self.applying or len(doc_ids) < len(chunk)
        refs_of = {v.vid: references(v.doc_type, v.data) for v in chunk if not v.deleted}
        all_refs = set().union(*refs_of.values()) if refs_of else set()
        in_store = known_refs(self.store.conn, all_refs) if all_refs else set()
        lacking = bool(all_refs - in_store)  # usually False: then no version of the chunk lacks a reference
        # a concurrent version with the winner's very data does not compete (core `decide`): not a conflict
        winner_data = self._lookup("SELECT vid, version_json(data) FROM versions WHERE vid IN ({})", list(set(winners.values())))
        if self.applying and winners:
            self._earlier_in_import(list(winners))
        rules = self.rules
        self._surrender_units(chunk)
        keep = []
        prebuilt: dict[str, tuple] = {}  # vid -> ([(table, rows)], references the store lacks)
        by_type = self.p.by_type
        for doc_type, n in Counter(map(attrgetter("doc_type"), chunk)).items():
            by_type[doc_type] = by_type.get(doc_type, 0) + n
        for v in chunk:
            sha = known.get(v.vid)
            if sha is not None:
                if sha != v.sha256:  # a laptop restored from an old copy numbers its versions again
                    raise AnttError("sync_restored_copy", name=self.p.file_name, device=v.device_id,
                                    unit=self.rules.units_of.get(v.device_id, self.p.sender_unit), seq=v.seq)
                counts["already"] += 1
                continue
            if v.doc_type == "unit_event":  # issue 20: its own sentence first (unit events only come down)
                unit_event_rule.check(self.p.kind, self.p.sender_unit, v.doc_type, v.doc_id)
            winner = winners.get(v.doc_id)
            try:  # the whole bundle is refused at the first version its sender may not write
                authority.check(rules, v, orjson.loads(winner_data[winner]) if winner in winner_data else None)
            except authority.Refusal as exc:
                raise exc.for_bundle(self.p.file_name) from None
            keep.append(v)
            if v.doc_type == "surrender":
                self.numbers[v.doc_id] = _receipt_number(v)
                self.number_days[v.doc_id] = v.data.get("date")
            code = v.data.get("code")
            if v.doc_type == "unit" and type(code) is str:
                authority.note_unit(rules, v)
                self.refs_in_bundle.add("unit:" + code)
            elif v.doc_type == "catalogue_item" and type(code) is str:
                self.refs_in_bundle.add("item:" + code)
            problem = None
            unknown = refs_of[v.vid] - in_store if lacking and not v.deleted else _NOTHING_LACKING
            if not v.deleted:
                try:
                    prebuilt[v.vid] = (build_rows(v.doc_type, v.doc_id, v.data), unknown)
                except ROW_ERRORS as exc:  # kept all the same: this software cannot show it
                    problem = row_problem(exc)
            earlier = None
            if track:
                earlier = in_chunk.get(v.doc_id)
                in_chunk[v.doc_id] = v
            if earlier is None and seen:
                earlier = seen.get(v.doc_id)
            if problem:
                counts["unreadable"] += 1
                if len(self.p.unreadable) < MAX_LISTED:
                    self.p.unreadable.append({"vid": v.vid, "doc_id": v.doc_id, "doc_type": v.doc_type,
                                              "problem": problem[0], "field": problem[1]})
                continue
            # a provisional record gives way to a settled one without a conflict, and a concurrent version
            # with the very data of the one it meets does not compete (core `decide`)
            if earlier is not None:  # the bundle's own earlier version of it: what this one meets on arrival
                before, mine = earlier if type(earlier) is Mark else Mark.of(earlier), Mark.of(v)
                updates = (before.vid in v.parents or (not v.deleted and before.data_hash == mine.data_hash)
                           or mine.provisional or before.provisional)
                category = "updated" if updates else "conflicting"
            elif winner is None:
                category = "new"
            elif (winner in v.parents or self._same_as_winner(v, winner_data.get(winner))
                  or _provisional(v.data) or _provisional(winner_data.get(winner))):
                category = "updated"
            else:
                category = "conflicting"
            counts[category] += 1
            if earlier is None and not self.applying:  # a document's first version in the bundle: counted once
                self.p.documents[v.doc_type] = self.p.documents.get(v.doc_type, 0) + 1
            if unknown:
                key = frozenset(unknown)
                self.unsure[(category, key)] += 1
                docs = self.maybe_waiting.setdefault(key, {})
                if v.doc_id in docs or len(docs) < MAX_LISTED:  # the document's latest version is what will show
                    docs[v.doc_id] = {"doc_id": v.doc_id, "doc_type": v.doc_type, "data": v.data}
        if not self.applying:  # the preview keeps what it met, in short
            self.seen.update((doc_id, Mark.of(v)) for doc_id, v in in_chunk.items())
        return keep, set(winners), prebuilt

    def note_receipts(self, receipts: list[tuple], written: set[str]) -> None:
        """What classify keeps of each receipt, for receipts the fast path wrote (prepare._receipt's tuples)."""
        units = self.rules.surrender_units
        for doc_id, unit, year, number, day in receipts:
            if doc_id in written:
                units[doc_id] = unit
                self.numbers[doc_id] = (unit, year, number) if year is not None else None
                self.number_days[doc_id] = day

    def _surrender_units(self, chunk: list[Version]) -> None:
        """The unit of each receipt the chunk's personal details belong to: from the bundle's receipts (they
        come first) or the store, so that the rule can judge them as records of that unit."""
        units = self.rules.surrender_units
        for v in chunk:
            if v.doc_type == "surrender" and type(v.data.get("unit_code")) is str:
                units[v.doc_id] = v.data["unit_code"]
        wanted = list({v.data.get("surrender_id") for v in chunk if v.doc_type == "surrender_person"
                       and type(v.data.get("surrender_id")) is str} - set(units))
        for i in range(0, len(wanted), 500):
            part = wanted[i : i + 500]
            for doc_id, unit in self.store.conn.execute(
                    "SELECT d.doc_id, json_extract(version_json(v.data), '$.unit_code') FROM documents d JOIN versions v"
                    f" ON v.vid = d.winner_vid WHERE d.doc_id IN ({','.join('?' * len(part))})", part):
                if type(unit) is str:
                    units.setdefault(doc_id, unit)

    def _earlier_in_import(self, doc_ids: list[str]) -> None:
        """Put in `seen` the latest version of each of `doc_ids` that this import stored in an earlier chunk,
        so that a document the bundle holds twice is counted as the preview counts it."""
        latest: dict[str, tuple[int, str, str]] = {}
        for i in range(0, len(doc_ids), 500):
            part = doc_ids[i : i + 500]
            for rowid, doc_id, vid, data in self.store.conn.execute(
                f"SELECT rowid, doc_id, vid, version_json(data) FROM versions WHERE doc_id IN ({','.join('?' * len(part))})"
                " AND rowid > ?", (*part, self.applied_after)):
                if doc_id not in latest or rowid > latest[doc_id][0]:
                    latest[doc_id] = (rowid, vid, data)
        for doc_id, (_, vid, data) in latest.items():
            self.seen[doc_id] = Mark(vid, hash(data.encode()), _provisional(data))

    @staticmethod
    def _same_as_winner(v: Version, winner_data: str | None) -> bool:
        return not v.deleted and winner_data is not None and orjson.loads(winner_data) == v.data

    def finish(self) -> None:
        try:  # what waited for the units the bundle brings
            authority.finish(self.rules)
        except authority.Refusal as exc:
            raise exc.for_bundle(self.p.file_name) from None
        missing: set[str] = set()
        for (category, unknown), n in self.unsure.items():
            lacking = unknown - self.refs_in_bundle
            if lacking:
                missing |= lacking
                self.p.counts[category] -= n
                self.p.counts["waiting"] += n
        self.p.waiting_for = sorted(missing)
        waiting: dict[str, dict] = {}
        for unknown, docs in self.maybe_waiting.items():
            lacking = sorted(unknown - self.refs_in_bundle)
            for doc_id, doc in docs.items() if lacking else ():
                if len(waiting) < MAX_LISTED or doc_id in waiting:
                    waiting[doc_id] = {**doc, "missing": lacking}
        self.p.waiting_docs = list(waiting.values())
        self.p.duplicate_numbers = duplicate_numbers(self.store, self.numbers, self.number_days)


# How far an acknowledgement may move this laptop's sequence counter: a restore loses at most the versions
# written since the copy (far fewer than this); no bundle can push the counter toward its limit.
SEQ_CATCH_UP = 1 << 32


def _restored_copy(store: Store, extras: dict) -> dict:
    """{"acked", "seq"} when the sender acknowledges versions of this laptop beyond what it has numbered: the
    store was put back from an old copy (or copied onto another laptop); {} otherwise."""
    acked = _vector(extras.get("acks")).get(store.device_id, 0)
    seq = int(store.meta_get("seq", "0") or 0)
    # beyond what a restore can explain, an acknowledgement is not believed (the counter is the laptop's own)
    return {"acked": acked, "seq": seq} if seq < acked <= seq + SEQ_CATCH_UP else {}


def restored_copy_text(gap: dict, lang: str | None = None) -> str:
    """One sentence for the officer of a restored laptop: what was seen, what the import did, what to do."""
    from app.i18n import t

    return t("import_restored_copy_here", lang, acked=gap["acked"], seq=gap["seq"])


def _receipt_number(v: Version) -> tuple | None:
    """(unit, year, number) of a receipt version; None for a deletion or a shape this software does not read."""
    d = v.data
    unit, day, number = d.get("unit_code"), d.get("date"), d.get("number")
    if v.deleted or type(unit) is not str or type(day) is not str or not day[:4].isdigit() or type(number) is not int:
        return None
    return unit, int(day[:4]), number


def duplicate_numbers(store: Store, numbers: dict[str, tuple | None], days: dict | None = None) -> list[dict]:
    """Receipt numbers of a unit's year held by more than one receipt once the bundle's receipts (`numbers`:
    doc -> its key in the bundle; `days`: doc -> its date) are in: those of the store (apart from the bundle's own
    receipts as they were) and those of the bundle. Works before the import (preview) and after it (the rows are
    then the bundle's). A merger that restarted a unit's numbering with a prefix mid-year makes two series of one
    year ("1" and "M1" are two numbers, issue 20): receipts count together only within one series."""
    from app.domain import receipt_numbering

    keys = {k for k in numbers.values() if k}
    if not keys:
        return []
    holders: dict[tuple, set[str]] = {k: set() for k in keys}
    day_of = dict(days or {})
    for unit, year, number, doc, day in store.conn.execute(
            "SELECT s.unit_code, s.year, s.number, s.id, s.date FROM json_each(?) j JOIN surrenders s"
            " ON s.number = json_extract(j.value, '$[2]') AND s.unit_code = json_extract(j.value, '$[0]')"
            " AND s.year = json_extract(j.value, '$[1]')", (orjson.dumps(sorted(keys)).decode(),)):
        if doc not in numbers:  # the bundle's own receipts count as the bundle has them
            holders[(unit, year, number)].add(doc)
            day_of[doc] = day
    for doc, key in numbers.items():
        if key:
            holders[key].add(doc)
    out = []
    for k, docs in sorted(holders.items()):
        if len(docs) < 2:
            continue
        series: dict[tuple, set[str]] = {}  # only for numbers met twice: the rare case, one look-up a receipt
        for doc in docs:
            day = day_of.get(doc)
            s = receipt_numbering.series_for(store, k[0], day) if type(day) is str and len(day) == 10 else None
            series.setdefault((s.start, s.prefix) if s else ("", ""), set()).add(doc)
        out += [{"unit": k[0], "year": k[1], "number": k[2], "receipts": sorted(held),
                 **({"label": f"{prefix}{k[2]}"} if prefix else {}),  # "M1" of a series restarted with a prefix
                 **({"merged": True} if _after_merger(store, k[0], held, day_of) else {})}
                for (_, prefix), held in sorted(series.items()) if len(held) > 1]
    return out[:MAX_LISTED]


def _after_merger(store: Store, unit: str, docs: set[str], day_of: dict) -> bool:
    """Whether every one of ``docs`` is dated on or after a merger of other units into ``unit``: the laptops
    of the former units each numbered the successor's receipts (issue 20), the likely cause of the repeat."""
    days = [day_of.get(d) for d in docs]
    if not all(type(d) is str and len(d) == 10 for d in days):
        return False
    row = store.conn.execute("SELECT 1 FROM unit_lineage WHERE new_code = ? AND main = 1 AND old_code != new_code"
                             " AND date <= ? LIMIT 1", (unit, min(days))).fetchone()
    return row is not None


def duplicate_numbers_text(duplicates: list[dict], lang: str | None = None) -> str:
    """One sentence for the receipt numbers a bundle brings that another receipt of the unit already holds; those
    of a merger's successor dated from the merger on get the sentence that names the likely cause (the former
    units' laptops each numbering the successor's receipts) and the rule (docs/reorganisation.md)."""
    from app.i18n import t

    sentences = []
    for key, merged in (("import_duplicate_numbers", False), ("import_duplicate_numbers_merged", True)):
        by_unit: dict[str, list[str]] = {}
        for d in duplicates:
            if bool(d.get("merged")) == merged:
                by_unit.setdefault(d["unit"], []).append(f"{d.get('label', d['number'])}/{d['year']}")
        if by_unit:
            which = "; ".join(t("duplicate_numbers_of_unit", lang, numbers=", ".join(nums), unit=unit)
                              for unit, nums in by_unit.items())
            sentences.append(t(key, lang, which=which))
    return " ".join(sentences)


def _rules(store: Store, reader: BundleReader, tree: authority.Tree | None = None) -> authority.Context:
    """Header against the signer's enrolment here, the chain of enrolments, then the rule context of
    this bundle (app/domain/authority.py); a Refusal names the bundle. `tree`: the store's tree of units, a
    copy this bundle may add to (read here when not given)."""
    h = reader.header
    signer = get_device(store, h.sender_device)
    try:
        authority.check_header(h, signer.unit_code, signer.role, store.home_unit)
        tree = tree or authority.Tree.of_store(store)
        links = verify_links(reader.extras.get(LINKS_KEY), h.sender_device, signer.identity, signer.unit_code, tree)
        return authority.bundle_context(store, h.sender_device, signer.unit_code, signer.role, links, tree)
    except authority.Refusal as exc:
        raise exc.for_bundle(reader.name) from None


def _begin(store: Store, path: Path, passphrase: str | None, limits: Limits,
           tree: authority.Tree | None = None) -> tuple[BundleReader, ImportPreview, authority.Context]:
    keys = device_keys(store, passphrase)
    reader = open_bundle(path, keys, known_devices(store), limits)
    try:
        rules = _rules(store, reader, tree)
    except BaseException:
        reader.close()
        raise
    h = reader.header
    from app.sync.status import missing_bundles

    imported = [tuple(r) for r in store.conn.execute(
        "SELECT bundle_seq, seq_from, seq_to FROM sync_imports WHERE sender_device = ? AND undone = 0",
        (h.sender_device,))]
    missing = missing_bundles(imported + [(h.bundle_seq, h.seq_from, h.seq_to)])
    preview = ImportPreview(
        file_name=path.name, file_sha256=file_sha256(path), bundle_id=h.bundle_id, sender_device=h.sender_device,
        sender_unit=h.sender_unit, fingerprint=reader.signer.identity.fingerprint, kind=h.kind,
        bundle_seq=h.bundle_seq, missing_bundles=missing, claimed_at=h.claimed_at,
        claimed_warning=_claimed_far(h.claimed_at),
        files=len(reader.payload.files), attachments_follow=_follow(reader.extras.get("attachments_follow")),
        restored_copy=_restored_copy(store, reader.extras),
    )
    row = store.conn.execute("SELECT file_sha256 FROM sync_imports WHERE bundle_id = ? AND undone = 0",
                             (h.bundle_id,)).fetchone()
    if row is not None:
        if row[0] != preview.file_sha256:
            reader.close()
            raise AnttError("sync_bundle_id_reused", name=path.name)
        preview.already_imported = True
    return reader, preview, rules


Progress = Callable[[int, int], None]  # (versions read, versions in the bundle); may raise to stop the work


def _scan(store: Store, reader: BundleReader, preview: ImportPreview, rules: authority.Context,
          sink: Callable[[list[Version], set[str], dict], None],
          progress: Progress | None = None, applied_after: int | None = None) -> None:
    """Read and classify every version, handing each chunk to `sink`; `applied_after`: when applying,
    the versions rowid before the import's first insert."""
    scan = _Scan(store, preview, applied_after, rules)
    total = sum(reader.counts.values())
    done = 0
    with gc_paused():  # millions of short-lived dicts and tuples: see app/store/bulk.py
        versions = reader.versions()
        while chunk := list(islice(versions, CHUNK)):
            sink(*scan.classify(chunk))
            done += len(chunk)
            if progress and len(chunk) == CHUNK:
                progress(done, total)
    scan.finish()
    if progress:
        progress(done, total)


def _write(store: Store, reader: BundleReader, preview: ImportPreview, rules: authority.Context,
           progress: Progress | None, applied_after: int) -> int:
    """Apply: read the bundle in batches made ready to write (app/sync/prepare.py); the ready versions whose
    documents are new here go straight in (app/sync/fast_write.py), the others are classified and applied
    as the preview classifies them. Returns the versions stored."""
    scan = _Scan(store, preview, applied_after, rules)
    total = sum(reader.counts.values())
    done = inserted = 0
    counts, by_type = preview.counts, preview.by_type
    documents = _Documents(store, applied_after)
    with gc_paused():  # millions of short-lived dicts and tuples: see app/store/bulk.py
        for batch in reader.batches(_batch_size()):
            written, written_types, rest = fast_write.write_ready(store.conn, batch, rules, preview.file_name)
            if written:
                counts["new"] += len(written)
                inserted += len(written)
                for doc_type, n in written_types.items():
                    by_type[doc_type] = by_type.get(doc_type, 0) + n
                    documents.new[doc_type] += n  # each a new document, met once in its batch
                if batch.receipts:
                    scan.note_receipts(batch.receipts, {r[1] for r in written})
            if rest:
                keep, existing, prebuilt = scan.classify(rest)
                if keep:  # the reader checked every hash; classify just looked up the documents and built the rows
                    result = apply_versions(store, keep, verify=False, existing_docs=existing, prebuilt=prebuilt,
                                            raise_clock=False)  # authority.follow_clock, after
                    inserted += result.inserted
                    documents.applied(result.touched, existing)
            done += len(batch)
            if progress:
                progress(done, total)
    scan.finish()
    preview.documents = documents.counted()
    return inserted


class _Documents:
    """The documents an import stores versions of, by type (what `documents_between` counts over the import's
    rowids), without reading back every version it wrote: the fast path's are new documents, counted as
    written; of those the general path touched, the ones it created or that were here before the import."""

    def __init__(self, store: Store, applied_after: int) -> None:
        self.store, self.applied_after = store, applied_after
        self.new: Counter = Counter()
        self.created: set[str] = set()  # by the general path: not here when their batch was classified
        self.touched: set[str] = set()

    def applied(self, touched: set[str], existing: set[str]) -> None:
        self.touched |= touched
        self.created |= touched - existing

    def counted(self) -> dict[str, int]:
        out = Counter(self.new)
        others = orjson.dumps(sorted(self.touched - self.created)).decode()
        before = {r[0] for r in self.store.conn.execute(  # here before the import: a version at or below its rowid
            "SELECT DISTINCT v.doc_id FROM json_each(?) j JOIN versions v ON v.doc_id = j.value WHERE v.rowid <= ?",
            (others, self.applied_after))}
        ids = orjson.dumps(sorted(self.created | before)).decode()
        for doc_type, n in self.store.conn.execute(
                "SELECT v.doc_type, count(DISTINCT v.doc_id) FROM json_each(?) j JOIN versions v ON v.doc_id = j.value"
                " WHERE v.rowid > ? GROUP BY v.doc_type", (ids, self.applied_after)):
            out[doc_type] += n
        return {t: n for t, n in out.items() if n}


def _batch_size() -> int:
    """Versions per prepared batch: a helper's message (reader_process.BATCH), or fewer if CHUNK says so."""
    return min(CHUNK, reader_process.BATCH)


def preview_import(store: Store, path: Path | str, passphrase: str | None = None,
                   limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None) -> ImportPreview:
    """Phase 1: read and check everything, count what would happen. Writes nothing."""
    require(store, "sync.exchange")  # issue 6: docs/permissions.md
    reader, preview, rules = _begin(store, Path(path), passphrase, limits)
    with reader:
        _scan(store, reader, preview, rules, lambda keep, existing, prebuilt: None, progress)
        attachment_bytes.check_files(reader.payload)
    return preview


def take_backup(store: Store, label: str) -> Path:
    """A copy of the store before an import; one clear sentence if the disk cannot hold it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = backups_dir(store.path) / f"before-import-{stamp}-{label}.sqlite"
    try:
        backup_to(store.conn, backup)
    except (sqlite3.Error, OSError) as exc:
        backup.unlink(missing_ok=True)  # a half-written copy would only take the space that is lacking
        raise (AnttError("disk_full") if isinstance(exc, OSError) else translate_sqlite_error(exc)) from exc
    return backup


def apply_import(store: Store, path: Path | str, passphrase: str | None = None, officer: str | None = None,
                 limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None,
                 backup: bool = True, tree: authority.Tree | None = None) -> ImportReceipt:
    """Phase 2: back up the store, then apply the whole bundle in one transaction and leave a receipt.

    `progress` may raise (a cancel): the transaction rolls back and the store is as before.
    `backup=False` is for `import_many`, which copies the store once before a whole stack of
    bundles (a copy per bundle costs the size of the store each time); such an import cannot be
    undone on its own.
    """
    require(store, "sync.exchange")  # issue 6: docs/permissions.md
    path = Path(path)
    reader, preview, rules = _begin(store, path, passphrase, limits, tree)
    with reader:
        if preview.already_imported:  # re-import: nothing changes
            row = store.conn.execute("SELECT * FROM sync_imports WHERE bundle_id = ? AND undone = 0",
                                     (preview.bundle_id,)).fetchone()
            return _receipt_from_row(store, row, preview)
        reader.read_ahead(prepared=True, size=_batch_size())  # a big bundle's helper reads while the store is copied
        backup = take_backup(store, preview.bundle_id[:8]) if backup else ""
        backup_sha256 = file_sha256(backup) if backup else ""  # issue 18 item 8: undo restores only this file
        officer = officer if officer is not None else store.author
        imported_at = now_text()

        try:
            with store.transaction():
                crash.point("begun")
                before = store.conn.execute("SELECT coalesce(max(vno), 0) FROM version_rows").fetchone()[0]
                with bulk_load(store, reader.counts):  # a first, big bundle: indexes built at the end
                    inserted = _write(store, reader, preview, rules, progress, before)
                after = store.conn.execute("SELECT coalesce(max(vno), 0) FROM version_rows").fetchone()[0]
                authority.follow_clock(store, rules, before, after)  # issue 18 item 2: from above only
                _, files_new = attachment_bytes.store_files(store, reader.payload)  # issue 16
                h = reader.header
                extras = reader.extras
                covers = _vector(extras.get("covers"))
                record_received(store, h.sender_device, covers)
                numbers = extras.get(RECEIPT_NUMBERS_KEY)
                if h.kind == "down" and isinstance(numbers, dict) and numbers.get("unit") == store.home_unit:
                    # issue 18: the numbers the level above holds from this unit; the next receipt goes past them
                    note_numbers_from_above(store, store.home_unit, numbers.get("years"))
                record_acks(store, h.sender_device, _vector(extras.get("acks")))
                if preview.restored_copy:  # issue 18: never number a version again with a number the sender holds
                    store.meta_set("seq", preview.restored_copy["acked"])
                # What the sender sent us, it has: never send those versions back to it.
                record_acks(store, h.sender_device, covers)
                cur = store.conn.execute(
                    "INSERT INTO sync_imports(bundle_id, file_sha256, file_name, sender_device, sender_unit, kind,"
                    " bundle_seq, seq_from, seq_to, claimed_at, imported_at, officer, counts, rejected, rowid_before,"
                    " rowid_after, backup_path, backup_sha256, audit_count, audit_head)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (h.bundle_id, preview.file_sha256, path.name, h.sender_device, h.sender_unit, h.kind,
                     h.bundle_seq, h.seq_from, h.seq_to, h.claimed_at, imported_at, officer,
                     orjson.dumps({**preview.counts, DOCUMENTS_KEY: preview.documents}).decode(),
                     orjson.dumps(preview.unreadable).decode(), before, after,
                     str(backup), backup_sha256,
                     # issue 18 item 9: the sender's trail as its header says (absent in older bundles)
                     h.audit_count if h.audit_head else None, h.audit_head or None),
                )
                import_id = cur.lastrowid
                # issue 6: the import is one audit entry (its versions come through the bulk path)
                audit.record(store, "sync.import", detail={"bundle_id": h.bundle_id, "file": path.name,
                                                           "sender_device": h.sender_device, "counts": preview.counts})
                crash.point("before-commit")
            crash.point("after-commit")
        except sqlite3.OperationalError as exc:
            raise translate_sqlite_error(exc) from exc
    return ImportReceipt(**asdict(preview), import_id=import_id, imported_at=imported_at, officer=officer,
                         backup_path=str(backup), inserted=inserted, held=held_counts(store), files_new=files_new)


def import_many(store: Store, paths: list[Path | str], passphrase: str | None = None, officer: str | None = None,
                limits: Limits = DEFAULT_LIMITS) -> tuple[Path, list[ImportReceipt]]:
    """Import a stack of bundles (a province's sticks of the month) after one backup of the store.

    Each bundle is still its own transaction and receipt; a refused bundle stops the stack with its
    sentence, the bundles before it stay imported. Returns the backup and the receipts.
    """
    backup = take_backup(store, "batch")
    units = StackTree(store)
    receipts = []
    for p in paths:
        receipts.append(apply_import(store, p, passphrase, officer, limits, backup=False, tree=units.copy()))
        units.stored(receipts[-1].documents)
    return backup, receipts


class StackTree:
    """The tree of units read once for a stack of bundles: a national store's month is thousands of bundles
    over thousands of units, and reading the tree for each was O(units) a bundle. Read again after a bundle
    that stored a unit's version, and whenever another connection wrote to the store (`PRAGMA data_version`)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._tree: authority.Tree | None = None
        self._data_version = None

    def copy(self) -> authority.Tree:
        """A copy a bundle's rules may add to (the chain of enrolments it carries)."""
        data_version = self.store.conn.execute("PRAGMA data_version").fetchone()[0]
        if self._tree is None or data_version != self._data_version:
            self._tree, self._data_version = authority.Tree.of_store(self.store), data_version
        return authority.Tree(dict(self._tree.parents), dict(self._tree.kinds))

    def stored(self, documents: dict[str, int]) -> None:
        """After a bundle: the documents it stored versions of, by type."""
        if "unit" in documents or "unit_event" in documents:
            self._tree = None


def _follow(value) -> list[dict]:
    """The bundle's word on attachments that follow in a later one (kept only in the expected shape)."""
    if not isinstance(value, list):
        return []
    return [{"attachment_id": str(f.get("attachment_id", "")), "sha256": str(f.get("sha256", "")),
             "size": f.get("size") if type(f.get("size")) is int else 0}
            for f in value[:MAX_LISTED] if isinstance(f, dict)]


def _vector(value) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if type(v) is int and 0 <= v < 1 << 62}


def documents_between(store: Store, rowid_before: int, rowid_after: int) -> dict[str, int]:
    """Documents with versions stored by one import (its rowid range of `versions`), by type."""
    return {t: n for t, n in store.conn.execute(
        "SELECT doc_type, count(DISTINCT doc_id) FROM versions WHERE rowid > ? AND rowid <= ? GROUP BY doc_type",
        (rowid_before, rowid_after))}


def split_counts(stored: str) -> tuple[dict[str, int], dict[str, int]]:
    """The counts column of sync_imports: (versions by outcome, documents by type). Imports recorded before
    documents were counted give {} for the latter."""
    counts = orjson.loads(stored)
    documents = counts.pop(DOCUMENTS_KEY, {})
    return counts, documents


def _receipt_from_row(store: Store, row, preview: ImportPreview) -> ImportReceipt:
    receipt = ImportReceipt(**asdict(preview), import_id=row["id"], imported_at=row["imported_at"],
                            officer=row["officer"], backup_path=row["backup_path"], inserted=0)
    receipt.counts, receipt.documents = split_counts(row["counts"])
    receipt.unreadable = orjson.loads(row["rejected"])
    receipt.held = held_counts(store)
    return receipt


def list_imports(store: Store) -> list[dict]:
    """Every import receipt, newest first (for printing and the status page)."""
    out = []
    for r in store.conn.execute("SELECT i.*, coalesce(d.fingerprint, '') AS fingerprint FROM sync_imports i"
                                " LEFT JOIN sync_devices d ON d.device_id = i.sender_device ORDER BY i.id DESC"):
        d = dict(r)
        d["counts"], d["documents"] = split_counts(d["counts"])
        d["unreadable"] = orjson.loads(d.pop("rejected"))
        out.append(d)
    return out


# What may happen after an import and still let it be undone: the backup it restores loses nothing that matters.
UNDO_SAFE_ACTIONS = frozenset(("login", "logout", "backup.create"))


def _changed_besides_records(store: Store, backup: sqlite3.Connection, row) -> bool:
    """Issue 18 item 8: something other than records happened after the import, which restoring the backup
    would silently take back: an account changed, a device revoked or enrolled. Decided by the audit trail's
    sequence (entries after the import's own) and by the enrolled devices themselves, not by any clock."""
    entry = store.conn.execute("SELECT max(seq) FROM audit_log WHERE action = 'sync.import'"
                               " AND json_extract(detail, '$.bundle_id') = ?", (row["bundle_id"],)).fetchone()[0]
    if entry is None:
        return True  # the import's own entry is gone: nothing can be said of what came after
    later = {r[0] for r in store.conn.execute("SELECT DISTINCT action FROM audit_log WHERE seq > ?", (entry,))}
    if later - UNDO_SAFE_ACTIONS:
        return True
    devices = "SELECT * FROM sync_devices ORDER BY device_id"
    return [tuple(r) for r in store.conn.execute(devices)] != [tuple(r) for r in backup.execute(devices)]


def undo_last_import(store: Store) -> dict:
    """Put the store back as it was before the latest import, if nothing has changed since.

    Restores the automatic backup taken just before that import (exact, including readable
    tables and acknowledgements). Returns the receipt of the import that was undone.
    """
    require(store, "sync.exchange")  # issue 6
    row = store.conn.execute("SELECT * FROM sync_imports WHERE undone = 0 ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        raise AnttError("sync_undo_nothing")
    if not row["backup_path"]:
        raise AnttError("sync_undo_no_backup", name=row["file_name"])
    backup = Path(row["backup_path"])
    # Issue 18 item 8: only the very file this import took, byte for byte (an import before the hash was
    # recorded cannot prove it, so it is not undone either).
    if not row["backup_sha256"] or not backup.is_file() or file_sha256(backup) != row["backup_sha256"]:
        raise AnttError("sync_undo_backup_changed", name=row["file_name"], path=str(backup))
    # "Nothing changed since" by sequence, not by the clock: no version after the import's last one, and no
    # bundle sent since the backup was taken (the backup holds the export records as they were before).
    top = store.conn.execute("SELECT coalesce(max(vno), 0) FROM version_rows").fetchone()[0]
    source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        exports_then = source.execute("SELECT coalesce(max(id), 0) FROM sync_exports").fetchone()[0]
        exports_now = store.conn.execute("SELECT coalesce(max(id), 0) FROM sync_exports").fetchone()[0]
        if top != row["rowid_after"] or exports_now != exports_then or _changed_besides_records(store, source, row):
            raise AnttError("sync_undo_changed", name=row["file_name"])
        receipt = dict(row)
        left = audit_anchors.current(store)
        source.backup(store.conn)
    finally:
        source.close()
    # issue 6: the copy rewound the audit trail to before the import; say what happened after it, and which
    # head was left (issue 18 item 9), then move the anchor file back with the trail
    audit.record(store, "sync.undo", detail={"bundle_id": receipt["bundle_id"], "file": receipt["file_name"],
                                             "rewound_from": left.to_dict()})
    audit_anchors.remember(store, rewound=True)
    return receipt
