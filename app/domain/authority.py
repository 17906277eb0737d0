"""Who may write which document: the one rule for local writes and for every version a bundle carries.

Signatures prove who sent a bundle; this module decides what that sender may write (issue 18).
The table is `RULES` (document type -> kind of rule) and docs/permissions.md states it in words;
tests/core/test_authority_table.py walks it (every type x every relation of writer to unit).

* A version is written by a **device**, and a device speaks for the **unit it is enrolled for**
  (the store's own unit for local writes; for a bundle: the signer's enrolment here, or a link of the
  chain of enrolments the bundle carries, each signed by the device that enrolled the next one).
* A unit's **records** (models, activities, receipts and their personal details, monthly figures,
  ratings, task progress) come from a device of that unit or of a unit above it, and travel up only.
* **Units** come from a device of a unit strictly above the unit (a unit at the top of its tree writes
  its own record); the new parent must lie within the writer's reach and allow the unit's kind.
* **Catalogue items**, **plans, tasks, reviews, thresholds** and a month's **approval or return**
  come from the level above and travel down only.
* No bundle writes under the receiving store's own device id (its sequence numbers are its own), and
  no version may carry a Lamport clock more than `LAMPORT_STEP` past the mark of its signer's unit (twice
  that for a version it forwards); up-bundles never move the store's own clock.

The check runs once per version on the import's hot path: everything it consults is precomputed per
bundle (dicts and sets); only documents already in the store cost a lookup, done by the caller per
chunk. Nothing here touches the store but `Tree.of_store`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain.unit_lookup import ALLOWED_PARENTS
from app.errors import AnttError
from app.i18n import Pairs, current_language
from app.store.db import Store

# Clocks flow down, never up (docs/permissions.md, "Clock"). A store's own Lamport clock moves by its own edits
# (+1) and by the versions its level above wrote itself (`follow_clock`); what an up-bundle brings, and what the
# level above forwards, is kept with its clocks but moves nobody's. So an honest laptop stands at most at what the level above last sent it (or what it sent
# the level above) plus its own edits, and whatever a laptop below does, the clock its level above writes with,
# and sends down and up, does not move. A version may be LAMPORT_STEP past the mark of the signer's unit
# (`peer_clock`); one the signer forwards (another device's) 2 * LAMPORT_STEP: it may be a laptop below's accepted
# maximal jump, made from the signer's clock, which has moved by its own edits since it sent us anything.
# 2^32 is over four thousand million edits. The mark never passes our clock, so a bundle moves a clock by at
# most 2^32: a level above would need 2^30 bundles to exhaust the 2^62 limit; a laptop below cannot move it.
LAMPORT_STEP = 1 << 32
_PEER_CLOCK = "lamport_peer:"  # meta key + unit: our clock when we last sent it (and, above us: what it sent)

RECORD = "record"  # the unit's own records: from the unit or above it, up only
UNIT = "unit"  # reference: from strictly above the unit
CATALOGUE = "catalogue"  # reference: from the level above, down only
ISSUED = "issued"  # plans, tasks, reviews, thresholds: from the level above, down only
REORGANISATION = "reorganisation"  # merge, split, rename, move, end (issue 20): from strictly above, down only
PERIOD = "period"  # submit/reopen by the unit (or above); approve/return strictly from above, down only

RULES: dict[str, str] = {
    "community_model": RECORD,
    "activity": RECORD,
    "surrender": RECORD,
    "surrender_person": RECORD,
    "monthly_figures": RECORD,
    "model_rating": RECORD,
    "place_rating": RECORD,
    "task_progress": RECORD,
    "form_settings": RECORD,  # who signs the unit's forms: the unit's own, travels up with its records
    "attachment": RECORD,  # a photo or signed scan: under the unit of the record it belongs to (issue 16)
    "unit": UNIT,
    "catalogue_item": CATALOGUE,
    "plan": ISSUED,
    "plan_task": ISSUED,
    "plan_review": ISSUED,
    "rating_thresholds": ISSUED,
    "unit_event": REORGANISATION,
    "period": PERIOD,
}
REVIEW_STATUSES = frozenset(("approved", "returned"))  # a period status only the level above sets
DOWN_ONLY = frozenset((CATALOGUE, ISSUED, REORGANISATION))
UP, DOWN, LOCAL = "up", "down", "local"


# ---------------------------------------------------------------- sentences

RULE_TEXTS = Pairs("authority_rule")  # the sentences, in the message catalogue
WHAT = Pairs("authority_what")  # the words, in the message catalogue
ROLES = Pairs("authority_role")  # the words, in the message catalogue


class Refusal(AnttError):
    """A write the rule table does not allow: `rule` names the rule, `params` fill its sentence, `version`
    (if any) is the first offending document. `for_bundle(name)` gives the import's sentence."""

    def __init__(self, rule: str, version=None, **params: object) -> None:
        self.rule, self.version, self.rule_params, self.bundle_name = rule, version, params, None
        super().__init__("write_not_authorised", rule=rule)

    def for_bundle(self, name: str) -> "Refusal":
        self.bundle_name = name
        return self

    def rule_text(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        vi, en = RULE_TEXTS[self.rule]
        shown = {}
        for k, v in self.rule_params.items():
            if k == "what":
                v = WHAT[v][lang != "vi"]
            elif k == "role":
                v = ROLES.get(v, (v, v))[lang != "vi"]
            shown[k] = v
        return (vi if lang == "vi" else en).format(**shown)

    def message(self, lang: str | None = None) -> str:
        from app.i18n import t

        rule = self.rule_text(lang)
        if self.bundle_name is None:
            return t("write_not_authorised", lang, rule=rule)
        v = self.version
        doc = t("bundle_not_authorised_doc", lang, doc_type=v.doc_type, doc_id=v.doc_id, vid=v.vid) if v else ""
        return t("bundle_not_authorised", lang, name=self.bundle_name, rule=rule, doc=doc)

    def __str__(self) -> str:
        return self.message("en")


# ---------------------------------------------------------------- the tree of units


class Tree:
    """code -> parent code, with each unit's line (itself and every unit above it) worked out once."""

    def __init__(self, parents: dict[str, str | None], kinds: dict[str, str] | None = None) -> None:
        self.parents = parents
        self.kinds = kinds or {}
        self._lines: dict[str, frozenset] = {}

    @classmethod
    def of_store(cls, store: Store) -> "Tree":
        rows = store.conn.execute("SELECT code, parent_code, kind FROM units").fetchall()
        return cls({r[0]: r[1] for r in rows}, {r[0]: r[2] for r in rows})

    def add(self, code: str, parent: str | None, kind: str | None = None) -> None:
        self.parents[code] = parent
        if kind:
            self.kinds[code] = kind
        self._lines.clear()

    def knows(self, code: str) -> bool:
        return code in self.parents

    def line(self, code: str) -> frozenset:
        """The unit and every unit above it (a cycle stops the walk)."""
        found = self._lines.get(code)
        if found is None:
            seen = []
            c: str | None = code
            while c is not None and c not in seen:
                seen.append(c)
                c = self.parents.get(c)
            found = self._lines[code] = frozenset(seen)
        return found

    def covers(self, writer: str, unit: str) -> bool:
        """`writer` is `unit` or above it."""
        return writer == unit or writer in self.line(unit)

    def below(self, code: str) -> set[str]:
        """Every unit under `code`, not itself: the units it covers, found going down once instead of walking up
        from each unit of the store (a national store imports thousands of bundles a month)."""
        children: dict[str | None, list[str]] = {}
        for unit, parent in self.parents.items():
            children.setdefault(parent, []).append(unit)
        found: set[str] = set()
        todo = [code]
        while todo:
            for child in children.get(todo.pop(), ()):
                if child != code and child not in found:
                    found.add(child)
                    todo.append(child)
        return found


# ---------------------------------------------------------------- the context of one write or one bundle


ABOVE = "\0above"  # the writer of a version a down-bundle forwards from higher up than its signer


@dataclass
class Context:
    """What the rule needs to judge versions: the direction, the tree, the unit each device speaks for.

    `units_of`: device id -> unit for every device whose unit is established (the signer, chain links,
    devices enrolled here below the signer). In a down-bundle, a version under a device not in
    `units_of` is taken as written higher up and forwarded by the signer (`ABOVE`): only reference and
    down-going types, on the signer's own line.
    """

    direction: str
    tree: Tree
    units_of: dict[str, str]
    own_device: str
    signer: str = ""
    signer_unit: str = ""
    lamport_limit: int | None = None  # for the signer's own versions
    forwarded_limit: int | None = None  # for versions it forwards (another device's)
    has_above: bool = False  # local: a store enrolled with a level above takes its catalogue from there
    # person doc -> unit of its receipt: filled by the caller from the bundle and the store
    surrender_units: dict[str, str] = field(default_factory=dict)
    pending: list = field(default_factory=list)  # (version, unit codes the tree did not know yet)
    # issue 20 item 4: writer unit -> the units it was merged into, whose records its laptop now writes
    successors: dict[str, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.forwarded_limit is None and self.lamport_limit is not None:
            self.forwarded_limit = self.lamport_limit + LAMPORT_STEP

    def writer_of(self, v) -> str:
        device = v.device_id
        unit = self.units_of.get(device)
        if unit is not None:
            return unit
        if device == self.own_device and self.direction != LOCAL:
            raise Refusal("own_device", v, device=device)
        if self.direction == DOWN:
            return ABOVE
        raise Refusal("foreign_device", v, signer=self.signer, device=device)

    def covers(self, writer: str, unit: str) -> bool:
        if writer is ABOVE:  # forwarded from above the signer: anything on the signer's line or below it, and
            tree = self.tree  # units off this store's tree (the level above's other branches)
            return (not tree.knows(unit) or unit in tree.line(self.signer_unit)
                    or self.signer_unit in tree.line(unit))
        if self.direction != UP and self.tree.parents.get(writer, "") is None:
            return True  # the top of this store's trees (nobody above it) writes for every unit it holds
        return self.tree.covers(writer, unit) or any(self.tree.covers(s, unit)
                                                     for s in self.successors.get(writer, ()))

    def strictly_above(self, writer: str, unit: str) -> bool:
        if writer is ABOVE:
            return self.covers(writer, unit)
        return writer != unit and self.covers(writer, unit)


def check(ctx: Context, v, old: dict | None = None) -> None:
    """Raise Refusal if the rule table does not let `v`'s device write it here. `old`: the data of the
    document's winner in the store, if it has one (a record may not be moved out of another unit)."""
    if ctx.lamport_limit is not None:
        limit = ctx.lamport_limit if v.device_id == ctx.signer else ctx.forwarded_limit
        if v.lamport > limit:
            raise Refusal("lamport", v, value=v.lamport, limit=limit, sender=ctx.signer, unit=ctx.signer_unit)
    rule = RULES.get(v.doc_type)
    if rule is None:
        raise Refusal("unknown_type", v, doc_type=v.doc_type)
    writer = ctx.writer_of(v)
    direction = ctx.direction
    data = v.data
    if rule is RECORD and old is None and direction != DOWN and data.get("unit_code") == writer:
        return  # the common case, kept short: a unit's new record from its own device
    if rule is RECORD:
        if direction == DOWN:
            raise Refusal("up_only", v)
        _check_units(ctx, v, writer, _record_units(ctx, v, data, old), "not_own_unit", ctx.covers)
    elif rule is UNIT:
        _check_unit_doc(ctx, v, writer, data, old)
    elif rule is CATALOGUE:
        if direction == UP:
            raise Refusal("down_only", v, what=CATALOGUE)
        if direction == LOCAL and ctx.has_above:
            raise Refusal("from_above_only", v, what=CATALOGUE)
    elif rule is ISSUED:
        if direction == UP:
            raise Refusal("down_only", v, what=ISSUED)
        units = _issued_units(v.doc_type, data) | _issued_units(v.doc_type, old or {})
        _check_units(ctx, v, writer, units, "not_own_unit", ctx.covers)
    elif rule is REORGANISATION:  # the units a merger, split, rename, move or end concerns: strictly below
        if direction == UP:
            raise Refusal("down_only", v, what=REORGANISATION)
        units = {u for d in (data, old or {}) for u in (d.get("from") or ()) if type(u) is str}
        if not units:
            raise Refusal("no_unit", v)
        _check_units(ctx, v, writer, units, "not_own_unit", ctx.strictly_above)
    else:  # PERIOD
        units = {u for u in (data.get("unit_code"), (old or {}).get("unit_code")) if type(u) is str}
        if not units:
            raise Refusal("no_unit", v)
        if data.get("status") in REVIEW_STATUSES and not v.deleted:
            if direction == UP:
                raise Refusal("down_only", v, what=PERIOD)
            _check_units(ctx, v, writer, units, "review_own", ctx.strictly_above)
        else:
            _check_units(ctx, v, writer, units, "not_own_unit", ctx.covers)


def plainly_allowed(ctx: Context, summary: dict) -> bool:
    """Whether `check` lets every version of a batch through at its first case, knowing only `summary`
    ({(device_id, doc_type, unit_code): highest Lamport clock}) and that each is a new document here: a
    unit's new record from its own device, within the clock bound. False says nothing is refused: only
    that each version must go through `check` itself (the import's general path)."""
    if ctx.direction == DOWN:
        return False
    for (device, doc_type, unit), top in summary.items():
        if RULES.get(doc_type) is not RECORD or ctx.units_of.get(device) != unit:
            return False
        if ctx.lamport_limit is not None and top > (ctx.lamport_limit if device == ctx.signer
                                                    else ctx.forwarded_limit):
            return False
    return True


def _record_units(ctx: Context, v, data: dict, old: dict | None) -> set:
    units = set()
    for d in (data, old):
        if d:
            code = d.get("unit_code")
            if type(code) is str:
                units.add(code)
    if v.doc_type == "surrender_person":
        sid = data.get("surrender_id") or (old or {}).get("surrender_id")
        code = ctx.surrender_units.get(sid) if type(sid) is str else None
        if code is not None:
            units.add(code)
    if not units:
        raise Refusal("no_unit", v)
    return units


def _issued_units(doc_type: str, data: dict) -> set:
    units = set()
    code = data.get("unit_code")
    if type(code) is str:
        units.add(code)
    if doc_type == "plan_task":
        for code in data.get("unit_codes") or ():
            if type(code) is str:
                units.add(code)
    return units


def _check_units(ctx: Context, v, writer: str, units, rule: str, allowed) -> None:
    for unit in units:
        if writer == unit and allowed is ctx.covers:
            continue
        if not ctx.tree.knows(unit) and writer is not ABOVE:
            ctx.pending.append((v, writer, unit, rule, allowed))  # may arrive later in the bundle
            continue
        if not allowed(writer, unit):
            raise Refusal(rule, v, writer=_shown(ctx, writer), unit=unit)


def _check_unit_doc(ctx: Context, v, writer: str, data: dict, old: dict | None) -> None:
    """A unit is written from above it: the writer must reach the unit's parent as this store knows it (a top
    unit: a writer at the top of its own tree) and the parent the version gives it, which must allow its kind."""
    code = data.get("code") if type(data.get("code")) is str else (old or {}).get("code")
    if type(code) is not str:
        raise Refusal("no_unit", v)
    if ctx.direction == LOCAL and (data.get("provisional") or not ctx.has_above):
        # a post's own idea of its unit, before the level above's record comes (never exported); or a store
        # with no level above yet, which sets up its own reference data (what it may send up is judged above)
        return
    tree = ctx.tree
    if old is not None or tree.knows(code):
        old_parent = old.get("parent_code") if old is not None else tree.parents.get(code)
        if not _may_place(ctx, writer, old_parent if type(old_parent) is str else None):
            raise Refusal("unit_not_below", v, writer=_shown(ctx, writer), unit=code)
    if v.deleted:
        return
    parent = data.get("parent_code")
    if parent is not None and type(parent) is not str:
        raise Refusal("unit_bad_parent", v, writer=_shown(ctx, writer), unit=code, parent=str(parent))
    if parent is not None and not tree.knows(parent) and writer is not ABOVE:
        ctx.pending.append((v, writer, parent, "unit_bad_parent", ctx.covers))
        return
    if (not _may_place(ctx, writer, parent) or (parent is not None and code in tree.line(parent))
            or not _kind_fits(tree.kinds.get(parent) if parent else None, data.get("kind"), parent)):
        raise Refusal("unit_bad_parent", v, writer=_shown(ctx, writer), unit=code, parent=parent or "—")


def _may_place(ctx: Context, writer: str, parent: str | None) -> bool:
    """May `writer` hold a unit under `parent` (None: at the top of a tree)?"""
    if writer is ABOVE:
        return parent is None or ctx.covers(writer, parent)
    tree = ctx.tree
    if ctx.direction != UP and tree.knows(writer) and tree.parents.get(writer) is None:
        return True  # the top of a tree (nobody above it) sets up every unit of its store and sends them down
    return parent is not None and ctx.covers(writer, parent)


def _kind_fits(parent_kind: str | None, kind: object, parent: str | None) -> bool:
    allowed = ALLOWED_PARENTS.get(kind) if type(kind) is str else None
    if allowed is None:
        return False
    if parent is None:
        return None in allowed
    return parent_kind is None or parent_kind in allowed  # a parent of unknown kind here: not judged


def note_unit(ctx: Context, v) -> None:
    """An accepted unit version of the bundle joins the tree (units travel after the records naming them)."""
    code, data = v.data.get("code"), v.data
    if type(code) is str and not v.deleted and not data.get("provisional"):
        parent = data.get("parent_code")
        ctx.tree.add(code, parent if type(parent) is str else None, data.get("kind"))


def finish(ctx: Context) -> None:
    """Judge what waited for units the bundle brings: a unit still unknown is refused (its place is not known)."""
    for v, writer, unit, rule, allowed in ctx.pending:
        if rule == "unit_bad_parent":
            code = v.data.get("code")
            if ctx.tree.knows(unit) and ctx.covers(writer, unit) and code not in ctx.tree.line(unit):
                continue
            raise Refusal(rule, v, writer=_shown(ctx, writer), unit=code, parent=unit)
        if not ctx.tree.knows(unit) or not allowed(writer, unit):
            raise Refusal(rule, v, writer=_shown(ctx, writer), unit=unit)
    ctx.pending.clear()


def _shown(ctx: Context, writer: str) -> str:
    return ctx.signer_unit if writer is ABOVE else writer


# ---------------------------------------------------------------- local writes


def local_context(store: Store) -> Context | None:
    """The context of this store's own writes; None before it has a unit (first-run set-up)."""
    home = store.home_unit
    if home is None:
        return None
    has_above = store.conn.execute(
        "SELECT 1 FROM sync_devices WHERE role = 'above' AND revoked = 0 LIMIT 1").fetchone() is not None
    return Context(LOCAL, Tree.of_store(store), {store.device_id: home}, store.device_id, store.device_id, home,
                   has_above=has_above, successors=_successors(store, {home}))


def check_local(store: Store, version, before: dict | None) -> None:
    """Local writes pass the same table: e.g. a commune's laptop cannot record receipts for its province."""
    ctx = local_context(store)
    if ctx is None:
        return
    if version.doc_type == "surrender_person":
        sid = version.data.get("surrender_id")
        # the receipt's latest version, deleted or not (deleting a receipt removes its row before its person's)
        row = store.conn.execute(
            "SELECT json_extract(version_json(v.data), '$.unit_code') FROM documents d JOIN versions v ON v.vid = d.winner_vid"
            " WHERE d.doc_id = ?", (sid,)).fetchone() if type(sid) is str else None
        if row and type(row[0]) is str:
            ctx.surrender_units[sid] = row[0]
    check(ctx, version, before)
    finish(ctx)


# ---------------------------------------------------------------- bundles


def check_header(header, signer_unit: str, signer_role: str, home_unit: str | None) -> None:
    """The header must say what the signer's enrolment here says: its unit, the way it travels, us."""
    if header.sender_unit != signer_unit:
        raise Refusal("header_unit", claimed=header.sender_unit, enrolled=signer_unit)
    expected = UP if signer_role == "below" else DOWN
    if header.kind != expected:
        raise Refusal("header_kind", kind=header.kind, role=signer_role)
    if header.recipient_unit != (home_unit or ""):
        raise Refusal("header_recipient", claimed=header.recipient_unit, home=home_unit or "")


def bundle_context(store: Store, sender_device: str, signer_unit: str, signer_role: str,
                   links: dict[str, tuple[str, str | None, str | None]], tree: Tree | None = None) -> Context:
    """The context of one bundle: precomputed once, consulted per version.

    `links`: the verified chain of enrolments the bundle carries (device -> (unit, parent, kind)).
    Devices enrolled *here* for units strictly below the signer's unit may be forwarded by it too (a
    national store may know some communes itself); a second laptop of the signer's own unit may not
    (its versions come in its own bundles, or one laptop could take the other's sequence numbers).
    """
    tree = tree or Tree.of_store(store)
    direction = UP if signer_role == "below" else DOWN
    units_of = {sender_device: signer_unit}
    for device, (unit, parent, kind) in links.items():
        units_of.setdefault(device, unit)
        if not tree.knows(unit):
            tree.add(unit, parent, kind)
    below = tree.below(signer_unit) if direction == UP else set()
    if below:  # a commune's bundle, the most of a stack, has none
        for device, unit in store.conn.execute(
                "SELECT device_id, unit_code FROM sync_devices WHERE role = 'below' AND revoked = 0"):
            if device not in units_of and unit in below:
                units_of[device] = unit
    mark = peer_clock(store, signer_unit)
    return Context(direction, tree, units_of, store.device_id, sender_device, signer_unit,
                   lamport_limit=mark + LAMPORT_STEP,  # forwarded_limit: one LAMPORT_STEP more
                   successors=_successors(store, set(units_of.values())))


def _successors(store: Store, units: set[str]) -> dict[str, set[str]]:
    """For each of `units` merged into another: the units it became (app/domain/organisation.speaks_for), so an
    enrolled laptop of a merged commune keeps writing, now for its successor (issue 20 item 4)."""
    from app.domain.organisation import speaks_for

    out = {}
    for unit in units:
        became = speaks_for(store, unit) - {unit}
        if became:
            out[unit] = became
    return out


# ---------------------------------------------------------------- the Lamport bound of each sender unit


def peer_clock(store: Store, unit: str) -> int:
    """The mark of `unit`'s bound: our own clock when we last sent it a bundle (or enrolled it); for the level
    above, also the highest value accepted that its own laptop wrote (never past our clock, which took it). What a unit below sends us never raises its mark
    (nor our clock): its accepted jumps cannot add up, and what it can honestly know of clocks comes from us.

    A store from before these marks were kept works it out once from the versions of the unit's enrolled
    laptops; if it already sent that unit bundles, it cannot say what they carried and takes its own clock
    (the bound of old: never narrower than before)."""
    mark = store.meta_get(_PEER_CLOCK + unit)
    if mark is not None:
        return int(mark)
    devices = [r[0] for r in store.conn.execute("SELECT device_id FROM sync_devices WHERE unit_code = ?", (unit,))]
    if not devices:
        return 0
    marks = ",".join("?" * len(devices))
    if store.conn.execute(f"SELECT 1 FROM sync_exports WHERE recipient_device IN ({marks}) LIMIT 1",
                          devices).fetchone():
        return int(store.meta_get("lamport", "0") or 0)
    return store.conn.execute(f"SELECT coalesce(max(lamport), 0) FROM versions WHERE device_id IN ({marks})",
                              devices).fetchone()[0]


def follow_clock(store: Store, ctx: Context, before: int, after: int) -> None:
    """After an import (versions stored between rowids `before` and `after`): a down-bundle's signer's own versions
    move this store's clock and the mark of the level above; nothing else does (not an up-bundle, not what the
    level above forwards), so no laptop but the level above that enrolled us moves our clock, and that by at most
    LAMPORT_STEP per bundle."""
    if ctx.direction != DOWN:
        _settle_mark(store, ctx.signer_unit, ctx.lamport_limit - LAMPORT_STEP)
        return
    take_clock(store, ctx.signer_unit, store.conn.execute(
        "SELECT coalesce(max(lamport), 0) FROM versions WHERE rowid > ? AND rowid <= ? AND device_id = ?",
        (before, after, ctx.signer)).fetchone()[0])


def _settle_mark(store: Store, unit: str, mark: int) -> None:
    """Keep the mark an import's bound used when it was worked out from the versions (a store from before the
    marks, a unit enrolled without one): the next bundle reads it instead of scanning every version again, and
    what this bundle brought does not raise it."""
    if store.meta_get(_PEER_CLOCK + unit) is None:
        store.meta_set(_PEER_CLOCK + unit, mark)


def take_clock(store: Store, above: str, top: int) -> None:
    """The highest clock the laptop of the level above (`above`, its unit) wrote in what we just took from it: our
    clock and its mark go to it (an enrolment's answer, a down-bundle)."""
    if top > int(store.meta_get("lamport", "0") or 0):
        store.meta_set("lamport", top)
    note_peer_clock(store, above, top)


def note_peer_clock(store: Store, unit: str, value: int) -> None:
    """Raise the mark of `unit` to `value` (inside the caller's transaction: an import, an export)."""
    if value > peer_clock(store, unit):
        store.meta_set(_PEER_CLOCK + unit, value)
