"""Read the store into the plain data the report builders take.

Only the readable tables are read, over their indexes: ``surrender_items`` through
its covering index (unit_code, date, item_code, quantity), ``monthly_figures`` by
(unit_code, month), ``models``/``activities`` by unit. Aggregation happens in
SQLite (GROUP BY unit, year, item); the builders only fold the grouped rows.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

import orjson

from app.domain import vocab
from app.domain.figures import computed_figures, month_bounds
from app.domain.surrenders import get_surrender
from app.domain.units import get_unit, subtree_codes
from app.reports.layout import Issuer, Signature
from app.reports.monthly import ActivityCount, ModelLine, MonthlyReport
from app.reports.receipt import Person, Receipt, ReceiptLine
from app.reports.reference import Catalogue
from app.reports.review_queries import rating_years
from app.reports.statement import Coverage
from app.reports.summary import STOCK_INDICATORS, ItemTotal, SummaryReport, UnitRef
from app.store.db import Store

# Who signs for each kind of unit, and how the level above is written in "Nơi nhận".
SIGNER_TITLES = {
    "commune_police": ("Trưởng Công an xã", "Commune police chief"),
    "border_post": ("Đồn trưởng", "Post commander"),
    "provincial_police": ("Giám đốc", "Director"),
    "bg_command": ("Chỉ huy trưởng", "Commander"),
    "national": ("Thủ trưởng đơn vị", "Head of unit"),
}
# Coverage sentences: which unit kinds are counted, and how they are named.
COVERAGE_KINDS = {
    "commune_police": ("xã, phường, đặc khu", "communes and wards"),
    "border_post": ("đồn biên phòng", "border posts"),
}
RECOGNITION_LABELS = {"national": ("cấp toàn quốc", "nationally"), "province": ("cấp tỉnh", "by the province"),
                      "commune": ("cấp xã", "by the commune")}


def _lang_pick(pair: tuple[str, str], lang: str) -> str:
    return pair[0] if lang == "vi" else pair[1]


def catalogue_from_store(store: Store) -> Catalogue:
    """The catalogue as the store holds it (names sent down by the level above), with shipped categories."""
    from app.domain.catalogue import categories

    rows = [dict(r) for r in store.conn.execute(
        "SELECT code, category, name_vi, name_en, unit_vi, unit_en, measure FROM catalogue_items ORDER BY rowid")]
    return Catalogue.from_rows(categories(), rows)


def issuer_for(store: Store, unit_code: str, lang: str = "vi", signer: str = "", signer_title: str = "",
               capacity: str = "", recipients: tuple[str, ...] | None = None, form: str = "all") -> Issuer:
    """Header and foot of a report issued by ``unit_code``: its parent body, its name, its place.

    Who signs and "Nơi nhận": what the call gives, else the unit's settings for ``form``
    (:mod:`app.domain.form_settings`), else the head of the unit, named only when the unit is this laptop's own
    (a commune's form printed at the province is not signed by the province's officer)."""
    from app.domain import form_settings

    unit = get_unit(store, unit_code)
    parent = get_unit(store, unit.parent_code) if unit.parent_code else None
    locality = unit.place or (parent.place if parent else "") or ""
    head = _lang_pick(SIGNER_TITLES.get(unit.kind, ("Thủ trưởng đơn vị", "Head of unit")), lang)
    kept = form_settings.get_settings(store, unit.code, form)
    capacity = capacity or form_settings.capacity_line(kept.capacity, head)
    title = signer_title or kept.signer_title or head
    own = unit.code == store.home_unit
    name = signer or kept.signer_name or (store.meta_get("officer", "") or "" if own else "")
    if recipients is None:
        recipients = kept.recipients
    if recipients is None:
        recipients = tuple(x for x in (parent.name if parent else "", "Lưu: VT" if lang == "vi" else "File") if x)
    return Issuer(parent_body=parent.name if parent else "", unit_name=unit.name, locality=locality,
                  signature=Signature(title=title, name=name, capacity=capacity), recipients=recipients)


# ---------------------------------------------------------------- monthly


def monthly_data(store: Store, unit_code: str, month: str, lang: str = "vi", *, number: str = "",
                 issued_on: dt.date | None = None, issuer: Issuer | None = None) -> MonthlyReport:
    first, last = month_bounds(month)
    q = store.conn.execute
    acts_by_model = {mid: (n, p) for mid, n, p in q(
        "SELECT model_id, count(*), coalesce(sum(participants), 0) FROM activities"
        " WHERE unit_code = ? AND date BETWEEN ? AND ? GROUP BY model_id", (unit_code, first, last))}
    models = []
    for r in q("SELECT id, name, type, place, established, members, status, ended_on FROM models"
               " WHERE unit_code = ? AND established <= ? AND (status = 'active' OR ended_on >= ?)"
               " ORDER BY established, name COLLATE vi", (unit_code, last, first)):
        n, p = acts_by_model.get(r[0], (0, 0))
        active = r[6] == "active" or (r[7] or "") > last
        models.append(ModelLine(r[1], vocab.label("model_types", r[2], lang), r[3],
                                dt.date.fromisoformat(r[4]), r[5], active, n, p))
    activities = [ActivityCount(vocab.label("activity_kinds", k, lang), n, p) for k, n, p in q(
        "SELECT kind, count(*), coalesce(sum(participants), 0) FROM activities"
        " WHERE unit_code = ? AND date BETWEEN ? AND ? GROUP BY kind ORDER BY count(*) DESC", (unit_code, first, last))]
    receipts = q("SELECT count(*) FROM surrenders WHERE unit_code = ? AND date BETWEEN ? AND ?",
                 (unit_code, first, last)).fetchone()[0]
    items = {code: _num(v) for code, v in q(
        "SELECT item_code, sum(quantity) FROM surrender_items WHERE unit_code = ? AND date BETWEEN ? AND ?"
        " GROUP BY item_code", (unit_code, first, last))}
    # What the records give, overridden by what the officer entered for the month.
    values: dict[str, object] = {k: v for k, v in computed_figures(store, [unit_code], month).items() if v}
    values.update({ind: _num(v) for ind, v in q(
        "SELECT indicator, value FROM monthly_figures WHERE unit_code = ? AND month = ?", (unit_code, month))})
    return MonthlyReport(issuer=issuer or issuer_for(store, unit_code, lang), number=number, issued_on=issued_on,
                         year=int(month[:4]), month=int(month[5:7]), models=models, activities=activities,
                         receipts=receipts, items=items, indicators=values)


def _num(v: float | int) -> Decimal:
    """A stored REAL back to the decimal it was typed as (quantities have at most 3 decimals)."""
    return Decimal(repr(round(float(v), 3))).normalize() if v != int(v) else Decimal(int(v))


# ---------------------------------------------------------------- receipt


def receipt_report(store: Store, receipt_id: str) -> Receipt:
    rec = get_surrender(store, receipt_id)
    d = rec.data
    unit = get_unit(store, d["unit_code"])
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
        number=f"{d['number']:02d}/BB-{_symbol(unit.kind)}", received_at=when,
        place=d.get("place") or unit.name, parent_body=parent.name if parent else "", unit_name=unit.name,
        locality=unit.place or (parent.place if parent else ""), officer_name=d.get("received_by", ""),
        officer_rank=d.get("received_rank", ""), handed_by=person,
        method="found" if d.get("owner_unknown") and method == "voluntary" else method,
        lines=[ReceiptLine(l["item_code"], _num(l["quantity"]), l.get("serial", ""), l.get("condition", ""))
               for l in d["lines"]],
        witnesses=[Person(w) for w in d.get("witnesses", [])], note=d.get("note", ""))


def document_symbol(store: Store, unit_code: str) -> str:
    return _symbol(get_unit(store, unit_code).kind)


def _symbol(kind: str) -> str:
    """The issuing body's abbreviation in document numbers (12/BC-CAX)."""
    return {"commune_police": "CAX", "border_post": "ĐBP", "provincial_police": "CAT", "bg_command": "BĐBP"}.get(kind, "")


# ---------------------------------------------------------------- summary


def report_rows(store: Store, root: str) -> tuple[list[UnitRef], dict[str, str]]:
    """The units a summary lists (the children of ``root``, or ``root`` when it has none) and, for every
    unit of the subtree, which listed unit it counts under."""
    children = [(c, n) for c, n in store.conn.execute(
        "SELECT code, name FROM units WHERE parent_code = ? ORDER BY name COLLATE vi", (root,))]
    if not children:
        unit = get_unit(store, root)
        return [UnitRef(unit.code, unit.name)], {root: root}
    owner: dict[str, str] = {}
    for code, _ in children:
        for sub in subtree_codes(store, code):
            owner[sub] = code
    return [UnitRef(c, n) for c, n in children], owner


def summary_data(store: Store, root: str, date_from: str, date_to: str, lang: str = "vi", *,
                 number: str = "", issued_on: dt.date | None = None, issuer: Issuer | None = None) -> SummaryReport:
    start, end = dt.date.fromisoformat(date_from), dt.date.fromisoformat(date_to)
    rows, owner = report_rows(store, root)
    codes = list(owner)
    marks = ",".join("?" * len(codes))
    q = store.conn.execute
    # One pass over the covering index (unit_code, date, item_code, quantity).
    grouped: dict[tuple[str, int, str], float] = defaultdict(float)
    for unit, year, item, qty in q(
            f"SELECT unit_code, CAST(substr(date, 1, 4) AS INTEGER), item_code, sum(quantity) FROM surrender_items"
            f" WHERE unit_code IN ({marks}) AND date BETWEEN ? AND ? GROUP BY 1, 2, 3", [*codes, date_from, date_to]):
        grouped[(owner[unit], year, item)] += qty
    item_totals = [ItemTotal(u, y, i, _num(v)) for (u, y, i), v in grouped.items()]

    m_from, m_to = date_from[:7], date_to[:7]
    stocks = sorted(STOCK_INDICATORS)
    smarks = ",".join("?" * len(stocks))
    by_year: dict[int, dict[str, Decimal]] = defaultdict(dict)
    for year, ind, v in q(
            f"SELECT CAST(substr(month, 1, 4) AS INTEGER), indicator, sum(value) FROM monthly_figures"
            f" WHERE unit_code IN ({marks}) AND month BETWEEN ? AND ? AND indicator NOT IN ({smarks}) GROUP BY 1, 2",
            [*codes, m_from, m_to, *stocks]):
        by_year[year][ind] = _num(v)
    period: dict[str, Decimal] = defaultdict(Decimal)
    for values in by_year.values():
        for ind, v in values.items():
            period[ind] += v
    # Stocks: each unit's last month (of the year; of the period), added over units.
    for year, ind, v in q(
            f"SELECT y, indicator, sum(value) FROM (SELECT unit_code, CAST(substr(month, 1, 4) AS INTEGER) AS y,"
            f" indicator, value, max(month) FROM monthly_figures WHERE unit_code IN ({marks}) AND month BETWEEN ? AND ?"
            f" AND indicator IN ({smarks}) GROUP BY unit_code, y, indicator) GROUP BY y, indicator",
            [*codes, m_from, m_to, *stocks]):
        by_year[year][ind] = _num(v)
    for ind, v in q(
            f"SELECT indicator, sum(value) FROM (SELECT unit_code, indicator, value, max(month) FROM monthly_figures"
            f" WHERE unit_code IN ({marks}) AND month BETWEEN ? AND ? AND indicator IN ({smarks})"
            f" GROUP BY unit_code, indicator) GROUP BY indicator", [*codes, m_from, m_to, *stocks]):
        period[ind] = _num(v)

    # Models alive at the end of the range, and which units of a countable kind have one.
    alive = (f"unit_code IN ({marks}) AND established <= ? AND (status = 'active' OR ended_on > ?)")
    models_total = q(f"SELECT count(*) FROM models WHERE {alive}", [*codes, date_to, date_to]).fetchone()[0]
    with_model = {r[0] for r in q(f"SELECT DISTINCT unit_code FROM models WHERE {alive}", [*codes, date_to, date_to])}
    kinds: dict[str, list[str]] = defaultdict(list)
    for code, kind in q(f"SELECT code, kind FROM units WHERE code IN ({marks}) AND retired = 0", codes):
        if kind in COVERAGE_KINDS:
            kinds[kind].append(code)
    coverage = [Coverage(COVERAGE_KINDS[k][0], COVERAGE_KINDS[k][1], sum(c in with_model for c in cs), len(cs))
                for k, cs in kinds.items()]
    recognised = {}
    for level, n in q(f"SELECT recognition, count(*) FROM models WHERE {alive} AND recognition IS NOT NULL"
                      f" GROUP BY recognition", [*codes, date_to, date_to]):
        if level in RECOGNITION_LABELS:
            recognised[_lang_pick(RECOGNITION_LABELS[level], lang)] = n
    recognised = {k: recognised[k] for k in (_lang_pick(RECOGNITION_LABELS[lv], lang)
                                             for lv in ("national", "province", "commune")) if k in recognised}
    return SummaryReport(issuer=issuer or issuer_for(store, root, lang), number=number, issued_on=issued_on,
                         start=start, end=end, units=rows, item_totals=item_totals,
                         indicators_by_year={y: dict(v) for y, v in by_year.items()}, indicators_period=dict(period),
                         coverage=coverage, models_total=models_total, models_recognised=recognised,
                         ratings=rating_years(store, range(start.year, end.year + 1), root))


# ---------------------------------------------------------------- register of models


def models_rows(store: Store, root: str, lang: str = "vi") -> list[dict]:
    """Every model of ``root`` and the units below it, with its unit's name, in unit then date order."""
    codes = subtree_codes(store, root)
    marks = ",".join("?" * len(codes))
    out = []
    for r in store.conn.execute(
            f"SELECT m.unit_code, u.name, m.name, m.type, m.place, m.established, m.leader, m.members, m.households,"
            f" m.border_km, m.markers, m.status, m.ended_on, m.recognition FROM models m JOIN units u"
            f" ON u.code = m.unit_code WHERE m.unit_code IN ({marks}) ORDER BY u.name COLLATE vi, m.established, m.name COLLATE vi", codes):
        out.append({"unit_code": r[0], "unit_name": r[1], "name": r[2],
                    "type": vocab.label("model_types", r[3], lang), "place": r[4],
                    "established": dt.date.fromisoformat(r[5]), "leader": r[6], "members": r[7],
                    "households": r[8], "border_km": r[9], "markers": r[10],
                    "status": vocab.label("model_statuses", r[11], lang), "ended_on": r[12],
                    "recognition": vocab.label("recognition_levels", r[13], lang) if r[13] else ""})
    return out
