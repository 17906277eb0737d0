"""Stores of an older schema step, for the migration tests and bench/bench_store_size.py: written by today's code (which writes only today's
schema), then taken back to the older step's exact schema with plain SQL, every row kept.

The result is checked against an empty store made by the older steps alone: same objects, same SQL, so the file
is what an installation of that release holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app import collation
from app.domain import demo
from app.domain.surrenders import Line, Person, add_surrender, delete_surrender, update_surrender
from app.domain.totals import RECOUNTS
from app.domain.versions import Version, apply_versions
from app.store import migrations, schema
from app.store.db import open_store


def schema_of(conn) -> list[tuple]:
    return sorted(tuple(r) for r in conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


def tables_of(path) -> set[str]:
    """The names of a store file's tables, read by plain SQL."""
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def bare_store(path: Path, step: int) -> Path:
    """An empty store made by schema steps 1..`step` only."""
    migrations.MIGRATIONS, migrations.SCHEMA_VERSION = schema.MIGRATIONS[:step], step
    try:
        open_store(path).close()
    finally:
        migrations.MIGRATIONS, migrations.SCHEMA_VERSION = schema.MIGRATIONS, schema.SCHEMA_VERSION
    return path


# Where a table of an older step gets its rows when today's table or view of that name does not hold them as
# they were: step 12 keeps a line's unit and date only in its receipt's row, and versions in arrival order.
_STEP10_LINES = ("SELECT l.receipt, l.line_no, r.unit_code, r.date, l.item_code, l.category, l.quantity, l.unit, l.serial,"
                 " l.condition FROM surrender_lines l JOIN surrender_rows r ON r.rid = l.receipt")
_STEP10_VERSIONS = ("SELECT vid, doc_id, doc_type, parents, lamport, device_id, seq, author, claimed_at, deleted, data,"
                    " sha256 FROM versions ORDER BY rowid")
TAKEN_FROM = {(s, "surrender_lines"): _STEP10_LINES for s in (10, 11)}  # the lines' shape of steps 10 and 11
TAKEN_FROM.update({(s, "versions"): _STEP10_VERSIONS for s in range(1, 12)})
# step 13's half-month rows (one per unit, item and year), recounted from the lines: step 14 packs them per unit and year
TAKEN_FROM[13, "surrender_totals_halves"] = (
    "SELECT unit_code, item_code, year, " + ", ".join(f"q{i}, l{i}" for i in range(24))  # step 13's column order
    + f" FROM ({RECOUNTS['surrender_totals_halves'][2]}) WHERE year != ''")


def take_back(path: Path, step: int) -> None:
    """Rewrite the store at `path` (today's schema) into schema `step`, keeping every row of every table that
    step has: a table a later step rebuilt, or replaced by a view over another table, gets its rows back from
    today's table or view of that name; what later steps added is dropped."""
    bare_path = bare_store(path.parent / f"bare-step{step}" / "antt.sqlite", step)
    bare = sqlite3.connect(bare_path)
    want = {(t, n): sql for t, n, _, sql in schema_of(bare)}
    order = [(t, n) for t, n in bare.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                                             " ORDER BY rowid")]
    conn = sqlite3.connect(path)
    collation.register(conn)
    have = {(t, n): sql for t, n, _, sql in schema_of(conn)}
    stashed = []
    for (t, n), sql in want.items():
        today = have.get((t, n))
        if t == "table" and (("view", n) in have or (today is not None and today != sql)):
            cols = ", ".join(r[1] for r in bare.execute(f'PRAGMA table_info("{n}")'))
            source = TAKEN_FROM.get((step, n), f'SELECT {cols} FROM "{n}"')
            conn.execute(f'CREATE TEMP TABLE "stash_{n}" AS {source}')
            stashed.append((n, cols))
    for kind in ("trigger", "view", "index", "table"):
        for (t, n), sql in have.items():
            if t == kind and want.get((t, n)) != sql:
                conn.execute(f'DROP {kind.upper()} IF EXISTS "{n}"')
    now = {(t, n) for t, n, _, _ in schema_of(conn)}
    for kind in ("table", "index", "view", "trigger"):
        for t, n in order:
            if t == kind and (t, n) not in now:
                conn.execute(want[(t, n)])
        if kind == "table":
            for n, cols in stashed:
                conn.execute(f'INSERT INTO "{n}"({cols}) SELECT {cols} FROM "stash_{n}"')
                conn.execute(f'DROP TABLE "stash_{n}"')
    conn.execute(f"PRAGMA user_version = {step}")
    conn.commit()
    conn.execute("VACUUM")
    assert schema_of(conn) == schema_of(bare), "not the older step's schema"
    conn.close()
    bare.close()


# a store's own numbers for its rows, never compared between stores: schema step 10's receipts (rid), step 12's
# documents (num), versions (rowid: the order they arrived in here) and what is kept under them
LOCAL_COLUMNS = {"rid", "num", "rowid", "vno", "doc", "receipt"}
KEPT_UNDER_NUMBERS = {"version_rows", "surrender_rows", "surrender_lines"}  # shown by the views versions, surrenders, surrender_items


def shared_columns(conn, table: str) -> str:
    """The columns of `table` a record has wherever it is stored: for comparing stores, or a store before and
    after a migration, row by row."""
    return ", ".join(r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[1] not in LOCAL_COLUMNS)


def plain(path) -> sqlite3.Connection:
    """A connection without the code under test (the collation only, for reads of the models' indexes)."""
    conn = sqlite3.connect(path)
    collation.register(conn)
    return conn


def file_schema(path) -> list[tuple]:
    """The schema of the store file at `path`, read with plain SQL."""
    conn = plain(path)
    try:
        return schema_of(conn)
    finally:
        conn.close()


def table_columns(path, skip=()) -> dict[str, list[str]]:
    """The tables of a store and their columns, but those named in `skip` (e.g. LOCAL_COLUMNS: this store's own
    numbers, which two stores never share)."""
    conn = plain(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")') if r[1] not in skip] for t in names}
    finally:
        conn.close()


def every_row(path, tables: dict[str, list[str]], sources: dict | None = None) -> dict[str, list[tuple]]:
    """Every row of these tables (or views of that name, or the SELECT `sources` gives for one), sorted, plain SQL."""
    conn = plain(path)
    sources = sources or {}
    try:
        return {t: sorted(conn.execute(sources.get(t) or f'SELECT {", ".join(cols)} FROM "{t}"').fetchall(), key=repr)
                for t, cols in tables.items()}
    finally:
        conn.close()


def rounded(tables: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    """The same rows with every float rounded to 9 decimals (REAL sums added in another order), sorted again."""
    def one(row):
        return tuple(round(v, 9) if isinstance(v, float) else v for v in row)
    return {t: sorted(map(one, rows), key=repr) for t, rows in tables.items()}


AUTHOR = "Thượng úy Lò Văn An"  # of the receipts written as other laptops' versions below


def surrender_version(device: str, seq: int, doc_id: str, data: dict, parents=()) -> Version:
    """A receipt's version as another laptop seals it."""
    return Version(vid=f"{device}:{seq}", doc_id=doc_id, doc_type="surrender", parents=tuple(parents),
                   lamport=1000 + seq, device_id=device, seq=seq, author=AUTHOR, claimed_at="2026-06-01T08:00:00+0700",
                   deleted=False, data=data).sealed()


def store_with_every_kind_of_receipt(path: Path, today, step: int) -> Path:
    """A store as a release of schema ``step`` holds it, with receipts of every kind a migration must keep: the demo's,
    one edited (with a person's details), one deleted, one in conflict between three laptops, one held (its unit is
    unknown here) and one unreadable; written by today's code, then taken back to ``step`` with plain SQL."""
    s = open_store(path)
    demo.generate(s, units=4, months=3, today=today)
    unit, other = [r[0] for r in s.query("SELECT code FROM units WHERE kind != 'provincial_police' ORDER BY code")][:2]
    item = s.query("SELECT code, category, unit_vi FROM catalogue_items ORDER BY code LIMIT 1")[0]
    kept = add_surrender(s, unit_code=unit, date="2026-06-02", lines=[Line(item[0], 3), Line(item[0], 2)],
                         person_name="Lò Văn B", received_by="Thượng sĩ Hà",
                         person=Person(birth_year=1980, id_number="012345678901", address="Bản Nà Hin"))
    update_surrender(s, kept.id, place="Nhà văn hóa bản")
    gone = add_surrender(s, unit_code=other, date="2026-06-03", lines=[Line(item[0], 2)], person_name="Lò Thị C")
    delete_surrender(s, gone.id)
    line = {"item_code": item[0], "category": item[1], "quantity": 4, "unit": item[2], "serial": "S-1",
            "condition": "gỉ sét"}
    base = {"unit_code": unit, "number": 900, "date": "2026-06-04", "time": "", "place": "", "received_by": "",
            "received_rank": "", "person_name": "Vi Văn D", "owner_unknown": False, "method": "voluntary",
            "witnesses": [], "lines": [line], "note": ""}
    first = surrender_version("lapa", 1, "conflicted-receipt", base)
    apply_versions(s, [
        first,  # two laptops edit the same receipt: a conflict, both kept
        surrender_version("lapb", 1, "conflicted-receipt", {**base, "person_name": "Vi Văn E"}, [first.vid]),
        surrender_version("lapc", 1, "conflicted-receipt", {**base, "place": "Chợ"}, [first.vid]),
        surrender_version("lapa", 2, "held-receipt", {**base, "unit_code": "CAX-NOWHERE", "number": 1}),
        surrender_version("lapa", 3, "unreadable-receipt", {"unit_code": unit, "date": "2026-06-05"})])
    s.close()
    take_back(path, step)
    return path


def demo_with_receipts(path: Path, today, step: int, receipts: list[tuple[str, Line]]) -> tuple[Path, str]:
    """The demo's last six months (three units) and ``receipts`` [(day, line)] by hand for its first commune, then a
    receipt of 100 home-made guns on 02/01/2026 deleted (what it counted goes), taken back to schema ``step`` with
    plain SQL: (the store's path, that commune)."""
    s = open_store(path)
    demo.generate(s, units=3, months=6, today=today)
    unit = s.query("SELECT code FROM units WHERE kind != 'provincial_police' ORDER BY code")[0][0]
    for day, line in receipts:
        add_surrender(s, unit_code=unit, date=day, lines=[line], owner_unknown=True)
    gone = add_surrender(s, unit_code=unit, date="2026-01-02", lines=[Line("gun.homemade", 100)], owner_unknown=True)
    delete_surrender(s, gone.id)
    s.close()
    take_back(path, step)
    return path, unit
