"""A big first bundle is imported with the readable tables' indexes built at its end (doctypes.bulk_load):
the same rows and the same schema as row-by-row indexing, and a cancelled import leaves both as they were."""

from __future__ import annotations

import pytest

from app.domain import doctypes
from app.sync import importer, reader_process
from tests.sync.conftest import record, snapshot


def schema(store) -> list[tuple]:
    return sorted(tuple(r) for r in store.conn.execute("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"))


def bundle_of_activities(net, n: int = 12):
    post = net.posts["CAX-DD"]
    for _ in range(3):
        record(post, "CAX-DD", n=n // 3)
    return net.up("CAX-DD")


def test_deferred_indexes_give_the_same_rows_and_schema(net, monkeypatch):
    path = bundle_of_activities(net)
    before_schema = schema(net.province)
    deferred_seen = []
    real = doctypes.tables_to_reindex

    def spy(conn, expected):
        out = real(conn, expected)
        deferred_seen.append(out)
        return out

    monkeypatch.setattr(doctypes, "REBUILD_MIN_ROWS", 1)
    monkeypatch.setattr(doctypes, "tables_to_reindex", spy)
    importer.apply_import(net.province, path)
    assert "activities" in deferred_seen[-1] and "surrender_lines" in deferred_seen[-1]
    assert schema(net.province) == before_schema
    assert net.province.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    imported = snapshot(net.province)
    assert len(imported["activities"]) == 12
    doctypes.rebuild_readable(net.province)  # every readable row again from the versions alone
    assert snapshot(net.province) == imported


def test_a_cancelled_deferred_import_leaves_rows_and_indexes_as_they_were(net, monkeypatch):
    path = bundle_of_activities(net)
    monkeypatch.setattr(doctypes, "REBUILD_MIN_ROWS", 1)
    before_rows, before_schema = snapshot(net.province), schema(net.province)

    def cancel(done, total):
        raise KeyboardInterrupt  # the officer closes the dialog mid-import

    monkeypatch.setattr(importer, "CHUNK", 5)  # several chunks, so that the cancel falls mid-way
    monkeypatch.setattr(reader_process, "BATCH", 5)  # (the import reads prepared batches of this size)
    with pytest.raises(KeyboardInterrupt):
        importer.apply_import(net.province, path, progress=cancel)
    assert snapshot(net.province) == before_rows
    assert schema(net.province) == before_schema
