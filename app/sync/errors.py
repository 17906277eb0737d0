"""Refusals of the sync layer: one message key each, one clear sentence in Vietnamese and English.

The sentences are in the core's message catalogue (resources/locale/*/LC_MESSAGES/antt.po), so
`AnttError.message()`, the CLI and the GUI show them the same way. A bundle refusal always means: nothing was written.
"""

from __future__ import annotations

from app.errors import AnttError
from app.i18n import add_messages, t
from app.sync.phrases import render

# The sync layer's sentences are in the message catalogue (resources/locale/*/LC_MESSAGES/antt.po, issue 19
# item 8). Add new ones there: an entry left here still works but a test names it until
# tools/update_messages.py moves it.
SYNC_MESSAGES: dict[str, dict[str, str]] = {}

add_messages(SYNC_MESSAGES)


class KeysError(AnttError):
    """The keys of this installation are missing, damaged or locked."""


class BundleError(AnttError):
    """A bundle we refuse to write or read; nothing was changed.

    Technical details travel as `Phrase` parameters and are shown in the reader's language.
    """

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key, **params)
        self.args = (self.message("en"),)

    def message(self, lang: str | None = None) -> str:
        return t(self.key, lang, **render(self.params, lang))
