"""Issue 18 item 9: the audit trail notices truncation and wiping. Cutting the last entries and moving the head, or
wiping the table and the head, leaves a chain that checks out on its own; `antt audit verify` compares it with the
anchors kept outside the table and says so in one sentence. An intact store (backups and restores included) is OK."""

import hashlib

import orjson
import pytest

from app.cli import main
from app.domain import surrenders
from app.security import audit, audit_anchors, backups, sealed_backup

PASS = "ba con voi ở Đồng Đăng"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    """scrypt at its lowest allowed cost (still real scrypt): the production cost, about 0.4 s a key, is checked
    once in test_security_backups.py."""
    monkeypatch.setattr(sealed_backup, "SCRYPT", {"n": 1 << 14, "r": 8, "p": 1})


def _receipt(s, name="Lục Văn B"):
    return surrenders.add_surrender(s, unit_code="CAX-DD", date="2025-06-03", person_name=name,
                                    lines=[surrenders.Line("gun.air", 1)])


def _tamper(s, *statements):
    """What someone editing the file by hand does: drop the guards, change the table and the head."""
    s.conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    s.conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    for sql, params in statements:
        s.conn.execute(sql, params)


def _last(s):
    return s.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()


def _verify_cli(s, capsys, lang="en"):
    code = main(["--db", str(s.path), "--lang", lang, "audit", "verify"])
    out = capsys.readouterr()
    return code, out.out.strip()


@pytest.fixture
def anchored(store):
    """A store with a trail of a few entries, backed up once (as the daily backup does at every first start)."""
    for n in range(4):
        _receipt(store, name=f"Người {n}")
    backups.automatic_backup(store, "daily")
    return store


def test_an_intact_store_verifies_ok_through_backups_and_a_restore(anchored, capsys, tmp_path_factory):
    stick = tmp_path_factory.mktemp("usb")
    good = backups.backup_to_dir(anchored, stick, PASS)
    _receipt(anchored, name="Sau sao lưu")
    backups.automatic_backup(anchored, "manual")
    assert audit.verify(anchored).ok
    restored, _, _ = backups.restore(anchored.path, good, store=anchored, passphrase=PASS)
    # the restore rewound the trail on purpose: its entry says from where, and the anchor follows it
    entry = audit.list_entries(restored, action="backup.restore")[0]
    assert entry["detail"]["rewound_from"]["count"] > entry["seq"] - 1
    code, out = _verify_cli(restored, capsys)
    count = restored.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert (code, out) == (0, f"The audit trail is intact: {count} entries.")
    restored.close()


def test_cutting_the_last_entries_and_moving_the_head_is_reported(anchored, capsys):
    n, _ = _last(anchored)
    keep = n - 3
    kept_hash = anchored.conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (keep,)).fetchone()[0]
    _tamper(anchored, ("DELETE FROM audit_log WHERE seq > ?", (keep,)),
            ("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{keep}:{kept_hash}",)))
    anchored.conn.commit()
    assert audit.check_chain(anchored).ok  # the precondition: the chain alone cannot see it
    code, out = _verify_cli(anchored, capsys)
    anchor = audit_anchors.anchor_file(anchored.path)
    assert code == 1
    assert out == (f"The audit trail holds {keep} entries but the anchor file {anchor} recorded {n}: "
                   "the last entries were removed.")
    code, out = _verify_cli(anchored, capsys, "vi")
    assert out == (f"Nhật ký thao tác chỉ còn {keep} mục nhưng tệp mốc nhật ký {anchor} đã ghi nhận {n} mục: "
                   "các mục cuối đã bị xóa.")


def test_wiping_the_table_and_the_head_is_reported(anchored, capsys):
    n, _ = _last(anchored)
    _tamper(anchored, ("DELETE FROM audit_log", ()), ("DELETE FROM meta WHERE key = 'audit_head'", ()))
    anchored.conn.commit()
    assert audit.check_chain(anchored).ok and audit.check_chain(anchored).entries == 0
    code, out = _verify_cli(anchored, capsys)
    assert code == 1 and out == (f"The audit trail holds 0 entries but the anchor file "
                                 f"{audit_anchors.anchor_file(anchored.path)} recorded {n}: the last entries were removed.")


def test_a_trail_rewritten_whole_with_its_head_is_reported(anchored, capsys):
    """Every entry rewritten and chained again consistently: the count is right, the anchored hash is not."""
    n, _ = _last(anchored)
    rows = [dict(r) for r in anchored.conn.execute(f"SELECT {', '.join(audit.COLUMNS)} FROM audit_log ORDER BY seq")]
    prev = audit.GENESIS
    statements = [("DELETE FROM audit_log", ())]
    for r in rows:
        r["username"], r["prev_hash"] = "ke-gian", prev
        r["hash"] = prev = audit.entry_hash(r)
        statements.append((f"INSERT INTO audit_log({', '.join(audit.COLUMNS)}) VALUES "
                           f"({', '.join('?' * len(audit.COLUMNS))})", [r[c] for c in audit.COLUMNS]))
    statements.append(("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{n}:{prev}",)))
    _tamper(anchored, *statements)
    anchored.conn.commit()
    assert audit.check_chain(anchored).ok
    code, out = _verify_cli(anchored, capsys)
    assert code == 1 and out == (f"Audit entry {n} differs from the one the anchor file "
                                 f"{audit_anchors.anchor_file(anchored.path)} recorded: the trail was rewritten.")


def test_the_anchor_file_only_moves_forward(anchored):
    n, head = _last(anchored)
    assert audit_anchors.read_file(anchored.path) == audit_anchors.Anchor(n, head)
    audit_anchors.remember(anchored, audit_anchors.Anchor(1, "0" * 64))  # an older trail: not written back
    assert audit_anchors.read_file(anchored.path) == audit_anchors.Anchor(n, head)
    raw = orjson.loads(audit_anchors.anchor_file(anchored.path).read_bytes())
    assert raw == {"count": n, "head": head} and len(head) == len(hashlib.sha256().hexdigest())


def test_a_backup_on_a_stick_is_an_anchor_too(anchored, capsys, tmp_path_factory):
    """The insider cut the trail and removed the anchor file; the backup he did not reach still tells."""
    stick = tmp_path_factory.mktemp("usb")
    sealed = backups.backup_to_dir(anchored, stick, PASS)
    anchor = sealed_backup.peek(sealed).audit
    n, _ = _last(anchored)
    assert anchor["count"] == n - 1  # taken before its own entry
    keep = n - 4
    kept_hash = anchored.conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (keep,)).fetchone()[0]
    _tamper(anchored, ("DELETE FROM audit_log WHERE seq > ?", (keep,)),
            ("UPDATE meta SET value = ? WHERE key = 'audit_head'", (f"{keep}:{kept_hash}",)))
    anchored.conn.commit()
    audit_anchors.anchor_file(anchored.path).unlink()
    assert audit.verify(anchored).ok  # nothing left on the laptop to compare with
    assert main(["--db", str(anchored.path), "--lang", "en", "audit", "verify", "--backup", str(sealed)]) == 1
    assert capsys.readouterr().out.strip() == (f"The audit trail holds {keep} entries but the backup {sealed} "
                                               f"recorded {n - 1}: the last entries were removed.")
    assert main(["--db", str(anchored.path), "audit", "verify", "--backup", str(stick / "none.anttbackup")]) == 1
    assert capsys.readouterr().err.strip() == f"Không có tệp {stick / 'none.anttbackup'}."
