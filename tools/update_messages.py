"""Keep the core's message catalogue: move sentences still written in Python dicts into the .po files, then
compile every .po into the .mo the app reads with the standard library's gettext (issue 19 item 8).

    python tools/update_messages.py          # move, refresh the translator comments, compile
    python tools/update_messages.py --check  # exit 1 if a sentence is still in code or a .mo is stale

The catalogue is resources/locale/<lang>/LC_MESSAGES/antt.po, one per language (vi, en). msgid is the
message key; field labels have msgctxt "field", sync phrases "phrase"; a counted message is a plural entry
with {n} (Plural-Forms: vi nplurals=1, en nplurals=2). Each entry carries the other language's text as an
extracted comment ("#. en: ...") so a translator sees both; it is rewritten on every run.

A sentence still in a dict (``MESSAGES.update``, ``add_messages``, ``PHRASES.update``: another branch written
before the move) is added to both .po files; its file and line are printed so it can be deleted from the
code. A key already in the catalogue with another text stops the run and nothing is written, unless
--take-code says the code's text is the newer one (a branch that changed a sentence before the move).
Needs Babel (``pip install -e ".[tools]"``); the app itself reads the .mo without it.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import io
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LOCALE = ROOT / "resources" / "locale"
LANGS = ("vi", "en")
OTHER = {"vi": "en", "en": "vi"}
NAMES = {"vi": "Vietnamese", "en": "English"}

from babel.messages.catalog import Catalog  # noqa: E402
from babel.messages.mofile import write_mo  # noqa: E402
from babel.messages.pofile import read_po, write_po  # noqa: E402


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "antt.po"


def mo_path(lang: str) -> Path:
    return po_path(lang).with_suffix(".mo")


def read(lang: str) -> Catalog:
    path = po_path(lang)
    if not path.exists():
        return Catalog(locale=lang, domain="antt", project="ANTT Logbook", version="1", fuzzy=False,
                       header_comment=f"# Messages of the ANTT Logbook core in {NAMES[lang]}.\n"
                       "# Edit here (or in a PO editor), then run: python tools/update_messages.py",
                       msgid_bugs_address="-", last_translator="-", language_team="-")
    with open(path, "rb") as fp:
        return read_po(fp, locale=lang, domain="antt")


def in_code() -> dict[str | None, dict[str, dict[str, str]]]:
    """Every sentence still in a Python dict, by context, after importing every module of app/."""
    import app

    for mod in pkgutil.walk_packages(app.__path__, "app."):
        if not mod.name.endswith("__main__"):
            importlib.import_module(mod.name)
    from app.i18n import IN_CODE

    return IN_CODE


def where_in_code(leftovers) -> list[str]:
    """file:line of each dict entry still in code: a {"vi": ..., "en": ...} or (vi, en) value under its key."""
    keys = {key for entries in leftovers.values() for key in entries}
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Dict):
                continue
            for k, v in zip(node.keys, node.values):
                try:
                    key = ast.literal_eval(k) if k is not None else None
                except ValueError:
                    continue  # a key computed at run time (a constant's name)
                key = ":".join(key) if isinstance(key, tuple) else key
                texts = isinstance(v, ast.Dict) and any(isinstance(x, ast.Constant) and x.value == "vi" for x in v.keys)
                pair = isinstance(v, ast.Tuple) and len(v.elts) == 2
                if (texts or pair) and isinstance(key, str) and key in keys:
                    found.append(f"{path.relative_to(ROOT)}:{k.lineno}: {key}")
    return found


def move(catalogues: dict[str, Catalog], leftovers, take_code: bool = False) -> tuple[list[str], list[str]]:
    """Add the sentences in code to the catalogues; returns (moved keys, clashes not taken)."""
    moved, clashes = [], []
    for context, entries in leftovers.items():
        for key, texts in entries.items():
            for lang in LANGS:
                have = catalogues[lang].get(key, context=context)
                if have is None:
                    catalogues[lang].add(key, texts[lang], context=context)
                elif have.string != texts[lang] and take_code and not have.pluralizable:
                    have.string = texts[lang]
                elif have.string != texts[lang]:
                    clashes.append(f"{key} ({context or 'message'}, {lang}): catalogue {have.string!r} "
                                   f"!= code {texts[lang]!r}")
            moved.append(key)
    return moved, clashes


def comment_other_language(catalogues: dict[str, Catalog]) -> None:
    """Each entry shows the other language's text as '#. en: ...' / '#. vi: ...'."""
    for lang in LANGS:
        other = catalogues[OTHER[lang]]
        for message in catalogues[lang]:
            if not message.id:
                continue
            twin = other.get(message.id, context=message.context)
            texts = () if twin is None else (twin.string if isinstance(twin.string, tuple) else (twin.string,))
            message.auto_comments = [f"{OTHER[lang]}: {text}" for text in texts]


def po_bytes(catalogue: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalogue, width=100, ignore_obsolete=True, sort_output=False)
    return out.getvalue()


def mo_bytes(catalogue: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalogue, use_fuzzy=False)
    return out.getvalue()


def same_po(a: bytes, b: bytes) -> bool:
    """Whether two .po files say the same, whatever Babel version wrote them."""
    def kept(data: bytes) -> list[bytes]:
        return [line for line in data.splitlines() if not line.startswith(b'"Generated-By:')]
    return kept(a) == kept(b)


def same_mo(a: bytes, b: bytes) -> bool:
    """Whether two .mo files hold the same entries and headers, as the app's gettext reads them."""
    import gettext

    def entries(data: bytes) -> dict:
        found = gettext.GNUTranslations(io.BytesIO(data))._catalog
        return {k: v for k, v in found.items() if k != ""} | {"": found.get("", "").replace(
            next((line for line in found.get("", "").splitlines() if line.startswith("Generated-By:")), ""), "")}
    return entries(a) == entries(b)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if anything is to do")
    parser.add_argument("--take-code", action="store_true",
                        help="a key in code with another text than the catalogue's: the code's text replaces it")
    args = parser.parse_args(argv)

    catalogues = {lang: read(lang) for lang in LANGS}
    leftovers = in_code()
    moved, clashes = move(catalogues, leftovers, args.take_code)
    if clashes:
        print("Keys with another text in code than in the catalogue (nothing written; --take-code takes the "
              "code's):", *clashes, sep="\n  ")
        return 1
    comment_other_language(catalogues)
    stale = []
    for lang in LANGS:
        po, mo = po_bytes(catalogues[lang]), mo_bytes(catalogues[lang])
        for path, data, same in ((po_path(lang), po, same_po), (mo_path(lang), mo, same_mo)):
            if not path.exists() or not same(path.read_bytes(), data):
                stale.append(str(path.relative_to(ROOT)))
                if not args.check:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(data)
    if moved:
        print(f"{len(moved)} sentences {'are still' if args.check else 'moved from'} in code; delete them there (the list may name an unrelated entry with the same key):",
              *where_in_code(leftovers), sep="\n  ")
    if stale:
        print(("Out of date: " if args.check else "Written: ") + ", ".join(stale))
    return 1 if args.check and (moved or stale) else 0


if __name__ == "__main__":
    sys.exit(main())
