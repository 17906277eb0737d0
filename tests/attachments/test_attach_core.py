"""Issue 16: attaching files to records, in the core."""

import datetime as dt
import hashlib
import io
import os

import pytest
from PIL import Image

from app.domain import attachments, surrenders
from app.domain.surrenders import Line
from app.errors import AnttError
from app.i18n import set_language

TODAY = dt.date.today().isoformat()


def receipt(store, **kw):
    fields = dict(unit_code="CAX-DD", date=TODAY, lines=[Line("gun.homemade", 1)], person_name="Hoàng Văn Sơn")
    fields.update(kw)
    return surrenders.add_surrender(store, **fields).id


def state(store):
    out = {}
    for table in ("versions", "documents", "attachments", "blobs", "attachment_originals"):
        out[table] = [tuple(r) for r in store.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2")]
    return out


def test_a_photo_is_scaled_turned_and_stripped_of_location_and_device(store, files, tmp_path):
    rid = receipt(store)
    # 3000 x 1000, orientation 6 (the phone was held upright): shown 1000 wide, 3000 high
    src = files.write(tmp_path / "IMG_0001.JPG", files.photo_bytes(3000, 1000, orientation=6))
    aid = attachments.add_attachment(store, rid, src, "photo", "Khẩu súng kíp")
    att = attachments.get_attachment(store, aid)
    data = attachments.attachment_bytes(store, aid)
    img = Image.open(io.BytesIO(data))
    assert img.format == "JPEG"
    assert img.size == (667, 2000)  # 1000x3000 scaled by 2000/3000, upright
    exif = img.getexif()
    assert files.MAKE not in exif and files.MODEL not in exif and files.GPS_IFD not in exif
    assert files.ORIENTATION not in exif
    assert att["sha256"] == hashlib.sha256(data).hexdigest() and att["size"] == len(data)
    assert (att["owner_id"], att["kind"], att["caption"], att["unit_code"]) == (rid, "photo", "Khẩu súng kíp", "CAX-DD")
    assert att["file_name"] == "IMG_0001.jpg" and att["mime"] == "image/jpeg" and att["has_bytes"]
    # a versioned document like every record
    row = store.conn.execute("SELECT doc_type, author FROM versions WHERE doc_id = ?", (aid,)).fetchall()
    assert [tuple(r) for r in row] == [("attachment", "Nguyễn Văn An")]
    # no original kept unless the settings say so
    assert store.conn.execute("SELECT count(*) FROM attachment_originals").fetchone()[0] == 0


def test_the_settings_keep_device_data_and_the_original(store, files, tmp_path):
    attachments.set_settings(store, keep_exif=True, keep_originals=True)
    rid = receipt(store)
    raw = files.photo_bytes(800, 600)
    aid = attachments.add_attachment(store, rid, files.write(tmp_path / "a.jpg", raw))
    exif = Image.open(io.BytesIO(attachments.attachment_bytes(store, aid))).getexif()
    assert exif[files.MAKE] == "PhoneMaker" and files.GPS_IFD in exif
    sha = store.conn.execute("SELECT sha256 FROM attachment_originals WHERE attachment_id = ?", (aid,)).fetchone()[0]
    assert sha == hashlib.sha256(raw).hexdigest()
    assert bytes(store.conn.execute("SELECT data FROM blobs WHERE sha256 = ?", (sha,)).fetchone()[0]) == raw


def test_a_scanned_pdf_is_kept_byte_for_byte_and_the_same_bytes_once(store, files, tmp_path):
    r1, r2 = receipt(store), receipt(store)
    pdf = files.scan_pdf()
    src = files.write(tmp_path / "bien-ban-ky.pdf", pdf)
    a1 = attachments.add_attachment(store, r1, src, "signed")
    a2 = attachments.add_attachment(store, r2, src, "signed", "bản ký lần 2")
    assert attachments.attachment_bytes(store, a1) == pdf == attachments.attachment_bytes(store, a2)
    assert store.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    assert store.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 2
    (tmp_path / "out").mkdir()
    out = attachments.save_copy(store, a1, tmp_path / "out")
    assert out == tmp_path / "out" / "bien-ban-ky.pdf" and out.read_bytes() == pdf
    with pytest.raises(AnttError) as err:
        attachments.save_copy(store, a2, tmp_path / "out")
    assert err.value.key == "attach_target_exists"


def test_caption_and_removal_are_versions_and_the_bytes_stay(store, files, tmp_path):
    rid = receipt(store)
    aid = attachments.add_attachment(store, rid, files.write(tmp_path / "a.png", _png()))
    attachments.set_caption(store, aid, "Ảnh hiện trường")
    assert attachments.list_attachments(store, rid)[0]["caption"] == "Ảnh hiện trường"
    attachments.remove_attachment(store, aid)
    assert attachments.list_attachments(store, rid) == []
    rows = store.conn.execute("SELECT deleted, json_extract(version_json(data), '$.caption') FROM versions WHERE doc_id = ?"
                              " ORDER BY seq", (aid,)).fetchall()
    assert [tuple(r) for r in rows] == [(0, ""), (0, "Ảnh hiện trường"), (1, "Ảnh hiện trường")]
    assert store.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    with pytest.raises(AnttError) as err:
        attachments.remove_attachment(store, aid)
    assert err.value.key == "attach_not_found"


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (50, 40), (255, 0, 0, 128)).save(out, "PNG")
    return out.getvalue()


def _sparse(path, size):
    with open(path, "wb") as f:
        f.truncate(size)  # a hole: no 400 MB are written
    return path


@pytest.mark.parametrize("case, key", [
    ("pdf_named_jpg", "attach_wrong_extension"),
    ("truncated_jpeg", "attach_bad_image"),
    ("video_400mb", "attach_too_big"),
    ("zip_named_jpg", "attach_wrong_extension"),
    ("zip_named_zip", "attach_bad_type"),
    ("pdf_with_js", "attach_pdf_active"),
    ("pdf_with_file", "attach_pdf_active"),
    ("truncated_pdf", "attach_bad_pdf"),
    ("missing", "attach_no_file"),
    ("folder", "attach_not_a_file"),
    ("empty", "attach_empty"),
    ("heic", "attach_heic_unsupported"),
    ("small_mp4", "attach_bad_type"),
])
def test_bad_files_are_refused_in_one_sentence_and_the_store_is_unchanged(store, files, tmp_path, case, key):
    rid = receipt(store)
    photo = files.photo_bytes(400, 300)
    path = {
        "pdf_named_jpg": lambda: files.write(tmp_path / "scan.jpg", files.scan_pdf()),
        "truncated_jpeg": lambda: files.write(tmp_path / "cut.jpg", photo[: len(photo) // 2]),
        "video_400mb": lambda: _sparse(tmp_path / "clip.jpg", 400 << 20),
        "zip_named_jpg": lambda: files.write(tmp_path / "photos.jpg", files.zip_bytes()),
        "zip_named_zip": lambda: files.write(tmp_path / "photos.zip", files.zip_bytes()),
        "pdf_with_js": lambda: files.write(tmp_path / "js.pdf", files.pdf_with_js()),
        "pdf_with_file": lambda: files.write(tmp_path / "att.pdf", files.pdf_with_embedded_file()),
        "truncated_pdf": lambda: files.write(tmp_path / "cut.pdf", b"%PDF-1.4\n1 0 obj <<"),
        "missing": lambda: tmp_path / "khong-co.jpg",
        "folder": lambda: tmp_path,
        "empty": lambda: files.write(tmp_path / "empty.jpg", b""),
        "heic": lambda: files.write(tmp_path / "IMG.HEIC", b"\0\0\0\x18ftypheic" + b"\0" * 100),
        "small_mp4": lambda: files.write(tmp_path / "clip.mp4", b"\0\0\0\x18ftypisom" + b"\0" * 100),
    }[case]()
    before = state(store)
    with pytest.raises(AnttError) as err:
        attachments.add_attachment(store, rid, path, "photo")
    assert err.value.key == key
    sentence = err.value.message("vi")
    assert sentence.endswith(".") and "\n" not in sentence and "Traceback" not in sentence
    assert state(store) == before


def test_a_400_mb_video_is_refused_by_its_size_before_reading(store, tmp_path, monkeypatch):
    rid = receipt(store)
    path = _sparse(tmp_path / "clip.mp4", 400 << 20)
    opened = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k))
    with pytest.raises(AnttError) as err:
        attachments.add_attachment(store, rid, path)
    assert err.value.key == "attach_too_big"
    assert str(path) not in map(str, opened)
    assert "400" in err.value.message("vi") and "MB" in err.value.message("vi")


def test_refusals_speak_english_with_lang_en(store, files, tmp_path):
    rid = receipt(store)
    set_language("en")
    with pytest.raises(AnttError) as err:
        attachments.add_attachment(store, rid, files.write(tmp_path / "p.jpg", files.zip_bytes()))
    assert err.value.message() == "The file “p.jpg” ends in .jpg but is in fact a zip archive."


def test_owners_kinds_and_personal_photos(store, files, tmp_path):
    from app.domain import community_models, activities

    src = files.write(tmp_path / "a.jpg", files.photo_bytes(200, 100))
    model = community_models.add_model(store, unit_code="CAX-DD", name="Tổ tự quản", type="village_security",
                                       established="2020-01-01")
    act = activities.add_activity(store, model.id, TODAY, "meeting", 12)
    assert attachments.add_attachment(store, model.id, src, "decision")
    assert attachments.add_attachment(store, act, src, "photo")
    for owner, kind, key in ((act, "id_card", "attach_id_card_owner"), (act, "video", "attach_bad_kind"),
                             ("no-such-id", "photo", "attach_no_owner"),
                             (store.conn.execute("SELECT doc_id FROM units").fetchone()[0], "photo", "attach_owner_type")):
        with pytest.raises(AnttError) as err:
            attachments.add_attachment(store, owner, src, kind)
        assert err.value.key == key
    rid = receipt(store)
    aid = attachments.add_attachment(store, rid, src, "id_card")
    personal = store.conn.execute("SELECT json_extract(version_json(data), '$.personal') FROM versions WHERE doc_id = ?", (aid,))
    assert personal.fetchone()[0] == 1


def test_which_receipts_lack_their_signed_copy(store, files, tmp_path):
    signed_pdf = files.write(tmp_path / "ky.pdf", files.scan_pdf())
    photo = files.write(tmp_path / "a.jpg", files.photo_bytes(200, 100))
    r1, r2, r3 = receipt(store), receipt(store), receipt(store)
    attachments.add_attachment(store, r1, signed_pdf, "signed")
    attachments.add_attachment(store, r2, photo, "photo")  # a photo is not a signed copy
    missing = attachments.receipts_signed(store, missing_only=True)
    assert sorted(r["id"] for r in missing) == sorted([r2, r3])
    assert attachments.signed_counts(store) == [
        {"unit_code": "CAX-DD", "unit_name": "Công an xã Đồng Đăng", "receipts": 3, "signed": 1, "unsigned": 2}]
    month = TODAY[:7]
    assert {r["id"] for r in attachments.unsigned_in_month(store, "CAX-DD", month)} == {r2, r3}


def test_check_finds_a_damaged_attachment_file(store, files, tmp_path):
    from app.domain.check import check_store

    rid = receipt(store)
    aid = attachments.add_attachment(store, rid, files.write(tmp_path / "k.pdf", files.scan_pdf()), "signed")
    assert check_store(store) == []
    sha = attachments.get_attachment(store, aid)["sha256"]
    store.conn.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (b"%PDF-1.4 damaged", sha))
    assert check_store(store) == [f"attachment file {sha[:12]}… does not match its sha256"]


def test_a_signed_copy_can_be_attached_in_a_submitted_month(store, files, tmp_path):
    from app.domain import periods

    last_month = (dt.date.today().replace(day=1) - dt.timedelta(days=1))
    rid = receipt(store, date=last_month.isoformat())
    periods.submit(store, "CAX-DD", last_month.strftime("%Y-%m"))
    aid = attachments.add_attachment(store, rid, files.write(tmp_path / "k.pdf", files.scan_pdf()), "signed")
    assert attachments.get_attachment(store, aid)["kind"] == "signed"
    # a month's signed form attaches to the month itself, named period:UNIT:YYYY-MM
    month_id = attachments.add_attachment(store, f"period:CAX-DD:{last_month.strftime('%Y-%m')}",
                                          files.write(tmp_path / "bao-cao-thang.pdf", files.scan_pdf("tháng")),
                                          "signed")
    assert attachments.get_attachment(store, month_id)["owner_type"] == "period"


def _raw_pdf(catalog_extra: bytes, page_extra: bytes = b"", more: bytes = b"") -> bytes:
    """A small PDF written by hand, to hide actions where a scan never has them. `more`: objects 4 and on."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R " + catalog_extra + b" >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] " + page_extra + b" >>"]
    objects += [o for o in more.split(b"\n;;\n") if o]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


@pytest.mark.parametrize("pdf", [
    _raw_pdf(b"/OpenAction 4 0 R", more=b"<< /S /JavaScript /JS (app.alert(1)) >>"),
    _raw_pdf(b"", b"/Annots [4 0 R]", b"<< /Type /Annot /Subtype /Link /Rect [0 0 9 9]"
                                      b" /A << /S /Launch /F (cmd.exe) >> >>"),
    _raw_pdf(b"", b"/AA << /O 4 0 R >>", b"<< /S /JavaScript /JS 5 0 R >>\n;;\n"
                                         b"<< /Length 11 >>\nstream\napp.alert()\nendstream"),
], ids=["open-action-js", "annotation-launch", "page-open-js-stream"])
def test_actions_hidden_anywhere_in_a_pdf_are_refused(store, tmp_path, pdf):
    from app.domain.attachment_files import check_pdf

    assert check_pdf(_raw_pdf(b""), "plain.pdf") == 1  # the same file without the action passes
    rid = receipt(store)
    before = state(store)
    with pytest.raises(AnttError) as err:
        attachments.add_attachment(store, rid, _write(tmp_path / "scan.pdf", pdf), "signed")
    assert err.value.key == "attach_pdf_active"
    assert state(store) == before


def _write(path, data):
    path.write_bytes(data)
    return path
