"""Issue 18 items 7 and 8: a backup that leaves the data folder is sealed with a passphrase; restore opens it with
the same checks (wrong passphrase, cut short, altered: one sentence, store unchanged) and runs the whole `antt check`
on the candidate before anything is replaced."""

import io
import json
import os
import shutil
import sqlite3
import struct

import pytest

from app import collation
from app.cli import main
from app.domain import surrenders
from app.errors import AnttError
from app.security import audit, audit_anchors, backups, sealed_backup
from tests.security.conftest import snapshot

PASS = "ba con voi ở Đồng Đăng"
NAME = "Lục Văn Bình"



@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch):
    """scrypt at its lowest allowed cost (still real scrypt): the production cost, about 0.4 s a key, is checked
    once in test_security_backups.py."""
    monkeypatch.setattr(sealed_backup, "SCRYPT", {"n": 1 << 14, "r": 8, "p": 1})

@pytest.fixture
def stick(tmp_path_factory):
    """A folder outside the store's data folder (the store lives in tmp_path)."""
    return tmp_path_factory.mktemp("usb")


def _receipt(s, name=NAME, qty=2):
    return surrenders.add_surrender(s, unit_code="CAX-DD", date="2025-06-03", person_name=name,
                                    lines=[surrenders.Line("gun.air", qty)])


def _names(s):
    return sorted(r[0] for r in s.conn.execute("SELECT person_name FROM surrenders"))


def _files(folder):
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


# ---------------------------------------------------------------- writing


def test_a_backup_to_a_stick_is_sealed_and_shows_no_name(store, stick):
    _receipt(store)
    path = backups.backup_to_dir(store, stick, PASS)
    assert path.parent == stick and path.name.startswith("antt-CAX-DD-") and path.suffix == ".anttbackup"
    assert _files(stick) == [path.name]  # no .partial
    raw = path.read_bytes()
    assert raw.startswith(b"ANTT-BACKUP\x00")
    for readable in (NAME.encode(), b"SQLite format 3", b"CAX-DD\x00", "Đồng Đăng".encode()):
        assert readable not in raw
    # the plain snapshot it sealed is gone from the data folder
    assert not [p for p in store.path.parent.rglob("*") if ".sealing-" in p.name]
    header = sealed_backup.peek(path)
    last = store.conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    # the anchor in the header is the trail before the backup's own entry (written once the copy exists)
    assert header.audit == {"count": last[0] - 1, "head": store.conn.execute(
        "SELECT hash FROM audit_log WHERE seq = ?", (last[0] - 1,)).fetchone()[0]}
    assert header.fields["unit"] == "CAX-DD" and header.fields["device_id"] == store.device_id
    entry = audit.list_entries(store, action="backup.create")[0]
    assert entry["detail"] == {"path": str(path), "encrypted": True}
    # the anchor file beside the store follows the trail, its own entry included
    assert audit_anchors.read_file(store.path) == audit_anchors.Anchor(last[0], last[1])


@pytest.mark.parametrize("passphrase", [None, "", "short7c"])
def test_no_or_a_short_passphrase_writes_nothing_outside(store, stick, passphrase):
    before = snapshot(store)
    with pytest.raises(AnttError) as err:
        backups.backup_to_dir(store, stick, passphrase)
    assert err.value.key == "backup_passphrase_short" and len(err.value.message("vi").splitlines()) == 1
    assert _files(stick) == [] and snapshot(store) == before


def test_a_backup_inside_the_data_folder_may_stay_plain(store):
    inside = store.path.parent / "copies"
    inside.mkdir()
    path = backups.backup_to_dir(store, inside)
    assert path.suffix == ".sqlite" and path.read_bytes().startswith(b"SQLite format 3\x00")
    auto = backups.automatic_backup(store, "manual")  # the rotating ones too: they sit beside the store
    assert auto.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_stick_that_fills_up_while_sealing_is_one_sentence_and_leaves_nothing(store, stick, monkeypatch):
    import errno

    real = sealed_backup.seal

    class Full(io.RawIOBase):
        """The stick: takes 64 KiB, then says it is full (as the OS would)."""

        def __init__(self, fh):
            self.fh, self.written = fh, 0

        def write(self, data):
            if self.written + len(data) > 65536:
                raise OSError(errno.ENOSPC, "No space left on device")
            self.written += len(data)
            return self.fh.write(data)

    monkeypatch.setattr(sealed_backup, "seal", lambda src, fh, *a: real(src, Full(fh), *a))
    assert backups.store_size(store) > 65536
    before = snapshot(store)
    with pytest.raises(AnttError) as err:
        backups.backup_to_dir(store, stick, PASS)
    assert err.value.message("en") == (f"There is not enough free space at {stick}; no backup was written and the "
                                       "data is untouched.")
    assert _files(stick) == [] and snapshot(store) == before
    assert not [p for p in store.path.parent.rglob("*") if ".sealing-" in p.name]


# ---------------------------------------------------------------- restoring


def test_round_trip_through_a_sealed_backup(store, stick):
    _receipt(store)
    good = backups.backup_to_dir(store, stick, PASS)
    _receipt(store, name="Hoàng Văn Cường")
    info = backups.check_backup_file(good, PASS)
    assert info.encrypted and info.home_unit == "CAX-DD" and info.size == good.stat().st_size
    restored, info, kept = backups.restore(store.path, good, store=store, passphrase=PASS)
    assert _names(restored) == [NAME] and info.encrypted
    entry = audit.list_entries(restored, action="backup.restore")[0]
    assert entry["detail"]["encrypted"] is True
    assert entry["detail"]["rewound_from"]["count"] > 0  # the head it left is named
    assert audit.verify(restored).ok, [p.message("en") for p in audit.verify(restored).problems]
    restored.close()


def _flip(path, offset):
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x01
    path.write_bytes(bytes(raw))


def _header_end(path):
    raw = path.read_bytes()
    n = len(sealed_backup.MAGIC)
    return n + 4 + struct.unpack(">I", raw[n:n + 4])[0]


def _edit_header_anchor(path):
    """Claim a longer audit trail in the readable header, keeping its length: the chunks must refuse it."""
    raw = path.read_bytes()
    n = len(sealed_backup.MAGIC)
    end = _header_end(path)
    header = raw[n + 4:end]
    d = json.loads(header)
    count = str(d["audit"]["count"])
    edited = header.replace(f'"count":{count}'.encode(), f'"count":{count[:-1]}{(int(count[-1]) + 1) % 10}'.encode())
    assert edited != header and len(edited) == len(header)
    path.write_bytes(raw[:n + 4] + edited + raw[end:])


@pytest.mark.parametrize("damage, passphrase, key", [
    (lambda p: None, "not the passphrase", "backup_passphrase_wrong"),
    (lambda p: None, None, "backup_passphrase_needed"),
    (lambda p: p.write_bytes(p.read_bytes()[:-1]), PASS, "backup_truncated"),
    (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]), PASS, "backup_truncated"),
    (lambda p: p.write_bytes(p.read_bytes()[:_header_end(p)]), PASS, "backup_truncated"),
    (lambda p: p.write_bytes(p.read_bytes()[:20]), PASS, "backup_truncated"),
    (lambda p: p.write_bytes(p.read_bytes() + b"\x00"), PASS, "backup_damaged"),
    (lambda p: _flip(p, _header_end(p) + 100), PASS, "backup_damaged"),
    (lambda p: _flip(p, len(p.read_bytes()) - 1), PASS, "backup_damaged"),
    (_edit_header_anchor, PASS, "backup_damaged"),
])
def test_a_sealed_backup_that_does_not_open_is_one_sentence_and_the_store_stays(store, stick, damage, passphrase, key):
    _receipt(store)
    bad = backups.backup_to_dir(store, stick, PASS)
    damage(bad)
    _receipt(store, name="Hoàng Văn Cường")  # the store moved on after the backup
    before = snapshot(store)
    files_before = _files(store.path.parent)
    with pytest.raises(AnttError) as err:
        backups.restore(store.path, bad, store=store, passphrase=passphrase)
    assert err.value.key == key
    message = err.value.message("vi")
    assert len(message.splitlines()) == 1 and str(bad) in message
    assert snapshot(store) == before
    assert _files(store.path.parent) == files_before  # no candidate left, nothing replaced
    with pytest.raises(AnttError) as err:
        backups.check_backup_file(bad, passphrase)
    assert err.value.key == key


def test_chunks_at_the_edges_and_in_the_wrong_order(tmp_path, monkeypatch):
    """Sealing itself, on sizes around the chunk: a file cut at a chunk boundary, or two chunks swapped, fails."""
    monkeypatch.setattr(sealed_backup, "CHUNK", 4096)
    for size in (0, 1, 4095, 4096, 4097, 3 * 4096):
        src = tmp_path / f"plain-{size}"
        data = os.urandom(size)
        src.write_bytes(data)
        sealed = tmp_path / f"sealed-{size}"
        with open(sealed, "wb") as fh:
            sealed_backup.seal(src, fh, PASS, {"unit": "X"})
        out = io.BytesIO()
        sealed_backup.unseal(sealed, out, PASS)
        assert out.getvalue() == data
    raw = sealed.read_bytes()  # 3 full chunks and an empty last one
    start, step = _header_end(sealed), 4096 + 16
    assert len(raw) == start + 3 * step + 16
    cut = tmp_path / "cut"
    cut.write_bytes(raw[: start + 3 * step])  # the empty last chunk removed: looks whole chunk by chunk
    swapped = tmp_path / "swapped"
    swapped.write_bytes(raw[:start] + raw[start + step:start + 2 * step] + raw[start:start + step] + raw[start + 2 * step:])
    for bad, key in ((cut, "backup_truncated"), (swapped, "backup_damaged")):
        with pytest.raises(AnttError) as err:
            sealed_backup.unseal(bad, io.BytesIO(), PASS)
        assert err.value.key == key


def test_a_passphrase_typed_with_combining_marks_opens_it(tmp_path):
    """Telex on one laptop gives "ở" as one letter, another keyboard as "o" + two combining marks."""
    import unicodedata

    src = tmp_path / "plain"
    src.write_bytes(b"records")
    sealed = tmp_path / "sealed"
    with open(sealed, "wb") as fh:
        sealed_backup.seal(src, fh, unicodedata.normalize("NFC", PASS), {})
    other = unicodedata.normalize("NFD", PASS)
    assert other != PASS and len(other) > len(PASS)
    out = io.BytesIO()
    sealed_backup.unseal(sealed, out, other)
    assert out.getvalue() == b"records"


def test_a_passphrase_that_is_not_utf8_is_its_bytes(tmp_path):
    """os.environ gives undecodable bytes as surrogates: sealing and opening with them works, and they are not the
    same passphrase as a near one."""
    src = tmp_path / "plain"
    src.write_bytes(b"records")
    sealed = tmp_path / "sealed"
    odd = b"abc\xff\xfe defgh".decode("utf-8", "surrogateescape")
    with open(sealed, "wb") as fh:
        sealed_backup.seal(src, fh, odd, {})
    out = io.BytesIO()
    sealed_backup.unseal(sealed, out, odd)
    assert out.getvalue() == b"records"
    with pytest.raises(AnttError) as err:
        sealed_backup.unseal(sealed, io.BytesIO(), "abc\ufffd\ufffd defgh")
    assert err.value.key == "backup_passphrase_wrong"


def test_a_made_up_header_cannot_make_scrypt_eat_the_memory(tmp_path):
    src = tmp_path / "plain"
    src.write_bytes(b"x" * 10)
    sealed = tmp_path / "sealed"
    with open(sealed, "wb") as fh:
        sealed_backup.seal(src, fh, PASS, {})
    raw = sealed.read_bytes()
    n = len(sealed_backup.MAGIC)
    end = _header_end(sealed)
    d = json.loads(raw[n + 4:end])
    d["kdf"]["n"] = 1 << 30
    header = json.dumps(d).encode()
    sealed.write_bytes(raw[:n] + struct.pack(">I", len(header)) + header + raw[end:])
    with pytest.raises(AnttError) as err:
        sealed_backup.unseal(sealed, io.BytesIO(), PASS)
    assert err.value.key == "backup_damaged"


# ---------------------------------------------------------------- item 8: the whole check before replacing


def _plain_backup(s, stick):
    """A plain copy on a stick, as every backup was before issue 18 (restore still takes those)."""
    made = backups.automatic_backup(s, "manual")
    return shutil.move(made, stick / made.name)


def _edit_quantities(path):
    conn = sqlite3.connect(path)
    # the lines as kept (schema step 10: surrender_items is a view over surrender_lines)
    changed = conn.execute("UPDATE surrender_lines SET quantity = quantity * 10").rowcount
    conn.commit()
    conn.close()
    assert changed == 1


def _edit_quantities_and_totals(path):
    """The careful forger: the lines and the totals the reports read, both edited to agree."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE surrender_lines SET quantity = quantity * 10")
    conn.execute("UPDATE surrender_totals_all SET quantity = quantity * 10")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage", [_edit_quantities, _edit_quantities_and_totals])
def test_a_backup_with_edited_item_quantities_is_refused_before_anything_is_replaced(store, stick, damage):
    _receipt(store, qty=2)
    bad = _plain_backup(store, stick)
    damage(bad)
    # the precondition: the file is a whole SQLite store whose versions all match their hashes
    conn = sqlite3.connect(bad)
    collation.register(conn)  # the models' name indexes are COLLATE vi (schema step 5)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT quantity FROM surrender_items").fetchone()[0] == 20
    conn.close()
    _receipt(store, name="Hoàng Văn Cường")
    before, files_before = snapshot(store), _files(store.path.parent)
    with pytest.raises(AnttError) as err:
        backups.restore(store.path, bad, store=store)
    assert err.value.key == "restore_corrupt"
    message = err.value.message("en")
    assert len(message.splitlines()) == 1 and "surrender_items" in message and str(bad) in message
    assert snapshot(store) == before and _files(store.path.parent) == files_before
    assert store.conn.execute("SELECT sum(quantity) FROM surrender_items").fetchone()[0] == 2 + 2


# ---------------------------------------------------------------- the command line


def test_cli_backup_to_a_stick_and_restore_with_the_passphrase(store, stick, capsys, monkeypatch):
    _receipt(store)
    db = str(store.path)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--db", db, "backup", "--to", str(stick)]) == 1  # no terminal, no variable: asked for, not guessed
    err = capsys.readouterr().err.strip()
    assert err == ("Bản sao lưu ghi ra ngoài thư mục dữ liệu được mã hóa; cần đặt mật khẩu sao lưu (nhập hai lần "
                   "trong cửa sổ dòng lệnh, hoặc đặt ANTT_BACKUP_PASSPHRASE).") and _files(stick) == []
    monkeypatch.setenv("ANTT_BACKUP_PASSPHRASE", PASS)
    assert main(["--db", db, "backup", "--to", str(stick), "--json"]) == 0
    path = json.loads(capsys.readouterr().out)["path"]
    assert path.endswith(".anttbackup") and sealed_backup.is_sealed(path)
    _receipt(store, name="Hoàng Văn Cường")
    store.close()
    monkeypatch.delenv("ANTT_BACKUP_PASSPHRASE")
    assert main(["--db", db, "restore", path]) == 1  # no terminal, no variable
    assert capsys.readouterr().err.strip() == (f"Tệp {path} được mã hóa; cần mật khẩu sao lưu (hỏi khi chạy trong "
                                               "cửa sổ dòng lệnh, hoặc đặt ANTT_BACKUP_PASSPHRASE).")
    monkeypatch.setenv("ANTT_BACKUP_PASSPHRASE", "wrong passphrase")
    assert main(["--db", db, "restore", path]) == 1
    err = capsys.readouterr().err.strip()
    assert err == (f"Mật khẩu sao lưu không đúng với tệp {path}; không khôi phục, dữ liệu hiện tại vẫn nguyên.")
    monkeypatch.setenv("ANTT_BACKUP_PASSPHRASE", PASS)
    assert main(["--db", db, "restore", path]) == 0
    assert "Đã khôi phục từ" in capsys.readouterr().out
    from app.store.db import open_store

    back = open_store(store.path)
    assert _names(back) == [NAME]
    back.close()
