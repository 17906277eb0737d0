"""`antt report monthly|summary|receipt|models|ratings|plan ... --out FILE(.pdf|.xlsx|.csv)`.

The command line's side of :func:`app.reports.writer.write_report`, the one door to every report (the
GUI's Báo cáo page uses it too). :func:`register` follows the core CLI's pattern (``COMMAND_MODULES``);
a refusal is an AnttError, printed by the CLI's one handler in the language of ``--lang``.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.domain.validation import parse_date


def register(sub, common) -> None:
    """Add `antt report ...` to the core CLI (listed in app.cli.COMMAND_MODULES)."""
    rep = sub.add_parser("report", help="print reports: PDF forms, or their tables as .xlsx/.csv")
    acts = rep.add_subparsers(dest="action", required=True)

    def add(name: str, help_: str):
        p = acts.add_parser(name, parents=[common], help=help_)
        p.add_argument("--out", required=True, type=Path, help="FILE.pdf, FILE.xlsx or FILE.csv")
        p.add_argument("--number", default="", help="document number and symbol, e.g. 12/BC-CAX")
        p.add_argument("--date", dest="issued_on", help="date of issue YYYY-MM-DD (default: today)")
        p.add_argument("--signer", default="", help="name of the signer (default: the officer of this store)")
        p.add_argument("--signer-title", default="", help="title of the signer, e.g. Trưởng Công an xã")
        p.add_argument("--capacity", default="", help="signing capacity line, e.g. 'KT. Trưởng Công an xã'")
        p.set_defaults(handler=cmd_report, kind=name)
        return p

    p = add("monthly", "the periodic report of a unit over everything below it (month, quarter, 6/9 months, year)")
    p.add_argument("--unit", required=True)
    _period_options(p)
    p = add("summary", "consolidated summary of a unit and the units below it, over any period")
    p.add_argument("--unit", help="default: this store's unit")
    _period_options(p)
    p.add_argument("--grouping", choices=("end", "time"), default="end",
                   help="units as organised on the last day (end, default) or as organised at the time (time)")
    p = add("receipt", "the receipt (biên bản tiếp nhận) of one surrender")
    p.add_argument("id")
    p = add("models", "register of models of a unit and the units below it")
    p.add_argument("--unit", help="default: this store's unit")
    p = add("ratings", "ratings register of a year: classes, weak places, 'Safe on security and order' recognition")
    p.add_argument("--year", required=True)
    p.add_argument("--unit", help="only this unit and the units below it (default: every rated place)")
    p = add("plan", "progress report of a plan: tasks, status per unit, overdue, reviews")
    p.add_argument("--plan", dest="plan_id", required=True, help="the plan's id (antt plan list)")
    p.add_argument("--unit", help="only this unit's part (and the units below it)")


PERIOD_FLAGS = (("quarter", "YYYY-Qn, e.g. 2026-Q4"), ("half", "YYYY-H1 or YYYY-H2 (6 months, sơ kết)"),
                ("nine_months", "YYYY (9 months)"), ("year", "YYYY (the year, tổng kết)"))


def _period_options(p) -> None:
    """One reporting period: --month, --quarter, --half, --nine-months, --year, or --from and --to.
    Dates follow the cut-off rule of this installation (`antt settings cutoff`)."""
    g = p.add_mutually_exclusive_group()
    g.add_argument("--month", help="YYYY-MM")
    for name, help_ in PERIOD_FLAGS:
        g.add_argument(f"--{name.replace('_', '-')}", dest=name, help=help_)
    g.add_argument("--from", dest="date_from", help="YYYY-MM-DD (with --to: any range)")
    p.add_argument("--to", dest="date_to", help="YYYY-MM-DD")


def _asked_period(args) -> tuple[str, str] | None:
    for name, _ in PERIOD_FLAGS:
        value = getattr(args, name, None)
        if value:
            return name, value
    return None


def cmd_report(args) -> int:
    from app.cli.context import store_for
    from app.cli.output import emit
    from app.i18n import current_language
    from app.reports.writer import write_report

    store = store_for(args)
    try:
        issued = parse_date(args.issued_on, "date") if args.issued_on else None
        path = write_report(
            store, args.kind, args.out, unit=getattr(args, "unit", None), month=getattr(args, "month", None),
            date_from=getattr(args, "date_from", None), date_to=getattr(args, "date_to", None),
            receipt_id=getattr(args, "id", None), year=getattr(args, "year", None),
            plan_id=getattr(args, "plan_id", None), lang=current_language(), number=args.number,
            issued_on=dt.date.fromisoformat(issued) if issued else None, signer=args.signer,
            signer_title=args.signer_title, capacity=args.capacity, period=_asked_period(args),
            grouping=getattr(args, "grouping", "end"))
    finally:
        store.close()
    emit(args, {"path": str(path), "kind": args.kind}, str(path))
    return 0
