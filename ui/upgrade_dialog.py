"""The upgrade of an older store behind a modal progress dialog (ui/upgrade.py decides when): the work on a
ui/tasks worker, each phase's sentence from the core (app/store/migrations.Stage), Cancel only during the backup.
Loaded only when a store needs upgrading: the first window of an ordinary start does not pay for it."""

from __future__ import annotations

from pathlib import Path

from ui.qt import QCoreApplication, QLabel, QObject, QProgressDialog, Qt, Signal


class _Relay(QObject):
    """Stages from the worker thread to the dialog on the GUI thread (a queued signal)."""

    staged = Signal(object)


class UpgradeDialog(QProgressDialog):
    def __init__(self) -> None:
        from app.i18n import t

        super().__init__()
        self.setWindowTitle(t("migration_title"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)  # a busy bar until a phase says how far it is
        label = QLabel()
        label.setWordWrap(True)  # the sentence names the backup's path: wrapped, not a dialog wider than the screen
        self.setLabel(label)
        self.setFixedWidth(640)
        self.setCancelButtonText(QCoreApplication.translate("Tasks", "Cancel"))
        self.cancellable = True
        self._showing, self._newest = False, None

    def show_stage(self, stage) -> None:
        """Show the newest stage. A modal QProgressDialog's setValue() runs the event loop, which may deliver
        the next stages from inside this one: they are shown in turn from here, the newest last, never nested."""
        self._newest = stage
        if self._showing:
            return
        self._showing = True
        try:
            while self._newest is not None:
                stage, self._newest = self._newest, None
                self.display(stage)
        finally:
            self._showing = False

    def display(self, stage) -> None:
        """One phase's sentence and how far it is; the Cancel button goes once the backup is taken."""
        if stage.phase != "backup" and self.cancellable:
            self.cancellable = False
            self.setCancelButton(None)
        self.setLabelText(stage.message())
        self.setMaximum(max(stage.total, 0))
        self.setValue(min(stage.done, stage.total) if stage.total else 0)

    def reject(self) -> None:  # Escape: the same as Cancel, and only while it is offered
        if self.cancellable:
            super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self.cancellable:
            super().closeEvent(event)
        else:
            event.ignore()


def upgrade_with_dialog(path: Path, lang: str | None) -> bool:
    from app.store.db import open_store
    from ui.dialogs import show_error
    from ui.i18n import install_language
    from ui.qt import QEventLoop
    from ui.tasks import run_task

    install_language(lang)
    dialog, relay = UpgradeDialog(), _Relay()
    relay.staged.connect(dialog.show_stage)

    def work(ctx):
        def report(stage) -> None:
            if stage.phase == "backup":
                ctx.check()  # a Cancel stops the copy; the store is untouched
            relay.staged.emit(stage)

        open_store(path, progress=report).close()

    loop = QEventLoop()
    task = run_task(work)
    dialog.canceled.connect(task.cancel)
    task.finished.connect(loop.quit)
    dialog.show()
    loop.exec()
    dialog.cancellable = True  # let it close now
    dialog.close()
    dialog.deleteLater()
    if task.outcome == "failed":
        show_error(None, task.error)
    return task.outcome == "done"
