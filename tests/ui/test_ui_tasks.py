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


def test_store_task_uses_its_own_connection(qtbot, tmp_path):
    path = tmp_path / "s.sqlite"
    gui_store = open_store(path)
    setup.initialise(gui_store, "CAX-A", "Công an xã A", "commune_police", officer="B")

    def work(store, ctx):
        assert store.conn is not gui_store.conn
        return store.home_unit

    task = run_store_task(path, work)
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=5000)
    assert task.outcome == "done" and task.result == "CAX-A"
    gui_store.close()


def test_read_only_store_task_cannot_write(qtbot, tmp_path):
    path = tmp_path / "s.sqlite"
    gui_store = open_store(path)
    setup.initialise(gui_store, "CAX-A", "Công an xã A", "commune_police", officer="B")
    task = run_store_task(path, lambda store, ctx: store.meta_set("officer", "C"), read_only=True)
    qtbot.waitUntil(lambda: task.outcome is not None, timeout=5000)
    assert task.outcome == "failed" and gui_store.author == "B"
    gui_store.close()
