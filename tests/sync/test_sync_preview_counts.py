"""The preview counts what the import then does: a bundle holding a document twice (an edit on top of an
edit, two concurrent versions, two with the same data) is counted alike by `--dry-run` and by the import,
whether its versions fall in one chunk or in several."""

from __future__ import annotations

import pytest

from app.domain.activities import add_activity
from app.domain.versions import Clock, apply_versions, new_version
from app.sync import importer
from tests.sync.conftest import TODAY, record


def concurrent(store, doc_type: str, doc_id: str, data: dict, parents=()) -> str:
    """A version written beside the document's winner, as a second laptop would (not on top of it)."""
    with store.transaction():
        clock = Clock(store)
        version = new_version(clock, doc_type, doc_id, data, parents)
        clock.save()
        apply_versions(store, [version])
    return version.vid


def activity_data(store, doc_id: str) -> dict:
    import orjson

    row = store.conn.execute("SELECT version_json(v.data) FROM documents d JOIN versions v ON v.vid = d.winner_vid"
                             " WHERE d.doc_id = ?", (doc_id,)).fetchone()
    return orjson.loads(row[0])


def twice_over(post, model_id: str) -> dict:
    """Three activities, each with a second version: on top, beside with other data, beside with the same data."""
    ids = {}
    for name in ("on_top", "beside", "same"):
        ids[name] = add_activity(post, model_id, TODAY, "meeting", participants=10)
    on_top = activity_data(post, ids["on_top"])
    winner = post.conn.execute("SELECT winner_vid FROM documents WHERE doc_id = ?", (ids["on_top"],)).fetchone()[0]
    concurrent(post, "activity", ids["on_top"], {**on_top, "participants": 11}, parents=(winner,))
    concurrent(post, "activity", ids["beside"], {**activity_data(post, ids["beside"]), "participants": 99})
    concurrent(post, "activity", ids["same"], activity_data(post, ids["same"]))
    return ids


@pytest.mark.parametrize("chunk", [1, 2, 5000])
def test_a_document_twice_in_one_bundle_is_counted_alike(net, monkeypatch, chunk):
    post = net.posts["CAX-DD"]
    model = record(post, "CAX-DD", n=0)
    twice_over(post, model.id)
    path = net.up("CAX-DD")
    monkeypatch.setattr(importer, "CHUNK", chunk)
    preview = importer.preview_import(net.province, path)
    receipt = importer.apply_import(net.province, path)
    assert receipt.counts == preview.counts
    assert preview.counts["conflicting"] == 1  # only the version beside its first, with other data
    conflicts = net.province.conn.execute("SELECT count(*) FROM documents WHERE conflicts > 0").fetchone()[0]
    assert conflicts == 1


@pytest.mark.parametrize("chunk", [1, 5000])
def test_edits_meeting_the_province_copy_are_counted_alike(net, monkeypatch, chunk):
    post = net.posts["CAX-DD"]
    model = record(post, "CAX-DD", n=0)
    doc = add_activity(post, model.id, TODAY, "meeting", participants=5)
    importer.apply_import(net.province, net.up("CAX-DD"))
    base = post.conn.execute("SELECT winner_vid FROM documents WHERE doc_id = ?", (doc,)).fetchone()[0]
    data = activity_data(post, doc)
    # two concurrent edits of what the province has, then an edit on top of the one with the lower clock
    low = concurrent(post, "activity", doc, {**data, "participants": 6}, parents=(base,))
    concurrent(post, "activity", doc, {**data, "participants": 7}, parents=(base,))
    concurrent(post, "activity", doc, {**data, "participants": 8}, parents=(low,))
    path = net.up("CAX-DD")
    monkeypatch.setattr(importer, "CHUNK", chunk)
    preview = importer.preview_import(net.province, path)
    receipt = importer.apply_import(net.province, path)
    assert receipt.counts == preview.counts
    assert preview.counts["conflicting"] >= 1
