"""Cài đặt → Người ký, nơi nhận: the unit's signer and recipients set through the page are what the core
stores and what the next form prints; a bad entry is one sentence and changes nothing (issue 19 item 4)."""

import pdfplumber
import pytest

from app.domain import form_settings as fs
from app.domain import setup, units
from app.reports.writer import write_report
from app.store.db import open_store
from ui.context import AppContext
from ui.pages.settings import SettingsPage


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "antt.sqlite")
    setup.initialise(s, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", place="Lạng Sơn",
                     officer="Đại tá Nguyễn Văn An")
    units.add_unit(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", place="Lạng Sơn")
    yield s
    s.close()


@pytest.fixture
def panel(qtbot, store):
    from ui.app import create_application
    from ui.i18n import install_language

    create_application()
    page = SettingsPage(AppContext(store, install_language("vi")))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.signers)
    qtbot.waitUntil(lambda: page.signers.unit.count() == 2)
    return page.signers


def test_set_through_the_page_and_printed(panel, store, tmp_path):
    assert panel.unit.currentData() == "CAT-LS"  # its own unit first, then those below it
    panel.unit.setCurrentIndex(panel.unit.findData("CAX-DD"))
    panel.form.setCurrentIndex(panel.form.findData("monthly"))
    panel.capacity.setCurrentIndex(panel.capacity.findData("KT."))
    panel.title.setText("Phó Trưởng Công an xã")
    panel.name.setText("Thiếu tá Hoàng Văn Đức")
    panel.recipients.setPlainText("Công an tỉnh Lạng Sơn (PV05)\n\nĐảng ủy, UBND xã Đồng Đăng\nLưu: VT, CAX")
    panel.save.click()
    assert panel.message.text() == "Đã lưu: các báo cáo in sau sẽ dùng các thông tin này."
    got = fs.get_settings(store, "CAX-DD", "monthly")
    assert (got.capacity, got.signer_title, got.signer_name) == ("KT.", "Phó Trưởng Công an xã", "Thiếu tá Hoàng Văn Đức")
    assert got.recipients == ("Công an tỉnh Lạng Sơn (PV05)", "Đảng ủy, UBND xã Đồng Đăng", "Lưu: VT, CAX")
    # another form shows its own (empty) settings, and coming back shows what was saved
    panel.form.setCurrentIndex(panel.form.findData("summary"))
    assert panel.name.text() == "" and panel.recipients.toPlainText() == ""
    panel.form.setCurrentIndex(panel.form.findData("monthly"))
    assert panel.name.text() == "Thiếu tá Hoàng Văn Đức" and panel.capacity.currentData() == "KT."
    out = write_report(store, "monthly", tmp_path / "m.pdf", unit="CAX-DD", month="2026-01")
    with pdfplumber.open(str(out)) as pdf:
        text = " ".join(" ".join(p.extract_text() or "" for p in pdf.pages).split())
    assert "KT. TRƯỞNG CÔNG AN XÃ PHÓ TRƯỞNG CÔNG AN XÃ" in text.replace("- Công an tỉnh Lạng Sơn (PV05); ", "")
    assert "Thiếu tá Hoàng Văn Đức" in text and "- Đảng ủy, UBND xã Đồng Đăng;" in text


def test_a_bad_entry_is_one_sentence_and_nothing_changes(panel, store):
    panel.unit.setCurrentIndex(panel.unit.findData("CAX-DD"))
    panel.form.setCurrentIndex(panel.form.findData("monthly"))
    panel.name.setText("Thiếu tá Hoàng Văn Đức")
    panel.save.click()
    panel.name.setText("A" * 200)
    panel.recipients.setPlainText("Công an tỉnh Lạng Sơn")
    panel.save.click()
    assert panel.message.text().startswith("Họ tên người ký dài quá 150 ký tự")
    got = fs.get_settings(store, "CAX-DD", "monthly")
    assert got.signer_name == "Thiếu tá Hoàng Văn Đức" and got.recipients is None  # both or neither


def test_a_capacity_typed_in_full_is_kept(panel, store):
    panel.unit.setCurrentIndex(panel.unit.findData("CAX-DD"))
    panel.form.setCurrentIndex(panel.form.findData("summary"))
    panel.capacity.setEditText("TM. Đảng ủy xã")
    panel.title.setText("Bí thư")
    panel.save.click()
    assert fs.get_settings(store, "CAX-DD", "summary").capacity == "TM. Đảng ủy xã"
    panel.form.setCurrentIndex(panel.form.findData("monthly"))
    panel.form.setCurrentIndex(panel.form.findData("summary"))
    assert panel.capacity.currentText() == "TM. Đảng ủy xã"
    panel.capacity.setCurrentIndex(panel.capacity.findData("TL."))
    panel.save.click()
    assert fs.get_settings(store, "CAX-DD", "summary").capacity == "TL."
