"""Report benchmark: a monthly form, and the five-year consolidated summary of 300 units.

    python bench/bench_reports.py [--lines 1000000] [--units 300]
    python bench/bench_reports.py --register 8400     # only the models register of 8,400 models (935 pages)
    python bench/bench_reports.py --lines 200000 --units 3000 --store /tmp/b.sqlite   # keep the store, reuse it

Prints: build time of a monthly form from plain data and from a store; a 300-unit five-year summary
from plain data; and from a store of --lines surrender lines (query + PDF). Targets (issue 5):
monthly form < 0.5 s; five-year summary over 1,000,000 lines < 5 s. Then (issue 8) the ratings
register of a year with --places places per unit, and the progress report of a plan with ten tasks
assigned to every unit.

Issue 17 item 9: every figure is printed with its ratio to a baseline measured in the same run: a PDF against
a bare reportlab canvas writing the same table cells on as many pages (the floor of putting that text in a
PDF), the summary's query against one GROUP BY over the maintained totals (reading the rollup).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_store import bulk_insert, make_store, make_versions, receipts  # noqa: E402

from app.domain import place_ratings, plans  # noqa: E402
from app.reports import queries, review_queries  # noqa: E402
from app.reports.plan_progress import build_plan_pdf, plan_tables  # noqa: E402
from app.reports.ratings_register import build_ratings_pdf, ratings_tables  # noqa: E402
from app.reports.layout import Issuer, Signature  # noqa: E402
from app.reports.monthly import ActivityCount, ModelLine, MonthlyReport, build_monthly_pdf  # noqa: E402
from app.reports.reference import shipped_catalogue  # noqa: E402
from app.reports.summary import ItemTotal, SummaryReport, UnitRef, build_summary_pdf, units_table  # noqa: E402
from app.store.db import open_store  # noqa: E402
from app.reports.statement import Coverage  # noqa: E402

ISSUER = Issuer("Công an tỉnh Lạng Sơn", "Công an xã Đồng Đăng", "Lạng Sơn",
                Signature("Trưởng Công an xã", "Thiếu tá Hoàng Văn Đức"), ("Công an tỉnh Lạng Sơn", "Lưu: VT"))


CPU = [0.0]  # the CPU seconds of the last best(): what the work costs whatever else the shared machine runs


def best(fn, repeat: int = 3) -> float:
    """The best wall time of `repeat` runs (CPU[0]: the least CPU time among them)."""
    times, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
    CPU[0] = min(cpu)
    return min(times)


def plain_monthly() -> MonthlyReport:
    rng = random.Random(1)
    return MonthlyReport(
        ISSUER, "12/BC-CAX", dt.date(2026, 2, 5), 2026, 1,
        models=[ModelLine(f"Tổ tự quản an ninh trật tự thôn Nà Pàn {i}", "Tổ tự quản ANTT thôn, bản", f"Thôn {i}",
                          dt.date(2020, 1, 1 + i), 20 + i, True, rng.randint(0, 9), rng.randint(0, 150))
                for i in range(12)],
        activities=[ActivityCount(k, rng.randint(1, 20), rng.randint(10, 300))
                    for k in ("Họp, sinh hoạt", "Tuần tra", "Tuyên truyền", "Hòa giải")],
        receipts=9, items={"gun.homemade": 2, "weapon.primitive": 11, "firecracker.pcs": 150,
                           "firecracker.kg": Decimal("8.1")},
        indicators={"crime.cases_occurred": 12, "crime.cases_cleared": 10, "gambling.cases": 3,
                    "movement.tipoffs": 14, "border.km_line": Decimal("12.5")})


def plain_summary(n_units: int, years: list[int]) -> SummaryReport:
    rng = random.Random(2)
    codes = list(shipped_catalogue().items)
    units = [UnitRef(f"CAX-{u:04d}", f"Công an xã {u}") for u in range(n_units)]
    totals = [ItemTotal(u.code, y, c, rng.randint(0, 400)) for u in units for y in years for c in codes]
    ind = {y: {"crime.cases_occurred": 3338, "crime.cases_cleared": 2859, "gambling.cases": 1186} for y in years}
    return SummaryReport(ISSUER, "45/BC-CAT", dt.date(2026, 1, 20), dt.date(years[0], 1, 1), dt.date(years[-1], 12, 31),
                         units, totals, indicators_by_year=ind,
                         indicators_period={k: sum(v[k] for v in ind.values()) for k in ind[years[0]]},
                         coverage=[Coverage("xã", "communes", n_units, n_units)], models_total=4 * n_units,
                         models_recognised={"cấp toàn quốc": 11})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lines", type=int, default=1_000_000)
    ap.add_argument("--units", type=int, default=300)
    ap.add_argument("--places", type=int, default=10, help="rated places per unit and year")
    ap.add_argument("--store", type=Path, help="build the store here and keep it; reuse it when it exists")
    ap.add_argument("--register", type=int, default=0,
                    help="only time the models register of this many models against a bare PDF of its text")
    args = ap.parse_args()
    if args.register:
        bench_register(args.register)
        return
    years = [2021, 2022, 2023, 2024, 2025]

    m = plain_monthly()
    t = best(lambda: build_monthly_pdf(m, io.BytesIO()))
    print(f"monthly form, plain data -> PDF                     : {t:6.3f} s   (target < 0.5 s)")
    s = plain_summary(args.units, years)
    buf = io.BytesIO()
    t = best(lambda: build_summary_pdf(s, io.BytesIO()))
    build_summary_pdf(s, buf)
    print(f"summary, {args.units} units x 5 years, plain data -> PDF   : {t:6.3f} s   ({len(buf.getvalue()) // 1024} KiB)")

    with tempfile.TemporaryDirectory() as tmp:
        path = args.store or Path(tmp) / "big.sqlite"
        reuse = path.exists()
        t0 = time.perf_counter()
        if reuse:
            store = open_store(path)
            n = store.conn.execute("SELECT count(*) FROM surrender_items").fetchone()[0]
        else:
            store = make_store(path, args.units)
            start = dt.date(2021, 1, 1)
            gen = receipts(args.lines, args.units, start, 5 * 365, random.Random(3))
            n = 0
            while True:
                chunk = [d for _, d in zip(range(100_000), gen)]
                if not chunk:
                    break
                n += bulk_insert(store, make_versions(store, chunk))[0]
        print(f"\nstore of {n:,} surrender lines, {args.units} units {'opened' if reuse else 'built'}"
              f" in {time.perf_counter() - t0:.1f} s")
        unit = "CAX-0007"
        t = best(lambda: queries.monthly_data(store, unit, "2024-06"))
        data = queries.monthly_data(store, unit, "2024-06")
        t2 = best(lambda: build_monthly_pdf(data, io.BytesIO()))
        print(f"monthly form from the store: query {t:6.3f} s + PDF {t2:6.3f} s = {t + t2:6.3f} s (target < 0.5 s)")
        if not reuse:
            write_reviews(store, args.units, args.places)
        bench_summary(store, n)
        bench_reviews(store)
        store.close()


def bench_summary(store, n: int) -> None:
    """The five-year summary of the store against its baselines: reading the rollup (one GROUP BY over the
    maintained totals of every unit, years by span) and a bare canvas writing its appendix's cells."""
    rollup = ("SELECT unit_code, substr(span, 1, 4), item_code, sum(quantity) FROM surrender_totals"
              " WHERE span BETWEEN '2021-01-01' AND '2025-12-15' GROUP BY 1, 2, 3")
    tr_ = best(lambda: store.conn.execute(rollup).fetchall(), 3)
    tq = best(lambda: queries.summary_data(store, "CAT-LS", "2021-01-01", "2025-12-31"), 3)
    cq = CPU[0]
    sd = queries.summary_data(store, "CAT-LS", "2021-01-01", "2025-12-31")
    tp = best(lambda: build_summary_pdf(sd, io.BytesIO()), 2)
    cp = CPU[0]
    pages, tb = bare_pdf_time(lambda out: build_summary_pdf(sd, out), [units_table(sd)])
    print(f"five-year summary over {n:,} lines: query {tq:6.3f} s, CPU {cq:5.2f} s (x{tq / tr_:4.1f} reading the rollup,"
          f" {tr_:5.3f} s)"
          f" + PDF {tp:6.3f} s (x{tp / tb:4.1f} a bare canvas of its tables' text, {tb:5.2f} s, {pages} pages)"
          f" = {tq + tp:6.3f} s, CPU {cq + cp:5.2f} s (target < 1.5 s)")


def bare_pdf_time(build, tables) -> tuple[int, float]:
    """(pages of the PDF `build(out)` writes, the best time of a bare reportlab canvas writing the cells of
    `tables` on as many pages): the floor of putting that text into a PDF."""
    from app.reports.fonts import register_fonts
    from app.reports.layout import _cell_text
    from pypdf import PdfReader

    buf = io.BytesIO()
    build(buf)
    pages = len(PdfReader(io.BytesIO(buf.getvalue())).pages)
    register_fonts()
    cells = [[_cell_text(v, c, "vi") for v, c in zip(row, t.columns)] for t in tables
             for row in t.rows + ([t.total_row] if t.total_row else [])]
    return pages, best(lambda: bare_canvas(cells, max(1, -(-len(cells) // pages))), 2)


def bare_canvas(cells: list[list[str]], per_page: int) -> None:
    """The baseline of a long report: a bare reportlab canvas writing the same cell texts, `per_page` rows a page."""
    from reportlab.pdfgen.canvas import Canvas

    from app.reports.fonts import SERIF

    c = Canvas(io.BytesIO())
    for k in range(0, len(cells), per_page):
        c.setFont(SERIF, 9)
        y = 800
        for row in cells[k:k + per_page]:
            for j, v in enumerate(row):
                if v:
                    c.drawString(20 + 60 * j, y, v)
            y -= 800 / per_page
        c.showPage()
    c.save()


def bench_register(n: int) -> None:
    """The models register of `n` models (8,400 give the 935 pages of 3,000 units), against a baseline measured
    in the same run: a bare reportlab canvas writing the same cell texts, a page per as many rows as the register
    holds per page (the floor of putting this text into a PDF). Issue 17 item 2: < 5 s on this machine."""
    from app.reports.layout import LANDSCAPE_TEXT_WIDTH  # noqa: F401 (fonts registered on import)
    from app.reports.fonts import register_fonts
    from app.reports.register import ModelRegister, RegisterEntry, build_register_pdf, register_table

    rng = random.Random(5)
    entries = [RegisterEntry(f"Công an xã Đồng Đăng số {i // 3}", f"Tổ tự quản an ninh trật tự thôn Nà Pàn {i}",
                             "Tổ tự quản ANTT thôn, bản", f"Thôn {i}", dt.date(2020, 1, 1 + i % 28), "Hoàng Văn Sơn",
                             rng.randint(5, 40), rng.choice([None, 40]), "Đang hoạt động", True,
                             "cấp tỉnh, QĐ 123/QĐ-UBND ngày 15/06/2024" if i % 5 == 0 else "",
                             12.5 if i % 7 == 0 else None, 3 if i % 7 == 0 else None) for i in range(n)]
    r = ModelRegister(ISSUER, "1/DS", dt.date(2026, 1, 1), entries)
    buf = io.BytesIO()
    t = best(lambda: build_register_pdf(r, buf := io.BytesIO()), 1)
    cpu = CPU[0]
    build_register_pdf(r, buf)
    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(buf.getvalue())).pages)
    register_fonts()
    cells = [[str(v) for v in row if v is not None] for row in register_table(r).rows]
    tb = best(lambda: bare_canvas(cells, max(1, len(cells) // pages)), 2)
    print(f"models register, {n:,} models, {pages} pages: {t:6.2f} s = {t / tb:5.1f} x a bare canvas of the same"
          f" text and pages ({tb:5.2f} s); CPU {cpu:5.2f} s   (target < 5 s)")


def write_reviews(store, n_units: int, per_unit: int) -> None:
    """Ratings of two years and a plan of ten tasks for every unit, written through the domain."""
    rng = random.Random(4)
    crit = place_ratings.criteria()
    kinds = ["residential_area"] * 6 + ["commune", "agency", "enterprise", "school"]
    t0 = time.perf_counter()
    with store.transaction():
        for year in (2024, 2025):
            for u in range(n_units):
                for k in range(per_unit):
                    scores = {c["code"]: round(c["max"] * rng.uniform(0.45, 1), 1) for c in crit}
                    ok = sum(scores.values()) >= 70
                    place_ratings.rate_place(store, f"CAX-{u:04d}", year, kinds[k % len(kinds)], f"Thôn {u}-{k}",
                                             scores, ok, "12/QĐ-UBND" if ok else None, f"{year}-12-15" if ok else None)
        pid = plans.add_plan(store, "CAT-LS", "111/KH-CAT", "2025-07-04", "Xây dựng nền biên phòng toàn dân")
        all_units = [f"CAX-{u:04d}" for u in range(n_units)]
        for t in range(10):
            tid = plans.add_task(store, pid, f"Nhiệm vụ số {t + 1}", f"2025-{8 + t % 5:02d}-28", all_units)
            for code in all_units:
                status = rng.choice(["done", "in_progress", None])
                if status:
                    plans.report_progress(store, tid, code, status, "2025-11-20", "", {"số hộ": rng.randint(10, 300)})
        plans.add_review(store, pid, "interim", "2025-12-20", "Sơ kết 6 tháng.")
    places = 2 * n_units * per_unit
    print(f"{places:,} ratings and a plan of 10 tasks x {n_units} units written in {time.perf_counter() - t0:.1f} s")


def bench_reviews(store) -> None:
    """The ratings register and the plan's progress report, each against a bare canvas of its tables' text."""
    issuer = queries.issuer_for(store, "CAT-LS")
    tq = best(lambda: review_queries.ratings_register_data(store, 2025, None, issuer), 2)
    cq = CPU[0]
    rd = review_queries.ratings_register_data(store, 2025, None, issuer)
    tp = best(lambda: build_ratings_pdf(rd, io.BytesIO()), 1)
    cp = CPU[0]
    pages, tb = bare_pdf_time(lambda out: build_ratings_pdf(rd, out), ratings_tables(rd))
    print(f"ratings register of {len(rd.places):,} places: query {tq:6.3f} s + PDF {tp:6.3f} s = {tq + tp:6.3f} s,"
          f" CPU {cq + cp:5.2f} s; PDF x{tp / tb:4.1f} a bare canvas of its tables' text ({tb:5.2f} s, {pages} pages)"
          f"   (target < 5 s)")
    pid = store.conn.execute("SELECT id FROM plans WHERE number = '111/KH-CAT'").fetchone()[0]
    today = dt.date(2026, 1, 10)
    tq = best(lambda: review_queries.plan_progress_data(store, pid, None, issuer, issued_on=today), 2)
    cq = CPU[0]
    pd = review_queries.plan_progress_data(store, pid, None, issuer, issued_on=today)
    tp = best(lambda: build_plan_pdf(pd, io.BytesIO()), 1)
    cp = CPU[0]
    pages, tb = bare_pdf_time(lambda out: build_plan_pdf(pd, out), plan_tables(pd))
    print(f"plan progress, {len(pd.assignments):,} assignments: query {tq:6.3f} s + PDF {tp:6.3f} s = {tq + tp:6.3f} s,"
          f" CPU {cq + cp:5.2f} s; PDF x{tp / tb:4.1f} a bare canvas of its tables' text ({tb:5.2f} s, {pages} pages)"
          f"   (target < 5 s)")


if __name__ == "__main__":
    main()
