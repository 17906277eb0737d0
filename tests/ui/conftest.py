"""GUI tests run offscreen (no display needed), in Vietnamese, each on its own store and settings."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """QSettings (window size, last page, language) go to a temporary folder, never the user's."""
    from ui.qt import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.setenv("ANTT_SETTINGS_DIR", str(tmp_path / "settings"))
    yield
