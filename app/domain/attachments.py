"""Evidence attached to a record (issue 16): photos, signed scans of receipts and monthly forms,
recognition decisions of models.

An attachment is a versioned document (doc_type 'attachment'): who attached it and when (the
version's author and claimed time), to which record, its kind and caption, and the sha256, size
and type of its bytes. Attaching, captioning and removing are versions like any edit, so they
sync and conflict like every record. The bytes live in the store's `blobs` table, once per
sha256 however many attachments name them (README "Attachments: where the bytes live"); a removal
is a tombstone and never deletes bytes (another leaf of the document may still name them).

Kind 'id_card' (a photo of the person's identity paper) is personal data: like `surrender_person`
it stays at the post unless the enrolment of the level above says personal details travel.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import orjson

from app.domain import attachment_files
from app.domain.ids import new_id
from app.domain.versions import now_claimed, save_document
from app.errors import AnttError, NotFound, ValidationError
from app.i18n import Texts
from app.store.db import Store

KINDS = ("photo", "signed", "decision", "id_card")
PERSONAL_KINDS = ("id_card",)
KIND_LABELS = Texts("attachment_kind")  # the words, in the message catalogue
# doc_type of the record -> (readable table, its id column)
OWNER_TABLES = {
    "surrender": ("surrenders", "id"),
    "activity": ("activities", "id"),
    "community_model": ("models", "id"),
    "period": ("periods", "doc_id"),
    "task_progress": ("task_progress", "doc_id"),
}
KEEP_EXIF = "attach_keep_exif"  # meta keys: the unit's settings (issue 16 item 2)
KEEP_ORIGINALS = "attach_keep_originals"


@dataclass(frozen=True)
class Settings:
    keep_exif: bool = False
    keep_originals: bool = False


def settings(store: Store) -> Settings:
    return Settings(store.meta_get(KEEP_EXIF) == "1", store.meta_get(KEEP_ORIGINALS) == "1")


def set_settings(store: Store, keep_exif: bool | None = None, keep_originals: bool | None = None) -> Settings:
    from app.security.permissions import require

    require(store, "setup")
    with store.transaction():
        if keep_exif is not None:
            store.meta_set(KEEP_EXIF, int(bool(keep_exif)))
        if keep_originals is not None:
            store.meta_set(KEEP_ORIGINALS, int(bool(keep_originals)))
    return settings(store)


def kind_label(kind: str, lang: str | None = None) -> str:
    from app.i18n import current_language

    return KIND_LABELS.get(kind, {}).get(lang or current_language(), kind)


# ---------------------------------------------------------------- the record an attachment belongs to


@dataclass(frozen=True)
class Owner:
    doc_id: str
    doc_type: str
    unit_code: str


def find_owner(store: Store, doc_id: str) -> Owner:
    """The live record `doc_id`, if files may be attached to its type. `period:UNIT:YYYY-MM` names a unit's
    month (its signed monthly form), whose id is derived, not shown."""
    doc_id = (doc_id or "").strip()
    if doc_id.startswith("period:") and doc_id.count(":") == 2:
        from app.domain.periods import period_doc_id

        _, unit, month = doc_id.split(":")
        doc_id = period_doc_id(unit, month)
    row = store.conn.execute("SELECT doc_type, deleted FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
    if row is None or row["deleted"]:
        raise NotFound("attach_no_owner", doc_id=doc_id)
    if row["doc_type"] not in OWNER_TABLES:
        raise ValidationError("attach_owner_type", doc_type=row["doc_type"])
    table, key = OWNER_TABLES[row["doc_type"]]
    unit = store.conn.execute(f"SELECT unit_code FROM {table} WHERE {key} = ?", (doc_id,)).fetchone()
    if unit is None:  # held: kept in versions but not shown here
        raise NotFound("attach_no_owner", doc_id=doc_id)
    return Owner(doc_id, row["doc_type"], unit[0])


def _check_kind(kind: str) -> str:
    kind = (kind or "").strip()
    if kind not in KINDS:
        raise ValidationError("attach_bad_kind", value=kind, choices=", ".join(KINDS))
    return kind


def _check_caption(caption: str) -> str:
    caption = (caption or "").strip()
    if len(caption) > attachment_files.MAX_CAPTION:
        raise ValidationError("attach_caption_too_long", length=len(caption), limit=attachment_files.MAX_CAPTION)
    return caption


# ---------------------------------------------------------------- bytes


def put_blob(store: Store, data: bytes, sha256: str, mime: str) -> bool:
    """Keep `data` under its sha256 (once); True if it was new. Runs in the caller's transaction."""
    cur = store.conn.execute(
        "INSERT INTO blobs(sha256, size, mime, added_at, data) VALUES (?,?,?,?,?) ON CONFLICT(sha256) DO NOTHING",
        (sha256, len(data), mime, now_claimed(), data))
    return cur.rowcount == 1


def has_blob(store: Store, sha256: str) -> bool:
    return store.conn.execute("SELECT 1 FROM blobs WHERE sha256 = ?", (sha256,)).fetchone() is not None


def read_blob(store: Store, sha256: str) -> bytes | None:
    row = store.conn.execute("SELECT data FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
    return bytes(row[0]) if row else None


# ---------------------------------------------------------------- actions


def add_attachment(store: Store, owner_id: str, path: Path | str, kind: str = "photo", caption: str = "") -> str:
    """Attach the file at `path` to the record `owner_id`; returns the attachment's id.

    Everything is checked before the store is touched; the bytes and the document are written in
    one transaction, so a power cut leaves both or neither.
    """
    kind = _check_kind(kind)
    caption = _check_caption(caption)
    owner = find_owner(store, owner_id)
    if kind in PERSONAL_KINDS and owner.doc_type != "surrender":
        raise ValidationError("attach_id_card_owner")
    prefs = settings(store)
    prepared = attachment_files.prepare_file(path, keep_exif=prefs.keep_exif, keep_original=prefs.keep_originals)
    attachment_id = new_id()
    data = {
        "owner_id": owner.doc_id,
        "owner_type": owner.doc_type,
        "unit_code": owner.unit_code,
        "kind": kind,
        "caption": caption,
        "sha256": prepared.sha256,
        "size": prepared.size,
        "mime": prepared.mime,
        "file_name": prepared.file_name,
        "width": prepared.width,
        "height": prepared.height,
        "added_at": now_claimed(),
        "personal": kind in PERSONAL_KINDS,
    }
    with store.transaction():
        put_blob(store, prepared.data, prepared.sha256, prepared.mime)
        if prepared.original is not None and prepared.original != prepared.data:
            import hashlib

            original_sha = hashlib.sha256(prepared.original).hexdigest()
            put_blob(store, prepared.original, original_sha, "application/octet-stream")
            store.conn.execute("INSERT INTO attachment_originals(attachment_id, sha256) VALUES (?, ?)",
                               (attachment_id, original_sha))
        save_document(store, "attachment", attachment_id, data)
    return attachment_id


def _winner_data(store: Store, attachment_id: str) -> dict:
    row = store.conn.execute(
        "SELECT version_json(v.data) FROM documents d JOIN versions v ON v.vid = d.winner_vid"
        " WHERE d.doc_id = ? AND d.doc_type = 'attachment' AND d.deleted = 0", ((attachment_id or "").strip(),)
    ).fetchone()
    if row is None:
        raise NotFound("attach_not_found", attachment_id=attachment_id)
    return orjson.loads(row[0])


def set_caption(store: Store, attachment_id: str, caption: str) -> None:
    data = _winner_data(store, attachment_id)
    save_document(store, "attachment", attachment_id, {**data, "caption": _check_caption(caption)})


def remove_attachment(store: Store, attachment_id: str) -> None:
    """A tombstone (with the attachment's data, as every tombstone carries): the bytes stay."""
    data = _winner_data(store, attachment_id)
    save_document(store, "attachment", attachment_id, data, deleted=True)


# ---------------------------------------------------------------- reading

_COLUMNS = ("a.id, a.owner_id, a.owner_type, a.unit_code, a.kind, a.caption, a.sha256, a.size, a.mime, a.file_name,"
            " a.added_at, (b.sha256 IS NOT NULL) AS has_bytes")


def list_attachments(store: Store, owner_id: str) -> list[dict]:
    """The attachments of one record, oldest first; `has_bytes` False when the bytes follow in a later bundle."""
    rows = store.conn.execute(
        f"SELECT {_COLUMNS} FROM attachments a LEFT JOIN blobs b ON b.sha256 = a.sha256"
        " WHERE a.owner_id = ? ORDER BY a.added_at, a.id", ((owner_id or "").strip(),))
    return [_row(r) for r in rows]


def get_attachment(store: Store, attachment_id: str) -> dict:
    row = store.conn.execute(
        f"SELECT {_COLUMNS} FROM attachments a LEFT JOIN blobs b ON b.sha256 = a.sha256 WHERE a.id = ?",
        ((attachment_id or "").strip(),)).fetchone()
    if row is None:
        raise NotFound("attach_not_found", attachment_id=attachment_id)
    return _row(row)


def _row(r) -> dict:
    d = dict(r)
    d["has_bytes"] = bool(d["has_bytes"])
    return d


def attachment_bytes(store: Store, attachment_id: str) -> bytes:
    att = get_attachment(store, attachment_id)
    data = read_blob(store, att["sha256"])
    if data is None:
        raise AnttError("attach_bytes_missing", attachment_id=attachment_id)
    return data


def save_copy(store: Store, attachment_id: str, to_dir: Path | str) -> Path:
    """Write the attachment's bytes into `to_dir` under its file name (never over an existing file)."""
    att = get_attachment(store, attachment_id)
    to_dir = Path(to_dir)
    if not to_dir.is_dir():
        raise AnttError("attach_no_file", path=str(to_dir))
    target = to_dir / (Path(att["file_name"]).name or att["sha256"])
    if target.exists():
        raise AnttError("attach_target_exists", path=str(target))
    return save_copy_as(store, attachment_id, target)


def save_copy_as(store: Store, attachment_id: str, target: Path | str) -> Path:
    """Write the attachment's bytes to `target` (the GUI's Save as: the user chose, and confirmed, the name);
    written beside it first and renamed, so a full disk never leaves half a file under the name."""
    data = attachment_bytes(store, attachment_id)
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise AnttError("attach_unreadable", path=str(target), reason=exc.strerror or str(exc)) from None
    return target


def thumbnail(store: Store, attachment_id: str, side: int = 160) -> bytes | None:
    """A small JPEG of a photo for the record's form (None for a PDF or bytes not here yet)."""
    import io

    from PIL import Image

    att = get_attachment(store, attachment_id)
    if not att["mime"].startswith("image/") or not att["has_bytes"]:
        return None
    img = Image.open(io.BytesIO(read_blob(store, att["sha256"])))
    img.draft("RGB", (side * 2, side * 2))  # JPEG decodes at 1/2, 1/4, 1/8 scale: fast
    img = img.convert("RGB")
    img.thumbnail((side, side))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85)
    return out.getvalue()


# ---------------------------------------------------------------- signed copies of receipts

_SIGNED = "EXISTS (SELECT 1 FROM attachments a WHERE a.owner_id = s.id AND a.kind = 'signed')"


def receipts_signed(store: Store, unit_codes: list[str] | None = None, date_from: str | None = None,
                    date_to: str | None = None, missing_only: bool = False) -> list[dict]:
    """Receipts with `signed` True when a signed copy is attached; `missing_only`: those still lacking one."""
    from app.domain.surrenders import receipt_conditions

    where, params = receipt_conditions(unit_codes, date_from, date_to)
    if missing_only:
        where.append("NOT " + _SIGNED)
    sql = (f"SELECT s.id, s.unit_code, u.name AS unit_name, s.number, s.date, s.person_name, {_SIGNED} AS signed"
           " FROM surrenders s LEFT JOIN units u ON u.code = s.unit_code")
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = store.conn.execute(sql + " ORDER BY s.unit_code, s.date, s.number", params)
    return [{**dict(r), "signed": bool(r["signed"])} for r in rows]


def signed_totals(store: Store, group_of: dict[str, str], date_from: str, date_to: str) -> dict[str, tuple[int, int]]:
    """{group: (receipts, of which with a signed copy)} over the receipts dated date_from..date_to of the units of
    ``group_of`` (unit code -> the group it counts in); the mapping one JSON parameter (a province's 3,000
    communes), no receipt fetched into Python. Receipts are counted per unit over the (unit_code, date) index, no
    GROUP BY over every receipt; the signed ones from the signed copies (a receipt with two counts once), never a
    lookup per receipt: a summary over 1,000,000 receipts spent 0.47 s sorting and probing them, now 0.06 s."""
    receipts: dict[str, int] = {}
    for group, n in store.conn.execute(
            "SELECT g.value, (SELECT count(*) FROM surrender_rows s WHERE s.unit_code = g.key AND s.date BETWEEN ?2 AND ?3)"
            " FROM json_each(?1) g", (orjson.dumps(group_of).decode(), date_from, date_to)):
        receipts[group] = receipts.get(group, 0) + n
    signed: dict[str, int] = {}
    for unit, n in store.conn.execute(
            "SELECT s.unit_code, count(*) FROM (SELECT DISTINCT owner_id FROM attachments WHERE kind = 'signed') a"
            " CROSS JOIN surrenders s ON s.id = a.owner_id WHERE s.date BETWEEN ? AND ? GROUP BY 1",
            (date_from, date_to)):
        group = group_of.get(unit)
        if group is not None:
            signed[group] = signed.get(group, 0) + n
    return {group: (n, signed.get(group, 0)) for group, n in receipts.items() if n}


def signed_counts(store: Store, unit_codes: list[str] | None = None, date_from: str | None = None,
                  date_to: str | None = None) -> list[dict]:
    """Per unit: receipts, of which with a signed copy and without (issue 16 item 5)."""
    counts: dict[str, dict] = {}
    for r in receipts_signed(store, unit_codes, date_from, date_to):
        c = counts.setdefault(r["unit_code"], {"unit_code": r["unit_code"], "unit_name": r["unit_name"] or "",
                                               "receipts": 0, "signed": 0, "unsigned": 0})
        c["receipts"] += 1
        c["signed" if r["signed"] else "unsigned"] += 1
    return [counts[k] for k in sorted(counts)]


def unsigned_in_month(store: Store, unit_code: str, month: str) -> list[dict]:
    """The unit's receipts dated in `month` (YYYY-MM) without a signed copy: the warning before submitting."""
    return receipts_signed(store, [unit_code], f"{month}-01", f"{month}-31", missing_only=True)
