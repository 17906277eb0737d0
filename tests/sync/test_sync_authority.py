"""Issue 18 as an insider would try it: a REAL enrolled post's keys sign a bundle whose content it may not write.

Each attack must be refused as a whole, in one sentence naming the rule and the first offending document,
by the preview as by the import, with every table of the province's store unchanged.
"""

from __future__ import annotations

import pytest

from app.domain import demo
from app.domain.figure_entry import set_figures
from app.domain.ids import figures_doc_id, item_doc_id, new_id, unit_doc_id
from app.domain.periods import period_doc_id
from app.domain.authority import Refusal
from app.domain.versions import Version
from app.store.schema import SCHEMA_VERSION
from app.sync import enrolment, export, importer
from app.sync.bundle import write_bundle
from app.sync.header import BundleHeader
from app.sync.state import device_keys, my_identity
from tests.sync.conftest import TODAY, record
from tests.schema_steps import KEPT_UNDER_NUMBERS, shared_columns

MONTH = TODAY[:7]


def dump(store) -> dict:
    """Every table of the store, every row, without the store's own numbers for its rows (tests/schema_steps.py
    LOCAL_COLUMNS): the tables kept under them (schema step 12) are read through their views, by document id."""
    tables = [r[0] for r in store.conn.execute(
        "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name")
        if r[0] not in KEPT_UNDER_NUMBERS]
    return {t: sorted(map(tuple, store.conn.execute(f"SELECT {shared_columns(store.conn, t)} FROM {t}")), key=repr)
            for t in tables}


class Insider:
    """An officer with an enrolled laptop (CAX-DD's unless told) and Python: versions under its own (or any)
    device id, any header, sealed and signed with the laptop's real keys."""

    def __init__(self, net, code: str = "CAX-DD"):
        self.net, self.code, self.post = net, code, net.posts[code]
        self.seq = int(self.post.meta_get("seq"))
        self.n = 100

    def version(self, doc_type, doc_id, data, device=None, seq=None, lamport=None, parents=()) -> Version:
        self.seq += 1
        seq = seq or self.seq
        device = device or self.post.device_id
        return Version(vid=f"{device}:{seq}", doc_id=doc_id, doc_type=doc_type, parents=tuple(parents),
                       lamport=lamport or 10 + seq, device_id=device, seq=seq, author="Thượng sĩ " + self.code,
                       claimed_at="2026-03-01T08:00:00+0700", deleted=False, data=data).sealed()

    def bundle(self, versions, **header):
        self.n += 1
        to = my_identity(self.net.province)
        kw = dict(kind="up", sender_unit=self.code, recipient_unit="CAT-LS", bundle_seq=self.n)
        kw.update(header)
        h = BundleHeader(sender_device=self.post.device_id, recipient_key_id=to.receiving_key_id,
                         schema_version=SCHEMA_VERSION, **kw)
        groups: dict[str, list] = {}
        for v in versions:
            groups.setdefault(v.doc_type, []).append(v)
        return write_bundle(self.net.usb, h, list(groups.items()), device_keys(self.post), to).path


@pytest.fixture
def insider(net):
    return Insider(net)


def refused(net, path, rule: str, doc_id: str | None = None) -> Refusal:
    """Preview and import both refuse with the same sentence; the province's store does not change."""
    prov = net.province
    before = dump(prov)
    with pytest.raises(Refusal) as preview:
        importer.preview_import(prov, path)
    with pytest.raises(Refusal) as applied:
        importer.apply_import(prov, path)
    assert dump(prov) == before
    err = applied.value
    assert err.rule == rule and preview.value.rule == rule
    assert preview.value.message("vi") == err.message("vi") and err.message("vi") != err.message("en")
    for lang in ("vi", "en"):
        text = err.message(lang)
        assert path.name in text and "\n" not in text and text.endswith(".")
        if doc_id:
            assert doc_id in text
    return err


def test_receipts_of_another_commune(net, insider):
    doc = new_id()
    v = insider.version("surrender", doc, {"unit_code": "CAX-TL", "date": TODAY, "number": 77, "method": "voluntary",
                                          "lines": [{"item_code": "weapon.primitive", "category": "weapon",
                                                     "quantity": 40, "unit": "cái"}]})
    err = refused(net, insider.bundle([v]), "not_own_unit", doc)
    assert err.message("vi") == (
        f"Gói {err.bundle_name} bị từ chối, không nhập gì: máy của đơn vị CAX-DD ghi hồ sơ của đơn vị CAX-TL"
        f" (tài liệu vi phạm đầu tiên: surrender {doc}, phiên bản {v.vid}).")


def test_figures_of_another_commune_do_not_even_become_a_conflict(net, insider):
    tl = net.posts["CAX-TL"]
    set_figures(tl, "CAX-TL", MONTH, {"crime.cases_occurred": 3})
    importer.apply_import(net.province, net.up("CAX-TL"))
    doc = figures_doc_id("CAX-TL", MONTH)
    forged = insider.version("monthly_figures", doc, {"unit_code": "CAX-TL", "month": MONTH, "values": {"crime.cases_occurred": 0}},
                             lamport=10_000)
    refused(net, insider.bundle([forged]), "not_own_unit", doc)
    # moving it under its own unit is no better: the province's record of it is CAX-TL's
    moved = insider.version("monthly_figures", doc, {"unit_code": "CAX-DD", "month": MONTH, "values": {}})
    refused(net, insider.bundle([moved]), "not_own_unit", doc)


def test_renaming_the_province_and_moving_a_commune(net, insider):
    doc = unit_doc_id("CAT-LS")
    rename = insider.version("unit", doc, {"code": "CAT-LS", "name": "Tỉnh đã bị đổi tên", "kind": "provincial_police",
                                          "parent_code": None, "place": ""})
    refused(net, insider.bundle([rename]), "unit_not_below", doc)
    doc = unit_doc_id("CAX-TL")
    move = insider.version("unit", doc, {"code": "CAX-TL", "name": "Công an xã Tân Lang", "kind": "commune_police",
                                        "parent_code": "CAX-DD", "place": ""})
    refused(net, insider.bundle([move]), "unit_not_below", doc)


def test_changing_and_retiring_a_catalogue_item(net, insider):
    doc = item_doc_id("weapon.primitive")
    row = net.province.query("SELECT version_json(data) FROM versions v JOIN documents d ON d.winner_vid = v.vid WHERE d.doc_id = ?",
                             (doc,))[0][0]
    import orjson

    data = {**orjson.loads(row), "unit_vi": "tấn", "retired": True}
    refused(net, insider.bundle([insider.version("catalogue_item", doc, data)]), "down_only", doc)


def test_approving_its_own_month(net, insider):
    doc = period_doc_id("CAX-DD", MONTH)
    v = insider.version("period", doc, {"unit_code": "CAX-DD", "month": MONTH, "status": "approved",
                                       "by": "Đại tá Chỉ huy tỉnh", "at": "2026-03-01T08:00:00+0700"})
    refused(net, insider.bundle([v]), "down_only", doc)


def test_demo_data_made_on_a_post_does_not_reach_the_province(net):
    post = net.posts["CAX-TL"]
    demo.generate(post, units=3, months=1)
    made = {r[0] for r in post.query("SELECT code FROM units")} - {r[0] for r in net.province.query("SELECT code FROM units")}
    assert len(made) >= 3  # the demo's units exist on the post only
    path = net.up("CAX-TL")
    err = refused(net, path, "not_own_unit")
    assert err.rule_params["writer"] == "CAX-TL" and err.rule_params["unit"] in made


@pytest.mark.parametrize("header,rule", [
    (dict(sender_unit="CAX-TL"), "header_unit"),
    (dict(kind="down"), "header_kind"),
    (dict(kind="ack"), "header_kind"),
    (dict(recipient_unit="CAX-TL"), "header_recipient"),
])
def test_a_forged_header(net, insider, header, rule):
    record(insider.post, "CAX-DD", n=1)
    v = insider.version("activity", new_id(), {"unit_code": "CAX-DD", "model_id": "m", "date": TODAY, "kind": "meeting"})
    err = refused(net, insider.bundle([v], **header), rule)
    assert err.version is None


def test_another_devices_id_cannot_lock_it_out(net, insider):
    prov, tl = net.province, net.posts["CAX-TL"]
    prov_seq, tl_seq = int(prov.meta_get("seq")), int(tl.meta_get("seq"))
    data = {"unit_code": "CAX-DD", "model_id": "m", "date": TODAY, "kind": "meeting"}
    as_province = insider.version("activity", new_id(), data, device=prov.device_id, seq=prov_seq + 1)
    refused(net, insider.bundle([as_province]), "own_device", as_province.doc_id)
    as_tl = insider.version("activity", new_id(), data, device=tl.device_id, seq=tl_seq + 1)
    refused(net, insider.bundle([as_tl]), "foreign_device", as_tl.doc_id)
    # both devices go on: the province writes, Tân Lang's genuine next bundle is taken
    from app.domain.units import add_unit

    add_unit(prov, "CAX-MOI", "Công an xã Mới", "commune_police", "CAT-LS")
    record(tl, "CAX-TL", n=1)
    receipt = importer.apply_import(prov, net.up("CAX-TL"))
    assert receipt.counts["new"] >= 3 and prov.query("SELECT count(*) FROM activities WHERE unit_code = 'CAX-TL'")[0][0] == 1


def test_a_lamport_clock_near_the_limit_is_refused_and_the_clock_goes_on(net, insider):
    v = insider.version("activity", new_id(), {"unit_code": "CAX-DD", "model_id": "m", "date": TODAY,
                                              "kind": "meeting"}, lamport=(1 << 62) - 1)
    err = refused(net, insider.bundle([v]), "lamport", v.doc_id)
    text = err.message("en")
    assert str((1 << 62) - 1) in text and f"device {insider.post.device_id} (unit CAX-DD) sent" in text
    from app.domain.units import add_unit

    add_unit(net.province, "CAX-MOI", "Công an xã Mới", "commune_police", "CAT-LS")  # the province still writes
    assert int(net.province.meta_get("lamport")) < 1 << 33


def test_a_post_cannot_record_receipts_for_its_province(net, tmp_path, capsys):
    from app.cli import main

    post = net.posts["CAX-DD"]
    before = dump(post)
    code = main(["--db", str(post.path), "surrender", "add", "--unit", "CAT-LS", "--date", TODAY, "--item",
                 "weapon.primitive=1", "--owner-unknown"])
    err = capsys.readouterr().err
    assert code == 1 and err.strip() == "Không được ghi: máy của đơn vị CAX-DD ghi hồ sơ của đơn vị CAT-LS."
    assert dump(post) == before


def test_honest_bundles_still_pass(net):
    for code in net.posts:
        record(net.posts[code], code, n=2)
        receipt = importer.apply_import(net.province, net.up(code))
        assert receipt.counts["new"] >= 4 and receipt.counts["waiting"] == 0
    for code in net.posts:
        written = export.export_bundle(net.province, net.usb, recipient_unit=code)
        assert importer.apply_import(net.posts[code], written.path).counts["conflicting"] == 0


# ---------------------------------------------------------------- forwarding up a chain of enrolments


def test_a_province_forwards_its_communes_to_the_national_level_and_a_forged_link_is_refused(net, tmp_path):
    from app.domain import setup
    from app.store.db import open_store
    from app.sync.bundle import read_bundle

    nat = open_store(tmp_path / "nat" / "antt.sqlite")
    setup.initialise(nat, "BCA", "Bộ Công an", "national")
    prov = net.province
    # the province joins the national level: its own unit moves under it there
    answer = enrolment.enrol(nat, enrolment.write_enrolment(prov, net.usb).path)
    enrolment.accept_answer(prov, answer.answer_path)
    for code in net.posts:
        record(net.posts[code], code, n=2)
        importer.apply_import(prov, net.up(code))
    up = export.export_bundle(prov, net.usb)  # to the level above
    assert up.kind == "up"
    receipt = importer.apply_import(nat, up.path)
    assert receipt.counts["waiting"] == 0 and receipt.held == {}
    for code, post in net.posts.items():  # the communes' records, under their own device ids, with their units
        q = "SELECT id, unit_code, date, kind, participants FROM activities WHERE unit_code = ? ORDER BY id"
        assert nat.query(q, (code,)) and [tuple(r) for r in nat.query(q, (code,))] == [tuple(r) for r in post.query(q, (code,))]
        assert nat.query("SELECT parent_code FROM units WHERE code = ?", (code,))[0][0] == "CAT-LS"
        assert nat.query("SELECT count(*) FROM versions WHERE device_id = ?", (post.device_id,))[0][0] > 0
    # the same bundle without its chain: the communes' versions are refused, nothing written
    nat2 = open_store(tmp_path / "nat2" / "antt.sqlite")
    setup.initialise(nat2, "BCA", "Bộ Công an", "national")
    answer = enrolment.enrol(nat2, enrolment.write_enrolment(prov, net.usb).path)
    header, extras, versions = read_bundle(up.path, device_keys(nat), {prov.device_id: _known(prov)})
    from app.sync.chain import LINKS_KEY

    forged = dict(extras)
    link = forged[LINKS_KEY][0]
    forged[LINKS_KEY] = [{**link, "body": {**link["body"], "unit": "BCA-X"}}] + forged[LINKS_KEY][1:]
    groups: dict[str, list] = {}
    for v in versions:
        groups.setdefault(v.doc_type, []).append(v)
    to = my_identity(nat2)
    h = BundleHeader(sender_device=prov.device_id, recipient_key_id=to.receiving_key_id, schema_version=SCHEMA_VERSION,
                     kind="up", sender_unit="CAT-LS", recipient_unit="BCA", bundle_seq=5)
    path = write_bundle(net.usb, h, list(groups.items()), device_keys(prov), to, forged).path
    before = dump(nat2)
    with pytest.raises(Refusal) as err:
        importer.apply_import(nat2, path)
    assert err.value.rule == "chain" and dump(nat2) == before
    nat.close()
    nat2.close()


def _known(store):
    from app.sync.envelope import KnownDevice

    return KnownDevice(my_identity(store), store.home_unit or "")


# ---------------------------------------------------------------- enrolment holds (issue 18 item 3, part of 4)


def test_enrolling_a_revoked_laptops_old_file_says_so_and_stops(net, tmp_path, capsys):
    from app.cli import main
    from app.sync import devices
    from app.sync.state import get_device

    prov, post = net.province, net.posts["CAX-TL"]
    old_file = enrolment.write_enrolment(post, tmp_path).path
    devices.revoke(prov, post.device_id, "máy bị mất")
    before = dump(prov)
    code = main(["--db", str(prov.path), "enrol", str(old_file)])
    err = capsys.readouterr().err.strip()
    fingerprint = my_identity(post).fingerprint
    assert code == 1 and "đã bị thu hồi" in err and fingerprint in err and err.count("\n") == 0
    assert dump(prov) == before and get_device(prov, post.device_id).revoked
    # an administrator's explicit act, with a reason: audited with the fingerprint
    code = main(["--db", str(prov.path), "enrol", str(old_file), "--reenrol-revoked", "--reason", "tìm lại được máy"])
    out = capsys.readouterr().out
    assert code == 0 and "thu hồi" in out and not get_device(prov, post.device_id).revoked
    entry = prov.query("SELECT detail FROM audit_log WHERE action = 'device.reinstate'")
    import orjson

    detail = orjson.loads(entry[0][0])
    assert detail["fingerprint"] == fingerprint and detail["reason"] == "tìm lại được máy"


def test_a_second_laptop_of_a_unit_needs_saying_so(net, tmp_path, capsys):
    from app.cli import main
    from app.domain import setup
    from app.store.db import open_store

    second = open_store(tmp_path / "lap2" / "antt.sqlite")
    setup.initialise(second, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    path = enrolment.write_enrolment(second, tmp_path).path
    second.close()
    prov = net.province
    before = dump(prov)
    code = main(["--db", str(prov.path), "enrol", str(path)])
    err = capsys.readouterr().err.strip()
    assert code == 1 and "--second-device" in err and net.posts["CAX-DD"].device_id in err and dump(prov) == before
    code = main(["--db", str(prov.path), "enrol", str(path), "--second-device"])
    assert code == 0 and "Máy thứ hai" in capsys.readouterr().out


def test_sync_status_shows_no_gap_a_cumulative_bundle_covered(net):
    from app.sync import status

    post = net.posts["CAX-DD"]
    for n in range(3):
        record(post, "CAX-DD", n=1)
        third = net.up("CAX-DD")  # bundles 1, 2, 3: each carries everything not acknowledged
    preview = importer.preview_import(net.province, third)
    assert preview.bundle_seq == 3 and preview.missing_bundles == []
    importer.apply_import(net.province, third)
    row = next(d for d in status.device_status(net.province) if d["device_id"] == post.device_id)
    assert row["bundles_received"] == 1 and row["missing_bundles"] == []
    assert net.province.query("SELECT count(*) FROM surrenders WHERE unit_code = 'CAX-DD'")[0][0] == 3


@pytest.mark.parametrize("imported,missing", [
    ([(3, 1, 30)], []),  # only the third, from the first version on
    ([(1, 1, 10), (3, 11, 30)], []),  # the third starts right after what the first carried
    ([(1, 1, 10), (3, 25, 30)], [2]),  # versions 11-24 came in the second only
    ([(2, 5, 9)], [1]),  # versions 1-4 are nowhere here
    ([(2, 0, 0)], []),  # seq_to is the sender's highest own version: 0, it has written nothing to lack
    ([(1, 1, 10), (2, 11, 20), (5, 31, 40)], [3, 4]),
])
def test_missing_bundles_by_hand(imported, missing):
    from app.sync.status import missing_bundles

    assert missing_bundles(imported) == missing


# ---------------------------------------------------------------- a post restored from an old copy (item 4)


def test_a_post_restored_from_an_old_copy_rekeys_and_loses_nothing(net, tmp_path, capsys):
    import sqlite3

    from app.cli import main
    from app.errors import AnttError
    from app.sync import devices
    from app.store.db import open_store

    post_path = net.posts["CAX-DD"].path
    old_copy = tmp_path / "old-copy.sqlite"
    post = net.posts["CAX-DD"]
    post.conn.backup(sqlite3.connect(str(old_copy)))  # the copy on a stick, before this month's work
    old_device = post.device_id
    record(post, "CAX-DD", n=2)
    importer.apply_import(net.province, net.up("CAX-DD"))
    sent_before = net.province.query("SELECT count(*) FROM versions WHERE device_id = ?", (old_device,))[0][0]
    # the laptop's disk dies; the officer restores the old copy and goes on working
    post.close()
    with sqlite3.connect(str(old_copy)) as src, sqlite3.connect(str(post_path)) as dst:
        src.backup(dst)
    post = net.posts["CAX-DD"] = open_store(post_path)
    record(post, "CAX-DD", n=1)
    mine = lambda s: s.query("SELECT count(*) FROM surrenders WHERE unit_code = 'CAX-DD'")[0][0]
    assert mine(post) == 1
    stick = tmp_path / "stick2"  # the old stick still holds bundle 1 of the lost laptop
    stick.mkdir()
    path = export.export_bundle(post, stick).path
    before = dump(net.province)
    with pytest.raises(AnttError) as err:
        importer.apply_import(net.province, path)
    assert err.value.key == "sync_restored_copy" and dump(net.province) == before
    text = err.value.message("vi")
    assert old_device in text and "khôi phục từ một bản sao cũ" in text and "antt keys rekey" in text
    # at the post: a new device id, its records kept and written again under it
    code = main(["--db", str(post_path), "keys", "rekey"])
    out = capsys.readouterr().out
    post.close()
    post = net.posts["CAX-DD"] = open_store(post_path)
    assert code == 0 and post.device_id != old_device and post.device_id in out
    assert mine(post) == 1
    # at the province: the old device revoked, the new one enrolled; then the bundle goes through
    devices.revoke(net.province, old_device, "khôi phục từ bản sao cũ")
    answer = enrolment.enrol(net.province, enrolment.write_enrolment(post, net.usb).path)
    enrolment.accept_answer(post, answer.answer_path)
    receipt = importer.apply_import(net.province, export.export_bundle(post, stick).path)
    assert receipt.counts["new"] >= 1
    prov = net.province
    # what the province had from the old device stays; the restored laptop's receipt is there too
    assert prov.query("SELECT count(*) FROM versions WHERE device_id = ?", (old_device,))[0][0] == sent_before
    restored_receipt = post.query("SELECT id, number, date FROM surrenders")[0]
    assert tuple(prov.query("SELECT id, number, date FROM surrenders WHERE id = ?", (restored_receipt[0],))[0]) \
        == tuple(restored_receipt)
    assert mine(prov) == 2  # the receipt sent before the loss, and the one written after the restore
    post.close()


def test_a_province_cannot_vouch_for_a_laptop_of_another_provinces_commune(net, tmp_path):
    import base64

    from app.domain import setup
    from app.domain.units import add_unit
    from app.store.db import open_store
    from app.sync.chain import LINKS_KEY, _body_bytes
    from app.sync.keys import create_keys

    nat = open_store(tmp_path / "nat" / "antt.sqlite")
    setup.initialise(nat, "BCA", "Bộ Công an", "national")
    add_unit(nat, "CAT-CB", "Công an tỉnh Cao Bằng", "provincial_police", "BCA")
    add_unit(nat, "CAX-KHAC", "Công an xã của tỉnh khác", "commune_police", "CAT-CB")
    prov = net.province
    enrolment.accept_answer(prov, enrolment.enrol(nat, enrolment.write_enrolment(prov, net.usb).path).answer_path)
    stranger = create_keys(tmp_path / "stranger-keys", "stranger01")
    body = {"identity": stranger.public.to_dict(), "unit": "CAX-KHAC", "parent": "CAT-LS", "kind": "commune_police",
            "by": prov.device_id}
    link = {"body": body, "signature": base64.b64encode(device_keys(prov).signing.sign(_body_bytes(body))).decode()}
    v = Version(vid="stranger01:1", doc_id=new_id(), doc_type="activity", parents=(), lamport=5, device_id="stranger01",
                seq=1, author="", claimed_at="2026-03-01T08:00:00+0700", deleted=False,
                data={"unit_code": "CAX-KHAC", "model_id": "m", "date": TODAY, "kind": "meeting"}).sealed()
    to = my_identity(nat)
    h = BundleHeader(sender_device=prov.device_id, recipient_key_id=to.receiving_key_id, schema_version=SCHEMA_VERSION,
                     kind="up", sender_unit="CAT-LS", recipient_unit="BCA", bundle_seq=9)
    path = write_bundle(net.usb, h, [("activity", [v])], device_keys(prov), to, {LINKS_KEY: [link]}).path
    before = dump(nat)
    with pytest.raises(Refusal) as err:
        importer.apply_import(nat, path)
    assert err.value.rule == "chain" and "stranger01" in err.value.message("vi") and dump(nat) == before
    nat.close()


def test_deleting_a_receipt_with_personal_details_passes_the_rule(net):
    from app.domain.surrenders import delete_surrender

    post = net.posts["CAX-DD"]
    record(post, "CAX-DD", n=0)
    receipt_id = post.query("SELECT id FROM surrenders")[0][0]
    assert post.query("SELECT count(*) FROM surrender_persons")[0][0] == 1
    delete_surrender(post, receipt_id)  # the receipt's tombstone first, then its person's
    assert post.query("SELECT count(*) FROM surrenders")[0][0] == 0 == post.query(
        "SELECT count(*) FROM surrender_persons")[0][0]
