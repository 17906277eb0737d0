"""End to end under one province: two commune police posts and a Border Guard post, a second
laptop at one commune, plans going down and progress coming up.

The province imports the up-bundles in a mixed order, one twice and one last; its figures are
the sum of the posts'; its down-bundles bring acknowledgements, units, the plan and its tasks,
a review and the rating thresholds; the posts' next bundles carry nothing already acknowledged;
two laptops of one unit reporting on the same task show as a conflict at the province.
"""

from __future__ import annotations

import random

import pytest

from app.domain import setup, units
from app.domain.activities import add_activity
from app.domain.place_ratings import set_thresholds
from app.domain.plans import add_plan, add_review, add_task, plan_progress, progress_doc_id, report_progress
from app.domain.stats import stats
from app.domain.versions import Version, apply_versions
from app.store.db import open_store
from app.sync import conflicts, enrolment, export, importer, status
from tests.sync.conftest import TODAY, record
from tests.schema_steps import shared_columns

POSTS = (("CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS"),
         ("CAX-TL", "Công an xã Tân Lang", "commune_police", "CAT-LS"),
         ("DBP-CM", "Đồn Biên phòng Chi Ma", "border_post", "BCH-LS"))
SECOND_LAPTOP = "CAX-DD#2"


class Province:
    def __init__(self, root):
        self.usb = root / "usb"
        self.usb.mkdir()
        self.prov = open_store(root / "prov" / "antt.sqlite")
        setup.initialise(self.prov, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", officer="Đại úy Hà")
        self.posts = {}
        # one provincial store keeps the unit list (reference data) of the police and the Border Guard
        units.add_unit(self.prov, "BCH-LS", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn", "bg_command")
        for code, name, kind, parent in POSTS:
            units.add_unit(self.prov, code, name, kind, parent)
        for code, name, kind, parent in POSTS:
            self.posts[code] = self._post(root / code, code, name, kind, parent)
        # a second laptop of Đồng Đăng: it starts from a copy of the first one's records
        first = self.posts["CAX-DD"]
        self.posts[SECOND_LAPTOP] = lap2 = self._post(root / "CAX-DD-2", *POSTS[0], second=True)
        apply_versions(lap2, [_version(r) for r in first.query(
            "SELECT * FROM versions WHERE device_id = ? AND doc_type = 'unit'", (first.device_id,))])

    def _post(self, where, code, name, kind, parent, second=False):
        s = open_store(where / "antt.sqlite")
        setup.initialise(s, code, name, kind, parent, officer=f"Thượng úy {code}")
        e = enrolment.write_enrolment(s, self.usb)
        enrolment.accept_answer(s, enrolment.enrol(self.prov, e.path, self.usb, second_device=second).answer_path)
        return s

    def up(self, key):
        return export.export_bundle(self.posts[key], self.usb)

    def down(self, key):
        """The province's bundle for one laptop (two share a unit code), imported there."""
        post = self.posts[key]
        written = export.export_bundle(self.prov, self.usb, recipient_device=post.device_id)
        assert written.kind == "down" and key.split("#")[0] in written.path.name
        return written, importer.apply_import(post, written.path)

    def close(self):
        self.prov.close()
        for s in self.posts.values():
            s.close()


def _version(row) -> Version:
    return Version.from_row(row)


@pytest.fixture
def world(tmp_path):
    w = Province(tmp_path)
    yield w
    w.close()


def test_province_with_three_posts_end_to_end(world):
    prov, posts = world.prov, world.posts
    # the province writes a plan with tasks for its posts, a review and the year's thresholds
    plan_id = add_plan(prov, "CAT-LS", "111/KH-CAT", "2025-07-04", "Kế hoạch bảo vệ biên giới năm 2026")
    task_id = add_task(prov, plan_id, "Tuyên truyền tự quản đường biên, mốc quốc giới", "2026-12-31",
                       ["CAX-DD", "CAX-TL", "DBP-CM"])
    add_review(prov, plan_id, "interim", TODAY, "Các đơn vị triển khai đúng tiến độ.")
    set_thresholds(prov, "CAT-LS", 2026, 90, 75, 60)

    # every post records and exports twice (cumulative: the second holds the first)
    bundles = []
    for code, *_ in POSTS:
        record(posts[code], code, n=2)
        bundles.append(world.up(code).path)
        record(posts[code], code, n=1)
        bundles.append(world.up(code).path)
    last = bundles.pop(0)  # the first bundle of Đồng Đăng is late: it arrives last
    order = bundles + [bundles[2]]  # and one is carried twice
    random.Random(7).shuffle(order)
    receipts = [importer.apply_import(prov, p) for p in order + [last]]
    assert sum(r.already_imported for r in receipts) == 1
    assert receipts[-1].counts["new"] == 0 and receipts[-1].missing_bundles == []  # the late one adds nothing
    assert all(r.counts["waiting"] == 0 and r.counts["unreadable"] == 0 for r in receipts)

    # the province's figures are the sum of the posts'
    for code, *_ in POSTS:
        for table in ("models", "activities", "surrenders", "surrender_items"):
            q = f"SELECT {shared_columns(prov.conn, table)} FROM {table} WHERE unit_code = ? ORDER BY 1, 2"
            assert prov.query(q, (code,)) and [tuple(r) for r in prov.query(q, (code,))] == \
                [tuple(r) for r in posts[code].query(q, (code,))], (code, table)
    year = TODAY[:4]
    prov_stats = stats(prov, f"{year}-01-01", f"{year}-12-31", by="unit")
    assert {r["unit_code"] for r in prov_stats} >= {"CAX-DD", "CAX-TL", "DBP-CM"}
    total = lambda s: s.query("SELECT sum(quantity) FROM surrender_items")[0][0] or 0
    assert total(prov) == sum(total(posts[c]) for c, *_ in POSTS) == 18

    # down: acknowledgements, units of the province, the plan, its task, the review, the thresholds
    for code, *_ in POSTS:
        written, receipt = world.down(code)
        for doc_type in ("unit", "plan", "plan_task", "plan_review", "rating_thresholds"):
            assert written.counts.get(doc_type), (code, doc_type)
        assert "activity" not in written.counts and "community_model" not in written.counts  # nothing sent up comes back
        post = posts[code]
        assert post.query("SELECT number FROM plans")[0][0] == "111/KH-CAT"
        assert [r[0] for r in post.query("SELECT unit_code FROM plan_task_units ORDER BY 1")] == ["CAX-DD", "CAX-TL", "DBP-CM"]
        assert post.query("SELECT excellent FROM rating_thresholds")[0][0] == 90
        assert receipt.held == {}
        assert status.device_status(post)[0]["unacknowledged_versions"] == 0
        again = world.up(code)
        assert sum(again.counts.values()) == 0, (code, again.counts)  # nothing already acknowledged goes again

    # progress goes up; the province reads it
    report_progress(posts["CAX-TL"], task_id, "CAX-TL", "done", TODAY, "Đã tổ chức 3 buổi", {"households": 120})
    up = world.up("CAX-TL")
    assert up.counts == {"task_progress": 1}
    importer.apply_import(prov, up.path)
    progress = {a["unit_code"]: a["status"] for a in plan_progress(prov, plan_id)["assignments"]}
    assert progress == {"CAX-DD": "not_started", "CAX-TL": "done", "DBP-CM": "not_started"}

    # a new record after the acknowledgement: the next bundle carries exactly it
    model = posts["DBP-CM"].query("SELECT id FROM models LIMIT 1")[0][0]
    add_activity(posts["DBP-CM"], model, TODAY, "patrol", participants=6)
    assert world.up("DBP-CM").counts == {"activity": 1}


def test_two_laptops_of_one_unit_conflict_on_task_progress_at_the_province(world):
    prov, posts = world.prov, world.posts
    plan_id = add_plan(prov, "CAT-LS", "111/KH-CAT", "2025-07-04", "Kế hoạch bảo vệ biên giới năm 2026")
    task_id = add_task(prov, plan_id, "Tuần tra chung", "2026-06-30", ["CAX-DD"])
    for key in ("CAX-DD", SECOND_LAPTOP):
        world.down(key)
        assert posts[key].query("SELECT title FROM plan_tasks")[0][0] == "Tuần tra chung"
    report_progress(posts["CAX-DD"], task_id, "CAX-DD", "in_progress", TODAY, "Đã tuần tra 2 lần")
    report_progress(posts[SECOND_LAPTOP], task_id, "CAX-DD", "done", TODAY, "Hoàn thành")
    importer.apply_import(prov, world.up("CAX-DD").path)
    importer.apply_import(prov, world.up(SECOND_LAPTOP).path)
    doc = progress_doc_id(task_id, "CAX-DD")
    listed = [c for c in conflicts.list_conflicts(prov) if c["doc_id"] == doc]
    assert listed and listed[0]["doc_type"] == "task_progress"
    assert {leaf["data"]["status"] for leaf in listed[0]["leaves"]} == {"in_progress", "done"}
    assert prov.query("SELECT count(*) FROM task_progress WHERE task_id = ?", (task_id,))[0][0] == 1
    # the province keeps one: the conflict ends
    keep = next(leaf for leaf in listed[0]["leaves"] if leaf["data"]["status"] == "done")
    conflicts.keep_version(prov, doc, keep["vid"])
    assert [c for c in conflicts.list_conflicts(prov) if c["doc_id"] == doc] == []
    assert plan_progress(prov, plan_id)["assignments"][0]["status"] == "done"
