"""Issue 16 "done when": a signed scan attached at the post is at the province after the stick, byte for
byte, and the province lists which receipts of which units still lack their signed copy. Also: bytes
deduplicated and checked, identity-paper photos kept at the post, and a bundle over its budget
carrying the records and saying which attachments follow (the next export carries them)."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile

import pytest

from app.domain import attachments, setup, units
from app.domain.surrenders import Line, add_surrender
from app.errors import AnttError
from app.store.db import open_store
from app.sync import enrolment, export, importer
from app.sync.errors import BundleError
from app.sync.limits import DEFAULT_LIMITS, Limits
from app.sync.payload import PayloadReader

TODAY = dt.date.today().isoformat()
POSTS = (("CAX-DD", "Công an xã Đồng Đăng"), ("CAX-TL", "Công an xã Tân Lang"))


class Province:
    """A province and two enrolled commune posts (as tests/sync/test_sync_province.py sets them up)."""

    def __init__(self, root, personal=()):
        self.usb = root / "usb"
        self.usb.mkdir()
        self.prov = open_store(root / "prov" / "antt.sqlite")
        setup.initialise(self.prov, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", officer="Đại úy Hà")
        for code, name in POSTS:
            units.add_unit(self.prov, code, name, "commune_police", "CAT-LS")
        self.posts = {}
        for code, name in POSTS:
            s = open_store(root / code / "antt.sqlite")
            setup.initialise(s, code, name, "commune_police", "CAT-LS", officer=f"Thượng úy {code}")
            e = enrolment.write_enrolment(s, self.usb)
            answer = enrolment.enrol(self.prov, e.path, self.usb, include_personal=code in personal).answer_path
            enrolment.accept_answer(s, answer)
            self.posts[code] = s

    def stick(self, code, limits=DEFAULT_LIMITS):
        written = export.export_bundle(self.posts[code], self.usb, limits=limits)
        return written, importer.apply_import(self.prov, written.path)

    def back(self, code):
        """The province's down-bundle to the post: it carries the acknowledgements."""
        written = export.export_bundle(self.prov, self.usb, recipient_device=self.posts[code].device_id)
        importer.apply_import(self.posts[code], written.path)

    def close(self):
        self.prov.close()
        for s in self.posts.values():
            s.close()


@pytest.fixture
def province(tmp_path):
    p = Province(tmp_path)
    yield p
    p.close()


def receipt(store, unit):
    return add_surrender(store, unit_code=unit, date=TODAY, lines=[Line("gun.homemade", 1)],
                         person_name="Hoàng Văn Sơn").id


def test_a_signed_scan_reaches_the_province_byte_for_byte(province, files, tmp_path):
    dd, tl = province.posts["CAX-DD"], province.posts["CAX-TL"]
    r1, r2 = receipt(dd, "CAX-DD"), receipt(dd, "CAX-DD")
    r3 = receipt(tl, "CAX-TL")
    scan = files.write(tmp_path / "bien-ban-1-ky.pdf", files.scan_pdf())
    photo = files.write(tmp_path / "sung.jpg", files.photo_bytes(2400, 1800))
    signed = attachments.add_attachment(dd, r1, scan, "signed", "Bản ký biên bản số 1")
    shot = attachments.add_attachment(dd, r1, photo, "photo")
    attachments.add_attachment(dd, r2, photo, "photo")  # the same photo twice: its bytes travel once
    at_post = attachments.attachment_bytes(dd, signed)

    written, receipt_ = province.stick("CAX-DD")
    assert written.files == 2 and written.counts["attachment"] == 3
    assert receipt_.files == 2 and receipt_.files_new == 2
    province.stick("CAX-TL")

    prov = province.prov
    assert attachments.attachment_bytes(prov, signed) == at_post == scan.read_bytes()
    assert attachments.attachment_bytes(prov, shot) == attachments.attachment_bytes(dd, shot)
    listed = attachments.list_attachments(prov, r1)
    assert [(a["kind"], a["caption"], a["has_bytes"]) for a in listed] == [
        ("signed", "Bản ký biên bản số 1", True), ("photo", "", True)]
    # which receipts of which units still lack their signed copy: counted by hand
    assert attachments.signed_counts(prov) == [
        {"unit_code": "CAX-DD", "unit_name": "Công an xã Đồng Đăng", "receipts": 2, "signed": 1, "unsigned": 1},
        {"unit_code": "CAX-TL", "unit_name": "Công an xã Tân Lang", "receipts": 1, "signed": 0, "unsigned": 1}]
    assert {(r["unit_code"], r["id"]) for r in attachments.receipts_signed(prov, missing_only=True)} == {
        ("CAX-DD", r2), ("CAX-TL", r3)}
    # the same bundle again changes nothing; the next bundle, once acknowledged, carries no bytes again
    assert importer.apply_import(prov, written.path).already_imported
    province.back("CAX-DD")
    attachments.set_caption(dd, signed, "Bản ký (đã đối chiếu)")
    again, rec = province.stick("CAX-DD")
    assert again.files == 0 and again.counts == {"attachment": 1} and rec.files == 0
    assert attachments.get_attachment(prov, signed)["caption"] == "Bản ký (đã đối chiếu)"


def test_removal_at_the_post_removes_at_the_province(province, files, tmp_path):
    dd = province.posts["CAX-DD"]
    r1 = receipt(dd, "CAX-DD")
    aid = attachments.add_attachment(dd, r1, files.write(tmp_path / "k.pdf", files.scan_pdf()), "signed")
    province.stick("CAX-DD")
    assert attachments.signed_counts(province.prov)[0]["signed"] == 1
    attachments.remove_attachment(dd, aid)
    province.stick("CAX-DD")
    assert attachments.list_attachments(province.prov, r1) == []
    assert attachments.signed_counts(province.prov)[0]["unsigned"] == 1


def test_identity_paper_photos_stay_at_the_post_unless_the_enrolment_says(tmp_path, files):
    p = Province(tmp_path, personal=("CAX-TL",))
    try:
        photo = files.write(tmp_path / "cccd.jpg", files.photo_bytes(800, 500, seed=7))
        ids = {}
        for code, s in p.posts.items():
            r = receipt(s, code)
            ids[code] = (attachments.add_attachment(s, r, photo, "id_card"),
                         attachments.add_attachment(s, r, photo, "photo", "cùng ảnh, loại ảnh thường"))
        w_dd, _ = p.stick("CAX-DD")
        w_tl, _ = p.stick("CAX-TL")
        assert w_dd.counts["attachment"] == 1 and w_tl.counts["attachment"] == 2
        card_dd, plain_dd = ids["CAX-DD"]
        with pytest.raises(AnttError) as err:
            attachments.get_attachment(p.prov, card_dd)
        assert err.value.key == "attach_not_found"
        assert attachments.get_attachment(p.prov, plain_dd)["has_bytes"]
        assert attachments.get_attachment(p.prov, ids["CAX-TL"][0])["kind"] == "id_card"
    finally:
        p.close()


def test_over_the_budget_the_records_go_and_the_rest_follows(province, files, tmp_path):
    dd = province.posts["CAX-DD"]
    rids = [receipt(dd, "CAX-DD") for _ in range(4)]
    aids = []
    for n, rid in enumerate(rids):
        f = files.write(tmp_path / f"p{n}.jpg", files.photo_bytes(900, 700, seed=n))
        aids.append(attachments.add_attachment(dd, rid, f, "photo"))
    sizes = [attachments.get_attachment(dd, a)["size"] for a in aids]
    small = Limits(max_bundle_attachment_bytes=sizes[0] + sizes[1] + 1)  # room for two
    first, rec = province.stick("CAX-DD", small)
    assert first.files == 2 and first.attachments_follow == 2
    assert [f["attachment_id"] for f in rec.attachments_follow] == aids[2:]
    prov = province.prov
    assert {r["id"] for r in prov.query("SELECT id FROM surrenders")} == set(rids)  # every record went
    assert [attachments.get_attachment(prov, a)["has_bytes"] for a in aids[:2]] == [True, True]
    assert prov.query("SELECT count(*) FROM attachments")[0][0] == 2  # the other two wait, with their bytes
    province.back("CAX-DD")
    second, rec2 = province.stick("CAX-DD", small)
    assert second.files == 2 and second.attachments_follow == 0 and rec2.attachments_follow == []
    for a in aids:
        assert attachments.attachment_bytes(prov, a) == attachments.attachment_bytes(dd, a)
    # a stick lost before the acknowledgement costs nothing: the same export again carries the same files
    third = export.export_bundle(dd, province.usb, limits=small)
    assert third.files == 2


def test_a_file_whose_bytes_do_not_match_its_name_is_refused(tmp_path):
    good = b"%PDF-1.4 signed scan"
    sha = hashlib.sha256(good).hexdigest()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(f"files/{sha}", b"%PDF-1.4 other bytes!")
        z.writestr("manifest.json", ('{"format":1,"schema_version":4,"members":{"files/%s":{"size":21,"sha256":"%s",'
                                     '"rows":0}},"extras":{}}' % (sha, sha)).encode())
    reader = PayloadReader(io.BytesIO(out.getvalue()), "x.antt", DEFAULT_LIMITS)
    with pytest.raises(BundleError) as err:
        reader.read_file(reader.files[0])
    assert err.value.key == "bundle_manifest_mismatch"
    small = Limits(max_attachment_bytes=10)
    with pytest.raises(BundleError) as err:
        PayloadReader(io.BytesIO(out.getvalue()), "x.antt", small)
    assert err.value.key == "bundle_file_too_big" and "." in err.value.message("vi")
