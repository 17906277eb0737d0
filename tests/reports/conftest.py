"""Plain-data samples of every report, shaped like what the store queries will hand over."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from app.reports.layout import Issuer, Signature
from app.reports.monthly import ActivityCount, ModelLine, MonthlyReport
from app.reports.receipt import Person, Receipt, ReceiptLine

ISSUER = Issuer(
    parent_body="Công an tỉnh Lạng Sơn",
    unit_name="Công an xã Đồng Đăng",
    locality="Lạng Sơn",
    signature=Signature(capacity="KT. Trưởng Công an xã", title="Phó Trưởng Công an xã",
                        name="Thiếu tá Hoàng Văn Đức"),
    recipients=("Công an tỉnh Lạng Sơn (PV05)", "Đảng ủy, UBND xã Đồng Đăng", "Lưu: VT, CAX"),
)


@pytest.fixture
def issuer() -> Issuer:
    return ISSUER


@pytest.fixture
def monthly() -> MonthlyReport:
    return MonthlyReport(
        issuer=ISSUER, number="12/BC-CAX", issued_on=dt.date(2026, 2, 5), year=2026, month=1,
        models=[
            ModelLine("Camera an ninh thôn Nà Lầu", "Camera an ninh", "Thôn Nà Lầu", dt.date(2022, 3, 15), 24,
                      True, 6, 88),
            ModelLine("Tổ tự quản đường biên, mốc quốc giới bản Pò Nhùng", "Tự quản đường biên, mốc quốc giới",
                      "Bản Pò Nhùng", dt.date(2019, 7, 1), 41, True, 9, 132),
            ModelLine("Giáo xứ không có thanh thiếu niên vi phạm pháp luật", "Tôn giáo", "Giáo xứ Đồng Đăng",
                      dt.date(2021, 1, 20), 15, True, 2, 60),
            ModelLine("Quỹ an ninh trật tự khu 3", "Quỹ ANTT", "Khu 3", dt.date(2018, 5, 2), 30, False, 0, 0),
        ],
        activities=[ActivityCount("Họp, sinh hoạt định kỳ", 5, 140), ActivityCount("Tuần tra, canh gác", 9, 63),
                    ActivityCount("Tuyên truyền", 3, 77)],
        receipts=7,
        items={"gun.homemade": 2, "gun.air": 1, "support_tool": 4, "weapon.primitive": 11,
               "ammo.rounds": 24, "firecracker.pcs": 150, "firecracker.kg": Decimal("8.1")},
        indicators={"crime.cases_occurred": 3338, "crime.cases_cleared": 2859, "crime.suspects_arrested": 2569,
                    "gambling.cases": 1186, "gambling.suspects": 7596, "movement.tipoffs": 40,
                    "movement.tipoffs_valuable": 31, "border.km_line": Decimal("12.5")},
        notes=["Đề nghị Công an tỉnh hỗ trợ kinh phí duy trì hệ thống camera an ninh tại các thôn biên giới."],
    )


@pytest.fixture
def receipt() -> Receipt:
    return Receipt(
        number="05/BB-CAX", received_at=dt.datetime(2026, 2, 5, 14, 5),
        place="Trụ sở Công an xã Đồng Đăng, tỉnh Lạng Sơn", parent_body="Công an tỉnh Lạng Sơn",
        unit_name="Công an xã Đồng Đăng", locality="Lạng Sơn", officer_name="Nguyễn Văn Hùng",
        officer_rank="Thượng úy", officer_position="Cán bộ Công an xã",
        handed_by=Person("Hoàng Thị Mỹ", 1968, "020168001234", "thôn Nà Lầu, xã Đồng Đăng"),
        lines=[ReceiptLine("gun.homemade", 1, "không số", "hoen gỉ, không sử dụng được"),
               ReceiptLine("ammo.rounds", 12, "K56", "còn nguyên"),
               ReceiptLine("firecracker.kg", Decimal("2.5"), "", "ẩm"),
               ReceiptLine("weapon.primitive", 3, "", "dao, kiếm tự rèn")],
        witnesses=[Person("Lý Văn Sáng", role="Trưởng thôn Nà Lầu")],
    )


# ---------------------------------------------------------------- the consolidated summary

from app.reports.statement import Coverage  # noqa: E402
from app.reports.summary import ItemTotal, SummaryReport, UnitRef  # noqa: E402

# The real five-year provincial total of domain.md, spread over three communes and five years.
PROVINCE_TOTALS = {"gun.military": 20, "gun.air": 65, "gun.homemade": 100, "support_tool": 306,
                   "weapon.primitive": 2028, "ammo.rounds": 124, "ordnance.grenade": 6,
                   "firecracker.pcs": 1821, "firecracker.kg": Decimal("8.1")}


def spread(totals, unit_codes, years):
    """Split each total over units and years (deterministically) so that the parts add back up exactly."""
    out = []
    cells = [(u, y) for u in unit_codes for y in years]
    for k, (code, total) in enumerate(totals.items()):
        total = Decimal(total)
        step = Decimal("0.1") if total != total.to_integral_value() else Decimal(1)
        share = (total / len(cells) / step).to_integral_value(rounding="ROUND_FLOOR") * step
        rest = total - share * len(cells)
        for i, (u, y) in enumerate(cells):
            q = share + (rest if i == (k % len(cells)) else 0)
            if q:
                out.append(ItemTotal(u, y, code, q))
    return out


def make_summary(n_units: int = 3, years=range(2021, 2026), totals=PROVINCE_TOTALS) -> SummaryReport:
    units = [UnitRef(f"X{i:03d}", f"Công an xã Số {i} (Đồng Đăng)" if i % 7 else f"Công an phường Hoàng Văn Thụ {i}")
             for i in range(1, n_units + 1)]
    years = list(years)
    ind = {y: {"crime.cases_occurred": 600 + y % 10, "crime.cases_cleared": 500 + y % 10,
               "crime.suspects_arrested": 510, "gambling.cases": 230, "gambling.suspects": 1500,
               "movement.propaganda_sessions": 1200} for y in years}
    period = {k: sum(ind[y][k] for y in years) for k in ind[years[0]]}
    return SummaryReport(
        issuer=ISSUER, number="45/BC-CAT", issued_on=dt.date(2026, 1, 20),
        start=dt.date(years[0], 1, 1), end=dt.date(years[-1], 12, 31), units=units,
        item_totals=spread(totals, [u.code for u in units], years),
        indicators_by_year=ind, indicators_period=period,
        coverage=[Coverage("xã", "communes", n_units, n_units)], models_total=4 * n_units,
        models_recognised={"cấp toàn quốc": 11, "cấp tỉnh": 37},
    )


@pytest.fixture
def summary() -> SummaryReport:
    return make_summary()


# ---------------------------------------------------------------- reading PDFs back

import io  # noqa: E402

import pdfplumber  # noqa: E402


class ReadBack:
    """A built PDF read back with pdfplumber: page texts, words with font and position, page sizes."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            self.sizes = [(p.width, p.height) for p in pdf.pages]
            self.texts = [p.extract_text() or "" for p in pdf.pages]
            self.words = [p.extract_words(extra_attrs=["fontname", "size"]) for p in pdf.pages]
            self.chars = [[(c["x0"], c["x1"], c["top"], c["bottom"], c["text"]) for c in p.chars] for p in pdf.pages]

    @property
    def text(self) -> str:
        return "\n".join(self.texts)

    @property
    def flat(self) -> str:
        """All text with line breaks turned to spaces, for sentences that wrap."""
        return " ".join(self.text.split())


@pytest.fixture(scope="session")
def read_back():
    """``read_back(write)``: call ``write(buffer)`` and read the PDF it wrote back."""
    def build(write) -> ReadBack:
        buf = io.BytesIO()
        write(buf)
        return ReadBack(buf.getvalue())
    return build


@pytest.fixture(scope="session")
def summary_of():
    """``summary_of(n_units, years)``: a consolidated summary over that many units and years."""
    return make_summary


# ---------------------------------------------------------------- the four-level store of levels.py


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """The hand-written store of tests/reports/levels.py (commune, post, province, national) and its ids."""
    from app.store.db import open_store

    from .levels import build

    path = tmp_path_factory.mktemp("levels") / "levels.sqlite"
    store = open_store(path)
    ids = build(store)
    yield store, ids
    store.close()


@pytest.fixture
def pdf(world, tmp_path, read_back):
    """``pdf(kind, lang, **write_report's arguments)``: a form of the world written and read back."""
    from app.reports.writer import write_report

    store, _ = world

    def make(kind, lang="vi", **kw):
        out = tmp_path / f"{kind}-{lang}.pdf"
        write_report(store, kind, out, lang=lang, **kw)
        return read_back(lambda buf: buf.write(out.read_bytes()))
    return make
