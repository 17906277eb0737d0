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
