"""A page whose content another part of the project brings (reports, sync)."""

from __future__ import annotations

from ui.pages.base import Page
from ui.qt import QLabel, Qt


class PlaceholderPage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.body)
        self.layout_.addStretch(1)

    def fill(self, title: str, text: str) -> None:
        self.set_heading(title)
        self.body.setText(text)
