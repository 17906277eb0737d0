"""Enrolment warns when the unit registering has the name of a unit already here (issue 15 §4): two communes of
one name in two districts are easily taken for each other. The GUI's confirm dialog and `antt enrol` say it."""

from app.cli import main
from app.domain.units import add_unit, namesake_warning, namesakes
from app.sync import enrolment
from ui import dialogs
from ui.pages.sync_keys import PeerConfirmDialog

SAID = ("Chú ý: đã có đơn vị cùng tên “Công an xã Đồng Đăng” (mã CAX-DD2); đơn vị mã CAX-DD là một đơn vị khác. "
        "Kiểm tra đúng đơn vị trước khi xác nhận.")


def test_namesakes_ignore_case_spaces_and_the_unit_itself(strangers):
    add_unit(strangers.province, "CAX-DD2", "Công an xã  ĐỒNG ĐĂNG", "commune_police", "CAT-LS")
    assert [u.code for u in namesakes(strangers.province, "công an xã đồng đăng", "CAX-DD")] == ["CAX-DD2"]
    assert namesakes(strangers.province, "Công an xã Đồng Đăng", "CAX-DD2") == []
    assert namesake_warning(strangers.province, "Công an xã Tân Lang", "CAX-TL") is None


def test_the_confirm_dialog_warns_of_a_unit_of_the_same_name(qtbot, strangers, no_drives, monkeypatch):
    from ui.app import Shell, create_application

    create_application()
    add_unit(strangers.province, "CAX-DD2", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    province = Shell(strangers.province, "vi")
    qtbot.addWidget(province.window)
    keys = province.window.show_page("sync").keys
    written = enrolment.write_enrolment(strangers.post, strangers.usb)
    seen = []

    def look(dialog: PeerConfirmDialog):
        seen.append((dialog.warning.isVisibleTo(dialog), dialog.warning.text()))
        return False

    monkeypatch.setattr(dialogs, "run_dialog", look)
    keys.use_file(written.path)
    assert seen == [(True, SAID)]


def test_no_warning_without_a_namesake(qtbot, strangers, no_drives, monkeypatch):
    from ui.app import Shell, create_application

    create_application()
    province = Shell(strangers.province, "vi")
    qtbot.addWidget(province.window)
    keys = province.window.show_page("sync").keys
    written = enrolment.write_enrolment(strangers.post, strangers.usb)
    seen = []
    monkeypatch.setattr(dialogs, "run_dialog", lambda d: seen.append(d.warning.isVisibleTo(d)) or False)
    keys.use_file(written.path)
    assert seen == [False]


def test_antt_enrol_prints_the_warning(strangers, capsys, monkeypatch):
    from tests.ui.conftest import ACCOUNTS

    username, password, _ = ACCOUNTS["administrator"]  # enrolment is the administrator's
    monkeypatch.setenv("ANTT_USER", username)
    monkeypatch.setenv("ANTT_PASSWORD", password)
    add_unit(strangers.province, "CAX-DD2", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    written = enrolment.write_enrolment(strangers.post, strangers.usb)
    code = main(["--db", str(strangers.province.path), "enrol", str(written.path)])
    out, err = capsys.readouterr()
    assert code == 0 and SAID in err, err
