"""`antt unit merge|split|rename|move|end|history` (issue 20): the level above records a reorganisation."""

from __future__ import annotations

from app.cli.context import store_for
from app.cli.output import emit
from app.domain import unit_events
from app.domain.unit_events import Decision
from app.i18n import current_language, t


def _decision_args(p, required: bool) -> None:
    p.add_argument("--date", required=True, help="effective date YYYY-MM-DD")
    p.add_argument("--decision", required=required, default="", help="number of the decision, e.g. 202/2025/QH15")
    p.add_argument("--decision-date", default="", help="date of the decision YYYY-MM-DD")
    p.add_argument("--issuer", default="", help="who issued the decision, e.g. Quốc hội")


def register(unit, common) -> None:
    """Adds the event commands to the `antt unit` subcommands."""
    p = unit.add_parser("merge", parents=[common], help="several units become one, new or existing")
    p.add_argument("codes", nargs="+", metavar="CODE")
    p.add_argument("--into", required=True, help="the unit they become (existing, or new with --name)")
    p.add_argument("--name", default="", help="name of the new unit (or new name of the existing one)")
    p.add_argument("--kind", default="", help="kind of a new unit (default: that of the merged units)")
    p.add_argument("--parent-code", help="parent of a new unit (default: that of the first merged unit)")
    p.add_argument("--numbering", default="", metavar="continue|restart",
                   help="receipt numbers of the successor: continue after the merged units' highest, or restart at 01"
                        " from the date (default: a new unit restarts, an existing one continues)")
    p.add_argument("--prefix", default="", help="printed before restarted numbers of an existing unit, e.g. M (M01)")
    _decision_args(p, True)
    p.set_defaults(handler=cmd_merge)
    p = unit.add_parser("split", parents=[common], help="one unit becomes several")
    p.add_argument("code")
    p.add_argument("--into", required=True, action="append", metavar="CODE[=NAME][:PLACE;PLACE]",
                   help="a new unit, its name if new, and the villages/places whose records go to it; repeat")
    p.add_argument("--by", dest="attribution", choices=unit_events.ATTRIBUTIONS, default="place",
                   help="records attributed by the place recorded, or all to --main (choice)")
    p.add_argument("--main", default="", help="the unit that takes what no place names (default: the first)")
    _decision_args(p, True)
    p.set_defaults(handler=cmd_split)
    p = unit.add_parser("rename", parents=[common], help="a unit takes a new name")
    p.add_argument("code")
    p.add_argument("--name", required=True)
    _decision_args(p, False)
    p.set_defaults(handler=cmd_rename)
    p = unit.add_parser("move", parents=[common], help="a unit moves under another parent")
    p.add_argument("code")
    p.add_argument("--parent", required=True)
    _decision_args(p, False)
    p.set_defaults(handler=cmd_move)
    p = unit.add_parser("end", parents=[common], help="a unit stops, without successor")
    p.add_argument("code")
    p.add_argument("--reason", default="")
    _decision_args(p, True)
    p.set_defaults(handler=cmd_end)
    p = unit.add_parser("history", parents=[common], help="the merges, splits, names and parents of a unit")
    p.add_argument("code")
    p.set_defaults(handler=cmd_history)


def _decision(args) -> Decision:
    return Decision(args.decision, args.decision_date, args.issuer)


def _done(args, store, event: dict) -> int:
    lang = current_language()
    line = unit_events.HistoryLine(event["date"], event["kind"], event)
    text = t("unit_event_applied", lang, text=unit_events.describe(line, _names(store), lang))
    emit(args, event, text)
    return 0


def _names(store) -> dict[str, str]:
    return unit_events.unit_names(store)


def cmd_merge(args) -> int:
    store = store_for(args)
    ev = unit_events.merge(store, args.codes, args.into, args.date, _decision(args), name=args.name, kind=args.kind,
                           parent_code=args.parent_code, numbering=args.numbering, prefix=args.prefix)
    return _done(args, store, ev)


def cmd_split(args) -> int:
    store = store_for(args)
    ev = unit_events.split(store, args.code, [unit_events.parse_part(s) for s in args.into], args.date, _decision(args),
                           attribution=args.attribution, main=args.main)
    return _done(args, store, ev)


def cmd_rename(args) -> int:
    store = store_for(args)
    return _done(args, store, unit_events.rename(store, args.code, args.name, args.date, _decision(args)))


def cmd_move(args) -> int:
    store = store_for(args)
    return _done(args, store, unit_events.move(store, args.code, args.parent, args.date, _decision(args)))


def cmd_end(args) -> int:
    store = store_for(args)
    return _done(args, store, unit_events.end(store, args.code, args.date, _decision(args), args.reason))


def cmd_history(args) -> int:
    store = store_for(args)
    lang = current_language()
    lines = unit_events.history(store, args.code)
    names = _names(store)
    texts = [unit_events.describe(line, names, lang) for line in lines]
    emit(args, [{"date": line.date, "kind": line.kind, "text": text, "event": line.data} for line, text in zip(lines, texts)],
         "\n".join(texts) if texts else t("unit_history_none", lang, code=args.code))
    return 0
