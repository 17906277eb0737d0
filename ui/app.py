"""Starting the desktop app: `run_gui(db_path, lang)` is what `antt` (no command) calls.

Opens the store (creating it), runs the first-run setup when the store has no home unit yet (it creates
the administrator account too), otherwise logs a user in (ui/login.py), installs the language and the UI
font, shows the main window on its last page, then takes the day's automatic backup on a worker. A
language switch rebuilds the window in the new language at the same page; signing out closes it, asks
for a login again and opens it as the new user.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from app.errors import AnttError
from ui.qt import QApplication, QCoreApplication, QSettings

ORGANISATION = "ANTT"
APPLICATION = "ANTT Logbook"
SETTINGS_LANG = "ui/lang"

log = logging.getLogger("antt.ui")


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, with the names QSettings uses and the shipped UI font."""
    from ui.i18n import load_ui_font

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    load_ui_font()
    return app


def choose_language(explicit: str | None, store) -> str:
    """--lang, else what the store was set up with, else the last one used here, else Vietnamese."""
    from ui.i18n import DEFAULT_LANGUAGE

    return explicit or (store.meta_get("lang") if store else None) or QSettings().value(SETTINGS_LANG) \
        or DEFAULT_LANGUAGE


class Shell:
    """Owns the store, the context and the current main window; rebuilds the window on a language switch."""

    def __init__(self, store, lang: str) -> None:
        from ui.context import AppContext
        from ui.i18n import install_language

        self.store = store
        self.ctx = AppContext(store, install_language(lang))
        self.window = None
        self.backup_task = None  # the day's backup, started once the first window painted
        self._backup_wanted = False
        self.ctx.loginRequested.connect(self.sign_out)
        self.open_window()

    def open_window(self, page: str | None = None):
        from ui.main_window import MainWindow

        old = self.window
        geometry = old.saveGeometry() if old else None
        self.window = MainWindow(self.ctx)
        if self._backup_wanted:  # a window rebuilt before the first one painted still starts the backup
            self.window.firstPainted.connect(self._backup_once)
        self.window.languageSwitchRequested.connect(self.switch_language)
        self.window.signOutRequested.connect(self.sign_out)
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        if page:
            self.window.show_page(page)
        self.window.show()
        if old:
            old.save_state()
            old.hide()
            old.deleteLater()
        return self.window

    def switch_language(self, lang: str) -> None:
        from ui.i18n import install_language

        page = self.window.current_key if self.window else None
        if self.window is not None and not self.window.may_close():  # figures typed, not saved: asked first
            return
        self.ctx.lang = install_language(lang)
        with self.store.transaction():
            self.store.meta_set("lang", self.ctx.lang)
        QSettings().setValue(SETTINGS_LANG, self.ctx.lang)
        self.open_window(page)

    def sign_out(self) -> bool:
        """Close the window, log out, ask for a login; reopen the window as whoever signed in (True), or
        quit the app when the login was cancelled (False)."""
        from app.security import accounts
        from ui import dialogs
        from ui.login import LoginDialog

        app = QApplication.instance()
        quit_on_close = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)  # no window is shown while the login dialog is up
        try:
            old = self.window
            if not old.may_close():  # figures typed, not saved: the officer chose to stay
                return False
            page = old.current_key
            old.save_state()
            old.hide()
            accounts.logout(self.store)
            if dialogs.run_dialog(LoginDialog(self.store)):
                self.open_window(page)
                return True
            self.window = None
            old.deleteLater()
            app.quit()
            return False
        finally:
            app.setQuitOnLastWindowClosed(quit_on_close)

    def offer_recording_account(self) -> bool:
        """Right after the first run. The administrator sets up and looks after the laptop but records nothing
        (docs/permissions.md), so a post's officer who just set it up would meet a refusal at the first receipt:
        offer at once the account of who will record, then its login. True when that account signed in."""
        from app.security import accounts
        from ui import dialogs
        from ui.account_forms import NewAccountDialog
        from ui.login import SETTINGS_LAST_USER

        if any(u.role != "administrator" and not u.disabled for u in accounts.list_users(self.store)):
            return False
        if not dialogs.confirm(self.window, QCoreApplication.translate(
                "Shell", "The administrator account sets up and looks after this laptop; it does not record models, "
                         "receipts or figures. Create now the account of the commander or officer who will record "
                         "them?")):
            return False
        form = NewAccountDialog(self.store, ("commander", "officer"), self.window)
        form.fields.full_name.setText(self.store.meta_get("officer", "") or "")  # the officer named at first run
        if not dialogs.run_dialog(form):
            return False
        QSettings().setValue(SETTINGS_LAST_USER, form.user.username)  # the login offers the new account
        return self.sign_out()

    def start_daily_backup_after_paint(self) -> None:
        """The day's backup, once the main window is on screen: its modules and its thread would slow the first
        paint (issue 17 item 4)."""
        self._backup_wanted = True
        window = self.window
        if window is None or window.painted:
            self._backup_once()
        else:
            window.firstPainted.connect(self._backup_once)

    def _backup_once(self) -> None:
        if self.backup_task is None:
            self.start_daily_backup()

    def wait_backup(self) -> None:
        """Wait for the day's backup (started now if the window never painted): before closing the store."""
        if self.backup_task is None:
            self.start_daily_backup()
        self.backup_task.wait()

    def start_daily_backup(self):
        """The day's automatic backup (app.security.daily_backup), on a worker thread with a connection of its own:
        a large store takes seconds to copy. A failure is said in the status bar and stops nothing."""
        from app.i18n import t
        from ui.dialogs import error_text
        from ui.tasks import run_store_task

        def work(store, ctx):
            # imported on the worker: backups bring the sealing crypto, not needed for the first paint
            from app.security import daily_backup

            # the same worker as the CLI's detached one, under its lock: never two copies at once
            return daily_backup.run_worker(store.path)

        def failed(exc: BaseException) -> None:
            if self.window is not None:
                self.window.statusBar().showMessage(t("daily_backup_failed", reason=error_text(exc)))

        self.backup_task = run_store_task(self.store, work, on_failed=failed)
        return self.backup_task


def start(db_path: str | Path | None = None, lang: str | None = None) -> Shell | None:
    """Everything `run_gui` does before the event loop; None when the user closed the first-run setup or the
    login. The records' modules load after the login: the login dialog is the first window most starts show."""
    from app.security.permissions import accounts_enabled
    from app.store.db import open_store
    from ui.dialogs import show_error
    from ui.i18n import install_language

    create_application()
    from ui.upgrade import upgrade_before_opening

    if not upgrade_before_opening(db_path, lang):  # an older store: upgraded behind a progress dialog first
        return None
    try:
        store = open_store(db_path)
    except AnttError as exc:
        install_language(lang)
        show_error(None, exc)
        return None
    lang = choose_language(lang, store)
    install_language(lang)
    from ui.login import sign_in

    if accounts_enabled(store) and not sign_in(store):
        store.close()
        return None
    if store.home_unit is None:  # app.domain.setup.is_initialised, without importing the domain before the window
        from ui.first_run import FirstRunDialog

        from ui import dialogs

        dialog = FirstRunDialog(store, lang)
        if not dialogs.run_dialog(dialog):
            store.close()
            return None
        lang = dialog.chosen_language
        first_run = True
    elif not sign_in(store):  # a store with no account yet: its first administrator, no skipping
        store.close()
        return None
    else:
        first_run = False
    shell = Shell(store, lang)
    shell.start_daily_backup_after_paint()
    if first_run:
        shell.offer_recording_account()
        if shell.window is None:  # the new account's login was cancelled: the app ends, as at any login
            shell.wait_backup()
            store.close()
            return None
    return shell


def run_gui(db_path: str | Path | None = None, lang: str | None = None) -> int:
    """Open the desktop app; returns the exit status (1, after one sentence on stderr, when this machine has no
    display Qt can use: Qt itself would abort the process)."""
    from ui.display_check import problem

    why = problem(lang)
    if why:
        print(why, file=sys.stderr)
        return 1
    shell = start(db_path, lang)
    if shell is None:
        return 1
    from ui import probe

    if probe.wants("window"):
        probe.watch(shell.window, QApplication.instance().quit)
    status = QApplication.instance().exec()
    from ui.tasks import wait_all

    wait_all()
    shell.store.close()
    return status


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv[1] if len(sys.argv) > 1 else None))
