"""The sync commands through `antt` itself: the whole handover, and a refusal as one sentence."""

from __future__ import annotations

import re

import orjson

from app.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    rc = main(list(argv))
    out = capsys.readouterr()
    return rc, out.out, out.err


def test_cli_handover(tmp_path, capsys):
    prov, post, usb = str(tmp_path / "prov.sqlite"), str(tmp_path / "post.sqlite"), tmp_path / "usb"
    assert run(capsys, "--db", prov, "init", "--unit-code", "CAT-LS", "--unit-name", "Công an tỉnh",
               "--unit-kind", "provincial_police")[0] == 0
    assert run(capsys, "--db", post, "init", "--unit-code", "CAX-A", "--unit-name", "Công an xã A",
               "--unit-kind", "commune_police", "--parent-code", "CAT-LS")[0] == 0
    rc, out, _ = run(capsys, "--db", post, "--json", "enrolment", "--to", str(usb))
    enrol_file = orjson.loads(out)["path"]
    rc, out, _ = run(capsys, "--db", prov, "--json", "enrol", enrol_file)
    answer = orjson.loads(out)
    assert rc == 0 and answer["unit"] == "CAX-A"
    assert run(capsys, "--db", post, "enrol", answer["answer"])[0] == 0
    # something of the post's own to carry (its provisional record of its unit no longer travels up)
    assert run(capsys, "--db", post, "surrender", "add", "--unit", "CAX-A", "--date", "2026-03-02",
               "--item", "weapon.primitive=2", "--owner-unknown")[0] == 0
    rc, out, _ = run(capsys, "--db", post, "export", "--to", str(usb))
    bundle = out.strip()
    rc, out, _ = run(capsys, "--db", prov, "--json", "import", "--dry-run", bundle)
    counts = orjson.loads(out)["counts"]
    assert rc == 0 and counts["new"] + counts["updated"] >= 1 and counts["conflicting"] == 0
    rc, out, _ = run(capsys, "--db", prov, "import", "--dry-run", bundle)  # for an officer: words, dd/mm/yyyy
    assert rc == 0 and "Mới / New" in out and "Xung đột (chờ cán bộ xử lý)" in out and "\nnew " not in out
    assert re.search(r"claimed time: \d{2}/\d{2}/\d{4} \d{2}:\d{2}", out) and not re.search(r"\d{4}-\d{2}-\d{2}T", out)
    rc, out, _ = run(capsys, "--db", prov, "import", bundle)
    assert rc == 0 and "BIÊN NHẬN" in out
    rc, out, _ = run(capsys, "--db", prov, "--json", "sync-status")
    assert orjson.loads(out)[0]["bundles_received"] == 1
    rc, out, _ = run(capsys, "--db", prov, "device", "list")  # for an officer: both languages, dd/mm/yyyy
    assert rc == 0 and "đơn vị / unit" in out and "CAX-A" in out
    assert re.search(r"\b\d{2}/\d{2}/\d{4} \d{2}:\d{2}\b", out) and not re.search(r"\d{4}-\d{2}-\d{2}T", out)


def test_cli_refusal_is_one_sentence(tmp_path, capsys):
    db = str(tmp_path / "x.sqlite")
    run(capsys, "--db", db, "init", "--unit-code", "CAT-LS", "--unit-name", "T", "--unit-kind", "provincial_police")
    rc, out, err = run(capsys, "--db", db, "--lang", "en", "import", str(tmp_path / "missing.antt"))
    assert rc == 1 and "Traceback" not in err and err.strip().startswith("Cannot read the file missing.antt")
    assert err.strip().count("\n") == 0
