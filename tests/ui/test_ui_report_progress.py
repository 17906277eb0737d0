"""Issue 17 item 2: the long registers (models, ratings) and the plan's progress report are built in the
background with progress page by page, and Cancel stops them between pages leaving no file, as the Báo cáo
page runs them (ui/report_jobs.build_report on a worker with a store of its own)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from app.domain import place_ratings, plans, setup, units
from app.domain.community_models import add_model
from app.store.db import open_store
from ui.qt import Qt
from ui.report_jobs import ReportRequest, build_report

COMMUNES = [f"X{i:02d}" for i in range(30)]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("progress") / "antt.sqlite"
    s = open_store(path)
    setup.initialise(s, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", place="Lạng Sơn",
                     officer="Đại tá Nguyễn Văn An")
    crit = place_ratings.criteria()
    with s.transaction():
        for n, code in enumerate(COMMUNES):
            units.add_unit(s, code, f"Công an xã Đồng Đăng số {n}", "commune_police", "CAT-LS", place="Lạng Sơn")
            for k in range(6):
                add_model(s, unit_code=code, name=f"Tổ tự quản an ninh trật tự thôn Nà Pàn {n}-{k}",
                          type="border_line_group", established="2024-05-01", place=f"Thôn {k}")
                place_ratings.rate_place(s, code, 2025, "residential_area", f"Thôn {n}-{k}",
                                         {c["code"]: c["max"] * 0.8 for c in crit}, True, "12/QĐ-UBND", "2025-12-15")
        pid = plans.add_plan(s, "CAT-LS", "111/KH-CAT", "2025-07-04", "Xây dựng nền biên phòng toàn dân")
        for t in range(8):
            plans.add_task(s, pid, f"Nhiệm vụ số {t + 1}", "2025-09-28", COMMUNES)
    s.close()
    return path, pid


@pytest.fixture
def store(store_path):
    s = open_store(store_path[0])
    yield s
    s.close()


def _request(kind: str, plan_id: str) -> ReportRequest:
    return {"models": ReportRequest("models", unit="CAT-LS"), "ratings": ReportRequest("ratings", year=2025),
            "plan": ReportRequest("plan", plan_id=plan_id)}[kind]


@pytest.mark.parametrize("kind", ["models", "ratings", "plan"])
def test_a_long_report_shows_each_page_and_stops_at_cancel(qtbot, store, store_path, tmp_path, kind):
    request = _request(kind, store_path[1])
    whole, pages = tmp_path / "whole.pdf", []
    task = build_report(store, request, whole, "vi", page_text="trang %1")
    # on the worker, as it happens (a queued slot could run after the build has ended)
    task.progressed.connect(lambda done, _total, text: pages.append((done, text)), Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=60000)
    assert task.outcome == "done", task.error
    n = len(PdfReader(str(whole)).pages)
    assert n >= 4
    assert pages == [(p, f"trang {p}") for p in range(1, n + 1)]

    cut, seen = tmp_path / "cut.pdf", []

    def cancel_at_two(done, _total, _text):
        seen.append(done)
        if done == 2:
            task2.cancel()  # the user presses Cancel while page 2 is shown

    task2 = build_report(store, request, cut, "vi")
    task2.progressed.connect(cancel_at_two, Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: task2.outcome is not None, timeout=60000)
    assert task2.outcome == "cancelled"
    assert seen == [1, 2]  # reportlab stopped before finishing page 3
    assert not cut.exists() and list(tmp_path.iterdir()) == [whole]
