"""GUI tests run offscreen (no display needed), in Vietnamese, each on its own store and settings."""

import json
import os
import tempfile

# Offscreen, with a laptop-sized screen (Qt's offscreen default is 800x800, which clamps restored windows).
_SCREEN = os.path.join(tempfile.mkdtemp(prefix="antt-qpa-"), "screen.json")
with open(_SCREEN, "w") as fh:
    json.dump({"screens": [{"name": "test", "x": 0, "y": 0, "width": 1600, "height": 1000, "logicalDpi": 96,
                            "logicalBaseDpi": 96, "dpr": 1}]}, fh)
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


@pytest.fixture
def store(tmp_path):
    """A commune police laptop's store, set up (open mode: no account yet). Files that need another store
    (a province, records already in it) define their own `store`."""
    from app.domain import setup
    from app.store.db import open_store

    s = open_store(tmp_path / "antt.sqlite")
    setup.initialise(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", "Công an tỉnh Lạng Sơn",
                     place="Lạng Sơn", officer="Nguyễn Văn An")
    yield s
    s.close()
