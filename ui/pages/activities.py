"""Hoạt động: every activity of every model of the unit, newest first, filtered by kind, period and text."""

from __future__ import annotations

import datetime as dt

from app.store.paging import Filter, KeysetPager
from ui.pages.base import Page
from ui.pages.models import vocab_formatter
from ui.display import format_date
from ui.qt import QT_TRANSLATE_NOOP, QHBoxLayout, QLabel, QLineEdit, QPushButton
from ui.sources import ACTIVITIES
from ui.table_model import ColumnSpec, PagedTableModel, date_column, number_column, unit_column
from ui.widgets import PeriodPicker, table_view, vocab_combo

ACTIVITY_COLUMNS = [
    date_column("date", QT_TRANSLATE_NOOP("Columns", "Date")),
    ColumnSpec("model_name", QT_TRANSLATE_NOOP("Columns", "Model"), sortable=False),
    ColumnSpec("kind", QT_TRANSLATE_NOOP("Columns", "Kind"), vocab_formatter("activity_kinds")),
    number_column("participants", QT_TRANSLATE_NOOP("Columns", "Participants")),
    ColumnSpec("note", QT_TRANSLATE_NOOP("Columns", "Note")),
]


class ActivitiesPage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Activities of the models"))
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search model or note…"))
        self.search.setClearButtonEnabled(True)
        self.kind = vocab_combo("activity_kinds", ctx.lang, with_all=self.tr("All kinds"))
        today = dt.date.today()
        self.period = PeriodPicker("custom", today=today, horizontal=True)  # quarter, 6 and 9 months, year …
        self.date_from, self.date_to = self.period.date_from, self.period.date_to
        self.date_from.set_iso(today.replace(year=today.year - 1, day=1))  # the last twelve months to start
        self.count_label = QLabel()
        row.addWidget(self.search, 2)
        row.addWidget(self.kind, 1)
        row.addWidget(self.period)
        row.addWidget(self.count_label)
        self.attach_button = QPushButton(self.tr("Attachments…"))  # issue 16: minutes and photos
        self.attach_button.setToolTip(self.tr("Minutes and photos of the chosen activity"))
        row.addWidget(self.attach_button)
        self.layout_.addLayout(row)
        # with the page's filters from the start: the view's first read (at setModel) is the list shown, not every
        # activity of the store
        self.pager = KeysetPager(ctx.store.conn, ACTIVITIES, filters=self.shown_filters(), sort="date", descending=True)
        columns = [ACTIVITY_COLUMNS[0], unit_column(self.unit_name), *ACTIVITY_COLUMNS[1:]]
        self.table_model = PagedTableModel(self.pager, columns, ctx.lang, self)
        self.table_model.countKnown.connect(self._update_count)
        self.view = table_view(self.table_model, 0, descending=True)
        for column, width in enumerate((100, 190, 320, 200, 90, 220)):
            self.view.setColumnWidth(column, width)
        self.layout_.addWidget(self.view, 1)
        self.search.textChanged.connect(self.apply_filters)
        self.kind.currentIndexChanged.connect(self.apply_filters)
        self.period.changed.connect(self.apply_filters)
        self.attach_button.clicked.connect(self.show_attachments)
        self._update_count()  # the pager has the filters already

    def show_attachments(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        from ui.attachments_view import AttachmentsDialog

        activity_id = self.table_model.value(index.row(), "id")
        title = self.tr("Attachments of the activity of %1").replace(
            "%1", format_date(self.table_model.value(index.row(), "date")))
        dialog = AttachmentsDialog(self.ctx, activity_id, "activity", title, self)
        dialog.show()
        return dialog

    def shown_filters(self) -> list[Filter]:
        filters = [*self.ctx.list_filters("activities"), Filter("date", "between", (self.date_from.accepted_iso(), self.date_to.accepted_iso()))]
        if self.kind.currentData():
            filters.append(Filter("kind", "=", self.kind.currentData()))
        text = self.search.text().strip()
        if text:
            filters.append(Filter("search", "named", (text, text)))
        return filters

    def apply_filters(self) -> None:
        self.table_model.set_filters(self.shown_filters())
        self._update_count()

    def _update_count(self, *_args) -> None:
        """Blank while a big list is counted on a worker (countKnown then fills it in)."""
        rows = self.table_model.rowCount()  # first: asking starts the count
        self.count_label.setText("" if self.table_model.counting else self.tr("%Ln activities", "", rows))

    def refresh(self) -> None:
        from app.domain.reporting_periods import cutoff_rule

        self.period.blockSignals(True)  # a changed rule moves the dates quietly: the list is filtered once, below
        try:
            self.period.set_rule(cutoff_rule(self.ctx.store))  # presets are reporting months (Decree 09 or calendar)
        finally:
            self.period.blockSignals(False)
        if self.built_just_now() and self.shown_filters() == list(self.pager.filters):
            self._update_count()  # the list was read as the page was built, with these filters
        else:
            self.apply_filters()
