"""Đồng bộ: filled by the sync issue (USB bundles to and from the level above)."""

from __future__ import annotations

from ui.pages.placeholder import PlaceholderPage


class SyncPage(PlaceholderPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.fill(self.tr("Sync"), self.tr(
            "Exchange data with the level above on a USB stick: write a bundle, read a bundle and see "
            "what it brought. This page is being built."))
