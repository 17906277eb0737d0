"""Print every core message and word (labels of fields, roles, permissions, statuses, document kinds...) as the
user reads it, in both languages, as JSON (issue 19 item 8).

    python tools/snapshot_messages.py > tests/core/data/messages_before.json

Uses only the public helpers (`app.i18n.t`, `field_label`, `Phrase.text`), so it runs on the code from before
the move to the gettext catalogue and after it; tests/core/test_core_messages.py compares the two. Every
placeholder is filled with 2 (a count reads as its plural form) and `field`/`other_field` with the field
"date", so a placeholder renamed for a plural ({seconds} -> {n}) still renders the same sentence.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import string
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def load_all() -> None:
    """Import every module of app/: a layer joins its sentences to the catalogue when it is imported."""
    import app

    for mod in pkgutil.walk_packages(app.__path__, "app."):
        if not mod.name.endswith("__main__"):
            importlib.import_module(mod.name)


def sample(text: str) -> dict:
    names = {f for _, f, _, _ in string.Formatter().parse(text) if f}
    return {n: ("date" if n in ("field", "other_field") else 2) for n in names}


def snapshot() -> dict:
    load_all()
    from app.i18n import FIELDS, LANGUAGES, MESSAGES, field_label, t
    from app.sync.phrases import PHRASES, Phrase

    out: dict = {"messages": {}, "fields": {}, "phrases": {}}
    for key in sorted(MESSAGES):
        params = {}
        for lang in LANGUAGES:
            params |= sample(MESSAGES[key][lang])
        out["messages"][key] = {lang: t(key, lang, **params) for lang in LANGUAGES}
    for key in sorted(FIELDS):
        out["fields"][key] = {lang: field_label(key, lang) for lang in LANGUAGES}
    for code in sorted(PHRASES):
        params = {}
        for text in PHRASES[code]:
            params |= sample(text)
        out["phrases"][code] = {lang: Phrase(code, **params).text(lang) for lang in LANGUAGES}
    out["labels"] = labels()
    return out


def labels() -> dict:
    """The words of roles, permissions, month statuses and month actions, "role:officer" -> {lang: word}."""
    from app.domain import periods
    from app.i18n import LANGUAGES
    from app.security import permissions

    actions = getattr(periods, "PERIOD_ACTIONS", None)
    if actions is None:  # before the move they lived in app/security/messages.py
        from app.security.messages import PERIOD_ACTIONS as actions
    found = {}
    for kind, table, show in (("role", permissions.ROLE_LABELS, permissions.role_label),
                              ("permission", permissions.PERMISSIONS, permissions.permission_label),
                              ("period_status", periods.STATUS_LABELS, periods.status_label),
                              ("period_action", actions, lambda k, lang: actions[k][lang])):
        for key in table:
            found[f"{kind}:{key}"] = {lang: show(key, lang) for lang in LANGUAGES}
    found.update(domain_words())
    return found


def domain_words() -> dict:
    """The words of readable documents (field labels, document kinds, measures, yes/no) and of the sync views."""
    from app.domain import readable
    from app.i18n import LANGUAGES
    from app.sync import conflicts, held

    found = {}
    for key in readable.LABELS:
        doc_type, field = key if isinstance(key, tuple) else tuple(key.split(":")) if ":" in key else ("", key)
        found[f"readable_field:{doc_type}:{field}"] = {lang: readable.field_label(doc_type, field, lang)
                                                       for lang in LANGUAGES}
    for key in readable.DOC_TYPE_NAMES:
        found[f"doc_type:{key}"] = {lang: readable.doc_type_name(key, lang) for lang in LANGUAGES}
    for key in ("count", "mass", "length"):
        found[f"measure:{key}"] = {lang: readable.format_value(readable.Names(None, lang), "catalogue_item",
                                                               "measure", key) for lang in LANGUAGES}
    for value in (True, False):
        found[f"yes_no:{value}"] = {lang: readable.plain(value, lang) for lang in LANGUAGES}
    for key in ("unit", "item"):
        found[f"ref_kind:{key}"] = {lang: held.describe_ref(f"{key}:X", lang) for lang in LANGUAGES}
    found.update(refusal_words())
    found["sync_word:genesis"] = {lang: conflicts.GENESIS[lang] for lang in LANGUAGES}
    found["sync_word:this_computer"] = {lang: conflicts.THIS_COMPUTER[lang] for lang in LANGUAGES}
    return found


def refusal_words() -> dict:
    """The rules of who may write what (app/domain/authority.py), the kinds of attachment and the file types
    named in their refusals (app/domain/attachments.py, attachment_files.py)."""
    from app.domain import attachment_files, attachments, authority
    from app.i18n import LANGUAGES

    found = {}
    for kind, table in (("authority_rule", authority.RULE_TEXTS), ("authority_what", authority.WHAT),
                        ("authority_role", authority.ROLES), ("file_type", attachment_files._LABELS)):
        for key in table:
            found[f"{kind}:{key}"] = dict(zip(LANGUAGES, table[key]))
    for key in attachments.KINDS:
        found[f"attachment_kind:{key}"] = {lang: attachments.kind_label(key, lang) for lang in LANGUAGES}
    return found


if __name__ == "__main__":
    json.dump(snapshot(), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")
