"""The tables the GUI pages through, declared once: which columns a page may show, sort and filter.

Column expressions and named filters are written here by the programmer; user input only ever reaches
them as bound values (app/store/paging.py).
"""

from __future__ import annotations

from app.store.paging import Column, Source

# Names of models, places and leaders sort in Vietnamese order (app.collation). Receipts' person names do not:
# COLLATE vi calls Python per comparison (100,000 rows: 1.16 s a page against 0.005 s in code-point order).
MODELS = Source(
    table="models",
    columns=(
        Column("id"), Column("unit_code"), Column("name", collate=True), Column("type"), Column("place", collate=True),
        Column("established"), Column("leader", collate=True), Column("members", nullable=True),
        Column("households", nullable=True), Column("border_km", nullable=True), Column("markers", nullable=True),
        Column("status"), Column("ended_on", nullable=True), Column("recognition", nullable=True),
    ),
    key=("id",),
    named_filters={
        "search": "instr(lower(name), lower(?)) > 0 OR instr(lower(place), lower(?)) > 0"
                  " OR instr(lower(leader), lower(?)) > 0",
    },
)

ACTIVITIES = Source(
    table="activities",
    columns=(
        Column("id"), Column("model_id"), Column("unit_code"), Column("date"), Column("kind"),
        Column("participants", nullable=True), Column("note"),
        Column("model_name", expr="(SELECT m.name FROM models m WHERE m.id = activities.model_id)", sortable=False),
    ),
    key=("id",),
    named_filters={"search": "instr(lower(note), lower(?)) > 0 OR model_id IN"
                             " (SELECT m.id FROM models m WHERE instr(lower(m.name), lower(?)) > 0)"},
)

SURRENDERS = Source(
    table="surrenders",
    columns=(
        Column("id"), Column("unit_code"), Column("year"), Column("number"), Column("date"), Column("time"),
        Column("person_name"), Column("owner_unknown"), Column("method"), Column("received_by"),
        Column("lines", expr="(SELECT count(*) FROM surrender_items i WHERE i.surrender_id = surrenders.id)",
               sortable=False),
        Column("items", expr="(SELECT group_concat(i.item_code || '=' || i.quantity, ' ') FROM surrender_items i"
                             " WHERE i.surrender_id = surrenders.id)", sortable=False),
    ),
    key=("id",),
    named_filters={
        "category": "EXISTS (SELECT 1 FROM surrender_items i WHERE i.surrender_id = surrenders.id"
                    " AND i.category = ?)",
    },
)

SURRENDER_LINES = Source(
    table="surrender_items",
    columns=(
        Column("surrender_id"), Column("line_no"), Column("unit_code"), Column("date"), Column("item_code"),
        Column("category"), Column("quantity"), Column("unit"), Column("serial"), Column("condition"),
    ),
    key=("surrender_id", "line_no"),
)
