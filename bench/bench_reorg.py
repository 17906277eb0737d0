"""The 2025 reorganisation at national scale (issue 20 item 7): about 10,000 communes merged into 3,321 and
63 provinces into 34, over five years of records with bench_national.py's shapes; prints the time of the
merger itself, of a five-year national summary under the new organisation (and as organised at the time),
and of the same summary on a copy of the store taken just before the merger, measured in the same run.

    python bench/bench_reorg.py [--scale 0.1] [--receipts 2] [--keep DIR]

--scale is the fraction of the national unit counts (1.0: 10,000 old communes, 3,321 new). Records per old
commune and month: a monthly figures document and 0..2*--receipts receipts of 1-3 item lines (demo.ITEM_MIX);
activities and models are left out (the summary's item and indicator tables are what the merger changes).
Records are written through the store's bulk path (apply_versions), not through bundles: bench_national.py
measures imports. The merger goes through the real core functions (app/domain/unit_events.py), one
transaction: communes first (each group of about three communes of one old province becomes a new commune),
then provinces (the 63 grouped into 34; the first of a group is kept, the others merge into it and their
communes move under it).
"""

from __future__ import annotations

import argparse
from decimal import Decimal
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain import demo  # noqa: E402
from app.domain.ids import figures_doc_id, new_id, unit_doc_id  # noqa: E402

OLD_PROVINCES, NEW_PROVINCES = 63, 34
YEARS = range(2021, 2026)
MERGE_DAY = "2025-07-01"


def vm(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def build(root: Path, old_communes: int, receipts: int, rng: random.Random):
    """The national store before the merger: 63 provinces, their communes, five years of records."""
    from app.domain import setup
    from app.domain.catalogue import shipped
    from app.domain.versions import Clock, apply_versions, new_version
    from app.store.db import open_store

    store = open_store(root / "antt.sqlite")
    setup.initialise(store, "BCA", "Bộ Công an", "national", officer="Đại tá Nguyễn Văn Bình")
    items = {i["code"]: i for i in shipped()["items"]}
    weights = [w for _, w, _ in demo.ITEM_MIX]
    communes = [f"CAX-{n + 1:05d}" for n in range(old_communes)]
    with store.transaction():
        clock = Clock(store)
        vs = [new_version(clock, "unit", unit_doc_id(f"CAT-{p:02d}"), {
            "code": f"CAT-{p:02d}", "name": f"Công an tỉnh số {p}", "kind": "provincial_police", "parent_code": "BCA",
            "place": f"Tỉnh {p}"}) for p in range(1, OLD_PROVINCES + 1)]
        vs += [new_version(clock, "unit", unit_doc_id(code), {
            "code": code, "name": f"Công an xã {demo.COMMUNE_NAMES[n % len(demo.COMMUNE_NAMES)]} {n + 1}",
            "kind": "commune_police", "parent_code": f"CAT-{n % OLD_PROVINCES + 1:02d}", "place": ""})
            for n, code in enumerate(communes)]
        clock.save()
        apply_versions(store, vs)
    n_versions = 0
    for year in YEARS:
        for m in range(1, 13):
            if year == 2025 and m > 12:
                break
            month = f"{year}-{m:02d}"
            with store.transaction():
                clock = Clock(store)
                vs = []
                for code in communes:
                    for k in range(rng.randint(0, 2 * receipts)):
                        lines = []
                        for item_code in {c for c, _, _ in rng.choices(demo.ITEM_MIX, weights, k=rng.randint(1, 3))}:
                            pick = next(p for c, _, p in demo.ITEM_MIX if c == item_code)
                            item = items[item_code]
                            lines.append({"item_code": item_code, "category": item["category"], "quantity": pick(rng),
                                          "unit": item["unit_vi"], "serial": "", "condition": ""})
                        vs.append(new_version(clock, "surrender", new_id(), {
                            "unit_code": code, "number": m * 10 + k + 1, "date": f"{month}-{rng.randint(1, 28):02d}",
                            "time": "09:00", "place": "", "received_by": "Lò Văn An", "received_rank": "Thượng úy",
                            "person_name": "", "owner_unknown": True, "method": "voluntary", "witnesses": [],
                            "lines": lines, "note": ""}))
                    occurred = rng.randint(0, 12)
                    vs.append(new_version(clock, "monthly_figures", figures_doc_id(code, month), {
                        "unit_code": code, "month": month, "values": {
                            "crime.cases_occurred": occurred, "crime.cases_cleared": rng.randint(0, occurred),
                            "gambling.cases": rng.randint(0, 3), "movement.tipoffs": rng.randint(0, 20)}}))
                clock.save()
                apply_versions(store, vs)
                n_versions += len(vs)
    return store, communes, n_versions


def merge_all(store, communes: list[str], new_communes: int) -> tuple[int, int]:
    """The 2025 reorganisation through the core: communes of each old province in groups, then provinces."""
    from app.domain import unit_events

    decision = unit_events.Decision("202/2025/QH15", "2025-06-12", "Quốc hội")
    by_province: dict[str, list[str]] = {}
    for n, code in enumerate(communes):
        by_province.setdefault(f"CAT-{n % OLD_PROVINCES + 1:02d}", []).append(code)
    # how many new communes each old province gets, in proportion to its communes
    groups: list[tuple[str, list[str]]] = []
    made = 0
    for p, codes in by_province.items():
        share = max(1, round(len(codes) * new_communes / len(communes)))
        for i in range(share):
            groups.append((p, codes[i * len(codes) // share:(i + 1) * len(codes) // share]))
    with store.transaction():
        for p, codes in groups:
            made += 1
            if len(codes) == 1:
                continue
            unit_events.merge(store, codes, f"CAX-N{made:05d}", MERGE_DAY, decision,
                              name=f"Công an xã mới {made}", parent_code=p)
        provinces = [f"CAT-{p:02d}" for p in range(1, OLD_PROVINCES + 1)]
        for g in range(NEW_PROVINCES):
            group = provinces[g::NEW_PROVINCES]
            if len(group) > 1:
                unit_events.merge(store, group, group[0], MERGE_DAY, decision)
    return made, NEW_PROVINCES


def timed(fn, repeat: int = 2):
    best, out = None, None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        t = time.perf_counter() - t0
        best = t if best is None else min(best, t)
    return best, out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=0.1, help="fraction of the national counts (1.0: 10,000 -> 3,321)")
    ap.add_argument("--receipts", type=int, default=1, help="mean receipts an old commune records in a month")
    ap.add_argument("--keep", type=Path)
    args = ap.parse_args()
    old, new = round(10_000 * args.scale), round(3_321 * args.scale)
    root = args.keep or Path(tempfile.mkdtemp(prefix="antt-reorg-"))
    root.mkdir(parents=True, exist_ok=True)
    try:
        run(root, old, new, args.receipts, random.Random(20))
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


def run(root: Path, old: int, new: int, receipts: int, rng: random.Random) -> None:
    from app.reports import queries
    from app.store.db import open_store

    print(f"scale: {old} old communes -> about {new} new, {OLD_PROVINCES} provinces -> {NEW_PROVINCES}; "
          f"5 years (2021-2025); receipts 0..{2 * receipts} per commune-month")
    t0 = time.perf_counter()
    store, communes, n_versions = build(root, old, receipts, rng)
    lines = store.conn.execute("SELECT count(*) FROM surrender_items").fetchone()[0]
    print(f"built: {n_versions:,} versions ({lines:,} item lines) in {time.perf_counter() - t0:.1f} s (not measured)")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(root / "antt.sqlite", root / "before.sqlite")
    before = open_store(root / "before.sqlite", create=False)

    t_merge, (made, provinces) = timed(lambda: merge_all(store, communes, new), 1)
    events = store.conn.execute("SELECT count(*) FROM unit_events").fetchone()[0]
    moved = store.conn.execute("SELECT count(*) FROM unit_changes WHERE field = 'parent'").fetchone()[0]
    print(f"merger: {events:,} unit events ({made:,} new communes, {provinces} provinces, {moved:,} units moved)"
          f" in {t_merge:.2f} s")

    span = ("2021-01-01", "2025-12-31")
    t_base, base = timed(lambda: queries.summary_data(before, "BCA", *span))
    t_end, end = timed(lambda: queries.summary_data(store, "BCA", *span))
    t_time, at_time = timed(lambda: queries.summary_data(store, "BCA", *span, by="time"))
    total = lambda r: sum((q for items in r.row_items.values() for q in items.values()), Decimal(0))  # noqa: E731  (exact: no float drift)
    print("five-year national summary (queries), best of 2:")
    print(f"  without merger       {t_base * 1000:8.0f} ms  rows {len(base.units):3d}  total {total(base):,}")
    print(f"  by the new org.      {t_end * 1000:8.0f} ms  rows {len(end.units):3d}  total {total(end):,}"
          f"  ratio {t_end / t_base:.2f}")
    print(f"  as at the time       {t_time * 1000:8.0f} ms  rows {len(at_time.units):3d}  total {total(at_time):,}"
          f"  ratio {t_time / t_base:.2f}")
    province = "CAT-01"
    t_pb, _ = timed(lambda: queries.summary_data(before, province, *span))
    t_pe, pe = timed(lambda: queries.summary_data(store, province, *span))
    pb = queries.summary_data(before, province, *span)
    print(f"five-year summary of one new province ({province}: {len(pe.units)} communes, total {total(pe):,}):"
          f" {t_pe * 1000:.0f} ms; the same province without merger ({len(pb.units)} communes, total {total(pb):,},"
          f" fewer records: the provinces merged into it are not in it) {t_pb * 1000:.0f} ms, ratio {t_pe / t_pb:.2f}")
    # a receipt's number after the merger (its series looked up through the lineage) and the unit list with its
    # statuses, against the same on the copy before the merger (follow-up of issue 20)
    from app.domain import receipt_numbering, unit_list

    def numbers(s, code):
        return [receipt_numbering.next_number(s, receipt_numbering.series_for(s, code, "2025-08-01")) for _ in range(200)]

    successor = store.conn.execute("SELECT into_code FROM (SELECT data ->> 'into' AS into_code FROM unit_events"
                                   " WHERE kind = 'merge' AND data ->> 'into' LIKE 'CAX-N%' LIMIT 1)").fetchone()[0]
    t_n0, _ = timed(lambda: numbers(before, communes[0]))
    t_n, _ = timed(lambda: numbers(store, successor))
    print(f"next receipt number x200: {t_n * 1000:.0f} ms for a new commune after the merger, {t_n0 * 1000:.0f} ms for"
          f" an old commune before it, ratio {t_n / t_n0:.2f}")
    t_l0, l0 = timed(lambda: unit_list.unit_list(before))
    t_l, l1 = timed(lambda: unit_list.unit_list(store))
    print(f"unit list with statuses: {len(l1):,} units ({sum(not u.active for u in l1):,} merged away) {t_l * 1000:.0f} ms;"
          f" before the merger {len(l0):,} units {t_l0 * 1000:.0f} ms, ratio {t_l / t_l0:.2f}")
    from app.reports.writer import write_report

    t_pdf0, _ = timed(lambda: write_report(before, "summary", root / "national0.pdf", unit="BCA", date_from=span[0],
                                           date_to=span[1]))
    t_pdf, _ = timed(lambda: write_report(store, "summary", root / "national.pdf", unit="BCA", date_from=span[0],
                                          date_to=span[1]))
    print(f"national summary PDF (best of 2): {t_pdf:.2f} s (without merger {t_pdf0:.2f} s, ratio {t_pdf / t_pdf0:.2f});"
          f" peak memory {vm('VmHWM'):.0f} MiB")
    before.close()
    store.close()


if __name__ == "__main__":
    main()
