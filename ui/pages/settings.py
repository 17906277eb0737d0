"""Cài đặt: language (applied at once: the window is rebuilt in the new language), the officer's name that
new records carry, and facts about this installation; who signs the unit's forms and to whom they go
(ui/pages/signers.py); the backups tab (ui/pages/backups.py) and, for roles
allowed to read it, the audit trail (ui/pages/audit.py)."""

from __future__ import annotations

from app.domain.reporting_periods import cutoff_rule, set_cutoff_rule
from app.errors import AnttError
from app.security.permissions import allowed
from ui.first_run import LANGUAGE_NAMES
from ui.pages.audit import AuditPanel
from ui.pages.backups import BackupsPanel
from ui.pages.base import Page
from ui.pages.signers import SignersPanel
from ui.qt import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, Qt, QTabWidget, QVBoxLayout, QWidget, \
    Signal


class SettingsPage(Page):
    languageSwitchRequested = Signal(str)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.set_heading(self.tr("Settings"))
        form = QFormLayout()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(ctx.lang))
        self.language.setMaximumWidth(240)
        officer_row = QHBoxLayout()
        self.officer = QLineEdit(ctx.store.author)
        self.officer.setMaximumWidth(360)
        self.save_officer = QPushButton(self.tr("Save"))
        officer_row.addWidget(self.officer)
        officer_row.addWidget(self.save_officer)
        officer_row.addStretch(1)
        self.saved = QLabel()
        self.cutoff = QComboBox()  # Decree 09/2019 Art. 12 or calendar periods (app.domain.reporting_periods)
        self.cutoff.addItem(self.tr("Decree 09/2019: the 15th of the month before to the 14th"), "decree09")
        self.cutoff.addItem(self.tr("Calendar months and years"), "calendar")
        self.cutoff.setCurrentIndex(max(0, self.cutoff.findData(cutoff_rule(ctx.store))))
        self.cutoff.setMaximumWidth(420)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Reporting periods"), self.cutoff)
        form.addRow(self.tr("Officer (author of new records)"), officer_row)
        form.addRow("", self.saved)
        form.addRow(self.tr("Unit"), QLabel(f"{ctx.home_unit_name} ({ctx.home_unit})"))
        form.addRow(self.tr("Store file"), self._selectable(str(ctx.db_path)))
        form.addRow(self.tr("Device"), self._selectable(ctx.store.device_id))
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.signers = SignersPanel(ctx)
        self.tabs.addTab(self.signers, self.tr("Signers and recipients"))
        self.backups = BackupsPanel(ctx)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.audit = AuditPanel(ctx)
        self.audit_tab = self.tabs.addTab(self.audit, self.tr("Audit trail"))
        self.layout_.addWidget(self.tabs, 1)
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.save_officer.clicked.connect(self.set_officer)
        self.officer.returnPressed.connect(self.set_officer)
        self.cutoff.currentIndexChanged.connect(self.set_cutoff)

    def refresh(self) -> None:
        """The audit tab is there only for roles that may read the trail (checked again after each change:
        a login or a restore may change who is there)."""
        may_read = allowed(self.ctx.store, "audit.view")
        self.tabs.setTabVisible(self.audit_tab, may_read)
        current = self.tabs.currentWidget()
        if current is self.signers:
            self.signers.refresh()
        elif current is self.backups:
            self.backups.refresh()
        elif current is self.audit and may_read:
            self.audit.refresh()

    @staticmethod
    def _selectable(text: str) -> QLabel:
        label = QLabel(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _language_chosen(self) -> None:
        lang = self.language.currentData()
        if lang != self.ctx.lang:
            self.languageSwitchRequested.emit(lang)

    def set_officer(self) -> None:
        with self.ctx.store.transaction():
            self.ctx.store.meta_set("officer", self.officer.text().strip())
        self.saved.setText(self.tr("Saved."))

    def set_cutoff(self) -> None:
        """How every form cuts its period from now on; refused (and put back) for a role without set-up rights."""
        try:
            set_cutoff_rule(self.ctx.store, self.cutoff.currentData())
        except AnttError as exc:
            self.saved.setText(exc.message())
            self.cutoff.blockSignals(True)
            self.cutoff.setCurrentIndex(max(0, self.cutoff.findData(cutoff_rule(self.ctx.store))))
            self.cutoff.blockSignals(False)
            return
        self.saved.setText(self.tr("Saved."))
