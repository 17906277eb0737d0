"""Đồng bộ: the USB handover with the level above and the units below (issue 4, in the app).

Two actions at the top (write a bundle, read a bundle) and four tabs: this computer's keys and the enrolment
handshake; the status of every enrolled device; the receipts of imports (print, undo the latest); the
conflicts. What the tabs show is read on a worker (the status counts go over every version), so the page
never freezes on a province's store.
"""

from __future__ import annotations

from pathlib import Path

from app.reports.import_receipt import build_import_receipt_pdf
from app.reports.queries import issuer_for
from app.domain import over_limit
from app.sync import importer
from app.domain.readable import Names, documents_text
from app.sync.conflicts import count_conflicts, list_conflicts
from app.sync.held import held_documents
from app.sync.state import ensure_tables
from app.sync.status import device_status
from ui import dialogs, drives
from ui.display import format_number
from ui.pages.base import Page
from ui.pages.sync_common import format_stamp, sentence_label, set_sentence, tr
from ui.pages.sync_conflicts import ConflictsPanel
from ui.pages.sync_export import ExportDialog
from ui.pages.sync_import import ImportDialog, receipt_sentence
from ui.pages.sync_keys import KeysPanel
from ui.qt import (
    QAbstractItemView, QDesktopServices, QFont, QHBoxLayout, QHeaderView, QLabel, QPushButton, Qt, QTableWidget,
    QTableWidgetItem, QTabWidget, QUrl, QVBoxLayout, QWidget,
)
from ui.tasks import run_store_task
from ui.widgets import gate

TAB_KEYS, TAB_STATUS, TAB_RECEIPTS, TAB_CONFLICTS = range(4)


def read_sync_state(store, ctx=None, lang: str = "vi") -> dict:
    """Everything the tabs show, read in one go (runs on a worker)."""
    return {"status": device_status(store), "imports": importer.list_imports(store),
            "conflicts": list_conflicts(store), "conflicts_total": count_conflicts(store),
            "held": held_documents(store, lang), "over_limit": len(over_limit.current_records(store, lang)) if over_limit.measured(store) else None}


def open_file(path: Path) -> None:
    """Open a written PDF in the system's viewer (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], numeric: set[int] = frozenset()) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class SyncPage(Page):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        ensure_tables(ctx.store)  # before any read-only worker looks for them
        self.set_heading(self.tr("Sync with the level above and the units below"))
        self.state: dict | None = None
        self.load_task = None
        self.undo_task = None
        self.measure_task = None
        actions = QHBoxLayout()
        big = QFont(self.font())
        big.setPointSize(big.pointSize() + 2)
        big.setBold(True)
        self.export_button = QPushButton(self.tr("Write a bundle to USB…"))
        self.import_button = QPushButton(self.tr("Read a bundle from USB…"))
        for button in (self.export_button, self.import_button):
            button.setFont(big)
            button.setMinimumHeight(42)
            actions.addWidget(button)
        actions.addStretch(1)
        # issue 18: records an older version wrote beyond the size limits; shown only when there are some
        self.over_limit_button = QPushButton(self.tr("Over-long records…"))
        self.over_limit_button.setStyleSheet("color: #8a5300; font-weight: bold;")
        self.over_limit_button.setVisible(False)
        actions.addWidget(self.over_limit_button)
        self.layout_.addLayout(actions)
        self.message = sentence_label()
        self.layout_.addWidget(self.message)

        self.tabs = QTabWidget()
        self.keys = KeysPanel(ctx)
        self.tabs.addTab(self.keys, self.tr("Keys and enrolment"))
        self.status_table = _table([
            self.tr("Unit"), self.tr("Role"), self.tr("Device"), self.tr("Bundles received"),
            self.tr("Last bundle"), self.tr("Missing bundles"), self.tr("Not yet acknowledged"), self.tr("State")])
        self.tabs.addTab(self._status_tab(), self.tr("Status"))
        self.tabs.addTab(self._receipts_tab(), self.tr("Import receipts"))
        self.conflicts = ConflictsPanel(ctx)
        self.tabs.addTab(self.conflicts, self.tr("Conflicts"))
        self.layout_.addWidget(self.tabs, 1)

        # clicked(bool) would hand its `checked` flag to the slot's first parameter (a path): call with none
        self.export_button.clicked.connect(lambda: self.open_export())
        self.import_button.clicked.connect(lambda: self.open_import())
        self.over_limit_button.clicked.connect(lambda: self.open_over_limit())
        self.conflicts.resolved.connect(lambda _doc: ctx.notify_changed())
        self.receipts_table.itemSelectionChanged.connect(self.update_buttons)
        self.update_buttons()

    def update_buttons(self) -> None:
        """Writing and reading bundles need the sync permission (a commander or the administrator); the receipt
        buttons need an import to act on. Said on the buttons before a folder is chosen (issue 15 §3)."""
        gate(self.export_button, self.ctx, "sync.exchange")
        gate(self.import_button, self.ctx, "sync.exchange")
        none = None if self.receipts_table.rowCount() else self.tr("No bundle has been imported yet.")
        chosen = None if none or self.receipts_table.currentRow() >= 0 else self.tr("Choose an import in the list first.")
        gate(self.print_button, self.ctx, "reports.print", none or chosen)
        gate(self.undo_button, self.ctx, "sync.exchange", none)

    def _status_tab(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.status_table, 2)
        self.held_title = QLabel(self.tr("Documents kept here but not shown yet: they wait for a unit or a "
                                         "catalogue item the level above has not sent."))
        self.held_title.setWordWrap(True)
        col.addWidget(self.held_title)
        self.held_table = _table([self.tr("Kind"), self.tr("Document"), self.tr("Waiting for")])
        col.addWidget(self.held_table, 1)
        return box

    def _receipts_tab(self) -> QWidget:
        box = QWidget()
        col = QVBoxLayout(box)
        # what came in as an officer counts it (3 biên bản, 2 mô hình); versions by outcome are on the printed
        # receipt (the details, issue 15 §4)
        headers = [self.tr("Imported"), self.tr("Sender"), self.tr("Bundle"), self.tr("Documents received"),
                   tr("Conflicting"), self.tr("Officer"), self.tr("File")]
        self.receipts_table = _table(headers)
        col.addWidget(self.receipts_table, 1)
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print the receipt…"))
        self.undo_button = QPushButton(self.tr("Undo the latest import…"))
        row.addWidget(self.print_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        col.addLayout(row)
        self.print_button.clicked.connect(self.print_receipt)
        self.undo_button.clicked.connect(self.undo_latest)
        return box

    # --- reading what the tabs show
    def refresh(self) -> None:
        if self.load_task is not None and self.load_task.is_running:
            self._stale = True  # a change arrived while reading: read again when that read ends
            return
        lang = self.ctx.lang
        self.load_task = run_store_task(self.ctx, lambda store, tctx: read_sync_state(store, tctx, lang),
                                        read_only=True, on_done=self.show_state,
                                        on_failed=lambda exc: set_sentence(self.message, dialogs.error_text(exc),
                                                                           True))
        self.load_task.finished.connect(self._after_load)

    def _after_load(self) -> None:
        if self._stale and self.isVisible():
            self._stale = False
            self.refresh()

    def show_state(self, state: dict) -> None:
        self.state = state
        lang = self.ctx.lang
        names = Names(self.ctx.store, lang)
        rows = []
        for d in state["status"]:
            last = d["last_bundle"]
            rows.append([
                names.unit_with_code(d["unit_code"]), self.tr("level above") if d["role"] == "above" else self.tr("unit below"),
                d["device_id"], format_number(d["bundles_received"], lang),
                self.tr("no. %1, %2").replace("%1", str(last["bundle_seq"]))
                .replace("%2", format_stamp(last["imported_at"], lang)) if last else "—",
                ", ".join(format_number(n, lang) for n in d["missing_bundles"]) or "—",
                format_number(d["unacknowledged_versions"], lang),
                self.tr("revoked") if d["revoked"] else self.tr("enrolled"),
            ])
        _fill(self.status_table, rows, {3, 6})
        held = state.get("held") or []
        _fill(self.held_table, [[d["kind"], d["title"], "; ".join(d["missing"])] for d in held])
        self.held_title.setVisible(bool(held))
        self.held_table.setVisible(bool(held))
        rows = []
        for r in state["imports"]:
            received = documents_text(r.get("documents") or {}, lang) or "—"
            rows.append([format_stamp(r["imported_at"], lang), names.unit_with_code(r["sender_unit"]),
                         str(r["bundle_seq"]), received, format_number(r["counts"].get("conflicting", 0), lang),
                         r["officer"], r["file_name"]])
        _fill(self.receipts_table, rows, {2, 4})
        if rows:
            self.receipts_table.selectRow(0)
        self.update_buttons()
        too_long = state.get("over_limit")
        if too_long is None and (self.measure_task is None or not self.measure_task.is_running):
            # a store from an older version, never measured: once, by a worker that may write
            self.measure_task = run_store_task(
                self.ctx, lambda store, tctx: len(over_limit.current_records(store)), on_done=self.show_over_limit)
        elif too_long is not None:
            self.show_over_limit(too_long)
        n = state["conflicts_total"]
        self.conflicts.set_conflicts(state["conflicts"], n)
        self.tabs.setTabText(TAB_CONFLICTS, self.tr("Conflicts (%1)").replace("%1", format_number(n, lang)) if n
                             else self.tr("Conflicts"))
        self.tabs.setTabText(TAB_RECEIPTS, self.tr("Import receipts (%1)").replace("%1", format_number(len(rows), lang)) if rows
                             else self.tr("Import receipts"))

    # --- actions
    def open_export(self) -> ExportDialog:
        dialog = ExportDialog(self.ctx, self)
        dialogs.run_dialog(dialog)
        return dialog

    def open_import(self, path: Path | None = None) -> ImportDialog:
        """The import dialog, on `path` when given (a bundle found elsewhere), else on what the drives hold."""
        if path is not None and not isinstance(path, (str, Path)):
            raise TypeError(f"open_import takes a path, not {path!r}")
        dialog = ImportDialog(self.ctx, self, Path(path) if path is not None else None)
        if dialogs.run_dialog(dialog) and dialog.receipt is not None:
            set_sentence(self.message, receipt_sentence(dialog.receipt, self.ctx.lang, self.ctx.store))
            if dialog.receipt.counts.get("conflicting"):
                self.tabs.setCurrentIndex(TAB_CONFLICTS)
        return dialog

    def show_over_limit(self, count: int) -> None:
        self.over_limit_button.setVisible(bool(count))
        self.over_limit_button.setText(self.tr("Over-long records (%1)…")
                                       .replace("%1", format_number(count, self.ctx.lang)))

    def open_over_limit(self):
        from ui.pages.sync_over_limit import OverLimitDialog

        dialog = OverLimitDialog(self.ctx, self)
        dialogs.run_dialog(dialog)
        self.ctx.notify_changed()
        return dialog

    def selected_receipt(self) -> dict | None:
        if not self.state or not self.state["imports"]:
            return None
        row = max(self.receipts_table.currentRow(), 0)
        return self.state["imports"][row]

    def print_receipt(self) -> Path | None:
        receipt = self.selected_receipt()
        if receipt is None:
            return None
        stamp = (receipt["imported_at"] or "")[:10]
        suggested = f"bien-nhan-nhap-{receipt['sender_unit']}-{receipt['bundle_seq']}-{stamp}.pdf"
        out = drives.ask_save_file(self, self.tr("Save the receipt"), suggested, "PDF (*.pdf)")
        if out is None:
            return None
        try:
            issuer = issuer_for(self.ctx.store, self.ctx.home_unit, self.ctx.lang)
            build_import_receipt_pdf(receipt, out, issuer, self.ctx.lang)
        except Exception as exc:  # noqa: BLE001 - one sentence (a full drive, a folder that is gone)
            set_sentence(self.message, dialogs.error_text(exc), error=True)
            return None
        set_sentence(self.message, self.tr("The receipt was saved to %1.").replace("%1", str(out)))
        open_file(out)
        return out

    def undo_latest(self) -> None:
        if not self.state or not self.state["imports"]:
            return
        latest = self.state["imports"][0]
        if not dialogs.confirm(self, self.tr("Undo the import of %1 from %2? The data goes back to how it was just "
                                             "before that import.").replace("%1", latest["file_name"])
                               .replace("%2", Names(self.ctx.store, self.ctx.lang)
                                        .unit_with_code(latest["sender_unit"]))):
            return
        self.undo_task = run_store_task(self.ctx, lambda store, tctx: importer.undo_last_import(store),
                                        on_done=self._undone, on_failed=self._undo_failed, parent=self,
                                        label=self.tr("Undoing the import…"), cancellable=False)

    def _undone(self, receipt: dict) -> None:
        set_sentence(self.message, self.tr("The import of %1 was undone.").replace("%1", receipt["file_name"]))
        self.ctx.notify_changed()

    def _undo_failed(self, exc: BaseException) -> None:
        set_sentence(self.message, dialogs.error_text(exc), error=True)
