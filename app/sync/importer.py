"""`antt import`: preview a bundle (writes nothing), then apply it in one transaction after a backup.

Both phases run the same scan: every version is read, checked by the bundle reader, and
classified against the store (new / updated / conflicting / already here / rejected / waiting
for a reference). Apply feeds the accepted versions, in chunks, to the core's bulk path
`apply_versions` inside a single transaction, so any refusal (even at the last byte) leaves
the store as it was. Re-importing a bundle changes nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import orjson

from app.domain.doctypes import DOC_TYPES
from app.domain.versions import Version, apply_versions
from app.errors import AnttError
from app.security import audit
from app.security.permissions import require
from app.store.db import Store, translate_sqlite_error
from app.store.migrations import backup_to, backups_dir
from app.sync.bundle import BundleReader, open_bundle
from app.sync.limits import DEFAULT_LIMITS, Limits
from app.sync.state import (
    device_keys, ensure_tables, known_devices, now_text, record_acks, record_received,
)

CHUNK = 5000
MAX_LISTED_REJECTIONS = 1000
CATEGORIES = ("new", "updated", "conflicting", "already", "rejected", "waiting")


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
    rejected: list[dict] = field(default_factory=list)
    waiting_for: list[str] = field(default_factory=list)
    already_imported: bool = False

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class ImportReceipt(ImportPreview):
    import_id: int = 0
    imported_at: str = ""
    officer: str = ""
    backup_path: str = ""
    inserted: int = 0


def file_sha256(path: Path) -> str:
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


def row_problem(v: Version) -> str | None:
    """Why the readable rows of `v` cannot be made (a reason shown per row), or None."""
    if v.deleted:
        return None
    for spec in DOC_TYPES.get(v.doc_type, ()):
        try:
            for _ in spec.rows(v.doc_id, v.data):
                pass
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            return f"{v.doc_type}: {type(exc).__name__} {exc}"
    return None


class _Scan:
    """Classifies versions chunk by chunk against the store, before they are applied."""

    def __init__(self, store: Store, preview: ImportPreview) -> None:
        self.store, self.p = store, preview
        self.seen_docs: set[str] = set()
        self.unit_refs: set[str] = set()
        self.item_refs: set[str] = set()
        self.units_in_bundle: set[str] = set()
        self.items_in_bundle: set[str] = set()

    def _lookup(self, sql: str, keys: list[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            out.update(self.store.conn.execute(sql.format(",".join("?" * len(part))), part).fetchall())
        return out

    def classify(self, chunk: list[Version]) -> list[Version]:
        """Count each version; return those to apply (everything but rejected and already-here)."""
        counts = self.p.counts
        known = self._lookup("SELECT vid, sha256 FROM versions WHERE vid IN ({})", [v.vid for v in chunk])
        winners = self._lookup("SELECT doc_id, winner_vid FROM documents WHERE doc_id IN ({})",
                               list({v.doc_id for v in chunk}))
        # a concurrent version with the winner's very data does not compete (core `decide`): not a conflict
        winner_data = self._lookup("SELECT vid, data FROM versions WHERE vid IN ({})", list(set(winners.values())))
        keep = []
        for v in chunk:
            self.p.by_type[v.doc_type] = self.p.by_type.get(v.doc_type, 0) + 1
            sha = known.get(v.vid)
            if sha is not None:
                if sha != v.sha256:
                    raise AnttError("version_conflict_bytes", vid=v.vid)
                counts["already"] += 1
                continue
            problem = row_problem(v)
            if problem:
                counts["rejected"] += 1
                if len(self.p.rejected) < MAX_LISTED_REJECTIONS:
                    self.p.rejected.append({"vid": v.vid, "doc_id": v.doc_id, "reason": problem})
                continue
            winner = winners.get(v.doc_id)
            if winner is None and v.doc_id not in self.seen_docs:
                counts["new"] += 1
            elif (winner is None or winner in v.parents or self._same_as_winner(v, winner_data.get(winner))
                  or self._provisional(v.data) or self._provisional(winner_data.get(winner))):
                # a provisional record gives way to a settled one without a conflict (core `decide`)
                counts["updated"] += 1
            else:
                counts["conflicting"] += 1
            self.seen_docs.add(v.doc_id)
            self._note_refs(v)
            keep.append(v)
        return keep

    @staticmethod
    def _provisional(data: dict | str | None) -> bool:
        if isinstance(data, str):
            data = orjson.loads(data)
        return bool(data and data.get("provisional"))

    @staticmethod
    def _same_as_winner(v: Version, winner_data: str | None) -> bool:
        return not v.deleted and winner_data is not None and orjson.loads(winner_data) == v.data

    def _note_refs(self, v: Version) -> None:
        d = v.data
        if v.doc_type == "unit":
            self.units_in_bundle.add(d.get("code"))
        elif v.doc_type == "catalogue_item":
            self.items_in_bundle.add(d.get("code"))
        code = d.get("unit_code")
        if isinstance(code, str):
            self.unit_refs.add(code)
        for line in d.get("lines") or () if isinstance(d.get("lines"), list) else ():
            if isinstance(line, dict) and isinstance(line.get("item_code"), str):
                self.item_refs.add(line["item_code"])

    def finish(self) -> None:
        conn = self.store.conn
        units = {r[0] for r in conn.execute("SELECT code FROM units")} | self.units_in_bundle
        items = {r[0] for r in conn.execute("SELECT code FROM catalogue_items")} | self.items_in_bundle
        missing = sorted((self.unit_refs - units) | (self.item_refs - items))
        self.p.waiting_for = missing
        self.p.counts["waiting"] = len(missing)


def _begin(store: Store, path: Path, passphrase: str | None, limits: Limits) -> tuple[BundleReader, ImportPreview]:
    ensure_tables(store)
    keys = device_keys(store, passphrase)
    reader = open_bundle(path, keys, known_devices(store), limits)
    h = reader.header
    seqs = [r[0] for r in store.conn.execute(
        "SELECT bundle_seq FROM sync_imports WHERE sender_device = ? AND undone = 0", (h.sender_device,))]
    highest = max(seqs + [h.bundle_seq])
    missing = sorted(set(range(1, highest + 1)) - set(seqs) - {h.bundle_seq})
    preview = ImportPreview(
        file_name=path.name, file_sha256=file_sha256(path), bundle_id=h.bundle_id, sender_device=h.sender_device,
        sender_unit=h.sender_unit, fingerprint=reader.signer.identity.fingerprint, kind=h.kind,
        bundle_seq=h.bundle_seq, missing_bundles=missing, claimed_at=h.claimed_at,
        claimed_warning=_claimed_far(h.claimed_at),
    )
    row = store.conn.execute("SELECT file_sha256 FROM sync_imports WHERE bundle_id = ? AND undone = 0",
                             (h.bundle_id,)).fetchone()
    if row is not None:
        if row[0] != preview.file_sha256:
            reader.close()
            raise AnttError("sync_bundle_id_reused", name=path.name)
        preview.already_imported = True
    return reader, preview


Progress = Callable[[int, int], None]  # (versions read, versions in the bundle); may raise to stop the work


def _scan(store: Store, reader: BundleReader, preview: ImportPreview, sink: Callable[[list[Version]], None],
          progress: Progress | None = None) -> None:
    scan = _Scan(store, preview)
    total = sum(reader.counts.values())
    done = 0
    chunk: list[Version] = []
    for v in reader.versions():
        chunk.append(v)
        if len(chunk) >= CHUNK:
            sink(scan.classify(chunk))
            done += len(chunk)
            chunk = []
            if progress:
                progress(done, total)
    sink(scan.classify(chunk))
    scan.finish()
    if progress:
        progress(done + len(chunk), total)


def preview_import(store: Store, path: Path | str, passphrase: str | None = None,
                   limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None) -> ImportPreview:
    """Phase 1: read and check everything, count what would happen. Writes nothing."""
    require(store, "sync.exchange")  # issue 6: docs/permissions.md
    reader, preview = _begin(store, Path(path), passphrase, limits)
    with reader:
        _scan(store, reader, preview, lambda keep: None, progress)
    return preview


def apply_import(store: Store, path: Path | str, passphrase: str | None = None, officer: str | None = None,
                 limits: Limits = DEFAULT_LIMITS, progress: Progress | None = None) -> ImportReceipt:
    """Phase 2: back up the store, then apply the whole bundle in one transaction and leave a receipt.

    `progress` may raise (a cancel): the transaction rolls back and the store is as before.
    """
    require(store, "sync.exchange")  # issue 6: docs/permissions.md
    path = Path(path)
    reader, preview = _begin(store, path, passphrase, limits)
    with reader:
        if preview.already_imported:  # re-import: nothing changes
            row = store.conn.execute("SELECT * FROM sync_imports WHERE bundle_id = ? AND undone = 0",
                                     (preview.bundle_id,)).fetchone()
            return _receipt_from_row(row, preview)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        backup = backups_dir(store.path) / f"before-import-{stamp}-{preview.bundle_id[:8]}.sqlite"
        try:
            backup_to(store.conn, backup)
        except sqlite3.Error as exc:
            raise translate_sqlite_error(exc) from exc
        except OSError as exc:
            raise AnttError("disk_full") from exc
        officer = officer if officer is not None else store.author
        inserted = 0

        def sink(keep: list[Version]) -> None:
            nonlocal inserted
            if keep:
                inserted += apply_versions(store, keep, verify=False).inserted  # the reader checked every hash

        try:
            with store.transaction():
                before = store.conn.execute("SELECT coalesce(max(rowid), 0) FROM versions").fetchone()[0]
                _scan(store, reader, preview, sink, progress)
                after = store.conn.execute("SELECT coalesce(max(rowid), 0) FROM versions").fetchone()[0]
                h = reader.header
                extras = reader.extras
                record_received(store, h.sender_device, _vector(extras.get("covers")))
                record_acks(store, h.sender_device, _vector(extras.get("acks")))
                cur = store.conn.execute(
                    "INSERT INTO sync_imports(bundle_id, file_sha256, file_name, sender_device, sender_unit, kind,"
                    " bundle_seq, seq_from, seq_to, claimed_at, imported_at, officer, counts, rejected, rowid_before,"
                    " rowid_after, backup_path) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (h.bundle_id, preview.file_sha256, path.name, h.sender_device, h.sender_unit, h.kind,
                     h.bundle_seq, h.seq_from, h.seq_to, h.claimed_at, now_text(), officer,
                     orjson.dumps(preview.counts).decode(), orjson.dumps(preview.rejected).decode(), before, after,
                     str(backup)),
                )
                import_id = cur.lastrowid
                # issue 6: the import is one audit entry (its versions come through the bulk path)
                audit.record(store, "sync.import", detail={"bundle_id": h.bundle_id, "file": path.name,
                                                           "sender_device": h.sender_device, "counts": preview.counts})
        except sqlite3.OperationalError as exc:
            raise translate_sqlite_error(exc) from exc
    return ImportReceipt(**asdict(preview), import_id=import_id, imported_at=now_text(), officer=officer,
                         backup_path=str(backup), inserted=inserted)


def _vector(value) -> dict[str, int]:
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if type(v) is int and 0 <= v < 1 << 62}


def _receipt_from_row(row, preview: ImportPreview) -> ImportReceipt:
    receipt = ImportReceipt(**asdict(preview), import_id=row["id"], imported_at=row["imported_at"],
                            officer=row["officer"], backup_path=row["backup_path"], inserted=0)
    receipt.counts = orjson.loads(row["counts"])
    receipt.rejected = orjson.loads(row["rejected"])
    return receipt


def list_imports(store: Store) -> list[dict]:
    """Every import receipt, newest first (for printing and the status page)."""
    ensure_tables(store)
    out = []
    for r in store.conn.execute("SELECT * FROM sync_imports ORDER BY id DESC"):
        d = dict(r)
        d["counts"] = orjson.loads(d["counts"])
        d["rejected"] = orjson.loads(d["rejected"])
        out.append(d)
    return out


def undo_last_import(store: Store) -> dict:
    """Put the store back as it was before the latest import, if nothing has changed since.

    Restores the automatic backup taken just before that import (exact, including readable
    tables and acknowledgements). Returns the receipt of the import that was undone.
    """
    require(store, "sync.exchange")  # issue 6
    ensure_tables(store)
    row = store.conn.execute("SELECT * FROM sync_imports WHERE undone = 0 ORDER BY id DESC LIMIT 1").fetchone()
    if row is None:
        raise AnttError("sync_undo_nothing")
    top = store.conn.execute("SELECT coalesce(max(rowid), 0) FROM versions").fetchone()[0]
    later_exports = store.conn.execute("SELECT count(*) FROM sync_exports WHERE written_at > ?",
                                       (row["imported_at"],)).fetchone()[0]
    backup = Path(row["backup_path"])
    if top != row["rowid_after"] or later_exports or not backup.exists():
        raise AnttError("sync_undo_changed", name=row["file_name"])
    receipt = dict(row)
    source = sqlite3.connect(str(backup))
    try:
        source.backup(store.conn)
    finally:
        source.close()
    # issue 6: the copy rewound the audit trail to before the import; say what happened after it
    audit.record(store, "sync.undo", detail={"bundle_id": receipt["bundle_id"], "file": receipt["file_name"]})
    return receipt


def receipt_lines(receipt: dict | ImportReceipt, lang: str = "vi") -> list[str]:
    """The receipt as printable lines (the PDF report can lay these out)."""
    r = asdict(receipt) if not isinstance(receipt, dict) else receipt
    c = r["counts"]
    if lang == "vi":
        return [
            f"BIÊN NHẬN NHẬP GÓI DỮ LIỆU {r['file_name']}",
            f"Mã băm tệp (SHA-256): {r['file_sha256']}",
            f"Đơn vị gửi: {r['sender_unit']} — máy {r['sender_device']}, gói số {r['bundle_seq']}",
            f"Thời điểm nhập: {r['imported_at']} — cán bộ: {r['officer']}",
            f"Mới: {c['new']}; cập nhật: {c['updated']}; xung đột: {c['conflicting']}; đã có: {c['already']};"
            f" bị từ chối: {c['rejected']}; chờ dữ liệu tham chiếu: {c['waiting']}",
        ]
    return [
        f"RECEIPT FOR IMPORTED BUNDLE {r['file_name']}",
        f"File hash (SHA-256): {r['file_sha256']}",
        f"Sender: {r['sender_unit']} — device {r['sender_device']}, bundle {r['bundle_seq']}",
        f"Imported: {r['imported_at']} — officer: {r['officer']}",
        f"New: {c['new']}; updated: {c['updated']}; conflicting: {c['conflicting']}; already here: {c['already']};"
        f" rejected: {c['rejected']}; waiting for a reference: {c['waiting']}",
    ]
