"""`antt settings signer|recipients|show`: who signs a unit's forms and "Nơi nhận" (issue 19 item 4);
`antt settings cutoff [decree09|calendar]`: how this installation cuts its reporting periods.

The command line's side of :mod:`app.domain.form_settings` and :mod:`app.domain.reporting_periods`; the GUI's
Settings page calls the same functions.
"""

from __future__ import annotations

from app.cli.context import store_for
from app.cli.output import emit
from app.domain import form_settings as fs
from app.domain import reporting_periods as rp
from app.i18n import current_language

FORM_CHOICES = (fs.ALL, *fs.FORMS)


def register(sub, common) -> None:
    acts = sub.add_parser("settings", help="a unit's settings: who signs its forms, and their recipients") \
        .add_subparsers(dest="action", required=True)

    def add(name: str, help_: str):
        p = acts.add_parser(name, parents=[common], help=help_)
        p.add_argument("--unit", help="default: this store's unit")
        p.add_argument("--form", default=fs.ALL, choices=FORM_CHOICES,
                       help="the kind of form (default: all, for every form without settings of its own)")
        return p

    p = add("signer", "who signs: title, name and capacity (KT., TL., TUQ., TM., Q.)")
    p.add_argument("--title", help="the signer's title, e.g. 'Phó Trưởng Công an xã' ('' clears it)")
    p.add_argument("--name", help="the signer's rank and name, e.g. 'Thiếu tá Hoàng Văn Đức' ('' clears it)")
    p.add_argument("--capacity", help="KT. (a deputy signs for the head), TL., TUQ., TM., Q., or '' for the head")
    p.set_defaults(handler=cmd_signer)
    p = add("recipients", "the 'Nơi nhận' list, in order (no names: back to the default)")
    p.add_argument("recipients", nargs="*", metavar="RECIPIENT")
    p.set_defaults(handler=cmd_recipients)
    p = add("show", "what is set")
    p.set_defaults(handler=cmd_show)
    p = acts.add_parser("cutoff", parents=[common],
                        help="how reporting periods are cut: decree09 (15th to 14th, the default) or calendar; "
                             "without a rule, the one in force")
    p.add_argument("rule", nargs="?", choices=rp.RULES)
    p.set_defaults(handler=cmd_cutoff)


RULE_NAMES = {
    "decree09": ("Nghị định 09/2019/NĐ-CP: tháng tính từ ngày 15 tháng trước đến ngày 14; năm từ 15/12 đến 14/12",
                 "Decree 09/2019/NĐ-CP: a month runs from the 15th of the month before to the 14th; "
                 "the year from 15/12 to 14/12"),
    "calendar": ("Theo lịch: tháng từ ngày 01 đến hết tháng; năm từ 01/01 đến 31/12",
                 "Calendar: whole months; the year from 01/01 to 31/12"),
}


def cmd_cutoff(args) -> int:
    store = store_for(args)
    rule = rp.set_cutoff_rule(store, args.rule) if args.rule else rp.cutoff_rule(store)
    vi, en = RULE_NAMES[rule]
    emit(args, {"cutoff": rule}, f"cutoff: {rule} ({vi if current_language() == 'vi' else en})")
    return 0


def _unit(args, store) -> str:
    from app.errors import AnttError

    unit = args.unit or store.home_unit
    if not unit:
        raise AnttError("unknown_unit", code="—")
    return unit


def _as_dict(s: fs.FormSettings) -> dict:
    return s.to_data() | {"recipients": list(s.recipients) if s.recipients is not None else None}


def _text(s: fs.FormSettings) -> str:
    from app.i18n import field_label

    rows = [(field_label("form_kind"), s.form), (field_label("capacity"), s.capacity or "—"),
            (field_label("signer_title"), s.signer_title or "—"), (field_label("signer_name"), s.signer_name or "—")]
    lines = [f"{label}: {value}" for label, value in rows]
    lines.append(f"{field_label('recipients')}: " + ("—" if s.recipients is None else ""))
    lines += [f"  - {r}" for r in s.recipients or ()]
    return "\n".join(lines)


def cmd_signer(args) -> int:
    store = store_for(args)
    s = fs.set_signer(store, _unit(args, store), args.form, title=args.title, name=args.name, capacity=args.capacity)
    emit(args, _as_dict(s), _text(s))
    return 0


def cmd_recipients(args) -> int:
    store = store_for(args)
    s = fs.set_recipients(store, _unit(args, store), args.form, args.recipients)
    emit(args, _as_dict(s), _text(s))
    return 0


def cmd_show(args) -> int:
    store = store_for(args)
    s = fs.get_settings(store, _unit(args, store), args.form)
    emit(args, _as_dict(s), _text(s))
    return 0
