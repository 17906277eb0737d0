"""Logging in before the main window (issue 6): the login dialog, the first administrator of a store that has
none yet, and `sign_in`, the start-up's one call.

A store with accounts asks for a user name and password; a wrong one, a wait or a lock is the core's one
sentence under the fields and the dialog stays open; Cancel quits. A store with no account yet (made by
`antt init` or `antt demo`) must get its first administrator before anything else: that dialog cannot be
skipped, only the whole app closed. ANTT_USER and ANTT_PASSWORD log in without a dialog (scripts, benches,
screenshots, the smoke test); a wrong pair is refused with the same sentence.
"""

from __future__ import annotations

import os
import sys
import time

from app.errors import AnttError
from app.i18n import t
from app.security.permissions import accounts_enabled
from ui import dialogs, probe
from ui.dialogs import error_text
from ui.qt import (
    QColor, QDialog, QDialogButtonBox, QFont, QFormLayout, QLabel, QLineEdit, QPalette, QSettings, QTimer, QVBoxLayout,
)

# Issue 17 item 4: the login dialog paints before the password machinery loads. app.security.accounts (argon2,
# the audit trail) and the account forms are imported when a password is checked or an account is made, not
# before the first window: `antt` reaches the login window within ×1.25 of a bare PySide6 window
# (bench/bench_startup.py).
ERROR_COLOR = "#b00020"
ERROR_STYLE = f"color: {ERROR_COLOR};"  # the account forms' refusals; the login dialog sets the same colour by palette


def _accounts():
    from app.security import accounts

    return accounts


def log_in(store, username, password, now: float | None = None):
    """The core's login, its audit entry (and a refusal's) committed without the GUI thread waiting for the disk
    to hold it: a thread flushes it there while the main window is built (Store.synced_behind; issue 17 item 4)."""
    with store.synced_behind():
        return _accounts().login(store, username, password, now=now)


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit

ENV_USER, ENV_PASSWORD = "ANTT_USER", "ANTT_PASSWORD"


SETTINGS_LAST_USER = "login/last_user"


def _unit_line(store) -> str:
    from app.domain.unit_names import unit_name

    return unit_name(store, store.home_unit)


class LoginDialog(QDialog):
    """User name and password; `accept()` logs in through the core or shows its refusal."""

    def __init__(self, store, parent=None, username: str = "", message: str = "") -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Sign in — ANTT Logbook"))
        self.setMinimumWidth(420)
        box = QVBoxLayout(self)
        title = QLabel(_unit_line(store) or self.tr("ANTT Logbook"))
        font = QFont(title.font())  # a font, not a style sheet: no style-sheet engine before the first paint
        font.setPointSize(13)
        font.setBold(True)
        title.setFont(font)
        box.addWidget(title)
        form = QFormLayout()
        # The last user who signed in here, as Windows offers it: most starts are the same officer's.
        self.username = QLineEdit(username or str(QSettings().value(SETTINGS_LAST_USER, "") or ""))
        self.password = password_edit()
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        box.addLayout(form)
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(ERROR_COLOR))
        self.message.setPalette(palette)
        box.addWidget(self.message)
        buttons = QDialogButtonBox()
        # setStandardButtons, not the constructor taking them: resolving that overload (it also takes a
        # Qt.Orientation) makes PySide6 build the whole Qt namespace, some 90 enums, 15-25 ms before the first paint
        buttons.setStandardButtons(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("Sign in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        (self.password if self.username.text() else self.username).setFocus()
        # After several wrong passwords the core asks to wait some seconds: counted down here, the button
        # greyed until then, so that nobody types a password that would be refused unread.
        self.wait_left = 0
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self.tick)

    def now(self) -> float | None:
        """The time the core judges waits and locks by (None: the clock); tests replace it."""
        return None

    def accept(self) -> None:
        try:
            log_in(self.store, self.username.text(), self.password.text(), now=self.now())
        except AnttError as exc:
            self.message.setText(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            if exc.key == "login_wait":
                self.wait(int(exc.params["n"]))
            return
        QSettings().setValue(SETTINGS_LAST_USER, self.store.session.username)
        super().accept()

    def wait(self, seconds: int) -> None:
        self.wait_left = seconds
        self.sign_in_button.setEnabled(False)
        self.countdown.start()

    def tick(self) -> None:
        """One second of the wait: the sentence counts down, then the button comes back."""
        self.wait_left -= 1
        if self.wait_left > 0:
            self.message.setText(t("login_wait", n=self.wait_left))
            return
        self.countdown.stop()
        self.message.setText("")
        self.sign_in_button.setEnabled(True)


class FirstAdminDialog(QDialog):
    """The store has no account yet: create its first administrator, then log in as them. No Skip."""

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Create the administrator account"))
        self.setMinimumWidth(500)
        box = QVBoxLayout(self)
        intro = QLabel(self.tr("This store has no user accounts yet. Create the administrator account now: from then "
                               "on everyone signs in with their own account. The administrator adds the accounts "
                               "of the commander and the officers (Account → Manage accounts)."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        form = QFormLayout()
        from ui.account_forms import AccountFields

        self.fields = AccountFields(form)
        box.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        box.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create and sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def accept(self) -> None:
        try:
            username, full_name, password = self.fields.values()
            accounts = _accounts()
            accounts.create_first_administrator(self.store, username, password, full_name)
            accounts.login(self.store, username, password)
        except AnttError as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()


def sign_in(store, parent=None) -> bool:
    """Log a user in on `store` before the main window; False when the user chose to quit.

    Nothing to do on a store that is already logged in. From the environment when ANTT_USER and
    ANTT_PASSWORD are both set; a refusal then goes to stderr and, for a start-up probe
    (ANTT_QUIT_WHEN_SHOWN), ends the start; otherwise the login dialog opens with the sentence shown.
    """
    if getattr(store, "session", None) is not None:
        return True
    if not accounts_enabled(store):  # accounts.first_run_needed, without importing argon2 for it
        return dialogs.run_dialog(FirstAdminDialog(store, parent))
    username, password = os.environ.get(ENV_USER, ""), os.environ.get(ENV_PASSWORD)
    message = ""
    if username and password is not None:
        try:
            started, cpu = time.perf_counter(), time.process_time()
            log_in(store, username, password)
            probe.note("sign_in_s", time.perf_counter() - started)  # the password check (bench/bench_startup.py)
            probe.note("sign_in_cpu_s", time.process_time() - cpu)
            return True
        except AnttError as exc:
            message = error_text(exc)
            print(message, file=sys.stderr)
            if probe.active():
                return False
    dialog = LoginDialog(store, parent, username, message)
    if probe.wants("login"):
        probe.watch(dialog, dialog.reject)
    return dialogs.run_dialog(dialog)
