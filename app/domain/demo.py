"""`antt demo`: a store full of plausible Vietnamese records, written through the bulk path imports use."""

from __future__ import annotations

import datetime as dt
import random
from typing import Callable, Iterator

from app.domain import catalogue, doctypes, figures, setup, vocab
from app.domain.ids import figures_doc_id, new_id, unit_doc_id
from app.domain.versions import Clock, Version, apply_versions, new_version
from app.errors import ValidationError
from app.store.db import Store

PROVINCE = ("LS", "Lạng Sơn")
COMMUNE_NAMES = [
    "Đồng Đăng", "Tân Thanh", "Hữu Nghị", "Cao Lộc", "Văn Lãng", "Thất Khê", "Na Sầm", "Bình Gia", "Bắc Sơn",
    "Hữu Lũng", "Chi Lăng", "Đình Lập", "Lộc Bình", "Mẫu Sơn", "Xuân Dương", "Khánh Khê", "Hoàng Văn Thụ",
    "Tam Thanh", "Lương Văn Tri", "Kỳ Lừa", "Đông Kinh", "Yên Trạch", "Quốc Khánh", "Tràng Định", "Tân Tiến",
    "Thụy Hùng", "Hội Hoan", "Bảo Lâm", "Công Sơn", "Mai Pha", "Hoàng Đồng", "Thái Bình", "Nhật Tiến",
]
POST_NAMES = ["Chi Ma", "Hữu Nghị", "Bảo Lâm", "Thanh Lòa", "Tân Thanh", "Pò Mã", "Bình Nghi", "Đào Viên"]
VILLAGES = ["Nà Pàn", "Khòn Khuyên", "Pò Nhùng", "Bản Chắt", "Nà Làng", "Cốc Sâu", "Khuổi Mỏ", "Phai Xả",
            "Tổ dân phố 3", "Thôn Trung", "Bản Vằn", "Nà Phai", "Còn Quan", "Pác Luống"]
FAMILY = ["Nguyễn", "Hoàng", "Lục", "Nông", "Vi", "Lăng", "Hà", "Triệu", "Lương", "Đặng", "Lý", "Mã"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quốc", "Hữu"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Mai", "Nam", "Phúc", "Sơn", "Thắng", "Tuấn", "Vân"]
RANKS = ["Thiếu úy", "Trung úy", "Thượng úy", "Đại úy", "Thiếu tá"]
# (item, weight, quantity picker): firecrackers and primitive weapons are what residents hand in most.
ITEM_MIX = [
    ("firecracker.pcs", 14, lambda r: r.randint(5, 120)), ("firecracker.kg", 10, lambda r: round(r.uniform(0.2, 6), 1)),
    ("weapon.primitive", 14, lambda r: r.randint(1, 8)), ("support_tool", 8, lambda r: r.randint(1, 4)),
    ("gun.homemade", 6, lambda r: r.randint(1, 2)), ("gun.air", 5, lambda r: 1), ("gun.hunting", 3, lambda r: 1),
    ("gun.military", 1, lambda r: 1), ("gun.parts", 2, lambda r: r.randint(1, 5)),
    ("ammo.rounds", 5, lambda r: r.randint(3, 60)), ("ammo.magazine", 1, lambda r: r.randint(1, 2)),
    ("ordnance.grenade", 1, lambda r: 1), ("ordnance.other", 1, lambda r: 1),
    ("explosive.kg", 1, lambda r: round(r.uniform(0.1, 2), 2)), ("explosive.detonator", 2, lambda r: r.randint(1, 10)),
    ("explosive.fuse_m", 1, lambda r: round(r.uniform(0.5, 10), 1)), ("firework_powder.kg", 2, lambda r: round(r.uniform(0.1, 1.5), 1)),
]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _months(count: int, today: dt.date) -> list[str]:
    y, m = today.year, today.month
    out = []
    for _ in range(count):
        out.append(f"{y}-{m:02d}")
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]


def _thinned(n: int, month: str, today: dt.date, rng: random.Random) -> int:
    """`n` for a past month; for the month under way, about the share of it that has passed (on the 1st of
    the month a whole month's receipts on one day would look wrong on the dashboard)."""
    if month != f"{today.year}-{today.month:02d}":
        return n
    share = today.day / int(figures.month_bounds(month)[1][8:])
    return sum(1 for _ in range(n) if rng.random() < share)


def _day_in(month: str, rng: random.Random, today: dt.date) -> str:
    y, mo = int(month[:4]), int(month[5:])
    last = figures.month_bounds(month)[1]
    last_day = min(int(last[8:]), today.day if (y, mo) == (today.year, today.month) else 31)
    return f"{month}-{rng.randint(1, last_day):02d}"


class _Writer:
    """Collects versions and hands them to `apply_versions` in batches (one transaction overall)."""

    def __init__(self, store: Store, batch: int = 20000) -> None:
        self.store, self.clock, self.batch, self.pending, self.count = store, Clock(store), batch, [], 0

    def add(self, doc_type: str, doc_id: str, data: dict) -> None:
        self.pending.append(new_version(self.clock, doc_type, doc_id, data))
        if len(self.pending) >= self.batch:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            apply_versions(self.store, self.pending, verify=False)
            self.count += len(self.pending)
            self.pending = []
        self.clock.save()


MAX_UNITS = 10_000  # about every commune and post of the country
MAX_MONTHS = 600  # fifty years


def generate(store: Store, units: int = 20, months: int = 12, seed: int = 1, today: dt.date | None = None,
             progress: Callable[[int, int], None] | None = None) -> dict:
    """Fill the store with `units` communes/posts over the last `months` months; returns counts."""
    from app.security.permissions import require

    require(store, "setup")  # issue 6: the bulk path skips the per-document checks; demo data is set-up work
    # issue 18: 10^20 units would run for ever, and months reaching before year 1 ended in a traceback
    for field, value, low, high in (("units", units, 0, MAX_UNITS), ("months", months, 1, MAX_MONTHS)):
        if not low <= value <= high:
            raise ValidationError("not_between", field=field, value=value, low=low, high=high)
    rng = random.Random(seed)
    today = today or dt.date.today()
    if not setup.is_initialised(store):
        setup.initialise(store, f"CAT-{PROVINCE[0]}", f"Công an tỉnh {PROVINCE[1]}", "provincial_police",
                         place=PROVINCE[1], officer=_name(rng))
    month_list = _months(months, today)
    counts = {"units": 0, "models": 0, "activities": 0, "surrenders": 0, "lines": 0, "figures": 0}
    items = {i.code: i for i in catalogue.items(store)}
    weights = [w for _, w, _ in ITEM_MIX]
    # about what the loops below write (3-6 models a unit, 0-2 activities a model and 0-4 receipts a month):
    # the tables it fills by far get their indexes built at the end (doctypes.bulk_load)
    expected = {"activity": units * months * 4, "surrender": units * months * 2, "monthly_figures": units * months}
    with store.transaction(), doctypes.bulk_load(store, expected):
        last_numbers = _last_numbers(store)  # asked once: the receipts' date index may be put off by bulk_load
        w = _Writer(store)
        province, command = f"CAT-{PROVINCE[0]}", f"BP-{PROVINCE[0]}"
        for code, name, kind in ((province, f"Công an tỉnh {PROVINCE[1]}", "provincial_police"),
                                 (command, f"Bộ Chỉ huy BĐBP tỉnh {PROVINCE[1]}", "bg_command")):
            if not store.conn.execute("SELECT 1 FROM units WHERE code = ?", (code,)).fetchone():
                w.add("unit", unit_doc_id(code), {"code": code, "name": name, "kind": kind, "parent_code": None,
                                                  "place": PROVINCE[1]})
        unit_codes = []
        for n in range(units):
            is_post = n % 7 == 6
            base = POST_NAMES[n // 7 % len(POST_NAMES)] if is_post else COMMUNE_NAMES[n % len(COMMUNE_NAMES)]
            suffix = "" if n < (7 * len(POST_NAMES) if is_post else len(COMMUNE_NAMES)) else f" {n + 1}"
            code = f"{'DBP' if is_post else 'CAX'}-{n + 1:04d}"
            name = f"Đồn Biên phòng {base}{suffix}" if is_post else f"Công an xã {base}{suffix}"
            w.add("unit", unit_doc_id(code), {"code": code, "name": name,
                                              "kind": "border_post" if is_post else "commune_police",
                                              "parent_code": command if is_post else province, "place": PROVINCE[1]})
            unit_codes.append((code, is_post))
        counts["units"] = len(unit_codes)
        w.flush()

        model_types = vocab.codes("model_types")
        for u_index, (code, is_post) in enumerate(unit_codes):
            models = []
            for k in range(rng.randint(3, 6)):
                mtype = "border_line_group" if is_post and k == 0 else rng.choice(model_types[:-1])
                established = (today - dt.timedelta(days=rng.randint(30, 365 * 6))).isoformat()
                data = {"unit_code": code, "name": f"{vocab.label('model_types', mtype)} {rng.choice(VILLAGES)}",
                        "type": mtype, "place": rng.choice(VILLAGES), "established": established,
                        "leader": _name(rng), "members": rng.randint(5, 40), "households": rng.randint(10, 120),
                        "border_km": round(rng.uniform(1, 12), 1) if mtype == "border_line_group" else None,
                        "markers": rng.randint(1, 6) if mtype == "border_line_group" else None,
                        "status": "active", "recognitions": [], "replicated_to": [], "replicated_from": None, "note": ""}
                if rng.random() < 0.15:
                    data["recognitions"] = [{"level": rng.choice(["commune", "province", "national"]),
                                             "decision_no": f"{rng.randint(10, 999)}/QĐ-UBND", "date": established}]
                model_id = new_id()
                w.add("community_model", model_id, data)
                models.append((model_id, data))
            counts["models"] += len(models)
            numbers: dict[int, int] = {}  # last receipt number per year of this unit
            for month in month_list:
                for model_id, data in models:
                    for _ in range(_thinned(rng.randint(0, 2), month, today, rng)):
                        day = _day_in(month, rng, today)
                        if day < data["established"]:
                            continue
                        kind = rng.choice(vocab.codes("activity_kinds"))
                        w.add("activity", new_id(), {"model_id": model_id, "unit_code": code, "date": day,
                                                     "kind": kind, "participants": rng.randint(3, 80), "note": ""})
                        counts["activities"] += 1
                # a unit numbers its receipts in the order it writes them: by day
                receipts_this_month = _thinned(rng.randint(0, 4), month, today, rng)
                for day in sorted(_day_in(month, rng, today) for _ in range(receipts_this_month)):
                    year = int(day[:4])
                    numbers[year] = numbers.get(year, last_numbers.get((code, year), 0)) + 1
                    lines = []
                    for item_code in sorted({c for c, _, _ in rng.choices(ITEM_MIX, weights, k=rng.randint(1, 3))}):
                        pick = next(p for c, _, p in ITEM_MIX if c == item_code)
                        item = items[item_code]
                        lines.append({"item_code": item_code, "category": item.category, "quantity": pick(rng),
                                      "unit": item.unit_vi, "serial": "", "condition": "Còn sử dụng được"})
                    unknown = rng.random() < 0.2
                    w.add("surrender", new_id(), {
                        "unit_code": code, "number": numbers[year], "date": day, "time": f"{rng.randint(7, 17):02d}:00",
                        "place": f"Trụ sở {code}", "received_by": _name(rng), "received_rank": rng.choice(RANKS),
                        "person_name": "" if unknown else _name(rng), "owner_unknown": unknown,
                        "method": "found" if unknown else rng.choice(["voluntary", "campaign"]),
                        "witnesses": [_name(rng)], "lines": lines, "note": ""})
                    counts["surrenders"] += 1
                    counts["lines"] += len(lines)
                occurred = rng.randint(0, 12)
                values = {"crime.cases_occurred": occurred, "crime.cases_cleared": rng.randint(0, occurred),
                          "crime.suspects_arrested": rng.randint(0, occurred * 2), "gambling.cases": rng.randint(0, 3),
                          "gambling.suspects": rng.randint(0, 12), "drugs.cases": rng.randint(0, 2),
                          "drugs.suspects": rng.randint(0, 4), "movement.tipoffs": rng.randint(0, 20),
                          "movement.tipoffs_valuable": rng.randint(0, 5)}
                w.add("monthly_figures", figures_doc_id(code, month), {"unit_code": code, "month": month, "values": values})
                counts["figures"] += 1
            if progress:
                progress(u_index + 1, len(unit_codes))
        counts["ratings"] = _ratings(w, rng, unit_codes, today)
        counts["plans"] = _plan(w, rng, province, unit_codes, today)
        w.flush()
    return counts


def _ratings(w: _Writer, rng: random.Random, unit_codes, today: dt.date) -> int:
    """Last two years' ratings of each commune and of a few of its residential areas."""
    from app.domain.place_ratings import criteria, rating_doc_id

    count = 0
    for year in (today.year - 2, today.year - 1):
        for code, is_post in unit_codes:
            if is_post:
                continue
            places = [("commune", f"Xã {code[-4:]}")] + [("residential_area", v) for v in rng.sample(VILLAGES, 3)]
            for kind, name in places:
                strength = rng.uniform(0.45, 1.0)
                scores = {c["code"]: round(c["max"] * min(1.0, strength + rng.uniform(-0.1, 0.1)), 1) for c in criteria()}
                recognised = sum(scores.values()) >= 75 and rng.random() < 0.8
                data = {"unit_code": code, "year": year, "place_kind": kind, "place_name": name, "scores": scores,
                        "total": round(sum(scores.values()), 2), "recognised": recognised,
                        "decision_no": f"{rng.randint(10, 300)}/QĐ-UBND" if recognised else None,
                        "decision_date": f"{year}-12-{rng.randint(10, 28)}" if recognised else None, "note": ""}
                w.add("place_rating", rating_doc_id(code, year, kind, name), data)
                count += 1
    return count


def _plan(w: _Writer, rng: random.Random, province: str, unit_codes, today: dt.date) -> int:
    """One provincial plan with a few tasks for the units below and their progress so far."""
    start = today - dt.timedelta(days=140)
    plan_id = new_id()
    w.add("plan", plan_id, {"unit_code": province, "number": "111/KH-CAT", "date": start.isoformat(),
                            "title": "Kế hoạch thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc và nền biên phòng "
                                     "toàn dân năm " + str(today.year),
                            "implements": "Chỉ thị số 01/CT-BCA"})
    tasks = [("Rà soát, củng cố các mô hình tự phòng, tự quản", 60), ("Tổ chức tuyên truyền Luật Biên giới quốc gia", 100),
             ("Vận động nhân dân giao nộp vũ khí, vật liệu nổ, công cụ hỗ trợ", 200)]
    for title, days in tasks:
        task_id = new_id()
        deadline = (start + dt.timedelta(days=days)).isoformat()
        assigned = sorted(code for code, _ in unit_codes)
        w.add("plan_task", task_id, {"plan_id": plan_id, "title": title, "deadline": deadline, "unit_codes": assigned})
        for code in assigned:
            roll = rng.random()
            if roll < 0.25:
                continue
            status = "done" if roll < 0.65 else "in_progress"
            day = min(today, start + dt.timedelta(days=rng.randint(5, days))).isoformat()
            from app.domain.plans import progress_doc_id

            w.add("task_progress", progress_doc_id(task_id, code), {
                "task_id": task_id, "plan_id": plan_id, "unit_code": code, "status": status, "date": day,
                "note": "Đã triển khai theo kế hoạch", "evidence": {"buổi": rng.randint(1, 6)}})
    return 1


def _last_numbers(store: Store) -> dict[tuple[str, int], int]:
    """The last receipt number of every unit and year already in the store (a second demo goes on from them)."""
    return {(unit, year): number for unit, year, number in
            store.conn.execute("SELECT unit_code, year, max(number) FROM surrenders GROUP BY unit_code, year")}
