"""Versions' data packed (schema step 9, app/store/packing.py): every version reads back byte for byte,
a store of the previous schema migrates with a backup first, and the file gets smaller."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import zlib

import pytest

from app import collation
from app.domain import demo
from app.domain.check import check_store
from app.domain.versions import Version
from app.paths import resources_dir
from app.store import packing, schema
from app.store.db import open_store
from tests.schema_steps import take_back

PACKED_STEP = schema.MIGRATIONS.index(schema.V9_PACKED_VERSIONS) + 1


def independent_unpack(value: bytes) -> bytes:
    """Read a packed value without the code under test: tag 1, raw deflate primed with the dictionary file."""
    assert value[0] == 1
    d = zlib.decompressobj(-15, zdict=(resources_dir() / "store" / "versions-1.zdict").read_bytes())
    return d.decompress(value[1:]) + d.flush()


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


def test_the_dictionary_is_the_one_values_were_packed_with():
    data = (resources_dir() / "store" / "versions-1.zdict").read_bytes()
    assert hashlib.sha256(data).hexdigest() == packing.DICT_SHA256[1]
    assert 0 < len(data) <= 32 * 1024  # deflate refers back at most 32 KiB


def test_packed_and_plain_values_read_back_alike():
    text = '{"date":"2026-03-01","kind":"meeting","note":"Họp dân bản Nà Hin","participants":12,"unit_code":"CAX-0001"}'
    packed = packing.pack(text.encode())
    assert independent_unpack(packed) == text.encode()
    assert packing.json_bytes(packed) == text.encode() and packing.json_text(packed) == text
    assert packing.json_text(text) == text and packing.json_bytes(text) == text.encode()
    assert len(packed) < len(text.encode()) // 2  # its keys and words are in the dictionary


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
    assert path.stat().st_size < size_before
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
