"""Issue 16 item 6: `antt attach add|list|get|remove|missing` as a user and a script drive it."""

import datetime as dt
import json


from app.cli import main

TODAY = dt.date.today().isoformat()


def test_attach_list_get_remove(antt, files, tmp_path):
    rid = json.loads(antt("surrender", "add", "--unit", "CAX-DD", "--date", TODAY, "--item", "gun.homemade=1",
                          "--from", "Hoàng Văn Sơn", "--json")[0])["id"]
    pdf = files.write(tmp_path / "ky.pdf", files.scan_pdf())
    aid = antt("attach", "add", rid, str(pdf), "--kind", "signed", "--caption", "bản ký")[0].strip()
    photo = files.write(tmp_path / "anh.jpg", files.photo_bytes(300, 200))
    antt("attach", "add", rid, str(photo))
    rows = json.loads(antt("attach", "list", rid, "--json")[0])
    assert [(r["kind"], r["file_name"]) for r in rows] == [("signed", "ky.pdf"), ("photo", "anh.jpg")]
    text = antt("attach", "list", rid)[0]
    assert "bản ký" in text and "ky.pdf" in text
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    path = antt("attach", "get", aid, "--to", str(out_dir))[0].strip()
    assert open(path, "rb").read() == pdf.read_bytes()
    missing = json.loads(antt("attach", "missing", "--json")[0])
    assert missing["units"] == [{"unit_code": "CAX-DD", "unit_name": "Công an xã Đồng Đăng", "receipts": 1,
                                 "signed": 1, "unsigned": 0}]
    antt("attach", "remove", aid)
    assert [r["kind"] for r in json.loads(antt("attach", "list", rid, "--json")[0])] == ["photo"]
    missing = json.loads(antt("attach", "missing", "--json")[0])
    assert missing["units"][0]["unsigned"] == 1 and [r["id"] for r in missing["missing"]] == [rid]


def test_bad_files_give_one_sentence_and_status_1(antt, files, tmp_path):
    rid = json.loads(antt("surrender", "add", "--unit", "CAX-DD", "--date", TODAY, "--item", "gun.homemade=1",
                          "--from", "Hoàng Văn Sơn", "--json")[0])["id"]
    zipped = files.write(tmp_path / "anh.jpg", files.zip_bytes())
    out, err = antt("attach", "add", rid, str(zipped), ok=False)
    assert err == "Tệp “anh.jpg” có đuôi .jpg nhưng thực ra là tệp nén zip.\n" and out == ""
    out, err = antt("--lang", "en", "attach", "add", rid, str(tmp_path / "none.jpg"), ok=False)
    assert err == f"There is no file “{tmp_path / 'none.jpg'}”.\n"
    out, err = antt("attach", "list", "khong-co", ok=False)
    assert err.count("\n") == 1 and "khong-co" in err
    assert json.loads(antt("attach", "list", rid, "--json")[0]) == []


def test_export_and_import_say_what_attachments_travel(tmp_path, files, capsys):
    """The whole stick through the command line: enrol, attach, export, preview, import, get at the province."""
    post, prov, usb = str(tmp_path / "post.sqlite"), str(tmp_path / "prov.sqlite"), tmp_path / "usb"
    usb.mkdir()

    def run(db, *argv):
        code = main(["--db", db, *argv])
        out, err = capsys.readouterr()
        assert code == 0, (out, err)
        return out

    run(post, "init", "--unit-code", "CAX-DD", "--unit-name", "Công an xã Đồng Đăng", "--unit-kind",
        "commune_police", "--parent-code", "CAT-LS", "--parent-name", "Công an tỉnh Lạng Sơn")
    run(prov, "init", "--unit-code", "CAT-LS", "--unit-name", "Công an tỉnh Lạng Sơn", "--unit-kind",
        "provincial_police")
    run(prov, "unit", "add", "--code", "CAX-DD", "--name", "Công an xã Đồng Đăng", "--kind", "commune_police",
        "--parent", "CAT-LS")
    run(post, "enrolment", "--to", str(usb))
    run(prov, "enrol", str(next(usb.glob("*.antt-enrol"))), "--to", str(usb))
    run(post, "enrol", str(next(usb.glob("*.antt-answer"))))
    rid = json.loads(run(post, "surrender", "add", "--unit", "CAX-DD", "--date", TODAY, "--item", "gun.homemade=1",
                         "--from", "Hoàng Văn Sơn", "--json"))["id"]
    scan = files.write(tmp_path / "ky.pdf", files.scan_pdf())
    aid = run(post, "attach", "add", rid, str(scan), "--kind", "signed").strip()
    bundle = json.loads(run(post, "export", "--to", str(usb), "--json"))
    assert bundle["files"] == 1 and bundle["file_bytes"] == scan.stat().st_size and bundle["attachments_follow"] == 0
    assert "Tệp đính kèm: 1 tệp trong gói, mỗi tệp đã đối chiếu mã băm." in run(prov, "import", bundle["path"], "--dry-run")
    assert "Tệp đính kèm: 1 tệp trong gói, 1 tệp mới" in run(prov, "import", bundle["path"])
    (tmp_path / "out").mkdir()
    got = run(prov, "attach", "get", aid, "--to", str(tmp_path / "out")).strip()
    assert open(got, "rb").read() == scan.read_bytes()
