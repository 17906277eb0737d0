"""One unit by its code, and which kind of unit may sit under which: reads only, below the write path
(app/domain/versions.py), so that the rules every local write passes (app/domain/guard.py, authority.py,
organisation.py) read units without importing it. app/domain/units.py keeps these names for its callers.
"""

from __future__ import annotations

from dataclasses import dataclass

import orjson

from app.errors import NotFound
from app.store.db import Store

# Which kind of unit may sit under which (None: top of a tree).
ALLOWED_PARENTS = {
    "national": {None},
    "provincial_police": {None, "national"},
    "bg_command": {None, "national"},
    "commune_police": {"provincial_police"},
    "border_post": {"bg_command"},
}


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    kind: str
    parent_code: str | None
    place: str
    retired: bool
    data: dict


def get_unit(store: Store, code: str) -> Unit:
    row = store.conn.execute(
        "SELECT code, name, kind, parent_code, place, retired, data FROM units WHERE code = ?", (code,)
    ).fetchone()
    if row is None:
        raise NotFound("unknown_unit", code=code)
    return Unit(row[0], row[1], row[2], row[3], row[4], bool(row[5]), orjson.loads(row[6]))


def find_unit(store: Store, code: str) -> Unit | None:
    try:
        return get_unit(store, code)
    except NotFound:
        return None
