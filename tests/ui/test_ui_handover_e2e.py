"""The whole handover of a month, through the app alone (issue 15 §6): a commune post and its province, two store
files, two main windows, every step by the app's own dialogs.

Both stores are made by the real first-run dialog (accounts on); people sign in and out through the real login
dialog; files are chosen in Qt's own file dialog (ANTT_QT_FILE_DIALOG=1), typed into its file-name field as an
officer types; forms are filled and saved, questions answered, by `Officer` below, which waits for each modal
window as it opens. Nothing of the app is replaced except the machine's list of USB drives (a folder stands for
the stick) and the PDF viewer the app would open; Qt's print dialog prints to a PDF file (no printer here).

Enrolment (file, fingerprint confirmed, answer) → the officer records a receipt, saves and prints its biên bản, types
the month's figures → the commander submits the month and writes a bundle to the stick → the province's
commander checks it (preview) and imports it, approves the month, writes a bundle back down → the post imports
it and sees its month approved → the province's summary PDF is read back and its figures compared with the
values typed above.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import deque
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain import periods
from app.store.db import open_store
from ui import drives
from ui.login import LoginDialog
from ui.pages.receipt_form import ReceiptForm
from ui.pages.sync_export import ExportDialog
from ui.pages.sync_import import ImportDialog
from ui.pages.sync_keys import PeerConfirmDialog
from ui.qt import (
    QApplication, QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QPrintDialog, QPrinter, QProgressDialog,
    QTimer,
)

from .conftest import ACCOUNTS, add_accounts, first_run
from .sync.conftest import POST, PROVINCE

LAST_MONTH = dt.date.today().replace(day=1) - dt.timedelta(days=1)
MONTH = LAST_MONTH.strftime("%Y-%m")
RECEIPT_DAY = LAST_MONTH.replace(day=10).isoformat()
FIGURES = {"crime.cases_occurred": "5", "drugs.cases": "2"}


SHOTS = os.environ.get("ANTT_E2E_SHOTS")  # a folder: a PNG of the screen at each step (to look at a run)


def shot(name: str, widget=None) -> None:
    """The screen as the officer sees it now, when ANTT_E2E_SHOTS names a folder (else nothing): the whole
    screen on a real display (Xvfb: `ANTT_TEST_ON_SCREEN=1 xvfb-run -s "-screen 0 1366x768x24" pytest …`),
    the active window offscreen."""
    if not SHOTS:
        return
    if widget is not None:
        widget.window().raise_()  # the two main windows lie on each other: the one this step is about on top
    for _ in range(5):
        QApplication.processEvents()
    shots = sorted(Path(SHOTS).glob("*.png"))
    path = Path(SHOTS) / f"{len(shots) + 1:02d}-{name}.png"
    screen = QApplication.primaryScreen()
    if QApplication.platformName() == "xcb":
        screen.grabWindow(0).save(str(path))
    else:
        (widget or QApplication.activeModalWidget() or QApplication.activeWindow()).grab().save(str(path))


class Officer:
    """Answers the app's modal windows in the order the test expects them: `expect(kind, act)` queues one; each
    time a new modal window of that kind is the active one, `act(window)` runs. A modal window nobody expects
    fails the test (after a few seconds it is closed, so the run never hangs)."""

    TICK_MS = 15
    PATIENCE_TICKS = 400  # ~6 s of an unexpected modal window

    def __init__(self) -> None:
        self.plan: deque = deque()
        self.seen: list = []
        self.errors: list[str] = []
        self._stranger = (None, 0)
        self._alive = True
        QTimer.singleShot(self.TICK_MS, self._tick)

    def expect(self, kind, act) -> "Officer":
        self.plan.append((kind, act))
        return self

    def stop(self) -> None:
        self._alive = False

    def _tick(self) -> None:
        if not self._alive:
            return
        QTimer.singleShot(self.TICK_MS, self._tick)  # first: an act below may open a nested modal window
        window = QApplication.activeModalWidget()
        if window is None or isinstance(window, QProgressDialog) or any(window is w for w in self.seen):
            return
        if self.plan and isinstance(window, self.plan[0][0]):
            kind, act = self.plan.popleft()
            self.seen.append(window)
            shot(kind.__name__, window)
            try:
                act(window)
            except BaseException as exc:  # noqa: BLE001 - reported by the test, the window closed
                self.errors.append(f"{kind.__name__}: {exc!r}")
                window.reject()
            return
        stranger, ticks = self._stranger
        self._stranger = (window, ticks + 1) if stranger is window else (window, 1)
        if self._stranger[1] >= self.PATIENCE_TICKS:
            text = window.text() if isinstance(window, QMessageBox) else window.windowTitle()
            self.errors.append(f"unexpected {type(window).__name__}: {text}")
            window.reject()


def accept_button(box: QDialogButtonBox):
    return next(b for b in box.buttons() if box.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)


def type_path(path: Path):
    """In Qt's own file dialog: type the full path into the file-name field, press Open / Save / Choose."""

    def act(dialog: QFileDialog) -> None:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        accept_button(dialog.findChild(QDialogButtonBox, "buttonBox")).click()

    return act


def log_in_as(role: str):
    def act(dialog: LoginDialog) -> None:
        username, password, _ = ACCOUNTS[role]
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.sign_in_button.click()

    return act


def answer_yes(box: QMessageBox) -> None:
    box.button(QMessageBox.StandardButton.Yes).click()


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


@pytest.fixture
def handover(qtbot, tmp_path, monkeypatch):
    """Two laptops as their first runs leave them, each with its main window open as its administrator."""
    from ui.app import Shell, create_application
    from ui.pages import sync
    from ui.tasks import wait_all

    monkeypatch.setenv("ANTT_QT_FILE_DIALOG", "1")
    monkeypatch.setattr(drives, "drives", lambda: [])  # this machine's real drives: a folder is the stick
    monkeypatch.setattr(sync, "open_file", lambda path: None)  # no PDF viewer is started
    create_application()
    stores = {}
    for key, unit in (("post", POST), ("province", PROVINCE)):
        store = open_store(tmp_path / key / "antt.sqlite")
        first_run(store, unit)
        add_accounts(store, {"commander": unit["officer"]})
        stores[key] = store
    shells = {key: Shell(store, "vi") for key, store in stores.items()}
    for shell in shells.values():
        qtbot.addWidget(shell.window)
    officer = Officer()
    (tmp_path / "usb").mkdir()
    (tmp_path / "printed").mkdir()
    yield shells, officer, tmp_path
    officer.stop()
    wait_all()
    for shell in shells.values():
        if shell.window is not None:
            shell.window.close()
    for store in stores.values():
        store.close()


def sign_in_again(shell, officer, role: str):
    officer.expect(LoginDialog, log_in_as(role))
    assert shell.sign_out()
    assert shell.store.session.username == ACCOUNTS[role][0]
    return shell.window


def wait_done(qtbot, holder, attr="task"):
    qtbot.waitUntil(lambda: getattr(holder, attr) is not None and not getattr(holder, attr).is_running,
                    timeout=20000)


@pytest.mark.real_message_boxes
def test_a_month_goes_up_and_its_approval_comes_back(qtbot, handover):
    shells, officer, root = handover
    post, province = shells["post"], shells["province"]
    usb = root / "usb"

    # --- enrolment, by the two administrators (the first runs left them signed in)
    keys = post.window.show_page("sync").keys
    officer.expect(QFileDialog, type_path(usb))
    keys.write_button.click()
    shot("post-enrolment-file-written", post.window)
    enrol_file = next(usb.glob("*.antt-enrol"))
    assert keys.message.property("error") is False

    province_keys = province.window.show_page("sync").keys
    officer.expect(QFileDialog, type_path(enrol_file))
    officer.expect(PeerConfirmDialog, lambda d: d.confirm_button.click())
    province_keys.register_button.click()
    wait_done(qtbot, province_keys)
    assert province_keys.message.text().startswith("Đã đăng ký CAX-DD"), province_keys.message.text()
    shot("province-registered-the-post", province.window)
    answer = next(usb.glob("*.antt-answer"))

    officer.expect(QFileDialog, type_path(answer))
    officer.expect(PeerConfirmDialog, lambda d: d.confirm_button.click())
    keys.accept_button.click()
    wait_done(qtbot, keys)
    assert keys.message.property("error") is False, keys.message.text()
    shot("post-accepted-the-answer", post.window)

    # --- the post's officer records a receipt, prints its biên bản, types the month's figures
    window = sign_in_again(post, officer, "officer")
    surrenders = window.show_page("surrenders")

    def fill_receipt(form: ReceiptForm) -> None:
        form.date.set_iso(RECEIPT_DAY)
        form.person_name.setText("Hoàng Văn Sơn")
        form.birth_year.setText("1968")
        form.lines[0].item.setCurrentIndex(form.lines[0].item.findData("gun.homemade"))
        form.lines[0].quantity.setText("2")
        line = form.add_line()
        line.item.setCurrentIndex(line.item.findData("firecracker.kg"))
        line.quantity.setText("1,5")
        form.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    officer.expect(ReceiptForm, fill_receipt)
    receipt = surrenders.new_receipt()
    assert receipt is not None and receipt.data["received_by"] == "Nguyễn Văn An"

    surrenders.date_from.set_iso(LAST_MONTH.replace(day=1).isoformat())
    surrenders.view.selectRow(0)
    assert surrenders.print_receipt()
    reports = window.pages["reports"]
    qtbot.waitUntil(lambda: reports.preview is not None, timeout=20000)
    printed = root / "printed" / "bien-ban.pdf"
    officer.expect(QFileDialog, type_path(printed))
    assert reports.save_report()
    shot("post-receipt-printed", post.window)
    paper = root / "printed" / "may-in.pdf"

    def print_to_file(dialog: QPrintDialog) -> None:
        """This machine has no printer: Qt's print dialog prints to a PDF file, named in its file field."""
        assert dialog.printer().outputFormat() == QPrinter.OutputFormat.PdfFormat
        dialog.findChild(QLineEdit, "filename").setText(str(paper))
        accept_button(dialog.findChild(QDialogButtonBox)).click()

    officer.expect(QPrintDialog, print_to_file)
    assert reports.print_report() == 1, (officer.errors, reports.status.text())
    assert reports.status.text() == "Đã gửi 1 trang tới máy in."
    sheets = PdfReader(str(paper)).pages  # what reached the "printer": the page painted as an image
    assert len(sheets) == 1 and len(sheets[0].images) == 1
    text = pdf_text(printed)
    assert "BIÊN BẢN" in text.upper() and "Hoàng Văn Sơn" in text and "1,5" in text and "Nguyễn Văn An" in text

    figures = window.show_page("figures")
    figures.month.set_iso(MONTH + "-01")
    for code, value in FIGURES.items():
        figures.set_entered(code, value)
    assert figures.save()
    shot("post-figures-saved", post.window)

    # --- the commander submits the month and writes the bundle to the stick
    window = sign_in_again(post, officer, "commander")
    figures = window.show_page("figures")
    figures.month.set_iso(MONTH + "-01")
    officer.expect(QMessageBox, answer_yes)
    assert figures.period.submit()
    assert periods.status_of(post.store, "CAX-DD", MONTH) == "submitted"
    shot("post-month-submitted", post.window)

    def write_bundle(dialog: ExportDialog) -> None:
        assert dialog.recipient.currentData() == "CAT-LS"
        dialog.picker.folder_button.click()  # Qt's folder dialog: the stick's folder typed in
        dialog.write_button.click()
        wait_done(qtbot, dialog)
        assert dialog.result_ is not None, dialog.message.text()
        shot("post-bundle-written", dialog)
        dialog.close_button.click()

    officer.expect(ExportDialog, write_bundle)
    officer.expect(QFileDialog, type_path(usb))
    window.show_page("sync").export_button.click()
    up = list(usb.glob("*.antt"))
    assert len(up) == 1

    # --- the province's commander checks the bundle, imports it, approves the month, answers down
    window = sign_in_again(province, officer, "commander")
    sync_page = window.show_page("sync")
    seen = {}

    def import_bundle(dialog: ImportDialog) -> None:
        assert dialog.files.count() == 0  # no drive holds a bundle: the officer chooses the file
        dialog.choose_button.click()
        wait_done(qtbot, dialog)
        assert dialog.preview is not None, dialog.message.text()
        seen["counts"] = {k: label.text() for k, label in dialog.count_labels.items()}
        shot("province-preview", dialog)
        dialog.import_button.click()
        wait_done(qtbot, dialog)

    officer.expect(ImportDialog, import_bundle)
    officer.expect(QFileDialog, type_path(up[0]))
    sync_page.import_button.click()
    assert int(seen["counts"]["new"]) > 0 and seen["counts"]["conflicting"] == "0"
    assert sync_page.message.text().startswith(f"Đã nhập {up[0].name} từ Công an xã Đồng Đăng (CAX-DD)")
    assert province.store.conn.execute("SELECT count(*) FROM surrenders").fetchone()[0] == 1
    shot("province-imported", province.window)

    figures = window.show_page("figures")
    figures.unit.setCurrentIndex(figures.unit.findData("CAX-DD"))
    figures.month.set_iso(MONTH + "-01")
    assert figures.period.approve_button.isVisibleTo(figures)
    figures.period.approve_button.click()
    assert periods.status_of(province.store, "CAX-DD", MONTH) == "approved"
    shot("province-approved", province.window)

    down = root / "usb" / "ve-xa"
    down.mkdir()

    def write_down(dialog: ExportDialog) -> None:
        dialog.recipient.setCurrentIndex(dialog.recipient.findData("CAX-DD"))
        dialog.picker.folder_button.click()
        dialog.write_button.click()
        wait_done(qtbot, dialog)
        assert dialog.result_ is not None, dialog.message.text()
        dialog.close_button.click()

    officer.expect(ExportDialog, write_down)
    officer.expect(QFileDialog, type_path(down))
    sync_page.export_button.click()
    back = next(down.glob("*.antt"))

    # --- the post reads the answer: its month is approved
    def import_back(dialog: ImportDialog) -> None:
        dialog.choose_button.click()
        wait_done(qtbot, dialog)
        assert dialog.preview is not None, dialog.message.text()
        dialog.import_button.click()
        wait_done(qtbot, dialog)

    officer.expect(ImportDialog, import_back)
    officer.expect(QFileDialog, type_path(back))
    post.window.show_page("sync").import_button.click()
    assert periods.status_of(post.store, "CAX-DD", MONTH) == "approved"
    figures = post.window.show_page("figures")
    figures.month.set_iso(MONTH + "-01")
    assert "đã duyệt" in figures.period.status.text()
    shot("post-sees-approval", post.window)

    # --- the province's summary, saved as PDF and read back
    reports = province.window.show_page("reports")
    reports.select(reports.kind, "summary")
    reports.select(reports.unit, "CAT-LS")
    reports.select(reports.preset, "custom")  # "Dates I choose": the date fields open for typing
    assert reports.date_from.isEnabled() and reports.date_to.isEnabled()
    reports.date_from.set_iso(LAST_MONTH.replace(day=1).isoformat())
    reports.date_to.set_iso(LAST_MONTH.isoformat())
    summary = root / "printed" / "tong-hop.pdf"
    officer.expect(QFileDialog, type_path(summary))
    assert reports.save_report()
    qtbot.waitUntil(summary.exists, timeout=20000)
    if SHOTS:  # the summary on screen too, for the picture
        qtbot.waitUntil(lambda: not reports.busy, timeout=20000)
        assert reports.build_preview()
        qtbot.waitUntil(lambda: reports.preview is not None, timeout=20000)
        shot("province-summary", province.window)
    text = " ".join(pdf_text(summary).split())
    first, last = LAST_MONTH.replace(day=1).strftime("%d/%m/%Y"), LAST_MONTH.strftime("%d/%m/%Y")
    # by hand from what was typed above: one unit; one receipt of 2 guns and 1.5 kg of firecrackers; 5 crimes,
    # of which 2 drug cases
    assert f"kết quả từ ngày {first} đến ngày {last} của 1 đơn vị" in text
    assert "đã vận động, thu hồi 2 khẩu súng các loại và 1,5 kg pháo." in text
    assert "Xảy ra 5 vụ phạm tội" in text and "ma túy 2 vụ" in text
    assert "Số vụ phạm tội xảy ra vụ 5" in text and "Số vụ về ma túy vụ 2" in text
    assert "1 Công an xã Đồng Đăng 2 1,5 Tổng cộng 2 1,5" in text  # the appendix, by unit
    assert officer.errors == [] and not officer.plan
