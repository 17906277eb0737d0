"""`antt demo` and `antt check`."""

from __future__ import annotations

import sys
import time

from app.cli.arguments import whole_number
from app.cli.context import store_for
from app.cli.output import emit
from app.domain import check, demo


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
    emit(args, {"ok": not problems, "problems": problems}, "\n".join(problems) if problems else "OK")
    if problems and not getattr(args, "json", False):
        print(f"{len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0
