"""Issue 16 item 4 in the GUI: attach by picker and by drag and drop, thumbnails in the receipt form, the
viewer, the receipts' "signed copy" column and filter, and the warning before a month is submitted."""

import datetime as dt
import io

import pytest
from PIL import Image

from app.domain import attachments, periods
from app.domain.surrenders import Line, add_surrender
from ui import attachments_view, dialogs
from ui.context import AppContext

TODAY = dt.date.today()


def photo(path, size=(900, 600), color=(200, 30, 30)):
    Image.new("RGB", size, color).save(path, "JPEG", quality=90)
    return path


def scan(path):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "signed")
    c.showPage()
    c.save()
    return path


@pytest.fixture
def said(monkeypatch):
    out = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, exc: out.append(
        exc if isinstance(exc, str) else dialogs.error_text(exc)))
    return out


@pytest.fixture
def ctx(qapp, store):
    from ui.i18n import install_language

    return AppContext(store, install_language("vi"))


def receipt(store, day=TODAY.isoformat()):
    return add_surrender(store, unit_code="CAX-DD", date=day, lines=[Line("gun.homemade", 1)],
                         person_name="Hoàng Văn Sơn").id


def test_the_receipt_form_attaches_by_picker_and_shows_thumbnails(qtbot, ctx, store, tmp_path, said, monkeypatch):
    from ui.pages.receipt_form import ReceiptForm

    rid = receipt(store)
    form = ReceiptForm(ctx, rid)
    qtbot.addWidget(form)
    panel = form.attachments
    assert panel.count() == 0 and panel.add_button.isEnabled()
    bad = tmp_path / "anh.jpg"
    bad.write_bytes(b"PK\x03\x04 not a photo")
    monkeypatch.setattr(attachments_view, "ask_files",
                        lambda parent, title: [str(photo(tmp_path / "sung.jpg")), str(bad)])
    panel.kind.setCurrentIndex(panel.kind.findData("photo"))
    panel.caption.setText("Khẩu súng kíp")
    panel.pick_files()
    qtbot.waitUntil(lambda: not panel.task.is_running, timeout=20000)
    assert panel.count() == 1
    item = panel.list.item(0)
    assert item.text() == "ảnh\nKhẩu súng kíp"
    assert not item.icon().pixmap(120, 120).isNull()
    assert said == ["Tệp “anh.jpg” có đuôi .jpg nhưng thực ra là tệp nén zip."]
    assert [a["caption"] for a in attachments.list_attachments(store, rid)] == ["Khẩu súng kíp"]


def test_a_new_receipt_cannot_attach_before_it_is_saved(qtbot, ctx):
    from ui.pages.receipt_form import ReceiptForm

    form = ReceiptForm(ctx, None)
    qtbot.addWidget(form)
    assert not form.attachments.add_button.isEnabled() and not form.attachments.acceptDrops()
    assert form.attachments.status.text() != ""


def test_dropping_a_scan_attaches_it_and_the_viewer_shows_it(qtbot, ctx, store, tmp_path, said):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    rid = receipt(store)
    panel = attachments_view.AttachmentsPanel(ctx, rid, "surrender")
    qtbot.addWidget(panel)
    panel.kind.setCurrentIndex(panel.kind.findData("signed"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(scan(tmp_path / "ban-ky.pdf")))])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(event)
    qtbot.waitUntil(lambda: panel.count() == 1, timeout=20000)
    assert said == []
    assert attachments.list_attachments(store, rid)[0]["kind"] == "signed"
    panel.list.setCurrentRow(0)
    viewer = panel.open_selected()
    qtbot.addWidget(viewer)
    assert viewer.document.pageCount() == 1

    photo_id = attachments.add_attachment(store, rid, photo(tmp_path / "a.jpg", (3000, 1500)), "photo")
    panel.reload()
    panel.list.setCurrentRow([panel.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(2)].index(photo_id))
    viewer = panel.open_selected()
    qtbot.addWidget(viewer)
    assert (viewer.pixmap.width(), viewer.pixmap.height()) == (2000, 1000)


def test_the_receipts_list_shows_and_filters_the_signed_copy(qtbot, ctx, store, tmp_path):
    from ui.pages.surrenders import SurrendersPage

    signed_id, other = receipt(store), receipt(store)
    attachments.add_attachment(store, signed_id, scan(tmp_path / "k.pdf"), "signed")
    page = SurrendersPage(ctx)
    qtbot.addWidget(page)
    column = [c.name for c in page.table_model.columns].index("signed")
    shown = {page.table_model.value(r, "id"): page.table_model.index(r, column).data()
             for r in range(page.table_model.rowCount())}
    assert shown == {signed_id: "✓", other: "—"}
    page.signed.setCurrentIndex(page.signed.findData(0))
    assert [page.table_model.value(r, "id") for r in range(page.table_model.rowCount())] == [other]
    page.signed.setCurrentIndex(page.signed.findData(1))
    assert [page.table_model.value(r, "id") for r in range(page.table_model.rowCount())] == [signed_id]


@pytest.mark.role("commander")  # submitting a month is the commander's
def test_submitting_a_month_warns_of_receipts_without_signed_copy(qtbot, ctx, store, tmp_path, monkeypatch):
    from ui.pages.figures import FiguresPage

    month = (TODAY.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    day = f"{month}-10"
    signed_id, unsigned_id = receipt(store, day), receipt(store, day)
    attachments.add_attachment(store, signed_id, scan(tmp_path / "k.pdf"), "signed")
    number = store.query("SELECT number FROM surrenders WHERE id = ?", (unsigned_id,))[0][0]
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: asked.append(text) or False)
    page = FiguresPage(ctx)
    qtbot.addWidget(page)
    page.month.set_iso(month + "-01")
    page.refresh()
    assert not page.period.submit()  # the officer read the warning and said no
    assert asked[0].startswith(f"1 biên bản của tháng này chưa có bản ký: {number} (10/{month[5:]}/{month[:4]}).")
    assert periods.status_of(store, "CAX-DD", month) == periods.OPEN
    # the signed copy may still come after submission: attaching is not locked by the month
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: True)
    assert page.period.submit()
    attachments.add_attachment(store, unsigned_id, scan(tmp_path / "k2.pdf"), "signed")
    assert attachments.unsigned_in_month(store, "CAX-DD", month) == []


@pytest.mark.role("commander")
def test_the_signed_monthly_form_attaches_to_the_submitted_month(qtbot, ctx, store, tmp_path, monkeypatch):
    from ui.pages.figures import FiguresPage

    month = (TODAY.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m")
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: True)
    page = FiguresPage(ctx)
    qtbot.addWidget(page)
    page.month.set_iso(month + "-01")
    page.refresh()
    assert not page.period.signed_form_button.isVisibleTo(page)  # no month record before it is submitted
    assert page.period.submit()
    page.refresh()
    assert page.period.signed_form_button.isVisibleTo(page)
    dialog = page.period.show_signed_form()
    qtbot.addWidget(dialog)
    assert dialog.panel.kind.currentData() == "signed"
    dialog.panel.add_paths([str(scan(tmp_path / "bao-cao-thang-ky.pdf"))])
    qtbot.waitUntil(lambda: dialog.panel.count() == 1, timeout=20000)
    assert [a["kind"] for a in attachments.list_attachments(store, periods.period_doc_id("CAX-DD", month))] == ["signed"]
