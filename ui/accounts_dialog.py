"""Account → Manage accounts: the accounts of this laptop and what an administrator or a commander does with
them (add, reset a password, disable or enable, change a role).

Every action goes through app.security.accounts, which decides who may do what (a commander manages
officers only, an officer nothing); its refusal is shown in a dialog and the list is re-read from the store.
Opening the dialog itself is refused for a user who may not manage accounts (`list_users` raises).
"""

from __future__ import annotations

import datetime as dt

from app.errors import AnttError
from app.i18n import t
from app.security import accounts
from app.security.permissions import ROLES, allowed, role_label
from ui import dialogs
from ui.account_forms import NewAccountDialog, ResetPasswordDialog, RoleDialog
from ui.qt import (
    QAbstractItemView, QDialog, QHBoxLayout, QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)


def format_moment(moment: dt.datetime | None) -> str:
    """dd/mm/yyyy HH:MM on this laptop's clock ('' for none)."""
    return moment.strftime("%d/%m/%Y %H:%M") if moment else ""


def _from_epoch(seconds: float) -> dt.datetime | None:
    return dt.datetime.fromtimestamp(seconds) if seconds else None


def _from_iso(text: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def state_text(user) -> str:
    if user.disabled:
        return t("account_state_disabled")
    return t("account_state_locked") if user.locked() else t("account_state_active")


class AccountsDialog(QDialog):
    COLUMNS = ("username", "full_name", "role", "state", "locked_until", "last_login")

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        self.users: list = []
        self.setWindowTitle(self.tr("Manage accounts"))
        self.resize(900, 420)
        box = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"), self.tr("Role"),
                                              self.tr("State"), self.tr("Locked until"), self.tr("Last sign-in")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.table)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add account…"))
        self.reset_button = QPushButton(self.tr("Reset password…"))
        self.disable_button = QPushButton(self.tr("Disable"))
        self.role_button = QPushButton(self.tr("Change role…"))
        close = QPushButton(self.tr("Close"))
        for button in (self.add_button, self.reset_button, self.disable_button, self.role_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        box.addLayout(row)
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.role_button.clicked.connect(self.change_role)
        close.clicked.connect(self.accept)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.role_button.setVisible(allowed(self.store, "users.manage_all"))
        self.reload()  # raises the core's refusal for a user who may not manage accounts

    # --- the list
    def reload(self) -> None:
        selected = self.selected_user()
        # administrators first, then commanders, then officers
        self.users = sorted(accounts.list_users(self.store), key=lambda u: (-ROLES.index(u.role), u.username))
        seen = accounts.last_logins(self.store)
        lang = self.ctx.lang
        self.table.setRowCount(len(self.users))
        for r, user in enumerate(self.users):
            values = (user.username, user.full_name, role_label(user.role, lang), state_text(user),
                      format_moment(_from_epoch(user.locked_until)) if user.locked() else "",
                      format_moment(_from_iso(seen.get(user.username))))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        names = [u.username for u in self.users]
        self.table.selectRow(names.index(selected.username) if selected and selected.username in names else 0)
        self._selection_changed()

    def refresh(self) -> bool:
        """Re-read the list after an action; if the user may no longer manage accounts (they changed their
        own role, say), the core's sentence is shown and the dialog closes."""
        try:
            self.reload()
            return True
        except AnttError as exc:
            dialogs.show_error(self, exc)
            self.reject()
            return False

    def selected_user(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.users[rows[0].row()] if rows and rows[0].row() < len(self.users) else None

    def select(self, username: str) -> None:
        self.table.selectRow([u.username for u in self.users].index(username))

    def _selection_changed(self) -> None:
        user = self.selected_user()
        for button in (self.reset_button, self.disable_button, self.role_button):
            button.setEnabled(user is not None)
        self.disable_button.setText(self.tr("Enable") if user is not None and user.disabled else self.tr("Disable"))

    # --- actions, each through the core
    def _run(self, action) -> bool:
        """Do `action()`; the core's refusal in a dialog. Either way the list is re-read from the store."""
        try:
            action()
            return True
        except AnttError as exc:
            dialogs.show_error(self, exc)
            return False
        finally:
            self.refresh()

    def add_user(self) -> bool:
        roles = ROLES if allowed(self.store, "users.manage_all") else ("officer",)
        if dialogs.run_dialog(NewAccountDialog(self.store, roles, self)):
            return self.refresh()
        return False

    def reset_password(self) -> bool:
        user = self.selected_user()
        if user is None:
            return False
        if dialogs.run_dialog(ResetPasswordDialog(self.store, user.username, self)):
            return self.refresh()
        return False

    def toggle_disabled(self) -> bool:
        user = self.selected_user()
        if user is None:
            return False
        if not user.disabled:
            question = self.tr("Disable the account %1 (%2)? It can no longer sign in until it is enabled again.")
            if not dialogs.confirm(self, question.replace("%1", user.username)
                                   .replace("%2", user.full_name or role_label(user.role, self.ctx.lang))):
                return False
        return self._run(lambda: accounts.set_disabled(self.store, user.username, not user.disabled))

    def change_role(self) -> bool:
        user = self.selected_user()
        if user is None:
            return False
        if dialogs.run_dialog(RoleDialog(self.store, user, self)):
            return self.refresh()
        return False
