"""The receipt of one import, as text lines (CLI) and as a printable PDF (`app.reports.import_receipt`).

Every import leaves a row in `sync_imports` (issue 4 §5): bundle hash, sender unit and device,
counts, officer and time. The sender's fingerprint is the one of its enrolment (the key that
verified the bundle's signature). Plain functions: the GUI calls `write_receipt_pdf` too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import IO, Any

import orjson

from app.domain.readable import documents_text
from app.errors import AnttError
from app.formatting import format_number
from app.reports.import_receipt import COUNT_LABELS, COUNTS  # noqa: F401 (COUNT_LABELS: the CLI's preview too)
from app.reports.layout import Signature, tr
from app.store.db import Store
from app.sync.errors import BundleError  # noqa: F401  (joins the sync sentences: sync_no_receipt)
from app.sync.phrases import Phrase
from app.reports.wording import say



def ref_text(ref: str, lang: str = "vi") -> str:
    """'unit:CAX-01' -> 'đơn vị CAX-01'; 'item:gun.air' -> 'hiện vật gun.air'."""
    kind, _, code = ref.partition(":")
    word = {"unit": ("đơn vị", "unit"), "item": ("hiện vật", "item")}.get(kind, (kind, kind))
    return f"{tr(lang, *word)} {code}"


def unreadable_text(entry: dict, lang: str = "vi") -> str:
    """One kept-but-unreadable version: its id and why, in words."""
    try:
        why = Phrase(entry.get("problem", "bad_value"), field=entry.get("field", "")).text(lang)
    except KeyError:
        why = say('unreadable_data', lang)
    return f"{entry['vid']} ({entry.get('doc_type', '')}): {why}"


def parse_import_id(text: str) -> int:
    """An import number as typed; anything else is a receipt that does not exist (issue 18: not a ValueError)."""
    text = str(text).strip()
    if not (text.isascii() and text.isdigit()) or len(text) > 18:  # beyond 18 digits no SQLite integer holds it
        raise AnttError("sync_no_receipt", id=text)
    return int(text)


def import_record(store: Store, import_id: int | None = None) -> dict:
    """One receipt (the latest when `import_id` is None) with the sender's fingerprint."""
    sql = ("SELECT i.*, d.fingerprint FROM sync_imports i LEFT JOIN sync_devices d ON d.device_id = i.sender_device")
    row = store.conn.execute(sql + (" WHERE i.id = ?" if import_id is not None else " ORDER BY i.id DESC LIMIT 1"),
                             (() if import_id is None else (import_id,))).fetchone()
    if row is None:
        raise AnttError("sync_no_receipt", id=import_id if import_id is not None else "—")
    d = dict(row)
    from app.sync.importer import split_counts

    d["counts"], d["documents"] = split_counts(d["counts"])
    d["unreadable"] = orjson.loads(d.pop("rejected"))
    d["fingerprint"] = d["fingerprint"] or ""
    return d


def moment_text(stamp: str) -> str:
    """'2026-03-05T14:07:09+0700' -> '05/03/2026 14:07:09' (the offset kept when there is one)."""
    try:
        t = dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        return stamp
    return t.strftime("%d/%m/%Y %H:%M:%S") + (f" (UTC{t.strftime('%z')[:3]}:{t.strftime('%z')[3:]})" if t.tzinfo else "")


def receipt_lines(r: dict, lang: str = "vi") -> list[str]:
    """The receipt as plain lines (the CLI prints these)."""
    c = r["counts"]
    lines = [
        say('receipt_for_imported_bundle_r_file', lang, r_file_name=r['file_name']),
        say('file_hash_sha_256_2', lang) + r["file_sha256"],
        say('sender_r_sender_unit_device_r', lang, r_sender_unit=r['sender_unit'], r_sender_device=r['sender_device'], r_bundle_seq=r['bundle_seq']),
    ]
    if r.get("fingerprint"):
        lines.append(say('sender_s_fingerprint', lang) + r["fingerprint"])
    lines.append(say('imported_moment_text_officer_r_officer', lang, moment_text=moment_text(r['imported_at']), r_officer=r['officer'] or '—'))
    if r.get("documents"):
        lines.append(say('documents_received', lang) + documents_text(r["documents"], lang))
    lines.append("; ".join(f"{tr(lang, *COUNT_LABELS[k])}: {format_number(c.get(k, 0), lang)}" for k in COUNTS))
    if r.get("waiting_for"):
        lines.append(say('missing', lang) + ", ".join(ref_text(x, lang) for x in r["waiting_for"]))
    for entry in r.get("unreadable", [])[:20]:
        lines.append("  " + unreadable_text(entry, lang))
    return lines


def write_receipt_pdf(store: Store, out: str | Path | IO[bytes] | Any, import_id: int | None = None,
                      lang: str = "vi") -> dict:
    """Print the receipt of import `import_id` (default: the latest) to `out`; returns the receipt.

    The page is `app.reports.import_receipt` (the GUI prints the same one); this adds only the issuer.
    """
    from app.reports.import_receipt import build_import_receipt_pdf
    from app.reports.layout import Issuer

    r = import_record(store, import_id)
    if store.home_unit:
        from app.reports.queries import issuer_for

        issuer = issuer_for(store, store.home_unit, lang)
    else:
        issuer = Issuer(parent_body="", unit_name="", locality="", signature=Signature(title=""))
    build_import_receipt_pdf(r, out, issuer, lang)
    return r
