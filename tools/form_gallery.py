"""Print every form at every level, in Vietnamese and English, from the hand-written four-level store of
tests/reports/levels.py, and turn each page into a picture, to look at as a commander would before signing.

    python tools/form_gallery.py OUT_DIR [--png] [--dpi 80] [--only monthly,models] [--levels commune,post]

Writes OUT_DIR/<kind>-<level>-<lang>.pdf (and -N.png per page with --png, through pdftoppm). The store is
built fresh in OUT_DIR/levels.sqlite each run. Also writes text.txt, the extracted text of every form, one
after the other (what tests/reports/test_reports_wording.py compares).
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


def forms(ids: dict) -> list[tuple[str, str, dict]]:
    """(name, kind, keyword arguments of write_report): every form a level prints."""
    return [("monthly", "monthly", dict(month="2026-11")),
            ("review6", "monthly", dict(period=("half", "2026-H2"))),
            ("summary5", "summary", dict(date_from="2021-01-01", date_to="2025-12-31")),
            ("models", "models", {}),
            ("ratings", "ratings", dict(year=2025)),
            ("plan", "plan", dict(plan_id=ids["plan"]))]


def receipts(ids: dict) -> list[tuple[str, str, dict]]:
    return [("receipt-person", "receipt", dict(receipt_id=ids["mn_receipt"])),
            ("receipt-found", "receipt", dict(receipt_id=ids["found_receipt"])),
            ("receipt-post", "receipt", dict(receipt_id=ids["post_receipt"]))]


def main(argv: list[str] | None = None) -> int:
    from app.reports.writer import write_report
    from app.store.db import open_store
    from tests.reports.levels import LEVELS, build

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
        for level in args.levels.split(","):
            for name, kind, kw in forms(ids):
                if only and name not in only:
                    continue
                path = out / f"{name}-{level}-{lang}.pdf"
                write_report(store, kind, path, unit=LEVELS[level], lang=lang, issued_on=ISSUED, **kw)
                made.append(path)
        for name, kind, kw in receipts(ids):
            if only and name not in only and "receipt" not in only:
                continue
            path = out / f"{name}-{lang}.pdf"
            write_report(store, kind, path, lang=lang, issued_on=ISSUED, **kw)
            made.append(path)
    store.close()
    if args.png:
        for path in made:
            subprocess.run(["pdftoppm", "-r", str(args.dpi), "-png", str(path), str(path.with_suffix(""))], check=True)
    print("\n".join(str(p) for p in made))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
