"""The one exception the core raises for anything a user did or a file held that we refuse."""

from __future__ import annotations

from app.i18n import t


class AnttError(Exception):
    """A refusal with a message key; `message(lang)` is the one clear sentence shown to the user."""

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(t(key, "en", **params))

    def message(self, lang: str | None = None) -> str:
        return t(self.key, lang, **self.params)


class ValidationError(AnttError):
    """Input that breaks a record rule; nothing was written."""


class NotFound(AnttError):
    """A reference (unit, item, model, receipt) that is not in the store."""
