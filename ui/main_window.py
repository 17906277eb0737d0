"""The main window: a sidebar of the pages of issue 3 beside a stack that holds them.

Pages are built the first time they are shown; Ctrl+1 … Ctrl+9 jump to them; the window remembers its
size and its last page (QSettings). It knows no records: pages talk to the core.
"""

from __future__ import annotations

from ui.pages import PAGES, PageSpec
from ui.qt import (
    QHBoxLayout, QKeySequence, QLabel, QListWidget, QListWidgetItem, QMainWindow, QSettings, QShortcut, QSize,
    QEvent, QStackedWidget, QTimer, QWidget, Signal,
)

# Qt.ItemDataRole.UserRole as the plain int it is: the first use of Qt's namespace builds all its enums (50-75 ms
# on these machines), which can wait until after the first paint (issue 17 item 4).
USER_ROLE = 0x0100

SETTINGS_GEOMETRY = "window/geometry"
SETTINGS_PAGE = "window/last_page"

SIDEBAR_STYLE = """
QListWidget#sidebar { background: #1f3a5f; color: #ffffff; border: none; font-size: 11pt; outline: 0; }
QListWidget#sidebar::item { padding: 9px 14px; }
QListWidget#sidebar::item:selected { background: #f2b705; color: #1f1f1f; }
QListWidget#sidebar::item:hover:!selected { background: #2d5185; }
"""


def shortcut_digit(n: int) -> int:
    """Ctrl+1 … Ctrl+9 for the first nine pages, Ctrl+0 for the tenth (the digit row's order)."""
    return n % 10


DEFAULT_SIZE = QSize(1280, 800)
TITLE_BAR = 40  # the window manager's frame is not part of the size we set


def first_size(available: QSize | None) -> QSize:
    """The window's size on its first start: 1280×800, but never more than the screen leaves free (many posts'
    laptops have 1366×768 screens, where 800 pixels would push the status bar below the taskbar)."""
    if available is None or available.isEmpty():
        return DEFAULT_SIZE
    return DEFAULT_SIZE.boundedTo(QSize(available.width(), available.height() - TITLE_BAR))


class MainWindow(QMainWindow):
    languageSwitchRequested = Signal(str)
    signOutRequested = Signal()  # the Shell closes this window and asks for a login (ui/app.py)
    firstPainted = Signal()  # the window is on screen: work that can wait starts now (the daily backup)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("ANTT Logbook") + " — " + ctx.home_unit_name)
        self.pages: dict[str, QWidget] = {}
        self.painted = False
        self._specs: list[PageSpec] = list(PAGES)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setStyleSheet(SIDEBAR_STYLE)
        self.sidebar.setFixedWidth(210)
        for n, spec in enumerate(self._specs, start=1):
            item = QListWidgetItem(spec.display_title())
            item.setData(USER_ROLE, spec.key)
            item.setToolTip(f"Ctrl+{shortcut_digit(n)}" if n <= 10 else "")
            self.sidebar.addItem(item)
        self.stack = QStackedWidget()
        for _ in self._specs:  # empty slots, filled on first show
            self.stack.addWidget(QWidget())
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self._show_row)

        for n in range(1, min(10, len(self._specs)) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{shortcut_digit(n)}"), self)
            shortcut.activated.connect(lambda row=n - 1: self.sidebar.setCurrentRow(row))

        status = QLabel(self.tr("Unit: %1 · Store: %2").replace("%1", ctx.home_unit_name)
                        .replace("%2", str(ctx.db_path)))
        self.statusBar().addWidget(status)
        self._file_menu()
        self._account_menu()
        self._help_menu()
        self._restore()

    def _file_menu(self) -> None:
        """File → Quit (Ctrl+Q), where officers look for it (issue 15 §4); closing asks nothing more than the
        window's own close does."""
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = menu.addAction(self.tr("&Quit"))
        # setShortcuts, not setShortcut: resolving setShortcut's overloads builds Qt's namespace (see USER_ROLE)
        self.quit_action.setShortcuts([QKeySequence("Ctrl+Q")])  # also on Windows, whose standard Quit key is none
        self.quit_action.setMenuRole(self.quit_action.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.quit_asking)

    # --- accounts (issue 6): who is signed in, and the Account menu
    def _account_menu(self) -> None:
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        menu = self.menuBar().addMenu(self.tr("&Account"))
        self.change_password_action = menu.addAction(self.tr("Change password…"))
        self.change_password_action.triggered.connect(self.change_password)
        self.manage_accounts_action = menu.addAction(self.tr("Manage accounts…"))
        self.manage_accounts_action.triggered.connect(self.manage_accounts)
        menu.addSeparator()
        self.sign_out_action = menu.addAction(self.tr("Sign out"))
        self.sign_out_action.triggered.connect(self.signOutRequested)
        # Filled in once the window has painted (eventFilter): the role's name and what it may do come from the core's
        # catalogue and permissions, which the window's frame does not need (issue 17 item 4). Offered to nobody
        # until then.
        for action in (self.change_password_action, self.manage_accounts_action, self.sign_out_action):
            action.setEnabled(False)
        self.ctx.dataChanged.connect(self.show_account)

    def show_account(self) -> None:
        """Who is signed in and what the Account menu offers, as the store says now: a role changed or an
        account disabled in Manage accounts shows at once, not at the next sign-in."""
        from app.i18n import t
        from app.security.permissions import allowed, current_role, role_label

        session = getattr(self.ctx.store, "session", None)
        role = current_role(self.ctx.store) if session is not None else None
        text = ""
        if session is not None:
            text = self.tr("Signed in: %1 (%2)").replace("%1", session.display_name).replace(
                "%2", role_label(role, self.ctx.lang) if role else t("account_state_disabled", self.ctx.lang))
        self.user_label.setText(text)
        for action in (self.change_password_action, self.sign_out_action):
            action.setEnabled(session is not None)
        self.manage_accounts_action.setEnabled(role is not None and allowed(self.ctx.store, "users.manage_officers"))

    def _account_after_paint(self) -> None:
        if self.isVisible():  # not a window replaced meanwhile (a sign-out, a restore: its store may be closed)
            self.show_account()

    def _accounts_closed(self) -> None:
        if self.isVisible():  # not while the app is closing (the store may be closed already)
            self.show_account()

    def change_password(self) -> bool:
        from ui import dialogs
        from ui.account_forms import ChangePasswordDialog

        if dialogs.run_dialog(ChangePasswordDialog(self.ctx.store, self)):
            from app.i18n import t

            dialogs.show_info(self, t("password_changed"))
            return True
        return False

    def manage_accounts(self):
        """The accounts dialog, or the core's refusal in a dialog (an officer may not manage accounts)."""
        from app.errors import AnttError
        from ui import dialogs
        from ui.accounts_dialog import AccountsDialog

        try:
            dialog = AccountsDialog(self.ctx, self)
        except AnttError as exc:
            dialogs.show_error(self, exc)
            return None
        dialog.finished.connect(self._accounts_closed)
        dialog.open()
        return dialog

    def _help_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = menu.addAction(self.tr("User guide"))
        guide.setShortcuts(QKeySequence.StandardKey.HelpContents)  # F1 (setShortcuts: see _file_menu)
        guide.triggered.connect(self.show_help)

    def show_help(self):
        """The user guide in the window's language (F1)."""
        from ui.help import HelpDialog

        dialog = HelpDialog(self.ctx.lang, self)
        dialog.show()
        return dialog

    # --- pages
    def show_page(self, key: str) -> QWidget:
        row = [s.key for s in self._specs].index(key)
        self.sidebar.setCurrentRow(row)
        return self.page(key)

    def page(self, key: str) -> QWidget:
        """The page `key`, built now if it was never shown."""
        if key not in self.pages:
            row = [s.key for s in self._specs].index(key)
            page = self._specs[row].create(self.ctx, self)
            old = self.stack.widget(row)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(row, page)
            self.pages[key] = page
            if hasattr(page, "languageSwitchRequested"):
                page.languageSwitchRequested.connect(self.languageSwitchRequested)
            if hasattr(page, "openRecords"):
                page.openRecords.connect(self.open_records)
        return self.pages[key]

    def open_records(self, key: str, filters: dict) -> QWidget:
        """Show page ``key`` filtered to the records behind a chart's bar (the dashboard asks)."""
        page = self.show_page(key)
        page.show_records(**filters)
        return page

    @property
    def current_key(self) -> str:
        return self._specs[max(self.sidebar.currentRow(), 0)].key

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.page(self._specs[row].key)
        self.stack.setCurrentIndex(row)

    # --- memory of size and page
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value(SETTINGS_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(first_size(self.screen().availableGeometry().size() if self.screen() else None))
        last = settings.value(SETTINGS_PAGE, "dashboard")
        keys = [s.key for s in self._specs]
        row = keys.index(last) if last in keys else 0
        # The window paints first (sidebar and an empty page); the page itself is built right after, on
        # the first turn of the event loop: start-up to first window is a target (issue 7).
        self.sidebar.blockSignals(True)
        self.sidebar.setCurrentRow(row)
        self.sidebar.blockSignals(False)
        self.stack.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        """Say who is signed in and build the current page once the window has painted for the first time (see
        _restore and _account_menu)."""
        if watched is self.stack and event.type() == QEvent.Type.Paint:
            self.stack.removeEventFilter(self)
            self.painted = True
            QTimer.singleShot(0, self._account_after_paint)
            QTimer.singleShot(0, lambda: self._show_row(self.sidebar.currentRow()))
            QTimer.singleShot(0, self.firstPainted.emit)
        return super().eventFilter(watched, event)

    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        settings.setValue(SETTINGS_PAGE, self.current_key)
        settings.sync()

    def may_close(self) -> bool:
        """False when monthly figures are typed and not saved and the officer chooses to stay (they are never
        lost silently, issue 15 §3)."""
        figures = self.pages.get("figures")
        if figures is None or not self.isVisible() or not figures.unsaved_count():
            return True
        from ui import dialogs

        question = self.tr("%Ln monthly figure(s) typed but not saved. Quit without saving them?", "",
                           figures.unsaved_count())
        if dialogs.confirm(self, question):
            return True
        self.show_page("figures")
        return False

    def quit_asking(self) -> None:
        if self.may_close():
            self.close()

    def closeEvent(self, event) -> None:
        # the window's own close button asks too; a close by the program (sign out, tests) does not
        if event.spontaneous() and not self.may_close():
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)
