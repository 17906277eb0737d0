"""Issue 17 item 7: the import writes a batch's new records straight from rows the reader prepared
(app/sync/prepare.py, app/sync/fast_write.py). Whatever a bundle holds, the store must end exactly as the
general path (classify, then apply_versions, for every version) leaves it, and refuse what it refuses."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import authority
from app.domain.authority import Refusal
from app.domain.ids import new_id
from app.domain.versions import Version
from app.store.db import open_store
from app.sync import fast_write, importer, prepare, reader_process
from app.sync import bundle as bundle_module
from app.sync.bundle import open_bundle
from app.sync.errors import BundleError
from app.sync.state import device_keys, known_devices
from tests.sync.conftest import TODAY, record
from tests.sync.test_sync_authority import Insider, dump

# what differs between two imports of the same bundle by design: when (the audit trail and its head), which backup
_VARYING = {"sync_imports": ("imported_at", "backup_path", "backup_sha256"), "audit_log": None}


def comparable(store) -> dict:
    """Every table, every row, by SQL of its own (not the importer's code), but the import's time and backup."""
    out = dump(store)
    for table, columns in _VARYING.items():
        if columns is None:
            out.pop(table, None)
            continue
        names = [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")]
        keep = [n for n in names if n not in columns]
        out[table] = sorted(map(tuple, store.conn.execute(f"SELECT {', '.join(keep)} FROM {table}")), key=repr)
    meta = [tuple(r) for r in store.conn.execute("SELECT key, value FROM meta ORDER BY key") if "backup" not in r[0] and "audit" not in r[0]]
    out["meta"] = meta
    return out


def general_only(conn, batch, rules, name):
    """The import as before the fast path: every version classified and applied one by one."""
    return [], {}, fast_write._in_order(batch, range(len(batch.positions)))


def _twin(net, tmp_path):
    """A second province store, the very same file (keys, devices, records) as the first at this moment."""
    net.province.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    twin_dir = tmp_path / "prov-twin"
    shutil.copytree(net.province.path.parent, twin_dir)
    return open_store(twin_dir / net.province.path.name)


def _mixed_bundles(net) -> list:
    """Bundles of CAX-DD with new records, edits, deletions, a conflict, a repeated version, a held receipt
    (an item this province does not have), an unreadable record, and a bundle of versions all here already."""
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD", n=7)
    first = net.up("CAX-DD")  # models, activities, a receipt with its person
    insider = Insider(net)  # the post's own device and keys, from its next sequence number on
    doc = new_id()
    plain = {"model_id": new_id(), "unit_code": "CAX-DD", "date": TODAY, "kind": "meeting", "participants": 4}
    a = insider.version("activity", doc, plain)
    b = insider.version("activity", doc, {**plain, "participants": 5})  # concurrent with a: a conflict
    c = insider.version("activity", doc, {**plain, "participants": 6}, parents=(a.vid, b.vid))  # resolves it
    held = insider.version("surrender", new_id(), {
        "unit_code": "CAX-DD", "date": TODAY, "number": 90, "method": "voluntary",
        "lines": [{"item_code": "no.such.item", "category": "weapon", "quantity": 2, "unit": "chiếc"}]})
    unreadable = insider.version("activity", new_id(), {"unit_code": "CAX-DD", "date": TODAY})  # no kind, no model
    fresh = [insider.version("activity", new_id(), {**plain, "participants": i}) for i in range(30)]
    gone = insider.version("activity", fresh[0].doc_id, {}, parents=(fresh[0].vid,))
    gone = Version(**{**gone.fields(), "deleted": True, "sha256": ""}).sealed()
    second = insider.bundle([a, b, *fresh, held, unreadable, a])  # `a` twice in one bundle
    third = insider.bundle([c, gone, *fresh[1:5], insider.version("activity", new_id(), plain)])
    again = insider.bundle([a, b, *fresh, held, unreadable])  # another bundle of versions all here already
    return [first, second, third, again]


def _version_rows(store) -> list[tuple]:
    """version_rows as stored (the view `versions` hides how: a NULL type, device or seq, the sha256's bytes), with
    the document by its id instead of this store's number."""
    return sorted(map(tuple, store.conn.execute(
        "SELECT v.vid, d.doc_id, v.doc_type, v.parents, v.lamport, v.device_id, v.seq, v.author, v.claimed_at,"
        " v.deleted, v.data, v.sha256 FROM version_rows v JOIN documents d ON d.num = v.doc")), key=repr)


@pytest.mark.parametrize("helper", ["in-process", "reader-process", "in-process-unpacked"])
def test_the_fast_path_leaves_the_store_as_the_general_path_does(net, tmp_path, monkeypatch, helper):
    bundles = _mixed_bundles(net)
    twin = _twin(net, tmp_path)
    monkeypatch.setenv(reader_process.ENV_SWITCH, "always" if helper == "reader-process" else "0")
    monkeypatch.setattr(reader_process, "BATCH", 8)  # several batches: documents met again in later ones
    if helper == "in-process-unpacked":  # batches left unpacked (a reader sparing its core): the writer packs
        real_prepare = prepare.prepare
        monkeypatch.setattr(prepare, "prepare", lambda versions, packed=True: real_prepare(versions, False))
    receipts = {}
    straight = []  # versions the fast path wrote itself
    real = fast_write.write_ready

    def spy(*args):
        written, by_type, rest = real(*args)
        straight.extend(written)
        return written, by_type, rest

    for name, store in (("fast", net.province), ("general", twin)):
        with monkeypatch.context() as m:
            m.setattr(fast_write, "write_ready", general_only if name == "general" else spy)
            receipts[name] = []
            for i, path in enumerate(bundles):
                receipts[name].append(importer.apply_import(store, path))
    fast, general = receipts["fast"], receipts["general"]
    assert len(straight) >= 30  # the first bundle's records and the fresh ones went the fast way
    assert [(r.counts, r.by_type, r.documents, r.inserted, r.held, r.waiting_for, r.unreadable) for r in fast] == \
           [(r.counts, r.by_type, r.documents, r.inserted, r.held, r.waiting_for, r.unreadable) for r in general]
    # the figures are not vacuous: each kind of version the fast path must hand over is in there
    second = fast[1].counts
    assert second["new"] >= 30 and second["conflicting"] == 1 and second["waiting"] == 1
    assert second["unreadable"] == 1 and second["already"] == 1
    assert fast[3].counts["already"] == 34 == sum(fast[3].counts.values()) and fast[3].inserted == 0
    assert fast[2].counts["updated"] >= 2
    assert comparable(net.province) == comparable(twin)
    assert _version_rows(net.province) == _version_rows(twin)  # kept alike, NULLs and bytes included
    # the documents each import stored versions of, counted again over its rowids by SQL of its own
    for store, imported in ((net.province, fast), (twin, general)):
        spans = store.conn.execute("SELECT rowid_before, rowid_after FROM sync_imports ORDER BY id").fetchall()
        assert [r.documents for r in imported] == [dict(store.conn.execute(
            "SELECT doc_type, count(DISTINCT doc_id) FROM versions WHERE rowid > ? AND rowid <= ? GROUP BY doc_type",
            tuple(span)).fetchall()) for span in spans]
    # and the figures by a query of their own: every stored version has its document, every live winner its row
    conn = net.province.conn
    assert conn.execute("SELECT count(*) FROM versions v LEFT JOIN documents d USING (doc_id)"
                        " WHERE d.doc_id IS NULL").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM documents d WHERE d.doc_type = 'activity' AND d.deleted = 0"
                        " AND d.doc_id NOT IN (SELECT id FROM activities)"
                        " AND d.doc_id NOT IN (SELECT doc_id FROM held_documents)").fetchone()[0] == 0
    twin.close()


def test_a_ready_version_of_another_communes_record_is_refused_and_nothing_written(net, monkeypatch):
    """Moving a record of CAX-TL under CAX-DD's own code, with no parents, looks like a new record of its own
    to the reader: the store says the document is CAX-TL's, and the bundle is refused whole."""
    tl = net.posts["CAX-TL"]
    model = record(tl, "CAX-TL", n=1)
    importer.apply_import(net.province, net.up("CAX-TL"))
    insider = Insider(net)
    own = [insider.version("activity", new_id(), {"model_id": new_id(), "unit_code": "CAX-DD", "date": TODAY,
                                                  "kind": "meeting"}) for _ in range(5)]
    moved = insider.version("community_model", model.id, {"unit_code": "CAX-DD", "name": "x", "type": "security_camera",
                                                           "established": "2024-05-01"})
    path = insider.bundle([*own, moved])
    before = dump(net.province)
    with pytest.raises(Refusal) as err:
        importer.apply_import(net.province, path)
    assert err.value.rule == "not_own_unit" and model.id in err.value.message("en")
    assert dump(net.province) == before


def test_a_vid_taken_by_other_bytes_is_refused_as_before(net, monkeypatch):
    """A ready version whose vid this store holds with other content (a laptop restored from an old copy)."""
    insider = Insider(net)
    data = {"model_id": new_id(), "unit_code": "CAX-DD", "date": TODAY, "kind": "meeting"}
    first = insider.version("activity", new_id(), data)
    importer.apply_import(net.province, insider.bundle([first]))
    again = insider.version("activity", new_id(), data, seq=first.seq)  # same vid, another document
    before = dump(net.province)
    said = []
    for path, fast in ((insider.bundle([again]), True), (insider.bundle([again]), False)):
        with monkeypatch.context() as m:
            if not fast:
                m.setattr(fast_write, "write_ready", general_only)
            with pytest.raises(Exception) as err:
                importer.apply_import(net.province, path)
        assert getattr(err.value, "key", None) == "sync_restored_copy"
        said.append({k: v for k, v in err.value.params.items() if k != "name"})  # each bundle its own file name
    assert said[0] == said[1] and said[0]["seq"] == first.seq and said[0]["device"] == net.posts["CAX-DD"].device_id
    assert dump(net.province) == before


_DEVICES = ("signer", "linked", "stranger", "own")
_UNITS = ("U1", "U2", "U3")


@settings(max_examples=300, deadline=None)
@given(direction=st.sampled_from((authority.UP, authority.DOWN)), device=st.sampled_from(_DEVICES),
       doc_type=st.sampled_from(sorted(authority.RULES)), unit=st.sampled_from(_UNITS),
       lamport=st.sampled_from((1, authority.LAMPORT_STEP + 5, authority.LAMPORT_STEP + 15, 3 * authority.LAMPORT_STEP)))
def test_plainly_allowed_never_lets_through_what_check_would_not(direction, device, doc_type, unit, lamport):
    tree = authority.Tree({"U1": None, "U2": "U1", "U3": "U2"}, {"U1": "provincial_police", "U2": "district_police",
                                                                 "U3": "commune_police"})
    ctx = authority.Context(direction, tree, {"signer": "U2", "linked": "U3"}, "own", "signer", "U2",
                            lamport_limit=10 + authority.LAMPORT_STEP)
    v = Version(vid=f"{device}:1", doc_id="d", doc_type=doc_type, parents=(), lamport=lamport, device_id=device,
                seq=1, author="", claimed_at="", deleted=False, data={"unit_code": unit})
    if authority.plainly_allowed(ctx, {(device, doc_type, unit): lamport}):
        authority.check(ctx, v, None)  # raises if the rule refuses it
        assert ctx.pending == []  # and nothing waits for a later judgement either


def test_plainly_allowed_says_yes_to_a_units_own_new_records():
    tree = authority.Tree({"U1": None, "U2": "U1"})
    ctx = authority.Context(authority.UP, tree, {"signer": "U2"}, "own", "signer", "U2", lamport_limit=100)
    assert authority.plainly_allowed(ctx, {("signer", "activity", "U2"): 100, ("signer", "surrender", "U2"): 7})
    assert not authority.plainly_allowed(ctx, {("signer", "activity", "U2"): 101})  # past the clock bound
    assert not authority.plainly_allowed(ctx, {("signer", "activity", "U1"): 1})  # another unit's record
    assert not authority.plainly_allowed(ctx, {("signer", "unit", "U2"): 1})  # not a record


def test_a_ready_receipt_the_province_moved_to_another_half_month_leaves_no_empty_total(net):
    """Found by tests/sync/test_sync_totals.py: a receipt the province has (and moved to the 15th) comes again in
    a batch of ready versions; handed to the general path, it must leave nothing behind in the totals, not even a
    row of zeros under its old half-month."""
    from app.domain.community_models import add_model
    from tests.sync.test_sync_totals import kept, play, recount

    models = {u: add_model(s, unit_code=u, name="Tổ", type="security_camera", established="2024-05-01").id
              for u, s in net.posts.items()}
    for action in (("add", "CAX-DD", "2026-10-14", "weapon.primitive", 1), ("import", "CAX-DD"),
                   ("province_edit", 0, "2026-10-15", 1), ("import", "CAX-DD")):
        play(net, models, action)
    assert kept(net.province) == recount(net.province)
    spans = [r[0] for r in net.province.conn.execute("SELECT span FROM surrender_totals WHERE unit_code = 'CAX-DD'")]
    assert spans == ["2026-10-15"]


def _fresh(insider, n: int) -> list:
    return [insider.version("activity", new_id(), {"model_id": new_id(), "unit_code": "CAX-DD", "date": TODAY,
                                                   "kind": "meeting", "participants": i}) for i in range(n)]


@pytest.mark.parametrize("helper", [False, True], ids=["in-process", "reader-process"])
def test_a_version_damaged_deep_in_the_bundle_leaves_the_store_as_it_was(net, monkeypatch, helper):
    """Batches of ready versions already written when the reader meets a damaged one, at the end of the third batch:
    the bundle is refused in words and the store is as it was, every row of every table."""
    monkeypatch.setenv(reader_process.ENV_SWITCH, "always" if helper else "0")
    monkeypatch.setattr(reader_process, "BATCH", 8)
    insider = Insider(net)
    versions = _fresh(insider, 30)
    versions[23] = Version(**{**versions[23].fields(), "sha256": "0" * 64})  # its hash no longer its bytes
    with monkeypatch.context() as m:  # the writer reads every bundle back and would refuse to leave this one
        m.setattr(bundle_module, "_verify_written", lambda *args: None)
        path = insider.bundle(versions)
    before = dump(net.province)
    with pytest.raises(BundleError) as err:
        importer.apply_import(net.province, path)
    assert err.value.key == "bundle_bad_version"
    assert dump(net.province) == before


def test_batches_made_here_and_by_the_helper_join_at_the_boundary(net, tmp_path, monkeypatch):
    """The head start (reader_process.head_start) with a real helper: the importer makes the first two batches,
    the helper gives the rest from the third on (any it sent of the first two are dropped): the store ends as an
    import read wholly in this process leaves it."""
    monkeypatch.setattr(reader_process, "BATCH", 8)
    insider = Insider(net)
    path = insider.bundle(_fresh(insider, 45))  # six batches, the last one short
    twin = _twin(net, tmp_path)
    asked = []

    def news_after_two(self):
        asked.append(len(asked))
        return len(asked) > 2

    made_here = []
    real_prepare = prepare.prepare

    def counted(versions, packed=True):
        made_here.append(versions[0].vid)
        return real_prepare(versions, packed)

    with monkeypatch.context() as m:
        m.setenv(reader_process.ENV_SWITCH, "always")
        m.setattr(reader_process.HelperReader, "has_news", news_after_two)
        m.setattr(prepare, "prepare", counted)
        fast = importer.apply_import(net.province, path)
    assert len(made_here) == 2  # two batches made in this process, the rest came from the helper
    monkeypatch.setenv(reader_process.ENV_SWITCH, "0")
    here = importer.apply_import(twin, path)
    assert fast.counts == here.counts and fast.counts["new"] == 45 == fast.inserted
    assert comparable(net.province) == comparable(twin)
    assert _version_rows(net.province) == _version_rows(twin)
    twin.close()


class _FakeHelper:
    """A helper whose batches are given, and which says something after `quiet` questions."""

    def __init__(self, batches, quiet: int) -> None:
        self.given, self.quiet, self.skips, self.stopped = batches, quiet, [], False

    def has_news(self) -> bool:
        self.quiet -= 1
        return self.quiet < 0

    def skip_to(self, index: int) -> None:
        self.skips.append(index)

    def batches(self, start: int = 0):
        return iter(self.given[start:])

    def stop(self) -> None:
        self.stopped = True


@pytest.mark.parametrize("quiet", [0, 1, 3, 5, 6, 50])
def test_head_start_gives_every_batch_once_in_order(net, monkeypatch, quiet):
    """However long the helper stays quiet (none, some, all of the bundle's six batches), each batch comes once,
    in order, the ones made here told to the helper; a bundle read wholly here stops the helper."""
    monkeypatch.setenv(reader_process.ENV_SWITCH, "0")
    insider = Insider(net)
    path = insider.bundle(_fresh(insider, 45))
    keys, known = device_keys(net.province), known_devices(net.province)

    def vids(batch):
        return [row[0] for row in batch.versions]

    with open_bundle(path, keys, known) as reader:
        expected = list(prepare.batches(reader.payload.versions(), 8))
    assert len(expected) == 6
    with open_bundle(path, keys, known) as reader:
        helper = _FakeHelper(expected, quiet)
        got = list(reader_process.head_start(helper, reader.payload, 8))
    assert [vids(b) for b in got] == [vids(b) for b in expected]
    made = min(quiet, 6)
    assert helper.skips == list(range(1, made + 1))
    assert helper.stopped == (quiet > 6)
