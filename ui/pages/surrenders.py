"""Giao nộp: the list of surrender receipts with filters by date and category, the totals of what is shown
by unit of count (computed off the GUI thread), and the receipt form for new and edited receipts."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from app.domain import catalogue, readable
from app.domain import surrenders as sr
from app.domain.stats import stats
from app.domain.list_scope import list_scope, scope_filters
from app.store.paging import Filter, KeysetPager
from ui import dialogs
from ui.display import format_date, format_number
from ui.pages.base import Page
from ui.pages.models import vocab_formatter
from ui.pages.receipt_form import ReceiptForm
from ui.qt import QT_TRANSLATE_NOOP, QComboBox, QCoreApplication, QHBoxLayout, QKeySequence, QLabel, QPushButton, QShortcut, Qt
from ui.sources import SURRENDERS
from ui.table_model import (
    ColumnSpec, PagedTableModel, date_column, register_number_column, unit_column,
)
from ui.tasks import run_store_task
from ui.widgets import PeriodPicker, explain_if_disabled, gate, table_view


def person_formatter(value, lang):
    return value or QCoreApplication.translate("Columns", "(owner unknown)")


def items_formatter(value, lang):
    """'gun.air=1.0 firecracker.kg=1.5' -> '1 khẩu súng hơi, súng nén khí; 1,5 kg pháo nổ' (each in its unit)."""
    if not value:
        return ""
    return "; ".join([_item_text(token, lang) for token in value.split()])


@lru_cache(maxsize=4096)
def _item_text(token: str, lang: str) -> str:
    """One 'code=quantity' of the shipped catalogue as a receipt reads it: the same few hundred tokens fill a
    table (an item and a small count), each formatted once instead of at every paint of its cell."""
    code, _, quantity = token.partition("=")
    try:
        amount = float(quantity)
    except ValueError:
        amount = quantity
    return readable.item_amount(catalogue.shipped_items().get(code), code, amount, lang)


def lines_formatter(value, lang) -> str:
    """How many item lines a receipt has: the tokens of its 'code=quantity ...' (item codes hold no space)."""
    return format_number(len(value.split()) if value else 0, lang)


def signed_formatter(value, lang) -> str:
    """Issue 16: 'đã có bản ký' shown as a tick, its lack as a dash (the filter lists those lacking one)."""
    return "✓" if value else "—"


RECEIPT_COLUMNS = [
    # sorted by the number, shown with its series' prefix after a merger that restarted numbering ("M1")
    register_number_column("number", QT_TRANSLATE_NOOP("Columns", "No."), shows="number_label"),
    date_column("date", QT_TRANSLATE_NOOP("Columns", "Date")),
    ColumnSpec("person_name", QT_TRANSLATE_NOOP("Columns", "Handed in by"), person_formatter),
    ColumnSpec("method", QT_TRANSLATE_NOOP("Columns", "How"), vocab_formatter("surrender_methods")),
    ColumnSpec("items", QT_TRANSLATE_NOOP("Columns", "Items"), items_formatter, sortable=False),
    ColumnSpec("lines", QT_TRANSLATE_NOOP("Columns", "Lines"), lines_formatter, align_right=True, sortable=False,
               shows="items"),
    ColumnSpec("received_by", QT_TRANSLATE_NOOP("Columns", "Received by")),
    ColumnSpec("signed", QT_TRANSLATE_NOOP("Columns", "Signed copy"), signed_formatter,
               sortable=False),
]



def totals_text(rows: list[dict], lang: str) -> str:
    """'Súng: 3 khẩu · Pháo: 120 quả, 8,1 kg': per category, one figure per unit of count (never added across)."""
    parts: dict[str, list[str]] = {}
    for row in rows:
        unit = row["unit"] if lang == "vi" else row["unit_en"]
        parts.setdefault(row["category"], []).append(f"{format_number(row['quantity'], lang)} {unit}")
    return " · ".join(f"{catalogue.category_name(cat, lang)}: {', '.join(figs)}" for cat, figs in parts.items())


class SurrendersPage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Surrendered weapons, explosives, support tools and firecrackers"))
        row = QHBoxLayout()
        today = dt.date.today()
        self.period = PeriodPicker("this_year", today=today, horizontal=True)  # quarter, 6 and 9 months, year …
        self.date_from, self.date_to = self.period.date_from, self.period.date_to
        self._set_rule()  # before the list's first read: its dates are those of the reporting months
        self.category = QComboBox()
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.category.setMinimumContentsLength(12)  # room for the period picker on a 1366-pixel laptop
        self.category.addItem(self.tr("All categories"), None)
        for cat in catalogue.categories():
            self.category.addItem(cat["name_vi"] if ctx.lang == "vi" else cat["name_en"], cat["code"])
        self.new_button = QPushButton(self.tr("New receipt"))
        self.new_button.setToolTip("Ctrl+N")
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.print_button = QPushButton(self.tr("Print receipt"))
        self.print_button.setToolTip(self.tr("The biên bản of the chosen receipt, to print and sign") + " · Ctrl+P")
        self.attach_button = QPushButton(self.tr("Attachments…"))
        self.attach_button.setToolTip(self.tr("Photos and the signed copy of the chosen receipt"))
        self.signed = QComboBox()  # issue 16: which receipts still lack their signed copy
        self.signed.addItem(self.tr("With or without signed copy"), None)
        self.signed.addItem(self.tr("Signed copy attached"), 1)
        self.signed.addItem(self.tr("Still lacking the signed copy"), 0)
        row.addWidget(self.period)
        row.addWidget(self.category, 1)
        row.addStretch(1)
        for b in (self.new_button, self.edit_button, self.print_button, self.delete_button):
            row.addWidget(b)
        self.layout_.addLayout(row)
        evidence_row = QHBoxLayout()  # issue 16: a row of its own, so the window keeps its narrowest width
        evidence_row.addWidget(QLabel(self.tr("Signed copy:")))
        evidence_row.addWidget(self.signed)
        evidence_row.addWidget(self.attach_button)
        evidence_row.addStretch(1)
        self.layout_.addLayout(evidence_row)

        self.only_unit: str | None = None  # a chart's bar asked for one unit's receipts (show_records)
        # with the page's filters from the start: the view's first read (at setModel) is then the list shown, not
        # every receipt of the store, and applying them again at the first show is the only other read
        self.pager = KeysetPager(ctx.store.conn, SURRENDERS, filters=self.shown_filters(), sort="date",
                                 descending=True)
        columns = [RECEIPT_COLUMNS[0], unit_column(self.unit_name), *RECEIPT_COLUMNS[1:]]
        self.table_model = PagedTableModel(self.pager, columns, ctx.lang, self)
        self.view = table_view(self.table_model, 2, descending=True)  # newest first
        for column, width in enumerate((60, 190, 100, 190, 150, 300, 70, 170, 90)):
            self.view.setColumnWidth(column, width)
        self.layout_.addWidget(self.view, 1)
        self.count_label = QLabel()
        self.totals_label = QLabel()
        self.totals_label.setWordWrap(True)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(self.count_label)
        self.layout_.addWidget(self.totals_label)
        self.totals_task = None
        self.all_units_button = QPushButton(self.tr("Show every unit"))
        self.all_units_button.setVisible(False)
        self.all_units_button.clicked.connect(self.show_all_units)
        self.layout_.addWidget(self.all_units_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.period.changed.connect(self.apply_filters)
        self.category.currentIndexChanged.connect(self.apply_filters)
        self.signed.currentIndexChanged.connect(self.apply_filters)
        self.attach_button.clicked.connect(self.show_attachments)
        self.new_button.clicked.connect(self.new_receipt)
        self.edit_button.clicked.connect(self.edit_receipt)
        self.delete_button.clicked.connect(self.delete_receipt)
        self.print_button.clicked.connect(self.print_receipt)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_receipt)
        self.view.doubleClicked.connect(lambda _: self.edit_receipt())
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_receipt)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view, self.delete_receipt)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)
        self.table_model.modelReset.connect(self.update_buttons)
        self.table_model.countKnown.connect(self._update_count)
        self.update_buttons()
        self._update_count()  # the pager has the filters already; the totals are read at the first show (refresh)

    def update_buttons(self, *_args) -> None:
        """What the role may do and what needs a chosen receipt, said on the buttons before anything is typed."""
        none = None if self.selected_id() else self.tr("Choose a receipt in the list first.")
        gate(self.new_button, self.ctx, "records.write")
        gate(self.edit_button, self.ctx, "records.write", none)
        gate(self.delete_button, self.ctx, "records.write", none)
        gate(self.print_button, self.ctx, "reports.print", none)
        gate(self.attach_button, self.ctx, "records.read", none)

    def shown_filters(self) -> list[Filter]:
        """What the list shows: the home unit's scope, the period, the category, the signed copy, a chart's unit."""
        filters = [*self.ctx.list_filters("surrenders"), Filter("date", "between", (self.date_from.accepted_iso(), self.date_to.accepted_iso()))]
        if self.only_unit:  # a chart's bar: that unit's receipts as its lists show them (issue 20)
            filters += scope_filters(list_scope(self.ctx.store, self.only_unit), "surrenders")
        if self.category.currentData():
            filters.append(Filter("category", "named", (self.category.currentData(),)))
        if self.signed.currentData() is not None:
            filters.append(Filter("signed", "named", (self.signed.currentData(),)))
        return filters

    def apply_filters(self) -> None:
        self.table_model.set_filters(self.shown_filters())
        self._filters_applied()

    def _filters_applied(self) -> None:
        """The count line, the button back to every unit and the totals, for the filters the list has now (the totals
        after the list's first paint: their worker read the store while the page was painted)."""
        self._update_count()
        self.all_units_button.setVisible(bool(self.only_unit))
        self.totals_label.setText(self.tr("Totals: computing…"))
        self.view.first_paint.then(self.compute_totals)

    def _update_count(self, *_args) -> None:
        """How many receipts the list holds; blank while a big list is counted on a worker (countKnown)."""
        rows = self.table_model.rowCount()  # first: asking starts the count
        if self.table_model.counting:
            self.count_label.setText("")
            return
        shown = self.tr("%Ln receipt(s) shown", "", rows)
        if self.only_unit:
            shown += " · " + self.tr("only %1").replace("%1", self.unit_name(self.only_unit))
        self.count_label.setText(shown)

    def show_records(self, date_from: str, date_to: str, category: str | None = None, unit: str | None = None) -> None:
        """Show the receipts behind a chart's bar: these dates, this category, this unit (and those below it)."""
        for w in (self.date_from, self.date_to, self.category):
            w.blockSignals(True)
        self.date_from.set_iso(date_from)
        self.date_to.set_iso(date_to)
        self.category.setCurrentIndex(max(0, self.category.findData(category)))
        for w in (self.date_from, self.date_to, self.category):
            w.blockSignals(False)
        self.only_unit = unit
        self.apply_filters()

    def show_all_units(self) -> None:
        self.only_unit = None
        self.apply_filters()

    def refresh(self) -> None:
        self._set_rule()
        if self.built_just_now() and self.shown_filters() == list(self.pager.filters):
            self._filters_applied()  # the list was read as the page was built, with these filters
        else:
            self.apply_filters()

    def _set_rule(self) -> None:
        """Presets are reporting months (Decree 09 or calendar). A changed rule moves the dates quietly: the caller
        filters the list once, not once more for the rule."""
        from app.domain.reporting_periods import cutoff_rule

        self.period.blockSignals(True)
        try:
            self.period.set_rule(cutoff_rule(self.ctx.store))
        finally:
            self.period.blockSignals(False)

    def compute_totals(self) -> None:
        """Totals of the shown period by category and unit of count, read on a worker (big stores take a while)."""
        if self.totals_task is not None and self.totals_task.is_running:
            self.totals_task.cancel()
        date_from, date_to, only, category = (self.date_from.accepted_iso(), self.date_to.accepted_iso(), self.only_unit,
                                              self.category.currentData())
        scope = self.ctx.list_scope  # the receipts the list shows (issue 20), read on the GUI's connection
        self.totals_label.setText(self.tr("Totals: computing…"))
        if date_to < date_from:
            self.totals_label.setText("")
            return

        def work(store, task_ctx):
            # the totals count what the list shows: the home unit's scope, or the unit of a chart's bar
            rows = stats(store, date_from, date_to, by="category", scope=list_scope(store, only) if only else scope)
            return [r for r in rows if category is None or r["category"] == category]

        def done(rows, task_id=object()):
            if task is self.totals_task:
                text = totals_text(rows, self.ctx.lang)
                self.totals_label.setText(self.tr("Totals: %1").replace("%1", text or "—"))

        task = run_store_task(self.ctx, work, read_only=True, on_done=done,
                              on_failed=lambda exc: self.totals_label.setText(dialogs.error_text(exc)))
        self.totals_task = task

    def selected_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.table_model.value(index.row(), "id") if index.isValid() else None

    def refused(self, button) -> bool:
        """A shortcut (Ctrl+N, Delete, Ctrl+P) for a disabled button says why instead of opening a form."""
        self.update_buttons()
        return explain_if_disabled(self, button)

    def new_receipt(self):
        if self.refused(self.new_button):
            return None
        form = ReceiptForm(self.ctx, None, self)
        return form.result_value if dialogs.run_dialog(form) else None

    def edit_receipt(self):
        receipt_id = self.selected_id()
        if receipt_id and not self.refused(self.edit_button):
            dialogs.run_dialog(ReceiptForm(self.ctx, receipt_id, self))

    def show_attachments(self):
        """The photos and signed copy of the chosen receipt (issue 16)."""
        receipt_id = self.selected_id()
        if not receipt_id:
            return None
        from ui.attachments_view import AttachmentsDialog

        number = self.table_model.value(self.view.currentIndex().row(), "number_label")
        dialog = AttachmentsDialog(self.ctx, receipt_id, "surrender",
                                   self.tr("Attachments of receipt No. %1").replace("%1", str(number)), self)
        dialog.show()
        return dialog

    def print_receipt(self) -> bool:
        """Open the chosen receipt's biên bản on the Báo cáo page, built and previewed there."""
        receipt_id = self.selected_id()
        window = self.window()
        if not receipt_id or not hasattr(window, "show_page") or self.refused(self.print_button):
            return False
        return window.show_page("reports").open_receipt(receipt_id)

    def delete_receipt(self) -> bool:
        receipt_id = self.selected_id()
        if not receipt_id or self.refused(self.delete_button):
            return False
        receipt = sr.get_surrender(self.ctx.store, receipt_id)
        question = self.tr("Delete receipt No. %1 of %2? It stays in the history but leaves every list and total.")
        question = question.replace("%1", self.table_model.value(self.view.currentIndex().row(), "number_label")).replace("%2", format_date(receipt.data["date"]))
        if not dialogs.confirm(self, question):
            return False
        try:
            sr.delete_surrender(self.ctx.store, receipt_id)
        except Exception as exc:  # noqa: BLE001 - shown as one sentence
            dialogs.show_error(self, exc)
            return False
        self.ctx.notify_changed()
        return True
