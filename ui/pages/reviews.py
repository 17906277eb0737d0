"""Xếp loại, kế hoạch: the two things a province reviews besides models and surrendered items (issue 8) —
the yearly ratings of places and the border-defence plans — as two tabs of one page, so the navigation
keeps its place for every page an officer already knows by its Ctrl+number."""

from __future__ import annotations

from ui.pages.base import Page
from ui.pages.plans import PlansPanel
from ui.pages.ratings import RatingsPanel
from ui.qt import QTabWidget


class ReviewsPage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Ratings and plans"))
        self.tabs = QTabWidget()
        self.ratings = RatingsPanel(ctx)
        self.plans = PlansPanel(ctx)
        self.tabs.addTab(self.ratings, self.tr("Movement ratings, “Safe on security and order”"))
        self.tabs.addTab(self.plans, self.tr("Plans and tasks"))
        self.layout_.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        self.ratings.refresh()
        self.plans.refresh()
