"""The user guide inside the app (Help menu, F1): the Markdown of docs/ shown offline, with its pictures."""

from __future__ import annotations

from app.paths import user_guide
from ui.qt import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(980, 760)
        guide = user_guide(lang)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(guide.parent)])
        if guide.exists():
            self.browser.setMarkdown(guide.read_text(encoding="utf-8"))
        else:  # a bundle built without docs/: say so rather than show nothing
            self.browser.setPlainText(self.tr("The user guide is not installed with this copy of the program."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
