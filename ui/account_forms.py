"""The small forms of accounts: a new account, a password typed twice, my own password, a role.

Each form calls the core in `submit()` when Save is pressed; a refusal (a short password, two passwords
that differ, a role the user may not give) is shown inside the form in one sentence and the form stays
open with nothing written. Tests fill the fields and call `accept()` as a user would press Save.
"""

from __future__ import annotations

from app.errors import AnttError
from app.security import accounts
from app.security.permissions import ROLES, role_label
from ui.dialogs import error_text
from ui.i18n import current_language
from ui.qt import QComboBox, QCoreApplication, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ui.login import ERROR_STYLE, password_edit  # noqa: E402,F401 - shared with the login dialog, defined there


def role_combo(roles=ROLES) -> QComboBox:
    """The roles as their Vietnamese (or English) labels; the data is the core's code."""
    combo = QComboBox()
    for role in roles:
        combo.addItem(role_label(role, current_language()), role)
    return combo


def same_password(first: QLineEdit, again: QLineEdit) -> str:
    """The password typed twice, or the core's sentence when the two differ."""
    if first.text() != again.text():
        raise AnttError("password_mismatch")
    return first.text()


class AccountFields:
    """User name, full name and the password twice, as rows of `form` (first run, Manage accounts)."""

    def __init__(self, form: QFormLayout) -> None:
        self.username = QLineEdit()
        self.username.setPlaceholderText(QCoreApplication.translate("AccountFields", "e.g. quantri"))
        self.full_name = QLineEdit()
        self.password = password_edit()
        self.repeat = password_edit()
        form.addRow(QCoreApplication.translate("AccountFields", "User name"), self.username)
        form.addRow(QCoreApplication.translate("AccountFields", "Full name"), self.full_name)
        form.addRow(QCoreApplication.translate("AccountFields", "Password"), self.password)
        form.addRow(QCoreApplication.translate("AccountFields", "Password again"), self.repeat)
        hint = QLabel(QCoreApplication.translate(
            "AccountFields", "At least 8 characters. User name: lower-case letters without accents, digits, dot, dash."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        form.addRow("", hint)

    def values(self) -> tuple[str, str, str]:
        """(user name, full name, password); refuses two passwords that differ."""
        return self.username.text().strip(), self.full_name.text().strip(), same_password(self.password, self.repeat)


class AccountForm(QDialog):
    """A form with a message line for the core's refusal and Save / Cancel; subclasses fill `form` and
    implement `submit()`, which raises AnttError to refuse."""

    def __init__(self, title: str, parent=None, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        box = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            box.addWidget(label)
        self.form = QFormLayout()
        box.addLayout(self.form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        box.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        box.addWidget(self.buttons)

    def submit(self) -> None:
        """What the form does, through the core; every form class says it (a refusal raises AnttError)."""
        raise NotImplementedError(type(self).__name__)

    def accept(self) -> None:
        try:
            self.submit()
        except AnttError as exc:
            self.message.setText(error_text(exc))
            return
        super().accept()


class NewAccountDialog(AccountForm):
    """Manage accounts → Add: the roles offered are those the user may give (the core checks again)."""

    def __init__(self, store, roles=ROLES, parent=None) -> None:
        super().__init__(self.tr("New account"), parent)
        self.store = store
        self.fields = AccountFields(self.form)
        self.role = role_combo(roles)
        self.form.insertRow(2, self.tr("Role"), self.role)
        self.user = None

    def submit(self) -> None:
        username, full_name, password = self.fields.values()
        self.user = accounts.add_user(self.store, username, password, self.role.currentData(), full_name)


class ResetPasswordDialog(AccountForm):
    """Manage accounts → Reset password: a new password for someone who forgot theirs (also unlocks)."""

    def __init__(self, store, username: str, parent=None) -> None:
        super().__init__(self.tr("Reset password"), parent,
                         self.tr("New password for %1. Tell it to them in person; the account is also unlocked.")
                         .replace("%1", username))
        self.store, self.username = store, username
        self.password = password_edit()
        self.repeat = password_edit()
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("New password again"), self.repeat)

    def submit(self) -> None:
        accounts.reset_password(self.store, self.username, same_password(self.password, self.repeat))


class ChangePasswordDialog(AccountForm):
    """Account → Change password: the logged-in user's own, with the old one checked (failures count)."""

    def __init__(self, store, parent=None) -> None:
        super().__init__(self.tr("Change password"), parent)
        self.store = store
        self.old = password_edit()
        self.password = password_edit()
        self.repeat = password_edit()
        self.form.addRow(self.tr("Current password"), self.old)
        self.form.addRow(self.tr("New password"), self.password)
        self.form.addRow(self.tr("New password again"), self.repeat)

    def submit(self) -> None:
        new = same_password(self.password, self.repeat)
        try:
            accounts.change_password(self.store, self.old.text(), new)
        finally:
            self.old.clear()


class RoleDialog(AccountForm):
    """Manage accounts → Change role (administrators only; the core keeps the last administrator)."""

    def __init__(self, store, user, parent=None) -> None:
        super().__init__(self.tr("Change role"), parent, self.tr("Role of %1").replace("%1", user.username))
        self.store, self.username = store, user.username
        self.role = role_combo()
        self.role.setCurrentIndex(max(0, self.role.findData(user.role)))
        self.form.addRow(self.tr("Role"), self.role)

    def submit(self) -> None:
        accounts.set_role(self.store, self.username, self.role.currentData())
