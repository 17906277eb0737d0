"""Versions' data kept small: zstd with a trained dictionary (tag 2); deflate with a preset one read back (tag 1).

A version's data is stored as its sorted-key JSON (the very bytes its sha256 covers) packed into a
BLOB: one tag byte that says how, then the packed bytes:

* tag 2 (what `pack` writes): a zstd frame without its magic number, checksum or dictionary id (the tag
  says all three), with the dictionary resources/store/versions-2.zstd, trained on every version of a demo
  store (tools/make_versions_dict.py). About 2–3 µs a version, where deflate took 12–24 µs (6 of them
  copying its primed state): packing was half the reading of a big bundle (issue 17 item 7). It costs
  bytes: measured on a demo store the dictionary never saw (4,093 versions, 267 bytes of JSON each) 63.5 bytes
  a version packed, deflate 51; on bench/bench_sync.py's activities (200 bytes) 98.5, deflate 88. Greedy
  matching of 4 bytes or more: zstd's level 3 (double-fast) 1 byte larger, its slower strategies 1–2 bytes
  smaller for 2–7 times the time;
* tag 1: raw deflate primed with resources/store/versions-1.zdict (sample documents of every type), what
  schema steps 9–10 wrote: still read, never written again (no migration needed).

A TEXT value is plain JSON (a store from before schema step 9 until its migration packs it): every reader
accepts all three. Reading: `json_text`/`json_bytes` in Python; `version_json(data)` in SQL (registered on
every store connection by app/store/db.py), e.g. `json_extract(version_json(v.data), '$.unit_code')`.
Bundles and hashes never see the packed form. A dictionary in use is never edited (tools/make_versions_dict.py
makes a new one under the next number); the tag of every stored value says which one reads it.
A value that cannot be read raises `Damaged`, a `zlib.error` (what the store's checks catch).
"""

from __future__ import annotations

import sqlite3
import threading
import zlib
from functools import lru_cache

from app.paths import resources_dir

DEFLATE, ZSTD = 1, 2  # the tags
CURRENT = ZSTD  # how new versions are packed
# each tag's dictionary file and its sha256: a changed byte would make every value packed with it unreadable
DICT_FILES = {DEFLATE: "versions-1.zdict", ZSTD: "versions-2.zstd"}
DICT_SHA256 = {DEFLATE: "5315f9188183019d92eec3cfbf23fa6679ecea8630c10cc9ef166350c8be1cdd",
               ZSTD: "f9faf337a7e525b34bfe389735965d7834b4cd6dd317e8137bb664a00169f4e3"}
_LEVEL, _WBITS, _MEMLEVEL = 6, -15, 4  # deflate's (tag 1)
# far beyond any record (sizes.MAX_RECORD_BYTES is 700,000): a damaged frame header naming a larger size is
# refused before anything is allocated for it
MAX_UNPACKED = 1 << 24


class Damaged(zlib.error):
    """A packed value that does not read back (a damaged store, or a tamperer's hand)."""


@lru_cache(maxsize=None)
def dictionary(tag: int) -> bytes:
    import hashlib  # here, not with every store: it loads OpenSSL, 3-6 ms before the first window (issue 17 item 4)

    data = (resources_dir() / "store" / DICT_FILES[tag]).read_bytes()
    if hashlib.sha256(data).hexdigest() != DICT_SHA256.get(tag):
        raise Damaged(f"versions dictionary {tag} is not the one values were packed with")
    return data


# --- tag 2: zstd. zstandard is imported when first needed (not at start-up: opening a store packs nothing).
# Its compressors and decompressors are not thread-safe and cost ~20 µs to make: one of each per thread,
# over one dictionary digested once.

@lru_cache(maxsize=None)
def _zstd():
    import zstandard

    params = zstandard.ZstdCompressionParameters(
        strategy=zstandard.STRATEGY_GREEDY, min_match=4, target_length=32, search_log=4, window_log=17, hash_log=15,
        chain_log=15, format=zstandard.FORMAT_ZSTD1_MAGICLESS, write_checksum=0, write_dict_id=0, write_content_size=1)
    digested = zstandard.ZstdCompressionDict(dictionary(ZSTD), dict_type=zstandard.DICT_TYPE_FULLDICT)
    digested.precompute_compress(compression_params=params)
    return zstandard, digested, params


_local = threading.local()


def _zstd_compress():
    zstandard, digested, params = _zstd()
    _local.compress = zstandard.ZstdCompressor(dict_data=digested, compression_params=params).compress
    return _local.compress


def _zstd_unpack(body) -> bytes:
    zstandard = _zstd()[0]
    try:
        decompress = _local.decompress
    except AttributeError:
        decompress = _local.decompress = zstandard.ZstdDecompressor(
            dict_data=_zstd()[1], format=zstandard.FORMAT_ZSTD1_MAGICLESS).decompress
    try:
        size = zstandard.get_frame_parameters(body, format=zstandard.FORMAT_ZSTD1_MAGICLESS).content_size
        if size > MAX_UNPACKED:  # also CONTENTSIZE_UNKNOWN and _ERROR (2^64 - 1, - 2): pack always writes it
            raise Damaged("packed version data claims an impossible size")
        return decompress(body)
    except zstandard.ZstdError as exc:
        raise Damaged(f"packed version data unreadable: {exc}") from exc


# --- tag 1: deflate, read only

@lru_cache(maxsize=None)
def _primed_compressor(tag: int):
    return zlib.compressobj(_LEVEL, zlib.DEFLATED, _WBITS, _MEMLEVEL, zlib.Z_DEFAULT_STRATEGY, dictionary(tag))


@lru_cache(maxsize=None)
def _primed_decompressor(tag: int):
    return zlib.decompressobj(_WBITS, dictionary(tag))


def deflate_packed(data_json: bytes) -> bytes:
    """The tag 1 form, as schema steps 9–10 wrote it (for tests: a store of before holds such values)."""
    c = _primed_compressor(DEFLATE).copy()
    return bytes((DEFLATE,)) + c.compress(data_json) + c.flush()


def _deflate_unpack(body) -> bytes:
    d = _primed_decompressor(DEFLATE).copy()
    out = d.decompress(body) + d.flush()
    if not d.eof:
        raise Damaged("packed version data cut short")
    return out


def pack(data_json: bytes) -> bytes:
    """The stored form of a version's data JSON."""
    try:
        compress = _local.compress
    except AttributeError:
        compress = _zstd_compress()
    return b"\x02" + compress(data_json)


def pack_many(data_jsons: list[bytes]) -> list[bytes]:
    """`[pack(j) for j in data_jsons]`, byte for byte, in one call into zstd for the whole list (an import's batch:
    ~0.4 µs a version less than a call each, issue 17 item 7)."""
    if not data_jsons:
        return []
    if not all(data_jsons):  # zstd's batch call refuses an empty input (no data JSON is empty: "{}" at least)
        return [pack(j) for j in data_jsons]
    try:
        compress_many = _local.compress_many
    except AttributeError:
        zstandard, digested, params = _zstd()
        compress_many = _local.compress_many = zstandard.ZstdCompressor(
            dict_data=digested, compression_params=params).multi_compress_to_buffer
    return [b"\x02" + segment.tobytes() for segment in compress_many(data_jsons, threads=0)]


def json_bytes(stored: bytes | str) -> bytes:
    """The data JSON of a stored value, packed or plain."""
    if type(stored) is str:
        return stored.encode()
    tag = stored[0] if stored else None
    if tag == ZSTD:
        return _zstd_unpack(memoryview(stored)[1:])
    if tag == DEFLATE:
        return _deflate_unpack(memoryview(stored)[1:])
    return bytes(stored)  # JSON read as bytes (JSON never starts with a tag byte)


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
