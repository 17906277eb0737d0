"""How each document type becomes rows of the readable tables.

The readable tables are a cache of the winners: `materialise` refreshes the rows of the
documents an apply touched, `rebuild_readable` recomputes them all from `versions` (used by
`antt check` and by the tests that prove the incremental path equals the rebuild).
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from typing import Callable, Iterator, Mapping

import orjson

from app.domain.ids import (
    figures_doc_id, item_doc_id, period_doc_id, person_doc_id, progress_doc_id, thresholds_doc_id, unit_doc_id,
)
from app.domain.totals import TOTALS_TABLES, Delta, coarser_after
from app.domain.winners import decide, load_doc_versions
from app.store.bulk import indexes_built_after
from app.store.db import Store

Row = tuple


@dataclass(frozen=True)
class TableSpec:
    table: str
    key: str  # the column holding the document id
    columns: tuple[str, ...]
    rows: Callable[[str, dict], list[Row]]
    # When `table` is a view over a more compact table (schema step 10: a receipt's lines are kept in
    # surrender_lines under the receipt's rid), where the rows are kept, the column there that plays `key`'s
    # part, and the SQL that writes and removes a document's rows there from the same row tuples and ids.
    stored_in: str = ""
    stored_key: str = ""
    insert: str = ""
    delete: str = ""

    @property
    def insert_sql(self) -> str:
        return self.insert or (f"INSERT INTO {self.table}({', '.join(self.columns)})"
                               f" VALUES ({', '.join('?' * len(self.columns))})")

    @property
    def delete_sql(self) -> str:
        return self.delete or f"DELETE FROM {self.table} WHERE {self.key} = ?"

    @property
    def stored(self) -> tuple[str, str]:
        """(table, key column) where the rows are kept."""
        return self.stored_in or self.table, self.stored_key or self.key


def _json(value) -> str:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


class NotItsId(ValueError):
    """A document kept under a natural key (a unit's code, a receipt's personal details, a unit's month)
    whose id is not the one derived from that key. Two such documents would claim one row of a
    readable table (issue 18: an IntegrityError at import, after a clean preview); only the document
    under the derived id is shown, any other is kept but held as unreadable, the same in the
    preview and in the import, so nothing is lost and nothing depends on the order of arrival."""


def _own_id(doc_id: str, expected: str) -> None:
    if doc_id != expected:
        raise NotItsId(doc_id)


def _unit_rows(doc_id: str, d: dict):
    _own_id(doc_id, unit_doc_id(d["code"]))
    return [(d["code"], doc_id, d["name"], d["kind"], d.get("parent_code"), d.get("place", ""),
           int(bool(d.get("retired"))), _json(d))]


def _item_rows(doc_id: str, d: dict):
    _own_id(doc_id, item_doc_id(d["code"]))
    return [(d["code"], doc_id, d["category"], d["name_vi"], d["name_en"], d["unit_vi"], d["unit_en"],
           d.get("measure", "count"), int(bool(d.get("retired"))))]


def _model_rows(doc_id: str, d: dict):
    levels = [r.get("level") for r in d.get("recognitions") or []]
    top = next((lvl for lvl in ("national", "province", "commune") if lvl in levels), None)
    return [(doc_id, d["unit_code"], d["name"], d["type"], d.get("place", ""), d["established"], d.get("leader", ""),
           d.get("members"), d.get("households"), d.get("border_km"), d.get("markers"), d.get("status", "active"),
           d.get("ended_on"), d.get("end_reason"), d.get("replicated_from"), top, _json(d))]


def _activity_rows(doc_id: str, d: dict):
    return [(doc_id, d["model_id"], d["unit_code"], d["date"], d["kind"], d.get("participants"), d.get("note", ""))]


def _surrender_rows(doc_id: str, d: dict):
    return [(doc_id, d["unit_code"], int(d["date"][:4]), d["number"], d["date"], d.get("time", ""), d.get("place", ""),
           d.get("received_by", ""), d.get("received_rank", ""), d.get("person_name", ""),
           int(bool(d.get("owner_unknown"))), d.get("method", "voluntary"))]


def _surrender_item_rows(doc_id: str, d: dict):
    unit, date = d["unit_code"], d["date"]
    return [(doc_id, n, unit, date, line["item_code"], line["category"], line["quantity"], line["unit"],
             line.get("serial", ""), line.get("condition", "")) for n, line in enumerate(d.get("lines") or (), 1)]


def _person_rows(doc_id: str, d: dict):
    _own_id(doc_id, person_doc_id(d["surrender_id"]))
    return [(doc_id, d["surrender_id"], d.get("birth_year"), d.get("id_number", ""), d.get("address", ""))]


def _figure_rows(doc_id: str, d: dict):
    _own_id(doc_id, figures_doc_id(d["unit_code"], d["month"]))
    return [(doc_id, d["unit_code"], d["month"], indicator, value)
            for indicator, value in sorted((d.get("values") or {}).items())]


def _rating_rows(doc_id: str, d: dict):
    return [(doc_id, d["model_id"], d["unit_code"], d["year"], d["rating"], d.get("note", ""))]


def _period_rows(doc_id: str, d: dict):
    _own_id(doc_id, period_doc_id(d["unit_code"], d["month"]))
    return [(doc_id, d["unit_code"], d["month"], d["status"], d.get("by", ""), d.get("at", ""), d.get("reason", ""),
             _json(d))]


def _thresholds_rows(doc_id: str, d: dict):
    _own_id(doc_id, thresholds_doc_id(d["unit_code"], d["year"]))
    return [(doc_id, d["unit_code"], d["year"], d["excellent"], d["good"], d["average"])]


def _place_rating_rows(doc_id: str, d: dict):
    return [(doc_id, d["unit_code"], d["year"], d["place_kind"], d["place_name"], d["total"],
           int(bool(d.get("recognised"))), d.get("decision_no"), d.get("decision_date"), _json(d))]


def _plan_rows(doc_id: str, d: dict):
    return [(doc_id, d["unit_code"], d["number"], d["date"], d["title"], d.get("implements", ""))]


def _task_rows(doc_id: str, d: dict):
    return [(doc_id, d["plan_id"], d["title"], d["deadline"])]


def _task_unit_rows(doc_id: str, d: dict):
    return [(doc_id, code) for code in dict.fromkeys(d.get("unit_codes") or ())]  # a code named twice: one row


def _progress_rows(doc_id: str, d: dict):
    _own_id(doc_id, progress_doc_id(d["task_id"], d["unit_code"]))
    return [(doc_id, d["task_id"], d["unit_code"], d["status"], d["date"], d.get("note", ""),
           _json(d.get("evidence") or {}))]


def _attachment_rows(doc_id: str, d: dict):
    return [(doc_id, d["owner_id"], d["owner_type"], d["unit_code"], d["kind"], d.get("caption", ""), d["sha256"],
             d["size"], d["mime"], d.get("file_name", ""), d.get("added_at", ""))]


def _review_rows(doc_id: str, d: dict):
    return [(doc_id, d["plan_id"], d["kind"], d["date"], d.get("unit_code"), d["findings"])]


def _unit_event_rows(doc_id: str, d: dict):
    return [(doc_id, d["kind"], d["date"], _json(d))]


def _unit_lineage_rows(doc_id: str, d: dict):
    """Merge: every source but the one it merges into -> into; split: the source -> each part."""
    date = d["date"]
    if d["kind"] == "merge":
        return [(doc_id, date, src, d["into"], 1, "[]") for src in d["from"] if src != d["into"]]
    if d["kind"] == "split":
        return [(doc_id, date, d["from"][0], p["code"], int(p["code"] == d["main"]), _json(p.get("places") or []))
                for p in d["parts"]]
    return []


def _unit_change_rows(doc_id: str, d: dict):
    date, out = d["date"], []
    for code, old, new in d.get("names") or ():
        out.append((doc_id, date, code, "name", old or "", new or ""))
    for code, old, new in d.get("parents") or ():
        out.append((doc_id, date, code, "parent", old or "", new or ""))
    for code in d.get("created") or ():
        out.append((doc_id, date, code, "created", "", date))
    for code in d.get("ended") or ():
        out.append((doc_id, date, code, "ended", "", date))
    return out


# Receipts and their lines are kept under the receipt document's num (schema steps 10, 12): surrenders and
# surrender_items are views; the rows built here name the document's id, whose `documents` row is written before
# (versions.apply_versions, the import's fast path). A line's unit and date are its receipt's (built from the same
# document: _surrender_item_rows), shown from the receipt's row.
_NUM = "(SELECT num FROM documents WHERE doc_id = ?{})"
_INSERT_RECEIPT = ("INSERT INTO surrender_rows(rid, unit_code, year, number, date, time, place, received_by, received_rank,"
                   f" person_name, owner_unknown, method) VALUES ({_NUM.format(1)}, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                   " ?11, ?12)")
_DELETE_RECEIPT = f"DELETE FROM surrender_rows WHERE rid = {_NUM.format('')}"
_INSERT_LINE = ("INSERT INTO surrender_lines(receipt, line_no, item_code, category, quantity, unit, serial, condition)"
                f" VALUES ({_NUM.format(1)}, ?2, ?5, ?6, ?7, ?8, ?9, ?10)")
_DELETE_LINES = f"DELETE FROM surrender_lines WHERE receipt = {_NUM.format('')}"

DOC_TYPES: dict[str, tuple[TableSpec, ...]] = {
    "unit": (TableSpec("units", "doc_id", ("code", "doc_id", "name", "kind", "parent_code", "place", "retired", "data"), _unit_rows),),
    # issue 20: merge, split, rename, move, end of units (app/domain/unit_events.py)
    "unit_event": (
        TableSpec("unit_events", "doc_id", ("doc_id", "kind", "date", "data"), _unit_event_rows),
        TableSpec("unit_lineage", "event_id", ("event_id", "date", "old_code", "new_code", "main", "places"), _unit_lineage_rows),
        TableSpec("unit_changes", "event_id", ("event_id", "date", "code", "field", "old_value", "new_value"), _unit_change_rows),
    ),
    "catalogue_item": (TableSpec("catalogue_items", "doc_id", ("code", "doc_id", "category", "name_vi", "name_en", "unit_vi", "unit_en", "measure", "retired"), _item_rows),),
    "community_model": (TableSpec("models", "id", ("id", "unit_code", "name", "type", "place", "established", "leader", "members", "households", "border_km", "markers", "status", "ended_on", "end_reason", "replicated_from", "recognition", "data"), _model_rows),),
    "activity": (TableSpec("activities", "id", ("id", "model_id", "unit_code", "date", "kind", "participants", "note"), _activity_rows),),
    # lines before the receipt on delete (children first), receipt before lines on insert
    "surrender": (
        TableSpec("surrenders", "id", ("id", "unit_code", "year", "number", "date", "time", "place", "received_by", "received_rank", "person_name", "owner_unknown", "method"), _surrender_rows,
                  stored_in="surrender_rows", stored_key="rid", insert=_INSERT_RECEIPT, delete=_DELETE_RECEIPT),
        TableSpec("surrender_items", "surrender_id", ("surrender_id", "line_no", "unit_code", "date", "item_code", "category", "quantity", "unit", "serial", "condition"), _surrender_item_rows,
                  stored_in="surrender_lines", stored_key="receipt", insert=_INSERT_LINE, delete=_DELETE_LINES),
    ),
    "surrender_person": (TableSpec("surrender_persons", "doc_id", ("doc_id", "surrender_id", "birth_year", "id_number", "address"), _person_rows),),
    "monthly_figures": (TableSpec("monthly_figures", "doc_id", ("doc_id", "unit_code", "month", "indicator", "value"), _figure_rows),),
    "model_rating": (TableSpec("model_ratings", "doc_id", ("doc_id", "model_id", "unit_code", "year", "rating", "note"), _rating_rows),),
    "rating_thresholds": (TableSpec("rating_thresholds", "doc_id", ("doc_id", "unit_code", "year", "excellent", "good", "average"), _thresholds_rows),),
    "place_rating": (TableSpec("place_ratings", "doc_id", ("doc_id", "unit_code", "year", "place_kind", "place_name", "total", "recognised", "decision_no", "decision_date", "data"), _place_rating_rows),),
    "plan": (TableSpec("plans", "id", ("id", "unit_code", "number", "date", "title", "implements"), _plan_rows),),
    "plan_task": (
        TableSpec("plan_tasks", "id", ("id", "plan_id", "title", "deadline"), _task_rows),
        TableSpec("plan_task_units", "task_id", ("task_id", "unit_code"), _task_unit_rows),
    ),
    "task_progress": (TableSpec("task_progress", "doc_id", ("doc_id", "task_id", "unit_code", "status", "date", "note", "evidence"), _progress_rows),),
    "plan_review": (TableSpec("plan_reviews", "id", ("id", "plan_id", "kind", "date", "unit_code", "findings"), _review_rows),),
    # issue 16: evidence attached to a record (app/domain/attachments.py); the bytes are in `blobs`
    "attachment": (TableSpec("attachments", "id", ("id", "owner_id", "owner_type", "unit_code", "kind", "caption", "sha256", "size", "mime", "file_name", "added_at"), _attachment_rows),),
    # issue 5 item 7: a unit's month and its status (app/domain/periods.py)
    # issue 19 item 4: who signs a unit's forms; no readable table (app/domain/form_settings.py reads the winner)
    "form_settings": (),
    "period": (TableSpec("periods", "doc_id", ("doc_id", "unit_code", "month", "status", "changed_by", "changed_at", "reason", "data"), _period_rows),),
}

ROW_ERRORS = (KeyError, TypeError, ValueError, IndexError, AttributeError)

# doc_type -> ((table, row builder), ...): the bulk path's loop reads these without attribute lookups
_BUILDERS: dict[str, tuple[tuple[str, Callable[[str, dict], list[Row]]], ...]] = {
    doc_type: tuple((spec.table, spec.rows) for spec in specs) for doc_type, specs in DOC_TYPES.items()
}


def build_rows(doc_type: str, doc_id: str, data: dict) -> list[tuple[str, list[Row]]]:
    """The readable rows of one live winner, per table; raises one of ROW_ERRORS if they cannot be built."""
    builders = _BUILDERS.get(doc_type, ())
    if len(builders) == 1:  # most types: no comprehension (a frame of its own), once per version of a bundle
        table, rows = builders[0]
        return [(table, rows(doc_id, data))]
    return [(table, rows(doc_id, data)) for table, rows in builders]


def row_problem(exc: BaseException) -> list:
    """Why rows could not be built, as [problem, field] (shown translated by the sync receipt)."""
    if isinstance(exc, KeyError):
        return ["missing_field", str(exc.args[0]) if exc.args else ""]
    if isinstance(exc, NotItsId):
        return ["not_its_id", ""]
    return ["bad_value", ""]


_NO_REFS = frozenset(("unit", "catalogue_item", "unit_event"))


def references(doc_type: str, data: dict) -> set[str]:
    """The reference data a document names: 'unit:<code>' and 'item:<code>' (design §3: units and
    catalogue are written above and may arrive after the records that name them)."""
    if doc_type in _NO_REFS:
        return set()
    code = data.get("unit_code")
    refs = {"unit:" + code} if type(code) is str else set()
    if doc_type == "surrender":
        for line in data.get("lines") or ():
            if type(line) is dict:
                code = line.get("item_code")
                if type(code) is str:
                    refs.add("item:" + code)
    elif doc_type == "plan_task":
        for code in data.get("unit_codes") or ():
            if type(code) is str:
                refs.add("unit:" + code)
    return refs


def known_refs(conn, refs: set[str], inserts: dict[str, list[Row]] | None = None) -> set[str]:
    """Which of `refs` this store has, counting the units and items about to be inserted."""
    inserts = inserts or {}
    known = {"unit:" + r[0] for r in inserts.get("units", ())} | {"item:" + r[0] for r in inserts.get("catalogue_items", ())}
    units = [r[5:] for r in refs if r.startswith("unit:") and r not in known]
    items = [r[5:] for r in refs if r.startswith("item:") and r not in known]
    for table, prefix, codes in (("units", "unit:", units), ("catalogue_items", "item:", items)):
        if codes:
            rows = conn.execute(f"SELECT code FROM {table} WHERE code IN (SELECT value FROM json_each(?))",
                                (orjson.dumps(codes).decode(),))
            known.update(prefix + r[0] for r in rows)
    return known


_PRELOAD_REFS = 500  # documents in one materialise from which loading every code beats asking for some


class _StoreCodes:
    """Every unit and catalogue item code this store has, loaded once for a big batch: `has_all` answers
    "are all the references of this document here?" without building its reference set (the common case
    on the bulk path); only a document that misses one gets its references worked out."""

    def __init__(self, conn) -> None:
        self.units = {r[0] for r in conn.execute("SELECT code FROM units")}
        self.items = {r[0] for r in conn.execute("SELECT code FROM catalogue_items")}

    def has_all(self, doc_type: str, data: dict) -> bool:
        if doc_type in _NO_REFS:
            return True
        code = data.get("unit_code")
        if type(code) is str and code not in self.units:
            return False
        if doc_type == "surrender":
            items = self.items
            for line in data.get("lines") or ():
                if type(line) is dict:
                    code = line.get("item_code")
                    if type(code) is str and code not in items:
                        return False
        elif doc_type == "plan_task":
            units = self.units
            for code in data.get("unit_codes") or ():
                if type(code) is str and code not in units:
                    return False
        return True


def materialise(store: Store, winners: dict, existing: set[str], prebuilt: dict | None = None) -> None:
    """Write the readable rows of `winners` ({doc_id: (version, conflicts, deleted)}).

    `prebuilt` ({vid: (build_rows(...), the references(...) the caller did not find in the store)})
    spares building and checking again what the caller did for the same version (a vid always names
    the same bytes; the store's units and items do not change between the caller's look and this).
    Rows of documents in `existing` are removed first; new documents only get inserts.
    Also upserts the `documents` row of each. A winner whose rows cannot be built, or that names
    a unit or catalogue item this store does not have, gets no readable rows but a `held_documents`
    row (its versions stay, nothing is lost); when the unit or item arrives, the documents held for
    it are materialised again here.
    """
    conn = store.conn
    deletes: dict[TableSpec, list] = {}
    inserts: dict[str, list[Row]] = {table: [] for table in readable_tables()}
    doc_rows = []
    held: list[tuple] = []  # (doc_id, doc_type, vid, reason, detail list)
    pending: list[tuple] = []  # (doc_id, doc_type, vid, refs, [(table, rows)])
    builders_of = _BUILDERS
    # A big batch checks references against every unit and item code of the store, loaded once;
    # what is not there yet (or arrives in this batch) is settled after the loop, as small ones are.
    codes: _StoreCodes | None = None  # loaded at the first document of a big batch that needs it
    preload = len(winners) >= _PRELOAD_REFS
    for doc_id, (winner, conflicts, deleted) in winners.items():
        if type(winner) is dict:
            doc_type, data, vid, lamport = winner["doc_type"], winner["data"], winner["vid"], winner["lamport"]
        else:
            doc_type, data, vid, lamport = winner.doc_type, winner.data, winner.vid, winner.lamport
        doc_rows.append((doc_id, doc_type, vid, lamport, int(deleted), conflicts))
        builders = builders_of.get(doc_type)
        if builders is None:
            continue  # a type this version does not know: kept in versions, shown nowhere
        if doc_id in existing:
            for spec in reversed(DOC_TYPES[doc_type]):
                deletes.setdefault(spec, []).append(doc_id)
        if deleted:
            continue
        pre = prebuilt.get(vid) if prebuilt else None
        if pre is not None:
            built, refs = pre  # refs: only those the caller did not find in the store
        else:
            try:
                built = [(table, rows(doc_id, data)) for table, rows in builders]
            except ROW_ERRORS as exc:
                held.append((doc_id, doc_type, vid, "unreadable", row_problem(exc)))
                continue
            if preload and codes is None:
                codes = _StoreCodes(conn)
            refs = () if codes is not None and codes.has_all(doc_type, data) else references(doc_type, data)
        if refs:
            pending.append((doc_id, doc_type, vid, refs, built))
        else:
            for table, rows in built:
                inserts[table].extend(rows)
    if pending:
        known = known_refs(conn, set().union(*(p[3] for p in pending)), inserts)
        for doc_id, doc_type, vid, refs, built in pending:
            missing = refs - known
            if missing:
                held.append((doc_id, doc_type, vid, "reference", sorted(missing)))
            else:
                for table, rows in built:
                    inserts[table].extend(rows)
    totals = Delta()
    for spec, ids in deletes.items():
        if spec.table == "surrender_items":
            totals.remove_lines_of(conn, ids)
        elif spec.table == "activities":
            totals.remove_activities(conn, ids)
        elif spec.table == "monthly_figures":
            totals.remove_figures_of(conn, ids)
        conn.executemany(spec.delete_sql, ((i,) for i in ids))
    for specs in DOC_TYPES.values():  # in declaration order: parents before children
        for spec in specs:
            rows = inserts.get(spec.table)
            if rows:
                conn.executemany(spec.insert_sql, rows)
    totals_of(inserts, delta=totals)
    totals.write(conn)
    conn.executemany(
        "INSERT INTO documents(doc_id, doc_type, winner_vid, lamport, deleted, conflicts) VALUES (?,?,?,?,?,?)"
        " ON CONFLICT(doc_id) DO UPDATE SET winner_vid = excluded.winner_vid, lamport = excluded.lamport,"
        " deleted = excluded.deleted, conflicts = excluded.conflicts",
        doc_rows,
    )
    _record_held(conn, [d for d in winners if d in existing], held)
    arrived = {"unit:" + r[0] for r in inserts.get("units", ())} | {"item:" + r[0] for r in inserts.get("catalogue_items", ())}
    if arrived:
        _release_held(store, arrived, set(winners))


def totals_of(inserts: Mapping[str, list[Row]], sign: int = 1, delta: Delta | None = None) -> Delta:
    """What readable rows ({table: rows}) add to the maintained totals (or take away: sign -1), into `delta`:
    the one place that says which tables the totals count (materialise, and the import's prepared batches)."""
    delta = Delta() if delta is None else delta
    delta.add_lines(inserts.get("surrender_items", ()), sign)
    delta.add_activities(inserts.get("activities", ()), sign)
    delta.add_figures(inserts.get("monthly_figures", ()))  # counted again at write: no sign
    return delta


def _record_held(conn, cleared: list[str], held: list[tuple]) -> None:
    if cleared:  # only documents that existed before can have been held
        conn.executemany("DELETE FROM held_documents WHERE doc_id = ?", ((d,) for d in cleared))
        conn.executemany("DELETE FROM held_refs WHERE doc_id = ?", ((d,) for d in cleared))
    if held:
        conn.executemany(
            "INSERT INTO held_documents(doc_id, doc_type, vid, reason, detail) VALUES (?,?,?,?,?) ON CONFLICT(doc_id)"
            " DO UPDATE SET doc_type = excluded.doc_type, vid = excluded.vid, reason = excluded.reason,"
            " detail = excluded.detail",
            [(d, t, v, reason, _json(detail)) for d, t, v, reason, detail in held],
        )
        conn.executemany("INSERT OR IGNORE INTO held_refs(ref, doc_id) VALUES (?, ?)",
                         [(ref, d) for d, _, _, reason, detail in held if reason == "reference" for ref in detail])


def _release_held(store: Store, arrived: set[str], done: set[str]) -> None:
    """Materialise again the documents that were waiting for a unit or item that just arrived."""
    rows = store.conn.execute("SELECT DISTINCT doc_id FROM held_refs WHERE ref IN (SELECT value FROM json_each(?))",
                              (orjson.dumps(sorted(arrived)).decode(),))
    ids = [r[0] for r in rows if r[0] not in done]
    if ids:
        winners = {d: decide(versions) for d, versions in load_doc_versions(store, ids).items()}
        materialise(store, winners, set(ids))


def held_counts(store: Store) -> dict[str, int]:
    """How many documents are kept but not shown, by reason ('reference', 'unreadable')."""
    return dict(store.conn.execute("SELECT reason, count(*) FROM held_documents GROUP BY reason").fetchall())


# A load rebuilds a table's indexes at the end (store.bulk.indexes_built_after) when it brings at least
# this many rows and at least REBUILD_RATIO times what the table holds: measured, building an index
# costs about 1.0 µs per row of the whole table, keeping it current 1.4 µs per row loaded.
REBUILD_MIN_ROWS = 20_000
REBUILD_RATIO = 3


def tables_to_reindex(conn, expected: Mapping[str, int]) -> dict[str, str]:
    """{table: key column} of the readable tables that a load of `expected` versions per document type
    should index at its end rather than row by row."""
    out: dict[str, str] = {}
    for doc_type, n in expected.items():
        if n < REBUILD_MIN_ROWS:
            continue
        for spec in DOC_TYPES.get(doc_type, ()):
            limit = n // REBUILD_RATIO + 1  # counts no further than it needs to
            table, key = spec.stored
            held = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT ?)", (limit,)).fetchone()[0]
            if held < limit:
                out[table] = key
    return out


@contextmanager
def bulk_load(store: Store, expected: Mapping[str, int]) -> Iterator[list[str]]:
    """Around a big load of versions (an import, the demo) inside one transaction: the readable tables
    it will mostly fill get their secondary indexes built once at the end, and so (when any table is) do the
    coarser totals (totals.coarser_after). Yields the indexes deferred."""
    reindex = tables_to_reindex(store.conn, expected)
    with indexes_built_after(store.conn, reindex) as deferred, coarser_after(store.conn, bool(reindex)):
        yield deferred


def readable_tables() -> list[str]:
    return [spec.table for specs in DOC_TYPES.values() for spec in specs]


def rebuild_readable(store: Store) -> None:
    """Recompute every winner and every readable row from `versions` alone."""
    with store.transaction():
        conn = store.conn
        for table in reversed([spec.stored[0] for specs in DOC_TYPES.values() for spec in specs]):
            conn.execute(f"DELETE FROM {table}")
        for table in TOTALS_TABLES:
            conn.execute(f"DELETE FROM {table}")
        # documents keep their rows (versions are kept under their num); materialise writes every winner again
        conn.execute("DELETE FROM held_refs")
        conn.execute("DELETE FROM held_documents")
        doc_ids = [r[0] for r in conn.execute("SELECT DISTINCT doc_id FROM versions")]
        for i in range(0, len(doc_ids), 2000):
            chunk = doc_ids[i : i + 2000]
            winners = {d: decide(rows) for d, rows in load_doc_versions(store, chunk).items()}
            materialise(store, winners, set())
