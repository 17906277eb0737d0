"""The user guide is reachable from the Help menu (F1), in the window's language, with its pictures."""

import re

import pytest

from app.paths import docs_dir, user_guide
from ui.app import Shell, create_application


@pytest.fixture
def main_window(qtbot, store):
    """The main window over the store of tests/ui/conftest.py (real first run, the officer signed in)."""
    create_application()
    shell = Shell(store, "vi")
    qtbot.addWidget(shell.window)
    return shell.window


def test_both_guides_exist_and_every_picture_they_show_is_there():
    for lang in ("vi", "en"):
        text = user_guide(lang).read_text(encoding="utf-8")
        pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
        assert len(pictures) >= 7
        for picture in pictures:
            assert (docs_dir() / picture).is_file(), picture


def test_f1_opens_the_guide_in_the_window_language(main_window, qtbot):
    dialog = main_window.show_help()
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Chuyển dữ liệu bằng USB" in text and "Xử lý xung đột" in text
    assert dialog.browser.document().resource(2, "images/bien-ban.png") is not None  # 2 = ImageResource
