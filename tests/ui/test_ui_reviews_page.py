"""The Xếp loại, kế hoạch page, offscreen: score a place through the form (total and class as typed), set
the province's thresholds, add a plan and a task, report progress, add a review; each checked in the store."""

import pytest

from app.domain import place_ratings as pr
from app.domain.units import add_unit
from app.store.db import open_store
from ui import dialogs
from ui.app import Shell, create_application

from .conftest import add_accounts, first_run, sign_in


@pytest.fixture
def store(tmp_path, qapp):
    """A province's store from the real first-run dialog (accounts on); its administrator adds a commune, then
    the province's commander signs in through the login dialog (plans, thresholds and scores are theirs)."""
    s = open_store(tmp_path / "antt.sqlite")
    first_run(s, dict(unit_code="CAT-LS", unit_name="Công an tỉnh Lạng Sơn", kind="provincial_police",
                      place="Lạng Sơn", officer="Nguyễn Văn An"))
    add_accounts(s, {"commander": "Nguyễn Văn An"})
    add_unit(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS")
    sign_in(s, "commander")
    yield s
    s.close()


@pytest.fixture
def page(qtbot, store):
    create_application()
    shell = Shell(store, "vi")
    qtbot.addWidget(shell.window)
    return shell.window.show_page("reviews")


def fill_with(filler):
    def run(form):
        filler(form)
        form.accept()
        return form.result() == form.DialogCode.Accepted

    return run


def test_score_a_place_shows_total_and_class_as_typed_then_saves(page, store, monkeypatch):
    ratings = page.ratings
    ratings.year.setValue(2025)
    seen = {}

    def filler(form):
        form.year.setValue(2025)
        form.unit.setCurrentIndex(form.unit.findData("CAX-DD"))
        form.place_kind.setCurrentIndex(form.place_kind.findData("residential_area"))
        form.place_name.setText("Thôn Nà Pàn")
        for code, value in zip(form.scores, ("18", "13,5", "17", "16", "12", "8")):
            form.scores[code].setText(value)
        seen["total"] = form.total.text()
        form.recognised.setChecked(True)
        form.decision_no.setText("125/QĐ-UBND")
        form.decision_date.set_iso("2025-12-20")

    monkeypatch.setattr(dialogs, "run_dialog", fill_with(filler))
    ratings.score_place()
    assert "84,5" in seen["total"] and "Khá" in seen["total"]  # 75 <= 84.5 < 90 by the shipped thresholds
    row = store.conn.execute("SELECT unit_code, year, place_kind, place_name, total, recognised, decision_no"
                             " FROM place_ratings").fetchone()
    assert tuple(row) == ("CAX-DD", 2025, "residential_area", "Thôn Nà Pàn", 84.5, 1, "125/QĐ-UBND")
    assert ratings.table.rowCount() == 1 and ratings.table.item(0, 4).text() == "Khá"
    assert ratings.overview.item(1, ratings.overview.columnCount() - 1).text() == "1"  # one "Khá" in 2025


def test_a_score_over_its_maximum_is_flagged_and_nothing_is_saved(page, store, monkeypatch):
    form_seen = {}

    def filler(form):
        form.place_name.setText("Trường THCS Đồng Đăng")
        form.place_kind.setCurrentIndex(form.place_kind.findData("school"))
        first = next(iter(form.scores))
        form.scores[first].setText("25")  # the first criterion counts 20 at most
        form_seen["total"] = form.total.text()
        form_seen["style"] = form.scores[first].styleSheet()
        form_seen["form"] = form

    monkeypatch.setattr(dialogs, "run_dialog", fill_with(filler))
    assert page.ratings.score_place() is None
    assert "—" in form_seen["total"] and form_seen["style"]
    assert form_seen["form"].message.text()  # the core's sentence stays in the form
    assert store.conn.execute("SELECT count(*) FROM place_ratings").fetchone()[0] == 0


def test_province_sets_thresholds_and_the_class_follows(page, store, monkeypatch):
    pr.rate_place(store, "CAX-DD", 2025, "commune", "Xã Đồng Đăng", {"leadership": 20, "propaganda": 15,
                                                                      "models": 20, "crime_prevention": 15})
    page.ratings.year.setValue(2025)
    page.refresh()
    assert page.ratings.table.item(0, 4).text() == "Trung bình"  # 70: average under the shipped 90/75/50

    def filler(form):
        form.year.setValue(2025)
        form.excellent.setText("85")
        form.good.setText("65")
        form.average.setText("45")

    monkeypatch.setattr(dialogs, "run_dialog", fill_with(filler))
    page.ratings.edit_thresholds()
    assert pr.thresholds_for(store, "CAX-DD", 2025) == {"excellent": 85, "good": 65, "average": 45}
    assert page.ratings.table.item(0, 4).text() == "Khá"  # 70: good under the province's 85/65/45


def test_add_a_plan_and_a_task_then_report_progress_and_review(page, store, monkeypatch):
    panel = page.plans
    page.tabs.setCurrentWidget(panel)

    def plan(form):
        form.number.setText("111/KH-CAT")
        form.date.set_iso("2025-07-04")
        form.title.setText("Xây dựng nền biên phòng toàn dân")

    monkeypatch.setattr(dialogs, "run_dialog", fill_with(plan))
    plan_id = panel.new_plan()
    assert tuple(store.conn.execute("SELECT number, date, title FROM plans").fetchone()) == (
        "111/KH-CAT", "2025-07-04", "Xây dựng nền biên phòng toàn dân")
    assert panel.plan_id == plan_id

    def task(form):
        form.title.setText("Rà soát mốc quốc giới")
        form.deadline.set_iso("2025-09-30")
        form.tick("CAT-LS", "CAX-DD")

    monkeypatch.setattr(dialogs, "run_dialog", fill_with(task))
    task_id = panel.new_task()
    units = [r[0] for r in store.conn.execute("SELECT unit_code FROM plan_task_units WHERE task_id = ?"
                                              " ORDER BY unit_code", (task_id,))]
    assert units == ["CAT-LS", "CAX-DD"] and panel.task_table.rowCount() == 2
    # past its deadline and not done: both rows are overdue, shown in red
    assert all("quá hạn" in panel.task_table.item(r, 3).text() for r in range(2))

    other = [n for n, a in enumerate(panel.assignments) if a["unit_code"] == "CAX-DD"][0]
    panel.task_table.selectRow(other)
    assert not panel.progress_button.isEnabled()  # a commune reports its own progress
    home = [n for n, a in enumerate(panel.assignments) if a["unit_code"] == "CAT-LS"][0]
    panel.task_table.selectRow(home)
    assert panel.progress_button.isEnabled()

    def progress(form):
        form.status.setCurrentIndex(form.status.findData("done"))
        form.date.set_iso("2025-09-15")
        form.note.setText("Đã kiểm tra 12 mốc")
        form.evidence.setText("mốc = 12; km đường biên = 6,5")

    monkeypatch.setattr(dialogs, "run_dialog", fill_with(progress))
    assert panel.report_progress()
    row = store.conn.execute("SELECT unit_code, status, date, note, evidence FROM task_progress").fetchone()
    assert tuple(row)[:4] == ("CAT-LS", "done", "2025-09-15", "Đã kiểm tra 12 mốc")
    assert __import__("orjson").loads(row[4]) == {"mốc": 12, "km đường biên": 6.5}

    def review(form):
        form.kind.setCurrentIndex(form.kind.findData("interim"))
        form.date.set_iso("2025-10-01")
        form.findings.setPlainText("Hoàn thành đúng tiến độ ở tỉnh; xã chậm.")

    monkeypatch.setattr(dialogs, "run_dialog", fill_with(review))
    panel.add_review()
    assert store.conn.execute("SELECT kind, findings FROM plan_reviews").fetchone()[0] == "interim"
    assert "Sơ kết" in panel.reviews.text()


def test_bad_evidence_is_one_sentence_and_saves_nothing(page, store, monkeypatch):
    from app.domain import plans

    plan_id = plans.add_plan(store, "CAT-LS", "5/KH", "2025-01-02", "Kế hoạch kiểm tra")
    plans.add_task(store, plan_id, "Báo cáo quý", "2030-01-01", ["CAT-LS"])
    page.refresh()
    page.plans.task_table.selectRow(0)
    seen = {}

    def progress(form):
        form.evidence.setText("mười hai mốc")
        seen["form"] = form

    monkeypatch.setattr(dialogs, "run_dialog", fill_with(progress))
    assert page.plans.report_progress() is None
    assert "mười hai mốc" in seen["form"].message.text()
    assert store.conn.execute("SELECT count(*) FROM task_progress").fetchone()[0] == 0


def test_the_receipt_item_list_shows_the_unit_of_count(qtbot, store):
    from ui.context import AppContext
    from ui.pages.receipt_form import ReceiptForm

    create_application()
    form = ReceiptForm(AppContext(store, "vi"))
    qtbot.addWidget(form)
    combo = form.lines[0].item
    texts = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert texts["firecracker.pcs"] == "Pháo nổ (quả)" or texts["firecracker.pcs"].endswith("(quả)")
    assert texts["firecracker.kg"].endswith("(kg)")
    assert texts["firecracker.pcs"] != texts["firecracker.kg"]
