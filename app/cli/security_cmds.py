"""`antt user …`, `antt audit list|verify`, `antt backup`, `antt restore` (issue 6)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import orjson

from app import formatting
from app.cli.arguments import whole_number
from app.cli.context import lazy_import, open_for_command, store_for
from app.cli.login import read_password
from app.cli.output import emit, table
from app.errors import AnttError
from app.i18n import current_language, t
from app.security.permissions import ROLES, accounts_enabled, role_label
from app.store.db import default_db_path

# loaded on first use: `antt --help` and other commands do not pay for argon2 and the backup code
accounts = lazy_import("app.security.accounts")
audit = lazy_import("app.security.audit")
readable = lazy_import("app.domain.readable")
backups = lazy_import("app.security.backups")


def register(sub, common) -> None:
    user = sub.add_parser("user", help="accounts of this laptop").add_subparsers(dest="action", required=True)
    p = user.add_parser("add", parents=[common], help="add an account (the first one must be an administrator); "
                                                      "password asked twice, or from ANTT_NEW_PASSWORD")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--name", default="", help="full name, printed in versions and the audit trail")
    p.set_defaults(handler=cmd_user_add)
    p = user.add_parser("list", parents=[common], help="list accounts")
    p.set_defaults(handler=cmd_user_list)
    p = user.add_parser("passwd", parents=[common], help="change your own password (new one asked twice, or from "
                                                         "ANTT_NEW_PASSWORD)")
    p.set_defaults(handler=cmd_user_passwd)
    p = user.add_parser("reset", parents=[common], help="set someone's password and unlock the account")
    p.add_argument("username")
    p.set_defaults(handler=cmd_user_reset)
    p = user.add_parser("disable", parents=[common], help="disable an account")
    p.add_argument("username")
    p.set_defaults(handler=cmd_user_disable)
    p = user.add_parser("enable", parents=[common], help="enable an account again (also unlocks it)")
    p.add_argument("username")
    p.set_defaults(handler=cmd_user_enable)
    p = user.add_parser("role", parents=[common], help="change an account's role")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=ROLES)
    p.set_defaults(handler=cmd_user_role)

    aud = sub.add_parser("audit", help="the audit trail of this laptop").add_subparsers(dest="action", required=True)
    p = aud.add_parser("list", parents=[common], help="entries, newest first")
    p.add_argument("--by", dest="by_user", metavar="USER", help="only what this account did")
    p.add_argument("--action", dest="audit_action", metavar="ACTION", help="e.g. doc.update, login (= login.*)")
    p.add_argument("--type", dest="doc_type", help="document type, e.g. surrender, period")
    p.add_argument("--doc", dest="doc_id", help="one document's id")
    p.add_argument("--from", dest="date_from", help="YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", help="YYYY-MM-DD")
    p.add_argument("--limit", type=whole_number, default=50)
    p.set_defaults(handler=cmd_audit_list)
    p = aud.add_parser("verify", parents=[common], help="check the hash chain: exit 1 if an entry was altered or removed")
    p.add_argument("--backup", dest="backups", action="append", type=Path, default=[], metavar="FILE",
                   help="also compare with the audit anchor this backup holds (no passphrase needed); repeatable")
    p.set_defaults(handler=cmd_audit_verify)

    dev = sub.add_parser("device", help="enrolled devices (laptops of units below or above)")
    dev = dev.add_subparsers(dest="action", required=True)
    p = dev.add_parser("list", parents=[common], help="enrolled devices and whether they are revoked")
    p.set_defaults(handler=cmd_device_list)
    p = dev.add_parser("revoke", parents=[common], help="stop trusting a lost or seized laptop: its later bundles "
                                                        "are refused")
    p.add_argument("device_id")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_device_revoke)

    p = sub.add_parser("backup", parents=[common], help="back up the store now (to DIR, e.g. a USB stick, or to the "
                                                        "backups folder)")
    p.add_argument("--to", dest="to_dir", type=Path, help="folder to write the backup file in; outside the data "
                                                            "folder it is encrypted with a passphrase, asked twice "
                                                            "or read from ANTT_BACKUP_PASSPHRASE")
    p.add_argument("--keep", type=whole_number, help="how many automatic backups of each kind to keep (setting)")
    p.add_argument("--list", dest="list_backups", action="store_true", help="list the automatic backups")
    p.add_argument("--daily-worker", action="store_true", help=argparse.SUPPRESS)  # started by commands themselves
    p.set_defaults(handler=cmd_backup)
    p = sub.add_parser("restore", parents=[common], help="replace the store by a backup file, after checking it "
                                                         "(an encrypted one asks its passphrase, or reads "
                                                         "ANTT_BACKUP_PASSPHRASE)")
    p.add_argument("file", type=Path)
    p.add_argument("--from-other-device", action="store_true",
                   help="the file comes from another laptop that this one replaces")
    p.set_defaults(handler=cmd_restore)


# ---------------------------------------------------------------- accounts


def _new_password(user: str) -> str:
    """From ANTT_NEW_PASSWORD, or typed twice at a terminal."""
    if os.environ.get("ANTT_NEW_PASSWORD") is not None:
        return os.environ["ANTT_NEW_PASSWORD"]
    first = read_password("new_password_prompt", user, env=None)
    if read_password("repeat_password_prompt", user, env=None) != first:
        raise AnttError("password_mismatch")
    return first


def _user_json(u: accounts.User) -> dict:
    return {"username": u.username, "full_name": u.full_name, "role": u.role, "disabled": u.disabled,
            "locked": u.locked(), "failed_count": u.failed_count, "created_at": u.created_at,
            "changed_at": u.changed_at}


def cmd_user_add(args) -> int:
    store = store_for(args, must_be_initialised=False)
    first = not accounts_enabled(store)
    if first and args.role != "administrator":
        raise AnttError("first_account_admin")
    u = accounts.add_user(store, args.username, _new_password(args.username), args.role, args.name)
    emit(args, _user_json(u), f"{u.username} ({role_label(u.role)})")
    return 0


def cmd_user_list(args) -> int:
    store = store_for(args, must_be_initialised=False)
    rows = accounts.list_users(store)
    lang = current_language()
    emit(args, [_user_json(u) for u in rows], table(
        [(u.username, u.full_name, role_label(u.role, lang),
          t("account_state_disabled") if u.disabled else t("account_state_locked") if u.locked() else
          t("account_state_active")) for u in rows],
        ["user", "name", "role", "state"]))
    return 0


def cmd_user_passwd(args) -> int:
    store = store_for(args, must_be_initialised=False, login=False)
    if not accounts_enabled(store):
        raise AnttError("login_required_cli")
    username = getattr(args, "user", None) or os.environ.get("ANTT_USER")
    if not username:
        raise AnttError("login_required_cli")
    old = read_password("password_prompt", username)
    accounts.login(store, username, old, audit_success=False)
    accounts.change_password(store, old, _new_password(username))
    emit(args, {"username": store.session.username, "changed": True}, t("password_changed"))
    return 0


def cmd_user_reset(args) -> int:
    store = store_for(args, must_be_initialised=False)
    accounts.get_user(store, args.username)  # say "no such account" before asking for a password
    u = accounts.reset_password(store, args.username, _new_password(args.username))
    emit(args, _user_json(u), f"{u.username}: {t('password_changed')}")
    return 0


def cmd_user_disable(args) -> int:
    store = store_for(args, must_be_initialised=False)
    u = accounts.set_disabled(store, args.username, True)
    emit(args, _user_json(u), f"{u.username}: {t('account_state_disabled')}")
    return 0


def cmd_user_enable(args) -> int:
    store = store_for(args, must_be_initialised=False)
    u = accounts.set_disabled(store, args.username, False)
    emit(args, _user_json(u), f"{u.username}: {t('account_state_active')}")
    return 0


def cmd_user_role(args) -> int:
    store = store_for(args, must_be_initialised=False)
    u = accounts.set_role(store, args.username, args.role)
    emit(args, _user_json(u), f"{u.username} ({role_label(u.role)})")
    return 0


# ---------------------------------------------------------------- audit


def _summary(entry: dict) -> str:
    detail, after, before = entry.get("detail") or {}, entry.get("after") or {}, entry.get("before") or {}
    if entry["doc_type"] == "period":
        parts = [after.get("unit_code") or before.get("unit_code"), after.get("month") or before.get("month"),
                 after.get("status"), after.get("reason")]
        return " ".join(str(p) for p in parts if p)
    if entry["doc_id"]:
        changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        return f"{entry['doc_id'][:8]}… " + ", ".join(changed[:6])
    return ", ".join(f"{k}={_plain(v)}" for k, v in sorted(detail.items()) if v not in (None, "", [], False))[:80]


def _plain(value) -> str:
    """A detail value as text: lists and counts as compact JSON, not Python's repr."""
    return orjson.dumps(value).decode() if isinstance(value, (dict, list)) else str(value)


def cmd_audit_list(args) -> int:
    store = store_for(args, must_be_initialised=False)
    rows = audit.list_entries(store, user=args.by_user, action=args.audit_action, doc_type=args.doc_type,
                              doc_id=args.doc_id, date_from=args.date_from, date_to=args.date_to, limit=args.limit)
    lang = current_language()
    emit(args, rows, table(
        [(r["seq"], formatting.format_stamp(r["at"]), r["username"] or "—", r["action"],
          readable.doc_type_name(r["doc_type"], lang) if r["doc_type"] else "", _summary(r)) for r in rows],
        ["#", "lúc / at", "tài khoản / user", "thao tác / action", "loại / type", "nội dung / what"]))
    return 0


def cmd_audit_verify(args) -> int:
    store = store_for(args, must_be_initialised=False)
    result = audit.verify(store, args.backups)
    lang = current_language()
    emit(args, {"ok": result.ok, "entries": result.entries,
                "problems": [{"kind": p.kind, "seq": p.seq, "until": p.until, "message": p.message(lang)}
                             for p in result.problems]},
         t("audit_ok", n=result.entries) if result.ok else "\n".join(p.message(lang) for p in result.problems))
    return 0 if result.ok else 1


# ---------------------------------------------------------------- devices


def cmd_device_list(args) -> int:
    from app.sync import devices

    store = store_for(args)
    rows = devices.list_devices(store)
    emit(args, rows, table([(d["device_id"], d["unit_code"], d["role"], d["fingerprint"],
                             "đã thu hồi / revoked" if d["revoked"] else "", formatting.format_stamp(d["enrolled_at"]))
                            for d in rows],
                           ["máy / device", "đơn vị / unit", "vai trò / role", "dấu vân tay / fingerprint",
                            "tình trạng / state", "đăng ký lúc / enrolled"]))
    return 0


def cmd_device_revoke(args) -> int:
    from app.sync import devices

    store = store_for(args)
    result = devices.revoke(store, args.device_id, args.reason)
    emit(args, result, t("device_revoked", device=result["device_id"], unit=result["unit_code"]))
    return 0


# ---------------------------------------------------------------- backups

PASSPHRASE_ENV = "ANTT_BACKUP_PASSPHRASE"


def _backup_passphrase(new: bool, file: Path | None = None) -> str:
    """Issue 18 item 7: from ANTT_BACKUP_PASSPHRASE (scripts), else typed at a terminal; twice when it is set."""
    if os.environ.get(PASSPHRASE_ENV) is not None:
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise AnttError("backup_passphrase_to_set") if new else AnttError("backup_passphrase_needed", path=str(file))
    import getpass

    if not new:
        return getpass.getpass(t("backup_passphrase_prompt"))
    first = getpass.getpass(t("backup_new_passphrase_prompt"))
    from app.security.sealed_backup import check_passphrase

    check_passphrase(first)
    if getpass.getpass(t("backup_repeat_passphrase_prompt")) != first:
        raise AnttError("backup_passphrase_mismatch")
    return first


def cmd_backup(args) -> int:
    if args.daily_worker:  # the day's backup, in a process of its own (app/security/daily_backup.py)
        from app.security import daily_backup

        daily_backup.run_worker(Path(getattr(args, "db", None) or default_db_path()))
        return 0
    store = store_for(args, must_be_initialised=False)
    out: dict = {}
    lines = []
    if args.keep is not None:
        out["keep"] = backups.set_keep_count(store, args.keep)
        lines.append(t("backup_keep_set", keep=out["keep"]))
    if args.list_backups:
        from app.security.permissions import require

        require(store, "backup")
        out["backups"] = backups.list_backups(store)
        lines.append(table([(b["modified"], b["kind"], b["size"], b["path"]) for b in out["backups"]],
                           ["modified", "kind", "bytes", "file"]))
    if args.to_dir is not None or not lines:
        if args.to_dir is not None:
            from app.security.permissions import require

            require(store, "backup")  # before asking a passphrase of someone who may not back up
            outside = not backups.in_data_folder(store, args.to_dir)
            passphrase = _backup_passphrase(new=True) if outside else None
            path = backups.backup_to_dir(store, args.to_dir, passphrase)
        else:
            from app.security.permissions import require

            require(store, "backup")
            path = backups.automatic_backup(store, "manual")
            audit.record(store, "backup.create", detail={"path": str(path)})
        out["path"] = str(path)
        lines.append(str(path))
    emit(args, out, "\n".join(lines))
    return 0


def cmd_restore(args) -> int:
    db_path = Path(getattr(args, "db", None) or default_db_path())
    store = None
    if db_path.exists():
        try:
            store = open_for_command(db_path)
        except AnttError as exc:
            if exc.key != "store_unreadable":
                raise
            # Too damaged to open: no account can be checked either, and whoever can run this command can
            # already replace the file by hand. The damaged file is kept in backups/ (see backups.restore).
            store = None
    if store is not None:
        from app.cli.login import login_for_command

        try:
            login_for_command(store, args)
        except BaseException:
            store.close()
            raise
    passphrase = None
    if backups.is_encrypted(args.file):
        try:
            passphrase = _backup_passphrase(new=False, file=args.file)
        except BaseException:
            if store is not None:
                store.close()
            raise
    restored, info, kept = backups.restore(db_path, args.file, store=store,
                                           from_other_device=args.from_other_device, passphrase=passphrase)
    restored.close()
    emit(args, {"restored": str(args.file), "schema": info.schema_version, "versions": info.versions,
                "home_unit": info.home_unit, "previous_kept_as": str(kept) if kept else None,
                "warnings": info.warnings},
         "\n".join([t("restored", file=args.file, n=info.versions),
                    *([t("previous_kept", path=kept)] if kept else []), *info.warnings]))
    return 0
