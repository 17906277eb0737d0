"""Who signs a unit's forms and "Nơi nhận" are the unit's settings (issue 19 item 4), read back from the PDF."""

from __future__ import annotations

import pdfplumber
import pytest

from app.cli import main
from app.domain import form_settings as fs
from app.domain import setup, units
from app.errors import ValidationError
from app.reports.writer import write_report
from app.store.db import open_store
from app.sync import importer
from tests.sync.conftest import TODAY, net, record  # noqa: F401 (net: a fixture)


def flat(path) -> str:
    with pdfplumber.open(str(path)) as pdf:
        return " ".join(" ".join((p.extract_text() or "") for p in pdf.pages).split())


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "antt.sqlite")
    setup.initialise(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", "Công an tỉnh Lạng Sơn",
                     place="Lạng Sơn", officer="Trung úy Lê Văn Tám")
    yield s
    s.close()


def test_signer_and_recipients_print_as_set(store, tmp_path):
    fs.set_signer(store, "CAX-DD", "monthly", title="Phó Trưởng Công an xã", name="Thiếu tá Hoàng Văn Đức",
                  capacity="KT.")
    fs.set_recipients(store, "CAX-DD", "monthly", ["Công an tỉnh Lạng Sơn (PV05);", "Đảng ủy, UBND xã Đồng Đăng",
                                                  "Lưu: VT, CAX."])
    text = flat(write_report(store, "monthly", tmp_path / "m.pdf", unit="CAX-DD", month="2026-01"))
    # Decree 30: capacity and the head's title, then the signer's own title, then the name
    assert "KT. TRƯỞNG CÔNG AN XÃ" in text and "PHÓ TRƯỞNG CÔNG AN XÃ" in text
    assert "Thiếu tá Hoàng Văn Đức" in text and "Lê Văn Tám" not in text
    assert "- Công an tỉnh Lạng Sơn (PV05);" in text and "- Đảng ủy, UBND xã Đồng Đăng;" in text
    assert "- Lưu: VT, CAX." in text
    # another kind of form has its own settings: nothing set for the register, so the defaults
    other = flat(write_report(store, "models", tmp_path / "r.pdf", unit="CAX-DD"))
    assert "KT." not in other and "Trung úy Lê Văn Tám" in other and "- Lưu: VT." in other


def test_settings_for_every_form_fill_what_a_form_leaves_unset(store):
    fs.set_signer(store, "CAX-DD", "all", title="Phó Trưởng Công an xã", name="Thiếu tá Hoàng Văn Đức", capacity="KT")
    fs.set_recipients(store, "CAX-DD", "all", ["Công an tỉnh Lạng Sơn", "Lưu: VT"])
    fs.set_signer(store, "CAX-DD", "summary", name="Đại úy Nông Văn Bình")
    got = fs.get_settings(store, "CAX-DD", "summary")
    assert (got.capacity, got.signer_title, got.signer_name) == ("KT.", "Phó Trưởng Công an xã", "Đại úy Nông Văn Bình")
    assert got.recipients == ("Công an tỉnh Lạng Sơn", "Lưu: VT")
    assert fs.get_settings(store, "CAX-DD", "monthly").signer_name == "Thiếu tá Hoàng Văn Đức"
    fs.set_recipients(store, "CAX-DD", "all", [])
    assert fs.get_settings(store, "CAX-DD", "monthly").recipients is None  # back to the default list


@pytest.mark.parametrize("call, sentence", [
    (lambda s: fs.set_signer(s, "CAX-DD", "monthly", capacity="XX."),
     "Thẩm quyền ký (KT., TL., TM.) “XX.” không có trong danh sách: KT, TL, TUQ, TM, Q."),
    (lambda s: fs.set_signer(s, "CAX-DD", "weekly", name="A"),
     "Loại báo cáo “weekly” không có trong danh sách: all, monthly, summary, models, ratings, plan."),
    (lambda s: fs.set_signer(s, "CAX-DD", "monthly", name="A" * 151),
     f"Họ tên người ký dài quá 150 ký tự: “{'A' * 40}…”."),
    (lambda s: fs.set_recipients(s, "CAX-DD", "monthly", [f"Nơi {i}" for i in range(21)]),
     "Nơi nhận: nhiều nhất 20, đã nhập 21."),
])
def test_bad_settings_are_one_sentence_and_change_nothing(store, call, sentence):
    fs.set_signer(store, "CAX-DD", "monthly", name="Thiếu tá Hoàng Văn Đức")
    versions = store.conn.execute("SELECT count(*) FROM versions").fetchone()[0]
    with pytest.raises(ValidationError) as exc:
        call(store)
    assert exc.value.message("vi") == sentence
    assert store.conn.execute("SELECT count(*) FROM versions").fetchone()[0] == versions
    assert fs.get_settings(store, "CAX-DD", "monthly").signer_name == "Thiếu tá Hoàng Văn Đức"


def test_a_communes_form_printed_at_the_province_is_signed_as_the_commune_signs(net, tmp_path):
    """The settings travel up with the commune's records; without them the province's officer is not put
    under the commune head's title."""
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD", n=1)
    importer.apply_import(net.province, net.up("CAX-DD"))
    month = TODAY[:7]
    unset = flat(write_report(net.province, "monthly", tmp_path / "a.pdf", unit="CAX-DD", month=month))
    assert "TRƯỞNG CÔNG AN XÃ" in unset and "Đại úy Hà" not in unset
    fs.set_signer(post, "CAX-DD", "monthly", title="Trưởng Công an xã", name="Thiếu tá Hoàng Văn Đức")
    fs.set_recipients(post, "CAX-DD", "monthly", ["Công an tỉnh Lạng Sơn (PV05)", "Lưu: VT, CAX"])
    importer.apply_import(net.province, net.up("CAX-DD"))
    signed = flat(write_report(net.province, "monthly", tmp_path / "b.pdf", unit="CAX-DD", month=month))
    assert "Thiếu tá Hoàng Văn Đức" in signed and "Đại úy Hà" not in signed
    assert "- Công an tỉnh Lạng Sơn (PV05);" in signed and "- Lưu: VT, CAX." in signed
    # the province's own form keeps its officer
    own = flat(write_report(net.province, "models", tmp_path / "c.pdf", unit="CAT-LS"))
    assert "Đại úy Hà" in own


def test_settings_on_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "c.sqlite")
    assert main(["--db", db, "init", "--unit-code", "CAX-DD", "--unit-name", "Công an xã Đồng Đăng",
                 "--unit-kind", "commune_police", "--parent-code", "CAT-LS", "--parent-name", "Công an tỉnh Lạng Sơn",
                 "--place", "Lạng Sơn"]) == 0
    assert main(["--db", db, "settings", "signer", "--unit", "CAX-DD", "--form", "monthly", "--title",
                 "Phó Trưởng Công an xã", "--name", "Thiếu tá Hoàng Văn Đức", "--capacity", "KT."]) == 0
    assert main(["--db", db, "settings", "recipients", "--unit", "CAX-DD", "--form", "monthly",
                 "Công an tỉnh Lạng Sơn (PV05)", "Đảng ủy, UBND xã Đồng Đăng", "Lưu: VT, CAX"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "--json", "settings", "show", "--form", "monthly"]) == 0
    import orjson

    shown = orjson.loads(capsys.readouterr().out)
    assert shown["capacity"] == "KT." and shown["recipients"][1] == "Đảng ủy, UBND xã Đồng Đăng"
    assert main(["--db", db, "settings", "signer", "--form", "monthly", "--capacity", "XX"]) == 1
    assert "không có trong danh sách" in capsys.readouterr().err
    out = tmp_path / "m.pdf"
    assert main(["--db", db, "report", "monthly", "--unit", "CAX-DD", "--month", "2026-01", "--out", str(out)]) == 0
    text = flat(out)
    assert "KT. TRƯỞNG CÔNG AN XÃ" in text and "Thiếu tá Hoàng Văn Đức" in text and "- Lưu: VT, CAX." in text


def test_a_unit_below_can_hold_its_own_settings(store, tmp_path):
    # a unit below the laptop's own (issue 18: a commune's laptop writes no sibling's settings; the province's does)
    from app.domain.authority import Refusal

    province = open_store(tmp_path / "prov.sqlite")
    setup.initialise(province, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police")
    for code in ("CAX-DD", "CAX-TT"):
        units.add_unit(province, code, "Công an xã " + code, "commune_police", "CAT-LS")
    fs.set_signer(province, "CAX-TT", "monthly", name="Thiếu tá Vi Văn Nam")
    assert fs.get_settings(province, "CAX-TT", "monthly").signer_name == "Thiếu tá Vi Văn Nam"
    assert fs.get_settings(province, "CAX-DD", "monthly").signer_name == ""
    province.close()
    units.add_unit(store, "CAX-TT", "Công an xã Tân Thanh", "commune_police", "CAT-LS")
    with pytest.raises(Refusal):
        fs.set_signer(store, "CAX-TT", "monthly", name="Thiếu tá Vi Văn Nam")
