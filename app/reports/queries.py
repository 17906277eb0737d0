"""Read the store into the plain data the report builders take.

Only the readable tables are read, over their indexes: item figures from the maintained
totals per unit and half-month (``surrender_totals``, app/domain/totals.py) with a period's
edge days from ``surrender_items`` through the receipts' (unit_code, date) index (schema step
11), ``monthly_figures`` by (unit_code, month), ``models``/``activities`` by unit.
Aggregation happens in SQLite; the builders only fold the grouped rows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

import orjson

from app.domain import vocab
from app.domain import organisation, receipt_numbering
from app.domain.figures import SUBTREE_CTE, computed_by_unit, month_bounds  # noqa: F401 (month_bounds re-exported)
from app.domain.reporting_periods import ReportingPeriod, cutoff_rule, parse_period
from app.domain.surrenders import get_surrender
from app.domain.totals import item_sums_sql, ranged_item_margins
from app.domain.units import get_unit
from app.formatting import place_in_name
from app.reports.layout import Issuer, Signature
from app.reports.monthly import ActivityCount, ModelLine, MonthlyReport, UnitLine
from app.reports.evidence import evidence_for_month, evidence_for_receipt, signed_for_units
from app.reports.receipt import Person, Receipt, ReceiptLine
from app.reports.reference import Catalogue
from app.reports.review_queries import rating_years
from app.reports.statement import Coverage
from app.reports.summary import STOCK_INDICATORS, SummaryReport, UnitRef
from app.i18n import Pairs
from app.reports.wording import say
from app.store.db import Store

# Coverage sentences: which unit kinds are counted, and how they are named (context "coverage_kind"); how a
# summary says a level of recognition (context "recognised_by"): the message catalogue.
COVERAGE_KINDS = ("commune_police", "border_post")
COVERAGE_NAMES = Pairs("coverage_kind")
RECOGNITION_LABELS = Pairs("recognised_by")


def _lang_pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "vi" else pair[1]


def catalogue_from_store(store: Store) -> Catalogue:
    """The catalogue as the store holds it (names sent down by the level above), with shipped categories."""
    from app.domain.catalogue import categories

    rows = [dict(r) for r in store.conn.execute(
        "SELECT code, category, name_vi, name_en, unit_vi, unit_en, measure FROM catalogue_items ORDER BY rowid")]
    return Catalogue.from_rows(categories(), rows)


def issuer_for(store: Store, unit_code: str, lang: str = "vi", signer: str = "", signer_title: str = "",
               capacity: str = "", recipients: tuple[str, ...] | None = None, form: str = "all",
               on: str | None = None) -> Issuer:
    """Header and foot of a report issued by ``unit_code``: its parent body, its name, its place.

    Names and parent as they stood ``on`` (ISO day; default today): a form of a period before a rename or a
    move prints the old ones, from the effective date the new ones (issue 20).
    Who signs and "Nơi nhận": what the call gives, else the unit's settings for ``form``
    (:mod:`app.domain.form_settings`), else the head of the unit, named only when the unit is this laptop's own
    (a commune's form printed at the province is not signed by the province's officer)."""
    from app.domain import form_settings

    unit = get_unit(store, unit_code)
    unit_name, parent_name = _names_on(store, unit, on)
    parent = get_unit(store, unit.parent_code) if unit.parent_code else None
    # the date line's place: the unit's, its parent's, else the place its name or its parent's name carries
    locality = (unit.place or (parent.place if parent else "") or place_in_name(unit_name)
                or place_in_name(parent_name or ""))
    head = form_settings.head_title(unit.kind, unit_name, lang)  # the printed unit's head, by its name of the day
    kept = form_settings.get_settings(store, unit.code, form)
    capacity = capacity or form_settings.capacity_line(kept.capacity, head)
    title = signer_title or kept.signer_title or head
    own = unit.code == store.home_unit
    name = signer or kept.signer_name or (store.meta_get("officer", "") or "" if own else "")
    if recipients is None:
        recipients = kept.recipients
    if recipients is None:
        recipients = tuple(x for x in (parent_name, say("file_copy", lang)) if x)
    return Issuer(parent_body=parent_name, unit_name=unit_name, locality=locality,
                  signature=Signature(title=title, name=name, capacity=capacity), recipients=recipients)


def _names_on(store: Store, unit, on: str | None) -> tuple[str, str]:
    """(the unit's name, its parent's name) as they stood on ``on`` (default today)."""
    then, parent = organisation.unit_on(store, unit.code, on or dt.date.today().isoformat())
    return (then.name if then else unit.name), (parent.name if parent else "")


# ---------------------------------------------------------------- monthly


def monthly_data(store: Store, unit_code: str, month: str | None = None, lang: str = "vi", *,
                 period: ReportingPeriod | None = None, number: str = "", issued_on: dt.date | None = None,
                 issuer: Issuer | None = None) -> MonthlyReport:
    """The monthly form of ``unit_code`` over its whole subtree, for ``month`` (its reporting period under the
    store's cut-off rule) or any ``period`` (quarter, 6 months, year, a range). Set-based: each part is one
    query over the subtree (a recursive CTE), never one per unit."""
    if period is None:
        period = parse_period("month", month or "", cutoff_rule(store))
    first, last = period.iso
    get_unit(store, unit_code)
    q = store.conn.execute
    cte = SUBTREE_CTE
    leaf = q("SELECT count(*) = 0 FROM units WHERE parent_code = ?", (unit_code,)).fetchone()[0]
    models: list[ModelLine] = []
    if leaf:
        # its models, those of units merged into it and (from a split on) those of its villages (issue 20)
        acts_by_model = {mid: (n, p) for mid, n, p in q(
            f"{cte} SELECT model_id, count(*), coalesce(sum(participants), 0) FROM activities"
            " WHERE unit_code IN (SELECT code FROM below) AND date BETWEEN ? AND ? GROUP BY model_id",
            (unit_code, first, last))}
        for r in q(f"{cte.replace('?', ':root')} SELECT id, name, type, place, established, members, status, ended_on"
                   f" FROM models m WHERE {organisation.MODEL_UNIT_SQL} IN (SELECT code FROM below)"
                   " AND established <= :last AND (status = 'active' OR ended_on >= :first)"
                   " ORDER BY established, name COLLATE vi",
                   {"root": unit_code, "last": last, "first": first, "moves": organisation.moves_json(store, first)}):
            n, p = acts_by_model.get(r[0], (0, 0))
            active = r[6] == "active" or (r[7] or "") > last
            models.append(ModelLine(r[1], vocab.label("model_types", r[2], lang), r[3],
                                    dt.date.fromisoformat(r[4]), r[5], active, n, p))
    activities = [ActivityCount(vocab.label("activity_kinds", k, lang), n, p) for k, n, p in q(
        f"{cte} SELECT kind, count(*), coalesce(sum(participants), 0) FROM activities"
        " WHERE unit_code IN (SELECT code FROM below) AND date BETWEEN ? AND ? GROUP BY kind ORDER BY count(*) DESC",
        (unit_code, first, last))]
    receipts = q(f"{cte} SELECT count(*) FROM surrender_rows WHERE unit_code IN (SELECT code FROM below)"
                 " AND date BETWEEN ? AND ?", (unit_code, first, last)).fetchone()[0]
    sums, params = item_sums_sql("SELECT code FROM below", first, last, lambda col: "0")
    items_sum: dict[str, float] = defaultdict(float)
    for _unit, _year, code, v, _lines in (q(f"{cte} {sums}", (unit_code, *params)) if sums else ()):
        items_sum[code] += v
    items = {code: _num(v) for code, v in items_sum.items()}
    recorded_by_unit = computed_by_unit(store, unit_code, first, last)
    entered_by_unit = _entered_by_unit(store, unit_code, period.months)
    recorded, reported = _fold_figures(recorded_by_unit, entered_by_unit)
    return MonthlyReport(issuer=issuer or issuer_for(store, unit_code, lang), number=number, issued_on=issued_on,
                         year=period.year, month=period.number if period.kind == "month" else period.end.month,
                         models=models, activities=activities, receipts=receipts, items=items,
                         indicators=reported, recorded=recorded, period=period,
                         units=[] if leaf else _unit_lines(store, unit_code, first, last),
                         models_active=int(recorded.get("movement.models_active", 0)),
                         scope_kind=get_unit(store, unit_code).kind,
                         evidence=evidence_for_month(store, unit_code, f"{period.year:04d}-{period.number:02d}", lang,
                                                     first, last) if period.kind == "month" else [])


def _entered_by_unit(store: Store, root: str, months: list[str]) -> dict[str, dict[str, float]]:
    """What each unit of the subtree entered over ``months``: flows added, stocks from the unit's last month.
    Summed in SQLite, one row per unit and indicator; a stock's value is the one of its row with the latest
    month (SQLite takes a bare column from the row of the max())."""
    out: dict[str, dict[str, float]] = defaultdict(dict)
    if not months:
        return out
    rows = store.conn.execute(
        f"{SUBTREE_CTE} SELECT unit_code, indicator, max(month), value, total(value) FROM monthly_figures"
        f" WHERE unit_code IN (SELECT code FROM below) AND month IN (SELECT value FROM json_each(?))"
        " GROUP BY unit_code, indicator", [root, orjson.dumps(months).decode()])
    for unit, ind, _month, last, total in rows:
        out[unit][ind] = last if ind in STOCK_INDICATORS else total
    return out


def _fold_figures(recorded_by_unit: dict, entered_by_unit: dict) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """(what the records give, what is reported) over the units: a unit's entered figure stands for that unit
    in place of its records' figure; units that entered nothing count with what their records give.

    Added as floats of each value rounded to its 3 decimals (what :func:`_num` keeps of it), made a Decimal once
    per indicator: the same figures as adding a Decimal per unit (a float sum of thousands of 3-decimal values is
    off by far less than half a thousandth), without a Decimal for each of a national store's units."""
    recorded: dict[str, float] = {}
    reported: dict[str, float] = {}
    for unit, rec in recorded_by_unit.items():
        ent = entered_by_unit.get(unit, ())
        for k, v in rec.items():
            v = round(v, 3)
            recorded[k] = recorded.get(k, 0) + v
            if k not in ent:
                reported[k] = reported.get(k, 0) + v
    for ent in entered_by_unit.values():
        for k, v in ent.items():
            reported[k] = reported.get(k, 0) + round(v, 3)
    # a figure the records give is known even when it is 0; an entered-only indicator nobody entered stays blank
    return {k: _num(v) for k, v in recorded.items()}, {k: _num(v) for k, v in reported.items()}


def figures_by_year(store: Store, root: str, years: list[tuple[int, str, str, list[str]]], first: str, last: str,
                    months: list[str]) -> tuple[dict[int, dict[str, Decimal]], dict[str, Decimal], dict[str, Decimal]]:
    """What a summary prints of the indicators: (reported per year, recorded over the period, reported over the
    period) for ``years`` of (year, first day, last day, report months). Years that tile the period, their months
    named in their own year, are folded in SQLite, each read once (app/reports/indicator_totals.py); others one
    range at a time (:func:`figures_over`)."""
    from app.reports import indicator_totals

    day = dt.timedelta(days=1)
    tiled = (bool(years) and years[0][1] == first and years[-1][2] == last
             and all(dt.date.fromisoformat(a[2]) + day == dt.date.fromisoformat(b[1]) for a, b in zip(years, years[1:]))
             and [m for y in years for m in y[3]] == list(months)
             and all(m[:4] == f"{y:04d}" for y, _, _, ms in years for m in ms))
    if tiled:
        return indicator_totals.figures_by_year(store, root, years, first, last, STOCK_INDICATORS, _num)
    by_year = {}
    for y, y_first, y_last, y_months in years:
        _, reported = figures_over(store, root, y_first, y_last, y_months)
        if reported:
            by_year[y] = reported
    return (by_year, *figures_over(store, root, first, last, months))


def _unit_lines(store: Store, root: str, first: str, last: str) -> list[UnitLine]:
    """One line per unit directly below ``root`` (and ``root`` itself when it has records of its own), each over
    its own subtree: one recursive CTE that carries every unit's top, then a GROUP BY per table."""
    tops = """WITH RECURSIVE below(code, top) AS (
                  SELECT code, code FROM units WHERE parent_code = :root UNION ALL SELECT :root, :root
                  UNION ALL SELECT u.code, b.top FROM units u JOIN below b ON u.parent_code = b.code
                  WHERE b.code != :root)"""
    args = {"root": root, "first": first, "last": last}
    q = store.conn.execute
    lines: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for top, active, new in q(
            f"{tops} SELECT b.top, coalesce(sum(m.established <= :last AND (m.status = 'active' OR m.ended_on > :last)), 0),"
            " coalesce(sum(m.established BETWEEN :first AND :last), 0)"
            " FROM models m JOIN below b ON b.code = m.unit_code GROUP BY b.top", args):
        lines[top].update(models_active=active, models_new=new)
    for top, n, p in q(f"{tops} SELECT b.top, count(*), coalesce(sum(a.participants), 0) FROM activities a"
                       " JOIN below b ON b.code = a.unit_code WHERE a.date BETWEEN :first AND :last GROUP BY b.top",
                       args):
        lines[top].update(activities=n, participants=p)
    for top, n in q(f"{tops} SELECT b.top, count(*) FROM surrender_rows s JOIN below b ON b.code = s.unit_code"
                    " WHERE s.date BETWEEN :first AND :last GROUP BY b.top", args):
        lines[top]["receipts"] = n
    names = {c: n for c, n in q("SELECT code, name FROM units WHERE parent_code = ? OR code = ?", (root, root))}
    children = sort_units([(c, n) for c, n in names.items() if c != root])
    order = children + ([(root, names[root])] if root in lines else [])
    return [UnitLine(name, **lines.get(code, {})) for code, name in order]


def sort_units(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Units in the Vietnamese order of their names (app/collation.py: đ after d, numbers numeric)."""
    from app.collation import sort_key

    return sorted(pairs, key=lambda p: sort_key(p[1]))


def _num(v: float | int) -> Decimal:
    """A stored REAL back to the decimal it was typed as (quantities have at most 3 decimals)."""
    return Decimal(repr(round(float(v), 3))).normalize() if v != int(v) else Decimal(int(v))


# ---------------------------------------------------------------- receipt


def receipt_report(store: Store, receipt_id: str) -> Receipt:
    rec = get_surrender(store, receipt_id)
    d = rec.data
    unit = get_unit(store, d["unit_code"])
    unit_name, parent_name = _names_on(store, unit, d["date"])  # as on the receipt's day (issue 20)
    parent = get_unit(store, unit.parent_code) if unit.parent_code else None
    day = dt.date.fromisoformat(d["date"])
    when: dt.date = day  # no time recorded: the form leaves a dotted line for it
    if d.get("time"):
        hh, _, mm = d["time"].partition(":")
        when = dt.datetime(day.year, day.month, day.day, int(hh), int(mm or 0))
    person = None
    if not d.get("owner_unknown"):
        person = Person(d.get("person_name", ""), rec.person.birth_year, rec.person.id_number or "",
                        rec.person.address or "")
    method = d.get("method", "voluntary")
    return Receipt(
        number=f"{receipt_numbering.printed(store, unit.code, d['date'], d['number'])}/BB-{_symbol(unit.kind)}",
        received_at=when,
        place=d.get("place") or unit_name, parent_body=parent_name, unit_name=unit_name,
        locality=unit.place or (parent.place if parent else ""), officer_name=d.get("received_by", ""),
        officer_rank=d.get("received_rank", ""), handed_by=person,
        method="found" if d.get("owner_unknown") and method == "voluntary" else method,
        lines=[ReceiptLine(l["item_code"], _num(l["quantity"]), l.get("serial", ""), l.get("condition", ""))
               for l in d["lines"]],
        witnesses=[Person(w) for w in d.get("witnesses", [])], note=d.get("note", ""),
        evidence=evidence_for_receipt(store, receipt_id))


def document_symbol(store: Store, unit_code: str) -> str:
    return _symbol(get_unit(store, unit_code).kind)


def _symbol(kind: str) -> str:
    """The issuing body's abbreviation in document numbers (12/BC-CAX)."""
    return {"commune_police": "CAX", "border_post": "ĐBP", "provincial_police": "CAT", "bg_command": "BĐBP"}.get(kind, "")


# ---------------------------------------------------------------- summary


def report_rows(store: Store, root: str) -> tuple[list[UnitRef], dict[str, str]]:
    """The units a summary lists (the children of ``root``, then ``root`` itself when it has records of its own
    or no children) and, for every unit of the subtree, which listed unit it counts under: one recursive CTE."""
    owner = {code: top for code, top in store.conn.execute(
        """WITH RECURSIVE below(code, top) AS (
               SELECT code, code FROM units WHERE parent_code = :root
               UNION ALL SELECT u.code, b.top FROM units u JOIN below b ON u.parent_code = b.code)
           SELECT code, top FROM below""", {"root": root})}
    names = dict(store.conn.execute("SELECT code, name FROM units WHERE parent_code = ? OR code = ?", (root, root)))
    if root not in names:
        get_unit(store, root)  # the one sentence of an unknown unit
    children = [UnitRef(c, n) for c, n in sort_units([(c, n) for c, n in names.items() if c != root])]
    if not children or _has_records(store, root):
        owner[root] = root
        children.append(UnitRef(root, names[root]))
    return children, owner


def _has_records(store: Store, code: str) -> bool:
    q = store.conn.execute
    return any(q(f"SELECT 1 FROM {t} WHERE unit_code = ? LIMIT 1", (code,)).fetchone()
               for t in ("surrender_items", "models", "monthly_figures"))


def figures_over(store: Store, root: str, first: str, last: str, months: list[str]) -> tuple[dict, dict]:
    """(what the records give, what is reported) over ``root``'s subtree for the dates and the report months."""
    return _fold_figures(computed_by_unit(store, root, first, last), _entered_by_unit(store, root, months))


def _recognised_as_of(store: Store, root: str, day: str, lang: str) -> dict[str, int]:
    """Models alive on ``day`` per the highest recognition decided by then (decision dates in the document), so
    a decision of 2024 never shows in a 2021 summary."""
    rank = "CASE json_extract(j.value, '$.level') WHEN 'national' THEN 3 WHEN 'province' THEN 2 WHEN 'commune' THEN 1 END"
    out = {}
    for top, n in store.conn.execute(
            f"""{SUBTREE_CTE.replace('?', ':root')}
                SELECT top, count(*) FROM (
                    SELECT m.id, max({rank}) AS top FROM models m, json_each(m.data, '$.recognitions') j
                    WHERE {organisation.MODEL_UNIT_SQL} IN (SELECT code FROM below) AND m.established <= :day
                      AND (m.status = 'active' OR m.ended_on > :day) AND json_extract(j.value, '$.date') <= :day
                    GROUP BY m.id) WHERE top IS NOT NULL GROUP BY top ORDER BY top DESC""",
            {"root": root, "day": day, "moves": organisation.moves_json(store, day)}):
        level = {3: "national", 2: "province", 1: "commune"}[top]
        out[_lang_pick(RECOGNITION_LABELS[level], lang)] = n
    return out


def summary_data(store: Store, root: str, date_from: str, date_to: str, lang: str = "vi", *,
                 number: str = "", issued_on: dt.date | None = None, issuer: Issuer | None = None,
                 period: ReportingPeriod | None = None, by: str = "end") -> SummaryReport:
    """The consolidated summary of ``root`` over its subtree. Years are reporting years under the period's
    cut-off rule (a range typed as dates counts calendar years); indicators are what is reported (entered,
    else what the records give, unit by unit), per year and over the whole period.

    Issue 20: ``by`` "end" groups units by the organisation on the period's last day (a unit merged during or
    after the period counts under its successor), "time" as organised when each record was made ("nay là …"
    beside units since merged or renamed); totals are the same either way (app/domain/organisation.py)."""
    from app.domain.reporting_periods import month_end, month_start, range_period, report_year_sql

    period = period or range_period(dt.date.fromisoformat(date_from), dt.date.fromisoformat(date_to),
                                    cutoff_rule(store))
    start, end = period.start, period.end
    date_from, date_to = period.iso
    year_rule = "calendar" if period.kind == "range" else period.rule
    years = list(range(_year_of(start, year_rule), _year_of(end, year_rule) + 1))
    g = organisation.grouping(store, root, date_from, date_to, by, lang)
    rows = [UnitRef(r.key, r.label(lang)) for r in g.rows]
    q = store.conn.execute
    # The maintained totals per unit and half-month (app/domain/totals.py) read through the organisation's spans
    # (unit, dates, row): each span's whole half-months from surrender_totals, its edge days from the lines'
    # (unit_code, date, item_code, quantity) index; never one query per unit. Only what the report prints is read:
    # per row and item over the range, per year and item over every row (issue 17 item 1).
    by_row, by_year_item = ranged_item_margins(
        store.conn, ((s.unit_code, max(s.start, date_from), min(s.end, date_to), s.row) for s in g.spans),
        lambda col: report_year_sql(col, year_rule), calendar_years=year_rule == "calendar")
    # a unit split by the place recorded: its receipts naming a part's village go to that part's row
    for from_row, to_row, year, item, qty in organisation.place_moves(store, g):
        for row, sign in ((from_row, -1), (to_row, 1)):
            if row is not None:
                items = by_row.setdefault(row, {})
                items[item] = items.get(item, 0.0) + sign * qty
        if (from_row is None) != (to_row is None):  # into or out of the report: the year's figure changes too
            by_year_item[(year, item)] = by_year_item.get((year, item), 0.0) + (qty if from_row is None else -qty)
    known: dict[float, Decimal] = {}  # quantities repeat (most are small whole numbers): each made a Decimal once

    def dec(v: float) -> Decimal:
        d = known.get(v)
        return d if d is not None else known.setdefault(v, _num(v))

    # a figure emptied by a move (float sums in another order): none
    row_items = {row: kept for row, items in by_row.items()
                 if (kept := {i: dec(v) for i, v in items.items() if abs(v) > 1e-9})}
    year_items: dict[int, dict[str, Decimal]] = {}
    for (year, item), v in by_year_item.items():
        if abs(v) > 1e-9:
            year_items.setdefault(year, {})[item] = dec(v)

    year_ranges = []
    for y in years:
        y_first = max(start, month_start(y, 1, year_rule))
        y_last = min(end, month_end(y, 12, year_rule))
        y_months = [m for m in period.months if y_first.isoformat() <= _month_end_iso(m, period.rule) <= y_last.isoformat()]
        year_ranges.append((y, y_first.isoformat(), y_last.isoformat(), y_months))
    by_year, recorded_period, period_values = figures_by_year(store, root, year_ranges, date_from, date_to,
                                                              period.months)

    # Models alive at the end of the range, and which units of a countable kind have one.
    # a model of a unit split by place counts for the part that took its village (issue 20)
    moves, model_unit = organisation.moves_json(store, date_to), organisation.MODEL_UNIT_SQL
    cte = SUBTREE_CTE.replace("?", ":root")
    alive = "m.established <= :day AND (m.status = 'active' OR m.ended_on > :day)"
    args = {"root": root, "day": date_to, "moves": moves}
    models_total = q(f"{cte} SELECT count(*) FROM models m WHERE {model_unit} IN (SELECT code FROM below) AND {alive}",
                     args).fetchone()[0]
    kinds: dict[str, list[bool]] = defaultdict(list)
    # the units with a model alive, found once (not a scan of every model for each unit: O(units x models), most
    # of a national summary's query); a unit has one when it or a unit merged into it is among them
    for kind, has in q(
            f"""{cte}, alive_in(code) AS (SELECT DISTINCT {model_unit} FROM models m WHERE {alive})
                SELECT u.kind, u.code IN (SELECT code FROM alive_in) OR EXISTS (SELECT 1 FROM unit_lineage l
                    WHERE l.new_code = u.code AND l.main = 1 AND l.old_code IN (SELECT code FROM alive_in))
                FROM units u WHERE u.code IN (SELECT code FROM below)
                AND (u.retired = 0 OR u.code IN (SELECT code FROM unit_changes WHERE field = 'ended' AND date > :day))
                AND u.code NOT IN (SELECT code FROM unit_changes WHERE field = 'created' AND date > :day)""", args):
        if kind in COVERAGE_KINDS:
            kinds[kind].append(bool(has))
    single = len(rows) == 1 and rows[0].code == root
    # a commune's own summary does not report that 1 of 1 commune has a model
    coverage = [] if single else [Coverage(*COVERAGE_NAMES[k], sum(cs), len(cs))
                                  for k, cs in kinds.items()]
    recognised = _recognised_as_of(store, root, date_to, lang)
    return SummaryReport(issuer=issuer or issuer_for(store, root, lang), number=number, issued_on=issued_on,
                         start=start, end=end, units=rows, row_items=row_items, year_items=year_items,
                         indicators_by_year=by_year, indicators_period=period_values,
                         coverage=coverage, models_total=models_total, models_recognised=recognised,
                         ratings=rating_years(store, years, root), year_list=years, period=period,
                         recorded_period=recorded_period,
                         single_unit=single,
                         signed=signed_for_units(store, [(u.code, u.name) for u in rows],
                                                 {sp.unit_code: sp.row for sp in g.spans}, date_from, date_to))


def _year_of(day: dt.date, rule: str) -> int:
    from app.domain.reporting_periods import report_year

    return report_year(day, rule)


def _month_end_iso(month: str, rule: str) -> str:
    from app.domain.reporting_periods import month_end

    return month_end(int(month[:4]), int(month[5:]), rule).isoformat()


# ---------------------------------------------------------------- register of models


def models_rows(store: Store, root: str, lang: str = "vi") -> list[dict]:
    """Every model of ``root`` and the units below it, with its unit's name, border work, every recognition with
    its decision, and how it ended; in unit then date order (the subtree as a recursive CTE). A model of a unit
    merged into one of them is listed under its successor, its own unit named (issue 20)."""
    from app.collation import sort_key
    from app.formatting import format_date

    from app.i18n import t

    get_unit(store, root)
    names = organisation.display_names(store, lang=lang)
    today = dt.date.today().isoformat()
    moves = organisation.model_moves(store, today)  # a model of a unit split by place: under the part (issue 20)
    own = {c: n for c, n in store.conn.execute("SELECT code, name FROM units")}
    out = []
    for r in store.conn.execute(
            f"{SUBTREE_CTE.replace('?', ':root')} SELECT m.unit_code, u.name, m.name, m.type, m.place, m.established,"
            " m.leader, m.members, m.households, m.border_km, m.markers, m.status, m.ended_on, m.recognition,"
            " m.end_reason, json_extract(m.data, '$.recognitions'), m.id FROM models m JOIN units u ON u.code = m.unit_code"
            f" WHERE {organisation.MODEL_UNIT_SQL} IN (SELECT code FROM below)"
            " ORDER BY u.name COLLATE vi, m.established, m.name COLLATE vi",
            {"root": root, "moves": orjson.dumps(moves).decode()}):
        unit_name = names.get(r[0], r[1])
        if r[16] in moves:
            part = moves[r[16]]
            unit_name = f"{own.get(part, part)} ({t('formerly', lang, name=r[1])})"
        decisions = []
        for d in orjson.loads(r[15] or "[]"):
            level = vocab.label("recognition_levels", d.get("level"), lang)
            when = format_date(dt.date.fromisoformat(d["date"])) if d.get("date") else ""
            decisions.append(say("level_decision_of_date", lang, level=level, number=d.get("decision_no", ""),
                                 date=when))
        out.append({"unit_code": r[0], "unit_name": unit_name, "name": r[2],
                    "type": vocab.label("model_types", r[3], lang), "place": r[4],
                    "established": dt.date.fromisoformat(r[5]), "leader": r[6], "members": r[7],
                    "households": r[8], "border_km": r[9], "markers": r[10],
                    "status": vocab.label("model_statuses", r[11], lang), "ended_on": r[12],
                    "recognition": "; ".join(decisions) or (vocab.label("recognition_levels", r[13], lang)
                                                            if r[13] else ""),
                    "end_reason": r[14] or ""})
    out.sort(key=lambda m: (sort_key(m["unit_name"]), m["established"], sort_key(m["name"])))
    return out
