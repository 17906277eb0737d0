"""GUI tests run offscreen (no display needed), in Vietnamese, each on its own store and settings."""

import json
import os
import tempfile

# Offscreen, with a laptop-sized screen (Qt's offscreen default is 800x800, which clamps restored windows).
_SCREEN = os.path.join(tempfile.mkdtemp(prefix="antt-qpa-"), "screen.json")
with open(_SCREEN, "w") as fh:
    json.dump({"screens": [{"name": "test", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96,
                            "logicalBaseDpi": 96, "dpr": 1}]}, fh)
if os.environ.get("ANTT_TEST_ON_SCREEN") != "1":  # 1: on the real display (Xvfb) to look at a run, e.g. the e2e's
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """QSettings (window size, last page, language) go to a temporary folder, never the user's."""
    from ui.qt import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("ANTT_SETTINGS_DIR", str(tmp_path / "settings"))
    yield


@pytest.fixture(autouse=True)
def no_blocking_message_box(request, monkeypatch):
    """A real QMessageBox waits for a click nobody makes and the run hangs; a test that did not expect one (it
    did not replace ui.dialogs' functions) fails at once with the box's text instead. The end-to-end test,
    which answers the app's questions itself, is marked `real_message_boxes`."""
    if request.node.get_closest_marker("real_message_boxes"):
        yield
        return
    from ui.qt import QMessageBox

    def refuse(kind):
        def box(parent, title, text, *args, **kwargs):
            raise AssertionError(f"unexpected {kind} message box: {text}")
        return box

    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(refuse(kind)))
    yield


@pytest.fixture(autouse=True)
def fast_hasher(monkeypatch):
    """argon2id with tiny costs (the production parameters cost ~0.15 s a check; tests/security checks
    those), and no login variables from the developer's shell: a test that wants them sets them."""
    from argon2 import PasswordHasher

    from app.security import accounts

    monkeypatch.setattr(accounts, "HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    monkeypatch.setattr(accounts, "_DUMMY_HASH", None)
    for name in ("ANTT_USER", "ANTT_PASSWORD", "ANTT_QUIT_WHEN_SHOWN"):
        monkeypatch.delenv(name, raising=False)
    yield


# The accounts every GUI test's store has: the administrator made by the first-run dialog, then a commander and
# an officer made by that administrator through the core (app.security.accounts.add_user), as on a real post.
ACCOUNTS = {
    "administrator": ("quantri", "quan-tri-Dong-Dang-1", "Lê Quản Trị"),
    "commander": ("chihuy", "chi-huy-Dong-Dang-1", "Hoàng Văn Chỉ"),
    "officer": ("an", "can-bo-Dong-Dang-1", "Nguyễn Văn An"),
}
COMMUNE = dict(unit_code="CAX-DD", unit_name="Công an xã Đồng Đăng", kind="commune_police", parent_code="CAT-LS",
               parent_name="Công an tỉnh Lạng Sơn", place="Lạng Sơn", officer="Nguyễn Văn An")
FAST_HASHER = dict(time_cost=1, memory_cost=8, parallelism=1)


def pytest_configure(config):
    config.addinivalue_line("markers", "real_message_boxes: the test answers the app's message boxes itself")
    config.addinivalue_line("markers", "role(name): the account a GUI test's `store` is signed in as "
                                       "(officer unless said: administrator, commander, officer)")


def first_run(store, unit: dict = COMMUNE, admin: tuple = ACCOUNTS["administrator"], lang: str = "vi") -> None:
    """Set `store` up through the REAL first-run dialog (ui/first_run.py), filled as an officer fills it and
    accepted by its own OK: the unit and the administrator in one step, the administrator then logged in."""
    from ui.first_run import FirstRunDialog
    from ui.qt import QDialogButtonBox

    dialog = FirstRunDialog(store, lang)
    dialog.unit_code.setText(unit["unit_code"])
    dialog.unit_name.setText(unit["unit_name"])
    dialog.unit_kind.setCurrentIndex(dialog.unit_kind.findData(unit["kind"]))
    dialog.parent_code.setText(unit.get("parent_code") or "")
    dialog.parent_name.setText(unit.get("parent_name") or "")
    dialog.place.setText(unit["place"])
    dialog.officer.setText(unit["officer"])
    assert dialog.account is not None, "a fresh store's first run must make the administrator"
    username, password, full_name = admin
    dialog.account.username.setText(username)
    dialog.account.full_name.setText(full_name)
    dialog.account.password.setText(password)
    dialog.account.repeat.setText(password)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.message.text() == "" and dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()
    assert store.session is not None and store.session.username == username
    dialog.deleteLater()


def add_accounts(store, full_names: dict[str, str] | None = None) -> None:
    """The commander and the officer, added by the logged-in administrator through the core (`full_names` by
    role, where a test's store names its people otherwise)."""
    from app.security import accounts

    for role in ("commander", "officer"):
        username, password, full_name = ACCOUNTS[role]
        accounts.add_user(store, username, password, role, (full_names or {}).get(role, full_name))


def sign_in(store, role: str) -> None:
    """Log in through the REAL login dialog (ui/login.py): the user name and password typed, Sign in pressed."""
    from ui.login import LoginDialog

    username, password, _ = ACCOUNTS[role]
    dialog = LoginDialog(store)
    dialog.username.setText(username)
    dialog.password.setText(password)
    dialog.sign_in_button.click()
    assert dialog.message.text() == "" and dialog.result() == dialog.DialogCode.Accepted, dialog.message.text()
    assert store.session.username == username and store.session.role == role
    dialog.deleteLater()


@pytest.fixture
def province(tmp_path, qapp):
    """A province's store (the level above records mergers and splits), made by the real first run, with the
    commander's and the officer's accounts."""
    from app.store.db import open_store
    from tests.ui.sync.conftest import PROVINCE

    store = open_store(tmp_path / "tinh" / "antt.sqlite")
    first_run(store, PROVINCE)
    add_accounts(store)
    yield store
    store.close()


@pytest.fixture(scope="session")
def first_run_store_file(tmp_path_factory, qapp):
    """A commune police laptop's store as its first run leaves it (made once, copied for each test): the real
    first-run dialog with accounts on, then the commander's and the officer's accounts."""
    from argon2 import PasswordHasher

    from app.security import accounts
    from app.store.db import open_store

    saved = accounts.HASHER, accounts._DUMMY_HASH
    accounts.HASHER, accounts._DUMMY_HASH = PasswordHasher(**FAST_HASHER), None  # see fast_hasher
    try:
        path = tmp_path_factory.mktemp("first-run") / "antt.sqlite"
        s = open_store(path)
        first_run(s)
        add_accounts(s)
        s.close()
    finally:
        accounts.HASHER, accounts._DUMMY_HASH = saved
    return path


@pytest.fixture
def role(request) -> str:
    marker = request.node.get_closest_marker("role")
    return marker.args[0] if marker else "officer"


@pytest.fixture
def store(tmp_path, first_run_store_file, role):
    """A commune police laptop's store made by the real first-run dialog (accounts on), signed in through the
    real login dialog as `role` (the officer unless the test is marked @pytest.mark.role("commander") or
    ("administrator")). Files that need another store (a province, records already in it) define their own."""
    import shutil

    from app.store.db import open_store

    shutil.copyfile(first_run_store_file, tmp_path / "antt.sqlite")
    s = open_store(tmp_path / "antt.sqlite", create=False)
    sign_in(s, role)
    yield s
    s.close()


@pytest.fixture
def shell(qtbot, store):
    """The app's window over `store` (made by the first run, signed in), as `antt` opens it."""
    from ui.app import Shell, create_application

    create_application()
    sh = Shell(store, "vi")
    qtbot.addWidget(sh.window)
    yield sh
    page = sh.window.pages.get("surrenders")
    if page is not None and page.totals_task is not None:
        page.totals_task.wait()  # a worker still reading the store must end before the store closes
    page = sh.window.pages.get("dashboard")
    if page is not None and page.figures_task is not None:
        page.figures_task.wait()  # the overview's figures, read on a worker
