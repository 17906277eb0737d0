"""`antt keys show`, `antt enrolment`, `antt enrol`, `antt export`, `antt import`, `antt conflicts`, `antt sync-status`."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path

from app import formatting
from app.cli.context import lazy_import, store_for
from app.cli.output import emit, table
from app.errors import AnttError
from app.i18n import current_language, t

conflicts = lazy_import("app.sync.conflicts")
readable = lazy_import("app.domain.readable")
enrolment = lazy_import("app.sync.enrolment")
export = lazy_import("app.sync.export")
importer = lazy_import("app.sync.importer")
status = lazy_import("app.sync.status")
state = lazy_import("app.sync.state")
receipt = lazy_import("app.reports.sync_receipt")
units = lazy_import("app.domain.units")


def register(sub, common) -> None:
    p = sub.add_parser("keys", parents=[common], help="show this installation's public keys and fingerprint")
    p.add_argument("action", choices=["show", "rekey"],
                   help="rekey: a new device id and keys, after this laptop was restored from an old copy")
    p.set_defaults(handler=cmd_keys)
    p = sub.add_parser("enrolment", parents=[common], help="write this post's enrolment file for the level above")
    p.add_argument("--to", type=Path, required=True)
    p.set_defaults(handler=cmd_enrolment)
    p = sub.add_parser("enrol", parents=[common], help="register a post (.antt-enrol) or accept the answer (.antt-answer)")
    p.add_argument("file", type=Path)
    p.add_argument("--to", type=Path, help="folder for the answer (default: beside the file)")
    p.add_argument("--personal", action="store_true", help="receipts' personal details may travel up from this post")
    p.add_argument("--second-device", action="store_true",
                   help="the unit already has an enrolled laptop and this is really its second one")
    p.add_argument("--reenrol-revoked", action="store_true",
                   help="trust again a device that was revoked (administrator; needs --reason, audited)")
    p.add_argument("--reason", default="", help="why a revoked device is enrolled again")
    p.set_defaults(handler=cmd_enrol)
    p = sub.add_parser("export", parents=[common], help="write a bundle for an enrolled unit; prints its path")
    p.add_argument("--to", type=Path, required=True)
    p.add_argument("--recipient", help="unit code (default: the level above)")
    p.add_argument("--device", help="device id of the recipient, when a unit has several laptops")
    p.set_defaults(handler=cmd_export)
    p = sub.add_parser("import", parents=[common], help="import a bundle (preview with --dry-run)")
    p.add_argument("file", type=Path, nargs="?")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--undo", action="store_true", help="undo the latest import")
    p.add_argument("--receipt", nargs="?", const="latest", metavar="ID",
                   help="print the receipt of import ID (default: the latest) instead of importing")
    p.add_argument("--out", type=Path, help="with --receipt: write the receipt as a PDF")
    p.set_defaults(handler=cmd_import)
    p = sub.add_parser("conflicts", parents=[common], help="list conflicts, or resolve one by keeping a version")
    p.add_argument("--keep", nargs=2, metavar=("DOC_ID", "VID"))
    p.set_defaults(handler=cmd_conflicts)
    p = sub.add_parser("sync-status", parents=[common], help="per enrolled device: bundles, gaps, unacknowledged")
    p.set_defaults(handler=cmd_status)


def cmd_keys(args) -> int:
    if args.action == "rekey":
        from app.sync.rekey import rekey

        r = rekey(store_for(args))
        emit(args, {"old_device": r.old_device, "new_device": r.new_device, "fingerprint": r.fingerprint,
                    "reissued": r.reissued},
             f"Mã máy mới / new device id: {r.new_device} (cũ / old: {r.old_device})\n"
             f"Dấu vân tay / fingerprint: {r.fingerprint}\n"
             f"Ghi lại / written again: {r.reissued}\n"
             "Tiếp theo: antt enrolment --to E:\\ rồi gửi cấp trên / next: antt enrolment --to E:\\ for the level above")
        return 0
    ident = state.my_identity(store_for(args, must_be_initialised=False))
    d = ident.to_dict()
    emit(args, d, f"Máy / device: {ident.device_id}\nDấu vân tay / fingerprint: {ident.fingerprint}")
    return 0


def cmd_enrolment(args) -> int:
    args.to.mkdir(parents=True, exist_ok=True)
    e = enrolment.write_enrolment(store_for(args), args.to)
    emit(args, {"path": str(e.path), "unit": e.unit_code, "fingerprint": e.fingerprint},
         f"{e.path}\nDấu vân tay / fingerprint: {e.fingerprint}")
    return 0


def cmd_enrol(args) -> int:
    store = store_for(args)
    if args.file.suffix == ".antt-answer":
        d = enrolment.accept_answer(store, args.file)
        emit(args, {"device": d.device_id, "unit": d.unit_code, "fingerprint": d.identity.fingerprint},
             f"Cấp trên / level above: {d.unit_code} ({d.device_id})\nDấu vân tay / fingerprint: {d.identity.fingerprint}")
        return 0
    peer = enrolment.read_peer_file(args.file)
    warning = units.namesake_warning(store, peer.unit_name, peer.unit_code)
    if warning:
        print(warning, file=sys.stderr)
    r = enrolment.enrol(store, args.file, args.to, include_personal=args.personal, second_device=args.second_device,
                        reenrol_reason=args.reason if args.reenrol_revoked else None)
    emit(args, {"device": r.device.device_id, "unit": r.device.unit_code, "fingerprint": r.device.identity.fingerprint,
                "answer": str(r.answer_path), "my_fingerprint": r.my_fingerprint},
         (f"Máy thứ hai của đơn vị / a second laptop of unit {r.device.unit_code}\n" if args.second_device else "")
         + (f"Ghi danh lại máy đã bị thu hồi / revoked device trusted again: {r.device.device_id}\n"
            if args.reenrol_revoked else "")
         + f"Đã đăng ký / enrolled: {r.device.unit_code} ({r.device.device_id})\n"
         f"Dấu vân tay của máy đó / its fingerprint: {r.device.identity.fingerprint}\n"
         f"Trả lời / answer: {r.answer_path}\nDấu vân tay máy này / ours: {r.my_fingerprint}")
    return 0


def cmd_export(args) -> int:
    from app.domain.organisation import ended_notice

    store = store_for(args)
    r = export.export_bundle(store, args.to, args.recipient, recipient_device=args.device)
    emit(args, {"path": str(r.path), "recipient": r.recipient, "kind": r.kind, "counts": r.counts, "size": r.size,
                "files": r.files, "file_bytes": r.file_bytes, "attachments_follow": r.attachments_follow,
                "over_limit": [x.doc_id for x in r.over_limit]},
         str(r.path))
    if r.over_limit:  # issue 18: records from before the size limits stay here until shortened; each named
        from app.domain.over_limit import export_note

        print(export_note(str(r.path), r.over_limit), file=sys.stderr)
    if r.attachments_follow:  # issue 16: said, on stderr so that the path stays the one line of stdout
        print(t("attach_follow_next", count=r.attachments_follow), file=sys.stderr)
    notice = ended_notice(store, store.home_unit, current_language()) if store.home_unit else None
    if notice:  # issue 20 item 4: the bundle is made; the officer is told what to do next
        print(notice, file=sys.stderr)
    return 0


def cmd_import(args) -> int:
    store = store_for(args)
    if args.undo:
        r = importer.undo_last_import(store)
        emit(args, {"undone": r["file_name"]}, f"Đã hoàn tác / undone: {r['file_name']}")
        return 0
    if args.receipt is not None:
        import_id = None if args.receipt == "latest" else receipt.parse_import_id(args.receipt)
        if args.out:
            r = receipt.write_receipt_pdf(store, args.out, import_id, current_language())
            emit(args, {"receipt": r["id"], "path": str(args.out)}, str(args.out))
        else:
            r = receipt.import_record(store, import_id)
            emit(args, r, "\n".join(receipt.receipt_lines(r, current_language())))
        return 0
    if args.file is None:
        raise AnttError("cli_file_required")
    if args.dry_run:
        p = importer.preview_import(store, args.file)
        emit(args, p.to_dict(), _preview_text(p))
        return 0
    r = importer.apply_import(store, args.file)
    d = asdict(r)
    lines = receipt.receipt_lines({**receipt.import_record(store, r.import_id), **d}, current_language())
    if r.files:  # issue 16
        lines.append(t("attach_import_files", files=r.files, new=r.files_new))
    if r.attachments_follow:
        lines.append(t("attach_import_follow", count=len(r.attachments_follow)))
    if r.duplicate_numbers:  # issue 18: a restored laptop numbered receipts again
        lines.append(importer.duplicate_numbers_text(r.duplicate_numbers))
    if r.restored_copy:  # issue 18: this laptop was restored from an old copy
        lines.append(importer.restored_copy_text(r.restored_copy))
    emit(args, d, "\n".join(lines))
    return 0


def _preview_text(p) -> str:
    lines = [f"{p.file_name}: {p.sender_unit} ({p.sender_device}), gói số / bundle {p.bundle_seq}",
             f"Dấu vân tay / fingerprint: {p.fingerprint}",
             f"Thời gian ghi trên gói / claimed time: {receipt.moment_text(p.claimed_at)}"
             + (" (!)" if p.claimed_warning else "")]
    if p.missing_bundles:
        lines.append(f"Thiếu gói / missing bundles: {', '.join(map(str, p.missing_bundles))}")
    if p.already_imported:
        lines.append("Gói này đã nhập rồi / already imported")
    lang = current_language()
    lines.append(table([[" / ".join(receipt.COUNT_LABELS[k]), formatting.format_number(v, lang)]
                        for k, v in p.counts.items()], ["", "số phiên bản / versions"]))
    if p.waiting_for:
        lines.append("Còn thiếu / missing: " + ", ".join(receipt.ref_text(x) for x in p.waiting_for))
    for r in p.unreadable[:20]:
        lines.append("  " + receipt.unreadable_text(r))
    if p.files:  # issue 16: checked against their hashes in this preview too
        lines.append(t("attach_preview_files", files=p.files))
    if p.attachments_follow:
        lines.append(t("attach_import_follow", count=len(p.attachments_follow)))
    if p.duplicate_numbers:
        lines.append(importer.duplicate_numbers_text(p.duplicate_numbers))
    if p.restored_copy:
        lines.append(importer.restored_copy_text(p.restored_copy))
    return "\n".join(lines)


def cmd_conflicts(args) -> int:
    store = store_for(args)
    if args.keep:
        v = conflicts.keep_version(store, *args.keep)
        emit(args, {"resolved": args.keep[0], "vid": v.vid}, v.vid)
        return 0
    found = conflicts.list_conflicts(store)
    lang = current_language()
    names = readable.Names(store, lang)
    rows = [[readable.doc_type_name(c["doc_type"], lang),
             readable.document_title(store, c["doc_type"], c["leaves"][0]["data"], lang, names),
             c["doc_id"], ", ".join(leaf["vid"] for leaf in c["leaves"])] for c in found]
    text = table(rows, ["loại / type", "nội dung / what", "tài liệu / document", "phiên bản / versions (winner first)"])
    total = conflicts.count_conflicts(store)
    if total > len(found):
        text += (f"\n{formatting.format_number(len(found), lang)} / {formatting.format_number(total, lang)}"
                 " (xung đột đầu tiên / first conflicts)")
    emit(args, found, text)
    return 0


def cmd_status(args) -> int:
    rows = status.device_status(store_for(args))
    emit(args, rows, table([[r["unit_code"], r["device_id"], r["role"], r["bundles_received"],
                             ",".join(map(str, r["missing_bundles"])), r["unacknowledged_versions"]] for r in rows],
                           ["đơn vị / unit", "máy / device", "vai trò / role", "gói / bundles", "thiếu / gaps",
                            "chưa xác nhận / unacked"]))
    return 0
