"""The first run: name the unit this laptop belongs to, its parent, the officer and the language, and create
the administrator account (issue 6).

Calls `app.domain.setup.initialise_with_administrator`: the unit and the account in one transaction, so a
refusal of either is shown in the dialog in one sentence and nothing is written. Then the administrator is
logged in. On a store that already has accounts (made with `antt user add` before `antt init`) the account
rows are left out and only the unit is set up.
"""

from __future__ import annotations

from app.domain import setup, vocab
from app.errors import AnttError
from app.security import accounts
from ui.account_forms import AccountFields
from ui.dialogs import error_text
from ui.i18n import current_language, install_language
from ui.qt import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout,
)

LANGUAGE_NAMES = (("vi", "Tiếng Việt"), ("en", "English"))


class FirstRunDialog(QDialog):
    def __init__(self, store, lang: str = "vi", parent=None) -> None:
        super().__init__(parent)
        self.store = store
        self.chosen_language = lang
        self.setWindowTitle(self.tr("Set up ANTT Logbook"))
        self.setMinimumWidth(520)
        box = QVBoxLayout(self)
        intro = QLabel(self.tr("This laptop keeps the records of one unit. Name the unit and the officer; "
                               "you can change the officer and the language later in Settings."))
        intro.setWordWrap(True)
        box.addWidget(intro)
        form = QFormLayout()
        self.unit_code = QLineEdit()
        self.unit_code.setPlaceholderText(self.tr("e.g. CAX-DD"))
        self.unit_name = QLineEdit()
        self.unit_name.setPlaceholderText(self.tr("e.g. Công an xã Đồng Đăng"))
        self.unit_kind = QComboBox()
        for entry in vocab.entries("unit_kinds"):
            self.unit_kind.addItem(entry[lang], entry["code"])
        self.unit_kind.setCurrentIndex(max(0, self.unit_kind.findData("commune_police")))
        self.parent_code = QLineEdit()
        self.parent_name = QLineEdit()
        self.place = QLineEdit()
        self.officer = QLineEdit()
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(lang))
        form.addRow(self.tr("Unit code"), self.unit_code)
        form.addRow(self.tr("Unit name"), self.unit_name)
        form.addRow(self.tr("Unit kind"), self.unit_kind)
        form.addRow(self.tr("Parent unit code"), self.parent_code)
        form.addRow(self.tr("Parent unit name"), self.parent_name)
        form.addRow(self.tr("Province / place"), self.place)
        form.addRow(self.tr("Officer"), self.officer)
        form.addRow(self.tr("Language"), self.language)
        box.addLayout(form)
        self.account: AccountFields | None = None
        if accounts.first_run_needed(store):
            group = QGroupBox(self.tr("Administrator account of this laptop"))
            account_form = QFormLayout(group)
            self.account = AccountFields(account_form)
            box.addWidget(group)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        box.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)

    def accept(self) -> None:
        lang = self.language.currentData()
        install_language(lang)  # the core's refusal is then worded in the chosen language
        unit = (self.unit_code.text().strip(), self.unit_name.text().strip(), self.unit_kind.currentData(),
                self.parent_code.text().strip() or None, self.parent_name.text().strip() or None)
        details = dict(place=self.place.text().strip(), officer=self.officer.text().strip(), lang=lang)
        try:
            if self.account is None:
                setup.initialise(self.store, *unit, **details)
            else:
                username, full_name, password = self.account.values()
                setup.initialise_with_administrator(self.store, *unit, **details, username=username,
                                                    password=password, full_name=full_name or details["officer"])
                accounts.login(self.store, username, password)
        except AnttError as exc:
            self.message.setText(error_text(exc))
            return
        self.chosen_language = current_language()
        super().accept()
