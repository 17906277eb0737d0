"""An officer's day through the GUI (issue 3 §11), offscreen: each step checked in what the store holds."""

import pytest

from app.domain import surrenders as sr
from ui import dialogs
from ui.qt import QCoreApplication, QDialogButtonBox, QSettings, Qt


def fill_with(filler):
    """Replace the modal exec of a form by `filler(form)`, then press its Save like a user would."""

    def run(form):
        filler(form)
        form.accept()
        return form.result() == form.DialogCode.Accepted

    return run


def counts(store):
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("versions", "models", "activities", "surrenders", "surrender_items", "monthly_figures")}


def new_model(shell, monkeypatch, name="Tổ tự quản đường biên bản Nà Pàn"):
    page = shell.window.show_page("models")

    def filler(form):
        form.name.setText(name)
        form.type.setCurrentIndex(form.type.findData("border_line_group"))
        form.place.setText("Nà Pàn")
        form.established.set_iso("2024-05-10")
        form.households.setText("48")
        form.border_km.setText("6,5")  # typed the Vietnamese way
        form.markers.setText("3")

    monkeypatch.setattr(dialogs, "run_dialog", fill_with(filler))
    return page, page.new_model()


def test_navigation_lists_the_pages_in_vietnamese(shell):
    texts = [shell.window.sidebar.item(i).text() for i in range(shell.window.sidebar.count())]
    assert texts == ["Tổng quan", "Mô hình", "Hoạt động", "Giao nộp", "Số liệu tháng", "Báo cáo", "Đồng bộ",
                     "Xếp loại, kế hoạch", "Danh mục", "Cài đặt"]


def test_create_a_model_then_add_activities(shell, store, monkeypatch, qtbot):
    page, model = new_model(shell, monkeypatch)
    row = store.conn.execute("SELECT name, type, households, border_km, markers, status FROM models").fetchone()
    assert tuple(row) == ("Tổ tự quản đường biên bản Nà Pàn", "border_line_group", 48, 6.5, 3, "active")
    assert page.table_model.rowCount() == 1 and page.selected_id() == model.id

    log = page.log
    assert log.model_id == model.id
    log.date.set_iso("2025-03-02")
    log.kind.setCurrentIndex(log.kind.findData("landmark_inspection"))
    log.participants.setText("14")
    qtbot.keyClick(log.participants, Qt.Key.Key_Return)  # Enter adds: a few keystrokes
    acts = store.conn.execute("SELECT model_id, date, kind, participants FROM activities").fetchall()
    assert [tuple(a) for a in acts] == [(model.id, "2025-03-02", "landmark_inspection", 14)]
    assert log.table.rowCount() == 1 and log.table.item(0, 0).text() == "02/03/2025"

    before = counts(store)
    log.date.set_iso("2020-01-01")  # before the model was established
    log.add()
    assert "không được trước" in log.message.text() and "Traceback" not in log.message.text()
    assert counts(store) == before


def test_edit_end_and_recognise_a_model(shell, store, monkeypatch):
    page, model = new_model(shell, monkeypatch)
    monkeypatch.setattr(dialogs, "run_dialog", fill_with(lambda f: f.leader.setText("Hoàng Văn Pù")))
    page.edit_model()
    assert store.conn.execute("SELECT leader FROM models").fetchone()[0] == "Hoàng Văn Pù"

    def recognise(f):
        f.level.setCurrentIndex(f.level.findData("province"))
        f.decision.setText("123/QĐ-UBND")
        f.date.set_iso("2025-01-15")

    monkeypatch.setattr(dialogs, "run_dialog", fill_with(recognise))
    page.recognise()
    assert store.conn.execute("SELECT recognition FROM models").fetchone()[0] == "province"

    before = counts(store)
    monkeypatch.setattr(dialogs, "run_dialog", fill_with(lambda f: f.reason.setText("")))
    page.end_model()  # no reason: refused in the dialog, nothing written
    assert counts(store) == before
    monkeypatch.setattr(dialogs, "run_dialog", fill_with(lambda f: (f.date.set_iso("2025-06-01"),
                                                                    f.reason.setText("Sáp nhập thôn"))))
    page.end_model()
    assert tuple(store.conn.execute("SELECT status, ended_on FROM models").fetchone()) == ("ended", "2025-06-01")


def test_model_filters_and_search(shell, store, monkeypatch):
    page, _ = new_model(shell, monkeypatch)
    new_model(shell, monkeypatch, name="Camera an ninh thôn Trung")
    assert page.table_model.rowCount() == 2
    page.search.setText("camera")
    assert page.table_model.rowCount() == 1 and page.table_model.value(0, "name") == "Camera an ninh thôn Trung"
    page.search.clear()
    page.status_filter.setCurrentIndex(page.status_filter.findData("ended"))
    assert page.table_model.rowCount() == 0


def receipt_lines(form, lines):
    form.person_name.setText("Hoàng Văn Sơn")
    form.birth_year.setText("1968")
    first = True
    for code, qty in lines:
        row = form.lines[0] if first else form.add_line()
        first = False
        row.item.setCurrentIndex(row.item.findData(code))
        row.quantity.setText(qty)


def test_record_a_receipt_with_three_lines_one_in_kg(shell, store, monkeypatch):
    page = shell.window.show_page("surrenders")
    monkeypatch.setattr(dialogs, "run_dialog", fill_with(lambda f: receipt_lines(
        f, [("gun.homemade", "2"), ("firecracker.kg", "1,5"), ("ammo.rounds", "30")])))
    receipt = page.new_receipt()
    lines = store.conn.execute("SELECT item_code, quantity, unit FROM surrender_items ORDER BY line_no").fetchall()
    assert [tuple(l) for l in lines] == [("gun.homemade", 2, "khẩu"), ("firecracker.kg", 1.5, "kg"),
                                         ("ammo.rounds", 30, "viên")]
    stored = sr.get_surrender(store, receipt.id)
    assert stored.data["person_name"] == "Hoàng Văn Sơn" and stored.person.birth_year == 1968
    assert stored.data["received_by"] == "Nguyễn Văn An" and stored.data["number"] == 1
    assert page.table_model.rowCount() == 1
    # the list shows each item with its quantity in its own unit of count, items apart by semicolons
    column = [c.name for c in page.table_model.columns].index("items")
    shown = page.table_model.data(page.table_model.index(0, column))
    assert shown == "2 khẩu súng tự chế, súng kíp; 1,5 kg pháo nổ; 30 viên đạn"
    # its lines counted as the store holds them (read with the items, not by a query of their own)
    n_lines = store.conn.execute("SELECT count(*) FROM surrender_items WHERE surrender_id = ?", (receipt.id,)).fetchone()[0]
    column = [c.name for c in page.table_model.columns].index("lines")
    assert page.table_model.data(page.table_model.index(0, column)) == str(n_lines) == "3"
    # the unit by its name, second (a province lists many units' receipts, each numbered in its unit);
    # newest first
    names = [c.name for c in page.table_model.columns]
    assert names[:3] == ["number", "unit_code", "date"]
    assert page.table_model.data(page.table_model.index(0, 1)) == "Công an xã Đồng Đăng"
    header = page.view.horizontalHeader()
    assert header.sortIndicatorSection() == 2 and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_a_bad_quantity_is_flagged_as_typed_and_nothing_is_saved(shell, store, monkeypatch):
    page = shell.window.show_page("surrenders")
    from ui.pages.receipt_form import ReceiptForm

    form = ReceiptForm(shell.ctx, None, page)
    receipt_lines(form, [("gun.air", "1,5")])  # half a gun
    save = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert form.message.text() == "Số lượng của “súng hơi, súng nén khí” phải là số nguyên (khẩu), đã nhập 1.5."
    assert form.lines[0].unit.text() == "khẩu"
    before = counts(store)
    form.accept()
    assert counts(store) == before and form.result() != form.DialogCode.Accepted
    form.lines[0].quantity.setText("abc")
    assert "phải là một số" in form.message.text()
    form.lines[0].quantity.setText("1")
    assert save.isEnabled() and form.message.text() == ""


def test_edit_a_receipt_keeps_its_number(shell, store, monkeypatch):
    page = shell.window.show_page("surrenders")
    monkeypatch.setattr(dialogs, "run_dialog", fill_with(lambda f: receipt_lines(
        f, [("gun.homemade", "2"), ("firecracker.kg", "1,5"), ("ammo.rounds", "30")])))
    receipt = page.new_receipt()
    page.view.selectRow(0)

    def edit(form):
        assert [r.quantity.text() for r in form.lines] == ["2", "1,5", "30"]
        form.lines[1].quantity.setText("2,25")
        form.remove_line(form.lines[2])

    monkeypatch.setattr(dialogs, "run_dialog", fill_with(edit))
    page.edit_receipt()
    stored = sr.get_surrender(store, receipt.id)
    assert [(l["item_code"], l["quantity"]) for l in stored.data["lines"]] == [("gun.homemade", 2),
                                                                              ("firecracker.kg", 2.25)]
    assert stored.data["number"] == 1


def test_delete_asks_first(shell, store, monkeypatch):
    page = shell.window.show_page("surrenders")
    monkeypatch.setattr(dialogs, "run_dialog", fill_with(lambda f: receipt_lines(f, [("support_tool", "3")])))
    page.new_receipt()
    page.view.selectRow(0)
    asked = []
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: asked.append(text) or False)
    assert page.delete_receipt() is False and counts(store)["surrenders"] == 1
    assert "Xóa biên bản số 1" in asked[0]
    monkeypatch.setattr(dialogs, "confirm", lambda parent, text: True)
    assert page.delete_receipt() is True and counts(store)["surrenders"] == 0


def test_receipt_totals_are_per_unit_of_count(shell, store, monkeypatch, qtbot):
    page = shell.window.show_page("surrenders")
    monkeypatch.setattr(dialogs, "run_dialog", fill_with(lambda f: receipt_lines(
        f, [("firecracker.pcs", "120"), ("firecracker.kg", "8,1")])))
    page.new_receipt()
    qtbot.waitUntil(lambda: "Pháo: 120 quả, 8,1 kg" in page.totals_label.text(), timeout=5000)


def test_monthly_figures_beside_the_records(shell, store, monkeypatch):
    new_model(shell, monkeypatch)
    page = shell.window.show_page("figures")
    page.month.set_iso("2025-03-01")
    computed = page.grid.item(page.row_of("movement.models_active"), 4).text()
    assert computed == "1"
    page.set_entered("crime.cases_occurred", "5")
    page.set_entered("crime.cases_cleared", "4")
    assert page.save()
    from app.domain.figures import get_figures

    assert get_figures(store, "CAX-DD", "2025-03") == {"crime.cases_occurred": 5, "crime.cases_cleared": 4}
    before = counts(store)
    page.set_entered("crime.suspects_arrested", "-2")
    assert not page.save()
    assert "không được âm" in page.message.text() and counts(store) == before


def test_an_empty_dashboard_says_where_to_start(shell, qtbot):
    page = shell.window.show_page("dashboard")
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading)
    assert not any(page.items_chart.totals()) and not page.models_chart.labels
    assert page.items_chart.empty_text.startswith("Chưa có biên bản nào: vào Giao nộp → Lập biên bản (Ctrl+N)")
    assert page.models_chart.empty_text.startswith("Chưa có mô hình nào: vào Mô hình → Thêm mô hình")
    page.items_chart.grab()  # paints the sentence without error


def test_dashboard_draws_its_charts(shell, store, monkeypatch, qtbot):
    new_model(shell, monkeypatch)
    page = shell.window.show_page("dashboard")
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading)
    assert page.cards["models_active"].value.text() == "1"
    assert page.models_chart.labels == ["Tổ tự quản đường biên, mốc quốc giới"]
    assert page.models_chart.totals() == [1]
    assert len(page.items_chart.labels) == 12


def test_switch_language_rebuilds_the_window_and_remembers(shell, store, qtbot):
    settings = shell.window.show_page("settings")
    settings.language.setCurrentIndex(settings.language.findData("en"))
    window = shell.window
    qtbot.addWidget(window)
    assert window.sidebar.item(0).text() == "Overview" and window.current_key == "settings"
    assert store.meta_get("lang") == "en" and QSettings().value("ui/lang") == "en"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    models = window.show_page("models")
    assert models.table_model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    window.page("settings").language.setCurrentIndex(0)
    qtbot.addWidget(shell.window)
    assert shell.window.sidebar.item(0).text() == "Tổng quan"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"


def test_window_remembers_size_and_last_page_and_has_shortcuts(shell, qtbot):
    window = shell.window
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "activities"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # the tenth page
    assert window.current_key == "settings"
    window.show_page("surrenders")
    window.resize(1111, 777)
    closed_size = (window.width(), window.height())
    window.close()
    from ui.main_window import MainWindow

    again = MainWindow(shell.ctx)
    qtbot.addWidget(again)
    assert again.current_key == "surrenders" and (again.width(), again.height()) == closed_size
    assert closed_size == (1111, 777)


def test_errors_are_one_sentence_never_a_traceback(qapp, monkeypatch):
    from ui.i18n import install_language

    install_language("vi")
    shown = []
    monkeypatch.setattr("ui.dialogs.QMessageBox.warning", lambda parent, title, text: shown.append(text))
    try:
        {}["missing"]
    except KeyError as exc:
        dialogs.show_error(None, exc)
    assert shown == ["Đã có lỗi nên thao tác chưa thực hiện được; dữ liệu không thay đổi."]


def test_the_first_window_fits_a_small_laptop_screen():
    from ui.main_window import DEFAULT_SIZE, first_size
    from ui.qt import QSize

    assert first_size(QSize(1366, 728)) == QSize(1280, 688)  # 1366×768 less a taskbar: the status bar stays on screen
    assert first_size(QSize(1920, 1040)) == DEFAULT_SIZE
    assert first_size(None) == DEFAULT_SIZE


@pytest.fixture
def list_reads(monkeypatch) -> list:
    """The filters of every list read a pager makes (its first page or any later one), in order."""
    from app.store.paging import KeysetPager

    reads: list = []
    page_of, first_of = KeysetPager.page, KeysetPager.first_page
    monkeypatch.setattr(KeysetPager, "page", lambda self, start, size: reads.append(self.filters) or
                        page_of(self, start, size))
    monkeypatch.setattr(KeysetPager, "first_page", lambda self, size, probe: reads.append(self.filters) or
                        first_of(self, size, probe))
    return reads


def test_opening_the_receipts_page_reads_only_its_list_and_reads_it_once(shell, store, list_reads):
    """The page's pager has its filters from the start: the view's first read is the list shown (not every receipt
    of the store), and the first show does not read it again (built_just_now), nor once more for the
    reporting-month rule."""
    page = shell.window.show_page("surrenders")
    filters = page.table_model.pager.filters
    assert any(f.column == "date" for f in filters)
    assert list_reads == [filters]


@pytest.mark.parametrize("key", ["models", "activities"])
def test_opening_the_models_and_activities_pages_reads_their_list_once(shell, store, list_reads, key):
    """Built, then shown for the first time on the same records: the list is read once, with the filters it shows."""
    page = shell.window.show_page(key)
    assert page.isVisible() and list_reads == [page.table_model.pager.filters]


def test_the_category_filter_keeps_the_receipts_with_a_line_of_that_category(shell, store, monkeypatch):
    page = shell.window.show_page("surrenders")
    for lines in ([("gun.homemade", "2"), ("firecracker.kg", "1,5")], [("firecracker.pcs", "40")],
                  [("ammo.rounds", "30")]):
        monkeypatch.setattr(dialogs, "run_dialog", fill_with(lambda f, lines=lines: receipt_lines(f, lines)))
        page.new_receipt()
    for category in ("firecracker", "gun", "ordnance"):
        page.category.setCurrentIndex(page.category.findData(category))
        shown = {page.table_model.value(r, "id") for r in range(page.table_model.rowCount())}
        by_sql = {r[0] for r in store.conn.execute(
            "SELECT DISTINCT surrender_id FROM surrender_items WHERE category = ?", (category,))}
        assert shown == by_sql and len(shown) == {"firecracker": 2, "gun": 1, "ordnance": 0}[category]
