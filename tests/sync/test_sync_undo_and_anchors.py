"""Issue 18 items 8 and 9 across laptops: undo restores only the backup its import took and decides "nothing changed
or sent since" by sequence, not by the clock; every bundle carries the sender's audit anchor, so the post sees its own
cut trail against the bundles it sent, and the province sees a post whose trail went backwards."""

import shutil

import orjson
import pytest

from app.cli import main
from app.domain.activities import add_activity
from app.errors import AnttError
from app.security import audit, audit_anchors
from app.sync import export, importer
from app.sync.header import BundleHeader
from tests.sync.conftest import TODAY, record, snapshot

SAME_SECOND = "2026-12-07T09:00:00+07:00"


@pytest.fixture
def frozen(monkeypatch):
    """Every sync timestamp in one second, as two actions a moment apart are on a real laptop."""
    monkeypatch.setattr(importer, "now_text", lambda: SAME_SECOND)
    monkeypatch.setattr(export, "now_text", lambda: SAME_SECOND)


def test_undo_is_refused_after_a_bundle_sent_within_the_same_second(net, frozen):
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD")
    receipt = importer.apply_import(net.province, net.up("CAX-DD"))
    assert receipt.imported_at == SAME_SECOND
    sent = export.export_bundle(net.province, net.usb, recipient_unit="CAX-TL")
    written_at = net.province.conn.execute("SELECT written_at FROM sync_exports WHERE file_name = ?",
                                           (sent.path.name,)).fetchone()[0]
    assert written_at == SAME_SECOND  # the precondition: a clock to the second cannot tell them apart
    before = snapshot(net.province)
    with pytest.raises(AnttError) as err:
        importer.undo_last_import(net.province)
    assert err.value.key == "sync_undo_changed"
    assert snapshot(net.province) == before


def test_undo_is_refused_after_a_local_change_within_the_same_second(net, frozen):
    post = net.posts["CAX-DD"]
    m = record(post, "CAX-DD")
    importer.apply_import(net.province, net.up("CAX-DD"))
    add_activity(net.province, m.id, TODAY, "patrol")
    before = snapshot(net.province)
    with pytest.raises(AnttError) as err:
        importer.undo_last_import(net.province)
    assert err.value.key == "sync_undo_changed" and snapshot(net.province) == before


def test_undo_with_nothing_since_still_works_within_the_same_second(net, frozen):
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD")
    before = snapshot(net.province)
    importer.apply_import(net.province, net.up("CAX-DD"))
    importer.undo_last_import(net.province)
    assert snapshot(net.province) == before
    entry = audit.list_entries(net.province, action="sync.undo")[0]
    assert entry["detail"]["rewound_from"]["count"] > entry["seq"] - 1
    assert audit.verify(net.province).ok


def test_undo_is_refused_after_a_device_was_revoked_but_not_after_a_backup(net):
    """Restoring the import's backup would take back a revocation made after it: refused. A manual backup after
    the import changes nothing that the undo would lose."""
    from app.security import backups
    from app.sync.state import revoke_device

    post = net.posts["CAX-DD"]
    record(post, "CAX-DD")
    importer.apply_import(net.province, net.up("CAX-DD"))
    backups.automatic_backup(net.province, "manual")
    audit.record(net.province, "backup.create", detail={"path": "x"})
    other = net.posts["CAX-TL"].device_id
    revoke_device(net.province, other)  # the raw store call: not even audited, the devices table tells
    before = snapshot(net.province)
    with pytest.raises(AnttError) as err:
        importer.undo_last_import(net.province)
    assert err.value.key == "sync_undo_changed" and snapshot(net.province) == before
    assert net.province.conn.execute("SELECT revoked FROM sync_devices WHERE device_id = ?", (other,)).fetchone()[0]


def test_undo_is_refused_after_an_account_was_made(net):
    from app.security import accounts

    record(net.posts["CAX-DD"], "CAX-DD")
    importer.apply_import(net.province, net.up("CAX-DD"))
    accounts.create_first_administrator(net.province, "quantri", "admin-pass-1", "Lê Quản Trị")
    accounts.login(net.province, "quantri", "admin-pass-1")  # an administrator may exchange bundles
    with pytest.raises(AnttError) as err:
        importer.undo_last_import(net.province)
    assert err.value.key == "sync_undo_changed"
    assert net.province.conn.execute("SELECT username FROM users").fetchall()[0][0] == "quantri"


def test_undo_after_only_a_backup_goes_through(net):
    from app.security import backups

    record(net.posts["CAX-DD"], "CAX-DD")
    before = snapshot(net.province)
    importer.apply_import(net.province, net.up("CAX-DD"))
    backups.automatic_backup(net.province, "manual")
    audit.record(net.province, "backup.create", detail={"path": "x"})
    importer.undo_last_import(net.province)
    assert snapshot(net.province) == before


def test_undo_restores_only_the_backup_that_import_took(net):
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD")
    first = importer.apply_import(net.province, net.up("CAX-DD"))
    record(net.posts["CAX-TL"], "CAX-TL")
    second = importer.apply_import(net.province, net.up("CAX-TL"))
    row = net.province.conn.execute("SELECT backup_path, backup_sha256 FROM sync_imports WHERE id = ?",
                                    (second.import_id,)).fetchone()
    assert row[0] == second.backup_path and len(row[1]) == 64
    # someone puts another whole, valid store in its place: the backup of the first import (without CAX-DD's data
    # it would "undo" two imports at once)
    shutil.copyfile(first.backup_path, second.backup_path)
    before = snapshot(net.province)
    with pytest.raises(AnttError) as err:
        importer.undo_last_import(net.province)
    assert err.value.key == "sync_undo_backup_changed"
    assert str(second.backup_path) in err.value.message("vi") and len(err.value.message("vi").splitlines()) == 1
    assert snapshot(net.province) == before


# ---------------------------------------------------------------- anchors in bundles


def _cut_trail(s, keep):
    head = s.conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (keep,)).fetchone()[0]
    s.conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    s.conn.execute("DELETE FROM audit_log WHERE seq > ?", (keep,))
    s.conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{keep}:{head}",))
    s.conn.commit()


def test_every_bundle_carries_the_senders_anchor_and_the_receiver_keeps_it(net):
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD")
    seq, head = post.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    path = net.up("CAX-DD")
    sent = post.conn.execute("SELECT audit_count, audit_head FROM sync_exports ORDER BY id DESC LIMIT 1").fetchone()
    assert tuple(sent) == (seq, head)
    assert audit_anchors.read_file(post.path) == audit_anchors.Anchor(seq, head)
    receipt = importer.apply_import(net.province, path)
    got = net.province.conn.execute("SELECT audit_count, audit_head FROM sync_imports WHERE id = ?",
                                    (receipt.import_id,)).fetchone()
    assert tuple(got) == (seq, head)
    assert audit.verify(post).ok and audit.verify(net.province).ok


def test_a_post_that_cuts_its_trail_is_seen_by_itself_and_by_the_province(net, capsys):
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD", n=4)
    first = net.up("CAX-DD")
    importer.apply_import(net.province, first)
    n = post.conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    _cut_trail(post, n - 3)
    audit_anchors.anchor_file(post.path).unlink()  # the careful insider removes the file beside the store too
    problems = audit.verify(post).problems
    assert [p.message("en") for p in problems] == [
        f"The audit trail holds {n - 3} entries but the exported bundle {first.name} recorded {n}: "
        "the last entries were removed."]
    # ... and the records of the bundles it sent: then only the level above can tell
    post.conn.execute("UPDATE sync_exports SET audit_count = NULL, audit_head = NULL")
    post.conn.commit()
    assert audit.verify(post).ok
    add_activity(post, post.conn.execute("SELECT id FROM models").fetchone()[0], TODAY, "patrol")
    second = net.up("CAX-DD")
    importer.apply_import(net.province, second)
    assert main(["--db", str(net.province.path), "--lang", "en", "audit", "verify"]) == 1
    out = capsys.readouterr().out.strip()
    assert out == (f"The audit trail of laptop {post.device_id} (CAX-DD) went backwards: bundle {second.name} carries "
                   f"{n - 2} entries after an earlier one carried {n}; ask the post whether it restored an old copy or "
                   "removed entries.")


def test_a_header_without_the_anchor_still_reads(net):
    """Bundles written before issue 18 have no audit fields: they parse as (0, "") and are not compared."""
    header = BundleHeader(sender_device="post1", recipient_key_id="a" * 32, schema_version=1)
    d = orjson.loads(header.to_bytes())
    assert d["audit_count"] == 0 and d["audit_head"] == ""
    del d["audit_count"], d["audit_head"]
    old = BundleHeader.parse(orjson.dumps(d))
    assert (old.audit_count, old.audit_head) == (0, "") and old.bundle_id == header.bundle_id
    from app.sync.header import HeaderInvalid

    for bad in ({"audit_count": -1}, {"audit_count": "7"}, {"audit_head": "xyz"}, {"unknown": 1}):
        with pytest.raises(HeaderInvalid):
            BundleHeader.parse(orjson.dumps({**d, **bad}))
