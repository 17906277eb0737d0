"""Danh mục: the item catalogue (with each item's unit of count), the units of this installation's tree, and
their mergers, renamings and moves (issue 20: recorded here by the level above, whose reference data they are)."""

from __future__ import annotations

from app.domain import catalogue, unit_list, vocab
from ui.pages.base import Page
from ui.qt import QAbstractItemView, QHeaderView, QPalette, QTableWidget, QTableWidgetItem, QTabWidget


def _table(headers: list[str], rows: list[list[str]]) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


class CataloguePage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Catalogue and units"))
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        lang = self.ctx.lang
        self.tabs.clear()
        items = catalogue.items(self.ctx.store)
        self.items_table = _table(
            [self.tr("Code"), self.tr("Category"), self.tr("Item"), self.tr("Unit of count"), self.tr("Status")],
            [[i.code, catalogue.category_name(i.category, lang), i.name(lang), i.unit(lang),
              self.tr("retired") if i.retired else self.tr("in use")] for i in items])
        # today's names and parents, units in activity first; those merged away or ended greyed below (issue 20)
        units = unit_list.unit_list(self.ctx.store, under=self.ctx.home_unit, lang=lang)
        self.units_table = _table(
            [self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Parent"), self.tr("Place"), self.tr("Status")],
            [[u.code, u.name, vocab.label("unit_kinds", u.kind, lang), u.parent or "", u.place, u.status]
             for u in units])
        grey = self.units_table.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for r, u in enumerate(units):
            for c in range(self.units_table.columnCount()) if not u.active else ():
                self.units_table.item(r, c).setForeground(grey)
        self.tabs.addTab(self.items_table, self.tr("Items (%Ln)", "", len(items)))
        self.tabs.addTab(self.units_table, self.tr("Units (%Ln)", "", len(units)))
        from ui.pages.unit_events import UnitEventsTab  # issue 20

        self.events_tab = UnitEventsTab(self.ctx)
        self.tabs.addTab(self.events_tab, self.tr("Mergers, renamings, moves"))
