"""Vietnamese first: catalogues load, Qt's own buttons speak Vietnamese, the UI font has every letter,
and the first run sets the store up (or refuses in one sentence and writes nothing)."""

import subprocess
import sys
import xml.etree.ElementTree as ET

from app.domain.setup import is_initialised
from app.paths import resource
from app.store.db import open_store
from ui.i18n import UI_FONT_FAMILY, install_language, load_ui_font
from ui.qt import QCoreApplication, QFont, QFontMetrics

VIETNAMESE = ("aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
              "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬĐEÈẺẼÉẸÊỀỂỄẾỆIÌỈĨÍỊOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢUÙỦŨÚỤƯỪỬỮỨỰYỲỶỸÝỴ")


def test_every_vietnamese_letter_is_in_the_ui_font(qapp):
    assert load_ui_font() == UI_FONT_FAMILY
    metrics = QFontMetrics(QFont(UI_FONT_FAMILY, 10))
    assert [ch for ch in VIETNAMESE if not metrics.inFontUcs4(ord(ch))] == []


def test_switching_catalogues(qapp):
    install_language("vi")
    assert QCoreApplication.translate("Navigation", "Monthly figures") == "Số liệu tháng"
    assert QCoreApplication.translate("QPlatformTheme", "&Yes") == "&Có"
    install_language("en")
    assert QCoreApplication.translate("Navigation", "Monthly figures") == "Monthly figures"
    assert install_language("fr") == "vi"  # unknown languages fall back to Vietnamese


def test_vietnamese_catalogue_is_complete_and_compiled():
    ts = resource("translations", "antt_vi.ts")
    unfinished = [m.findtext("source") for m in ET.parse(ts).iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_the_shipped_catalogues_are_compiled_from_their_sources(tmp_path):
    """The .qm the app loads is what pyside6-lrelease makes of the .ts beside it (tools/update_translations.py),
    byte for byte: compared by content, not by file times, which a checkout or a merge sets as it likes."""
    import shutil

    lrelease = shutil.which("pyside6-lrelease")
    assert lrelease, "pyside6-lrelease comes with PySide6"
    for lang in ("vi", "en"):
        fresh = tmp_path / f"antt_{lang}.qm"
        subprocess.run([lrelease, "-silent", str(resource("translations", f"antt_{lang}.ts")), "-qm", str(fresh)],
                       check=True)
        assert fresh.read_bytes() == resource("translations", f"antt_{lang}.qm").read_bytes(), (
            f"antt_{lang}.qm is not compiled from antt_{lang}.ts: run python tools/update_translations.py")


def test_first_run_refuses_then_sets_up(qapp, tmp_path):
    from ui.first_run import FirstRunDialog

    store = open_store(tmp_path / "new.sqlite")
    dialog = FirstRunDialog(store, "vi")
    dialog.unit_code.setText("CAX-DD")
    dialog.accept()  # no unit name
    assert dialog.message.text() == "Chưa nhập Tên đơn vị." and not is_initialised(store)
    dialog.unit_name.setText("Công an xã Đồng Đăng")
    dialog.parent_code.setText("CAT-LS")
    dialog.parent_name.setText("Công an tỉnh Lạng Sơn")
    dialog.officer.setText("Nguyễn Văn An")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.account.username.setText("quantri")
    dialog.account.password.setText("admin-pass-1")
    dialog.account.repeat.setText("admin-pass-1")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen_language == "en"
    # the administrator's full name defaults to the officer's, and the session is theirs
    assert store.home_unit == "CAX-DD" and store.author == "Nguyễn Văn An" and store.meta_get("lang") == "en"
    assert store.session.username == "quantri" and store.session.role == "administrator"
    install_language("vi")
    store.close()


def test_the_core_and_the_pager_never_import_qt():
    code = ("import sys, app.store.paging, app.domain.stats, ui.display; "
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
