"""Enrolment, export, two-phase import, acknowledgements, receipts, undo, conflicts and status, end to end."""

from __future__ import annotations

import orjson
import pytest

from app.domain import setup
from app.domain.activities import add_activity
from app.domain.ids import unit_doc_id
from app.domain.community_models import update_model
from app.domain.readable import doc_type_name
from app.errors import AnttError
from app.store.db import open_store
from app.sync import conflicts, enrolment, export, importer, status
from app.reports import sync_receipt as receipts
from app.sync.errors import BundleError
from app.sync.keys import PublicIdentity
from app.sync.state import register_device, revoke_device
from tests.sync.conftest import TODAY, record, snapshot
from tests.schema_steps import shared_columns


def test_exchange_enrolment_registers_both_sides(net):
    devices = {d["unit_code"]: d for d in status.device_status(net.province)}
    assert set(devices) == {"CAX-DD", "CAX-TL"}
    post = net.posts["CAX-DD"]
    above = status.device_status(post)
    assert [d["role"] for d in above] == ["above"] and above[0]["unit_code"] == "CAT-LS"
    # the fingerprint the post shows of itself is the one the province registered
    assert devices["CAX-DD"]["fingerprint"] == enrolment.device_keys(post).public.fingerprint


def test_exchange_enrolment_puts_the_posts_unit_in_the_provinces_tree(net):
    """`antt enrol` registers the device and its unit: the province knows the post by name before any bundle,
    the post's own provisional record gives way to the province's without a conflict, on both sides."""
    from app.domain.units import get_unit

    unit = get_unit(net.province, "CAX-DD")
    assert (unit.name, unit.kind, unit.parent_code) == ("Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    assert not unit.data.get("provisional")
    post = net.posts["CAX-DD"]
    assert not get_unit(post, "CAX-DD").data.get("provisional")  # the answer carried the settled record down
    record(post, "CAX-DD")
    path = net.up("CAX-DD")
    assert importer.preview_import(net.province, path).counts["conflicting"] == 0
    importer.apply_import(net.province, path)
    assert conflicts.list_conflicts(net.province) == [] and conflicts.list_conflicts(post) == []
    assert get_unit(net.province, "CAX-DD").name == "Công an xã Đồng Đăng"


def test_exchange_up_preview_then_apply_then_reimport(net):
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD")
    path = net.up("CAX-DD")
    before = snapshot(net.province)
    preview = importer.preview_import(net.province, path)
    assert snapshot(net.province) == before  # phase 1 writes nothing
    assert preview.sender_unit == "CAX-DD" and preview.counts["new"] >= 4 and preview.counts["unreadable"] == 0
    assert preview.fingerprint == enrolment.device_keys(post).public.fingerprint
    receipt = importer.apply_import(net.province, path, officer="Đại úy Hà")
    assert receipt.inserted > 0 and receipt.counts == preview.counts
    assert net.province.query("SELECT count(*) FROM activities WHERE unit_code = 'CAX-DD'")[0][0] == 2
    assert net.province.query("SELECT id_number FROM surrender_persons")[0][0] == "012345678901"
    after = snapshot(net.province)
    again = importer.apply_import(net.province, path)
    assert again.already_imported and again.inserted == 0
    assert snapshot(net.province) == after
    lines = receipts.receipt_lines(receipts.import_record(net.province), "vi")
    assert "CAX-DD" in lines[2] and "Đại úy Hà" in lines[4]
    assert lines[3].endswith(enrolment.device_keys(post).public.fingerprint)


def test_exchange_personal_details_stay_home_unless_enrolled(net):
    post = net.posts["CAX-TL"]
    record(post, "CAX-TL")
    importer.apply_import(net.province, net.up("CAX-TL"))
    assert net.province.query("SELECT count(*) FROM surrenders WHERE unit_code = 'CAX-TL'")[0][0] == 1
    assert net.province.query("SELECT count(*) FROM surrender_persons")[0][0] == 0


def test_exchange_cumulative_until_acknowledged(net):
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD", n=1)
    first = net.up("CAX-DD")  # this stick is lost
    record(post, "CAX-DD", n=1)
    second = net.up("CAX-DD")
    receipt = importer.apply_import(net.province, second)
    # bundle 1 is missing but the cumulative bundle 2 carried all it held: no gap to report (issue 18 item 4)
    assert receipt.bundle_seq == 2 and receipt.missing_bundles == []
    assert net.province.query("SELECT count(*) FROM models WHERE unit_code = 'CAX-DD'")[0][0] == 2
    # the lost first bundle would add nothing now
    assert importer.preview_import(net.province, first).counts["new"] == 0
    # the province's down-bundle acknowledges; the post's next bundle carries only what is new
    down = export.export_bundle(net.province, net.usb, recipient_unit="CAX-DD")
    assert down.kind == "down"
    importer.apply_import(post, down.path)
    st = status.device_status(post)[0]
    assert st["unacknowledged_versions"] == 0
    add_activity(post, post.query("SELECT id FROM models LIMIT 1")[0][0], TODAY, "patrol")
    third = export.export_bundle(post, net.usb)
    assert sum(third.counts.values()) == 1


def test_exchange_down_bundle_brings_catalogue_changes(net):
    from app.domain.versions import save_document
    from app.domain.ids import item_doc_id

    data = dict(net.province.query("SELECT * FROM catalogue_items WHERE code = 'gun.air'")[0])
    item = {k: data[k] for k in ("code", "category", "name_vi", "name_en", "unit_vi", "unit_en", "measure")}
    item["retired"] = True
    save_document(net.province, "catalogue_item", item_doc_id("gun.air"), item)
    down = export.export_bundle(net.province, net.usb, recipient_unit="CAX-TL")
    post = net.posts["CAX-TL"]
    importer.apply_import(post, down.path)
    assert post.query("SELECT retired FROM catalogue_items WHERE code = 'gun.air'")[0][0] == 1


def test_exchange_conflict_on_two_laptops_and_resolve(net, capsys):
    a = net.posts["CAX-DD"]
    m = record(a, "CAX-DD", n=0)
    importer.apply_import(net.province, net.up("CAX-DD"))
    # the province edits the model while the post edits it too
    down_model = net.province.query("SELECT data FROM models WHERE id = ?", (m.id,))
    assert down_model
    update_model(a, m.id, leader="Ông Lò Văn C")
    from app.domain.versions import save_document
    import orjson

    data = orjson.loads(down_model[0][0])
    data["leader"] = "Bà Hoàng Thị D"
    save_document(net.province, "community_model", m.id, data)
    importer.apply_import(net.province, net.up("CAX-DD"))
    listed = conflicts.list_conflicts(net.province)
    assert [c["doc_id"] for c in listed] == [m.id] and conflicts.count_conflicts(net.province) == 1
    leaders = {leaf["data"]["leader"] for leaf in listed[0]["leaves"]}
    assert leaders == {"Ông Lò Văn C", "Bà Hoàng Thị D"}
    keep = next(leaf for leaf in listed[0]["leaves"] if leaf["data"]["leader"] == "Ông Lò Văn C")
    from app.cli import main  # `antt conflicts` says what each document is, in words, beside its ids

    assert main(["--db", str(net.province.path), "conflicts"]) == 0
    row = next(line for line in capsys.readouterr().out.splitlines() if m.id in line)
    assert row.startswith(doc_type_name("community_model")) and "Tổ tự quản CAX-DD" in row and keep["vid"] in row
    conflicts.keep_version(net.province, m.id, keep["vid"])
    assert conflicts.list_conflicts(net.province) == [] and conflicts.count_conflicts(net.province) == 0
    assert net.province.query("SELECT leader FROM models WHERE id = ?", (m.id,))[0][0] == "Ông Lò Văn C"
    with pytest.raises(AnttError):
        conflicts.keep_version(net.province, m.id, "nobody:1")


def test_exchange_undo_latest_import(net):
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD")
    before = snapshot(net.province)
    importer.apply_import(net.province, net.up("CAX-DD"))
    assert snapshot(net.province) != before
    undone = importer.undo_last_import(net.province)
    assert undone["sender_unit"] == "CAX-DD"
    assert snapshot(net.province) == before
    with pytest.raises(AnttError) as err:
        importer.undo_last_import(net.province)
    assert err.value.key == "sync_undo_nothing"


def test_exchange_undo_refused_after_a_later_change(net):
    post = net.posts["CAX-DD"]
    m = record(post, "CAX-DD")
    importer.apply_import(net.province, net.up("CAX-DD"))
    add_activity(net.province, m.id, TODAY, "patrol")  # a change after the import
    with pytest.raises(AnttError) as err:
        importer.undo_last_import(net.province)
    assert err.value.key == "sync_undo_changed"


def test_exchange_refusals_leave_the_store_unchanged(net, tmp_path):
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD")
    path = net.up("CAX-DD")
    raw = path.read_bytes()
    before = snapshot(net.province)
    path.write_bytes(raw[:-10])
    with pytest.raises(BundleError):
        importer.apply_import(net.province, path)
    flipped = bytearray(raw)
    flipped[len(raw) // 2] ^= 4
    path.write_bytes(bytes(flipped))
    with pytest.raises(BundleError):
        importer.apply_import(net.province, path)
    path.write_bytes(raw)
    revoke_device(net.province, post.device_id)
    with pytest.raises(BundleError) as err:
        importer.apply_import(net.province, path)
    assert err.value.key == "bundle_revoked_signer"
    # the other post cannot read a bundle meant for the province
    with pytest.raises(BundleError) as err:
        importer.preview_import(net.posts["CAX-TL"], path)
    assert err.value.key in ("bundle_unknown_signer", "bundle_wrong_recipient")
    assert snapshot(net.province) == before


def test_exchange_known_vid_with_other_bytes_is_refused(net):
    from app.domain.versions import Version
    from app.sync.bundle import write_bundle
    from app.sync.header import BundleHeader
    from app.sync.state import device_keys, my_identity

    post = net.posts["CAX-DD"]
    record(post, "CAX-DD")
    importer.apply_import(net.province, net.up("CAX-DD"))
    row = Version.from_row(post.query("SELECT * FROM versions WHERE doc_type = 'activity' LIMIT 1")[0])
    forged = Version(**{**row.fields(), "data": {**row.data, "participants": 999}, "sha256": ""}).sealed()
    keys = device_keys(post)
    header = BundleHeader(sender_device=post.device_id, recipient_key_id=my_identity(net.province).receiving_key_id,
                          schema_version=1, sender_unit="CAX-DD", recipient_unit="CAT-LS", bundle_seq=77)
    path = write_bundle(net.usb, header, [("activity", [forged])], keys, my_identity(net.province)).path
    before = snapshot(net.province)
    with pytest.raises(AnttError) as err:
        importer.apply_import(net.province, path)
    # indistinguishable from a laptop restored from an old copy (issue 18 item 4): the sentence says what to do
    assert err.value.key == "sync_restored_copy" and post.device_id in err.value.message("vi")
    assert "antt keys rekey" in err.value.message("vi") and "antt keys rekey" in err.value.message("en")
    assert snapshot(net.province) == before


def test_exchange_three_posts_shuffled_and_twice_sum_up(net, tmp_path):
    import random

    paths = []
    for code in net.posts:
        record(net.posts[code], code, n=3)
        paths.append(net.up(code))
        record(net.posts[code], code, n=1)
        paths.append(net.up(code))
    order = paths * 2
    random.Random(4).shuffle(order)
    for p in order:
        importer.apply_import(net.province, p)
    prov = net.province
    for code, post in net.posts.items():
        for table in ("models", "activities", "surrenders", "surrender_items"):
            q = f"SELECT {shared_columns(prov.conn, table)} FROM {table} WHERE unit_code = ? ORDER BY 1"
            assert [tuple(r) for r in prov.query(q, (code,))] == [tuple(r) for r in post.query(q, (code,))], table
    total = prov.query("SELECT sum(quantity) FROM surrender_items")[0][0]
    assert total == sum(p.query("SELECT sum(quantity) FROM surrender_items")[0][0] for p in net.posts.values())


def test_exchange_small_bundle_brings_every_activity(net):
    """300 activities go up in one bundle, each as it was written (its speed: bench/bench_sync.py)."""
    post = net.posts["CAX-DD"]
    m = record(post, "CAX-DD", n=0)
    for i in range(300):
        add_activity(post, m.id, TODAY, "meeting", participants=i)
    path = net.up("CAX-DD")
    assert importer.preview_import(net.province, path).counts["new"] >= 301  # the model and its activities
    importer.apply_import(net.province, path)
    sql = "SELECT id, model_id, date, kind, participants FROM activities WHERE model_id = ? ORDER BY id"
    arrived = [tuple(r) for r in net.province.query(sql, (m.id,))]
    assert arrived == [tuple(r) for r in post.query(sql, (m.id,))]
    assert sorted(r[4] for r in arrived) == list(range(300))


def test_exchange_import_many_takes_one_backup(net):
    paths = []
    for code in net.posts:
        record(net.posts[code], code, n=1)
        paths.append(net.up(code))
    backups = net.province.path.parent / "backups"
    before = set(backups.glob("*")) if backups.exists() else set()
    backup, receipts = importer.import_many(net.province, paths)
    assert set(backups.glob("*")) - before == {backup}
    assert [r.sender_unit for r in receipts] == list(net.posts) and all(r.inserted for r in receipts)
    with pytest.raises(AnttError) as err:
        importer.undo_last_import(net.province)
    assert err.value.key == "sync_undo_no_backup"
    assert net.province.query("SELECT count(*) FROM activities")[0][0] == 2


def test_exchange_preview_does_not_count_an_equal_concurrent_version_as_a_conflict(net, tmp_path):
    # a post set up with its parent's name makes the province's unit too (provisionally), with the province's
    # very data; the province's own record of it comes down (issue 18: a post's units no longer go up) and
    # competes with nothing, so the preview at the post must not announce a conflict
    post = open_store(tmp_path / "CAX-BS" / "antt.sqlite")
    setup.initialise(post, "CAX-BS", "Công an xã Bắc Sơn", "commune_police", "CAT-LS", "Công an tỉnh Lạng Sơn",
                     officer="Thượng sĩ Bắc")
    province_unit = unit_doc_id("CAT-LS")
    provisional = post.query("SELECT vid FROM versions WHERE doc_id = ?", (province_unit,))
    assert len(provisional) == 1  # the post's own provisional record of its province
    answer = enrolment.enrol(net.province, enrolment.write_enrolment(post, net.usb).path)
    # the post registers the province without the answer's reference data (which would bring the record):
    # here it comes in a bundle, through the preview
    body = orjson.loads(answer.answer_path.read_bytes())["body"]
    register_device(post, PublicIdentity.from_dict(body["identity"]), "CAT-LS", "above")
    path = export.export_bundle(net.province, net.usb, recipient_unit="CAX-BS").path
    preview = importer.preview_import(post, path)
    receipt = importer.apply_import(post, path)
    assert preview.counts["conflicting"] == 0 == receipt.counts["conflicting"]
    assert preview.counts["updated"] >= 1  # the province's record meets the provisional one
    assert post.query("SELECT count(*) FROM versions WHERE doc_id = ?", (province_unit,))[0][0] == 2
    assert conflicts.list_conflicts(post) == []
    post.close()

