"""A hand-written store over four levels whose totals a person can check on paper (issue 19).

    BCA  Bộ Công an (national)
    ├── CAT-BT  Công an tỉnh Bình Thuận
    │   ├── CAX-HT  Công an xã Hàm Tiến      guns 30 + 12 = 42, primitive 1.000, firecrackers 800 + 3,6 kg
    │   ├── CAX-MN  Công an phường Mũi Né    guns 20 + 51 = 71, primitive 528,   firecrackers 521 + 2,5 kg
    │   └── CAX-TT  Công an xã Tân Thành     guns 53 + 19 = 72, primitive 500,   firecrackers 500 + 2,0 kg
    └── BP-LS  Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn
        └── DBP-HN  Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị

Five years 2021-2025 (the Bình Thuận review): 42 + 71 + 72 = 185 guns, 2.028 primitive weapons, 1.821
firecrackers, 3,6 + 2,5 + 2,0 = 8,1 kg; crime 1.000 + 1.338 + 1.000 = 3.338 cases, 900 + 1.059 + 900 = 2.859
cleared (86%).

November 2026 (Decree 09: 15/10/2026 - 14/11/2026):
* Hàm Tiến has 3 models alive on 14/11/2026 (a 4th ended 01/09/2026) and entered 7 models active;
  its models held a meeting (20 people, 20/10), a meeting (15, 05/11) and propaganda (40, 10/11); one more
  activity on 20/11 belongs to December.
* Mũi Né has 2 models and one receipt (03/11/2026): 2 grenades, 300 firecrackers, 4 primitive weapons
  (machetes), 6 support tools (batons). Tân Thành has 1 model.
* The post has 1 border model (3,5 km, 4 markers, 40 households) and one receipt (01/11/2026): 1 military gun
  and 30 rounds.
So the province has 3 + 2 + 1 = 6 models active, 3 activities with 75 attendances, 1 receipt; the nation
adds the post: 7 models, 2 receipts.
One Hàm Tiến model was recognised by the province by decision 123/QĐ-UBND of 15/06/2024.
"""

from __future__ import annotations

from app.domain import activities, community_models, figure_entry, place_ratings, plans, setup, surrenders
from app.domain.surrenders import Line
from app.domain.units import add_unit

COMMUNES = {"CAX-HT": "Công an xã Hàm Tiến", "CAX-MN": "Công an phường Mũi Né", "CAX-TT": "Công an xã Tân Thành"}
POST = ("DBP-HN", "Đồn Biên phòng Cửa khẩu Quốc tế Hữu Nghị")
LEVELS = {"commune": "CAX-HT", "post": "DBP-HN", "province": "CAT-BT", "national": "BCA"}


def _receipt(store, unit, date, *lines, person="Nguyễn Văn Ba", **kw):
    return surrenders.add_surrender(store, unit_code=unit, date=date, person_name=person, received_by="Lê Văn Tư",
                                    lines=[Line(code, str(q)) for code, q in lines], **kw)


def _model(store, unit, name, established, type_="village_security", **kw):
    return community_models.add_model(store, unit_code=unit, name=name, type=type_, place="Thôn 1",
                                      established=established, members=10, **kw)


def build(store) -> dict:
    setup.initialise(store, "BCA", "Bộ Công an", "national", place="Hà Nội", officer="Trần Văn Quốc")
    add_unit(store, "CAT-BT", "Công an tỉnh Bình Thuận", "provincial_police", "BCA", "Bình Thuận")
    for code, name in COMMUNES.items():
        add_unit(store, code, name, "commune_police", "CAT-BT", "Bình Thuận")
    add_unit(store, "BP-LS", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn", "bg_command", "BCA", "Lạng Sơn")
    add_unit(store, POST[0], POST[1], "border_post", "BP-LS", "Lạng Sơn")

    # ---- the five-year review, 2021-2025
    _receipt(store, "CAX-HT", "2021-03-10", ("gun.homemade", 30), ("weapon.primitive", 1000))
    _receipt(store, "CAX-HT", "2023-07-20", ("gun.air", 12), ("firecracker.pcs", 800), ("firecracker.kg", "3.6"))
    _receipt(store, "CAX-MN", "2022-01-05", ("gun.military", 20), ("gun.homemade", 51), ("weapon.primitive", 528))
    _receipt(store, "CAX-MN", "2024-02-02", ("firecracker.pcs", 521), ("firecracker.kg", "2.5"))
    _receipt(store, "CAX-TT", "2025-05-05", ("gun.air", 53), ("gun.hunting", 19), ("weapon.primitive", 500),
             ("firecracker.pcs", 500), ("firecracker.kg", "2.0"))
    figure_entry.set_figures(store, "CAX-HT", "2021-05", {"crime.cases_occurred": 1000, "crime.cases_cleared": 900})
    figure_entry.set_figures(store, "CAX-MN", "2022-08", {"crime.cases_occurred": 1338, "crime.cases_cleared": 1059})
    figure_entry.set_figures(store, "CAX-TT", "2024-02", {"crime.cases_occurred": 1000, "crime.cases_cleared": 900})

    # ---- November 2026
    ht = [_model(store, "CAX-HT", f"Tổ an ninh thôn {i}", "2020-01-0" + str(i)) for i in (1, 2, 3)]
    ended = _model(store, "CAX-HT", "Tổ tự quản khu phố cũ", "2019-05-01")
    community_models.end_model(store, ended.id, "2026-09-01", "Sáp nhập thôn")
    community_models.recognise_model(store, ht[0].id, "province", "123/QĐ-UBND", "2024-06-15")
    activities.add_activity(store, ht[0].id, "2026-10-20", "meeting", 20)
    activities.add_activity(store, ht[1].id, "2026-11-05", "meeting", 15)
    activities.add_activity(store, ht[2].id, "2026-11-10", "propaganda", 40)
    activities.add_activity(store, ht[2].id, "2026-11-20", "patrol", 9)  # December's period
    figure_entry.set_figures(store, "CAX-HT", "2026-11", {"movement.models_active": 7})
    _model(store, "CAX-MN", "Camera an ninh khu phố 2", "2021-02-01", "security_camera")
    _model(store, "CAX-MN", "Tàu cá an toàn", "2022-02-01", "safe_vessel")
    _model(store, "CAX-TT", "Quỹ an ninh trật tự", "2023-03-01", "security_fund")
    mn_receipt = _receipt(store, "CAX-MN", "2026-11-03", ("ordnance.grenade", 2), ("firecracker.pcs", 300),
                          ("weapon.primitive", 4), ("support_tool", 6))
    _model(store, POST[0], "Tổ tự quản đường biên, mốc quốc giới bản Pò Nhùng", "2018-07-01", "border_line_group",
           border_km=3.5, markers=4, households=40)
    post_receipt = _receipt(store, POST[0], "2026-11-01", ("gun.military", 1), ("ammo.rounds", 30))
    found = _receipt(store, "CAX-TT", "2026-11-08", ("gun.homemade", 1), owner_unknown=True, person="",
                     method="found")

    # ---- a plan of the province and ratings of places
    plan = plans.add_plan(store, "CAT-BT", "45/KH-CAT", "2026-01-10", "Kế hoạch xây dựng mô hình năm 2026")
    task = plans.add_task(store, plan, "Cắm mốc, kiểm tra đường biên", "2026-10-30", ["CAX-HT", "CAX-MN"])
    plans.report_progress(store, task, "CAX-HT", "done", "2026-10-15", evidence={"markers": 3, "households": 120})
    place_ratings.rate_place(store, "CAX-HT", 2025, "residential_area", "Thôn 1",
                             {"leadership": 18, "propaganda": 15, "models": 18, "crime_prevention": 18,
                              "order": 9, "coordination": 8})
    return {"mn_receipt": mn_receipt.id, "post_receipt": post_receipt.id, "found_receipt": found.id, "plan": plan}


def every_form(ids: dict) -> list[tuple[str, str, dict, bool]]:
    """(name, kind, write_report's arguments, printed at every level): every form the app prints, for the gallery
    (tools/form_gallery.py) and the wording snapshot (tests/reports/test_reports_wording.py)."""
    return [("monthly", "monthly", dict(month="2026-11"), True),
            ("review6", "monthly", dict(period=("half", "2026-H2")), True),
            ("summary5", "summary", dict(date_from="2021-01-01", date_to="2025-12-31"), True),
            ("models", "models", {}, True),
            ("ratings", "ratings", dict(year=2025), True),
            ("plan", "plan", dict(plan_id=ids["plan"]), True),
            ("receipt-person", "receipt", dict(receipt_id=ids["mn_receipt"]), False),
            ("receipt-found", "receipt", dict(receipt_id=ids["found_receipt"]), False),
            ("receipt-post", "receipt", dict(receipt_id=ids["post_receipt"]), False)]


# One import as app.sync.importer.list_imports gives it, written by hand (every part of the import receipt).
IMPORT_RECEIPT = {
    "id": 7, "file_name": "CAX-HT-0003.antt", "file_sha256": "9f" * 32, "sender_unit": "CAX-HT",
    "sender_device": "laptop-ht-1", "bundle_seq": 3, "fingerprint": "AB12 CD34 EF56", "claimed_at":
    "2026-11-20T08:05:00+0700", "imported_at": "2026-11-21T09:30:00+0700", "officer": "Lê Văn Tư", "undone": True,
    "documents": {"surrender": 2, "community_model": 1, "activity": 3},
    "counts": {"new": 5, "updated": 1, "conflicting": 1, "already": 2, "unreadable": 1, "waiting": 0},
    "unreadable": [{"vid": "v-0001", "problem": "bad_value", "field": "date"}],
}
