"""The schema, as an ordered list of migrations. Each step runs in one transaction.

Never edit a released step: append a new one. `SCHEMA_VERSION` is the newest this code knows.
"""

from __future__ import annotations

# Step 1: documents and versions (design §3), the readable tables that hold the
# winners, and the summary table that reports read.
V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Every edit of every document, from every device. Append-only.
CREATE TABLE versions (
    vid        TEXT NOT NULL UNIQUE,           -- device_id:seq
    doc_id     TEXT NOT NULL,
    doc_type   TEXT NOT NULL,
    parents    TEXT NOT NULL DEFAULT '[]',      -- JSON list of vids
    lamport    INTEGER NOT NULL,
    device_id  TEXT NOT NULL,
    seq        INTEGER NOT NULL,
    author     TEXT NOT NULL DEFAULT '',
    claimed_at TEXT NOT NULL,                   -- the writer's wall clock: shown, never trusted
    deleted    INTEGER NOT NULL DEFAULT 0,
    data       TEXT NOT NULL,                   -- JSON
    sha256     TEXT NOT NULL
);
CREATE INDEX versions_doc ON versions(doc_id);
CREATE INDEX versions_device_seq ON versions(device_id, seq);

-- One row per document: which version is the winner, and how many other live leaves compete.
CREATE TABLE documents (
    doc_id     TEXT PRIMARY KEY,
    doc_type   TEXT NOT NULL,
    winner_vid TEXT NOT NULL,
    lamport    INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    conflicts  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX documents_conflicts ON documents(conflicts) WHERE conflicts > 0;

-- Readable tables: the materialised winners. Rebuilt from versions at will.
CREATE TABLE units (
    code        TEXT PRIMARY KEY,
    doc_id      TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    parent_code TEXT,
    place       TEXT NOT NULL DEFAULT '',
    retired     INTEGER NOT NULL DEFAULT 0,
    data        TEXT NOT NULL
);
CREATE INDEX units_parent ON units(parent_code);

CREATE TABLE catalogue_items (
    code     TEXT PRIMARY KEY,
    doc_id   TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL,
    name_vi  TEXT NOT NULL,
    name_en  TEXT NOT NULL,
    unit_vi  TEXT NOT NULL,
    unit_en  TEXT NOT NULL,
    measure  TEXT NOT NULL,
    retired  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE models (
    id              TEXT PRIMARY KEY,
    unit_code       TEXT NOT NULL,
    name            TEXT NOT NULL,
    type            TEXT NOT NULL,
    place           TEXT NOT NULL DEFAULT '',
    established     TEXT NOT NULL,
    leader          TEXT NOT NULL DEFAULT '',
    members         INTEGER,
    households      INTEGER,
    border_km       REAL,
    markers         INTEGER,
    status          TEXT NOT NULL,
    ended_on        TEXT,
    end_reason      TEXT,
    replicated_from TEXT,
    recognition     TEXT,                      -- highest level recognised: commune|province|national
    data            TEXT NOT NULL
);
CREATE INDEX models_unit ON models(unit_code, status);
CREATE INDEX models_type ON models(type);

CREATE TABLE activities (
    id           TEXT PRIMARY KEY,
    model_id     TEXT NOT NULL,
    unit_code    TEXT NOT NULL,
    date         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    participants INTEGER,
    note         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activities_model ON activities(model_id, date);
CREATE INDEX activities_unit_date ON activities(unit_code, date);

CREATE TABLE surrenders (
    id            TEXT PRIMARY KEY,
    unit_code     TEXT NOT NULL,
    year          INTEGER NOT NULL,
    number        INTEGER NOT NULL,
    date          TEXT NOT NULL,
    time          TEXT NOT NULL DEFAULT '',
    place         TEXT NOT NULL DEFAULT '',
    received_by   TEXT NOT NULL DEFAULT '',
    received_rank TEXT NOT NULL DEFAULT '',
    person_name   TEXT NOT NULL DEFAULT '',
    owner_unknown INTEGER NOT NULL DEFAULT 0,
    method        TEXT NOT NULL,
    data          TEXT NOT NULL
);
CREATE INDEX surrenders_unit_number ON surrenders(unit_code, year, number);
CREATE INDEX surrenders_date ON surrenders(date);

-- Item lines, with the receipt's unit and date copied in so reports never join.
CREATE TABLE surrender_items (
    surrender_id TEXT NOT NULL REFERENCES surrenders(id) ON DELETE CASCADE,
    line_no      INTEGER NOT NULL,
    unit_code    TEXT NOT NULL,
    date         TEXT NOT NULL,
    item_code    TEXT NOT NULL,
    category     TEXT NOT NULL,
    quantity     REAL NOT NULL,
    unit         TEXT NOT NULL,                 -- unit of count, as the catalogue names it (vi)
    serial       TEXT NOT NULL DEFAULT '',
    condition    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX surrender_items_receipt ON surrender_items(surrender_id);
CREATE INDEX surrender_items_date ON surrender_items(date, unit_code, item_code, quantity);

-- Personal details of the person handing in: their own document (they travel up only where enrolment says so).
CREATE TABLE surrender_persons (
    doc_id       TEXT PRIMARY KEY,
    surrender_id TEXT NOT NULL UNIQUE,
    birth_year   INTEGER,
    id_number    TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT ''
);

CREATE TABLE monthly_figures (
    doc_id    TEXT NOT NULL,
    unit_code TEXT NOT NULL,
    month     TEXT NOT NULL,
    indicator TEXT NOT NULL,
    value     REAL NOT NULL,
    PRIMARY KEY (unit_code, month, indicator)
) WITHOUT ROWID;
CREATE INDEX monthly_figures_doc ON monthly_figures(doc_id);
CREATE INDEX monthly_figures_month ON monthly_figures(month, indicator);

CREATE TABLE model_ratings (
    doc_id    TEXT PRIMARY KEY,
    model_id  TEXT NOT NULL,
    unit_code TEXT NOT NULL,
    year      INTEGER NOT NULL,
    rating    TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX model_ratings_model ON model_ratings(model_id, year);

-- Totals per unit, month and item, kept current by triggers as winners change: what reports read.
CREATE TABLE surrender_totals (
    unit_code TEXT NOT NULL,
    month     TEXT NOT NULL,
    item_code TEXT NOT NULL,
    quantity  REAL NOT NULL,
    lines     INTEGER NOT NULL,
    PRIMARY KEY (unit_code, month, item_code)
) WITHOUT ROWID;
CREATE INDEX surrender_totals_month ON surrender_totals(month, item_code, quantity);

CREATE TRIGGER surrender_items_total_add AFTER INSERT ON surrender_items BEGIN
    INSERT INTO surrender_totals(unit_code, month, item_code, quantity, lines)
    VALUES (NEW.unit_code, substr(NEW.date, 1, 7), NEW.item_code, NEW.quantity, 1)
    ON CONFLICT(unit_code, month, item_code)
    DO UPDATE SET quantity = quantity + excluded.quantity, lines = lines + 1;
END;

CREATE TRIGGER surrender_items_total_remove AFTER DELETE ON surrender_items BEGIN
    UPDATE surrender_totals SET quantity = quantity - OLD.quantity, lines = lines - 1
    WHERE unit_code = OLD.unit_code AND month = substr(OLD.date, 1, 7) AND item_code = OLD.item_code;
    DELETE FROM surrender_totals
    WHERE unit_code = OLD.unit_code AND month = substr(OLD.date, 1, 7) AND item_code = OLD.item_code AND lines <= 0;
END;
"""

MIGRATIONS: list[str] = [V1]
SCHEMA_VERSION = len(MIGRATIONS)
