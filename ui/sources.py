"""The tables the GUI pages through, declared once: which columns a page may show, sort and filter.

Every sortable column has an index that serves its ORDER BY (schema step 5; tests/ui/test_ui_sort_plans.py
checks each with EXPLAIN QUERY PLAN on a real store): columns a page does not show are not sortable, so
they cost no index. Rowid tables page by rowid, which every index carries; tables whose pages filter by
date order by date after the sort column, so their (column, date) indexes check the filter too.

Column expressions and named filters are written here by the programmer; user input only ever reaches
them as bound values (app/store/paging.py).
"""

from __future__ import annotations

from app.domain.list_scope import scope_sql
from app.domain.receipt_numbering import label_sql
from app.store.paging import Column, Source

# Names of models, places and leaders sort in Vietnamese order (app.collation). Receipts' person names do not:
# COLLATE vi calls Python per comparison (100,000 rows: 1.16 s a page against 0.005 s in code-point order).
# Their indexes are declared COLLATE vi too (schema step 5), or the order could not be read from them.
MODELS = Source(
    table="models",
    columns=(
        Column("id", sortable=False), Column("unit_code"), Column("name", collate=True), Column("type"),
        Column("place", collate=True), Column("established"), Column("leader", collate=True),
        Column("members", nullable=True),
        Column("households", nullable=True), Column("border_km", nullable=True, sortable=False),
        Column("markers", nullable=True, sortable=False),
        Column("status"), Column("ended_on", nullable=True, sortable=False), Column("recognition", nullable=True),
    ),
    key=("rowid",),
    named_filters={
        "search": "instr(lower(name), lower(?)) > 0 OR instr(lower(place), lower(?)) > 0"
                  " OR instr(lower(leader), lower(?)) > 0",
        "scope": scope_sql("models"),  # issue 20: the records this unit's reports count (ui/context.list_filters)
    },
)

ACTIVITIES = Source(
    table="activities",
    columns=(
        Column("id", sortable=False), Column("model_id", sortable=False), Column("unit_code"), Column("date"),
        Column("kind"), Column("participants", nullable=True), Column("note"),
        Column("model_name", expr="(SELECT m.name FROM models m WHERE m.id = activities.model_id)", sortable=False),
    ),
    key=("rowid",),
    tiebreak=("date",),
    named_filters={"search": "instr(lower(note), lower(?)) > 0 OR model_id IN"
                             " (SELECT m.id FROM models m WHERE instr(lower(m.name), lower(?)) > 0)",
                   "scope": scope_sql("activities")},
)

# Receipts are read where they are kept (schema step 12: surrender_rows, under rid = their document's number), so
# that a count or a page walks one table's index; the id is looked up for the rows a page shows only.
_RECEIPT_ID = "(SELECT d.doc_id FROM documents d WHERE d.num = surrender_rows.rid)"
_SIGNED = f"EXISTS (SELECT 1 FROM attachments a WHERE a.owner_id = {_RECEIPT_ID} AND a.kind = 'signed')"

SURRENDERS = Source(
    table="surrender_rows",
    columns=(
        Column("id", expr=_RECEIPT_ID, sortable=False), Column("unit_code"), Column("year", sortable=False),
        Column("number"), Column("date"), Column("time", sortable=False), Column("person_name"),
        Column("owner_unknown", sortable=False), Column("method"), Column("received_by"),
        # A receipt's lines in one seek of their table's key (receipt, line_no), read by the receipt's rid (schema step
        # 10), not through the surrender_items view (a second seek, of the receipt by its id): 'code=quantity' each,
        # counted for the Lines column (ui/pages/surrenders.py) instead of a second subquery counting them
        Column("items", expr="(SELECT group_concat(l.item_code || '=' || l.quantity, ' ') FROM surrender_lines l"
                             " WHERE l.receipt = surrender_rows.rid)", sortable=False),
        # issue 16: "đã có bản ký", a signed copy is attached (index attachments_owner)
        Column("signed", expr=_SIGNED, sortable=False),
        # issue 20: the number as the receipt prints it, with its series' prefix after a merger ("M1" beside "1")
        Column("number_label", expr=label_sql("surrender_rows"), sortable=False),
    ),
    key=("rid",),  # schema steps 10, 12: the rows' number, which their indexes carry, not the id
    tiebreak=("date",),
    named_filters={
        "category": "EXISTS (SELECT 1 FROM surrender_lines l WHERE l.receipt = surrender_rows.rid AND l.category = ?)",
        "signed": f"{_SIGNED} = ?",  # 1: with a signed copy, 0: still lacking one
        "scope": scope_sql("surrenders", _RECEIPT_ID),
    },
)

SURRENDER_LINES = Source(
    table="surrender_lines",  # schema steps 10, 12: the lines as kept, under the receipt's rid (surrender_items is a view)
    columns=(
        Column("surrender_id", expr="(SELECT d.doc_id FROM documents d WHERE d.num = surrender_lines.receipt)",
               sortable=False),
        Column("receipt"), Column("line_no", sortable=False),
        # a line's unit and date are its receipt's (schema step 12): read from its row, not kept twice
        Column("unit_code", expr="(SELECT r.unit_code FROM surrender_rows r WHERE r.rid = surrender_lines.receipt)",
               sortable=False),
        Column("date", expr="(SELECT r.date FROM surrender_rows r WHERE r.rid = surrender_lines.receipt)",
               sortable=False),
        Column("item_code", sortable=False), Column("category", sortable=False),
        Column("quantity", sortable=False), Column("unit", sortable=False), Column("serial", sortable=False),
        Column("condition", sortable=False),
    ),  # no page shows the lines (bench/bench_ui.py reads them): sortable by receipt (in date order within a migration)
    key=("receipt", "line_no"),
)
