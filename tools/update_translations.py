"""Refresh the GUI's translation catalogues: pyside6-lupdate over ui/ into resources/translations/*.ts,
then pyside6-lrelease into the .qm files the app loads.

    python tools/update_translations.py [--fill-vi FILE.json] [--check]

lupdate keeps every translation already in a .ts and marks new source strings unfinished; translate them
in Qt Linguist (or with --fill-vi, a JSON object {"English source": "Vietnamese text"}). --check exits
non-zero when the Vietnamese catalogue still has unfinished messages.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = {"vi": "vi_VN", "en": "en_GB"}


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if not found:
        sys.exit(f"pyside6-{name} not found; it comes with the PySide6 package.")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def lupdate() -> None:
    for lang, locale in LANGS.items():
        ts = TS_DIR / f"antt_{lang}.ts"
        subprocess.run([tool("lupdate"), "-no-obsolete", "-source-language", "en_GB", "-target-language", locale,
                        *sources(), "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True)


def fill(ts: Path, translations: dict[str, str]) -> int:
    """Put `translations` into unfinished messages of `ts`; returns how many were filled."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        target = message.find("translation")
        if (source in translations and str(translations[source]).strip() and target is not None
                and target.get("type") == "unfinished"):
            value = translations[source]
            if message.get("numerus") == "yes":
                for child in list(target):
                    target.remove(child)
                form = ET.SubElement(target, "numerusform")
                form.text = value
            else:
                target.text = value
            del target.attrib["type"]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>",
                                                  '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    ts.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    return filled


def unfinished(ts: Path) -> list[str]:
    """Sources whose translation is unfinished, or blank (a plural message whose forms hold only spaces
    shows an officer an empty question: a merge once produced one)."""
    out = []
    for m in ET.parse(ts).iter("message"):
        tr = m.find("translation")
        if tr is None or tr.get("type") in ("obsolete", "vanished"):
            continue
        texts = [f.text or "" for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
        if tr.get("type") == "unfinished" or not all(t.strip() for t in texts):
            out.append(m.findtext("source"))
    return out


def lrelease() -> None:
    for lang in LANGS:
        ts = TS_DIR / f"antt_{lang}.ts"
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fill-vi", type=Path, help="JSON {English source: Vietnamese} for unfinished messages")
    ap.add_argument("--check", action="store_true", help="fail when Vietnamese messages are unfinished")
    args = ap.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    lupdate()
    if args.fill_vi:
        n = fill(TS_DIR / "antt_vi.ts", json.loads(args.fill_vi.read_text(encoding="utf-8")))
        print(f"filled {n} Vietnamese messages")
    lrelease()
    missing = unfinished(TS_DIR / "antt_vi.ts")
    for source in missing:
        print(f"untranslated (vi): {source}")
    return 1 if (args.check and missing) else 0


if __name__ == "__main__":
    sys.exit(main())
