"""`antt period submit|reopen|approve|return|list|show` (issue 5 item 7)."""

from __future__ import annotations

import datetime as dt

from app import formatting
from app.cli.context import store_for
from app.cli.output import emit, table
from app.domain import periods, readable
from app.i18n import current_language


def register(sub, common) -> None:
    per = sub.add_parser("period", help="monthly periods: submit, reopen, approve, return, list (who submitted what), show")
    per = per.add_subparsers(dest="action", required=True)
    for action, helptext, needs_reason in (
        ("submit", "submit a unit's month (locks its records; commander)", False),
        ("reopen", "reopen a submitted month, with a reason (commander)", True),
        ("approve", "approve a month of a unit below (level above)", False),
        ("return", "return a month of a unit below, with a reason (level above)", True),
    ):
        p = per.add_parser(action, parents=[common], help=helptext)
        p.add_argument("--unit", required=True)
        p.add_argument("--month", required=True, help="YYYY-MM")
        if needs_reason:
            p.add_argument("--reason", required=True)
        else:
            p.add_argument("--note", default="")
        p.set_defaults(handler=cmd_change, period_action=action)
    p = per.add_parser("list", parents=[common], help="which units submitted which months")
    p.add_argument("--unit", help="this unit and those below it (default: this store's unit)")
    p.add_argument("--from", dest="month_from", help="YYYY-MM (default: 11 months before --to)")
    p.add_argument("--to", dest="month_to", help="YYYY-MM (default: this month)")
    p.set_defaults(handler=cmd_list)
    p = per.add_parser("show", parents=[common], help="one unit's month: status, history, changes after submission")
    p.add_argument("--unit", required=True)
    p.add_argument("--month", required=True)
    p.set_defaults(handler=cmd_show)


def cmd_change(args) -> int:
    store = store_for(args)
    data = periods.change_status(store, args.period_action, args.unit, args.month,
                                 reason=getattr(args, "reason", ""), note=getattr(args, "note", ""))
    emit(args, data, f"{data['unit_code']} {periods.month_label(data['month'])}: "
                     f"{periods.status_label(data['status'], current_language())}")
    if args.period_action == "submit":
        from app.cli.record_cmds import print_warnings
        from app.domain import figure_rules

        print_warnings(figure_rules.check_month(store, data["unit_code"], data["month"]))
    return 0


def _default_range(month_to: str | None) -> tuple[str, str]:
    today = dt.date.today()
    last = periods.parse_month(month_to, "to") if month_to else f"{today.year:04d}-{today.month:02d}"
    y, m = int(last[:4]), int(last[5:]) - 11
    while m < 1:
        y, m = y - 1, m + 12
    return f"{y:04d}-{m:02d}", last


def cmd_list(args) -> int:
    store = store_for(args)
    first, last = _default_range(args.month_to)
    grid = periods.completeness(store, args.month_from or first, args.month_to or last, args.unit)
    lang = current_language()
    rows = [[u["code"], u["name"], *(periods.status_label(u["statuses"][m], lang) for m in grid["months"])]
            for u in grid["units"]]
    rows.append(["", "Σ", *(f"{grid['submitted'][m]}/{grid['due'][m]}" for m in grid["months"])])
    emit(args, grid, table(rows, ["đơn vị / unit", "tên / name", *(periods.month_label(m) for m in grid["months"])]))
    return 0


def cmd_show(args) -> int:
    store = store_for(args)
    month = periods.parse_month(args.month)
    data = periods.get_period(store, args.unit, month) or {"unit_code": args.unit, "month": month,
                                                          "status": periods.OPEN, "history": []}
    late = periods.changed_after_submission(store, args.unit, month)
    lang = current_language()
    text = "\n".join([
        f"{args.unit} {periods.month_label(month)}: {periods.status_label(data['status'], lang)}",
        table([(formatting.format_stamp(h["at"]), periods.status_label(h["status"], lang), h["by"],
                h.get("reason") or h.get("note") or "") for h in data.get("history", [])],
              ["lúc / at", "trạng thái / status", "người / by", "lý do, ghi chú / reason, note"]),
        *([table([(formatting.format_stamp(v["claimed_at"]), readable.doc_type_name(v["doc_type"], lang), v["doc_id"],
                   v["author"]) for v in late],
                 ["ghi lúc / written at", "loại / type", "tài liệu / document", "người ghi / author"])] if late else []),
    ])
    emit(args, {**data, "changed_after_submission": late}, text)
    return 0
