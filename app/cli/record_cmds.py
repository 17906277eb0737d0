"""`antt model|activity|surrender|figures|stats`: the records an officer keeps."""

from __future__ import annotations

import sys

from app import formatting
from app.cli.arguments import whole_number
from app.cli.context import store_for
from app.cli.output import emit, table

from app.domain import activities, community_models as cm, figure_entry, figure_rules, figures, stats, surrenders, vocab
from app.domain import reporting_periods as rp
from app.domain import receipt_numbering
from app.domain.units import subtree_codes
from app.domain.validation import parse_month
from app.i18n import current_language

MODEL_FIELDS = (
    ("--place", str), ("--leader", str), ("--members", str), ("--households", str), ("--border-km", str),
    ("--markers", str), ("--replicated-from", str), ("--note", str),
)


def _model_field_args(p, *, for_update: bool) -> None:
    if for_update:
        p.add_argument("--name")
        p.add_argument("--type", choices=vocab.codes("model_types"))
        p.add_argument("--established")
    for flag, kind in MODEL_FIELDS:
        p.add_argument(flag, type=kind)
    p.add_argument("--replicated-to", action="append", help="a place the model was replicated to (repeatable)")


def register(sub, common) -> None:
    model = sub.add_parser("model", help="self-management models").add_subparsers(dest="action", required=True)
    p = model.add_parser("add", parents=[common], help="add a model; prints its id")
    p.add_argument("--unit", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--type", required=True, choices=vocab.codes("model_types"))
    p.add_argument("--established", required=True, help="YYYY-MM-DD")
    _model_field_args(p, for_update=False)
    p.set_defaults(handler=cmd_model_add)
    p = model.add_parser("list", parents=[common], help="list models")
    p.add_argument("--unit", help="this unit and those below it")
    p.add_argument("--status", choices=vocab.codes("model_statuses"))
    p.add_argument("--type", choices=vocab.codes("model_types"))
    p.add_argument("--search")
    p.set_defaults(handler=cmd_model_list)
    p = model.add_parser("show", parents=[common], help="one model with its activities")
    p.add_argument("id")
    p.set_defaults(handler=cmd_model_show)
    p = model.add_parser("update", parents=[common], help="change fields of a model")
    p.add_argument("id")
    _model_field_args(p, for_update=True)
    p.add_argument("--recognise", choices=vocab.codes("recognition_levels"), help="record a recognition at this level")
    p.add_argument("--decision-no")
    p.add_argument("--decision-date")
    p.add_argument("--rate-year", type=whole_number, help="record the yearly rating of this year")
    p.add_argument("--rating", choices=vocab.codes("model_ratings"))
    p.set_defaults(handler=cmd_model_update)
    p = model.add_parser("end", parents=[common], help="end (thanh loại) a model with a reason")
    p.add_argument("id")
    p.add_argument("--date", required=True)
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_model_end)

    act = sub.add_parser("activity", help="activities of models").add_subparsers(dest="action", required=True)
    p = act.add_parser("add", parents=[common], help="log an activity; prints its id")
    p.add_argument("--model", required=True)
    p.add_argument("--date", required=True)
    p.add_argument("--kind", required=True, choices=vocab.codes("activity_kinds"))
    p.add_argument("--participants")
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_activity_add)
    p = act.add_parser("list", parents=[common], help="list activities")
    p.add_argument("--model")
    p.add_argument("--unit")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.set_defaults(handler=cmd_activity_list)

    sur = sub.add_parser("surrender", help="surrender receipts").add_subparsers(dest="action", required=True)
    p = sur.add_parser("add", parents=[common], help="record a receipt; prints its id and number")
    p.add_argument("--unit", required=True)
    p.add_argument("--date", required=True)
    p.add_argument("--item", action="append", required=True, metavar="CODE=QTY[:UNIT]")
    p.add_argument("--from", dest="person_name", default="", help="name of the person handing in")
    p.add_argument("--owner-unknown", action="store_true", help="found, owner unknown")
    p.add_argument("--method", default="voluntary", choices=vocab.codes("surrender_methods"))
    p.add_argument("--received-by", default="")
    p.add_argument("--rank", default="")
    p.add_argument("--place", default="")
    p.add_argument("--time", default="")
    p.add_argument("--witness", action="append", default=[])
    p.add_argument("--number", help="receipt number (default: the next of the unit's year)")
    p.add_argument("--birth-year")
    p.add_argument("--id-number", default="")
    p.add_argument("--address", default="")
    p.add_argument("--note", default="")
    p.set_defaults(handler=cmd_surrender_add)
    p = sur.add_parser("list", parents=[common], help="list receipts")
    p.add_argument("--unit")
    p.add_argument("--from", dest="date_from")
    p.add_argument("--to", dest="date_to")
    p.add_argument("--category")
    p.add_argument("--limit", type=whole_number)
    p.set_defaults(handler=cmd_surrender_list)
    p = sur.add_parser("edit", parents=[common],
                       help="change a receipt's texts (e.g. shorten one an older version wrote past the limits)")
    p.add_argument("id")
    for flag, dest in (("--from", "person_name"), ("--received-by", "received_by"), ("--rank", "received_rank"),
                       ("--place", "place"), ("--time", "time"), ("--note", "note"), ("--id-number", "id_number"),
                       ("--address", "address")):
        p.add_argument(flag, dest=dest)
    p.add_argument("--witness", action="append", help="replaces the witnesses (repeatable)")
    p.set_defaults(handler=cmd_surrender_edit)
    p = sur.add_parser("show", parents=[common], help="one receipt with its lines")
    p.add_argument("id")
    p.set_defaults(handler=cmd_surrender_show)

    fig = sub.add_parser("figures", help="monthly figures").add_subparsers(dest="action", required=True)
    p = fig.add_parser("set", parents=[common], help="enter indicators of a unit's month")
    p.add_argument("--unit", required=True)
    p.add_argument("--month", required=True, help="YYYY-MM")
    p.add_argument("values", nargs="+", metavar="INDICATOR=VALUE")
    p.set_defaults(handler=cmd_figures_set)
    p = fig.add_parser("show", parents=[common], help="a unit's month: entered and computed values")
    p.add_argument("--unit", required=True)
    p.add_argument("--month", required=True)
    p.set_defaults(handler=cmd_figures_show)

    p = sub.add_parser("stats", parents=[common], help="totals of surrendered items over a period")
    p.add_argument("--from", dest="date_from", required=True)
    p.add_argument("--to", dest="date_to", required=True)
    p.add_argument("--unit", help="this unit and those below it")
    p.add_argument("--by", default="item", choices=stats.GROUPINGS)
    p.set_defaults(handler=cmd_stats)


def _units(store, code):
    return subtree_codes(store, code) if code else None


# ---------------------------------------------------------------- models

def _model_fields(args) -> dict:
    fields = {}
    for name in ("name", "type", "established", "place", "leader", "members", "households", "border_km", "markers",
                 "replicated_from", "note", "replicated_to"):
        value = getattr(args, name, None)
        if value is not None:
            fields[name] = value
    return fields


def cmd_model_add(args) -> int:
    store = store_for(args)
    m = cm.add_model(store, unit_code=args.unit, **_model_fields(args))
    emit(args, {"id": m.id, **m.data}, m.id)
    return 0


def cmd_model_list(args) -> int:
    store = store_for(args)
    rows = cm.list_models(store, _units(store, args.unit), args.status, args.type, args.search)
    lang = current_language()
    emit(args, rows, table(
        [(r["id"], r["unit_code"], r["name"], vocab.label("model_types", r["type"], lang), r["place"],
          _day(r["established"]), vocab.label("model_statuses", r["status"], lang)) for r in rows],
        ["mã / id", "đơn vị / unit", "tên / name", "loại / type", "địa bàn / place", "thành lập / established",
         "tình trạng / status"]))
    return 0


def cmd_model_show(args) -> int:
    store = store_for(args)
    m = cm.get_model(store, args.id)
    acts = activities.list_activities(store, model_id=m.id)
    lang = current_language()
    text = "\n".join(f"{k}: {v}" for k, v in m.data.items()) + "\n\n" + table(
        [(_day(a["date"]), vocab.label("activity_kinds", a["kind"], lang), a["participants"], a["note"]) for a in acts],
        ["ngày / date", "hình thức / kind", "số người / participants", "ghi chú / note"])
    emit(args, {"id": m.id, **m.data, "activities": acts}, text)
    return 0


def cmd_model_update(args) -> int:
    store = store_for(args)
    with store.transaction():
        fields = _model_fields(args)
        m = cm.update_model(store, args.id, **fields) if fields else cm.get_model(store, args.id)
        if args.recognise:
            m = cm.recognise_model(store, args.id, args.recognise, args.decision_no, args.decision_date)
        if args.rate_year is not None:
            cm.rate_model(store, args.id, args.rate_year, args.rating)
    emit(args, {"id": m.id, **m.data}, m.id)
    return 0


def cmd_model_end(args) -> int:
    store = store_for(args)
    m = cm.end_model(store, args.id, args.date, args.reason)
    emit(args, {"id": m.id, **m.data}, m.id)
    return 0


# ---------------------------------------------------------------- activities

def cmd_activity_add(args) -> int:
    store = store_for(args)
    activity_id = activities.add_activity(store, args.model, args.date, args.kind, args.participants, args.note)
    emit(args, {"id": activity_id}, activity_id)
    return 0


def cmd_activity_list(args) -> int:
    store = store_for(args)
    rows = activities.list_activities(store, args.model, _units(store, args.unit), args.date_from, args.date_to)
    lang = current_language()
    emit(args, rows, table(
        [(r["id"], _day(r["date"]), r["model_name"], vocab.label("activity_kinds", r["kind"], lang), r["participants"])
         for r in rows], ["mã / id", "ngày / date", "mô hình / model", "hình thức / kind", "số người / participants"]))
    return 0


# ---------------------------------------------------------------- surrenders

def cmd_surrender_add(args) -> int:
    store = store_for(args)
    lines = [surrenders.parse_item_spec(spec) for spec in args.item]
    person = surrenders.Person(args.birth_year, args.id_number, args.address)
    r = surrenders.add_surrender(
        store, person=person, unit_code=args.unit, date=args.date, lines=lines, method=args.method,
        person_name=args.person_name, owner_unknown=args.owner_unknown, received_by=args.received_by,
        received_rank=args.rank, place=args.place, time=args.time, witnesses=args.witness, number=args.number,
        note=args.note,
    )
    number = receipt_numbering.label(store, r.data["unit_code"], r.data["date"], r.data["number"])
    emit(args, {"id": r.id, **r.data}, f"{r.id}  {number}/{r.data['date'][:4]}")
    return 0


def cmd_surrender_edit(args) -> int:
    """Only the texts given change; the number, date and lines stay (issue 18: the way to shorten a field)."""
    store = store_for(args)
    fields = {k: getattr(args, k) for k in ("person_name", "received_by", "received_rank", "place", "time", "note")
              if getattr(args, k) is not None}
    if args.witness is not None:
        fields["witnesses"] = args.witness
    person = None
    if args.id_number is not None or args.address is not None:
        now = surrenders.get_surrender(store, args.id).person
        person = surrenders.Person(now.birth_year, now.id_number if args.id_number is None else args.id_number,
                                   now.address if args.address is None else args.address)
    r = surrenders.update_surrender(store, args.id, person=person, **fields)
    emit(args, {"id": r.id, **r.data}, f"{r.id}  {r.data['number']}/{r.data['date'][:4]}")
    return 0


def cmd_surrender_list(args) -> int:
    store = store_for(args)
    rows = surrenders.list_surrenders(store, _units(store, args.unit), args.date_from, args.date_to, args.category,
                                      args.limit)
    emit(args, rows, table(
        [(r["id"], r["unit_code"], f"{r['label']}/{r['year']}",
          _day(r["date"]), r["person_name"] or "—", r["lines"])
         for r in rows], ["mã / id", "đơn vị / unit", "số / number", "ngày / date", "người giao / from",
                          "số dòng / lines"]))
    return 0


def cmd_surrender_show(args) -> int:
    store = store_for(args)
    r = surrenders.get_surrender(store, args.id)
    d = r.data
    lang = current_language()
    text = "\n".join([
        f"{d['number']}/{d['date'][:4]}  {d['unit_code']}  {_day(d['date'])} {d.get('time', '')}",
        f"người giao / from: {d['person_name'] or '—'}  hình thức / method: "
        f"{vocab.label('surrender_methods', d['method'], lang)}  người nhận / received by: {d['received_by']}",
        table([(l["item_code"], formatting.format_number(l["quantity"], lang), l["unit"], l["serial"], l["condition"])
               for l in d["lines"]],
              ["hiện vật / item", "số lượng / quantity", "đơn vị tính / unit", "số hiệu / serial",
               "tình trạng / condition"]),
    ])
    emit(args, {"id": r.id, **d, "person": r.person.__dict__}, text)
    return 0


# ---------------------------------------------------------------- figures and stats

def cmd_figures_set(args) -> int:
    store = store_for(args)
    values = dict(figures.parse_figure_spec(v) for v in args.values)
    merged = figure_entry.set_figures(store, args.unit, args.month, values)  # refuses what cannot be true
    emit(args, merged, table(sorted(merged.items()), ["chỉ tiêu / indicator", "số liệu / value"]))
    print_warnings(figure_rules.check_month(store, args.unit, args.month))
    return 0


def print_warnings(findings) -> None:
    """The soft rules a month breaks, one line each on stderr (stdout stays the result, JSON or text)."""
    for f in findings:
        if not f.refuses:
            print(f.message(current_language()), file=sys.stderr)


def cmd_figures_show(args) -> int:
    store = store_for(args)
    grid = figures.figures_grid(store, args.unit, args.month)
    lang = current_language()
    period = rp.parse_period("month", parse_month(args.month), rp.cutoff_rule(store))
    emit(args, [{"code": g["code"], "entered": g["entered"], "computed": g["computed"]} for g in grid],
         f"{period.label(lang)} ({period.span(lang)})\n" + table(
        [(g["code"], g["name_" + lang], g["entered"], g["computed"]) for g in grid],
        ["mã / indicator", "chỉ tiêu / name", "đã nhập / entered", "từ sổ sách / from records"]))
    return 0


def cmd_stats(args) -> int:
    store = store_for(args)
    rows = stats.stats(store, args.date_from, args.date_to, args.unit, args.by)
    key = {"unit": "unit_code", "month": "month"}.get(args.by)
    headers = ([key] if key else []) + (["category"] if args.by == "category" else ["item"]) + ["quantity", "unit"]
    lang = current_language()
    # the text is read by people: 2.028 and 8,1 in Vietnamese, the unit of count in their language;
    # --json keeps plain numbers for scripts
    emit(args, rows, table(
        [([r[key]] if key else []) + [r["category"] if args.by == "category" else r["item_code"],
                                      formatting.format_number(r["quantity"], lang),
                                      r["unit"] if lang == "vi" else r.get("unit_en") or r["unit"]]
         for r in rows], headers))
    return 0


def _day(iso: str | None) -> str:
    """A stored date (2026-03-01) as officers write it (01/03/2026); JSON output keeps ISO."""
    return formatting.format_stamp(iso)
