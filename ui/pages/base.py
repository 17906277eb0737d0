"""What every page has: a title line, the shared context, and `refresh()` when records change.

No tr() strings here: PySide6 takes a tr() context from the class that calls it, so each page
translates its own words.
"""

from __future__ import annotations

from app.domain.readable import Names
from ui.qt import QFont, QLabel, QVBoxLayout, QWidget


class Page(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self._unchanged = True  # no record changed since the page was built (built_just_now)
        self._names: Names | None = None
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

    def unit_name(self, code) -> str:
        """A unit's name for a table cell (a province's tables hold the rows of many units), looked up once
        until the records change."""
        if self._names is None:
            self._names = Names(self.ctx.store, self.ctx.lang)
        return self._names.unit(code)

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def built_just_now(self) -> bool:
        """True at the first refresh of a page while no record has changed since it was built: the lists it read then
        are current, and reading them again at its first show cost the open a second read and a model reset."""
        unchanged, self._unchanged = self._unchanged, False
        return unchanged

    def _on_data_changed(self) -> None:
        self._unchanged = False
        self._names = None  # a unit may have come or been renamed
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True
