"""Property (issue 4 §8): any set of bundles, in any order, with duplicates and a missing one arriving
last, converges to the same readable tables and the same conflicts; no exported version is lost."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import orjson

from app.domain import setup
from app.domain.versions import Version, apply_versions
from app.domain.activities import add_activity
from app.domain.community_models import add_model, update_model
from app.store.db import open_store
from app.sync import enrolment, export, importer
from tests.schema_steps import shared_columns

TODAY = dt.date.today().isoformat()
TABLES = ("documents", "units", "models", "activities", "surrenders", "surrender_items", "monthly_figures")


def state(store) -> dict:
    out = {t: sorted(tuple(r) for r in store.conn.execute(f"SELECT {shared_columns(store.conn, t)} FROM {t}")) for t in TABLES}
    out["versions"] = sorted(r[0] for r in store.conn.execute("SELECT vid FROM versions"))
    return out


class World:
    """Two laptops of one commune editing the same model between exports; their bundles as files on one stick.

    (Issue 18: one commune's laptop may not write another commune's records, so the two laptops that share
    a model are two laptops of the same unit, each enrolled, each sending its own versions.)"""

    def __init__(self, root: Path):
        self.root = root
        self.usb = root / "usb"
        self.usb.mkdir()
        self.n = 0
        self.template = root / "province-template.sqlite"
        prov = open_store(self.template)
        setup.initialise(prov, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police")
        self.posts = []
        for laptop in ("laptop-1", "laptop-2"):
            s = open_store(root / laptop / "antt.sqlite")
            setup.initialise(s, "CAX-A", "Công an xã CAX-A", "commune_police", "CAT-LS")
            e = enrolment.write_enrolment(s, self.usb)
            enrolment.accept_answer(s, enrolment.enrol(prov, e.path, second_device=bool(self.posts)).answer_path)
            self.posts.append(s)
        prov.close()
        # both posts know one shared model: A made it, B holds a copy of all A's versions, so both can edit it
        a, b = self.posts
        self.model = add_model(a, unit_code="CAX-A", name="Tổ tự quản", type="security_camera", established="2024-01-01")
        apply_versions(b, [Version.from_row(r) for r in a.query("SELECT * FROM versions WHERE device_id = ?", (a.device_id,))])
        self.bundles = []
        self.exported_vids: set[str] = set()

    def step(self, post_index: int, action: int) -> None:
        s = self.posts[post_index]
        if action % 2 == 0:  # both posts edit the shared model: concurrent edits make conflicts
            update_model(s, self.model.id, leader=f"Trưởng {action}")
        else:
            m = s.query("SELECT id FROM models WHERE id != ? LIMIT 1", (self.model.id,))
            if not m:
                add_model(s, unit_code="CAX-A", name=f"Mô hình {post_index}", type="security_camera",
                          established="2024-02-01")
            else:
                add_activity(s, m[0][0], TODAY, "meeting", participants=action)
        path = export.export_bundle(s, self.usb).path
        self.bundles.append(path)
        # the laptop's own versions, but for its provisional records of units, which never go up
        self.exported_vids |= {r[0] for r in s.conn.execute(
            "SELECT vid FROM versions WHERE device_id = ? AND json_extract(version_json(data), '$.provisional') IS NULL",
            (s.device_id,))}

    def fresh_province(self, name: str):
        import shutil

        target = self.root / name / "antt.sqlite"
        target.parent.mkdir()
        shutil.copytree(self.template.parent / (self.template.stem + "-keys"), target.parent / "antt-keys")
        src = open_store(self.template)
        src.conn.backup(__import__("sqlite3").connect(str(target)))
        src.close()
        return open_store(target)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    steps=st.lists(st.tuples(st.integers(0, 1), st.integers(0, 9)), min_size=2, max_size=6),
    order=st.randoms(use_true_random=False),
    duplicates=st.lists(st.integers(0, 100), max_size=4),
)
def test_convergence_any_order_with_duplicates(steps, order, duplicates):
    with tempfile.TemporaryDirectory() as tmp:
        world = World(Path(tmp))
        for post_index, action in steps:
            world.step(post_index, action)
        bundles = list(world.bundles)
        in_order = world.fresh_province("ordered")
        for p in bundles:
            importer.apply_import(in_order, p)
        shuffled = bundles + [bundles[i % len(bundles)] for i in duplicates]
        order.shuffle(shuffled)
        missing = shuffled[0]  # this one arrives last
        late = [p for p in shuffled if p != missing] + [missing]
        other = world.fresh_province("shuffled")
        chunk = importer.CHUNK
        importer.CHUNK = 1  # every version its own chunk: what the preview counts, the import does
        try:
            for p in late:
                preview = importer.preview_import(other, p)
                receipt = importer.apply_import(other, p)
                if not preview.already_imported:  # a bundle imported before shows its first receipt
                    assert receipt.counts == preview.counts
        finally:
            importer.CHUNK = chunk
        assert state(other) == state(in_order)
        held = set(state(other)["versions"])
        assert world.exported_vids <= held  # no exported version is lost
        conflicts = lambda s: sorted(tuple(r) for r in s.conn.execute(
            "SELECT doc_id, winner_vid, conflicts FROM documents WHERE conflicts > 0"))
        assert conflicts(other) == conflicts(in_order)
        for s in (in_order, other, *world.posts):
            s.close()


def test_convergence_world_really_makes_conflicts(tmp_path):
    # guard for the property above: its edits do produce competing leaves, so conflicts are compared for real
    world = World(tmp_path)
    world.step(0, 0)
    world.step(1, 2)
    prov = world.fresh_province("p")
    for p in world.bundles:
        importer.apply_import(prov, p)
    assert prov.query("SELECT count(*) FROM documents WHERE conflicts > 0")[0][0] == 1
    for s in (prov, *world.posts):
        s.close()
