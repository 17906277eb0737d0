"""The printed wording of every form, in Vietnamese and English, against a snapshot (issue 19: the forms' own words
moved from code into the message catalogue must print byte for byte as before).

Each form of tests/reports/levels.py (every level, both languages; the receipts; the import receipt) is written and
read back with pdfplumber; its words are compared, as a multiset, with tests/reports/data/forms_wording.json. Words,
not lines: another layout (a column a little wider) moves words between lines without changing what the form says.

A deliberate change of wording: ``python -m tests.reports.test_reports_wording`` rewrites the snapshot; read its diff.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections import Counter
from pathlib import Path

import pdfplumber
import pytest

from .levels import IMPORT_RECEIPT, LEVELS, every_form

SNAPSHOT = Path(__file__).parent / "data" / "forms_wording.json"
ISSUED = dt.date(2026, 12, 5)


def read_words(data: bytes) -> str:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return " ".join(" ".join((p.extract_text() or "") for p in pdf.pages).split())


def every_text(store, ids) -> dict[str, str]:
    """Form name -> its words as printed, for every form at every level in both languages."""
    from app.reports.import_receipt import build_import_receipt_pdf
    from app.reports.queries import issuer_for
    from app.reports.writer import write_report
    import tempfile

    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for lang in ("vi", "en"):
            for name, kind, kw, levelled in every_form(ids):
                for level in (LEVELS if levelled else [""]):
                    path = Path(tmp) / f"{name}.pdf"
                    write_report(store, kind, path, unit=LEVELS[level] if level else None, lang=lang,
                                 issued_on=ISSUED, **kw)
                    out[f"{name}-{level + '-' if level else ''}{lang}"] = read_words(path.read_bytes())
            buf = io.BytesIO()
            build_import_receipt_pdf(IMPORT_RECEIPT, buf, issuer_for(store, "CAT-BT", lang), lang)
            out[f"import-{lang}"] = read_words(buf.getvalue())
    return out


@pytest.fixture(scope="module")
def printed(world):
    return every_text(*world)


def test_every_form_prints_the_words_of_the_snapshot(printed):
    before = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert sorted(printed) == sorted(before)
    changed = {}
    for name, text in printed.items():
        now, then = Counter(text.split()), Counter(before[name].split())
        if now != then:
            changed[name] = {"new": sorted((now - then).elements())[:20], "gone": sorted((then - now).elements())[:20]}
    assert not changed, json.dumps(changed, ensure_ascii=False, indent=1)


def test_the_snapshot_would_see_a_changed_word(printed):
    """The comparison is not blind: one word changed in one form is caught."""
    name = "monthly-commune-vi"
    assert "Cộng" in printed[name].split()
    altered = printed[name].replace("Cộng", "Tổng", 1)
    assert Counter(altered.split()) != Counter(printed[name].split())


def main() -> None:  # rewrite the snapshot after a deliberate change of wording
    from app.store.db import open_store
    import tempfile

    from .levels import build

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "levels.sqlite")
        texts = every_text(store, build(store))
        store.close()
    SNAPSHOT.write_text(json.dumps(texts, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{SNAPSHOT}: {len(texts)} forms")


if __name__ == "__main__":
    main()
