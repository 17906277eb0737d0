"""Print every form at every level, in Vietnamese and English, from the hand-written four-level store of
tests/reports/levels.py, and turn each page into a picture, to look at as a commander would before signing.

    python tools/form_gallery.py OUT_DIR [--png] [--dpi 80] [--only monthly,models] [--levels commune,post]

Writes OUT_DIR/<kind>-<level>-<lang>.pdf (and -N.png per page with --png, through pdftoppm). The store is
built fresh in OUT_DIR/levels.sqlite each run; the import receipt is IMPORT_RECEIPT of tests/reports/levels.py.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ISSUED = dt.date(2026, 12, 5)


def main(argv: list[str] | None = None) -> int:
    from app.reports.writer import write_report
    from app.store.db import open_store
    from app.reports.import_receipt import build_import_receipt_pdf
    from app.reports.queries import issuer_for
    from tests.reports.levels import IMPORT_RECEIPT, LEVELS, build, every_form

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("out")
    p.add_argument("--png", action="store_true")
    p.add_argument("--dpi", type=int, default=80)
    p.add_argument("--only", default="")
    p.add_argument("--levels", default=",".join(LEVELS))
    args = p.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    db = out / "levels.sqlite"
    for f in out.glob("levels.sqlite*"):
        f.unlink()
    store = open_store(db)
    ids = build(store)
    only = set(filter(None, args.only.split(",")))
    made = []
    for lang in ("vi", "en"):
        for name, kind, kw, levelled in every_form(ids):
            if only and name not in only:
                continue
            for level in (args.levels.split(",") if levelled else [""]):
                path = out / f"{name}-{level + '-' if level else ''}{lang}.pdf"
                write_report(store, kind, path, unit=LEVELS[level] if level else None, lang=lang, issued_on=ISSUED,
                             **kw)
                made.append(path)
        if not only or "import" in only:
            path = out / f"import-{lang}.pdf"
            build_import_receipt_pdf(IMPORT_RECEIPT, str(path), issuer_for(store, "CAT-BT", lang), lang)
            made.append(path)
    store.close()
    if args.png:
        for path in made:
            subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", str(path), str(path.with_suffix(""))], check=True)
    print("\n".join(str(p) for p in made))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
