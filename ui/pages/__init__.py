"""The pages of the main window, in the order of the navigation (issue 3). Each page is its own module;
the window builds a page the first time it is shown."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from ui.qt import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text, translated in the "Navigation" context
    module: str
    cls: str

    def display_title(self) -> str:
        return QCoreApplication.translate("Navigation", self.title)

    def create(self, ctx, parent=None):
        return getattr(importlib.import_module(self.module), self.cls)(ctx, parent)


PAGES: tuple[PageSpec, ...] = (
    PageSpec("dashboard", QT_TRANSLATE_NOOP("Navigation", "Overview"), "ui.pages.dashboard", "DashboardPage"),
    PageSpec("models", QT_TRANSLATE_NOOP("Navigation", "Models"), "ui.pages.models", "ModelsPage"),
    PageSpec("activities", QT_TRANSLATE_NOOP("Navigation", "Activities"), "ui.pages.activities", "ActivitiesPage"),
    PageSpec("surrenders", QT_TRANSLATE_NOOP("Navigation", "Surrenders"), "ui.pages.surrenders", "SurrendersPage"),
    PageSpec("figures", QT_TRANSLATE_NOOP("Navigation", "Monthly figures"), "ui.pages.figures", "FiguresPage"),
    PageSpec("reports", QT_TRANSLATE_NOOP("Navigation", "Reports"), "ui.pages.reports", "ReportsPage"),
    PageSpec("sync", QT_TRANSLATE_NOOP("Navigation", "Sync"), "ui.pages.sync", "SyncPage"),
    # after the pages officers already reach by Ctrl+1..7; Danh mục moves to Ctrl+9, Cài đặt to Ctrl+0
    PageSpec("reviews", QT_TRANSLATE_NOOP("Navigation", "Ratings and plans"), "ui.pages.reviews", "ReviewsPage"),
    PageSpec("catalogue", QT_TRANSLATE_NOOP("Navigation", "Catalogue"), "ui.pages.catalogue", "CataloguePage"),
    PageSpec("settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), "ui.pages.settings", "SettingsPage"),
)


def page_spec(key: str) -> PageSpec:
    for spec in PAGES:
        if spec.key == key:
            return spec
    raise KeyError(key)
