"""Issue 18 item 2: clocks flow down, never up. A version may carry a Lamport clock at most 2^32 past the mark of the
unit whose laptop signed the bundle (our clock when we last sent it a bundle; for the level above, also what its own
laptop wrote), 2^33 for a version it forwards; only the level above's own versions move a store's clock.

An insider's real enrolled keys sign the jumps; the figures are worked out here from the values the test itself
sent and from the province's own versions (an SQL query), never read back from the code's marks.
"""

from __future__ import annotations

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import periods
from app.domain.authority import Refusal
from app.domain.ids import item_doc_id, new_id
from app.domain.periods import period_doc_id
from app.domain.units import add_unit
from app.store.schema import SCHEMA_VERSION
from app.sync import export, importer
from app.sync.bundle import write_bundle
from app.sync.header import BundleHeader
from app.sync.state import device_keys, my_identity
from tests.sync.conftest import TODAY, Net, record
from tests.sync.test_sync_authority import Insider, dump, refused

STEP = 1 << 32
LIMIT = 1 << 62
MONTH = TODAY[:7]


def activity(insider: Insider, lamport: int):
    return insider.version("activity", new_id(), {"unit_code": insider.code, "model_id": "m", "date": TODAY,
                                                   "kind": "meeting"}, lamport=lamport)


def enrolled_at(prov, unit: str) -> int:
    """The province's clock when it enrolled `unit`: its answer carried the province's versions up to the unit's
    own record, registered by that enrolment (read from the versions, not from the code's mark)."""
    return prov.query("SELECT lamport FROM versions WHERE doc_type = 'unit' AND json_extract(version_json(data), '$.code') = ?",
                      (unit,))[0][0]


def own_clock(store) -> int:
    """The highest clock among the versions the store's own laptop wrote (independent of meta.lamport)."""
    return store.query("SELECT coalesce(max(lamport), 0) FROM versions WHERE device_id = ?", (store.device_id,))[0][0]


def clock(store) -> int:
    return int(store.meta_get("lamport"))


def test_the_bound_follows_the_senders_own_unit(net):
    dd, tl = Insider(net, "CAX-DD"), Insider(net, "CAX-TL")
    prov = net.province
    dd_mark, tl_mark = enrolled_at(prov, "CAX-DD"), enrolled_at(prov, "CAX-TL")
    assert 0 < dd_mark < tl_mark < 100
    before = clock(prov)
    # nothing sent to Đồng Đăng since its enrolment: 2^32 past that is the furthest it may go, exactly
    at_limit = activity(dd, dd_mark + STEP)
    importer.apply_import(prov, dd.bundle([at_limit]))
    assert prov.query("SELECT lamport FROM versions WHERE vid = ?", (at_limit.vid,))[0][0] == dd_mark + STEP
    assert clock(prov) == before  # an up-bundle never moves the province's clock
    # what it sent does not widen its next bound: the same jump again is the furthest still
    again = activity(dd, dd_mark + STEP)
    importer.apply_import(prov, dd.bundle([again]))
    beyond = activity(dd, dd_mark + STEP + 1)
    err = refused(net, dd.bundle([beyond]), "lamport", beyond.doc_id)
    assert (f"device {dd.post.device_id} (unit CAX-DD) sent the Lamport clock {dd_mark + STEP + 1},"
            f" past {dd_mark + STEP}") in err.message("en")
    assert f"máy {dd.post.device_id} (đơn vị CAX-DD)" in err.message("vi")
    # Tân Lang's bound stays 2^32 past its enrolment
    jump = activity(tl, tl_mark + STEP + 10)
    err = refused(net, tl.bundle([jump]), "lamport", jump.doc_id)
    assert f"device {tl.post.device_id} (unit CAX-TL)" in err.message("en")
    assert f"past {tl_mark + STEP} " in err.message("en")
    # the province's next edit takes its own clock + 1, not the insider's
    add_unit(prov, "CAX-MOI", "Công an xã Mới", "commune_police", "CAT-LS")
    assert own_clock(prov) == before + 1
    record(tl.post, "CAX-TL", n=1)  # Tân Lang's genuine bundle (low clock) still goes in
    receipt = importer.apply_import(prov, net.up("CAX-TL"))
    assert receipt.counts["new"] >= 1


def test_an_insiders_jumps_do_not_cost_another_post_its_provinces_bundles(net):
    """The gap of the per-unit bound alone: jumps pulled the province's clock, and its down-bundle then went past an
    honest post's bound. Now the insider's maximal jumps (records and its own month's submission) leave the province's
    clock alone; the province writes reference data and approves the insider's month, and the other post takes it."""
    dd = Insider(net, "CAX-DD")
    prov, tl = net.province, net.posts["CAX-TL"]
    dd_mark, before = enrolled_at(prov, "CAX-DD"), clock(prov)
    for k in range(4):  # each as far as it may go: under a clock that follows them, 4 * 2^32 past the province's
        importer.apply_import(prov, dd.bundle([activity(dd, dd_mark + STEP - k)]))
    month_doc = period_doc_id("CAX-DD", MONTH)
    submitted = dd.version("period", month_doc, {
        "unit_code": "CAX-DD", "month": MONTH, "status": "submitted", "by": "Thượng sĩ CAX-DD",
        "at": "2026-03-01T08:00:00+0700", "reason": "", "note": "", "history": []}, lamport=dd_mark + STEP)
    importer.apply_import(prov, dd.bundle([submitted]))
    assert prov.query("SELECT count(*) FROM versions WHERE device_id = ? AND lamport >= ?",
                      (dd.post.device_id, dd_mark + STEP - 3))[0][0] == 5
    assert clock(prov) == before
    add_unit(prov, "CAX-MOI", "Công an xã Mới", "commune_police", "CAT-LS")
    periods.approve(prov, "CAX-DD", MONTH)
    # the approval is a child of the submission: it wins although its clock is far below the submission's
    assert periods.get_period(prov, "CAX-DD", MONTH)["status"] == "approved"
    assert own_clock(prov) == before + 2
    tl_before = dump(tl)
    importer.apply_import(tl, export.export_bundle(prov, net.usb, "CAX-TL").path)
    assert dump(tl) != tl_before
    assert tl.query("SELECT count(*) FROM units WHERE code = 'CAX-MOI'")[0][0] == 1
    assert periods.get_period(tl, "CAX-DD", MONTH)["status"] == "approved"
    assert clock(tl) == own_clock(prov)  # Tân Lang's clock took the province's own, nothing of the insider's
    # and the insider's own post takes its province's bundle too
    importer.apply_import(dd.post, export.export_bundle(prov, net.usb, "CAX-DD").path)
    assert periods.get_period(dd.post, "CAX-DD", MONTH)["status"] == "approved"


class Above:
    """An insider at the province: its real keys sign a down-bundle to a post, with any versions."""

    def __init__(self, net, to: str):
        self.net, self.prov, self.to = net, net.province, net.posts[to]
        self.code, self.n, self.seq = to, 500, int(self.prov.meta_get("seq"))

    def version(self, doc_id: str, data: dict, lamport: int, device: str | None = None):
        from app.domain.versions import Version

        self.seq += 1
        device = device or self.prov.device_id
        return Version(vid=f"{device}:{self.seq}", doc_id=doc_id, doc_type="catalogue_item", parents=(),
                       lamport=lamport, device_id=device, seq=self.seq, author="Đại úy Hà",
                       claimed_at="2026-03-01T08:00:00+0700", deleted=False, data=data).sealed()

    def bundle(self, versions):
        self.n += 1
        to = my_identity(self.to)
        h = BundleHeader(sender_device=self.prov.device_id, recipient_key_id=to.receiving_key_id,
                         schema_version=SCHEMA_VERSION, kind="down", sender_unit="CAT-LS", recipient_unit=self.code,
                         bundle_seq=self.n)
        return write_bundle(self.net.usb, h, [("catalogue_item", list(versions))], device_keys(self.prov), to).path


def test_the_level_above_is_bounded_too_and_only_its_own_versions_move_the_clock(net):
    """A forged down-bundle: the province's own version 2^32 past what the post exchanged with it is the furthest;
    a version it forwards (another laptop's, from higher up) may go 2^33 past, and moves the post's clock not at all."""
    tl = net.posts["CAX-TL"]
    above = Above(net, "CAX-TL")
    mark = own_clock(net.province)  # what the province sent Tân Lang at its enrolment: nothing since
    assert clock(tl) == mark
    data = tl.query("SELECT version_json(v.data) FROM versions v JOIN documents d ON d.winner_vid = v.vid WHERE d.doc_id = ?",
                    (item_doc_id("weapon.primitive"),))[0][0]
    data = orjson.loads(data)
    forwarded = above.version(item_doc_id("weapon.primitive"), {**data, "name": "Vũ khí thô sơ (trên)"},
                              mark + 2 * STEP, device="national0000000001")
    importer.apply_import(tl, above.bundle([forwarded]))
    assert clock(tl) == mark  # a forwarded version moves nothing
    own = above.version(item_doc_id("weapon.primitive"), {**data, "name": "Vũ khí thô sơ (tỉnh)"}, mark + STEP)
    importer.apply_import(tl, above.bundle([own]))
    assert clock(tl) == mark + STEP  # the province's own version does, by at most 2^32
    # its own version at mark + 2^32 is the new mark: its own may go 2^32 past it, what it forwards 2^33
    for lamport, device in ((mark + 2 * STEP + 1, None), (mark + 3 * STEP + 1, "national0000000001")):
        forged = above.version(item_doc_id("weapon.primitive"), {**data, "name": "x"}, lamport, device)
        before = dump(tl)
        path = above.bundle([forged])
        with pytest.raises(Refusal) as err:
            importer.apply_import(tl, path)
        assert err.value.rule == "lamport" and dump(tl) == before
        assert f"past {lamport - 1} " in err.value.message("en")


# ---------------------------------------------------------------- any sequence of jumps

JUMP = st.one_of(st.integers(-3, 3).map(lambda d: ("near", d)),  # around the furthest the insider may go
                 st.integers(0, LIMIT - 1).map(lambda v: ("any", v)))  # anywhere up to the format's limit
STEPS = st.lists(st.one_of(JUMP.map(lambda j: ("jump", j)), st.just(("edit", None)), st.just(("send", None))),
                 max_size=8)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_no_sequence_of_jumps_moves_a_clock_or_costs_another_post_its_bundles(tmp_path_factory, steps):
    """Whatever an insider post sends (accepted or refused), the province's clock is its own edits only, a jump is
    accepted exactly when it is at most 2^32 past the province's clock when it last sent that post a bundle, and the
    other post takes the province's next bundle; so no sequence of bundles from below brings a clock nearer 2^62."""
    net = Net(tmp_path_factory.mktemp("jumps"))
    try:
        dd, prov, tl = Insider(net, "CAX-DD"), net.province, net.posts["CAX-TL"]
        mark, start, edits = enrolled_at(prov, "CAX-DD"), clock(prov), 0
        for n, (what, arg) in enumerate(steps):
            if what == "jump":
                kind, value = arg
                lamport = mark + STEP + value if kind == "near" else value
                v = activity(dd, lamport)
                if lamport <= mark + STEP:
                    importer.apply_import(prov, dd.bundle([v]))
                    assert prov.query("SELECT count(*) FROM versions WHERE vid = ?", (v.vid,))[0][0] == 1
                else:
                    refused(net, dd.bundle([v]), "lamport", v.doc_id)
            elif what == "edit":
                add_unit(prov, f"CAX-N{n}", f"Công an xã N{n}", "commune_police", "CAT-LS")
                edits += 1
            else:  # the province sends Đồng Đăng a bundle: its bound starts again from the province's clock
                importer.apply_import(dd.post, export.export_bundle(prov, net.usb, "CAX-DD").path)
                mark = own_clock(prov)
            assert clock(prov) == start + edits == max(own_clock(prov), start)
        tl_before = clock(tl)
        importer.apply_import(tl, export.export_bundle(prov, net.usb, "CAX-TL").path)
        assert clock(tl) == max(tl_before, own_clock(prov)) < LIMIT // 2
    finally:
        net.close()



def _forged_answer(net, tmp_path, code: str, past: int):
    """A new post's enrolment at the province, and the province's real answer with its own last reference version
    re-clocked to `past` beyond the post's clock and re-signed with the province's real keys (a forger who holds
    them). Returns the post, the answer and the post's clock before it (its own first-run edits)."""
    from app.domain import setup
    from app.domain.versions import Version
    from app.store.db import open_store
    from app.sync import enrolment

    post = open_store(tmp_path / code / "antt.sqlite")
    setup.initialise(post, code, "Công an xã Mới " + code, "commune_police", "CAT-LS", officer="Thượng sĩ Mới")
    start = clock(post)
    prov = net.province
    answer = enrolment.enrol(prov, enrolment.write_enrolment(post, net.usb).path).answer_path
    body = orjson.loads(answer.read_bytes())["body"]
    own = [i for i, d in enumerate(body["reference"]) if d["device_id"] == prov.device_id]
    d = body["reference"][own[-1]]
    forged = Version(**{**d, "parents": tuple(d["parents"]), "lamport": start + past, "sha256": ""}).sealed()
    body["reference"][own[-1]] = orjson.loads(orjson.dumps(forged))
    enrolment._signed_file(answer, body, device_keys(prov))
    return post, answer, start


def test_an_enrolment_answer_moves_the_posts_clock_at_most_2_32(net, tmp_path, capsys):
    """Like a down-bundle: the level above's own versions in its answer may be at most 2^32 past the post's clock;
    beyond that the answer is refused in one sentence naming the sender, and nothing changes."""
    from app.cli import main
    from app.errors import AnttError
    from app.sync import enrolment

    post, answer, start = _forged_answer(net, tmp_path, "CAX-MOI", STEP + 1)
    assert start == own_clock(post) > 0
    before = dump(post)
    assert main(["--db", str(post.path), "enrol", str(answer)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err
    assert (f"máy {net.province.device_id} (đơn vị CAT-LS) ghi đồng hồ Lamport {start + STEP + 1},"
            f" vượt quá {start + STEP}") in err
    assert dump(post) == before  # nothing registered, no version, the clock where it was
    with pytest.raises(AnttError) as refusal:
        enrolment.accept_answer(post, answer)
    assert f"device {net.province.device_id} (unit CAT-LS)" in refusal.value.message("en")
    post.close()
    # exactly 2^32 past the post's clock is the furthest an answer may move it
    post, answer, start = _forged_answer(net, tmp_path, "CAX-MOI2", STEP)
    enrolment.accept_answer(post, answer)
    assert clock(post) == start + STEP
    assert post.query("SELECT count(*) FROM sync_devices WHERE role = 'above' AND device_id = ?",
                      (net.province.device_id,))[0][0] == 1
    post.close()


def test_a_mark_worked_out_from_the_versions_is_kept_and_not_raised_by_what_came(net):
    """A store from before the marks (or a unit enrolled without one) works the mark out from the unit's versions,
    once: the import keeps it, so the next bundle neither scans every version again nor gets a bound widened by
    the jump the last bundle carried."""
    dd = Insider(net, "CAX-DD")
    prov = net.province
    with prov.transaction():
        prov.conn.execute("DELETE FROM meta WHERE key = 'lamport_peer:CAX-DD'")
        prov.conn.execute("DELETE FROM sync_exports")
    devices = [r[0] for r in prov.query("SELECT device_id FROM sync_devices WHERE unit_code = 'CAX-DD'")]
    worked_out = prov.query(f"SELECT coalesce(max(lamport), 0) FROM versions WHERE device_id IN"
                            f" ({','.join('?' * len(devices))})", devices)[0][0]
    jump = activity(dd, worked_out + STEP)
    importer.apply_import(prov, dd.bundle([jump]))
    assert prov.meta_get("lamport_peer:CAX-DD") == str(worked_out)
    beyond = activity(dd, worked_out + STEP + 1)  # worked out again from the versions it would be 2^32 further
    refused(net, dd.bundle([beyond]), "lamport", beyond.doc_id)
