"""Nothing lost: every signed, hash-valid version is kept, counted and shown once it can be.

A version whose readable rows cannot be built (a field this software needs is missing), or that
names a unit or catalogue item the store does not have, is stored all the same, counted in the
receipt ("unreadable" / "waiting" count versions, not codes), and acknowledged only because it
was kept. It appears in the readable tables when its reference arrives.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import doctypes, setup, units
from app.domain.activities import add_activity
from app.domain.check import check_store
from app.domain.ids import item_doc_id, new_id, unit_doc_id
from app.domain.versions import Version, apply_versions, save_document
from app.store.db import open_store
from app.sync import enrolment, export, importer
from app.reports import sync_receipt as receipts
from app.sync.held import describe_waiting
from tests.sync.conftest import TODAY, record
from tests.schema_steps import shared_columns

READABLE = ("units", "models", "activities", "surrenders", "surrender_items", "documents", "surrender_totals_all",
            "held_documents", "held_refs")


def readable(store) -> dict:
    return {t: sorted(tuple(r) for r in store.conn.execute(f"SELECT {shared_columns(store.conn, t)} FROM {t}")) for t in READABLE}


def border_post(net, tmp_path):
    """A border post under a Border Guard command the province does not know: enrolment cannot place its unit
    in the province's tree (a border post sits under a command), so the province holds no record of it."""
    post = open_store(tmp_path / "DBP-NP" / "antt.sqlite")
    setup.initialise(post, "DBP-NP", "Đồn Biên phòng Na Hình", "border_post", "BCH-LS", "BĐBP Lạng Sơn",
                     officer="Thiếu úy Vi")
    answer = enrolment.enrol(net.province, enrolment.write_enrolment(post, net.usb).path)
    enrolment.accept_answer(post, answer.answer_path)
    assert net.province.query("SELECT count(*) FROM units WHERE code = 'DBP-NP'")[0][0] == 0
    return post


def own_activities(post, n: int) -> list[str]:
    """`n` activities of the post's own unit."""
    model = record(post, post.home_unit, n=0)
    return [add_activity(post, model.id, TODAY, "meeting", participants=i) for i in range(n)]


def test_waiting_versions_are_kept_counted_as_rows_and_shown_when_the_unit_arrives(net, tmp_path):
    # Issue 18: a post writes only its own unit's records, so what waits at the province is a post's own
    # records when the province has no record of the post's unit yet.
    post = border_post(net, tmp_path)
    ids = own_activities(post, 3)
    path = export.export_bundle(post, net.usb).path
    preview = importer.preview_import(net.province, path)
    # the model, the receipt `record` writes and the 3 activities (personal details are not sent to this province)
    assert preview.counts["waiting"] == 5 and preview.waiting_for == ["unit:DBP-NP"]
    waiting_ids = {d["doc_id"] for d in preview.waiting_docs}
    assert set(ids) <= waiting_ids
    words = describe_waiting(net.province, [d for d in preview.waiting_docs if d["doc_id"] in ids])
    assert [w["kind"] for w in words] == ["Hoạt động"] * 3 and all(w["missing"] == ["đơn vị DBP-NP"] for w in words)
    assert preview.counts["unreadable"] == 0
    receipt = importer.apply_import(net.province, path)
    assert receipt.counts == preview.counts and receipt.held == {"reference": 5}
    prov = net.province
    stored = {r[0] for r in prov.query("SELECT doc_id FROM versions WHERE doc_type = 'activity'")}
    assert set(ids) <= stored  # kept in versions
    assert prov.query("SELECT count(*) FROM activities WHERE unit_code = 'DBP-NP'")[0][0] == 0  # not shown yet
    assert check_store(prov) == []
    # the acknowledgement the province sends covers them: they were kept, so that is honest
    down = export.export_bundle(prov, net.usb, recipient_unit="DBP-NP")
    importer.apply_import(post, down.path)
    me = post.device_id
    assert (post.query("SELECT seq FROM sync_acks WHERE origin_device = ?", (me,))[0][0]
            == post.query("SELECT max(seq) FROM versions WHERE device_id = ?", (me,))[0][0])
    post.close()
    # the province places the unit (written by the province): the waiting rows appear
    units.add_unit(prov, "BCH-LS", "BĐBP Lạng Sơn", "bg_command")
    units.add_unit(prov, "DBP-NP", "Đồn Biên phòng Na Hình", "border_post", "BCH-LS")
    assert prov.query("SELECT count(*) FROM activities WHERE unit_code = 'DBP-NP'")[0][0] == 3
    assert doctypes.held_counts(prov) == {}
    assert check_store(prov) == []


def test_unreadable_version_is_kept_listed_in_words_and_shown_when_corrected(net):
    post = net.posts["CAX-DD"]
    model = record(post, "CAX-DD", n=0)
    doc_id = new_id()
    # a version from software that names its fields differently: no "date"
    save_document(post, "activity", doc_id, {"model_id": model.id, "unit_code": "CAX-DD", "kind": "meeting"})
    path = net.up("CAX-DD")
    receipt = importer.apply_import(net.province, path, officer="Đại úy Hà")
    assert receipt.counts["unreadable"] == 1 and receipt.held == {"unreadable": 1}
    assert [(u["doc_id"], u["problem"], u["field"]) for u in receipt.unreadable] == [(doc_id, "missing_field", "date")]
    assert net.province.query("SELECT count(*) FROM versions WHERE doc_id = ?", (doc_id,))[0][0] == 1
    lines = receipts.receipt_lines(receipts.import_record(net.province), "vi")
    assert any("thiếu trường" in line and doc_id not in line for line in lines)
    assert not any("KeyError" in line for line in lines)
    # the post corrects it: the new version is shown and the document is no longer held
    save_document(post, "activity", doc_id, {"model_id": model.id, "unit_code": "CAX-DD", "kind": "meeting",
                                             "date": TODAY})
    importer.apply_import(net.province, net.up("CAX-DD"))
    assert net.province.query("SELECT kind FROM activities WHERE id = ?", (doc_id,))[0][0] == "meeting"
    assert doctypes.held_counts(net.province) == {}


def test_rebuild_from_versions_equals_the_incremental_path_with_held_documents(net, tmp_path):
    post = border_post(net, tmp_path)
    own_activities(post, 2)
    importer.apply_import(net.province, export.export_bundle(post, net.usb).path)
    post.close()
    before = readable(net.province)
    assert before["held_documents"]
    doctypes.rebuild_readable(net.province)
    assert readable(net.province) == before


# ---------------------------------------------------------------- any order


def _versions() -> list[Version]:
    """A unit, a catalogue item and records naming them, from one device, as separate documents."""
    dev = "lap1"
    unit = {"code": "CAX-Z", "name": "Công an xã Z", "kind": "commune_police", "parent_code": None}
    item = {"code": "gun.z", "category": "gun", "name_vi": "súng Z", "name_en": "gun Z", "unit_vi": "khẩu",
            "unit_en": "piece", "measure": "count"}
    datas = [
        ("unit", unit_doc_id("CAX-Z"), unit),
        ("catalogue_item", item_doc_id("gun.z"), item),
        ("activity", "a1", {"model_id": "m", "unit_code": "CAX-Z", "date": "2026-01-02", "kind": "meeting"}),
        ("surrender", "s1", {"unit_code": "CAX-Z", "date": "2026-01-03", "number": 1, "method": "voluntary",
                             "lines": [{"item_code": "gun.z", "category": "gun", "quantity": 2, "unit": "khẩu"}]}),
        ("activity", "a2", {"model_id": "m", "unit_code": "CAX-Z"}),  # unreadable: no date, no kind
    ]
    return [Version(vid=f"{dev}:{i}", doc_id=d, doc_type=t, parents=(), lamport=i, device_id=dev, seq=i,
                    author="", claimed_at="2026-01-01T00:00:00+0700", deleted=False, data=data).sealed()
            for i, (t, d, data) in enumerate(datas, 1)]


VERSIONS = _versions()


@pytest.fixture(scope="module")
def expected(tmp_path_factory):
    s = open_store(tmp_path_factory.mktemp("ref") / "a.sqlite")
    apply_versions(s, VERSIONS)
    out = readable(s)
    s.close()
    assert len(out["surrender_items"]) == 1 and len(out["held_documents"]) == 1
    return out


@settings(max_examples=25, deadline=None)
@given(order=st.permutations(range(len(VERSIONS))), split=st.integers(0, len(VERSIONS)))
def test_any_order_and_batching_gives_the_same_tables(expected, tmp_path_factory, order, split):
    s = open_store(tmp_path_factory.mktemp("any") / "a.sqlite")
    shuffled = [VERSIONS[i] for i in order]
    for batch in (shuffled[:split], shuffled[split:]):
        if batch:
            apply_versions(s, batch)
    try:
        assert readable(s) == expected
    finally:
        s.close()


def test_every_permutation_of_one_by_one(expected, tmp_path):
    for n, perm in enumerate(itertools.islice(itertools.permutations(VERSIONS), 0, None, 17)):
        s = open_store(tmp_path / f"p{n}.sqlite")
        for v in perm:
            apply_versions(s, [v])
        assert readable(s) == expected
        s.close()
