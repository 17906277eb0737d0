"""The audit trail: who did what on this laptop, when by its clock, and the document before and after.

Append-only twice over: triggers refuse UPDATE and DELETE on `audit_log` (against bugs), and each
entry's hash covers the previous entry's hash (against someone who edits the file by hand). The
newest entry's number and hash are also kept in `meta.audit_head`, so that cutting entries off the
end is seen too. `verify` walks the chain.

Someone with the file and the know-how can rewrite the whole chain and the head consistently, or cut
both back: copies of the head held elsewhere show that (issue 18 item 9, app/security/audit_anchors.py):
an anchor file beside the store, the header of every sealed backup and of every bundle sent, and at the
level above the anchors in the bundles received. The trail itself stays on this laptop.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any

import orjson

from app.security.permissions import require
from app.store.db import Store

GENESIS = "0" * 64
HASHED_FIELDS = ("seq", "at", "username", "action", "doc_type", "doc_id", "vid", "before", "after", "detail",
                 "prev_hash")
COLUMNS = HASHED_FIELDS + ("hash",)


def _json(value: Any) -> str | None:
    return None if value is None else orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


def entry_hash(entry: dict) -> str:
    """sha256 over the canonical JSON (sorted keys) of every field but the hash itself."""
    payload = {k: entry.get(k) for k in HASHED_FIELDS}
    return hashlib.sha256(orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)).hexdigest()


def local_now() -> str:
    """This laptop's clock, with its offset: shown as the time of the entry, never trusted beyond that."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def actor(store: Store) -> str:
    session = getattr(store, "session", None)
    return session.username if session is not None else ""


def record(store: Store, action: str, *, doc_type: str | None = None, doc_id: str | None = None,
           vid: str | None = None, before: Any = None, after: Any = None, detail: Any = None,
           username: str | None = None) -> int:
    """Append one entry (inside the caller's transaction, or its own); returns its number."""
    with store.transaction():
        last = store.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        entry = {
            "seq": seq, "at": local_now(), "username": actor(store) if username is None else username,
            "action": action, "doc_type": doc_type, "doc_id": doc_id, "vid": vid,
            "before": _json(before), "after": _json(after), "detail": _json(detail), "prev_hash": prev,
        }
        entry["hash"] = entry_hash(entry)
        store.conn.execute(
            f"INSERT INTO audit_log({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})",
            [entry[c] for c in COLUMNS],
        )
        store.meta_set("audit_head", f"{seq}:{entry['hash']}")
    return seq


# ---------------------------------------------------------------- reading


def _decoded(row) -> dict:
    d = dict(row)
    for key in ("before", "after", "detail"):
        d[key] = orjson.loads(d[key]) if d[key] is not None else None
    return d


def _where(user=None, action=None, doc_type=None, doc_id=None, date_from=None, date_to=None) -> tuple[str, list]:
    where, params = [], []
    if user:
        where.append("username = ?")
        params.append(user)
    if action:
        where.append("(action = ? OR action LIKE ? ESCAPE '\\')")
        params += [action, action.replace("_", "\\_").replace("%", "\\%") + ".%"]
    if doc_type:
        where.append("doc_type = ?")
        params.append(doc_type)
    if doc_id:
        where.append("doc_id = ?")
        params.append(doc_id)
    if date_from:
        where.append("substr(at, 1, 10) >= ?")
        params.append(date_from)
    if date_to:
        where.append("substr(at, 1, 10) <= ?")
        params.append(date_to)
    return (" WHERE " + " AND ".join(where)) if where else "", params


def list_entries(store: Store, *, user: str | None = None, action: str | None = None, doc_type: str | None = None,
                 doc_id: str | None = None, date_from: str | None = None, date_to: str | None = None,
                 limit: int | None = 200, offset: int = 0, newest_first: bool = True,
                 after_seq: int | None = None) -> list[dict]:
    """Entries matching every filter given (dates are YYYY-MM-DD on this laptop's clock); for the CLI and
    the GUI's audit view. `action` matches a whole action or its prefix before a dot ("login" → login.*).

    `after_seq`: only entries that come after that one in the order asked (older ones when newest first): the
    next page read by key, a search in the rowid, where an OFFSET steps over every entry before it."""
    require(store, "audit.view")
    where, params = _where(user, action, doc_type, doc_id, date_from, date_to)
    if after_seq is not None:
        where += (" AND " if where else " WHERE ") + f"seq {'<' if newest_first else '>'} ?"
        params.append(int(after_seq))
    sql = f"SELECT {', '.join(COLUMNS)} FROM audit_log{where} ORDER BY seq {'DESC' if newest_first else 'ASC'}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [int(limit), int(offset)]
    return [_decoded(r) for r in store.conn.execute(sql, params)]


def count_entries(store: Store, **filters) -> int:
    """How many entries match `filters` (the keyword filters of `list_entries`); all of them without any."""
    where, params = _where(**filters)
    return store.conn.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0]


def filter_choices(store: Store) -> dict[str, list[str]]:
    """The users, actions and document types the trail holds, for the GUI's filter lists."""
    require(store, "audit.view")
    q = store.conn.execute
    return {
        "users": [r[0] for r in q("SELECT DISTINCT username FROM audit_log WHERE username != '' ORDER BY 1")],
        "actions": [r[0] for r in q("SELECT DISTINCT action FROM audit_log ORDER BY 1")],
        "doc_types": [r[0] for r in q("SELECT DISTINCT doc_type FROM audit_log WHERE doc_type IS NOT NULL ORDER BY 1")],
    }


# ---------------------------------------------------------------- verifying


@dataclass
class Problem:
    kind: str  # changed | missing | link | tail_missing | head_mismatch | behind_anchor | anchor_mismatch | peer_backwards
    seq: int
    until: int | None = None
    detail: dict = field(default_factory=dict)  # the anchor's source, or the laptop below

    def message(self, lang: str | None = None) -> str:
        from app.i18n import t

        params = dict(self.detail)
        source = params.pop("source", None)
        if source is not None:
            params["source"] = t(source["key"], lang, **{k: v for k, v in source.items() if k != "key"})
        return t(f"audit_{self.kind}", lang, seq=self.seq, until=self.until, **params)


@dataclass
class VerifyResult:
    entries: int
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(store: Store, backups: list = ()) -> VerifyResult:
    """Walk the chain from the first entry: every hash recomputed, every link and number checked, the
    newest entry compared with `meta.audit_head` and with the anchors kept outside the table (the anchor
    file, the bundles sent; at the level above, the bundles received). A changed entry, a removed one, a
    cut-off end or a wiped trail shows. `backups`: backup files whose anchors are compared too."""
    require(store, "audit.view")
    from app.security import audit_anchors

    result = check_chain(store)
    for f in audit_anchors.check(store, [audit_anchors.from_backup(b) for b in backups]):
        result.problems.append(Problem(f.kind, f.seq, f.until, {"source": f.source}))
    for p in audit_anchors.peer_problems(store):
        result.problems.append(Problem("peer_backwards", p["seq"], p["until"],
                                       {"device": p["device"], "unit": p["unit"], "file": p["file"]}))
    return result


def check_chain(store: Store) -> VerifyResult:
    """`verify` without the permission check, for a file being inspected before a restore."""
    result = VerifyResult(0)
    expected_seq, expected_prev = 1, GENESIS
    last_seq, last_hash = 0, GENESIS
    for row in store.conn.execute(f"SELECT {', '.join(COLUMNS)} FROM audit_log ORDER BY seq"):
        entry = dict(row)
        result.entries += 1
        if entry["seq"] != expected_seq:
            result.problems.append(Problem("missing", expected_seq, entry["seq"] - 1))
        elif entry["prev_hash"] != expected_prev:
            result.problems.append(Problem("link", entry["seq"]))
        if entry_hash(entry) != entry["hash"]:
            result.problems.append(Problem("changed", entry["seq"]))
        expected_seq, expected_prev = entry["seq"] + 1, entry["hash"]
        last_seq, last_hash = entry["seq"], entry["hash"]
    head = store.meta_get("audit_head")
    if head:
        head_seq, _, head_hash = head.partition(":")
        if int(head_seq) > last_seq:
            result.problems.append(Problem("tail_missing", last_seq + 1, int(head_seq)))
        elif (int(head_seq), head_hash) != (last_seq, last_hash):
            result.problems.append(Problem("head_mismatch", last_seq))
    elif last_seq:
        result.problems.append(Problem("head_mismatch", last_seq))
    return result
