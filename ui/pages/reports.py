"""Báo cáo: filled by the reports issue (PDF and spreadsheet output of the core)."""

from __future__ import annotations

from ui.pages.placeholder import PlaceholderPage


class ReportsPage(PlaceholderPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.fill(self.tr("Reports"), self.tr(
            "Monthly reports, surrender receipts and consolidated summaries will be printed from here "
            "(PDF and spreadsheet). This page is being built."))
