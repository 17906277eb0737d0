"""`antt check`: is the store whole? File integrity, version hashes, winners, and the record rules
that sync can bend (two laptops giving the same receipt number)."""

from __future__ import annotations

import zlib
from collections import Counter

import orjson

from app.domain.doctypes import DOC_TYPES, ROW_ERRORS, build_rows
from app.domain.versions import Version, decide, load_doc_versions
from app.store import packing
from app.store.db import Store


def check_store(store: Store, deep: bool = True, integrity: bool = True, numbering: bool = True) -> list[str]:
    """Problems found, as sentences; an empty list means the store is sound.

    `integrity=False` skips SQLite's own integrity_check, for a caller that has just run it (restore).
    `numbering=False` leaves out receipt numbers used twice: two laptops of one unit (or a post restored from an
    old copy) can number independently; that is for an officer to sort out, not damage that forbids a restore."""
    problems: list[str] = []
    conn = store.conn
    if integrity:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            problems.append(f"SQLite integrity_check: {result}")
    for row in conn.execute("PRAGMA foreign_key_check"):
        problems.append(f"foreign key broken in {row[0]} (rowid {row[1]}) -> {row[2]}")
    if deep:
        problems += _check_versions(store)
        problems += _check_readable(store)
        problems += _check_blobs(store)
    for unit, year, number, n in _numbers_used_twice(store) if numbering else ():
        problems.append(f"receipt number {number}/{year} of unit {unit} is used by {n} receipts")
    orphan = conn.execute(
        "SELECT count(*) FROM surrender_items i LEFT JOIN catalogue_items c ON c.code = i.item_code WHERE c.code IS NULL"
    ).fetchone()[0]
    if orphan:
        problems.append(f"{orphan} item lines name an item code missing from the catalogue")
    problems += _check_totals(conn)
    return problems


def _check_blobs(store: Store) -> list[str]:
    """Issue 16: every attachment file's bytes still hash to their name (a damaged disk shows here)."""
    import hashlib

    if store.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'blobs'").fetchone() is None:
        return []  # a backup of a schema before attachments
    bad = [sha for sha, data in store.conn.execute("SELECT sha256, data FROM blobs")
           if hashlib.sha256(data).hexdigest() != sha]
    return [f"attachment file {sha[:12]}… does not match its sha256" for sha in bad[:20]] + (
        [f"… {len(bad)} attachment files in all do not match their sha256"] if len(bad) > 20 else [])


def _check_totals(conn) -> list[str]:
    """The maintained totals against a recount of the records, independent of the code that keeps them."""
    from app.domain import totals

    problems = []
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table, base in (("surrender_totals_all", "the item lines"), ("surrender_totals", "the item lines"),
                        ("activity_totals", "the activities"), ("surrender_totals_year", "the item lines"),
                        ("activity_totals_year", "the activities"), ("surrender_totals_ever", "the item lines"),
                        ("activity_totals_ever", "the activities"), ("figure_totals_year", "the monthly figures"),
                        ("surrender_totals_day", "the item lines"), ("surrender_totals_halves", "the item lines")):
        if table not in present:  # a backup of an older schema: the upgrade fills them from the records
            continue
        differing = totals.differing_rows(conn, table)
        if differing:
            problems.append(f"{differing} rows of {table} differ from {base}")
    return problems


def _check_versions(store: Store) -> list[str]:
    problems = []
    bad = 0
    for row in store.conn.execute(
        "SELECT vid, doc_id, doc_type, parents, lamport, device_id, seq, author, claimed_at, deleted,"
        " CAST(data AS BLOB) AS data, typeof(data) = 'text' AS plain, sha256 FROM versions"
    ):  # as bytes: a damaged value may not even be UTF-8
        d = dict(row)
        plain = d.pop("plain")
        d["parents"] = orjson.loads(d["parents"])
        try:  # a damaged packed value is a version that does not match its hash, not a crash of the check
            d["data"] = orjson.loads(d["data"] if plain else packing.json_bytes(d["data"]))
        except (zlib.error, orjson.JSONDecodeError, IndexError, KeyError, OSError):
            d["data"] = None
        if d["data"] is None or Version.from_dict(d).compute_sha256() != d["sha256"]:
            bad += 1
            if bad <= 5:
                problems.append(f"version {d['vid']} does not match its sha256")
    if bad > 5:
        problems.append(f"… {bad} versions in all do not match their sha256")
    docs = {r[0]: (r[1], r[2]) for r in store.conn.execute("SELECT doc_id, winner_vid, deleted FROM documents")}
    all_ids = [r[0] for r in store.conn.execute("SELECT DISTINCT doc_id FROM versions")]
    wrong = 0
    for i in range(0, len(all_ids), 2000):
        try:
            by_doc = load_doc_versions(store, all_ids[i : i + 2000])
        except (zlib.error, orjson.JSONDecodeError):  # a damaged value, counted above: no winners to compare
            problems.append("versions whose data cannot be read: winners not compared")
            break
        for doc_id, rows in by_doc.items():
            winner, _, deleted = decide(rows)
            if docs.get(doc_id) != (winner["vid"], int(deleted)):
                wrong += 1
    if wrong:
        problems.append(f"{wrong} documents show a version that is not their winner")
    return problems


def _same(value):
    """A cell as SQLite gives it back: numbers compared as numbers (1 == 1.0), the rest as text."""
    if value is None:
        return None
    if isinstance(value, (bool, int, float)):
        return ("n", float(value))
    return ("t", str(value))


def _rows_equal(actual: list, want: list) -> bool:
    """The same rows in any order; a cell SQLite stored with another type (5 in a TEXT column) still counts."""
    if actual == want:
        return True
    if len(actual) != len(want):
        return False
    if Counter(actual) == Counter(want):
        return True
    return sorted(tuple(map(_same, r)) for r in actual) == sorted(tuple(map(_same, r)) for r in want)


def _check_readable(store: Store, batch: int = 2000) -> list[str]:
    """Issue 18 item 8: every readable row is what its document's winner says, and no row is left over.

    The readable tables are only a copy of the winners (design §3); an edit of `surrender_items` by hand
    passes every hash, so each live winner's rows are built again and compared, table by table."""
    conn = store.conn
    # surrender_items is a view from schema step 10 on (its rows kept in surrender_lines), a table before
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    # a backup of an older schema lacks the tables of later steps: it is checked for those it has
    specs = {spec.table: spec for specs in DOC_TYPES.values() for spec in specs if spec.table in present}
    held = {r[0] for r in conn.execute("SELECT doc_id FROM held_documents")} if "held_documents" in present else set()
    expected_total = dict.fromkeys(specs, 0)
    differing = dict.fromkeys(specs, 0)
    rows = conn.execute("SELECT d.doc_id, d.doc_type, CAST(v.data AS BLOB) FROM documents d JOIN versions v ON v.vid = d.winner_vid"
                        " WHERE d.deleted = 0 ORDER BY d.doc_id")
    while True:
        chunk = rows.fetchmany(batch)
        if not chunk:
            break
        expected: dict[str, dict[str, list]] = {}
        for doc_id, doc_type, data in chunk:
            if doc_type not in DOC_TYPES or doc_id in held:
                continue
            try:
                built = build_rows(doc_type, doc_id, orjson.loads(packing.json_bytes(data)))
            except ROW_ERRORS + (zlib.error, orjson.JSONDecodeError):
                continue  # a winner this software cannot read has no rows (it is held)
            for table, table_rows in built:
                if table not in specs:
                    continue
                expected.setdefault(table, {})[doc_id] = [tuple(r) for r in table_rows]
                expected_total[table] += len(table_rows)
        for table, by_doc in expected.items():
            spec = specs[table]
            actual: dict[str, list] = {}
            ids = list(by_doc)
            for i in range(0, len(ids), 500):
                part = ids[i : i + 500]
                for r in store.conn.execute(f"SELECT {', '.join(spec.columns)} FROM {table} WHERE {spec.key} IN "
                                            f"({', '.join('?' * len(part))})", part):
                    key = r[spec.columns.index(spec.key)]
                    actual.setdefault(key, []).append(tuple(r))
            differing[table] += sum(1 for d, want in by_doc.items() if not _rows_equal(actual.get(d, []), want))
    problems = []
    for table, spec in specs.items():
        if differing[table]:
            problems.append(f"{differing[table]} documents differ from their rows in {table} (edited outside the app)")
        kept_in = spec.stored[0] if spec.stored[0] in present else table  # a line without its receipt counts too
        total = conn.execute(f"SELECT count(*) FROM {kept_in}").fetchone()[0]
        if total != expected_total[table] and not differing[table]:
            problems.append(f"{table} holds {total} rows where the documents give {expected_total[table]}")
    return problems


def _numbers_used_twice(store: Store) -> list[tuple[str, int, str, int]]:
    """(unit, year, printed number, how many) for numbers used twice in one series: a merger that restarted a
    unit's numbering with a prefix makes "01" and "M01" of one year two numbers (app/domain/receipt_numbering.py)."""
    from app.domain import receipt_numbering

    out = []
    for unit, year, number, dates in store.conn.execute(
            "SELECT unit_code, year, number, json_group_array(date) FROM surrenders GROUP BY unit_code, year, number"
            " HAVING count(*) > 1"):
        series: Counter = Counter()
        for day in orjson.loads(dates):
            s = receipt_numbering.series_for(store, unit, day)
            series[(s.start, s.prefix)] += 1
        out += [(unit, year, f"{prefix}{number}", n) for (_, prefix), n in series.items() if n > 1]
    return out
