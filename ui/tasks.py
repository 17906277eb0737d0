"""The one helper for background work (style.md §9): run a callable off the GUI thread, deliver its
result or its failure on the GUI thread, with optional progress and a cancel button.

    task = run_task(work, on_done=show, on_failed=error_dialog, parent=self, label=self.tr("Importing…"))

`work(ctx)` runs on a worker thread. It must never touch a widget, and never use the GUI's store:
`run_store_task(self.ctx, work)` opens a store of its own there (one connection per thread,
style.md §8), logged in as the page's user, and closes it afterwards. `ctx.progress(done, total, text)` reports progress;
`ctx.cancelled` turns true when the user presses Cancel, and `ctx.check()` raises `Cancelled` then.
"""

from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from ui.qt import QObject, QProgressDialog, QThread, Qt, QWidget, Signal

_running: set["Task"] = set()  # keeps each Task (and its thread) alive until it has reported


class Cancelled(Exception):
    """Raised inside work when the user cancelled; delivered as `cancelled`, not as a failure."""


class TaskContext:
    """What the work function sees: progress reporting and the cancel flag. Safe from any thread."""

    def __init__(self, task: "Task") -> None:
        self._task = task
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        self._task.progressed.emit(int(done), int(total), text)


class _Worker(QThread):
    def __init__(self, task: "Task", work: Callable[[TaskContext], Any]) -> None:
        super().__init__()
        self._task, self._work = task, work

    def run(self) -> None:  # worker thread: only emit signals from here
        ctx = self._task.context
        try:
            result = self._work(ctx)
        except Cancelled:
            self._task._finish_signal.emit("cancelled", None)
        except BaseException as exc:  # noqa: BLE001 - every failure is delivered to the GUI thread
            exc.__antt_traceback__ = traceback.format_exc()  # for the log, never for the user
            self._task._finish_signal.emit("failed", exc)
        else:
            if ctx.cancelled:
                self._task._finish_signal.emit("cancelled", None)
            else:
                self._task._finish_signal.emit("done", result)


class Task(QObject):
    """A running piece of work. Signals arrive on the GUI thread (the Task lives there)."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()  # after any of the three above

    _finish_signal = Signal(str, object)

    def __init__(self, work: Callable[[TaskContext], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = TaskContext(self)
        self.outcome: str | None = None  # 'done' | 'failed' | 'cancelled' once finished
        self.result: Any = None
        self.error: BaseException | None = None
        self.kind = ""  # what the caller calls this work ("preview", "apply"), when it needs to tell tasks apart
        self._thread = _Worker(self, work)
        self._finish_signal.connect(self._on_finish, Qt.ConnectionType.QueuedConnection)

    def start(self) -> "Task":
        _running.add(self)
        self._thread.start()
        return self

    def cancel(self) -> None:
        self.context._cancel.set()

    @property
    def is_running(self) -> bool:
        return self.outcome is None

    def wait(self, ms: int = 30000) -> bool:
        """Block until the thread ends (for shutdown; the GUI never waits on a task)."""
        return self._thread.wait(ms)

    def _on_finish(self, outcome: str, payload: object) -> None:
        self._thread.wait()
        self.outcome = outcome
        if outcome == "done":
            self.result = payload
            self.succeeded.emit(payload)
        elif outcome == "failed":
            self.error = payload
            self.failed.emit(payload)
        else:
            self.cancelled.emit()
        self.finished.emit()
        _running.discard(self)


def wait_all(ms: int = 30000) -> bool:
    """At shutdown: cancel every running task and wait for its thread (a QThread must not outlive the app)."""
    tasks = list(_running)
    for task in tasks:
        task.cancel()
    return all(task.wait(ms) for task in tasks)


def run_task(work: Callable[[TaskContext], Any], *, on_done: Callable[[Any], None] | None = None,
             on_failed: Callable[[BaseException], None] | None = None, on_cancelled: Callable[[], None] | None = None,
             parent: QWidget | None = None, label: str | None = None, cancellable: bool = True,
             min_duration_ms: int = 400) -> Task:
    """Start `work(ctx)` on a worker thread; callbacks run on the GUI thread.

    With `label`, a modal progress dialog appears if the work lasts longer than `min_duration_ms`,
    with a Cancel button when `cancellable`.
    """
    task = Task(work)
    if on_done:
        task.succeeded.connect(on_done)
    if on_failed:
        task.failed.connect(on_failed)
    if on_cancelled:
        task.cancelled.connect(on_cancelled)
    if label is not None:
        task.dialog = progress_dialog(task, label, parent, cancellable, min_duration_ms)
    return task.start()


READ_CACHE_KIB = 16384


def _gui_store(gui):
    """The GUI thread's store behind `gui` (a page's AppContext, or the Shell's Store): where the login lives."""
    store = getattr(gui, "store", gui)
    if not (hasattr(store, "session") and hasattr(store, "path") and hasattr(store, "conn")):
        raise TypeError("run_store_task takes the page's context (or the GUI's store), not "
                        f"{type(gui).__name__}: the worker acts as the user logged in there")
    return store


def run_store_task(gui, work: Callable[[Any, TaskContext], Any], *, read_only: bool = False, **kw) -> Task:
    """Like run_task, but `work(store, ctx)` gets a store opened on the worker thread for this task alone.

    `gui` is the page's AppContext (or the GUI thread's Store): the worker opens the same file and acts as the
    user logged in on it at the moment the task starts, so its permission checks and audit entries name them.
    There is no way to start store work as "nobody" on a store with accounts (issue 15): a path is refused.
    `read_only` tasks (totals, previews) get a 16 MiB page cache instead of the bulk writer's 256 MiB, and
    SQLite refuses any write from them.
    """
    gui_store = _gui_store(gui)
    db_path, session = gui_store.path, gui_store.session

    def with_store(ctx: TaskContext):
        from app.store.db import open_store

        store = open_store(db_path, create=False)
        store.session = session
        if read_only:
            store.conn.execute(f"PRAGMA cache_size=-{READ_CACHE_KIB}")
            store.conn.execute("PRAGMA query_only=1")
        try:
            return work(store, ctx)
        finally:
            store.close()

    return run_task(with_store, **kw)


def progress_dialog(task: Task, label: str, parent: QWidget | None, cancellable: bool = True,
                    min_duration_ms: int = 400) -> QProgressDialog:
    """A progress dialog tied to `task`: fills from its progress, Cancel cancels it, closes when it ends."""
    from ui.qt import QCoreApplication

    cancel_text = QCoreApplication.translate("Tasks", "Cancel") if cancellable else ""
    dialog = QProgressDialog(label, cancel_text, 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Tasks", "Please wait"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(min_duration_ms)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)

    alive = [True]

    def on_gone() -> None:  # the window that held the dialog closed: stop the work too
        alive[0] = False
        task.cancel()

    def on_progress(done: int, total: int, text: str) -> None:
        if not alive[0]:
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    def on_finished() -> None:
        if alive[0]:
            alive[0] = False
            dialog.reset()  # stops the timer that would show the dialog after min_duration_ms, even now
            dialog.close()
            dialog.deleteLater()

    task.progressed.connect(on_progress)
    dialog.canceled.connect(task.cancel)
    dialog.destroyed.connect(on_gone)
    task.finished.connect(on_finished)
    return dialog
