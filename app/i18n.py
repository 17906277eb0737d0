"""Messages of the core in Vietnamese (default) and English, read from one gettext catalogue.

The GUI translates its own widgets through Qt Linguist; sentences that come out of the core (validation
errors, CLI output) live in resources/locale/<lang>/LC_MESSAGES/antt.po (compiled to antt.mo by
tools/update_messages.py) so the CLI, the tests and the GUI show the same words and translators' tools open
them. A message's msgid is its stable key ("required"); field labels carry the context "field", sync
phrases "phrase", and words of other kinds (roles, permissions, month statuses, readable field labels...)
a context of their own. A counted message is a plural entry whose count is the placeholder {n}: English has
two forms ("1 second", "2 seconds"), Vietnamese one (issue 19 item 8).

Sentences still written in a Python dict (``MESSAGES.update({...})``, ``add_messages``) keep working but a
test names them until tools/update_messages.py has moved them into the catalogue.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

import os
import re
from collections.abc import Iterator, MutableMapping
from functools import cache

from app.paths import resource

LANGUAGES = ("vi", "en")
_current = os.environ.get("ANTT_LANG", "vi") if os.environ.get("ANTT_LANG") in LANGUAGES else "vi"

DOMAIN = "antt"
FIELD = "field"  # msgctxt of field labels
PHRASE = "phrase"  # msgctxt of the sync layer's technical phrases
# other contexts: "role", "permission" (app/security/permissions.py), "period_status", "period_action"
# (app/domain/periods.py), "readable_field", "doc_type", "measure", "yes_no" (app/domain/readable.py),
# "ref_kind" (app/sync/held.py), "sync_word" (app/sync/conflicts.py), "authority_rule", "authority_what",
# "authority_role" (app/domain/authority.py), "attachment_kind" (app/domain/attachments.py), "file_type"
# (app/domain/attachment_files.py), "head_title" (app/domain/form_settings.py), "count_noun" (app/domain/readable.py),
# "figure_rule" (app/domain/figure_rules.py); the printed forms' own words: "report" (app/reports/wording.py, moved
# from code by tools/move_report_words.py), "form_frame" (app/reports/layout.py), "item_phrase"
# (app/reports/statement.py), "rating_class", "place_kind", "place_kinds", "plan_status", "plan_review",
# "evidence_name", "import_outcome", "receipt_method", "coverage_kind", "recognised_by" (app/reports)


def mo_path(lang: str):
    return resource("locale", lang, "LC_MESSAGES", f"{DOMAIN}.mo")


class _Missing:
    """The catalogue's fallback: a key it does not hold is an error here, never the key shown to a user."""

    def gettext(self, message: str) -> str:
        raise KeyError(message)

    def pgettext(self, context: str, message: str) -> str:
        raise KeyError(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        raise KeyError(msgid1)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        raise KeyError(msgid1)


@cache
def catalogue(lang: str):
    """The compiled catalogue of `lang` (a `gettext.GNUTranslations`); read once, on first use."""
    import gettext  # here, not at the top: importing app.i18n stays cheap for the CLI's start

    with open(mo_path(lang), "rb") as fp:
        translations = gettext.GNUTranslations(fp)
    translations.add_fallback(_Missing())
    return translations


@cache
def nplurals(lang: str) -> int:
    """How many forms a counted phrase has in `lang`, from the catalogue's Plural-Forms header."""
    found = re.search(r"nplurals\s*=\s*(\d+)", catalogue(lang).info().get("plural-forms", ""))
    return int(found.group(1)) if found else 2


def _count(n: object) -> int:
    """`n` as gettext's plural rules take it: a whole number; a fraction reads as the plural ("1,5 kg":
    CLDR's "other" in English and Vietnamese)."""
    from decimal import Decimal

    d = Decimal(str(n))
    return int(d) if d == d.to_integral_value() else 2


@cache
def _keys(context: str | None) -> dict[str, bool]:
    """The keys the catalogue holds under `context` (None: messages), each with whether it is counted."""
    # GNUTranslations keeps its entries in `_catalog` ("ctx\x04id" -> text; (id, i) -> plural form i).
    # Reading it is the one way to list them; the gettext module has kept it since Python 2.
    keys: dict[str, bool] = {}
    prefix = f"{context}\x04" if context else ""
    for lang in LANGUAGES:
        for entry in catalogue(lang)._catalog:
            msgid, plural = (entry[0], True) if isinstance(entry, tuple) else (entry, False)
            if not msgid or ("\x04" in msgid) != bool(prefix) or not msgid.startswith(prefix):
                continue  # the header (""), or an entry of another context
            keys[msgid[len(prefix):]] = plural
    return keys


def lookup(key: str, lang: str, context: str | None = None, n: object = None) -> str:
    """The catalogue's text of `key` in `lang`; for a counted entry, the form for `n`.

    Falls back to an entry still written in a Python dict; raises KeyError for a key found nowhere.
    """
    cat = catalogue(lang)
    try:
        if n is None:  # (gettext gives a counted entry's form for 1)
            return cat.pgettext(context, key) if context else cat.gettext(key)
        count = _count(n)
        return cat.npgettext(context, key, key, count) if context else cat.ngettext(key, key, count)
    except KeyError:
        return IN_CODE[context][key][lang]


class Texts(MutableMapping):
    """``MESSAGES[key] -> {"vi": ..., "en": ...}`` over the catalogue, as the dicts of old read.

    Writing (``MESSAGES.update({...})``) keeps a sentence that is still in code: it works at once, and
    tests/core/test_core_messages.py names it until tools/update_messages.py moves it into the .po files.
    """

    def __init__(self, context: str | None) -> None:
        self.context = context
        IN_CODE.setdefault(context, {})

    def __getitem__(self, key: str) -> dict[str, str]:
        try:
            n = 2 if self.counted(key) else None  # a counted message reads as its plural here
            return {lang: lookup(key, lang, self.context, n) for lang in LANGUAGES}
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key: str, texts: dict[str, str]) -> None:
        # No check against the catalogue here: a branch's dict entry must not stop the app from starting.
        # The catalogue's text wins; the test names the entry and tools/update_messages.py reports a clash.
        IN_CODE[self.context][key] = dict(texts)

    def __delitem__(self, key: str) -> None:
        del IN_CODE[self.context][key]

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(_keys(self.context).keys() | IN_CODE[self.context].keys()))

    def __len__(self) -> int:
        return len(_keys(self.context).keys() | IN_CODE[self.context].keys())

    def counted(self, key: str) -> bool:
        """Whether `key` is a plural entry (its text depends on {n})."""
        return _keys(self.context).get(key, False)


class Pairs(Texts):
    """``X[code] -> (vi, en)`` over the catalogue, as the tuples of old read; a (doc_type, field) key is the
    catalogue's "doc_type:field"."""

    @staticmethod
    def _key(code) -> str:
        return ":".join(code) if isinstance(code, tuple) else code

    def __getitem__(self, code) -> tuple[str, str]:  # type: ignore[override]
        texts = super().__getitem__(self._key(code))
        return texts["vi"], texts["en"]

    def __setitem__(self, code, texts) -> None:  # type: ignore[override]
        super().__setitem__(self._key(code), dict(zip(LANGUAGES, texts)) if isinstance(texts, tuple) else texts)


class Word:
    """One word of the catalogue read as ``WORD[lang]``, as the {"vi": ..., "en": ...} dicts of old."""

    def __init__(self, context: str, key: str) -> None:
        self.context, self.key = context, key

    def __getitem__(self, lang: str) -> str:
        return lookup(self.key, lang, self.context)


# Sentences still in Python dicts, by context: the transition's inbox (see Texts).
IN_CODE: dict[str | None, dict[str, dict[str, str]]] = {}
MESSAGES = Texts(None)
FIELDS = Texts(FIELD)


def current_language() -> str:
    return _current


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _current = lang


def field_label(field: str, lang: str | None = None) -> str:
    try:
        return lookup(field, lang or _current, FIELD)
    except KeyError:
        return field


def add_messages(messages: dict[str, dict[str, str]]) -> None:
    """Join sentences still written in a dict (a branch from before the catalogue): they show at once, and
    tests/core/test_core_messages.py names them until tools/update_messages.py moves them into the .po files."""
    MESSAGES.update(messages)


def t(key: str, lang: str | None = None, **params: object) -> str:
    """The message `key` in `lang` (default: the current language) with `params` filled in.

    A parameter named `field` (or `other_field`) is a field key and is shown by its label. A counted
    message takes its form from `n` and shows `n` as the reader writes numbers (1.234; 8,1).
    """
    lang = lang or _current
    counted = "n" in params and MESSAGES.counted(key)
    text = lookup(key, lang, n=params["n"] if counted else None)
    shown = {name: value.text(lang) if isinstance(value, PerLanguage) else _as_shown(value)
             for name, value in params.items()}
    if counted:
        from app.formatting import format_number

        shown["n"] = format_number(params["n"], lang)
    for name in ("field", "other_field"):
        if name in shown:
            shown[name] = field_label(str(shown[name]), lang)
    return text.format(**shown)


def ngettext(one: str, other: str, n: object, lang: str | None = None) -> str:
    """The form of a counted phrase written in code for ``n``, with ``{n}`` filled in as the reader writes
    numbers (1.234; 8,1).

    The rule is the catalogue's Plural-Forms: English takes ``one`` for exactly 1 and ``other`` otherwise
    ("1 model", "0 models", "2 models", "1,5 kg"); Vietnamese has one form (nplurals=1), so it takes
    ``other`` and a Vietnamese phrase passes the same text twice. A counted message of the catalogue is
    ``t(key, lang, n=...)``.
    """
    from app.formatting import format_number

    lang = lang or _current
    single = nplurals(lang) > 1 and catalogue(lang).plural(_count(n)) == 0
    chosen = one if single else other
    return chosen.replace("{n}", format_number(n, lang))


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
SHOWN_TEXT = 400  # characters of a typed value a sentence repeats; the middle of a longer one is left out


class PerLanguage(ABC):
    """A message parameter that reads differently in each language (an indicator's name, a number written
    2,5 or 2.5): `t()` asks it for `text(lang)` in the language of the sentence."""

    def __init__(self, value) -> None:
        self.value = value

    @abstractmethod
    def text(self, lang: str) -> str:
        """The value as a reader of `lang` writes it."""

    def __str__(self) -> str:
        return self.text("en")


def _as_shown(value: object) -> object:
    """A real date travels in ISO (2027-01-01) and is shown as the officer reads dates: 01/01/2027.

    Any text is shown on one line, at most SHOWN_TEXT characters, and printable whatever was typed
    (issue 18: a 1 MB value or a line break must not turn a one-sentence refusal into pages)."""
    if not isinstance(value, str):
        return value
    if _ISO_DATE.fullmatch(value):
        # imported here: datetime and decimal (app.formatting's) cost the first window 4 ms (issue 17 item 4)
        import datetime as dt

        from app.formatting import format_date

        try:
            return format_date(dt.date.fromisoformat(value))
        except ValueError:
            return value  # not a real date (2026-13-01): shown as it was typed
    if len(value) > SHOWN_TEXT:
        value = value[: SHOWN_TEXT // 2] + "…" + value[-(SHOWN_TEXT // 2 - 1):]
    value = _CONTROL.sub(" ", value)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates (an argument that was not UTF-8): shown escaped
        value = value.encode("utf-8", "backslashreplace").decode("utf-8")
    return value

