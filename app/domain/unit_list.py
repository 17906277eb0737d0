"""The unit list as an officer reads it on a day (issue 20): today's names and parents, the units in activity
first, those merged away, split or ended after them with what became of them, and a change recorded for a later
date beside today's state. Above both app/domain/organisation.py (the organisation on any day, read by the write
rules) and app/domain/units.py (the write path of units), which it reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.collation import sort_key
from app.domain.organisation import organisation_on, scheduled_changes, successors_on
from app.domain.units import list_units
from app.i18n import t
from app.store.db import Store


@dataclass(frozen=True)
class ListedUnit:
    """A unit as a list shows it on a day: today's name and parent, whether new records may be made for it,
    and one phrase saying what happened or will happen to it ("đã sáp nhập vào … từ 01/07/2025")."""

    code: str
    kind: str
    name: str
    parent: str | None
    place: str
    active: bool
    status: str = ""


def _when(iso: str) -> str:
    return dt.date.fromisoformat(iso).strftime("%d/%m/%Y")


def unit_list(store: Store, under: str | None = None, day: str | None = None, lang: str | None = None
              ) -> list[ListedUnit]:
    """Every unit (or ``under`` and those below it) as it stands on ``day`` (today): the units in activity first,
    then those merged away or ended, each with its phrase; a change recorded for a later date is named
    beside today's state."""
    day = day or dt.date.today().isoformat()
    units = list_units(store, under)
    org = organisation_on(store, day)  # every unit: the names of successors and parents are those of the day too
    succ = successors_on(store, day)
    ended = dict(store.conn.execute("SELECT code, min(date) FROM unit_changes WHERE field = 'ended' AND date <= ?"
                                    " GROUP BY code", (day,)).fetchall())
    split = {r[0] for r in store.conn.execute("SELECT old_code FROM unit_lineage WHERE main = 0 AND date <= ?", (day,))}
    later = scheduled_changes(store, day)
    names = {c: u.name for c, u in org.items()}
    out = []
    for u in units:
        now = org.get(u.code)
        name, parent = (now.name, now.parent) if now else (u.name, u.parent_code)
        if u.code in ended:
            s = succ.get(u.code)
            key = "unit_status_split" if u.code in split else "unit_status_merged" if s else "unit_status_ended"
            status = t(key, lang, successor=f"{names.get(s, s)} ({s})" if s else "", date=_when(ended[u.code]))
        else:
            status = "; ".join(
                t("unit_status_scheduled_" + c.field, lang, date=_when(c.date),
                  value=f"{names.get(c.value, c.value)} ({c.value})" if c.field == "parent" else c.value)
                for c in later.get(u.code, ()))
        out.append(ListedUnit(u.code, u.kind, name, parent, u.place, u.code not in ended, status))
    return sorted(out, key=lambda x: (not x.active, sort_key(x.name), x.code))


def recordable_units(store: Store, under: str | None = None, day: str | None = None) -> list[ListedUnit]:
    """The units a new record may be made for on ``day``: not merged away, split or ended by then."""
    return [u for u in unit_list(store, under, day) if u.active]
