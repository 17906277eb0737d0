"""`antt init` and `antt unit add|list` (and, from app/cli/unit_cmds.py, merge|split|rename|move|end|history)."""

from __future__ import annotations

from app.cli.context import store_for
from app.cli.output import emit, table
from app.domain import setup, units, vocab
from app.i18n import current_language


def register(sub, common) -> None:
    p = sub.add_parser("init", parents=[common], help="set up the store for this installation's unit")
    p.add_argument("--unit-code", required=True)
    p.add_argument("--unit-name", required=True)
    p.add_argument("--unit-kind", required=True, choices=vocab.codes("unit_kinds"))
    p.add_argument("--parent-code")
    p.add_argument("--parent-name", help="name of the parent unit, if this store does not know it yet")
    p.add_argument("--place", default="", help="place name printed on forms, e.g. Lạng Sơn")
    p.add_argument("--officer", default="", help="name of the officer using this laptop")
    p.set_defaults(handler=cmd_init)

    unit = sub.add_parser("unit", help="units (reference data)").add_subparsers(dest="action", required=True)
    p = unit.add_parser("add", parents=[common], help="add a unit")
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=vocab.codes("unit_kinds"))
    p.add_argument("--parent-code")
    p.add_argument("--place", default="")
    p.set_defaults(handler=cmd_unit_add)
    p = unit.add_parser("list", parents=[common], help="list units")
    p.add_argument("--under", help="only this unit and those below it")
    p.set_defaults(handler=cmd_unit_list)
    from app.cli import unit_cmds

    unit_cmds.register(unit, common)


def cmd_init(args) -> int:
    store = store_for(args, must_be_initialised=False)
    unit = setup.initialise(
        store, args.unit_code, args.unit_name, args.unit_kind, args.parent_code, args.parent_name,
        place=args.place, officer=args.officer, lang=current_language(),
    )
    emit(args, {"unit": unit.code, "device_id": store.device_id, "db": str(store.path)},
         f"{unit.code} — {unit.name}\n{store.path}")
    return 0


def _unit_json(u: units.Unit) -> dict:
    return {"code": u.code, "name": u.name, "kind": u.kind, "parent_code": u.parent_code, "place": u.place,
            "retired": u.retired}


def cmd_unit_add(args) -> int:
    store = store_for(args)
    u = units.add_unit(store, args.code, args.name, args.kind, args.parent_code, args.place)
    emit(args, _unit_json(u), u.code)
    return 0


def cmd_unit_list(args) -> int:
    """Today's units first, then those merged away or ended, each with what happened (issue 20)."""
    from app.domain import unit_list

    store = store_for(args)
    lang = current_language()
    rows = unit_list.unit_list(store, args.under, lang=lang)
    emit(args, [{"code": u.code, "name": u.name, "kind": u.kind, "parent_code": u.parent, "place": u.place,
                 "active": u.active, "status": u.status} for u in rows],
         table([(u.code, u.name, vocab.label("unit_kinds", u.kind, lang), u.parent, u.status) for u in rows],
               ["code", "name", "kind", "parent", "status"]))
    return 0
