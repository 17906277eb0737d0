"""The receipt of an imported bundle (biên nhận nhập gói dữ liệu), printed to be signed and filed.

Issue 4 §5: every import leaves a receipt (bundle hash, sender, counts, officer, time). The officer who
imported signs it; the printed hash lets anyone check later which file was taken in. Built from one row of
`app.sync.importer.list_imports` through the common form (`app.reports.layout`).
"""

from __future__ import annotations

import datetime as dt
from typing import IO, Any

from reportlab.platypus import Flowable, Spacer

from app.domain.readable import documents_text
from app.formatting import format_date, format_number
from app.reports.layout import (
    TEXT_WIDTH, DocumentHeader, Issuer, Signature, build_document, markup, table_flowable, text,
)
from app.reports.tables import Column, ReportTable
from app.i18n import Pairs
from app.reports.wording import say

COUNTS = ("new", "updated", "conflicting", "already", "unreadable", "waiting")  # the outcomes, in the printed order
COUNT_LABELS = Pairs("import_outcome")  # their words, in the message catalogue
MAX_UNREADABLE_ROWS = 200  # a receipt lists at most this many such rows; the count says how many there were


def _when(stamp: str) -> str:
    """'2026-03-01T08:05:00+0700' -> '08:05 01/03/2026' (the stored text as it is if it does not parse)."""
    try:
        t = dt.datetime.strptime(stamp[:19], "%Y-%m-%dT%H:%M:%S")
    except (TypeError, ValueError):
        return str(stamp)
    return f"{t:%H:%M} {format_date(t.date())}"


def counts_table(receipt: dict, lang: str = "vi") -> ReportTable:
    counts = receipt["counts"]
    cols = [Column(say('outcome', lang), weight=3), Column(say('versions', lang), "int")]
    rows = [[COUNT_LABELS[key][0 if lang == "vi" else 1], int(counts.get(key, 0))] for key in COUNTS]
    return ReportTable(say('what_the_import_did', lang), cols, rows)


def unreadable_table(receipt: dict, lang: str = "vi") -> ReportTable:
    """Versions kept but not shown: this software cannot build their rows (issue 4: nothing is dropped)."""
    from app.sync.phrases import Phrase

    cols = [Column(say('version', lang), weight=2), Column(say('reason', lang), weight=3)]
    rows = [[r.get("vid", ""), Phrase(r.get("problem", "bad_value"), field=r.get("field", "")).text(lang)]
            for r in receipt.get("unreadable", [])[:MAX_UNREADABLE_ROWS]]
    return ReportTable(say('versions_kept_but_not_shown_yet', lang),
                       cols, rows)


def _grouped(digest: str) -> str:
    """A hex digest in groups of eight, so that it wraps and can be read aloud."""
    return " ".join(digest[i : i + 8] for i in range(0, len(digest), 8))


def import_receipt_body(receipt: dict, lang: str = "vi") -> list[Flowable]:
    r = receipt
    lines = [
        say('bundle_file_b_r_file_name', lang, r_file_name=text(r['file_name'])),
        say('file_hash_sha_256', lang) + f"<br/><b>{_grouped(text(r['file_sha256']))}</b>",
        say('sender_b_r_sender_unit_b', lang, r_sender_unit=text(r['sender_unit']), r_sender_device=text(r['sender_device']), r_bundle_seq=r['bundle_seq']),
        say('fingerprint_of_the_sending_device_b', lang, fingerprint=text(r.get('fingerprint') or '—')),
        say('time_claimed_by_the_bundle_the', lang, when=_when(r['claimed_at'])),
        say('imported_at_when_by_b_r', lang, when=_when(r['imported_at']), r_officer=text(r['officer'] or '—')),
    ]
    out: list[Flowable] = [markup(line) for line in lines]
    if r.get("undone"):
        out.append(markup(say('b_this_import_has_been_undone', lang)))
    if r.get("documents"):  # what an officer counts first; the versions below are the details
        out.append(markup(say('documents_received_b_documents_text_b', lang, documents_text=text(documents_text(r['documents'], lang)))))
    out.append(Spacer(1, 6))
    out.append(table_flowable(counts_table(r, lang), TEXT_WIDTH, lang=lang))
    unreadable = r.get("unreadable") or []
    if unreadable:
        out.append(Spacer(1, 6))
        out.append(table_flowable(unreadable_table(r, lang), TEXT_WIDTH, lang=lang))
        if len(unreadable) > MAX_UNREADABLE_ROWS:
            more = format_number(len(unreadable) - MAX_UNREADABLE_ROWS, lang)
            out.append(markup(say('and_more_more', lang, more=more)))
    out.append(Spacer(1, 6))
    out.append(markup(say('every_signed_version_of_the_bundle', lang)))
    out.append(markup(say('the_software_made_this_receipt_when', lang)))
    return out


def build_import_receipt_pdf(receipt: dict, out: str | IO[bytes] | Any, issuer: Issuer, lang: str = "vi") -> None:
    """Write the receipt of one import (a row of `list_imports`) as a one-page form."""
    try:
        day = dt.date.fromisoformat(str(receipt["imported_at"])[:10])
    except ValueError:
        day = None
    header = DocumentHeader(
        parent_body=issuer.parent_body, unit_name=issuer.unit_name, number=f"{receipt.get('id', '')}/BN-ĐB",
        title=say('receipt', lang),
        subject=say('import_of_a_synchronisation_bundle', lang),
        place=issuer.locality, date=day, lang=lang, doc_kind=say('receipt', lang),
        issuer_name=issuer.unit_name,
    )
    signer = Signature(say('importing_officer', lang), str(receipt.get("officer") or ""),
                       note=say('signature_full_name', lang))
    build_document(out, header, import_receipt_body(receipt, lang), recipients=issuer.recipients,
                   signatures=[signer])
