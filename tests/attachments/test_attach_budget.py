"""The per-bundle budget of attachment bytes, as a property (hypothesis): whatever the sizes and the budget,
each bundle stays within it (or carries one file alone), no file travels twice once acknowledged, the
versions held back are exactly those past the bundle's covers, and every file arrives in a few rounds."""

import datetime as dt
import io

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from app.domain import attachments, setup
from app.domain.surrenders import Line, add_surrender
from app.store.db import open_store
from app.sync.attachment_bytes import plan_files
from app.sync.limits import Limits

RECIPIENT = "province-laptop"


def png(side: int, seed: int) -> bytes:
    rng = np.random.default_rng(seed)
    out = io.BytesIO()
    Image.fromarray(rng.integers(0, 255, (side, side, 3), dtype=np.uint8)).save(out, "PNG")
    return out.getvalue()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sides=st.lists(st.integers(8, 60), min_size=1, max_size=7),
       repeat=st.lists(st.booleans(), min_size=7, max_size=7),
       budget_share=st.floats(0.0, 1.2))
def test_every_file_arrives_once_within_the_budget(tmp_path_factory, sides, repeat, budget_share):
    root = tmp_path_factory.mktemp("budget")
    store = open_store(root / "antt.sqlite")
    try:
        setup.initialise(store, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", "Công an tỉnh Lạng Sơn")
        rid = add_surrender(store, unit_code="CAX-DD", date=dt.date.today().isoformat(),
                            lines=[Line("gun.homemade", 1)], person_name="A").id
        for n, side in enumerate(sides):
            path = root / f"p{n}.png"
            # some attachments repeat the previous file's bytes: they need no second copy
            seed = n - 1 if n and repeat[n] else n
            path.write_bytes(png(sides[seed] if seed != n else side, seed))
            attachments.add_attachment(store, rid, path, "photo")
        sizes = dict(store.conn.execute("SELECT sha256, size FROM blobs"))
        budget = int(sum(sizes.values()) * budget_share)
        device = store.device_id
        top = store.conn.execute("SELECT max(seq) FROM versions").fetchone()[0]
        delivered: list[str] = []
        for _ in range(len(sides) + 1):
            plan = plan_files(store, RECIPIENT, "", Limits(max_bundle_attachment_bytes=budget))
            carried = [sha for sha, _ in plan.carry]
            assert plan.bytes <= budget or len(carried) == 1
            assert not set(carried) & set(delivered)  # acknowledged files never travel again
            delivered += carried
            covers = plan.lower_covers.get(device, top)
            held = {r[0] for r in store.conn.execute(
                "SELECT vid FROM versions WHERE doc_type = 'attachment' AND seq > ?", (covers,))}
            assert plan.held_vids == held
            assert {f["sha256"] for f in plan.follow} <= set(sizes) - set(delivered)
            store.conn.execute("INSERT INTO sync_acks(recipient_device, origin_device, seq) VALUES (?,?,?)"
                               " ON CONFLICT DO UPDATE SET seq = excluded.seq", (RECIPIENT, device, covers))
            if not plan.follow:
                break
        assert sorted(delivered) == sorted(sizes)  # every file, once
        assert plan.follow == [] and plan.held_vids == set()
    finally:
        store.close()
