"""Records written by an older version, before the size limits (app/domain/sizes.py): found, listed, fixed.

A store from before issue 18 item 5 may hold versions whose texts, lists or numbers are beyond today's limits.
No bundle may carry them (every receiver checks every version), yet nothing may be lost and no record the app
accepted may block an export. So:

* `over_limit_vids` finds them once (every version read and measured; the list is kept in `meta`: nothing
  written since can be over the limits, local writes and imports both check them);
* an export leaves those versions out and says which documents still hold one as their current version
  (`current_records`), naming each document and field; the rest of the bundle goes as usual;
* the officer shortens the field (an edit is judged on its new data only, so it is accepted), and the
  document's new version goes in the next bundle; the old, long version stays in this store, never deleted;
* `antt check` and the Sync page's "Hồ sơ quá dài" list the same records.
"""

from __future__ import annotations

import sqlite3
import zlib
from dataclasses import dataclass

import orjson

from app.domain import sizes
from app.formatting import format_number
from app.domain.readable import doc_type_name, document_title
from app.i18n import current_language, t
from app.store import packing
from app.store.db import Store

SCANNED = "over_limit_scanned"  # meta: "1" once every version was measured
FOUND = "over_limit_vids"  # meta: JSON list of the vids beyond the limits
TITLE_CHARS = 60  # a title is itself perhaps the over-long text: shown cut


@dataclass(frozen=True)
class OverLimit:
    """One document whose current version is beyond a limit: what to shorten, and where."""

    doc_id: str
    doc_type: str
    vid: str
    unit_code: str
    title: str
    problem: str  # the SizeError's key: field_too_long, too_many_entries, number_too_large, record_too_large
    params: dict
    edit_id: str = ""  # the document whose form shortens it: a receipt's for its personal details, else its own

    def what(self, lang: str | None = None) -> str:
        """The field and its measure: "Ghi chú: 3.000 ký tự (tối đa 2.000)"."""
        lang = lang or current_language()
        shown = {k: format_number(v, lang) if type(v) is int and k != "value" else v for k, v in self.params.items()}
        return t("over_limit_" + self.problem, lang, **shown)

    def describe(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        return t("over_limit_document", lang, doc=doc_type_name(self.doc_type, lang), title=self.title,
                 unit=self.unit_code or "—", what=self.what(lang))


def problem_of(doc_type: str, data_json: str | bytes) -> sizes.SizeError | None:
    """The first limit a stored version breaks, or None (`data_json` as stored: packed or plain)."""
    try:
        data_json = packing.json_bytes(data_json)
        sizes.check_stored_size(len(data_json.encode() if isinstance(data_json, str) else data_json))
        sizes.check_sizes(doc_type, orjson.loads(data_json))
    except sizes.SizeError as exc:
        return exc
    except (orjson.JSONDecodeError, zlib.error):
        return None  # not this module's business: `antt check` reports damaged data
    return None


def measured(store: Store) -> bool:
    """Whether this store's versions were measured already (a new store never needs it)."""
    return store.meta_get(SCANNED) == "1"


def over_limit_vids(store: Store) -> set[str]:
    """Every version beyond the limits; measured once per store (the first export or check after the update)."""
    if measured(store):
        return set(orjson.loads(store.meta_get(FOUND, "[]") or "[]"))
    found = [vid for vid, doc_type, data in store.conn.execute("SELECT vid, doc_type, CAST(data AS BLOB) FROM versions")
             if problem_of(doc_type, data) is not None]
    try:
        with store.transaction():
            store.meta_set(FOUND, orjson.dumps(found).decode())
            store.meta_set(SCANNED, "1")
    except sqlite3.OperationalError:
        pass  # a read-only reader (the app's page workers): measured again by the next one that may write
    return set(found)


def current_records(store: Store, lang: str | None = None, vids: set[str] | None = None) -> list[OverLimit]:
    """Documents whose current version (the winner, not deleted) is beyond a limit, in a stable order."""
    vids = over_limit_vids(store) if vids is None else vids
    if not vids:
        return []
    lang = lang or current_language()
    out = []
    rows = store.conn.execute(
        "SELECT d.doc_id, d.doc_type, v.vid, version_json(v.data) FROM documents d JOIN versions v ON v.vid = d.winner_vid"
        " WHERE d.deleted = 0 AND d.winner_vid IN (SELECT value FROM json_each(?)) ORDER BY d.doc_type, d.doc_id",
        (orjson.dumps(sorted(vids)).decode(),))
    for doc_id, doc_type, vid, data_json in rows:
        exc = problem_of(doc_type, data_json)
        if exc is None:
            continue
        data = orjson.loads(data_json)
        title = document_title(store, doc_type, data, lang)
        if len(title) > TITLE_CHARS:
            title = title[:TITLE_CHARS - 1] + "…"
        unit = data.get("unit_code") if type(data.get("unit_code")) is str else ""
        edit_id = data.get("surrender_id") if doc_type == "surrender_person" else doc_id
        out.append(OverLimit(doc_id, doc_type, vid, unit[:32], title, exc.key, dict(exc.params),
                             edit_id if type(edit_id) is str else doc_id))
    return out


def listing(records: list[OverLimit], lang: str | None = None, most: int = 5) -> str:
    """The records in one run of words for a sentence: the first `most`, then how many more."""
    shown = "; ".join(r.describe(lang) for r in records[:most])
    if len(records) > most:
        shown += t("over_limit_more", lang, n=len(records) - most)
    return shown


def export_note(path: str, records: list[OverLimit], lang: str | None = None) -> str:
    """What an export says when it left such records here: every one named (the first five), and where to fix."""
    return t("export_over_limit", lang, n=len(records), path=path, records=listing(records, lang))


def check_lines(store: Store, lang: str | None = None) -> list[str]:
    """`antt check`'s lines for them: a heading and one line per record (not damage: the store is whole)."""
    records = current_records(store, lang)
    if not records:
        return []
    return [t("check_over_limit", lang, n=len(records))] + ["  " + r.describe(lang) for r in records]
