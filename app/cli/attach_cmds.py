"""`antt attach add|list|get|remove|caption|missing|settings` (issue 16 item 6)."""

from __future__ import annotations

from app.cli.context import store_for
from app.cli.output import emit, table
from app.domain import attachments
from app.domain.attachment_files import size_text
from app.i18n import current_language


def register(sub, common) -> None:
    att = sub.add_parser("attach", help="photos and signed scans attached to receipts, activities, models, months, plan progress")
    att = att.add_subparsers(dest="action", required=True)
    p = att.add_parser("add", parents=[common], help="attach a photo (JPEG, PNG, WebP) or a scanned PDF; prints its id")
    p.add_argument("doc_id", metavar="DOC_ID", help="the receipt, activity, model, period or plan progress")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--kind", default="photo", choices=attachments.KINDS,
                   help="photo (default), signed (signed copy), decision, id_card (personal: stays at the post)")
    p.add_argument("--caption", default="")
    p.set_defaults(handler=cmd_add)
    p = att.add_parser("list", parents=[common], help="the attachments of one record")
    p.add_argument("doc_id", metavar="DOC_ID")
    p.set_defaults(handler=cmd_list)
    p = att.add_parser("get", parents=[common], help="write an attachment's file into a folder")
    p.add_argument("attachment_id", metavar="ATTACHMENT_ID")
    p.add_argument("--to", required=True, metavar="DIR")
    p.set_defaults(handler=cmd_get)
    p = att.add_parser("remove", parents=[common], help="remove an attachment from its record (a new version)")
    p.add_argument("attachment_id", metavar="ATTACHMENT_ID")
    p.set_defaults(handler=cmd_remove)
    p = att.add_parser("caption", parents=[common], help="change an attachment's caption")
    p.add_argument("attachment_id", metavar="ATTACHMENT_ID")
    p.add_argument("caption")
    p.set_defaults(handler=cmd_caption)
    p = att.add_parser("missing", parents=[common], help="receipts still lacking their signed copy, by unit")
    p.add_argument("--unit", action="append", help="a unit code (repeat for several; default: all)")
    p.add_argument("--from", dest="date_from", help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="YYYY-MM-DD")
    p.set_defaults(handler=cmd_missing)
    p = att.add_parser("settings", parents=[common], help="keep photo metadata (EXIF) or originals at this post")
    p.add_argument("--keep-exif", choices=("yes", "no"))
    p.add_argument("--keep-originals", choices=("yes", "no"))
    p.set_defaults(handler=cmd_settings)


def cmd_add(args) -> int:
    store = store_for(args)
    aid = attachments.add_attachment(store, args.doc_id, args.file, args.kind, args.caption)
    emit(args, attachments.get_attachment(store, aid), aid)
    return 0


def cmd_list(args) -> int:
    store = store_for(args)
    attachments.find_owner(store, args.doc_id)  # one sentence for an unknown record, not an empty list
    rows = attachments.list_attachments(store, args.doc_id)
    lang = current_language()
    missing = {"vi": "chưa có tệp", "en": "not here yet"}[lang]
    text = table([[r["id"], attachments.kind_label(r["kind"], lang), r["file_name"], size_text(r["size"]),
                   r["caption"] + ("" if r["has_bytes"] else f" ({missing})")] for r in rows],
                 ["mã / id", "loại / kind", "tệp / file", "cỡ / size", "chú thích / caption"])
    emit(args, rows, text)
    return 0


def cmd_get(args) -> int:
    store = store_for(args)
    path = attachments.save_copy(store, args.attachment_id, args.to)
    emit(args, {"path": str(path)}, str(path))
    return 0


def cmd_remove(args) -> int:
    store = store_for(args)
    attachments.remove_attachment(store, args.attachment_id)
    emit(args, {"removed": args.attachment_id}, args.attachment_id)
    return 0


def cmd_caption(args) -> int:
    store = store_for(args)
    attachments.set_caption(store, args.attachment_id, args.caption)
    emit(args, attachments.get_attachment(store, args.attachment_id), args.attachment_id)
    return 0


def cmd_missing(args) -> int:
    store = store_for(args)
    counts = attachments.signed_counts(store, args.unit, args.date_from, args.date_to)
    missing = attachments.receipts_signed(store, args.unit, args.date_from, args.date_to, missing_only=True)
    lines = [table([[c["unit_code"], c["unit_name"], c["receipts"], c["signed"], c["unsigned"]] for c in counts],
                   ["đơn vị / unit", "tên / name", "biên bản / receipts", "đã có bản ký / signed", "chưa có / missing"])]
    if missing:
        lines.append("")
        lines.append(table([[r["unit_code"], r["number"], r["date"], r["person_name"], r["id"]] for r in missing],
                           ["đơn vị / unit", "số / no.", "ngày / date", "người giao / from", "mã / id"]))
    emit(args, {"units": counts, "missing": missing}, "\n".join(lines))
    return 0


def cmd_settings(args) -> int:
    store = store_for(args)
    yes = {"yes": True, "no": False, None: None}
    s = attachments.set_settings(store, yes[args.keep_exif], yes[args.keep_originals])
    emit(args, {"keep_exif": s.keep_exif, "keep_originals": s.keep_originals},
         f"keep_exif={'yes' if s.keep_exif else 'no'} keep_originals={'yes' if s.keep_originals else 'no'}")
    return 0
