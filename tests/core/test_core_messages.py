"""The core's one message catalogue (issue 19 item 8): gettext .po files with plural rules, read from .mo.

resources/locale/<lang>/LC_MESSAGES/antt.po holds every sentence of the core; tools/update_messages.py
compiles it (and moves sentences still written in Python dicts into it).
"""

from __future__ import annotations

import gettext
import importlib
import importlib.util
import io
import json
import pkgutil
import string
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

import app
from app import i18n
from app.i18n import FIELD, IN_CODE, LANGUAGES, MESSAGES, add_messages, ngettext, t

ROOT = Path(__file__).resolve().parents[2]
LOCALE = ROOT / "resources" / "locale"
BEFORE = Path(__file__).parent / "data" / "messages_before.json"


def tool(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def po(lang: str) -> Catalog:
    with open(LOCALE / lang / "LC_MESSAGES" / "antt.po", "rb") as fp:
        return read_po(fp, locale=lang, domain="antt")


def entries(lang: str) -> dict[tuple[str | None, str], tuple[str, ...]]:
    """(context, key) -> the entry's forms (one for a plain message)."""
    return {(m.context, m.id if isinstance(m.id, str) else m.id[0]):
            (m.string if isinstance(m.string, tuple) else (m.string,)) for m in po(lang) if m.id}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def import_every_module() -> None:
    for mod in pkgutil.walk_packages(app.__path__, "app."):
        if not mod.name.endswith("__main__"):
            importlib.import_module(mod.name)


def test_no_sentence_is_left_in_a_python_dict():
    """A sentence a branch still adds to a dict works, but must be moved: run tools/update_messages.py."""
    import_every_module()
    left = {context or "message": sorted(keys) for context, keys in IN_CODE.items() if keys}
    assert not left, f"sentences still in Python dicts (run python tools/update_messages.py): {left}"


def test_a_sentence_left_in_a_dict_still_shows_and_is_named():
    try:
        MESSAGES.update({"zz_left_behind": {"vi": "Còn {x} trong mã.", "en": "{x} left in code."}})
        assert t("zz_left_behind", "vi", x=3) == "Còn 3 trong mã."
        assert t("zz_left_behind", "en", x=3) == "3 left in code."
        assert "zz_left_behind" in IN_CODE[None]
        # a key of the catalogue written again in code with another text: the catalogue's text stands,
        # the entry is named (and tools/update_messages.py refuses to move it: see the converter's test)
        add_messages({"required": {"vi": "Khác.", "en": "Other."}})
        assert t("required", "vi", field="date") == "Chưa nhập Ngày." and "required" in IN_CODE[None]
    finally:
        IN_CODE[None].pop("zz_left_behind", None)
        IN_CODE[None].pop("required", None)


def test_compiled_mo_files_are_the_po_files():
    """The committed .mo is what Babel compiles from the committed .po (run tools/update_messages.py)."""
    for lang in LANGUAGES:
        fresh = io.BytesIO()
        write_mo(fresh, po(lang), use_fuzzy=False)
        fresh.seek(0)
        with open(LOCALE / lang / "LC_MESSAGES" / "antt.mo", "rb") as fp:
            shipped = gettext.GNUTranslations(fp)._catalog
        compiled = gettext.GNUTranslations(fresh)._catalog
        differ = sorted(str(k) for k in compiled.keys() ^ shipped.keys()
                        if k != "") + sorted(str(k) for k in compiled.keys() & shipped.keys()
                                             if k != "" and compiled[k] != shipped[k])
        assert not differ, f"{lang}: antt.mo is stale for {differ[:10]}; run python tools/update_messages.py"


def test_plural_forms_headers():
    assert i18n.catalogue("vi").info()["plural-forms"] == "nplurals=1; plural=0;"
    assert i18n.catalogue("en").info()["plural-forms"] == "nplurals=2; plural=(n != 1);"
    assert (i18n.nplurals("vi"), i18n.nplurals("en")) == (1, 2)


def test_every_key_exists_in_both_languages_with_a_text():
    vi, en = entries("vi"), entries("en")
    assert sorted(vi.keys() - en.keys()) == [] and sorted(en.keys() - vi.keys()) == []
    empty = [key for lang, found in (("vi", vi), ("en", en)) for key, forms in found.items() if not all(forms)]
    assert not empty
    assert not [m.id for lang in LANGUAGES for m in po(lang) if m.id and m.fuzzy]


def test_placeholders_match_between_languages_and_forms():
    vi, en = entries("vi"), entries("en")
    wrong = {}
    for key, forms in vi.items():
        found = [placeholders(text) for text in forms + en[key]]
        if any(names != found[0] for names in found):
            wrong[key] = found
    assert not wrong


def test_plural_entries_have_the_right_number_of_forms_and_count_n():
    counted = 0
    for lang, size in (("vi", 1), ("en", 2)):
        for m in po(lang):
            if m.id and m.pluralizable:
                counted += 1
                assert len(m.string) == size, (lang, m.id)
                assert all("{n}" in form for form in m.string), (lang, m.id)
    assert counted >= 2 * 6  # login_wait, account_locked, password_too_short, backup_passphrase_short, audit_ok, restored


@pytest.mark.parametrize("key, params, one, two", [
    ("login_wait", {}, "Too many wrong tries; try again in 1 second.", "Too many wrong tries; try again in 2 seconds."),
    ("audit_ok", {}, "The audit trail is intact: 1 entry.", "The audit trail is intact: 2 entries."),
    ("restored", {"file": "b.antt-backup"}, "Restored from b.antt-backup (1 version of records).",
     "Restored from b.antt-backup (2 versions of records)."),
    ("account_locked", {"user": "an"},
     "Account “an” is locked for 1 minute after too many wrong passwords; an administrator can unlock it.",
     "Account “an” is locked for 2 minutes after too many wrong passwords; an administrator can unlock it."),
])
def test_english_counted_messages_read_right_for_one_and_two(key, params, one, two):
    assert t(key, "en", n=1, **params) == one
    assert t(key, "en", n=2, **params) == two


def test_vietnamese_counted_messages_have_one_form_and_write_numbers_the_vietnamese_way():
    assert t("login_wait", "vi", n=1) == "Đã nhập sai nhiều lần; hãy thử lại sau 1 giây."
    assert t("login_wait", "vi", n=2) == "Đã nhập sai nhiều lần; hãy thử lại sau 2 giây."
    assert t("audit_ok", "vi", n=2028) == "Nhật ký thao tác nguyên vẹn: 2.028 mục."
    assert t("audit_ok", "en", n=2028) == "The audit trail is intact: 2,028 entries."


@pytest.mark.parametrize("n, lang, expected", [
    (1, "en", "1 receipt"), (2, "en", "2 receipts"), (0, "en", "0 receipts"), (1, "vi", "1 biên bản"),
    (2, "vi", "2 biên bản"),
])
def test_counted_phrases_in_code_follow_the_catalogues_plural_rule(n, lang, expected):
    one, other = ("{n} receipt", "{n} receipts") if lang == "en" else ("{n} biên bản", "{n} biên bản")
    assert ngettext(one, other, n, lang) == expected


def test_every_message_reads_as_before_the_move():
    """Every key of the dicts of old, in both languages, renders the same sentence from the catalogue (a
    placeholder filled with 2: a counted message reads its plural form, which is the old English text)."""
    before = json.loads(BEFORE.read_text(encoding="utf-8"))
    now = tool("snapshot_messages").snapshot()
    for section in ("messages", "fields", "phrases", "labels"):
        missing = sorted(before[section].keys() - now[section].keys())
        changed = {k: (v, now[section][k]) for k, v in before[section].items() if k in now[section]
                   and now[section][k] != v}
        assert not missing and not changed, (section, missing, changed)
    assert [len(before[s]) for s in ("messages", "fields", "phrases", "labels")] == [260, 78, 46, 178]


def test_field_labels_and_phrases_have_their_own_context():
    assert i18n.field_label("members", "vi") == "Số thành viên"  # a field "members" ...
    from app.sync.phrases import Phrase

    assert Phrase("members", count=3).text("vi") == "quá nhiều tệp thành phần (3)"  # ... and a phrase "members"
    assert i18n.field_label("not_a_field", "en") == "not_a_field"
    assert ("field", "members") in entries("en") and ("phrase", "members") in entries("en")
    assert FIELD == "field"


def test_the_app_reads_the_catalogue_without_babel_and_imports_gettext_only_when_asked():
    code = ("import sys, app.i18n as i; at_import = 'gettext' in sys.modules; "
            "text = i.t('required', 'en', field='date'); "
            "print(at_import, 'babel' in sys.modules, text)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": ""}).stdout.strip()
    assert out == "False False Date is required."


def test_the_converter_moves_a_sentence_left_in_code_and_refuses_another_text():
    update = tool("update_messages")
    catalogues = {lang: Catalog(locale=lang) for lang in LANGUAGES}
    catalogues["vi"].add("kept", "Giữ.")
    catalogues["en"].add("kept", "Kept.")
    left = {None: {"new_one": {"vi": "Mới {x}.", "en": "New {x}."}}, FIELD: {}, "phrase": {}}
    moved, clashes = update.move(catalogues, left)
    assert moved == ["new_one"] and clashes == []
    assert catalogues["vi"].get("new_one").string == "Mới {x}." and catalogues["en"].get("new_one").string == "New {x}."
    _, clashes = update.move(catalogues, {None: {"kept": {"vi": "Khác.", "en": "Kept."}}, FIELD: {}, "phrase": {}})
    assert len(clashes) == 1 and clashes[0].startswith("kept (message, vi)")
    assert catalogues["vi"].get("kept").string == "Giữ."
    _, clashes = update.move(catalogues, {None: {"kept": {"vi": "Khác.", "en": "Kept."}}}, take_code=True)
    assert clashes == [] and catalogues["vi"].get("kept").string == "Khác."


def test_a_date_in_a_sentence_is_shown_as_officers_read_it_and_a_false_one_as_typed():
    from app.i18n import _as_shown

    assert _as_shown("2027-01-05") == "05/01/2027"
    assert _as_shown("2026-13-01") == "2026-13-01"  # not a real date: as it was typed
