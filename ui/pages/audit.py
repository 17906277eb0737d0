"""The audit trail tab of Cài đặt (Nhật ký thao tác): who did what on this laptop, filtered, a page of entries
at a time, the before and after of one entry in words, and the check of the hash chain.

Only for roles with `audit.view`: the core refuses the others (app.security.audit), and the Settings page
shows this tab only to them.
"""

from __future__ import annotations

from app.domain import figures as fg
from app.domain import readable
from app.errors import AnttError
from app.i18n import t
from app.security import audit
from ui import dialogs
from ui.display import format_number
from ui.pages.sync_common import doc_type_name, format_stamp, sentence_label, set_sentence
from ui.qt import (
    QT_TRANSLATE_NOOP, QAbstractItemView, QBrush, QCheckBox, QColor, QComboBox, QCoreApplication, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSplitter, Qt, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)
from ui.widgets import PeriodPicker

PAGE_SIZE = 100

ACTION_NAMES = {
    "doc.create": QT_TRANSLATE_NOOP("Audit", "Record created"),
    "doc.update": QT_TRANSLATE_NOOP("Audit", "Record changed"),
    "doc.delete": QT_TRANSLATE_NOOP("Audit", "Record deleted"),
    "login": QT_TRANSLATE_NOOP("Audit", "Logged in"),
    "login.failed": QT_TRANSLATE_NOOP("Audit", "Wrong password"),
    "login.locked": QT_TRANSLATE_NOOP("Audit", "Account locked after wrong passwords"),
    "logout": QT_TRANSLATE_NOOP("Audit", "Logged out"),
    "user.add": QT_TRANSLATE_NOOP("Audit", "Account added"),
    "user.reset_password": QT_TRANSLATE_NOOP("Audit", "Password reset"),
    "user.change_password": QT_TRANSLATE_NOOP("Audit", "Own password changed"),
    "user.disable": QT_TRANSLATE_NOOP("Audit", "Account disabled"),
    "user.enable": QT_TRANSLATE_NOOP("Audit", "Account enabled"),
    "user.role": QT_TRANSLATE_NOOP("Audit", "Role changed"),
    "backup.create": QT_TRANSLATE_NOOP("Audit", "Backup made"),
    "backup.keep": QT_TRANSLATE_NOOP("Audit", "Number of backups kept set"),
    "backup.restore": QT_TRANSLATE_NOOP("Audit", "Backup restored"),
    "sync.import": QT_TRANSLATE_NOOP("Audit", "Bundle imported"),
    "sync.undo": QT_TRANSLATE_NOOP("Audit", "Import undone"),
    "device.revoke": QT_TRANSLATE_NOOP("Audit", "Device revoked"),
}
DETAIL_NAMES = {
    "user": QT_TRANSLATE_NOOP("Audit", "Account"), "role": QT_TRANSLATE_NOOP("Audit", "Role"),
    "from": QT_TRANSLATE_NOOP("Audit", "From"), "to": QT_TRANSLATE_NOOP("Audit", "To"),
    "path": QT_TRANSLATE_NOOP("Audit", "File"), "file": QT_TRANSLATE_NOOP("Audit", "File"),
    "keep": QT_TRANSLATE_NOOP("Audit", "Backups kept"), "reason": QT_TRANSLATE_NOOP("Audit", "Reason"),
    "previous_kept_as": QT_TRANSLATE_NOOP("Audit", "Previous data kept as"),
    "versions": QT_TRANSLATE_NOOP("Audit", "Versions"), "bundle_id": QT_TRANSLATE_NOOP("Audit", "Bundle"),
    "device": QT_TRANSLATE_NOOP("Audit", "Device"), "unit": QT_TRANSLATE_NOOP("Audit", "Unit"),
    "history": QT_TRANSLATE_NOOP("Audit", "History"), "by": QT_TRANSLATE_NOOP("Audit", "By"),
    "at": QT_TRANSLATE_NOOP("Audit", "At"),
}
CHANGED = QColor("#fff1c2")


def action_name(action: str) -> str:
    return QCoreApplication.translate("Audit", ACTION_NAMES[action]) if action in ACTION_NAMES else action


def label_of(doc_type: str, key: str, lang: str, detail: bool = False) -> str:
    """A field's words: an action's detail by DETAIL_NAMES, a record's field by its label (app.domain.readable),
    else an indicator's name (the monthly figures are shown indicator by indicator)."""
    if detail and key in DETAIL_NAMES:
        return QCoreApplication.translate("Audit", DETAIL_NAMES[key])
    label = readable.field_label(doc_type, key, lang)
    if label == key and key.count(".") == 1:
        try:
            return fg.indicator(key)["name_vi" if lang == "vi" else "name_en"]
        except AnttError:
            pass
    return label


def _flat(data: dict | None) -> dict:
    """A record's fields, with the monthly figures' indicators as fields of their own."""
    out = dict(data or {})
    values = out.pop("values", None)
    if isinstance(values, dict):
        out.update(values)
    return out


def change_rows(entry: dict, lang: str, store=None) -> list[tuple[str, str, str, bool]]:
    """(field, before, after, changed) for one entry: the fields of the record before and after (the
    indicators of monthly figures one by one), or the details of an action that is not a record change."""
    before, after = entry.get("before"), entry.get("after")
    doc_type = entry.get("doc_type") or ""
    names = readable.Names(store, lang)

    def text(key: str, value) -> str:
        return readable.format_value(names, doc_type, key, value)

    if before is None and after is None:
        detail = entry.get("detail") or {}
        return [(label_of(doc_type, k, lang, detail=True), "", text(k, v), False) for k, v in sorted(detail.items())
                if v not in (None, "", [], {})]
    b, a = _flat(before), _flat(after)
    rows = []
    for key in readable.ordered_fields(doc_type, set(b) | set(a)):
        changed = b.get(key) != a.get(key)
        if before is not None and after is not None and not changed and key in ("unit_code", "month"):
            continue
        rows.append((label_of(doc_type, key, lang), text(key, b.get(key)) if before is not None else "",
                     text(key, a.get(key)) if after is not None else "", changed and before is not None))
    return rows


class AuditPanel(QWidget):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.page_no = 0
        self.total = 0
        self.entries: list[dict] = []
        self._shown_filters: dict | None = None  # the filters of the page shown (pages by key only under the same)
        layout = QVBoxLayout(self)

        filters = QHBoxLayout()
        self.user = QComboBox()
        self.action = QComboBox()
        self.doc_type = QComboBox()
        self.dated = QCheckBox(self.tr("In the period"))
        self.period = PeriodPicker("this_month", horizontal=True)  # the one period picker (issue 15 §4)
        self.date_from, self.date_to = self.period.date_from, self.period.date_to
        for label, widget in ((self.tr("User"), self.user), (self.tr("Action"), self.action),
                              (self.tr("Record type"), self.doc_type)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        dates = QHBoxLayout()  # a line of its own: beside the three combos it would widen the window past 1366 px
        dates.addWidget(self.dated)
        dates.addWidget(self.period)
        dates.addStretch(1)
        layout.addLayout(dates)

        split = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Time"), self.tr("User"), self.tr("Action"),
                                              self.tr("Record")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.table)
        self.detail = QTableWidget(0, 3)
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Before"), self.tr("After")])
        self.detail.verticalHeader().setVisible(False)
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.setWordWrap(True)
        for c in (1, 2):
            self.detail.horizontalHeader().setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
        split.addWidget(self.detail)
        split.setSizes([380, 220])
        layout.addWidget(split, 1)

        row = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("◀ Newer"))
        self.next_button = QPushButton(self.tr("Older ▶"))
        self.page_label = QLabel()
        self.verify_button = QPushButton(self.tr("Check integrity"))
        row.addWidget(self.prev_button)
        row.addWidget(self.page_label)
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(self.verify_button)
        layout.addLayout(row)
        self.verdict = sentence_label()
        layout.addWidget(self.verdict)

        self._set_dates_enabled()
        for combo in (self.user, self.action, self.doc_type):
            combo.currentIndexChanged.connect(self.reload)
        self.dated.toggled.connect(self._set_dates_enabled)
        self.dated.toggled.connect(self.reload)
        self.period.changed.connect(self.reload)
        self.prev_button.clicked.connect(lambda: self.go(self.page_no - 1))
        self.next_button.clicked.connect(lambda: self.go(self.page_no + 1))
        self.verify_button.clicked.connect(self.verify)
        self.table.itemSelectionChanged.connect(self.show_selected)

    def _set_dates_enabled(self) -> None:
        self.period.setEnabled(self.dated.isChecked())

    def filters(self) -> dict:
        out = {"user": self.user.currentData(), "action": self.action.currentData(),
               "doc_type": self.doc_type.currentData()}
        if self.dated.isChecked():
            out.update(date_from=self.date_from.accepted_iso(), date_to=self.date_to.accepted_iso())
        return {k: v for k, v in out.items() if v}

    def refresh(self) -> None:
        """Re-read the filter choices (keeping what is chosen) and the current page."""
        try:
            choices = audit.filter_choices(self.ctx.store)
        except AnttError as exc:
            set_sentence(self.verdict, dialogs.error_text(exc), error=True)
            return
        everyone = self.tr("All")
        for combo, values, name in ((self.user, choices["users"], str), (self.action, choices["actions"], action_name),
                                    (self.doc_type, choices["doc_types"], doc_type_name)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for value in values:
                combo.addItem(name(value), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.go(self.page_no)

    def reload(self) -> None:
        self.go(0)

    def go(self, page_no: int) -> None:
        store, filters = self.ctx.store, self.filters()
        try:
            self.total = audit.count_entries(store, **filters)
            pages = max(1, -(-self.total // PAGE_SIZE))
            page_no = min(max(0, page_no), pages - 1)
            self.entries = self._read_page(store, page_no, filters)
        except AnttError as exc:
            set_sentence(self.verdict, dialogs.error_text(exc), error=True)
            return
        lang = self.ctx.lang
        names = readable.Names(store, lang)
        self.table.setRowCount(len(self.entries))
        for r, e in enumerate(self.entries):
            what = ""
            if e["doc_type"]:
                title = readable.document_title(store, e["doc_type"], e.get("after") or e.get("before"), lang, names)
                what = f"{doc_type_name(e['doc_type'])}: {title}" if title else doc_type_name(e["doc_type"])
            cells = [format_number(e["seq"], lang), format_stamp(e["at"], lang), e["username"] or "—",
                     action_name(e["action"]), what.strip()]
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        first = self.page_no * PAGE_SIZE + 1 if self.total else 0
        self.page_label.setText(self.tr("%1–%2 of %3").replace("%1", format_number(first, lang))
                                .replace("%2", format_number(self.page_no * PAGE_SIZE + len(self.entries), lang))
                                .replace("%3", format_number(self.total, lang)))
        self.prev_button.setEnabled(self.page_no > 0)
        self.next_button.setEnabled((self.page_no + 1) * PAGE_SIZE < self.total)
        self.detail.setRowCount(0)
        if self.entries:
            self.table.blockSignals(True)
            self.table.selectRow(0)
            self.table.blockSignals(False)
            self.show_entry(self.entries[0])

    def _read_page(self, store, page_no: int, filters: dict) -> list[dict]:
        """Page `page_no`: the next or previous one by key from the page shown (issue 17 item 3: no OFFSET over
        a long trail), any other by OFFSET (the first, or the same page again after a refresh)."""
        step = page_no - self.page_no
        shown = self.entries
        self.page_no = page_no
        if shown and filters == self._shown_filters and step == 1:
            return audit.list_entries(store, limit=PAGE_SIZE, after_seq=shown[-1]["seq"], **filters)
        if shown and filters == self._shown_filters and step == -1 and page_no > 0:  # the newest page: from the top
            older_first = audit.list_entries(store, limit=PAGE_SIZE, after_seq=shown[0]["seq"], newest_first=False,
                                             **filters)
            return older_first[::-1]
        self._shown_filters = filters
        return audit.list_entries(store, limit=PAGE_SIZE, offset=page_no * PAGE_SIZE, **filters)

    def show_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.show_entry(self.entries[rows[0].row()])

    def show_entry(self, entry: dict) -> None:
        rows = change_rows(entry, self.ctx.lang, self.ctx.store)
        self.detail.setRowCount(len(rows))
        for r, (label, before, after, changed) in enumerate(rows):
            for c, text in enumerate((label, before, after)):
                item = QTableWidgetItem(text)
                if changed:
                    item.setBackground(QBrush(CHANGED))
                self.detail.setItem(r, c, item)
        self.detail.resizeColumnToContents(0)
        self.detail.resizeRowsToContents()

    def verify(self) -> str:
        """Walk the chain; says in one sentence whether it is intact, or the first entry edited or removed."""
        try:
            result = audit.verify(self.ctx.store)
        except AnttError as exc:
            dialogs.show_error(self, exc)
            return ""
        lang = self.ctx.lang
        if result.ok:
            text = t("audit_ok", lang, n=result.entries)
        else:
            text = result.problems[0].message(lang)
            if len(result.problems) > 1:
                text = text.rstrip(".") + " " + self.tr("(and %1 more problems).").replace(
                    "%1", format_number(len(result.problems) - 1, lang))
        set_sentence(self.verdict, text, error=not result.ok)
        return text
