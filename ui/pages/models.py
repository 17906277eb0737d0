"""Mô hình: the register of community models (sorting, filters, search) with the activity log of the
selected model beside it; new, edit, end and recognise open small forms that save through the core."""

from __future__ import annotations

import datetime as dt

from app.domain import activities, vocab
from app.domain import community_models as cm
from app.errors import AnttError
from app.store.paging import Filter, KeysetPager
from ui import dialogs
from ui.display import format_date, format_number
from ui.pages.base import Page
from ui.pages.model_form import EndModelDialog, ModelForm, RecogniseDialog
from ui.qt import (
    QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QHeaderView, QKeySequence, QLabel, QLineEdit,
    QPushButton, QShortcut, QSplitter, QTableView, QTableWidget, QTableWidgetItem, Qt, QVBoxLayout, QWidget,
)
from ui.sources import MODELS
from ui.table_model import ColumnSpec, PagedTableModel, date_column, number_column, unit_column
from ui.qt import QT_TRANSLATE_NOOP
from ui.widgets import (
    DateEdit, NumberEdit, explain_if_disabled, gate, permission_reason, set_available, table_view, vocab_combo,
)


def vocab_formatter(kind: str):
    return lambda value, lang: vocab.label(kind, value, lang) if value else ""


MODEL_COLUMNS = [
    ColumnSpec("name", QT_TRANSLATE_NOOP("Columns", "Name")),
    ColumnSpec("type", QT_TRANSLATE_NOOP("Columns", "Type"), vocab_formatter("model_types")),
    ColumnSpec("place", QT_TRANSLATE_NOOP("Columns", "Village / place")),
    date_column("established", QT_TRANSLATE_NOOP("Columns", "Established")),
    ColumnSpec("leader", QT_TRANSLATE_NOOP("Columns", "Leader")),
    number_column("members", QT_TRANSLATE_NOOP("Columns", "Members")),
    number_column("households", QT_TRANSLATE_NOOP("Columns", "Households")),
    ColumnSpec("status", QT_TRANSLATE_NOOP("Columns", "Status"), vocab_formatter("model_statuses")),
    ColumnSpec("recognition", QT_TRANSLATE_NOOP("Columns", "Recognised"), vocab_formatter("recognition_levels")),
]


class ActivityLog(QGroupBox):
    """The activity log of one model and a one-line form to add to it (Enter adds)."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model_id: str | None = None
        self.setTitle(self.tr("Activity log"))
        box = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"), self.tr("Participants"),
                                              self.tr("Note")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        box.addWidget(self.table, 1)
        row = QHBoxLayout()  # two rows: in one, the side panel squeezed the people and note fields to "…"
        second = QHBoxLayout()
        self.date = DateEdit()
        self.kind = vocab_combo("activity_kinds", ctx.lang)
        self.participants = NumberEdit(ctx.lang)
        self.participants.setPlaceholderText(self.tr("People"))
        self.participants.setMinimumWidth(self.participants.fontMetrics().horizontalAdvance(self.tr("People")) + 24)
        self.participants.setMaximumWidth(140)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note"))
        self.add_button = QPushButton(self.tr("Add activity"))
        self.add_button.setToolTip("Ctrl+Shift+A")
        row.addWidget(self.date)
        row.addWidget(self.kind, 1)
        for w in (self.participants, self.note, self.add_button):
            second.addWidget(w)
        second.setStretch(1, 1)
        box.addLayout(row)
        box.addLayout(second)
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        box.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.note.returnPressed.connect(self.add)
        self.participants.returnPressed.connect(self.add)
        self.set_model(None)

    def set_model(self, model_id: str | None) -> None:
        self.model_id = model_id
        refused = permission_reason(self.ctx.store, "records.write", self.ctx.lang)
        for w in (self.date, self.kind, self.participants, self.note):
            w.setEnabled(model_id is not None and refused is None)
        set_available(self.add_button, refused or (None if model_id else self.tr("Choose a model in the list first.")))
        self.message.clear()
        self.reload()

    def reload(self) -> None:
        rows = activities.list_activities(self.ctx.store, model_id=self.model_id) if self.model_id else []
        rows = rows[::-1]  # newest first
        self.table.setRowCount(len(rows))
        for r, act in enumerate(rows):
            values = (format_date(act["date"]), vocab.label("activity_kinds", act["kind"], self.ctx.lang),
                      format_number(act["participants"], self.ctx.lang), act["note"])
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)

    def add(self) -> str | None:
        if not self.model_id:
            return None
        try:
            activity_id = activities.add_activity(self.ctx.store, self.model_id, self.date.iso(),
                                                  self.kind.currentData(), self.participants.text_for_core(),
                                                  self.note.text())
        except AnttError as exc:
            self.message.setText(dialogs.error_text(exc))
            return None
        self.message.clear()
        self.note.clear()
        self.participants.clear()
        self.ctx.notify_changed()
        self.kind.setFocus()
        return activity_id


class ModelsPage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Community models"))
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, place, leader…"))
        self.search.setClearButtonEnabled(True)
        self.type_filter = vocab_combo("model_types", ctx.lang, with_all=self.tr("All types"))
        self.status_filter = vocab_combo("model_statuses", ctx.lang, with_all=self.tr("All statuses"))
        self.place_filter = QComboBox()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.type_filter, 1)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.place_filter, 1)
        self.layout_.addLayout(filters)

        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New model"))
        self.new_button.setToolTip("Ctrl+N")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.end_button = QPushButton(self.tr("End model…"))
        self.recognise_button = QPushButton(self.tr("Recognition…"))
        self.count_label = QLabel()
        for b in (self.new_button, self.edit_button, self.end_button, self.recognise_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)
        self.layout_.addLayout(buttons)

        # with the page's filters from the start: the view's first read (at setModel) is the list shown
        self.pager = KeysetPager(ctx.store.conn, MODELS, filters=self.shown_filters(), sort="name")
        columns = [MODEL_COLUMNS[0], unit_column(self.unit_name), *MODEL_COLUMNS[1:]]
        self.table_model = PagedTableModel(self.pager, columns, ctx.lang, self)
        self.table_model.countKnown.connect(self._update_count)
        self.view = table_view(self.table_model, 0)
        for column, width in enumerate((260, 190, 200, 110, 100, 150, 80, 70, 110, 90)):
            self.view.setColumnWidth(column, width)
        self.log = ActivityLog(ctx)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.log)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([640, 420])
        self.layout_.addWidget(split, 1)

        self.search.textChanged.connect(self.apply_filters)
        for combo in (self.type_filter, self.status_filter, self.place_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.view.doubleClicked.connect(lambda _: self.edit_model())
        self.new_button.clicked.connect(self.new_model)
        self.edit_button.clicked.connect(self.edit_model)
        self.end_button.clicked.connect(self.end_model)
        self.recognise_button.clicked.connect(self.recognise)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_model)
        QShortcut(QKeySequence("Ctrl+Shift+A"), self, lambda: self.log.kind.setFocus())
        self.setTabOrder(self.search, self.type_filter)
        self.setTabOrder(self.type_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.place_filter)
        self.setTabOrder(self.place_filter, self.view)
        self._update_count()  # the pager has the filters already
        self._selected()

    # --- reading
    def refresh(self) -> None:
        current = self.selected_id()
        self._fill_places()
        if not self.built_just_now():  # else the list was read as the page was built, on the same records
            self.table_model.refresh()
        self._update_count()
        self.select_id(current)
        self.log.reload()

    def _fill_places(self) -> None:
        """The places of the models the list shows (issue 20: a merged or split unit's too)."""
        chosen = self.place_filter.currentData()
        places = cm.places(self.ctx.store, self.ctx.list_scope)
        self.place_filter.blockSignals(True)
        self.place_filter.clear()
        self.place_filter.addItem(self.tr("All places"), None)
        for place in places:
            self.place_filter.addItem(place, place)
        index = self.place_filter.findData(chosen)
        self.place_filter.setCurrentIndex(max(0, index))
        self.place_filter.blockSignals(False)

    def show_records(self, type: str | None = None, status: str | None = None) -> None:  # noqa: A002 (the field)
        """Show the models behind a chart's bar: this type, this status, any place, no search."""
        for combo, value in ((self.type_filter, type), (self.status_filter, status), (self.place_filter, None)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.apply_filters()

    def shown_filters(self) -> list[Filter]:
        filters = list(self.ctx.list_filters("models"))
        text = self.search.text().strip()
        if text:
            filters.append(Filter("search", "named", (text, text, text)))
        for combo, column in ((self.type_filter, "type"), (self.status_filter, "status"),
                              (self.place_filter, "place")):
            if combo.currentData() is not None:
                filters.append(Filter(column, "=", combo.currentData()))
        return filters

    def apply_filters(self) -> None:
        self.table_model.set_filters(self.shown_filters())
        self._update_count()
        self._selected()

    def _update_count(self, *_args) -> None:
        """Blank while a big list is counted on a worker (countKnown then fills it in)."""
        rows = self.table_model.rowCount()  # first: asking starts the count
        self.count_label.setText("" if self.table_model.counting else self.tr("%Ln model(s)", "", rows))

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.table_model.value(index.row(), "id") if index.isValid() else None

    def select_id(self, model_id: str | None) -> None:
        if model_id is None:
            return
        for row in range(min(self.table_model.rowCount(), 5000)):
            if self.table_model.value(row, "id") == model_id:
                self.view.selectRow(row)
                return

    def _selected(self, *args) -> None:
        model_id = self.selected_id()
        none = None if model_id else self.tr("Choose a model in the list first.")
        gate(self.new_button, self.ctx, "records.write")
        for b in (self.edit_button, self.end_button, self.recognise_button):
            gate(b, self.ctx, "records.write", none)
        if model_id != self.log.model_id:
            self.log.set_model(model_id)

    # --- actions
    def new_model(self):
        self._selected()
        if explain_if_disabled(self, self.new_button):
            return None
        form = ModelForm(self.ctx, None, self)
        if dialogs.run_dialog(form):
            self.select_id(form.result_value.id)
            return form.result_value
        return None

    def edit_model(self):
        model_id = self.selected_id()
        if model_id and dialogs.run_dialog(ModelForm(self.ctx, model_id, self)):
            self.select_id(model_id)

    def end_model(self):
        model_id = self.selected_id()
        if model_id and dialogs.run_dialog(EndModelDialog(self.ctx, model_id, self)):
            self.select_id(model_id)

    def recognise(self):
        model_id = self.selected_id()
        if model_id and dialogs.run_dialog(RecogniseDialog(self.ctx, model_id, self)):
            self.select_id(model_id)
