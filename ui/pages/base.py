"""What every page has: a title line, the shared context, and `refresh()` when records change.

No tr() strings here: PySide6 takes a tr() context from the class that calls it, so each page
translates its own words.
"""

from __future__ import annotations

from ui.qt import QFont, QLabel, QVBoxLayout, QWidget


class Page(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 12)
        self.heading = QLabel()
        font = QFont(self.heading.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.heading.setFont(font)
        self.layout_.addWidget(self.heading)
        ctx.dataChanged.connect(self._on_data_changed)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def refresh(self) -> None:
        """Re-read what the page shows from the core. Pages override this."""

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _on_data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
