"""`antt demo` and `antt check`."""

from __future__ import annotations

import sys
import time

from app.cli.arguments import whole_number
from app.cli.context import store_for
from app.cli.output import emit
from app.domain import check, demo, over_limit


def register(sub, common) -> None:
    p = sub.add_parser("demo", parents=[common], help="fill the store with plausible demo data")
    p.add_argument("--units", type=whole_number, default=20)
    p.add_argument("--months", type=whole_number, default=12)
    p.add_argument("--seed", type=whole_number, default=1)
    p.set_defaults(handler=cmd_demo)
    p = sub.add_parser("check", parents=[common], help="check that the store is whole and consistent")
    p.add_argument("--quick", action="store_true", help="skip the version-by-version check")
    p.set_defaults(handler=cmd_check)


def cmd_demo(args) -> int:
    store = store_for(args, must_be_initialised=False)
    started = time.perf_counter()
    counts = demo.generate(store, units=args.units, months=args.months, seed=args.seed)
    counts["seconds"] = round(time.perf_counter() - started, 2)
    emit(args, counts, ", ".join(f"{k}: {v}" for k, v in counts.items()))
    return 0


def cmd_check(args) -> int:
    store = store_for(args, must_be_initialised=False)
    problems = check.check_store(store, deep=not args.quick)
    # issue 18: records from before the size limits are listed (not damage: they only wait to be shortened)
    too_long = over_limit.current_records(store) if store.home_unit else []
    lines = (problems or ["OK"]) + over_limit.check_lines(store) if too_long else problems or ["OK"]
    emit(args, {"ok": not problems, "problems": problems, "over_limit": [
        {"doc_id": r.doc_id, "doc_type": r.doc_type, "unit": r.unit_code, "what": r.what()} for r in too_long]},
        "\n".join(lines))
    if problems and not getattr(args, "json", False):
        print(f"{len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0
