"""What a version line in a bundle must look like before it may reach `apply_versions`.

Structure only (fields, types, bounds, hash); record rules (dates, catalogue codes) are the
domain's and surface in the import preview. Runs once per line on the hot path: keep it lean.
"""

from __future__ import annotations

import hashlib

import orjson

from app.domain.versions import CACHED_DATA_JSON, CACHED_SHA, LAMPORT_LIMIT, Version

FIELDS = frozenset(
    ("vid", "doc_id", "doc_type", "parents", "lamport", "device_id", "seq", "author", "claimed_at", "deleted", "data",
     "sha256")
)
MAX_PARENTS = 256
MAX_TEXT = 200


class BadVersion(ValueError):
    """A line that is JSON but not a valid version; `args[0]` names the broken part."""


class LamportOutOfRange(ValueError):
    def __init__(self, vid: str, value: object) -> None:
        super().__init__(vid, value)
        self.vid, self.value = vid, value


class TooDeep(ValueError):
    pass


def too_deep(value: object, limit: int) -> bool:
    """True if containers nest deeper than `limit` (only containers are walked, scalars are skipped)."""
    stack = [(value, 1)]
    while stack:
        v, depth = stack.pop()
        if depth > limit:
            return True
        children = v.values() if type(v) is dict else v
        for child in children:
            if type(child) is dict or type(child) is list:
                stack.append((child, depth + 1))
    return False


_str, _int, _list, _dict = str, int, list, dict


def check_version(d: object, doc_type: str, max_depth: int) -> Version:
    """A `Version` from one parsed line of `data/<doc_type>.jsonl`, or BadVersion / LamportOutOfRange / TooDeep.

    Runs for every version of a bundle (issue 17 item 7): each field is read once, and the hash's 32 bytes are
    kept (CACHED_SHA) for the store, which keeps them (compact.sha_stored), so that nobody decodes the hex again."""
    if type(d) is not _dict or len(d) != _FIELD_COUNT:
        raise BadVersion("fields")
    try:  # twelve keys, each of FIELDS: exactly FIELDS
        vid, doc_id, kind, parents, lamport, device_id, seq, author, claimed_at, deleted, data, sha = (
            d["vid"], d["doc_id"], d["doc_type"], d["parents"], d["lamport"], d["device_id"], d["seq"], d["author"],
            d["claimed_at"], d["deleted"], d["data"], d["sha256"])
    except KeyError:
        raise BadVersion("fields") from None
    if type(device_id) is not _str or not 0 < len(device_id) <= 64 or ":" in device_id:
        raise BadVersion("device_id")
    if type(seq) is not _int or not 0 < seq < LAMPORT_LIMIT:
        raise BadVersion("seq")
    if type(vid) is not _str or vid != f"{device_id}:{seq}":
        raise BadVersion("vid")
    if type(lamport) is not _int or not 0 <= lamport < LAMPORT_LIMIT:
        raise LamportOutOfRange(vid, lamport)
    if kind != doc_type:
        raise BadVersion("doc_type")
    if type(doc_id) is not _str or not 0 < len(doc_id) <= 100:
        raise BadVersion("doc_id")
    if type(author) is not _str or len(author) > MAX_TEXT:
        raise BadVersion("author")
    if type(claimed_at) is not _str or len(claimed_at) > 64:
        raise BadVersion("claimed_at")
    if type(parents) is not _list or len(parents) > MAX_PARENTS:
        raise BadVersion("parents")
    for p in parents:
        if type(p) is not _str or len(p) > 140 or ":" not in p:
            raise BadVersion("parents")
    if type(deleted) is not bool:
        raise BadVersion("deleted")
    if type(data) is not _dict:
        raise BadVersion("data")
    try:
        data_json = _dumps(data, option=_SORT_KEYS)  # what the store keeps: the data's sorted JSON
    except orjson.JSONEncodeError:  # nested beyond what orjson writes (254 levels)
        data_json = None
    # walk only if something nests (most records are flat): a container inside the data puts a bracket in its JSON
    if (data_json is None or b"[" in data_json or data_json.find(b"{", 1) >= 0) and too_deep(data, max_depth):
        raise TooDeep()
    if data_json is None:
        raise BadVersion("data")
    # Same bytes as Version.canonical_bytes(): the dict holds exactly those fields and types (sorted keys at
    # every depth: the data as its own sorted JSON, put in as it is)
    del d["sha256"]
    d["data"] = _Fragment(data_json)
    canonical = _dumps(d, option=_SORT_KEYS)
    digest = _sha256(canonical).digest()
    if type(sha) is not _str or digest.hex() != sha:
        raise BadVersion("sha256")
    d["sha256"] = sha
    d["data"] = data
    d["parents"] = tuple(parents)
    d[CACHED_DATA_JSON] = data_json
    d[CACHED_SHA] = digest  # sha is these bytes' 64 lowercase hex digits: compact.sha_stored(sha) is them
    # Build the frozen dataclass without its __init__ (5x faster on the hot path): every field
    # has just been checked, and the dict holds exactly the dataclass's fields (and the cached forms).
    v = _new(Version)
    _set(v, "__dict__", d)  # the frozen dataclass's own dict: this very one, not a copy
    return v


_FIELD_COUNT = len(FIELDS)
_dumps, _SORT_KEYS, _Fragment = orjson.dumps, orjson.OPT_SORT_KEYS, orjson.Fragment
_sha256, _new, _set = hashlib.sha256, object.__new__, object.__setattr__


def json_depth(raw: bytes) -> int:
    """Deepest nesting of brackets in raw JSON text, strings skipped. For error reports only (slow)."""
    depth = deepest = 0
    in_string = escaped = False
    for byte in raw:
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte in (0x5B, 0x7B):
            depth += 1
            deepest = max(deepest, depth)
        elif byte in (0x5D, 0x7D):
            depth -= 1
    return deepest
