"""The organisation of units on any day, and whose records count for a unit over a period (issue 20).

Records keep the unit they were made under. What changes is how they are grouped, rebuilt here from
the unit events (app/domain/unit_events.py, readable tables ``unit_lineage`` and ``unit_changes``):

* :func:`organisation_on` - every unit's parent, name and existence on a day, in one query (the current
  ``units`` row, corrected by the earliest change after that day);
* :func:`successors_on` - where the records of units that stopped count on a day (a recursive CTE over
  ``unit_lineage``: A merged into C, C later merged into D, gives A -> D);
* :func:`grouping` - for a unit X and a period, the spans (unit code, from, to) whose records count for
  X and the row of the report each goes to: ``by="end"`` groups by the organisation on the period's
  last day (the default), ``by="time"`` as organised at the time, with "nay là …" beside units that
  have since merged or been renamed. Both count the same records, so totals agree.

Report queries join their records to :meth:`Grouping.spans_json` (one set-based join), never a
query per unit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import orjson

from app.collation import sort_key
from app.domain.unit_lookup import get_unit
from app.store.db import Store

BY = ("end", "time")
_MAX_DEPTH = 32  # deeper than any real tree; stops a walk on a damaged one


@dataclass(frozen=True)
class OrgUnit:
    code: str
    kind: str
    parent: str | None
    name: str
    exists: bool  # created on or before the day and not ended on or before it


_RELATED_SQL = """WITH RECURSIVE rel(code) AS (
    SELECT ?1
    UNION SELECT u.code FROM units u JOIN rel r ON u.parent_code = r.code
    UNION SELECT c.code FROM unit_changes c JOIN rel r ON c.field = 'parent' AND c.old_value = r.code
    UNION SELECT c.code FROM unit_changes c JOIN rel r ON c.field = 'parent' AND c.new_value = r.code
    UNION SELECT l.old_code FROM unit_lineage l JOIN rel r ON l.new_code = r.code)
SELECT code FROM rel"""


def related_codes(store: Store, root: str) -> list[str]:
    """Every unit that is, was or became part of ``root`` at some time: below it now, below it before a move,
    or merged or split into one of those (a recursive CTE over units, moves and lineage). A superset of
    whose records can count for ``root`` on any day: the organisation is rebuilt for these only."""
    return [r[0] for r in store.conn.execute(_RELATED_SQL, (root,))]


def organisation_on(store: Store, day: str, codes: list[str] | None = None) -> dict[str, OrgUnit]:
    """Every unit (or those of ``codes``) as it stood on ``day`` (ISO date)."""
    only = " WHERE u.code IN (SELECT value FROM json_each(?2))" if codes is not None else ""
    rows = store.conn.execute(
        """SELECT u.code, u.kind,
                  coalesce((SELECT c.old_value FROM unit_changes c WHERE c.code = u.code AND c.field = 'parent'
                            AND c.date > ?1 ORDER BY c.date LIMIT 1), coalesce(u.parent_code, '')),
                  coalesce((SELECT c.old_value FROM unit_changes c WHERE c.code = u.code AND c.field = 'name'
                            AND c.date > ?1 ORDER BY c.date LIMIT 1), u.name),
                  NOT EXISTS (SELECT 1 FROM unit_changes c WHERE c.code = u.code AND
                              ((c.field = 'ended' AND c.date <= ?1) OR (c.field = 'created' AND c.date > ?1)))
           FROM units u""" + only, (day, orjson.dumps(codes).decode()) if codes is not None else (day,))
    return {r[0]: OrgUnit(r[0], r[1], r[2] or None, r[3], bool(r[4])) for r in rows}


def unit_on(store: Store, code: str, day: str) -> tuple[OrgUnit | None, OrgUnit | None]:
    """``code`` and its parent as they stood on ``day``: the name and parent a form of that day prints (a
    rename or move recorded in advance changes nothing before its effective date)."""
    unit = organisation_on(store, day, [code]).get(code)
    if unit is None or not unit.parent:
        return unit, None
    return unit, organisation_on(store, day, [unit.parent]).get(unit.parent)


@dataclass(frozen=True)
class Scheduled:
    """A change of a unit recorded but not yet in force on the day asked: its field, new value and date."""

    field: str  # name | parent | ended
    value: str
    date: str


def scheduled_changes(store: Store, day: str) -> dict[str, list[Scheduled]]:
    """{code: changes effective after ``day``}, oldest first: the unit list shows them beside today's state."""
    out: dict[str, list[Scheduled]] = {}
    for code, field_, value, date in store.conn.execute(
            "SELECT code, field, new_value, date FROM unit_changes WHERE date > ? AND field IN ('name', 'parent', 'ended')"
            " ORDER BY date, code", (day,)):
        out.setdefault(code, []).append(Scheduled(field_, value, date))
    return out


def successors_on(store: Store, day: str) -> dict[str, str]:
    """{code: the unit its records count under on ``day``} for every unit that stopped on or before it
    (the main successor of a split; follows chains of mergers)."""
    rows = store.conn.execute(
        """WITH RECURSIVE chain(origin, code, depth) AS (
               SELECT old_code, new_code, 1 FROM unit_lineage WHERE main = 1 AND date <= ?1
               UNION
               SELECT c.origin, l.new_code, c.depth + 1 FROM chain c
               JOIN unit_lineage l ON l.old_code = c.code AND l.main = 1 AND l.date <= ?1
               WHERE c.depth < ?2)
           SELECT origin, code FROM chain c WHERE NOT EXISTS (
               SELECT 1 FROM unit_lineage l WHERE l.old_code = c.code AND l.main = 1 AND l.date <= ?1)""",
        (day, _MAX_DEPTH))
    return {origin: code for origin, code in rows}


def territory(name: str) -> str:
    """"Công an tỉnh Lâm Đồng" -> "tỉnh Lâm Đồng": what a reader means by "nay là …"."""
    for prefix in ("Công an ", "Công An "):
        if name.startswith(prefix) and len(name) > len(prefix):
            return name[len(prefix):]
    return name


@dataclass(frozen=True)
class Row:
    """One line of a report: a unit, with its name as printed and, as organised at the time, what it is now."""

    key: str
    code: str
    name: str
    note: str = ""

    def label(self, lang: str = "vi") -> str:
        return f"{self.name} ({self.note})" if self.note else self.name


@dataclass(frozen=True)
class Span:
    """The records of ``unit_code`` dated ``start``..``end`` (inclusive) go to row ``row``."""

    unit_code: str
    start: str
    end: str
    row: str


@dataclass
class Grouping:
    root: str
    start: str
    end: str
    by: str
    rows: list[Row]
    spans: list[Span] = field(default_factory=list)
    # a unit split "by the place recorded": (the split unit, a place, the row of the part that took it; None
    # when that part is outside the report)
    place_rules: list[tuple[str, str, str | None]] = field(default_factory=list)

    @property
    def codes(self) -> list[str]:
        """Every unit whose records count (some of its dates, at least)."""
        return sorted({s.unit_code for s in self.spans})

    def spans_json(self) -> str:
        """The spans for SQL: ``json_each(?)`` rows of [unit_code, start, end, row, first month, last month]."""
        out = []
        for s in self.spans:
            m_from, m_to = _months(s.start, s.end, self.start)
            out.append([s.unit_code, s.start, s.end, s.row, m_from, m_to])
        return orjson.dumps(out).decode()


SPANS_SQL = ("SELECT value ->> 0 AS unit_code, value ->> 1 AS d_from, value ->> 2 AS d_to, value ->> 3 AS row_key,"
             " value ->> 4 AS m_from, value ->> 5 AS m_to FROM json_each(?)")


def _months(start: str, end: str, period_start: str) -> tuple[str, str]:
    """A month belongs to the span holding its first day (or the period's first day): monthly figures,
    which have no day, are counted once whatever the spans."""
    m_from = start[:7]
    if start != period_start and start[8:] != "01":
        d = dt.date.fromisoformat(start[:8] + "01") + dt.timedelta(days=32)
        m_from = d.isoformat()[:7]
    return m_from, end[:7]


def _has_records(store: Store, codes: list[str]) -> bool:
    """Whether any of ``codes`` has a receipt, a model or monthly figures (a root's own row is printed only then)."""
    q, arg = store.conn.execute, orjson.dumps(codes).decode()
    return any(q(f"SELECT 1 FROM {t} WHERE unit_code IN (SELECT value FROM json_each(?)) LIMIT 1", (arg,)).fetchone()
               for t in ("surrender_items", "models", "monthly_figures"))


def _day_before(iso: str) -> str:
    return (dt.date.fromisoformat(iso) - dt.timedelta(days=1)).isoformat()


class _View:
    """The organisation on the period's last day, with memoised walks up the tree."""

    def __init__(self, store: Store, root: str, day: str) -> None:
        self.related = related_codes(store, root)
        self.org = organisation_on(store, day, self.related)
        self.succ = successors_on(store, day)
        self.root = root
        self._top: dict[str, str | None] = {}

    def eff(self, code: str) -> str:
        return self.succ.get(code, code)

    def top(self, code: str) -> str | None:
        """The unit just below the root on the way up from where ``code``'s records count now
        (the root itself for its own records; None when they count outside the root)."""
        if code in self._top:
            return self._top[code]
        path, node, found = [], self.eff(code), None
        for _ in range(_MAX_DEPTH):
            if node in self._top:
                found = self._top[node]
                break
            path.append(node)
            if node == self.root:
                found = self.root
                break
            unit = self.org.get(node)
            parent = self.eff(unit.parent) if unit and unit.parent else None
            if parent is None:
                break
            if parent == self.root:
                found = node
                break
            node = parent
        for p in path:
            self._top[p] = found if p != self.root else self.root
        self._top[code] = found
        return found


def grouping(store: Store, root: str, date_from: str, date_to: str, by: str = "end", lang: str = "vi") -> Grouping:
    """Whose records count for ``root`` over ``date_from``..``date_to``, and on which row of the report.

    A unit with units below it (on the last day) is printed one row per unit directly below it, and its
    own records are not counted (as the summary always did); a unit with none is one row, itself.
    """
    from app.i18n import t

    if by not in BY:
        raise ValueError(by)
    view = _View(store, root, date_to)
    org = view.org
    units_below = [c for c, u in org.items() if u.exists and u.parent and view.eff(u.parent) == root and c != root]
    leaf = not units_below
    rows: dict[str, Row] = {}
    included: list[tuple[str, str]] = []  # (unit code, row key by the last day's organisation)
    own = [c for c in org if not leaf and view.top(c) == root]
    # the root's own records (and those of units merged into it) make a row of its own, last, when there are any
    own_row = bool(own) and _has_records(store, own)
    for code in org:
        top = view.top(code)
        if top is None or (top == root and not leaf and not own_row):
            continue
        included.append((code, top))
        if top not in rows:
            u = org[top]
            note = "" if u.exists else t("unit_ended_note", lang)
            rows[top] = Row(top, top, u.name, note)
    if by == "end":
        spans = [Span(code, date_from, date_to, top) for code, top in included]
        ordered = sorted((r for r in rows.values() if r.code != root or leaf), key=lambda r: (sort_key(r.name), r.code))
        ordered += [r for r in rows.values() if r.code == root and not leaf]
        if leaf and not ordered:
            ordered = [Row(root, root, org[root].name if root in org else root)]
        counted = {code for code, _ in included}
        rules = []
        for old, new, places in store.conn.execute(
                "SELECT old_code, new_code, places FROM unit_lineage WHERE main = 0 AND date <= ? AND places != '[]'"
                " ORDER BY old_code, new_code", (date_to,)):
            row = view.top(new)
            row = row if row in rows else None  # None: the part is outside this report
            if old in counted or row is not None:  # into this report, out of it, or between two of its rows
                rules += [(old, place, row) for place in orjson.loads(places)]
        return Grouping(root, date_from, date_to, by, ordered, spans, rules)
    return _as_at_the_time(store, view, included, date_from, date_to, leaf, lang)


def _as_at_the_time(store: Store, view: _View, included: list[tuple[str, str]], date_from: str, date_to: str,
                    leaf: bool, lang: str) -> Grouping:
    """The same records, each on the row of the unit it belonged to when it was made: the period is cut at
    every change, and in each piece a record goes to the unit below the root it was under then, or, if it
    was outside the root then, to the highest unit above it that has since come into the root."""
    from app.i18n import t

    root, now = view.root, view.org
    cuts = [r[0] for r in store.conn.execute(
        "SELECT date FROM unit_changes WHERE date > ?1 AND date <= ?2 UNION SELECT date FROM unit_lineage"
        " WHERE date > ?1 AND date <= ?2 ORDER BY 1", (date_from, date_to))]
    starts = [date_from, *cuts]
    rows: dict[str, Row] = {}
    spans: list[Span] = []
    parts: dict[str, list[str]] = {}  # a unit split by then: every part, the main one first ("nay là A, B")
    for old, new in store.conn.execute("SELECT old_code, new_code FROM unit_lineage WHERE date <= ? AND old_code IN"
                                       " (SELECT old_code FROM unit_lineage WHERE main = 0) ORDER BY old_code, main DESC,"
                                       " new_code", (date_to,)):
        parts.setdefault(old, []).append(new)

    def now_name(code: str) -> str:
        return territory(now[code].name if code in now else code)

    for i, start in enumerate(starts):
        end = _day_before(starts[i + 1]) if i + 1 < len(starts) else date_to
        org = organisation_on(store, start, view.related) if start != date_to else now
        succ = successors_on(store, start)

        def reaches(code: str) -> bool:
            top = view.top(code)
            return top is not None

        for code, end_row in included:
            node = succ.get(code, code)
            chain = [node]
            for _ in range(_MAX_DEPTH):
                u = org.get(chain[-1])
                if not u or not u.parent or chain[-1] == root:
                    break
                chain.append(succ.get(u.parent, u.parent))  # a parent merged away: its successor
            if root in chain:
                at = chain.index(root)
                row_code = chain[at - 1] if at > 0 else root
            else:
                row_code = next((c for c in reversed(chain) if reaches(c)), None)
            if row_code is None:
                row_code = end_row  # cannot happen on a consistent history; keeps totals whole
                then = now.get(row_code)
            else:
                then = org.get(row_code)
            name_then = then.name if then else row_code
            successor = view.eff(row_code)
            note = ""
            if row_code in parts:
                note = t("now_is", lang, name=", ".join(now_name(view.eff(p)) for p in parts[row_code]))
            elif successor != row_code:
                note = t("now_is", lang, name=now_name(successor))
            elif row_code in now and now[row_code].name != name_then:
                note = t("now_is", lang, name=now[row_code].name)
            key = f"{row_code}|{name_then}|{note}"
            rows.setdefault(key, Row(key, row_code, name_then, note))
            spans.append(Span(code, start, end, key))
    ordered = sorted((r for r in rows.values() if r.code != root or leaf), key=lambda r: (sort_key(r.name), r.note, r.code))
    ordered += [r for r in rows.values() if r.code == root and not leaf]
    return Grouping(root, date_from, date_to, "time", ordered, spans)


def place_moves(store: Store, g: Grouping) -> list[tuple[str | None, str | None, int, str, float]]:
    """Receipts of units split "by the place recorded" whose place names a part's village: (from row, to row,
    year, item, quantity) to move from the main successor's row to that part's. A row is None outside the
    report: a part's own review takes the receipts of its villages (from None), the main successor's gives
    them up (to None). Matching ignores case; the first part whose place the receipt's place contains takes it."""
    if not g.place_rules:
        return []
    rules: dict[str, list[tuple[str, str]]] = {}
    for unit, place, row in g.place_rules:
        rules.setdefault(unit, []).append((place.casefold(), row))
    row_of = {s.unit_code: s.row for s in g.spans}
    target: dict[str, tuple[str, str]] = {}
    for rid, unit, place in store.conn.execute(
            "SELECT id, unit_code, place FROM surrenders WHERE unit_code IN (SELECT value FROM json_each(?))"
            " AND date BETWEEN ? AND ?", (orjson.dumps(sorted(rules)).decode(), g.start, g.end)):
        text = (place or "").casefold()
        found = next(((r,) for p, r in rules[unit] if p and p in text), None)
        if found is not None and found[0] != row_of.get(unit):
            target[rid] = (row_of.get(unit), found[0])
    if not target:
        return []
    out = []
    for rid, year, item, qty in store.conn.execute(
            "SELECT surrender_id, CAST(substr(date, 1, 4) AS INTEGER), item_code, sum(quantity) FROM surrender_items"
            " WHERE surrender_id IN (SELECT value FROM json_each(?)) GROUP BY 1, 2, 3",
            (orjson.dumps(sorted(target)).decode(),)):
        out.append((*target[rid], year, item, qty))
    return out


def successor_of(store: Store, code: str, day: str | None = None) -> tuple[str, str] | None:
    """(the unit ``code``'s records count under on ``day``, the date it stopped), or None while it exists."""
    day = day or dt.date.today().isoformat()
    row = store.conn.execute("SELECT min(date) FROM unit_changes WHERE code = ? AND field = 'ended' AND date <= ?",
                             (code, day)).fetchone()
    if not row or not row[0]:
        return None
    return successors_on(store, day).get(code, ""), row[0]


def owes_forms(store: Store, codes: list[str], month: str) -> list[str]:
    """Of ``codes``, those that exist during ``month`` (YYYY-MM): a unit merged away owes no forms for the
    months after its end (a unit ended on the 1st owes none for that month); a unit created owes them from
    the month it starts in."""
    first = month + "-01"
    last = (dt.date.fromisoformat(first) + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    gone = {r[0] for r in store.conn.execute(
        "SELECT code FROM unit_changes WHERE field = 'ended' AND date <= ?", (first,))}
    unborn = {r[0] for r in store.conn.execute(
        "SELECT code FROM unit_changes WHERE field = 'created' AND date > ?", (last.isoformat(),))}
    return [c for c in codes if c not in gone and c not in unborn]


def records_scope(store: Store, root: str, day: str | None = None) -> list[str]:
    """``root`` and every unit whose records count under it as organised on ``day`` (today): its subtree and
    the units merged into it or into a unit below it. Lists, registers, ratings and plans use it, so a
    task or a model of a commune merged away shows under its successor."""
    get_unit(store, root)
    view = _View(store, root, day or dt.date.today().isoformat())
    return [c for c in view.org if view.top(c) is not None]


def rows_below(store: Store, root: str, day: str | None = None) -> dict[str, str]:
    """{unit: the unit just below ``root`` its records count under on ``day``} for every unit of
    :func:`records_scope` (``root`` itself for its own records): how a chart of the units below folds them."""
    view = _View(store, root, day or dt.date.today().isoformat())
    return {c: top for c in view.org if (top := view.top(c)) is not None}


def display_names(store: Store, day: str | None = None, lang: str = "vi") -> dict[str, str]:
    """Every unit's name for a list printed on ``day``: a unit merged away is named after the unit it now
    counts under, with its own name kept ("Công an xã Hoàng Văn Thụ (trước đây: Công an xã A)")."""
    from app.i18n import t

    day = day or dt.date.today().isoformat()
    names = {c: u.name for c, u in organisation_on(store, day).items()}  # a renaming counts from its date
    for old, new in successors_on(store, day).items():
        if old in names and new in names:
            names[old] = f"{names[new]} ({t('formerly', lang, name=names[old])})"
    return names


# ---------------------------------------------------------------- a laptop across a reorganisation (item 4)
# Kept small and apart so that the authorisation module (issue 18) can take them over: who a device
# enrolled for a unit may speak for, and the sentence for a record made under a unit that has ended.

_DATED = {"surrender": "date", "activity": "date", "monthly_figures": "month"}


def speaks_for(store: Store, unit: str, day: str | None = None) -> set[str]:
    """The units whose records a device enrolled for ``unit`` may send: its own, and after a merger the
    unit it became (and that one's successors): an enrolled laptop of a merged commune keeps exporting and
    its bundles are accepted under the successor."""
    out, code = {unit}, unit
    succ = successors_on(store, day or dt.date.today().isoformat())
    while code in succ and succ[code] not in out:
        code = succ[code]
        out.add(code)
    return out


def ended_notice(store: Store, code: str, lang: str | None = None, day: str | None = None) -> str | None:
    """One sentence for an officer whose unit has ended: what to do now (None while the unit exists)."""
    from app.i18n import t

    found = successor_of(store, code, day)
    if found is None:
        return None
    successor, ended = found
    when = dt.date.fromisoformat(ended).strftime("%d/%m/%Y")
    if successor:
        name = store.conn.execute("SELECT name FROM units WHERE code = ?", (successor,)).fetchone()
        return t("home_unit_merged", lang, code=code, successor=f"{name[0] if name else successor} ({successor})",
                 date=when)
    return t("home_unit_ended", lang, code=code, date=when)


def check_record_unit(store: Store, doc_type: str, data: dict | None) -> None:
    """A new record dated on or after the end of its unit is refused in one sentence naming the unit to record
    it for (records made before the end stay as they are, and can still be corrected)."""
    from app.errors import ValidationError

    field = _DATED.get(doc_type)
    code = (data or {}).get("unit_code")
    if field is None or type(code) is not str:
        return
    day = str(data.get(field) or "")
    if len(day) == 7:
        day += "-01"
    if len(day) != 10:
        return
    found = successor_of(store, code, day)
    if found is None:
        return
    successor, ended = found
    when = dt.date.fromisoformat(ended).strftime("%d/%m/%Y")
    if successor:
        raise ValidationError("record_for_ended_unit", code=code, date=when, successor=successor)
    raise ValidationError("home_unit_ended", code=code, date=when)


def unit_for_new_record(store: Store, code: str, day: str | None = None) -> str:
    """The unit a laptop of ``code`` records for on ``day``: its own, or after a merger the unit it became
    (a post's laptop of a merged commune writes for its successor, which it speaks for)."""
    found = successor_of(store, code, day)
    return found[0] if found and found[0] else code


# ---------------------------------------------------------------- models of a unit split by place


def model_moves(store: Store, day: str) -> dict[str, str]:
    """{model id: the part that took it} for models of units split "by the place recorded" on or before ``day``
    whose place names a part's village (as receipts are placed: case ignored, the first part in code order
    whose place the model's place contains). A model placed nowhere stays with the main part, through the
    lineage, and is not listed. A model belongs to a place: from the split on it counts for that part."""
    return {rid: part for rid, _unit, part in placed_records(store, day, "models")}


def placed_records(store: Store, day: str, table: str) -> list[tuple[str, str, str]]:
    """(id, its unit, the part that took it) for the models or receipts (``table``) of units split "by the place
    recorded" on or before ``day`` whose place names a part's village: case ignored, the first part in code
    order whose village the record's place contains (the rule of :func:`place_moves`)."""
    if table not in ("models", "surrenders"):
        raise ValueError(table)
    rules: dict[str, list[tuple[str, str]]] = {}
    for old, new, places in store.conn.execute(
            "SELECT old_code, new_code, places FROM unit_lineage WHERE main = 0 AND date <= ? AND places != '[]'"
            " ORDER BY old_code, new_code", (day,)):
        rules.setdefault(old, []).extend((p.casefold(), new) for p in orjson.loads(places) if p.strip())
    if not rules:
        return []
    out = []
    for rid, unit, place in store.conn.execute(
            f"SELECT id, unit_code, place FROM {table} WHERE unit_code IN (SELECT value FROM json_each(?))",
            (orjson.dumps(sorted(rules)).decode(),)):
        text = (place or "").casefold()
        part = next((new for p, new in rules[unit] if p in text), None)
        if part:
            out.append((rid, unit, part))
    return out


def moves_json(store: Store, day: str) -> str:
    """:func:`model_moves` as one JSON parameter for :data:`MODEL_UNIT_SQL`."""
    return orjson.dumps(model_moves(store, day)).decode()


# The unit a model ``m`` counts for, given the JSON object of moves bound as :moves (a split's part, else its own).
# No moves (no unit split by place, the usual case): its own unit, without opening json_each for every model.
MODEL_UNIT_SQL = ("CASE WHEN :moves = '{}' THEN m.unit_code"
                  " ELSE coalesce((SELECT mv.value FROM json_each(:moves) mv WHERE mv.key = m.id), m.unit_code) END")


def model_unit_on(store: Store, model_id: str, unit_code: str, day: str) -> str:
    """The unit a model's new activity is recorded for on ``day``: the part of a split unit that took its
    village, else the unit its own unit became (a merger), else its own."""
    code = model_moves(store, day).get(model_id, unit_code)
    return unit_for_new_record(store, code, day)
