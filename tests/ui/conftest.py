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
