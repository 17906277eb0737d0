"""Versions' data packed (schema step 9, app/store/packing.py): every version reads back byte for byte,
a store of the previous schema migrates with a backup first, and the file gets smaller. Values packed by
deflate (tag 1, schema steps 9-10) and by zstd (tag 2, what is written now) read back alike, side by side."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import zlib

import orjson
import pytest
import zstandard
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import collation
from app.domain import demo
from app.domain.check import check_store
from app.domain.versions import Version
from app.paths import resources_dir
from app.store import packing, schema
from app.store.db import open_store
from tests.schema_steps import bare_store, take_back

PACKED_STEP = schema.MIGRATIONS.index(schema.V9_PACKED_VERSIONS) + 1


def independent_unpack(value: bytes) -> bytes:
    """Read a packed value without the code under test, from the dictionary files: tag 1, raw deflate primed
    with versions-1.zdict; tag 2, a zstd frame without its magic number, with the dictionary versions-2.zstd."""
    assert value[0] in (1, 2)
    if value[0] == 1:
        d = zlib.decompressobj(-15, zdict=(resources_dir() / "store" / "versions-1.zdict").read_bytes())
        return d.decompress(value[1:]) + d.flush()
    zdict = zstandard.ZstdCompressionDict((resources_dir() / "store" / "versions-2.zstd").read_bytes())
    return zstandard.ZstdDecompressor(dict_data=zdict, format=zstandard.FORMAT_ZSTD1_MAGICLESS).decompress(value[1:])


def raw_versions(path) -> dict[str, tuple[str, object, str]]:
    """vid -> (typeof(data), data as stored, sha256), read with a plain sqlite3 connection."""
    conn = sqlite3.connect(path)
    try:
        return {vid: (kind, data, sha) for vid, kind, data, sha in
                conn.execute("SELECT vid, typeof(data), data, sha256 FROM versions")}
    finally:
        conn.close()


@pytest.fixture
def previous_schema_store(tmp_path):
    """A store as schema step 8 left it: demo records, every version's data plain JSON text, user_version 8.
    Written by today's code, taken back to the tables of step 8 (tests/schema_steps.py), then its data unpacked
    with plain SQL: step 9 changes no table, only that."""
    path = tmp_path / "antt.sqlite"
    s = open_store(path)
    demo.generate(s, units=4, months=3, today=dt.date(2026, 6, 30))
    s.close()
    take_back(path, PACKED_STEP - 1)
    conn = sqlite3.connect(path)
    collation.register(conn)  # the models' name indexes (VACUUM rebuilds them)
    texts = {vid: independent_unpack(data).decode() for vid, data in conn.execute("SELECT vid, data FROM versions")}
    conn.executemany("UPDATE versions SET data = ? WHERE vid = ?", [(t, vid) for vid, t in texts.items()])
    conn.execute(f"PRAGMA user_version = {PACKED_STEP - 1}")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return path


def test_the_dictionaries_are_the_ones_values_were_packed_with():
    data = (resources_dir() / "store" / "versions-1.zdict").read_bytes()
    assert hashlib.sha256(data).hexdigest() == "5315f9188183019d92eec3cfbf23fa6679ecea8630c10cc9ef166350c8be1cdd"
    assert 0 < len(data) <= 32 * 1024  # deflate refers back at most 32 KiB
    data = (resources_dir() / "store" / "versions-2.zstd").read_bytes()
    assert hashlib.sha256(data).hexdigest() == "f9faf337a7e525b34bfe389735965d7834b4cd6dd317e8137bb664a00169f4e3"
    assert data[:4] == b"\x37\xa4\x30\xec"  # a trained zstd dictionary (its magic number), not raw content
    assert packing.DICT_SHA256 == {1: "5315f9188183019d92eec3cfbf23fa6679ecea8630c10cc9ef166350c8be1cdd",
                                   2: "f9faf337a7e525b34bfe389735965d7834b4cd6dd317e8137bb664a00169f4e3"}


TEXT = '{"date":"2026-03-01","kind":"meeting","note":"Họp dân bản Nà Hin","participants":12,"unit_code":"CAX-0001"}'
# the same value as schema steps 9-10 packed it (deflate, tag 1), written down once: today's code never writes it
DEFLATED = bytes.fromhex(  # what main at 457f9f0 stored for TEXT
    "01c33c5c0c2905e5a6a6428f3b871a0c6cd8f51620ee30829c51e3919987192946581389a1522d00")


def test_packed_and_plain_values_read_back_alike():
    packed = packing.pack(TEXT.encode())
    assert packed[0] == 2 and independent_unpack(packed) == TEXT.encode()
    assert packing.json_bytes(packed) == TEXT.encode() and packing.json_text(packed) == TEXT
    assert packing.json_text(TEXT) == TEXT and packing.json_bytes(TEXT) == TEXT.encode()
    assert len(packed) < len(TEXT.encode()) // 2  # its keys and words are in the dictionary


def test_values_deflated_before_read_back_beside_new_ones(tmp_path):
    """A store holds tag 1 values (written by schema steps 9-10) beside tag 2 values (written now): no migration,
    every reader gives the same JSON, in Python and in SQL."""
    assert independent_unpack(DEFLATED) == TEXT.encode()
    assert packing.json_bytes(DEFLATED) == TEXT.encode() and packing.json_text(DEFLATED) == TEXT
    s = open_store(tmp_path / "antt.sqlite")
    s.conn.execute("CREATE TABLE t (k INTEGER, v BLOB)")
    s.conn.executemany("INSERT INTO t VALUES (?, ?)", [(1, DEFLATED), (2, packing.pack(TEXT.encode())), (3, TEXT)])
    assert [r[0] for r in s.conn.execute("SELECT version_json(v) FROM t ORDER BY k")] == [TEXT] * 3
    assert [r[0] for r in s.conn.execute("SELECT json_extract(version_json(v), '$.participants') FROM t")] == [12] * 3
    s.close()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**15, 10**15) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=300),
    lambda inner: st.lists(inner, max_size=6) | st.dictionaries(st.text(max_size=20), inner, max_size=6),
    max_leaves=40)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.text(max_size=20), json_values, max_size=12))
def test_any_record_reads_back_byte_for_byte(data):
    try:
        data_json = orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:  # text orjson refuses (lone surrogates): never stored (sizes.refuse_unstorable)
        return
    packed = packing.pack(data_json)
    assert packing.json_bytes(packed) == data_json and independent_unpack(packed) == data_json


@pytest.mark.parametrize("damage", ["cut", "flipped", "huge size", "empty", "tag alone"])
def test_a_damaged_zstd_value_is_refused_not_misread(damage):
    """A damaged value raises the error the store's checks catch (zlib.error), never a MemoryError or wrong text."""
    packed = packing.pack(TEXT.encode())
    bad = {"cut": packed[:-3], "flipped": packed[:6] + bytes([packed[6] ^ 0xFF]) + packed[7:],
           # a frame header claiming 2^40 bytes: single segment, 8-byte content size
           "huge size": b"\x02\xe0" + (1 << 40).to_bytes(8, "little") + packed[3:],
           "empty": b"", "tag alone": b"\x02"}[damage]
    if damage == "empty":  # an empty blob is not packed: read as it is (no JSON, the caller's parse refuses it)
        assert packing.json_bytes(bad) == b""
        return
    try:
        out = packing.json_bytes(bad)
    except zlib.error:
        return
    assert out != TEXT.encode() and damage == "flipped"  # a flip inside the literals: other bytes, caught by sha256


def test_a_previous_schema_store_migrates_with_a_backup_and_every_version_reads_back(previous_schema_store):
    path = previous_schema_store
    before = raw_versions(path)
    assert before and {kind for kind, _, _ in before.values()} == {"text"}
    size_before = path.stat().st_size

    s = open_store(path)  # migrates
    assert s.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
    s.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    after = raw_versions(path)
    assert set(after) == set(before)
    for vid, (kind, data, sha) in after.items():
        assert kind == "blob" and sha == before[vid][2]
        assert independent_unpack(data).decode() == before[vid][1], vid  # the very JSON its sha256 covers
    assert check_store(s) == []  # every hash, winner and readable row against the packed data
    # a version as the store gives it back is the one written: its hash checks out from the unpacked data
    sample = s.query("SELECT * FROM versions ORDER BY rowid DESC LIMIT 1")[0]
    assert Version.from_row(sample).compute_sha256() == sample["sha256"]
    assert s.query("PRAGMA freelist_count")[0][0] == 0  # VACUUM gave the freed pages back to the disk
    s.close()
    # smaller, beyond the pages the later steps' new tables take even empty (step 11: five totals tables)
    empty_growth = (bare_store(path.parent / "bare-new" / "antt.sqlite", schema.SCHEMA_VERSION).stat().st_size
                    - bare_store(path.parent / "bare-old" / "antt.sqlite", PACKED_STEP - 1).stat().st_size)
    assert path.stat().st_size < size_before + empty_growth
    json_bytes = sum(len(data.encode()) for _, data, _ in before.values())
    assert sum(len(data) for _, data, _ in after.values()) < json_bytes * 0.4

    copies = list((path.parent / "backups").glob(f"*before-migration-{PACKED_STEP}*"))
    assert len(copies) == 1
    old = raw_versions(copies[0])
    assert old == before  # the copy holds the store as it was: plain JSON, every version
    conn = sqlite3.connect(copies[0])
    assert conn.execute("PRAGMA user_version").fetchone()[0] == PACKED_STEP - 1
    conn.close()


def test_the_step_leaves_a_value_already_packed_as_it_is(tmp_path):
    s = open_store(tmp_path / "antt.sqlite")
    demo.generate(s, units=1, months=1, today=dt.date(2026, 6, 30))
    first = raw_versions(s.path)
    with s.transaction():
        s.conn.execute(schema.V9_PACKED_VERSIONS)  # run again over packed values: nothing changes
    assert raw_versions(s.path) == first
    s.close()


@settings(max_examples=100, deadline=None)
@given(values=st.lists(st.binary(max_size=300), max_size=40))
def test_a_batch_packed_in_one_call_is_byte_for_byte_each_packed_alone(values):
    """packing.pack_many (the import's reader packs a batch in one call into zstd): the very bytes `pack` writes for
    each, in order, and each reads back; an empty value (zstd's batch call refuses it) packed alone."""
    packed = packing.pack_many(values)
    assert packed == [packing.pack(v) for v in values]
    assert [packing.json_bytes(p) for p in packed] == values
