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
    id            TEXT PRIMARY KEY,                -- the document id; full data is the winner version's
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
    method        TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX surrenders_date ON surrenders(date);  -- also serves numbering: a unit's receipts of a year

-- Item lines, with the receipt's unit and date copied in so reports never join. Written and removed
-- only together with their receipt by doctypes.materialise (no foreign key: it costs a lookup per line).
CREATE TABLE surrender_items (
    surrender_id TEXT NOT NULL,
    line_no      INTEGER NOT NULL,
    unit_code    TEXT NOT NULL,
    date         TEXT NOT NULL,
    item_code    TEXT NOT NULL,
    category     TEXT NOT NULL,
    quantity     REAL NOT NULL,
    unit         TEXT NOT NULL,                 -- unit of count, as the catalogue names it (vi)
    serial       TEXT NOT NULL DEFAULT '',
    condition    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (surrender_id, line_no)
) WITHOUT ROWID;
-- Covering index (unit, item, date); V5 below replaces it by (unit, date, item, quantity), the order a
-- period's edge days are read in, and keeps surrender_totals (unit, half-month, item) for whole spans;
-- province-wide whole months come from surrender_totals_all.
CREATE INDEX surrender_items_unit_item ON surrender_items(unit_code, item_code, date, quantity);

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

-- Totals per month and item over the whole store, kept current by doctypes.materialise as winners
-- change: province-wide figures read a thousand rows, not a million.
CREATE TABLE surrender_totals_all (
    month     TEXT NOT NULL,
    item_code TEXT NOT NULL,
    quantity  REAL NOT NULL,
    lines     INTEGER NOT NULL,
    PRIMARY KEY (month, item_code)
) WITHOUT ROWID;


-- Yearly ratings of places ("Safe on security and order", Circular 124/2021/TT-BCA) and the
-- thresholds each province sets for a year (reference data sent down).
CREATE TABLE rating_thresholds (
    doc_id    TEXT PRIMARY KEY,
    unit_code TEXT NOT NULL,
    year      INTEGER NOT NULL,
    excellent REAL NOT NULL,
    good      REAL NOT NULL,
    average   REAL NOT NULL
);
CREATE UNIQUE INDEX rating_thresholds_unit_year ON rating_thresholds(unit_code, year);

CREATE TABLE place_ratings (
    doc_id        TEXT PRIMARY KEY,
    unit_code     TEXT NOT NULL,
    year          INTEGER NOT NULL,
    place_kind    TEXT NOT NULL,
    place_name    TEXT NOT NULL,
    total         REAL NOT NULL,
    recognised    INTEGER NOT NULL DEFAULT 0,
    decision_no   TEXT,
    decision_date TEXT,
    data          TEXT NOT NULL
);
CREATE INDEX place_ratings_year ON place_ratings(year, unit_code);

-- Plans of the level above, their tasks (assigned to units, with deadlines), the units' progress
-- on each task (one document per task and unit: two laptops of a unit meet in it) and reviews.
CREATE TABLE plans (
    id         TEXT PRIMARY KEY,
    unit_code  TEXT NOT NULL,
    number     TEXT NOT NULL,
    date       TEXT NOT NULL,
    title      TEXT NOT NULL,
    implements TEXT NOT NULL DEFAULT ''
);
CREATE TABLE plan_tasks (
    id       TEXT PRIMARY KEY,
    plan_id  TEXT NOT NULL,
    title    TEXT NOT NULL,
    deadline TEXT NOT NULL
);
CREATE INDEX plan_tasks_plan ON plan_tasks(plan_id);
CREATE TABLE plan_task_units (
    task_id   TEXT NOT NULL,
    unit_code TEXT NOT NULL,
    PRIMARY KEY (task_id, unit_code)
) WITHOUT ROWID;
CREATE INDEX plan_task_units_unit ON plan_task_units(unit_code);
CREATE TABLE task_progress (
    doc_id    TEXT PRIMARY KEY,
    task_id   TEXT NOT NULL,
    unit_code TEXT NOT NULL,
    status    TEXT NOT NULL,
    date      TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT '',
    evidence  TEXT NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX task_progress_task_unit ON task_progress(task_id, unit_code);
CREATE TABLE plan_reviews (
    id        TEXT PRIMARY KEY,
    plan_id   TEXT NOT NULL,
    kind      TEXT NOT NULL,
    date      TEXT NOT NULL,
    unit_code TEXT,
    findings  TEXT NOT NULL
);
CREATE INDEX plan_reviews_plan ON plan_reviews(plan_id, date);
"""

# Step 2 (issue 6, issue 5 item 7): local accounts, the hash-chained audit trail, and the
# readable table of period (month) status documents. Accounts and the audit trail belong to this
# laptop and never travel; periods are documents like any other.
V2 = """
CREATE TABLE users (
    username      TEXT PRIMARY KEY,
    full_name     TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL,                -- officer | commander | administrator
    password_hash TEXT NOT NULL,                -- argon2id, PHC string
    disabled      INTEGER NOT NULL DEFAULT 0,
    failed_count  INTEGER NOT NULL DEFAULT 0,   -- failed logins in a row
    next_try_at   REAL NOT NULL DEFAULT 0,      -- unix time before which a login is not even tried
    locked_until  REAL NOT NULL DEFAULT 0,      -- unix time: locked after too many failures
    created_at    TEXT NOT NULL,
    changed_at    TEXT NOT NULL
) WITHOUT ROWID;

-- Append-only: each entry's hash covers the previous entry's hash (app/security/audit.py).
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,              -- 1, 2, 3 … without gaps
    at        TEXT NOT NULL,                    -- this laptop's clock, local time with offset
    username  TEXT NOT NULL,
    action    TEXT NOT NULL,
    doc_type  TEXT,
    doc_id    TEXT,
    vid       TEXT,
    before    TEXT,                             -- JSON
    after     TEXT,                             -- JSON
    detail    TEXT,                             -- JSON
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE INDEX audit_log_doc ON audit_log(doc_id);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE periods (
    doc_id       TEXT PRIMARY KEY,
    unit_code    TEXT NOT NULL,
    month        TEXT NOT NULL,
    status       TEXT NOT NULL,                 -- submitted | reopened | approved | returned
    changed_by   TEXT NOT NULL DEFAULT '',
    changed_at   TEXT NOT NULL DEFAULT '',
    reason       TEXT NOT NULL DEFAULT '',
    data         TEXT NOT NULL
);
CREATE UNIQUE INDEX periods_unit_month ON periods(unit_code, month);
"""

# Step 3 (issue 4): what sync remembers (enrolled devices, import receipts, acknowledgements,
# exports) and the documents whose winner the readable tables cannot show yet (held back,
# "nothing lost"). IF NOT EXISTS: stores made before this step created the sync tables on first
# use, with these same columns.
V3_SYNC = """
CREATE TABLE IF NOT EXISTS sync_devices (
    device_id        TEXT PRIMARY KEY,
    unit_code        TEXT NOT NULL,
    role             TEXT NOT NULL,             -- 'above' (we send up to it) | 'below' (it sends up to us)
    identity         TEXT NOT NULL,             -- PublicIdentity as JSON
    fingerprint      TEXT NOT NULL,
    include_personal INTEGER NOT NULL DEFAULT 0,-- personal details of receipts travel up to this device
    revoked          INTEGER NOT NULL DEFAULT 0,
    enrolled_at      TEXT NOT NULL
) WITHOUT ROWID;

-- One row per imported bundle: the receipt (counts, officer, time) and what undo needs.
CREATE TABLE IF NOT EXISTS sync_imports (
    id            INTEGER PRIMARY KEY,
    bundle_id     TEXT NOT NULL UNIQUE,
    file_sha256   TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    sender_device TEXT NOT NULL,
    sender_unit   TEXT NOT NULL,
    kind          TEXT NOT NULL,
    bundle_seq    INTEGER NOT NULL,
    seq_from      INTEGER NOT NULL,
    seq_to        INTEGER NOT NULL,
    claimed_at    TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    officer       TEXT NOT NULL,
    counts        TEXT NOT NULL,               -- JSON: new, updated, conflicting, already, unreadable, waiting
    rejected      TEXT NOT NULL DEFAULT '[]',  -- JSON list of {vid, doc_id, reason}: kept, but not shown (unreadable)
    rowid_before  INTEGER NOT NULL,            -- versions.rowid range this import added
    rowid_after   INTEGER NOT NULL,
    backup_path   TEXT NOT NULL DEFAULT '',
    undone        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS sync_imports_sender ON sync_imports(sender_device, bundle_seq);

-- What a sender told us it had sent, per origin device ("covers"): we send it back as an acknowledgement.
CREATE TABLE IF NOT EXISTS sync_received (
    sender_device TEXT NOT NULL,
    origin_device TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    PRIMARY KEY (sender_device, origin_device)
) WITHOUT ROWID;

-- What a recipient acknowledged having from us, per origin device: exports skip it.
CREATE TABLE IF NOT EXISTS sync_acks (
    recipient_device TEXT NOT NULL,
    origin_device    TEXT NOT NULL,
    seq              INTEGER NOT NULL,
    PRIMARY KEY (recipient_device, origin_device)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS sync_exports (
    id               INTEGER PRIMARY KEY,
    recipient_device TEXT NOT NULL,
    bundle_seq       INTEGER NOT NULL,
    bundle_id        TEXT NOT NULL,
    file_name        TEXT NOT NULL,
    written_at       TEXT NOT NULL,
    counts           TEXT NOT NULL
);

-- Documents whose winning version is kept in `versions` but has no readable rows (yet):
-- reason 'reference' = it names a unit or catalogue item this store does not have (materialised
-- when that arrives); 'unreadable' = this software cannot build rows from its data (a newer
-- version of the document, or of the software, shows it).
CREATE TABLE IF NOT EXISTS held_documents (
    doc_id   TEXT PRIMARY KEY,
    doc_type TEXT NOT NULL,
    vid      TEXT NOT NULL,
    reason   TEXT NOT NULL,                    -- reference | unreadable
    detail   TEXT NOT NULL DEFAULT '[]'        -- JSON: the missing refs ["unit:C", "item:X"] or [problem key, field]
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS held_refs (
    ref    TEXT NOT NULL,                      -- 'unit:<code>' | 'item:<code>'
    doc_id TEXT NOT NULL,
    PRIMARY KEY (ref, doc_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS held_refs_doc ON held_refs(doc_id);
"""

# Step 4 (issue 18 items 8, 9): an import remembers the sha256 of the backup it took (undo restores only
# that file), and every bundle sent or received keeps the sender's audit anchor (count, head hash).
V4_ANCHORS = """
ALTER TABLE sync_imports ADD COLUMN backup_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE sync_imports ADD COLUMN audit_count INTEGER;
ALTER TABLE sync_imports ADD COLUMN audit_head TEXT;
ALTER TABLE sync_exports ADD COLUMN audit_count INTEGER;
ALTER TABLE sync_exports ADD COLUMN audit_head TEXT;
"""

# Step 5 (issue 17 item 3): an index for every column a big table's page sorts by (ui/sources.py), so a sort
# walks an index instead of sorting every row in a temp b-tree, and a jump skips index entries only.
# Receipts and activities are filtered by date: their indexes carry the date (the pager orders by it after
# the sort column). Models and activities page by rowid, which every index carries. Nullable columns sort
# as coalesce(column, ''), and so are indexed; names sorted in Vietnamese order (app.collation) are indexed
# COLLATE vi: a connection without that collation can read the store but not write models or integrity_check
# it (every store connection registers it, app/store/db.py; so does the backup check).
V5_SORT_INDEXES = """
CREATE INDEX IF NOT EXISTS surrender_items_date ON surrender_items(date);
CREATE INDEX IF NOT EXISTS surrenders_number ON surrenders(number, date);
CREATE INDEX IF NOT EXISTS surrenders_unit ON surrenders(unit_code, date);
CREATE INDEX IF NOT EXISTS surrenders_person ON surrenders(person_name, date);
CREATE INDEX IF NOT EXISTS surrenders_method ON surrenders(method, date);
CREATE INDEX IF NOT EXISTS surrenders_received_by ON surrenders(received_by, date);
CREATE INDEX IF NOT EXISTS activities_date ON activities(date);
CREATE INDEX IF NOT EXISTS activities_kind ON activities(kind, date);
CREATE INDEX IF NOT EXISTS activities_participants ON activities(coalesce(participants, ''), date);
CREATE INDEX IF NOT EXISTS activities_note ON activities(note, date);
CREATE INDEX IF NOT EXISTS models_unit_code ON models(unit_code);
CREATE INDEX IF NOT EXISTS models_name ON models(name COLLATE vi);
CREATE INDEX IF NOT EXISTS models_place ON models(place COLLATE vi);
CREATE INDEX IF NOT EXISTS models_established ON models(established);
CREATE INDEX IF NOT EXISTS models_leader ON models(leader COLLATE vi);
CREATE INDEX IF NOT EXISTS models_members ON models(coalesce(members, ''));
CREATE INDEX IF NOT EXISTS models_households ON models(coalesce(households, ''));
CREATE INDEX IF NOT EXISTS models_status ON models(status);
CREATE INDEX IF NOT EXISTS models_recognition ON models(coalesce(recognition, ''));
"""

# Step 6 (issue 16): attachments. The bytes live inside the store (README "Attachments: where the bytes live"):
# content-addressed by sha256, once however often referenced, written in the same transaction as the
# attachment document that names them, and copied by every backup of the store. `attachments` is the
# readable table of the winners of doc_type 'attachment'; `attachment_originals` is local only (an
# untouched original kept at the post when its settings say so: never in a bundle).
V6_ATTACHMENTS = """
CREATE TABLE IF NOT EXISTS blobs (
    sha256   TEXT NOT NULL UNIQUE,             -- hex sha256 of data: the name of the bytes
    size     INTEGER NOT NULL,
    mime     TEXT NOT NULL,
    added_at TEXT NOT NULL,
    data     BLOB NOT NULL                     -- last column: SQLite reads the others without the overflow pages
);

CREATE TABLE IF NOT EXISTS attachments (
    id         TEXT PRIMARY KEY,
    owner_id   TEXT NOT NULL,                  -- the receipt, activity, model, period or plan progress
    owner_type TEXT NOT NULL,
    unit_code  TEXT NOT NULL,
    kind       TEXT NOT NULL,                  -- photo | signed | decision | id_card
    caption    TEXT NOT NULL DEFAULT '',
    sha256     TEXT NOT NULL,
    size       INTEGER NOT NULL,
    mime       TEXT NOT NULL,
    file_name  TEXT NOT NULL DEFAULT '',
    added_at   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS attachments_owner ON attachments(owner_id, kind);
CREATE INDEX IF NOT EXISTS attachments_unit ON attachments(unit_code, kind);

CREATE TABLE IF NOT EXISTS attachment_originals (
    attachment_id TEXT PRIMARY KEY,
    sha256        TEXT NOT NULL                -- in blobs
) WITHOUT ROWID;
"""

# Step 7 (issue 20): units that merge, split, rename, move and end. The events are reference data
# (`unit_event` documents, app/domain/unit_events.py); these are their readable rows, which
# app/domain/organisation.py reads to rebuild the organisation on any day. Records are never rewritten.
V7_UNIT_EVENTS = """
CREATE TABLE unit_events (
    doc_id TEXT PRIMARY KEY,
    kind   TEXT NOT NULL,                       -- merge | split | rename | move | end
    date   TEXT NOT NULL,                       -- effective date
    data   TEXT NOT NULL
);
CREATE INDEX unit_events_date ON unit_events(date);
-- A unit that stopped and the unit(s) its records now count under (merge: one; split: several, `main`
-- the one that takes what the attribution rule does not place).
CREATE TABLE unit_lineage (
    event_id TEXT NOT NULL,
    date     TEXT NOT NULL,
    old_code TEXT NOT NULL,
    new_code TEXT NOT NULL,
    main     INTEGER NOT NULL DEFAULT 1,
    places   TEXT NOT NULL DEFAULT '[]',        -- JSON: villages/places whose records go to new_code (split by place)
    PRIMARY KEY (old_code, new_code, event_id)
) WITHOUT ROWID;
CREATE INDEX unit_lineage_new ON unit_lineage(new_code);
-- What changed about a unit on a date: name, parent, created, ended ('' = none).
CREATE TABLE unit_changes (
    event_id  TEXT NOT NULL,
    date      TEXT NOT NULL,
    code      TEXT NOT NULL,
    field     TEXT NOT NULL,                    -- name | parent | created | ended
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (code, field, date, event_id)
) WITHOUT ROWID;
-- a unit's history found from either side of a move (organisation.related_codes)
CREATE INDEX unit_changes_old ON unit_changes(old_value) WHERE field = 'parent';
CREATE INDEX unit_changes_new ON unit_changes(new_value) WHERE field = 'parent';
"""

# Issue 17 item 1: totals per ORIGINAL unit and half-month span ('YYYY-MM-01' = 1st-14th, 'YYYY-MM-15' = 15th
# to the month's end), so every period of either cut-off rule is a union of whole spans (app/domain/totals.py);
# kept by doctypes.materialise beside surrender_totals_all, filled here from the records a store already has.
# queries.py said the covering index was (unit, date, item) while it was (unit, item, date): a period's lines
# were read as every line of each unit then filtered by date. Grouped figures now come from the totals, so the
# index becomes what the comment said: (unit, date, item, quantity) serves a period's edge days and a unit's
# lines by date as a range.
V8_TOTALS = """
CREATE TABLE surrender_totals (
    unit_code TEXT NOT NULL,
    span      TEXT NOT NULL,
    item_code TEXT NOT NULL,
    quantity  REAL NOT NULL,
    lines     INTEGER NOT NULL,
    PRIMARY KEY (unit_code, span, item_code)
) WITHOUT ROWID;
CREATE TABLE activity_totals (
    unit_code    TEXT NOT NULL,
    span         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    count        INTEGER NOT NULL,
    participants INTEGER NOT NULL,
    PRIMARY KEY (unit_code, span, kind)
) WITHOUT ROWID;
DROP INDEX surrender_items_unit_item;
CREATE INDEX surrender_items_unit_date ON surrender_items(unit_code, date, item_code, quantity);
INSERT INTO surrender_totals(unit_code, span, item_code, quantity, lines)
    SELECT unit_code, substr(date, 1, 8) || CASE WHEN substr(date, 9, 2) < '15' THEN '01' ELSE '15' END,
           item_code, sum(quantity), count(*) FROM surrender_items GROUP BY 1, 2, 3;
INSERT INTO activity_totals(unit_code, span, kind, count, participants)
    SELECT unit_code, substr(date, 1, 8) || CASE WHEN substr(date, 9, 2) < '15' THEN '01' ELSE '15' END,
           kind, count(*), coalesce(sum(participants), 0) FROM activities GROUP BY 1, 2, 3;
"""

# Step 9 (issue 17 item 6): versions' data packed (app/store/packing.py: deflate with a preset dictionary),
# about a fifth of its JSON; the column keeps its name and TEXT affinity (a BLOB stays a BLOB in it), and
# every reader takes either form. `version_pack` is registered on every store connection (app/store/db.py).
# The file shrinks only once its free pages are given back: migrations.upgrade runs VACUUM after this step.
V9_PACKED_VERSIONS = """
UPDATE versions SET data = version_pack(data) WHERE typeof(data) = 'text';
"""

# Step 10 (issue 17 item 6): receipts and their lines without the 36-character id in every index entry.
# Receipts become a rowid table whose `rid` (INTEGER PRIMARY KEY: it survives VACUUM) is what its seven indexes
# carry, and what its lines name: the lines live in `surrender_lines` keyed (receipt, line_no), so their table
# and both indexes carry a small integer instead of the id. `rid` is this store's own number (like a rowid: never
# sent, never compared between stores). `surrender_items` stays, as a view with the same columns and values,
# which every reader keeps reading (it joins by the unique keys on both sides: a receipt's lines by its id, a
# period's lines by (unit, date) through the covering index); the bulk path writes `surrender_lines` itself
# (doctypes.TableSpec), and the view's triggers let any other writer still write `surrender_items`.
# Measured per 1,000,000 receipt lines (bench/bench_store_size.py). The indexes keep their names.
V10_RECEIPT_KEYS = """
ALTER TABLE surrenders RENAME TO surrenders_step9;
CREATE TABLE surrenders (
    id            TEXT NOT NULL UNIQUE,            -- the document id; full data is the winner version's
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
    rid           INTEGER PRIMARY KEY              -- this store's number for the receipt (its lines name it)
);
INSERT INTO surrenders(id, unit_code, year, number, date, time, place, received_by, received_rank, person_name,
                       owner_unknown, method)
    SELECT id, unit_code, year, number, date, time, place, received_by, received_rank, person_name, owner_unknown,
           method FROM surrenders_step9 ORDER BY date, id;
DROP TABLE surrenders_step9;  -- and its indexes
CREATE INDEX surrenders_date ON surrenders(date);  -- also serves numbering: a unit's receipts of a year
CREATE INDEX surrenders_number ON surrenders(number, date);
CREATE INDEX surrenders_unit ON surrenders(unit_code, date);
CREATE INDEX surrenders_person ON surrenders(person_name, date);
CREATE INDEX surrenders_method ON surrenders(method, date);
CREATE INDEX surrenders_received_by ON surrenders(received_by, date);
CREATE TABLE surrender_lines (
    receipt      INTEGER NOT NULL,                 -- surrenders.rid
    line_no      INTEGER NOT NULL,
    unit_code    TEXT NOT NULL,
    date         TEXT NOT NULL,
    item_code    TEXT NOT NULL,
    category     TEXT NOT NULL,
    quantity     REAL NOT NULL,
    unit         TEXT NOT NULL,                    -- unit of count, as the catalogue names it (vi)
    serial       TEXT NOT NULL DEFAULT '',
    condition    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (receipt, line_no)
) WITHOUT ROWID;
-- a line whose receipt is missing would get no receipt (NULL): the step stops there, nothing is dropped
INSERT INTO surrender_lines(receipt, line_no, unit_code, date, item_code, category, quantity, unit, serial, condition)
    SELECT s.rid, i.line_no, i.unit_code, i.date, i.item_code, i.category, i.quantity, i.unit, i.serial, i.condition
    FROM surrender_items i LEFT JOIN surrenders s ON s.id = i.surrender_id ORDER BY 1, 2;
DROP TABLE surrender_items;  -- and its indexes
CREATE INDEX surrender_items_unit_date ON surrender_lines(unit_code, date, item_code, quantity);
CREATE INDEX surrender_items_date ON surrender_lines(date);
CREATE VIEW surrender_items AS
    SELECT s.id AS surrender_id, l.line_no, l.unit_code, l.date, l.item_code, l.category, l.quantity, l.unit, l.serial,
           l.condition
    FROM surrender_lines l JOIN surrenders s ON s.rid = l.receipt;
CREATE TRIGGER surrender_items_insert INSTEAD OF INSERT ON surrender_items
BEGIN
    SELECT RAISE(ABORT, 'a line is kept under its receipt: its unit and date are the receipt''s') WHERE NOT EXISTS (
        SELECT 1 FROM documents d JOIN surrender_rows r ON r.rid = d.num
        WHERE d.doc_id = NEW.surrender_id AND r.unit_code = NEW.unit_code AND r.date = NEW.date);
    INSERT INTO surrender_lines(receipt, line_no, unit_code, date, item_code, category, quantity, unit, serial, condition)
    VALUES ((SELECT rid FROM surrenders WHERE id = NEW.surrender_id), NEW.line_no, NEW.unit_code, NEW.date,
            NEW.item_code, NEW.category, NEW.quantity, NEW.unit, coalesce(NEW.serial, ''), coalesce(NEW.condition, ''));
END;
CREATE TRIGGER surrender_items_delete INSTEAD OF DELETE ON surrender_items
BEGIN
    DELETE FROM surrender_lines
    WHERE receipt = (SELECT rid FROM surrenders WHERE id = OLD.surrender_id) AND line_no = OLD.line_no;
END;
CREATE TRIGGER surrender_items_update INSTEAD OF UPDATE ON surrender_items
BEGIN
    SELECT RAISE(ABORT, 'a line is kept under its receipt: its unit and date are the receipt''s') WHERE NOT EXISTS (
        SELECT 1 FROM documents d JOIN surrender_rows r ON r.rid = d.num
        WHERE d.doc_id = NEW.surrender_id AND r.unit_code = NEW.unit_code AND r.date = NEW.date);
    UPDATE surrender_lines SET receipt = (SELECT rid FROM surrenders WHERE id = NEW.surrender_id), line_no = NEW.line_no,
        unit_code = NEW.unit_code, date = NEW.date, item_code = NEW.item_code, category = NEW.category,
        quantity = NEW.quantity, unit = NEW.unit, serial = NEW.serial, condition = NEW.condition
    WHERE receipt = (SELECT rid FROM surrenders WHERE id = OLD.surrender_id) AND line_no = OLD.line_no;
END;
"""

# Step 11 (issue 17 item 1): the same totals per calendar YEAR and over ALL TIME, beside the half-months. A range
# is read either from inside (its whole years, then half-months, then edge days) or as everything minus what lies
# outside it, whichever reads fewer rows (app/domain/totals.py: plan): five whole years of a five-year store are one
# row per unit and item, the year to date is everything minus the whole years before it. Kept by Delta.write from
# the same changes as the half-month tables (a span lies in one year), filled here from the records a store holds.
# And the entered monthly figures per unit, year and indicator (a summary's years read one row each, not twelve).
V11_YEAR_TOTALS = """
CREATE TABLE surrender_totals_year (
    unit_code TEXT NOT NULL,
    year      TEXT NOT NULL,                   -- 'YYYY', the calendar year
    item_code TEXT NOT NULL,
    quantity  REAL NOT NULL,
    lines     INTEGER NOT NULL,
    PRIMARY KEY (unit_code, item_code, year)   -- a unit's years of an item side by side: summed without a sort
) WITHOUT ROWID;
CREATE TABLE activity_totals_year (
    unit_code    TEXT NOT NULL,
    year         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    count        INTEGER NOT NULL,
    participants INTEGER NOT NULL,
    PRIMARY KEY (unit_code, kind, year)
) WITHOUT ROWID;
CREATE TABLE surrender_totals_ever (
    unit_code TEXT NOT NULL,
    item_code TEXT NOT NULL,
    quantity  REAL NOT NULL,
    lines     INTEGER NOT NULL,
    PRIMARY KEY (unit_code, item_code)
) WITHOUT ROWID;
CREATE TABLE activity_totals_ever (
    unit_code    TEXT NOT NULL,
    kind         TEXT NOT NULL,
    count        INTEGER NOT NULL,
    participants INTEGER NOT NULL,
    PRIMARY KEY (unit_code, kind)
) WITHOUT ROWID;
-- The monthly figures a unit entered, per reporting year (its months are named 'YYYY-MM' under either cut-off rule):
-- how many months, their sum (a flow's figure), and the latest month's value (a stock's figure).
CREATE TABLE figure_totals_year (
    unit_code  TEXT NOT NULL,
    year       TEXT NOT NULL,
    indicator  TEXT NOT NULL,
    months     INTEGER NOT NULL,
    total      REAL NOT NULL,
    last_month TEXT NOT NULL,
    last_value REAL NOT NULL,
    PRIMARY KEY (unit_code, year, indicator)
) WITHOUT ROWID;
INSERT INTO figure_totals_year(unit_code, year, indicator, months, total, last_month, last_value)
    SELECT unit_code, substr(month, 1, 4), indicator, count(*), total(value), max(month), value FROM monthly_figures
    GROUP BY 1, 2, 3;
INSERT INTO surrender_totals_year(unit_code, year, item_code, quantity, lines)
    SELECT unit_code, substr(date, 1, 4), item_code, sum(quantity), count(*) FROM surrender_lines GROUP BY 1, 2, 3;
INSERT INTO activity_totals_year(unit_code, year, kind, count, participants)
    SELECT unit_code, substr(date, 1, 4), kind, count(*), coalesce(sum(participants), 0) FROM activities
    GROUP BY 1, 2, 3;
INSERT INTO surrender_totals_ever(unit_code, item_code, quantity, lines)
    SELECT unit_code, item_code, sum(quantity), sum(lines) FROM surrender_totals_year GROUP BY 1, 2;
INSERT INTO activity_totals_ever(unit_code, kind, count, participants)
    SELECT unit_code, kind, sum(count), sum(participants) FROM activity_totals_year GROUP BY 1, 2;
"""

# Step 12 (issue 17 item 6): the 36-character document id kept once per document (in `documents`, and its index),
# not five times per receipt. `documents` gets `num` (INTEGER PRIMARY KEY: it survives VACUUM), this store's own
# number for the document (like surrenders.rid of step 10: never sent, never compared between stores), which the
# versions and the receipts are kept under:
# * `version_rows` holds the versions under their document's num; the sha256 as its 32 bytes (app/store/compact.py);
#   doc_type, device_id and seq only where they differ from what the document and the vid (device_id:seq) say
#   (NULL otherwise: nothing is lost, a version that does not fit keeps its own). `versions` is a view with the same
#   columns and values, plus `rowid` (the order of arrival, `vno`, which the imports' ranges name); its triggers let
#   any writer still write it (the write path writes version_rows itself: app/domain/versions.py).
# * `surrender_rows` holds the receipts under rid = their document's num, without the id (and its UNIQUE index);
#   `surrenders` is a view with the same columns (id, ..., rid).
# * `surrender_lines` keeps a line's own fields under its receipt's rid: its unit and date are the receipt's (the
#   rows are built from the same document: doctypes._surrender_item_rows), shown by the view `surrender_items`
#   from surrender_rows, whose (unit_code, date) index serves a period's lines (the covering index and the lines'
#   date index go). A line whose unit or date differed from its receipt's would stop the step: nothing is dropped.
# Measured per 1,000,000 receipt lines (bench/bench_store_size.py). Indexes keep their names.
V12_DOCUMENT_NUMBERS = """
DROP VIEW surrender_items;  -- and its triggers
ALTER TABLE documents RENAME TO documents_step10;
DROP INDEX documents_conflicts;
CREATE TABLE documents (
    doc_id     TEXT NOT NULL UNIQUE,
    doc_type   TEXT NOT NULL,
    winner_vid TEXT NOT NULL,
    lamport    INTEGER NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    conflicts  INTEGER NOT NULL DEFAULT 0,
    num        INTEGER PRIMARY KEY                  -- this store's number for the document: versions and receipts name it
);
INSERT INTO documents(doc_id, doc_type, winner_vid, lamport, deleted, conflicts)
    SELECT d.doc_id, d.doc_type, d.winner_vid, d.lamport, d.deleted, d.conflicts
    FROM documents_step10 d LEFT JOIN surrenders s ON s.id = d.doc_id ORDER BY s.rid, d.doc_id;
DROP TABLE documents_step10;
CREATE INDEX documents_conflicts ON documents(conflicts) WHERE conflicts > 0;
ALTER TABLE versions RENAME TO versions_step10;
DROP INDEX versions_doc;
CREATE TABLE version_rows (
    vno        INTEGER PRIMARY KEY,                 -- order of arrival here: `versions`.rowid
    vid        TEXT NOT NULL UNIQUE,                -- device_id:seq
    doc        INTEGER NOT NULL,                    -- documents.num
    doc_type   TEXT,                                -- NULL: the document's
    parents    TEXT NOT NULL DEFAULT '[]',
    lamport    INTEGER NOT NULL,
    device_id  TEXT,                                -- NULL (with seq): as the vid says
    seq        INTEGER,
    author     TEXT NOT NULL DEFAULT '',
    claimed_at TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0,
    data       TEXT NOT NULL,                       -- packed (app/store/packing.py)
    sha256     TEXT NOT NULL                        -- 32 bytes; text if it was not 64 lowercase hex digits
);
-- a version whose document has no row would get no document (NULL): the step stops there, nothing is dropped
INSERT INTO version_rows(vno, vid, doc, doc_type, parents, lamport, device_id, seq, author, claimed_at, deleted, data,
                         sha256)
    SELECT v.rowid, v.vid, d.num, nullif(v.doc_type, d.doc_type), v.parents, v.lamport,
           CASE WHEN v.vid = v.device_id || ':' || v.seq AND instr(v.device_id, ':') = 0 AND typeof(v.seq) = 'integer'
                THEN NULL ELSE v.device_id END,
           CASE WHEN v.vid = v.device_id || ':' || v.seq AND instr(v.device_id, ':') = 0 AND typeof(v.seq) = 'integer'
                THEN NULL ELSE v.seq END,
           v.author, v.claimed_at, v.deleted, v.data, version_sha(v.sha256)
    FROM versions_step10 v LEFT JOIN documents d ON d.doc_id = v.doc_id ORDER BY v.rowid;
DROP TABLE versions_step10;
CREATE INDEX versions_doc ON version_rows(doc);
CREATE VIEW versions AS
    SELECT v.vid, d.doc_id, coalesce(v.doc_type, d.doc_type) AS doc_type, v.parents, v.lamport,
           coalesce(v.device_id, substr(v.vid, 1, instr(v.vid, ':') - 1)) AS device_id,
           coalesce(v.seq, CAST(substr(v.vid, instr(v.vid, ':') + 1) AS INTEGER)) AS seq,
           v.author, v.claimed_at, v.deleted, v.data,
           CASE WHEN typeof(v.sha256) = 'blob' THEN lower(hex(v.sha256)) ELSE v.sha256 END AS sha256, v.vno AS rowid
    FROM version_rows v JOIN documents d ON d.num = v.doc;
CREATE TRIGGER versions_insert INSTEAD OF INSERT ON versions
BEGIN
    INSERT INTO documents(doc_id, doc_type, winner_vid, lamport, deleted) VALUES (NEW.doc_id, NEW.doc_type, NEW.vid,
        NEW.lamport, coalesce(NEW.deleted, 0)) ON CONFLICT(doc_id) DO NOTHING;
    INSERT INTO version_rows(vid, doc, doc_type, parents, lamport, device_id, seq, author, claimed_at, deleted, data,
                             sha256)
        SELECT NEW.vid, d.num, nullif(NEW.doc_type, d.doc_type), coalesce(NEW.parents, '[]'), NEW.lamport,
               CASE WHEN NEW.vid = NEW.device_id || ':' || NEW.seq AND instr(NEW.device_id, ':') = 0
                    AND typeof(NEW.seq) = 'integer' THEN NULL ELSE NEW.device_id END,
               CASE WHEN NEW.vid = NEW.device_id || ':' || NEW.seq AND instr(NEW.device_id, ':') = 0
                    AND typeof(NEW.seq) = 'integer' THEN NULL ELSE NEW.seq END,
               coalesce(NEW.author, ''), NEW.claimed_at, coalesce(NEW.deleted, 0), NEW.data, NEW.sha256
        FROM documents d WHERE d.doc_id = NEW.doc_id;
END;
CREATE TRIGGER versions_update INSTEAD OF UPDATE ON versions
BEGIN
    UPDATE version_rows SET vid = NEW.vid,
        doc = CASE WHEN NEW.doc_id IS OLD.doc_id THEN doc ELSE (SELECT num FROM documents WHERE doc_id = NEW.doc_id) END,
        doc_type = CASE WHEN NEW.doc_type IS OLD.doc_type AND NEW.doc_id IS OLD.doc_id THEN doc_type ELSE NEW.doc_type END,
        parents = NEW.parents, lamport = NEW.lamport,
        device_id = CASE WHEN NEW.device_id IS OLD.device_id AND NEW.vid IS OLD.vid THEN device_id ELSE NEW.device_id END,
        seq = CASE WHEN NEW.seq IS OLD.seq AND NEW.vid IS OLD.vid THEN seq ELSE NEW.seq END,
        author = NEW.author, claimed_at = NEW.claimed_at, deleted = NEW.deleted, data = NEW.data,
        sha256 = CASE WHEN NEW.sha256 IS OLD.sha256 THEN sha256 ELSE NEW.sha256 END
    WHERE vno = OLD.rowid;
END;
CREATE TRIGGER versions_delete INSTEAD OF DELETE ON versions
BEGIN
    DELETE FROM version_rows WHERE vno = OLD.rowid;
END;
ALTER TABLE surrenders RENAME TO surrenders_step10;
DROP INDEX surrenders_date;
DROP INDEX surrenders_number;
DROP INDEX surrenders_unit;
DROP INDEX surrenders_person;
DROP INDEX surrenders_method;
DROP INDEX surrenders_received_by;
CREATE TABLE surrender_rows (
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
    rid           INTEGER PRIMARY KEY              -- documents.num of the receipt
);
-- a receipt without a document row, or a line whose unit or date is not its receipt's, would be lost: the step stops
CREATE TEMP TABLE step12_check (ok INTEGER NOT NULL);
INSERT INTO step12_check SELECT d.num FROM surrenders_step10 s LEFT JOIN documents d ON d.doc_id = s.id;
INSERT INTO step12_check SELECT CASE WHEN s.unit_code = l.unit_code AND s.date = l.date THEN 1 END
    FROM surrender_lines l LEFT JOIN surrenders_step10 s ON s.rid = l.receipt;
DROP TABLE step12_check;
INSERT INTO surrender_rows(rid, unit_code, year, number, date, time, place, received_by, received_rank, person_name,
                           owner_unknown, method)
    SELECT d.num, s.unit_code, s.year, s.number, s.date, s.time, s.place, s.received_by, s.received_rank, s.person_name,
           s.owner_unknown, s.method FROM surrenders_step10 s JOIN documents d ON d.doc_id = s.id ORDER BY d.num;
ALTER TABLE surrender_lines RENAME TO surrender_lines_step10;
DROP INDEX surrender_items_unit_date;
DROP INDEX surrender_items_date;
CREATE TABLE surrender_lines (
    receipt      INTEGER NOT NULL,                 -- surrender_rows.rid
    line_no      INTEGER NOT NULL,
    item_code    TEXT NOT NULL,
    category     TEXT NOT NULL,
    quantity     REAL NOT NULL,
    unit         TEXT NOT NULL,                    -- unit of count, as the catalogue names it (vi)
    serial       TEXT NOT NULL DEFAULT '',
    condition    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (receipt, line_no)
) WITHOUT ROWID;
INSERT INTO surrender_lines(receipt, line_no, item_code, category, quantity, unit, serial, condition)
    SELECT d.num, l.line_no, l.item_code, l.category, l.quantity, l.unit, l.serial, l.condition
    FROM surrender_lines_step10 l JOIN surrenders_step10 s ON s.rid = l.receipt JOIN documents d ON d.doc_id = s.id
    ORDER BY 1, 2;
DROP TABLE surrender_lines_step10;
DROP TABLE surrenders_step10;
CREATE INDEX surrenders_date ON surrender_rows(date);  -- also serves numbering: a unit's receipts of a year
CREATE INDEX surrenders_number ON surrender_rows(number, date);
CREATE INDEX surrenders_unit ON surrender_rows(unit_code, date);  -- and a period's lines (surrender_items)
CREATE INDEX surrenders_person ON surrender_rows(person_name, date);
CREATE INDEX surrenders_method ON surrender_rows(method, date);
CREATE INDEX surrenders_received_by ON surrender_rows(received_by, date);
CREATE VIEW surrenders AS
    SELECT d.doc_id AS id, r.unit_code, r.year, r.number, r.date, r.time, r.place, r.received_by, r.received_rank,
           r.person_name, r.owner_unknown, r.method, r.rid
    FROM surrender_rows r JOIN documents d ON d.num = r.rid;
CREATE TRIGGER surrenders_insert INSTEAD OF INSERT ON surrenders
BEGIN
    SELECT RAISE(ABORT, 'a receipt is kept under its document: documents has no row of this id')
        WHERE NOT EXISTS (SELECT 1 FROM documents WHERE doc_id = NEW.id);
    INSERT INTO surrender_rows(rid, unit_code, year, number, date, time, place, received_by, received_rank, person_name,
                               owner_unknown, method)
    VALUES ((SELECT num FROM documents WHERE doc_id = NEW.id), NEW.unit_code, NEW.year, NEW.number, NEW.date,
            coalesce(NEW.time, ''), coalesce(NEW.place, ''), coalesce(NEW.received_by, ''),
            coalesce(NEW.received_rank, ''), coalesce(NEW.person_name, ''), coalesce(NEW.owner_unknown, 0), NEW.method);
END;
CREATE TRIGGER surrenders_delete INSTEAD OF DELETE ON surrenders
BEGIN
    DELETE FROM surrender_rows WHERE rid = OLD.rid;
END;
CREATE TRIGGER surrenders_update INSTEAD OF UPDATE ON surrenders
BEGIN
    UPDATE surrender_rows SET unit_code = NEW.unit_code, year = NEW.year, number = NEW.number, date = NEW.date,
        time = NEW.time, place = NEW.place, received_by = NEW.received_by, received_rank = NEW.received_rank,
        person_name = NEW.person_name, owner_unknown = NEW.owner_unknown, method = NEW.method
    WHERE rid = OLD.rid;
END;
CREATE VIEW surrender_items AS
    SELECT d.doc_id AS surrender_id, l.line_no, r.unit_code, r.date, l.item_code, l.category, l.quantity, l.unit,
           l.serial, l.condition
    FROM surrender_lines l JOIN surrender_rows r ON r.rid = l.receipt JOIN documents d ON d.num = l.receipt;
CREATE TRIGGER surrender_items_insert INSTEAD OF INSERT ON surrender_items
BEGIN
    SELECT RAISE(ABORT, 'a line is kept under its receipt: its unit and date are the receipt''s') WHERE NOT EXISTS (
        SELECT 1 FROM documents d JOIN surrender_rows r ON r.rid = d.num
        WHERE d.doc_id = NEW.surrender_id AND r.unit_code = NEW.unit_code AND r.date = NEW.date);
    INSERT INTO surrender_lines(receipt, line_no, item_code, category, quantity, unit, serial, condition)
    VALUES ((SELECT num FROM documents WHERE doc_id = NEW.surrender_id), NEW.line_no, NEW.item_code, NEW.category,
            NEW.quantity, NEW.unit, coalesce(NEW.serial, ''), coalesce(NEW.condition, ''));
END;
CREATE TRIGGER surrender_items_delete INSTEAD OF DELETE ON surrender_items
BEGIN
    DELETE FROM surrender_lines
    WHERE receipt = (SELECT num FROM documents WHERE doc_id = OLD.surrender_id) AND line_no = OLD.line_no;
END;
CREATE TRIGGER surrender_items_update INSTEAD OF UPDATE ON surrender_items
BEGIN
    SELECT RAISE(ABORT, 'a line is kept under its receipt: its unit and date are the receipt''s') WHERE NOT EXISTS (
        SELECT 1 FROM documents d JOIN surrender_rows r ON r.rid = d.num
        WHERE d.doc_id = NEW.surrender_id AND r.unit_code = NEW.unit_code AND r.date = NEW.date);
    UPDATE surrender_lines SET receipt = (SELECT num FROM documents WHERE doc_id = NEW.surrender_id),
        line_no = NEW.line_no, item_code = NEW.item_code, category = NEW.category, quantity = NEW.quantity,
        unit = NEW.unit, serial = NEW.serial, condition = NEW.condition
    WHERE receipt = (SELECT num FROM documents WHERE doc_id = OLD.surrender_id) AND line_no = OLD.line_no;
END;
"""

# Step 13 (issue 17 item 1): `stats` over any range answers from a few rows per key. Two more totals, kept in the same
# transactions as the others (app/domain/totals.py: Delta.write):
# * surrender_totals_day: per day and item over every unit, a few rows a day. Every unit's figures over a range whose
#   ends fall inside months: whole months from surrender_totals_all, the days of the months at the edges from here,
#   instead of the lines of those days read from all over the lines table.
# * surrender_totals_halves: per unit, item and calendar year, the year to date at the end of each of its 24
#   half-months (q<i>/l<i>: quantity and lines from 1 January to the end of half-month i, i = 2 x (month - 1), + 1 for
#   the 15th to the month's end; q23/l23 the whole year). Any run of half-months inside a year is the difference of
#   two columns of one row, so a unit's item over a ragged range is its all-time row minus two columns of two rows
#   (the range's first and last year), and the few edge days from the lines.
V13_DAY_AND_HALF_YEAR_TOTALS = """
CREATE TABLE surrender_totals_day (
    date      TEXT NOT NULL,
    item_code TEXT NOT NULL,
    quantity  REAL NOT NULL,
    lines     INTEGER NOT NULL,
    PRIMARY KEY (date, item_code)
) WITHOUT ROWID;
CREATE TABLE surrender_totals_halves (
    unit_code TEXT NOT NULL,
    item_code TEXT NOT NULL,
    year      TEXT NOT NULL,
    q0  REAL NOT NULL DEFAULT 0, l0  INTEGER NOT NULL DEFAULT 0,
    q1  REAL NOT NULL DEFAULT 0, l1  INTEGER NOT NULL DEFAULT 0,
    q2  REAL NOT NULL DEFAULT 0, l2  INTEGER NOT NULL DEFAULT 0,
    q3  REAL NOT NULL DEFAULT 0, l3  INTEGER NOT NULL DEFAULT 0,
    q4  REAL NOT NULL DEFAULT 0, l4  INTEGER NOT NULL DEFAULT 0,
    q5  REAL NOT NULL DEFAULT 0, l5  INTEGER NOT NULL DEFAULT 0,
    q6  REAL NOT NULL DEFAULT 0, l6  INTEGER NOT NULL DEFAULT 0,
    q7  REAL NOT NULL DEFAULT 0, l7  INTEGER NOT NULL DEFAULT 0,
    q8  REAL NOT NULL DEFAULT 0, l8  INTEGER NOT NULL DEFAULT 0,
    q9  REAL NOT NULL DEFAULT 0, l9  INTEGER NOT NULL DEFAULT 0,
    q10 REAL NOT NULL DEFAULT 0, l10 INTEGER NOT NULL DEFAULT 0,
    q11 REAL NOT NULL DEFAULT 0, l11 INTEGER NOT NULL DEFAULT 0,
    q12 REAL NOT NULL DEFAULT 0, l12 INTEGER NOT NULL DEFAULT 0,
    q13 REAL NOT NULL DEFAULT 0, l13 INTEGER NOT NULL DEFAULT 0,
    q14 REAL NOT NULL DEFAULT 0, l14 INTEGER NOT NULL DEFAULT 0,
    q15 REAL NOT NULL DEFAULT 0, l15 INTEGER NOT NULL DEFAULT 0,
    q16 REAL NOT NULL DEFAULT 0, l16 INTEGER NOT NULL DEFAULT 0,
    q17 REAL NOT NULL DEFAULT 0, l17 INTEGER NOT NULL DEFAULT 0,
    q18 REAL NOT NULL DEFAULT 0, l18 INTEGER NOT NULL DEFAULT 0,
    q19 REAL NOT NULL DEFAULT 0, l19 INTEGER NOT NULL DEFAULT 0,
    q20 REAL NOT NULL DEFAULT 0, l20 INTEGER NOT NULL DEFAULT 0,
    q21 REAL NOT NULL DEFAULT 0, l21 INTEGER NOT NULL DEFAULT 0,
    q22 REAL NOT NULL DEFAULT 0, l22 INTEGER NOT NULL DEFAULT 0,
    q23 REAL NOT NULL DEFAULT 0, l23 INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_code, item_code, year)
) WITHOUT ROWID;
INSERT INTO surrender_totals_halves(unit_code, item_code, year, q0, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, q11, q12, q13, q14, q15, q16, q17, q18, q19, q20, q21, q22, q23,
                                    l0, l1, l2, l3, l4, l5, l6, l7, l8, l9, l10, l11, l12, l13, l14, l15, l16, l17, l18, l19, l20, l21, l22, l23)
    SELECT unit_code, item_code, substr(span, 1, 4),
           sum(CASE WHEN slot <= 0 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 1 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 2 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 3 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 4 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 5 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 6 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 7 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 8 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 9 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 10 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 11 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 12 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 13 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 14 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 15 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 16 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 17 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 18 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 19 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 20 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 21 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 22 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 23 THEN quantity ELSE 0 END),
           sum(CASE WHEN slot <= 0 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 1 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 2 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 3 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 4 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 5 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 6 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 7 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 8 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 9 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 10 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 11 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 12 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 13 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 14 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 15 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 16 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 17 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 18 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 19 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 20 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 21 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 22 THEN lines ELSE 0 END),
           sum(CASE WHEN slot <= 23 THEN lines ELSE 0 END)
    FROM (SELECT unit_code, item_code, span, quantity, lines,
                 (CAST(substr(span, 6, 2) AS INTEGER) - 1) * 2 + (substr(span, 9, 2) >= '15') AS slot
          FROM surrender_totals)
    GROUP BY 1, 2, 3;
INSERT INTO surrender_totals_day(date, item_code, quantity, lines)
    SELECT r.date, l.item_code, sum(l.quantity), count(*) FROM surrender_lines l JOIN surrender_rows r ON r.rid = l.receipt
    GROUP BY 1, 2;
"""

V14_HALVES_A_ROW_PER_UNIT_AND_YEAR = """
DROP TABLE surrender_totals_halves;
CREATE TABLE surrender_totals_halves (
    unit_code TEXT NOT NULL,
    year      TEXT NOT NULL,
    items     TEXT NOT NULL,   -- the item codes of the row, comma-separated, in code order
    quantity  BLOB NOT NULL,   -- 24 year-to-date quantities an item (float32 or float64, by length)
    lines     BLOB NOT NULL,   -- 24 year-to-date line counts an item (uint16 or int32, by length)
    UNIQUE (unit_code, year)
);
"""


def v14_halves_a_row_per_unit_and_year(conn, report) -> None:
    """Schema step 14 (issue 17 item 1): surrender_totals_halves as one row per unit and year, every item's 24
    values packed (app/store/halves.py), filled again from the half-month totals; ``report(done, total)``: the table
    made, then filled."""
    from app.store import halves

    for statement in V14_HALVES_A_ROW_PER_UNIT_AND_YEAR.split(";"):
        if statement.strip():
            conn.execute(statement)
    report(1, 2)
    halves.rebuild(conn)
    report(2, 2)


MIGRATIONS: list = [V1, V2, V3_SYNC, V4_ANCHORS, V5_SORT_INDEXES, V6_ATTACHMENTS, V7_UNIT_EVENTS,
                    V8_TOTALS, V9_PACKED_VERSIONS, V10_RECEIPT_KEYS, V11_YEAR_TOTALS, V12_DOCUMENT_NUMBERS,
                    V13_DAY_AND_HALF_YEAR_TOTALS, v14_halves_a_row_per_unit_and_year]
VACUUM_AFTER = {9, 10, 12}  # steps that free much of the file: the space goes back to the disk (best effort)
SCHEMA_VERSION = len(MIGRATIONS)
