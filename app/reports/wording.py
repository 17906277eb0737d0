"""The printed forms' own words, from the message catalogue (context "report"; issue 19 item 8).

``say("total", lang)`` is "Cộng" or "Total"; ``say("places_rated_in_year", lang, year=2025)`` fills the placeholders as
the f-strings of old did (str.format: the same format specs). Unlike app.i18n.t, values are printed as given: a
form prints a plan's title of any length, a date already formatted. tools/move_report_words.py moved the words here
from ``tr(lang, vi, en)`` pairs. No reportlab here: app/reports/writer.py uses it too.
"""

from __future__ import annotations

from app.i18n import lookup, ngettext

CONTEXT = "report"


def say(key: str, lang: str, **params: object) -> str:
    """The form's words ``key`` in ``lang`` with ``params`` filled in (KeyError for a key the catalogue lacks)."""
    return lookup(key, "vi" if lang == "vi" else "en", CONTEXT).format(**params)


def say_n(key: str, n: object, lang: str, *, context: str = CONTEXT, **params: object) -> str:
    """A counted phrase of the catalogue: the form for ``n`` ("1 model", "2 models"; Vietnamese has one), with
    ``{n}`` written as the reader writes numbers (2.028; 8,1) and ``params`` filled in; ``context``: another
    context of the catalogue ("item_phrase")."""
    from app.formatting import format_number

    lang = "vi" if lang == "vi" else "en"
    return lookup(key, lang, context, n=n).format(n=format_number(n, lang), **params)


__all__ = ["say", "say_n", "ngettext"]
