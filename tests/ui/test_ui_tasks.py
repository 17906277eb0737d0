"""Background work: results and failures arrive on the GUI thread, progress is shown, Cancel stops the work."""

import threading

from app.domain import setup
from app.store.db import open_store
from ui.qt import QApplication, QPushButton, QThread, QWidget
from ui.tasks import run_store_task, run_task


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = {}

    def work(ctx):
        seen["worker"] = threading.get_ident()
        return 6 * 7

    def done(result):
        seen["result"] = result
        seen["gui"] = QThread.currentThread() is QApplication.instance().thread()

    with qtbot.waitSignal(run_task(work, on_done=done).finished, timeout=5000):
        pass
    assert seen["result"] == 42 and seen["gui"] is True
    assert seen["worker"] != threading.get_ident()


def test_failure_is_delivered_not_raised(qtbot):
    errors = []
    task = run_task(lambda ctx: 1 / 0, on_failed=errors.append)
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=5000)
    assert task.outcome == "failed" and isinstance(errors[0], ZeroDivisionError)
    assert "ZeroDivisionError" in errors[0].__antt_traceback__


def test_progress_and_cancel_button(qtbot):
    from ui.i18n import install_language

    install_language("vi")
    parent = QWidget()
    qtbot.addWidget(parent)
    steps = []

    def work(ctx):
        n = 0
        while True:  # runs until cancelled; waits on the flag, never sleeps blindly
            n += 1
            ctx.progress(n, 1000, f"step {n}")
            ctx._cancel.wait(0.01)
            ctx.check()

    cancelled = []
    task = run_task(work, parent=parent, label="Working", on_cancelled=lambda: cancelled.append(True),
                    min_duration_ms=0)
    task.progressed.connect(lambda done, total, text: steps.append(done))
    qtbot.waitUntil(lambda: len(steps) >= 3, timeout=5000)
    assert task.dialog.maximum() == 1000 and task.dialog.value() >= 1
    cancel_button = task.dialog.findChild(QPushButton)
    assert cancel_button.text() == "Hủy"  # the dialog speaks Vietnamese
    cancel_button.click()
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=5000)
    assert task.outcome == "cancelled" and cancelled == [True]


# The next two use a store without accounts: they are about the worker's own connection and its read-only
# switch, not about who is logged in (test_a_store_task_acts_as_the_user_logged_in_on_the_gui_store is).
def test_store_task_uses_its_own_connection(qtbot, tmp_path):
    path = tmp_path / "s.sqlite"
    gui_store = open_store(path)
    setup.initialise(gui_store, "CAX-A", "Công an xã A", "commune_police", officer="B")

    def work(store, ctx):
        assert store.conn is not gui_store.conn
        return store.home_unit

    task = run_store_task(gui_store, work)
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=5000)
    assert task.outcome == "done" and task.result == "CAX-A"
    gui_store.close()


def test_read_only_store_task_cannot_write(qtbot, tmp_path):
    path = tmp_path / "s.sqlite"
    gui_store = open_store(path)
    setup.initialise(gui_store, "CAX-A", "Công an xã A", "commune_police", officer="B")
    task = run_store_task(gui_store, lambda store, ctx: store.meta_set("officer", "C"), read_only=True)
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=5000)
    assert task.outcome == "failed" and gui_store.author == "B"
    gui_store.close()


def test_a_store_task_acts_as_the_user_logged_in_on_the_gui_store(qtbot, tmp_path):
    """Issue 15: the worker's store carries the GUI's login, taken from the context, not from the caller."""
    from app.security import accounts
    from app.security.permissions import current_role
    from ui.context import AppContext

    gui_store = open_store(tmp_path / "s.sqlite")
    setup.initialise(gui_store, "CAX-A", "Công an xã A", "commune_police", officer="B")
    accounts.create_first_administrator(gui_store, "quantri", "mat-khau-quan-tri-1")
    accounts.login(gui_store, "quantri", "mat-khau-quan-tri-1")
    accounts.add_user(gui_store, "an", "mat-khau-can-bo-1", "officer", "Nguyễn Văn An")
    accounts.login(gui_store, "an", "mat-khau-can-bo-1")
    ctx = AppContext(gui_store)
    task = run_store_task(ctx, lambda store, tctx: (store.session.username, current_role(store)), read_only=True)
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=5000)
    assert task.outcome == "done" and task.result == ("an", "officer")
    gui_store.close()


def test_a_path_is_not_enough_to_start_store_work(tmp_path):
    """A file path carries no login: store work is refused before any thread starts."""
    import pytest

    path = tmp_path / "s.sqlite"
    open_store(path).close()
    for wrong in (path, str(path), None):
        with pytest.raises(TypeError):
            run_store_task(wrong, lambda store, ctx: None)


def test_every_store_job_in_the_gui_is_started_from_the_page_context():
    """Every call of run_store_task / build_report in ui/ passes the page's context or the GUI's store as its
    first argument (where the login lives), never a path: a page cannot start store work as nobody."""
    import ast
    from pathlib import Path

    import ui

    allowed = {"self.ctx", "ctx", "self.store", "gui"}
    calls = []
    for file in Path(ui.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in ("run_store_task", "build_report"):
                    first = ast.unparse(node.args[0]) if node.args else "<none>"
                    calls.append((file.name, node.lineno, first))
    assert len(calls) >= 9, calls  # the pages that start store work today: sync ×4, import ×2, export, keys, ...
    wrong = [c for c in calls if c[2] not in allowed]
    assert wrong == []
