"""Issue 18 item 2, per sender unit: a version may move the clock at most 2^32 past the highest value exchanged
with the unit whose laptop signed the bundle (accepted from it, or our clock when we last sent it a bundle).

An insider's real enrolled keys sign the jumps; the figures are worked out here from the values the test itself
sent, never read back from the code's own mark.
"""

from __future__ import annotations

from app.domain.ids import new_id
from app.sync import importer
from tests.sync.conftest import TODAY
from tests.sync.test_sync_authority import Insider, refused

STEP = 1 << 32


def activity(insider: Insider, lamport: int):
    return insider.version("activity", new_id(), {"unit_code": insider.code, "model_id": "m", "date": TODAY,
                                                   "kind": "meeting"}, lamport=lamport)


def enrolled_at(prov, unit: str) -> int:
    """The province's clock when it enrolled `unit`: its answer carried the province's versions up to the unit's
    own record, registered by that enrolment (read from the versions, not from the code's mark)."""
    return prov.query("SELECT lamport FROM versions WHERE doc_type = 'unit' AND json_extract(version_json(data), '$.code') = ?",
                      (unit,))[0][0]


def test_the_bound_follows_the_senders_own_unit(net):
    dd, tl = Insider(net, "CAX-DD"), Insider(net, "CAX-TL")
    prov = net.province
    dd_mark, tl_mark = enrolled_at(prov, "CAX-DD"), enrolled_at(prov, "CAX-TL")
    assert 0 < dd_mark < tl_mark < 100
    # nothing exchanged with Đồng Đăng since its enrolment: 2^32 past that is the furthest it may go, exactly
    at_limit = activity(dd, dd_mark + STEP)
    importer.apply_import(prov, dd.bundle([at_limit]))
    assert prov.query("SELECT lamport FROM versions WHERE vid = ?", (at_limit.vid,))[0][0] == dd_mark + STEP
    beyond = activity(dd, dd_mark + 2 * STEP + 1)  # one past 2^32 beyond what it sent
    err = refused(net, dd.bundle([beyond]), "lamport", beyond.doc_id)
    assert (f"device {dd.post.device_id} (unit CAX-DD) sent the Lamport clock {dd_mark + 2 * STEP + 1},"
            f" past {dd_mark + 2 * STEP}") in err.message("en")
    assert f"máy {dd.post.device_id} (đơn vị CAX-DD)" in err.message("vi")
    # the province's own clock now stands at Đồng Đăng's jump; under a store-wide bound Tân Lang could go 2^32
    # past it. Tân Lang's unit sent nothing yet: its bound stays 2^32 past its enrolment.
    assert int(prov.meta_get("lamport")) == dd_mark + STEP
    jump = activity(tl, tl_mark + STEP + 10)
    err = refused(net, tl.bundle([jump]), "lamport", jump.doc_id)
    assert f"device {tl.post.device_id} (unit CAX-TL)" in err.message("en")
    assert f"past {tl_mark + STEP} " in err.message("en")
    # Tân Lang's genuine bundle (low clock) still goes in
    from tests.sync.conftest import record

    record(tl.post, "CAX-TL", n=1)
    receipt = importer.apply_import(prov, net.up("CAX-TL"))
    assert receipt.counts["new"] >= 1


def test_what_the_province_sent_a_post_widens_that_posts_bound_only(net):
    """A post that imported the province's down-bundle legitimately writes at the province's clock: its bound
    starts from what was sent to it, and the other post's does not move."""
    from app.domain.units import add_unit
    from app.sync import export

    dd, tl = Insider(net, "CAX-DD"), Insider(net, "CAX-TL")
    prov = net.province
    importer.apply_import(prov, dd.bundle([activity(dd, STEP - 100)]))  # the province's clock near 2^32
    add_unit(prov, "CAX-MOI", "Công an xã Mới", "commune_police", "CAT-LS")
    sent_at = int(prov.meta_get("lamport"))
    assert sent_at == STEP - 99  # the insider's value + the province's one edit
    down = export.export_bundle(prov, net.usb, "CAX-TL").path
    importer.apply_import(tl.post, down)
    assert int(tl.post.meta_get("lamport")) == sent_at  # Tân Lang's clock took the province's
    importer.apply_import(prov, tl.bundle([activity(tl, sent_at + STEP)]))  # exactly its new bound
    late = activity(tl, sent_at + 2 * STEP + 1)
    refused(net, tl.bundle([late]), "lamport", late.doc_id)
