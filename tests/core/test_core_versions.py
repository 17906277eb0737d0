"""The version/winner rules of design §3, for local edits and for versions arriving from elsewhere."""

import hashlib
import random
from dataclasses import replace

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain import doctypes
from app.domain.units import unit_doc_id
from app.domain.versions import (
    Clock, Version, apply_versions, document_conflicts, new_version, resolve_document, save_document,
)
from app.errors import AnttError
from app.store.db import open_store
from tests.core.conftest import snapshot


def unit_data(code, name):
    return {"code": code, "name": name, "kind": "commune_police", "parent_code": "CAT-LS", "place": "Lạng Sơn"}


def test_local_edit_writes_a_full_version(store):
    v1 = save_document(store, "unit", unit_doc_id("X1"), unit_data("X1", "Xã Một"))
    v2 = save_document(store, "unit", unit_doc_id("X1"), unit_data("X1", "Xã Một (mới)"))
    assert v2.parents == (v1.vid,)
    assert v2.seq == v1.seq + 1 and v2.lamport > v1.lamport
    assert v2.device_id == store.device_id and v2.vid == f"{store.device_id}:{v2.seq}"
    assert v2.author == "Nguyễn Văn An"
    assert v2.sha256 == v2.compute_sha256()
    stored = store.query("SELECT sha256, parents FROM versions WHERE vid = ?", (v2.vid,))[0]
    assert stored[0] == v2.sha256 and orjson.loads(stored[1]) == [v1.vid]
    assert store.query("SELECT name FROM units WHERE code = 'X1'")[0][0] == "Xã Một (mới)"


def test_delete_is_a_tombstone(store):
    doc = unit_doc_id("X2")
    save_document(store, "unit", doc, unit_data("X2", "Xã Hai"))
    save_document(store, "unit", doc, unit_data("X2", "Xã Hai"), deleted=True)
    assert not store.query("SELECT 1 FROM units WHERE code = 'X2'")
    assert store.query("SELECT count(*) FROM versions WHERE doc_id = ?", (doc,))[0][0] == 2
    assert store.query("SELECT deleted FROM documents WHERE doc_id = ?", (doc,))[0][0] == 1


def _foreign(store, device, seq, lamport, doc_id, data, parents=(), deleted=False):
    return Version(f"{device}:{seq}", doc_id, "unit", tuple(parents), lamport, device, seq, "", "2026-01-01T00:00:00",
                   deleted, data).sealed()


def test_concurrent_edits_pick_highest_lamport_then_device_and_keep_the_other(store):
    doc = unit_doc_id("X3")
    base = save_document(store, "unit", doc, unit_data("X3", "Gốc"))
    a = _foreign(store, "aaaa", 1, base.lamport + 1, doc, unit_data("X3", "Sửa A"), [base.vid])
    b = _foreign(store, "bbbb", 1, base.lamport + 1, doc, unit_data("X3", "Sửa B"), [base.vid])
    apply_versions(store, [a, b])
    assert store.query("SELECT name FROM units WHERE code = 'X3'")[0][0] == "Sửa B"  # same lamport: device decides
    assert store.query("SELECT conflicts FROM documents WHERE doc_id = ?", (doc,))[0][0] == 1
    leaves = document_conflicts(store, doc)
    assert [leaf["vid"] for leaf in leaves] == [b.vid, a.vid]
    resolved = resolve_document(store, doc, unit_data("X3", "Sửa A + B"))
    assert set(resolved.parents) == {a.vid, b.vid}
    assert store.query("SELECT conflicts FROM documents WHERE doc_id = ?", (doc,))[0][0] == 0
    assert store.query("SELECT name FROM units WHERE code = 'X3'")[0][0] == "Sửa A + B"
    # the local clock moved past everything it saw
    assert resolved.lamport > base.lamport + 1


def test_live_edit_beats_concurrent_delete_and_is_flagged(store):
    doc = unit_doc_id("X4")
    base = save_document(store, "unit", doc, unit_data("X4", "Gốc"))
    tomb = _foreign(store, "zzzz", 1, base.lamport + 5, doc, unit_data("X4", "Gốc"), [base.vid], deleted=True)
    edit = _foreign(store, "aaaa", 1, base.lamport + 1, doc, unit_data("X4", "Còn"), [base.vid])
    apply_versions(store, [tomb, edit])
    assert store.query("SELECT name FROM units WHERE code = 'X4'")[0][0] == "Còn"
    assert tuple(store.query("SELECT conflicts, deleted FROM documents WHERE doc_id = ?", (doc,))[0]) == (1, 0)


def test_identical_leaves_are_not_a_conflict(store):
    doc = unit_doc_id("X5")
    a = _foreign(store, "aaaa", 1, 1, doc, unit_data("X5", "Giống"))
    b = _foreign(store, "bbbb", 1, 1, doc, unit_data("X5", "Giống"))
    apply_versions(store, [a, b])
    assert store.query("SELECT conflicts FROM documents WHERE doc_id = ?", (doc,))[0][0] == 0


def test_reapplying_is_a_no_op_and_other_bytes_are_refused(store):
    doc = unit_doc_id("X6")
    a = _foreign(store, "aaaa", 1, 1, doc, unit_data("X6", "Một"))
    apply_versions(store, [a])
    before = snapshot(store)
    result = apply_versions(store, [a])
    assert result.inserted == 0 and result.duplicates == 1
    assert snapshot(store) == before
    forged = replace(a, data=unit_data("X6", "Khác")).sealed()
    other = _foreign(store, "cccc", 1, 1, unit_doc_id("X7"), unit_data("X7", "Bảy"))
    with pytest.raises(AnttError) as err:
        apply_versions(store, [other, forged])
    assert err.value.key == "version_conflict_bytes"
    assert snapshot(store) == before  # the good version in the same batch was not kept either


def test_wrong_hash_and_huge_lamport_are_refused(store):
    before = snapshot(store)
    good = _foreign(store, "aaaa", 1, 1, unit_doc_id("X8"), unit_data("X8", "Tám"))
    with pytest.raises(AnttError) as err:
        apply_versions(store, [replace(good, data=unit_data("X8", "Sửa lén"))])
    assert err.value.key == "version_hash_mismatch"
    with pytest.raises(AnttError) as err:
        apply_versions(store, [replace(good, lamport=2**63 - 1).sealed()])
    assert err.value.key == "lamport_out_of_range"
    assert snapshot(store) == before


# ---------------------------------------------------------------- properties

OPS = st.lists(
    st.tuples(st.sampled_from(["edit", "delete"]), st.integers(0, 4), st.text("abcđêơ", min_size=1, max_size=4)),
    min_size=1, max_size=25,
)


def _readable(store):
    return {r[0]: r[1] for r in store.query("SELECT code, name FROM units WHERE code LIKE 'P%'")}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_any_sequence_of_local_edits_keeps_winners_and_tables_consistent(tmp_path_factory, ops):
    s = open_store(tmp_path_factory.mktemp("p") / "s.sqlite")
    expected: dict[str, str] = {}
    for op, n, name in ops:
        code = f"P{n}"
        doc = unit_doc_id(code)
        if op == "edit":
            save_document(s, "unit", doc, {"code": code, "name": name, "kind": "national", "parent_code": None})
            expected[code] = name
        elif code in expected:
            save_document(s, "unit", doc, {"code": code, "name": expected.pop(code), "kind": "national",
                                           "parent_code": None}, deleted=True)
    assert _readable(s) == expected
    # every document's winner is its newest version, a leaf, and no local edit made a conflict
    for doc_id, winner, conflicts in s.query("SELECT doc_id, winner_vid, conflicts FROM documents"):
        newest = s.query("SELECT vid FROM versions WHERE doc_id = ? ORDER BY lamport DESC LIMIT 1", (doc_id,))[0][0]
        assert winner == newest and conflicts == 0
    # the incremental path equals a rebuild from versions alone
    before = snapshot(s)
    doctypes.rebuild_readable(s)
    assert snapshot(s) == before
    s.close()


@settings(max_examples=30, deadline=None)
@given(
    edits=st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2), st.booleans()), min_size=1, max_size=12),
    seed=st.integers(0, 10_000),
)
def test_versions_from_several_devices_converge_in_any_order(tmp_path_factory, edits, seed):
    """Three devices edit (or delete) three documents, each device seeing only its own history;
    applying all versions to two stores in different orders and batchings gives the same tables."""
    devices = ["dev-a", "dev-b", "dev-c"]
    heads: dict[tuple[str, int], str] = {}
    lamports = {d: 0 for d in devices}
    seqs = {d: 0 for d in devices}
    versions = []
    for dev_i, doc_i, delete in edits:
        dev = devices[dev_i]
        seqs[dev] += 1
        lamports[dev] += 1
        code = f"Q{doc_i}"
        parent = heads.get((dev, doc_i))
        v = Version(f"{dev}:{seqs[dev]}", unit_doc_id(code), "unit", (parent,) if parent else (), lamports[dev], dev,
                    seqs[dev], "", "2026-01-01T00:00:00", delete,
                    {"code": code, "name": f"{dev}-{seqs[dev]}", "kind": "national", "parent_code": None}).sealed()
        heads[(dev, doc_i)] = v.vid
        versions.append(v)
    results = []
    for order_seed in (seed, seed + 1):
        s = open_store(tmp_path_factory.mktemp("c") / "s.sqlite")
        shuffled = versions[:]
        random.Random(order_seed).shuffle(shuffled)
        cut = random.Random(order_seed).randint(0, len(shuffled))
        apply_versions(s, shuffled[:cut])
        apply_versions(s, shuffled[cut:] + shuffled[: cut // 2])  # with duplicates
        results.append((
            s.query("SELECT code, name FROM units ORDER BY code"),
            s.query("SELECT doc_id, winner_vid, deleted, conflicts FROM documents ORDER BY doc_id"),
        ))
        results[-1] = tuple([tuple(map(tuple, part)) for part in results[-1]])
        assert s.query("SELECT count(*) FROM versions")[0][0] == len(versions)  # nothing lost, nothing doubled
        s.close()
    assert results[0] == results[1]


def test_a_posts_provisional_units_give_way_to_the_level_above_without_conflict(tmp_path):
    """A post sets itself up with its parent's name; the province's own records of both units arrive
    later (and the post's go up): no conflict on either side, the province's words win."""
    from app.domain import setup

    post = open_store(tmp_path / "post.sqlite")
    setup.initialise(post, "CAX-DD", "CA xã Đồng Đăng", "commune_police", "CAT-LS", "CA tỉnh LS", place="LS")
    prov = open_store(tmp_path / "prov.sqlite")
    setup.initialise(prov, "CAT-LS", "Công an tỉnh Lạng Sơn", "provincial_police", place="Lạng Sơn")
    from app.domain.units import add_unit

    add_unit(prov, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", "Lạng Sơn")

    def units_of(store):
        docs = [r[0] for r in store.query("SELECT doc_id FROM versions WHERE doc_type = 'unit'")]
        return [Version.from_dict(v) for rows in load(store, docs).values() for v in rows]

    from app.domain.versions import load_doc_versions as load

    up, down = units_of(post), units_of(prov)
    apply_versions(prov, up)
    apply_versions(post, down)
    for store in (prov, post):
        assert store.query("SELECT count(*) FROM documents WHERE conflicts > 0")[0][0] == 0
        names = dict(store.query("SELECT code, name FROM units"))
        assert names == {"CAT-LS": "Công an tỉnh Lạng Sơn", "CAX-DD": "Công an xã Đồng Đăng"}


# ---------------------------------------------------------------- the bulk path's shortcuts


def test_a_sealed_versions_cached_data_json_never_travels_and_is_what_is_stored(store):
    data = {"name": "Xã Bảy", "code": "X7", "kind": "commune_police", "parent_code": "CAT-LS", "place": "Lạng Sơn"}
    v = save_document(store, "unit", unit_doc_id("X7"), data)
    assert v.cached_data_json() == orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    assert set(orjson.loads(orjson.dumps(v))) == set(Version.__dataclass_fields__)  # a bundle line: fields only
    assert set(v.to_dict()) == set(Version.__dataclass_fields__)
    assert Version.from_dict(v.to_dict()) == v and Version.from_dict(v.to_dict()).cached_data_json() is None
    stored, text = store.query("SELECT data, version_json(data) FROM versions WHERE vid = ?", (v.vid,))[0]
    assert text == v.cached_data_json().decode()
    assert type(stored) is bytes and stored[0] == 2  # packed (schema step 9): a tag, then zstd (app/store/packing.py)


def test_a_version_read_from_a_bundle_line_is_stored_with_the_bytes_its_hash_covers(store):
    from app.sync.version_rules import check_version

    sealed = new_version(Clock(store), "unit", unit_doc_id("X8"), {"z": 1, "code": "X8", "name": "Xã Tám",
                                                                   "kind": "commune_police", "parent_code": "CAT-LS"})
    read = check_version(orjson.loads(orjson.dumps(sealed)), "unit", 64)
    assert read == sealed and read.cached_data_json() == sealed.cached_data_json()
    apply_versions(store, [read], verify=False)
    stored = store.query("SELECT version_json(data), sha256 FROM versions WHERE vid = ?", (sealed.vid,))[0]
    assert stored[0].encode() == read.cached_data_json() and stored[1] == sealed.sha256
    assert Version.from_dict({**read.to_dict(), "data": orjson.loads(stored[0])}).compute_sha256() == sealed.sha256


# texts that look like the keys around the data in a version's canonical bytes, quotes and backslashes
_tricky = st.sampled_from(['"data":', ',"deleted":', 'data', 'deleted', '"', '\\', '\\"', '":', '},{', 'Họp dân'])
_texts = st.lists(_tricky | st.text(max_size=8), max_size=4).map("".join)
_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**15, 10**15) | st.floats(allow_nan=False, allow_infinity=False) | _texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_texts, inner, max_size=4), max_leaves=20)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.dictionaries(_texts, _values, max_size=6), author=_texts, claimed=_texts,
       parents=st.lists(st.sampled_from(["d:1", "deleted:2", 'x":y:3', "data:4"]), max_size=3), deleted=st.booleans())
def test_a_bundle_line_is_checked_against_the_bytes_its_hash_covers_and_keeps_its_data_json(
        data, author, claimed, parents, deleted):
    """check_version serialises the data once and puts those bytes into the version's canonical bytes as they
    are (an orjson.Fragment): for any data, author and parents, the same bytes as serialising the data on its
    own, and a version accepted exactly when its sha256 is that of Version.canonical_bytes."""
    from app.sync.version_rules import BadVersion, check_version

    try:
        expected = orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError:  # lone surrogates: never written (sizes.refuse_unstorable)
        return
    v = Version(vid="dev:7", doc_id="doc", doc_type="unit", parents=tuple(parents), lamport=3, device_id="dev",
                seq=7, author=author[:200], claimed_at=claimed[:64], deleted=deleted, data=data).sealed()
    line = orjson.dumps(v)
    read = check_version(orjson.loads(line), "unit", 64)
    assert read.cached_data_json() == expected and read == v
    assert read.sha256 == hashlib.sha256(v.canonical_bytes()).hexdigest()
    forged = orjson.loads(line)
    forged["sha256"] = hashlib.sha256(v.canonical_bytes() + b" ").hexdigest()
    with pytest.raises(BadVersion):
        check_version(forged, "unit", 64)


def test_gc_is_paused_during_a_bulk_apply_and_restored_after(store, monkeypatch):
    import gc

    from app.domain import doctypes as dt_module
    from app.store.bulk import gc_paused

    seen = []
    real = dt_module.materialise
    monkeypatch.setattr(dt_module, "materialise", lambda *a: (seen.append(gc.isenabled()), real(*a))[1])
    assert gc.isenabled()
    save_document(store, "unit", unit_doc_id("X9"), unit_data("X9", "Xã Chín"))
    assert seen == [False] and gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # only the outermost pause turns it back on
    finally:
        gc.enable()
    with pytest.raises(RuntimeError):
        with gc_paused():
            raise RuntimeError
    assert gc.isenabled()


def test_a_big_batch_holds_and_shows_exactly_what_small_batches_do(tmp_path):
    """Batches of 500+ documents check references against the store's codes loaded once: same outcome."""
    maker = open_store(tmp_path / "maker.sqlite")
    clock = Clock(maker)
    late_unit = new_version(clock, "unit", unit_doc_id("LATE"), unit_data("LATE", "Xã Muộn"))
    acts = [new_version(clock, "activity", f"act-{i}", {"model_id": "m1", "unit_code": code, "date": "2026-03-01",
                                                          "kind": "meeting", "participants": i})
            for i, code in enumerate(["CAX-DD"] * 300 + ["MISSING"] * 250 + ["LATE"] * 50)]
    batch = acts + [late_unit]
    maker.close()

    def store_with(chunk: int):
        s = open_store(tmp_path / f"s{chunk}.sqlite")
        setup_store(s)
        for i in range(0, len(batch), chunk):
            apply_versions(s, batch[i : i + chunk])
        return s

    big, small = store_with(len(batch)), store_with(7)
    for s in (big, small):
        assert s.query("SELECT count(*) FROM activities")[0][0] == 350
        held = s.query("SELECT reason, detail, count(*) FROM held_documents GROUP BY 1, 2")
        assert [tuple(r) for r in held] == [("reference", '["unit:MISSING"]', 250)]
    ids = [v.doc_id for v in batch]

    def outcome(s):
        q = "SELECT * FROM {} WHERE {} IN (SELECT value FROM json_each(?)) ORDER BY 1"
        return [[tuple(r) for r in s.query(q.format(t, k), (orjson.dumps(ids).decode(),))]
                for t, k in (("documents", "doc_id"), ("activities", "id"), ("units", "doc_id"),
                             ("held_documents", "doc_id"), ("held_refs", "doc_id"))]

    assert outcome(big) == outcome(small) and len(outcome(big)[0]) == len(batch)
    before = snapshot(big)
    doctypes.rebuild_readable(big)
    assert snapshot(big) == before  # the incremental path equals the rebuild
    big.close()
    small.close()


def setup_store(s):
    from app.domain import setup

    setup.initialise(s, "CAX-DD", "Công an xã Đồng Đăng", "commune_police", "CAT-LS", "Công an tỉnh Lạng Sơn",
                     place="Lạng Sơn", officer="Nguyễn Văn An")
