"""Technical details inside sync messages ("size 10 ≠ 12", "key seal"), in the reader's language.

A `Phrase` is a `str` whose value is a stable code (tests and scripts compare it); messages
render it with `text(lang)`, so a Vietnamese sentence never carries an English fragment.
"""

from __future__ import annotations

import errno

from app.formatting import format_number
from app.i18n import PHRASE, Pairs, current_language, field_label, lookup


PHRASES = Pairs(PHRASE)  # code -> (vi, en)
# The phrases are in the message catalogue with msgctxt "phrase" (resources/locale/*/LC_MESSAGES/antt.po,
# issue 19 item 8). Add new ones there: one left in a PHRASES.update({...}) still works but a test names it
# until tools/update_messages.py moves it.


class Phrase(str):
    """A detail code that shows in the reader's language: `Phrase("size", found=10, expected=12)`."""

    params: dict

    def __new__(cls, code: str, **params: object) -> "Phrase":
        if code not in PHRASES:
            raise KeyError(code)
        obj = super().__new__(cls, code)
        obj.params = params
        return obj

    def text(self, lang: str | None = None) -> str:
        lang = lang or current_language()
        shown = {k: (format_number(v, lang) if type(v) is int else v) for k, v in self.params.items()}
        if "field" in shown:
            shown["field"] = field_label(str(shown["field"]), lang)
        return lookup(str(self), lang, PHRASE).format(**shown)


def os_reason(exc: OSError) -> Phrase:
    """An operating-system failure as a phrase (strerror is English on every Windows and Linux we meet)."""
    if exc.errno == errno.ENOENT:
        return Phrase("not found")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return Phrase("no permission")
    if exc.errno == errno.EIO:
        return Phrase("device error")
    return Phrase("os error", text=exc.strerror or type(exc).__name__)


def render(params: dict, lang: str | None) -> dict:
    """Message parameters with every Phrase shown in `lang`."""
    return {k: (v.text(lang) if isinstance(v, Phrase) else v) for k, v in params.items()}
