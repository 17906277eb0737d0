"""`antt rating …` (places rated "Safe on security and order") and `antt plan …` (plans, tasks, progress)."""

from __future__ import annotations

from app.cli.arguments import whole_number
from app.domain.validation import non_negative_int
from app.errors import ValidationError
from app.cli.context import store_for
from app.cli.output import emit, table
from app.domain import place_ratings, plans, vocab
from app.domain.figures import parse_figure_spec
from app.i18n import current_language


def register(sub, common) -> None:
    rating = sub.add_parser("rating", help="yearly ratings of places").add_subparsers(dest="action", required=True)
    p = rating.add_parser("thresholds", parents=[common], help="set the province's class thresholds for a year")
    p.add_argument("--unit", required=True)
    p.add_argument("--year", required=True)
    p.add_argument("--excellent", required=True)
    p.add_argument("--good", required=True)
    p.add_argument("--average", required=True)
    p.set_defaults(handler=cmd_thresholds)
    p = rating.add_parser("score", parents=[common], help="score a place for a year")
    p.add_argument("--unit", required=True)
    p.add_argument("--year", required=True)
    p.add_argument("--kind", required=True, choices=vocab.codes("rating_place_kinds"))
    p.add_argument("--place", required=True)
    p.add_argument("scores", nargs="+", metavar="CRITERION=POINTS")
    p.add_argument("--recognised", action="store_true", help="meets the Safe on security and order standard")
    p.add_argument("--decision-no")
    p.add_argument("--decision-date")
    p.set_defaults(handler=cmd_score)
    p = rating.add_parser("list", parents=[common], help="rated places of a year, with their class")
    p.add_argument("--year", required=True, type=whole_number)
    p.add_argument("--unit")
    p.set_defaults(handler=cmd_rating_list)
    p = rating.add_parser("summary", parents=[common], help="places per class and recognition shares, per year")
    p.add_argument("--years", required=True, help="e.g. 2024,2025 or 2021-2025")
    p.add_argument("--unit")
    p.set_defaults(handler=cmd_rating_summary)

    plan = sub.add_parser("plan", help="plans, tasks and progress").add_subparsers(dest="action", required=True)
    p = plan.add_parser("add", parents=[common], help="a plan of this level; prints its id")
    p.add_argument("--unit", required=True)
    p.add_argument("--number", required=True)
    p.add_argument("--date", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--implements", default="")
    p.set_defaults(handler=cmd_plan_add)
    p = plan.add_parser("task", parents=[common], help="a task of a plan, assigned to units; prints its id")
    p.add_argument("--plan", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--deadline", required=True)
    p.add_argument("--unit", action="append", required=True, dest="units")
    p.set_defaults(handler=cmd_task_add)
    p = plan.add_parser("progress", parents=[common], help="report a unit's progress on a task")
    p.add_argument("--task", required=True)
    p.add_argument("--unit", required=True)
    p.add_argument("--status", required=True, choices=vocab.codes("plan_task_statuses"))
    p.add_argument("--date", required=True)
    p.add_argument("--note", default="")
    p.add_argument("evidence", nargs="*", metavar="NAME=FIGURE")
    p.set_defaults(handler=cmd_progress)
    p = plan.add_parser("review", parents=[common], help="record an inspection or review of a plan")
    p.add_argument("--plan", required=True)
    p.add_argument("--kind", required=True, choices=vocab.codes("plan_review_kinds"))
    p.add_argument("--date", required=True)
    p.add_argument("--findings", required=True)
    p.add_argument("--unit")
    p.set_defaults(handler=cmd_review)
    p = plan.add_parser("list", parents=[common], help="plans")
    p.set_defaults(handler=cmd_plan_list)
    p = plan.add_parser("show", parents=[common], help="a plan's tasks and progress per unit")
    p.add_argument("id")
    p.add_argument("--unit")
    p.set_defaults(handler=cmd_plan_show)
    p = plan.add_parser("overdue", parents=[common], help="overdue tasks of every plan")
    p.add_argument("--unit")
    p.set_defaults(handler=cmd_overdue)


def _years(text: str) -> list[int]:
    """`2024-2026` or `2024,2026`: years from 1900 to 2999, at most a hundred of them."""
    if "-" in text.strip()[1:]:
        lo, hi = text.split("-", 1)
        first, last = _year(lo), _year(hi)
        if not 0 <= last - first < 100:
            raise ValidationError("not_between", field="year", value=text, low=first, high=first + 99)
        return list(range(first, last + 1))
    years = [_year(y) for y in text.split(",") if y.strip()]
    if not years:
        raise ValidationError("required", field="year")
    return years


def _year(text: str) -> int:
    year = non_negative_int(text, "year", allow_none=False)
    if not 1900 <= year <= 2999:
        raise ValidationError("not_between", field="year", value=text, low=1900, high=2999)
    return year


def cmd_thresholds(args) -> int:
    data = place_ratings.set_thresholds(store_for(args), args.unit, args.year, args.excellent, args.good, args.average)
    emit(args, data, f"{data['excellent']:g} / {data['good']:g} / {data['average']:g}")
    return 0


def cmd_score(args) -> int:
    scores = dict(parse_figure_spec(s) for s in args.scores)
    result = place_ratings.rate_place(store_for(args), args.unit, args.year, args.kind, args.place, scores,
                                      args.recognised, args.decision_no, args.decision_date)
    lang = current_language()
    emit(args, result, f"{result['total']:g} — {vocab.label('rating_classes', result['class'], lang)}")
    return 0


def cmd_rating_list(args) -> int:
    rows = place_ratings.list_ratings(store_for(args), args.year, args.unit)
    lang = current_language()
    emit(args, rows, table([(r["unit_code"], vocab.label("rating_place_kinds", r["place_kind"], lang), r["place_name"],
                             f"{r['total']:g}", vocab.label("rating_classes", r["class"], lang),
                             "✓" if r["recognised"] else "") for r in rows],
                           ["unit", "kind", "place", "score", "class", "safe"]))
    return 0


def cmd_rating_summary(args) -> int:
    rows = place_ratings.province_view(store_for(args), _years(args.years), args.unit)
    emit(args, rows, table([(r["year"], r["rated"], *r["by_class"].values(),
                             f"{r['residential_areas_recognised']}/{r['residential_areas_rated']}",
                             f"{r['communes_recognised']}/{r['communes_rated']}") for r in rows],
                           ["year", "rated", *place_ratings.CLASSES, "areas safe", "communes safe"]))
    return 0


def cmd_plan_add(args) -> int:
    plan_id = plans.add_plan(store_for(args), args.unit, args.number, args.date, args.title, args.implements)
    emit(args, {"id": plan_id}, plan_id)
    return 0


def cmd_task_add(args) -> int:
    task_id = plans.add_task(store_for(args), args.plan, args.title, args.deadline, args.units)
    emit(args, {"id": task_id}, task_id)
    return 0


def cmd_progress(args) -> int:
    evidence = dict(parse_figure_spec(e) for e in args.evidence)
    doc_id = plans.report_progress(store_for(args), args.task, args.unit, args.status, args.date, args.note, evidence)
    emit(args, {"id": doc_id}, doc_id)
    return 0


def cmd_review(args) -> int:
    review_id = plans.add_review(store_for(args), args.plan, args.kind, args.date, args.findings, args.unit)
    emit(args, {"id": review_id}, review_id)
    return 0


def cmd_plan_list(args) -> int:
    rows = plans.list_plans(store_for(args))
    emit(args, rows, table([(r["id"], r["number"], r["date"], r["title"]) for r in rows],
                           ["id", "number", "date", "title"]))
    return 0


def cmd_plan_show(args) -> int:
    result = plans.plan_progress(store_for(args), args.id, unit=args.unit)
    lang = current_language()
    emit(args, result, table([(a["deadline"], a["title"], a["unit_code"],
                               vocab.label("plan_task_statuses", a["status"], lang), "!" if a["overdue"] else "")
                              for a in result["assignments"]], ["deadline", "task", "unit", "status", "overdue"]))
    return 0


def cmd_overdue(args) -> int:
    rows = plans.overdue_tasks(store_for(args), unit=args.unit)
    emit(args, rows, table([(r["plan_number"], r["deadline"], r["title"], r["unit_code"]) for r in rows],
                           ["plan", "deadline", "task", "unit"]))
    return 0
