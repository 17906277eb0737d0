"""PySide6 6.12 on Python 3.11 takes a reference from None at every void call, and the app aborts after a
few thousand ("none_dealloc"); pyproject.toml keeps Python 3.11 on PySide6 < 6.12. This test fails on an
install that slips past that pin."""

import sys

from ui.qt import QLabel


def test_void_calls_do_not_spend_references_to_none(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert before - sys.getrefcount(None) < 100
