"""Versions' data kept small: deflate (zlib, the standard library) with a preset dictionary.

A version's data is stored as its sorted-key JSON (the very bytes its sha256 covers) packed into a
BLOB: one tag byte, then raw deflate primed with dictionary number `tag` (resources/store/versions-N.zdict:
sample documents of every type, so a row's keys and common words cost a few bits each). Measured on a
store of 200,000 receipt lines: a receipt's 436 bytes of JSON pack to 53 without a dictionary of its
own content, 260 with plain deflate (README "Figures"). A TEXT value is plain JSON (a store from before
schema step 9 until its migration packs it): every reader accepts both.

Reading: `json_text`/`json_bytes` in Python; `version_json(data)` in SQL (registered on every store
connection by app/store/db.py), e.g. `json_extract(version_json(v.data), '$.unit_code')`. Bundles and
hashes never see the packed form. A dictionary in use is never edited (tools/make_versions_dict.py makes
a new one under the next number); the tag of every stored value says which one reads it.
"""

from __future__ import annotations

import hashlib
import sqlite3
import zlib
from functools import lru_cache

from app.paths import resources_dir

CURRENT = 1  # the dictionary new versions are packed with
# sha256 of each dictionary file: a changed byte would make every value packed with it unreadable
DICT_SHA256 = {1: "5315f9188183019d92eec3cfbf23fa6679ecea8630c10cc9ef166350c8be1cdd"}
_LEVEL, _WBITS, _MEMLEVEL = 6, -15, 4  # memLevel 4: a quarter of the state to copy per row, same size (68.5 B vs 68.4)


@lru_cache(maxsize=None)
def dictionary(tag: int) -> bytes:
    data = (resources_dir() / "store" / f"versions-{tag}.zdict").read_bytes()
    if hashlib.sha256(data).hexdigest() != DICT_SHA256.get(tag):
        raise zlib.error(f"versions dictionary {tag} is not the one values were packed with")
    return data


@lru_cache(maxsize=None)
def _primed_compressor(tag: int):
    return zlib.compressobj(_LEVEL, zlib.DEFLATED, _WBITS, _MEMLEVEL, zlib.Z_DEFAULT_STRATEGY, dictionary(tag))


@lru_cache(maxsize=None)
def _primed_decompressor(tag: int):
    return zlib.decompressobj(_WBITS, dictionary(tag))


def pack(data_json: bytes) -> bytes:
    """The stored form of a version's data JSON (copying a primed compressor skips re-reading the dictionary)."""
    c = _primed_compressor(CURRENT).copy()
    return bytes((CURRENT,)) + c.compress(data_json) + c.flush()


def json_bytes(stored: bytes | str) -> bytes:
    """The data JSON of a stored value, packed or plain."""
    if type(stored) is str:
        return stored.encode()
    if not stored or stored[0] not in DICT_SHA256:  # JSON read as bytes (JSON never starts with a tag byte)
        return bytes(stored)
    d = _primed_decompressor(stored[0]).copy()
    out = d.decompress(memoryview(stored)[1:]) + d.flush()
    if not d.eof:
        raise zlib.error("packed version data cut short")
    return out


def json_text(stored: bytes | str) -> str:
    """The data JSON of a stored value as text (what `orjson.loads` and the readable tables take)."""
    if type(stored) is str:
        return stored
    return json_bytes(stored).decode()


def _sql_version_json(stored):
    return None if stored is None else json_text(stored)


def _sql_pack(stored):
    """Migration step 9: plain JSON text packed; a value already packed is left as it is."""
    if type(stored) is str:
        return pack(stored.encode())
    return stored


def register(conn: sqlite3.Connection) -> None:
    """`version_json(data)` and `version_pack(data)` for SQL on this connection."""
    conn.create_function("version_json", 1, _sql_version_json, deterministic=True)
    conn.create_function("version_pack", 1, _sql_pack, deterministic=True)
