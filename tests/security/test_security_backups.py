"""Backups and restore: rotating automatic copies, a copy to a stick, refusals that leave the store as it
was, and the round trip backup → damage → restore."""

import datetime as dt
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.domain import surrenders
from app.errors import AnttError
from app.security import audit, backups
from app.security.permissions import PermissionDenied
from app.store import migrations, packing, schema
from app.store.db import open_store
from tests.security.conftest import PASSWORDS, login, make_store, snapshot

ROOT = Path(__file__).resolve().parents[2]


def _receipt(s, date="2025-06-03", name="Lục Văn B"):
    return surrenders.add_surrender(s, unit_code="CAX-DD", date=date, person_name=name,
                                    lines=[surrenders.Line("gun.air", 1)])


def _records(s):
    return [tuple(r) for r in s.conn.execute("SELECT id, number, person_name FROM surrenders ORDER BY number")]


def _digest(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


# ---------------------------------------------------------------- taking backups


def test_backup_to_a_folder_is_a_whole_single_file_store(store, tmp_path):
    _receipt(store)
    usb = tmp_path / "usb"
    usb.mkdir()
    path = backups.backup_to_dir(store, usb)
    assert path.parent == usb and path.name.startswith("antt-CAX-DD-") and path.suffix == ".sqlite"
    assert sorted(p.name for p in usb.iterdir()) == [path.name]  # no .partial, no -wal left
    info = backups.inspect_backup(path)
    assert info.device_id == store.device_id and info.home_unit == "CAX-DD" and info.schema_version == schema.SCHEMA_VERSION
    copy = sqlite3.connect(path)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert copy.execute("SELECT count(*) FROM surrenders").fetchone()[0] == 1
    assert audit.list_entries(store, action="backup")[0]["detail"]["path"] == str(path)


def test_automatic_backups_rotate_per_kind(store):
    with store.transaction():
        store.meta_set("backup_keep", 3)
    made = [backups.automatic_backup(store, "import") for _ in range(5)]
    daily = backups.automatic_backup(store, "daily")
    folder = backups.backups_dir(store.path)
    assert sorted(folder.glob("before-import-*.sqlite")) == sorted(made[-3:])
    assert daily.exists()
    assert backups.backup_before_import(store).name.startswith("before-import-")
    assert len(list(folder.glob("before-import-*.sqlite"))) == 3


def test_daily_backup_once_a_day(store):
    day = dt.date(2026, 3, 2)
    first = backups.daily_backup_if_due(store, today=day)
    assert first is not None and first.name.startswith("daily-20260302-")
    assert backups.daily_backup_if_due(store, today=day) is None
    assert backups.daily_backup_if_due(store, today=day + dt.timedelta(days=1)) is not None


def test_cli_backup_keep_setting_and_list(store, capsys):
    db = str(store.path)
    assert main(["--db", db, "backup", "--keep", "4"]) == 0
    assert backups.keep_count(store) == 4
    assert main(["--db", db, "backup"]) == 0
    out = capsys.readouterr().out
    assert "manual-" in out
    assert main(["--db", db, "backup", "--list", "--json"]) == 0
    import json

    kinds = {b["kind"] for b in json.loads(capsys.readouterr().out)["backups"]}
    assert {"manual", "daily"} <= kinds


def test_migration_backup_is_one_copy_kept_in_the_rotation(db_path, monkeypatch):
    s = make_store(db_path)
    with s.transaction():
        s.meta_set("backup_keep", 2)
    s.close()
    for n in range(3):
        steps = [*schema.MIGRATIONS, *[f"CREATE TABLE added_{i} (x);" for i in range(n + 1)]]
        monkeypatch.setattr(migrations, "MIGRATIONS", steps)
        monkeypatch.setattr(migrations, "SCHEMA_VERSION", len(steps))
        open_store(db_path).close()
    copies = sorted(backups.backups_dir(db_path).glob("before-migration-*.sqlite"))
    assert len(copies) == 2  # three migrations, the last two copies kept


def test_backup_refuses_inside_a_transaction(store, tmp_path):
    with store.transaction():
        with pytest.raises(RuntimeError):
            backups.copy_store(store, tmp_path / "x.sqlite")


# ---------------------------------------------------------------- targets that cannot take it


def _readonly_dir(tmp_path):
    """A folder this process cannot write in: chmod works for a normal user; root ignores it, so root gets
    sysfs, which refuses new files to everyone."""
    if os.geteuid() != 0:
        d = tmp_path / "ro"
        d.mkdir()
        d.chmod(0o555)
        return d
    return Path("/sys/fs")


def test_read_only_target_is_one_sentence_and_leaves_nothing(store, tmp_path):
    target = _readonly_dir(tmp_path)
    with pytest.raises(OSError):  # the precondition: it really is not writable
        (target / "probe").write_bytes(b"x")
    before = snapshot(store)
    with pytest.raises(AnttError) as err:
        backups.backup_to_dir(store, target, "passphrase for the stick")
    assert err.value.message("vi") == (f"Không ghi được vào {target} (chỉ đọc hoặc không có quyền ghi); "
                                       "bản sao lưu chưa được ghi.")
    assert snapshot(store) == before


def test_missing_folder_asks_for_the_stick(store, tmp_path):
    with pytest.raises(AnttError) as err:
        backups.backup_to_dir(store, tmp_path / "no-such-stick")
    assert err.value.key == "backup_target_missing"


def test_not_enough_free_space_is_refused_before_writing(store, tmp_path, monkeypatch):
    monkeypatch.setattr(backups.shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10 ** 9, 10 ** 9, 4096))
    with pytest.raises(AnttError) as err:
        backups.backup_to_dir(store, tmp_path)
    assert err.value.message("vi") == (f"Không đủ chỗ trống ở {tmp_path}; bản sao lưu chưa được ghi, "
                                       "dữ liệu vẫn nguyên.")
    assert list(tmp_path.glob("antt-*")) == []


def test_disk_filling_up_during_the_copy_is_one_sentence(store, tmp_path):
    """The stick fills up while SQLite writes: a child process may not write files past 64 KiB."""
    size = backups.store_size(store)
    assert size > 4 * 65536
    usb = tmp_path / "usb"
    usb.mkdir()
    folder = backups.backups_dir(store.path)
    folder.mkdir(exist_ok=True)
    (folder / f"daily-{dt.date.today():%Y%m%d}-000000.sqlite").write_bytes(b"")  # today's was taken
    store.close()

    def limit():
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))

    env = {**os.environ, "PYTHONPATH": str(ROOT), "ANTT_LANG": "en"}
    done = subprocess.run([sys.executable, "-m", "app", "--db", str(store.path), "backup", "--to", str(usb)],
                          cwd=ROOT, env=env, capture_output=True, text=True, preexec_fn=limit, timeout=60)
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == (f"There is not enough free space at {usb}; no backup was written and the "
                                   "data is untouched.")
    assert list(usb.iterdir()) == []
    assert backups.inspect_backup(store.path).versions > 0  # the store itself is whole


# ---------------------------------------------------------------- restore refuses what it should


def _good_backup(s, tmp_path):
    d = tmp_path / "usb"
    d.mkdir(exist_ok=True)
    return backups.backup_to_dir(s, d)


def _corrupt_versions_root(path):
    # the versions as kept (schema step 12: `versions` is a view over version_rows)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'version_rows'").fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * page)
        fh.write(b"\xff" * 64)


def _edit_a_version(path):
    conn = sqlite3.connect(path)
    packing.register(conn)  # the data is packed (schema step 9): edited as JSON, packed again
    conn.execute("UPDATE versions SET data = version_pack(replace(version_json(data), 'Lục Văn B', 'Lục Văn X'))")
    conn.commit()
    conn.close()


def _newer(path):
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()


def _other_device(path):
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = 'feedfacefeedface' WHERE key = 'device_id'")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("damage, key", [
    (lambda p: p.write_bytes(os.urandom(50_000)), "restore_not_sqlite"),
    (lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 3]), "restore_corrupt"),
    (_corrupt_versions_root, "restore_corrupt"),
    (_edit_a_version, "restore_corrupt"),
    (_newer, "restore_newer"),
    (_other_device, "restore_other_device"),
    (lambda p: sqlite3.connect(p).execute("PRAGMA user_version = 0"), "restore_not_antt"),
])
def test_restore_of_a_bad_file_is_refused_and_the_store_is_intact(store, tmp_path, damage, key):
    _receipt(store)
    bad = _good_backup(store, tmp_path)
    damage(bad)
    _receipt(store, name="Hoàng Văn C")  # the store moved on after the backup
    before = snapshot(store)
    files_before = sorted(p.name for p in store.path.parent.rglob("*"))
    with pytest.raises(AnttError) as err:
        backups.restore(store.path, bad, store=store)
    assert err.value.key == key
    assert len(err.value.message("vi").splitlines()) == 1 and str(bad) in err.value.message("vi")
    assert snapshot(store) == before  # still open, still the same
    assert sorted(p.name for p in store.path.parent.rglob("*")) == files_before  # no copy left, no backup taken


def test_cli_restore_of_random_bytes_is_refused_and_data_stays(store, tmp_path, capsys):
    _receipt(store)
    bad = tmp_path / "not-a-backup.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(20_000))
    before = snapshot(store)
    assert main(["--db", str(store.path), "restore", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.endswith("dữ liệu hiện tại vẫn nguyên.") and len(err.splitlines()) == 1
    assert snapshot(store) == before


def test_restore_needs_the_restore_permission(secured, tmp_path):
    login(secured, "quantri")
    good = _good_backup(secured, tmp_path)
    login(secured, "chihuy")
    with pytest.raises(PermissionDenied):
        backups.restore(secured.path, good, store=secured)


# ---------------------------------------------------------------- round trips


def test_round_trip_backup_lose_records_restore(store, tmp_path):
    kept_receipts = [_receipt(store, name=f"Người {n}") for n in range(3)]
    expected = _records(store)
    good = _good_backup(store, tmp_path)
    for r in kept_receipts:
        surrenders.delete_surrender(store, r.id)  # the damage: records lost by mistake
    assert _records(store) == []
    seq_before = int(store.meta_get("seq"))
    restored, info, kept = backups.restore(store.path, good, store=store)
    assert _records(restored) == expected and info.versions > 0
    assert int(restored.meta_get("seq")) == seq_before  # never reuse a sequence number already handed out
    new = _receipt(restored, name="Sau khôi phục")
    assert new.data["number"] == 4
    vid = restored.conn.execute("SELECT winner_vid FROM documents WHERE doc_id = ?", (new.id,)).fetchone()[0]
    assert int(vid.split(":")[1]) > seq_before
    old = sqlite3.connect(kept)  # the store as it was before the restore is kept
    assert old.execute("SELECT count(*) FROM surrenders").fetchone()[0] == 0
    assert kept.name.startswith("before-restore-")
    assert audit.list_entries(restored, action="backup.restore")[0]["detail"]["previous_kept_as"] == str(kept)
    assert audit.verify(restored).ok
    restored.close()


def test_round_trip_through_the_cli_with_a_store_too_damaged_to_open(tmp_path, capsys, monkeypatch):
    db = tmp_path / "antt.sqlite"
    s = make_store(db)
    from tests.security.conftest import add_accounts

    add_accounts(s)
    login(s, "an")
    for n in range(3):
        _receipt(s, name=f"Người {n}")
    expected = _records(s)
    s.close()
    monkeypatch.setenv("ANTT_USER", "quantri")
    monkeypatch.setenv("ANTT_PASSWORD", PASSWORDS["quantri"])
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["--db", str(db), "backup", "--to", str(usb), "--json"]) == 0
    import json

    good = json.loads(capsys.readouterr().out)["path"]
    # the damage: the laptop lost power mid-write and the file's first pages are garbage
    with open(db, "r+b") as fh:
        fh.write(os.urandom(3 * 8192))
    assert main(["--db", str(db), "unit", "list"]) == 1
    assert "Không mở được kho dữ liệu" in capsys.readouterr().err
    assert main(["--db", str(db), "restore", good]) == 0
    out = capsys.readouterr().out
    assert "Đã khôi phục từ" in out and "damaged-" in out
    assert main(["--db", str(db), "unit", "list"]) == 0  # accounts came back with the data
    capsys.readouterr()
    back = open_store(db)
    assert _records(back) == expected
    damaged = list(backups.backups_dir(db).glob("damaged-*.sqlite"))
    assert len(damaged) == 1
    login(back, "chihuy")
    entry = audit.list_entries(back, action="backup.restore")[0]
    assert entry["username"] == "" and entry["detail"]["previous_kept_as"] == str(damaged[0])
    back.close()


def test_restore_onto_a_new_laptop_needs_no_flag_but_another_set_up_laptop_does(store, tmp_path):
    _receipt(store)
    good = _good_backup(store, tmp_path)
    fresh_path = tmp_path / "new-laptop" / "antt.sqlite"
    fresh = open_store(fresh_path)  # not set up yet: a replacement laptop
    restored, info, _ = backups.restore(fresh_path, good, store=fresh)
    assert restored.device_id == store.device_id and _records(restored) == _records(store)
    restored.close()
    other = make_store(tmp_path / "other" / "antt.sqlite")
    with pytest.raises(AnttError) as err:
        backups.restore(other.path, good, store=other)
    assert err.value.key == "restore_other_device" and "--from-other-device" in err.value.message("vi")
    restored, _, _ = backups.restore(other.path, good, store=other, from_other_device=True)
    assert restored.device_id == store.device_id
    restored.close()


def test_checking_a_backup_file_tells_its_details_and_changes_nothing(store, tmp_path):
    _receipt(store)
    good = _good_backup(store, tmp_path)
    before = snapshot(store)
    digest = _digest(good)
    info = backups.check_backup_file(good)
    assert info.path == good and info.home_unit == "CAX-DD" and info.unit_name == "Công an xã Đồng Đăng"
    assert info.schema_version == schema.SCHEMA_VERSION and info.versions > 0 and info.device_id == store.device_id
    assert info.size == good.stat().st_size and info.modified[:4].isdigit() and info.last_change[:4].isdigit()
    assert _digest(good) == digest and snapshot(store) == before
    assert sorted(p.name for p in good.parent.iterdir()) == [good.name]  # no copy left beside it
    _edit_a_version(good)
    with pytest.raises(AnttError) as err:
        backups.check_backup_file(good)
    assert err.value.key == "restore_corrupt"
    with pytest.raises(AnttError) as err:
        backups.check_backup_file(tmp_path / "nowhere.sqlite")
    assert err.value.key == "restore_not_found"


def test_a_sealed_backup_uses_the_production_scrypt_costs(store, tmp_path_factory):
    """The other tests seal at scrypt's lowest cost to stay fast; this one checks what a real backup gets."""
    from app.security import sealed_backup

    stick = tmp_path_factory.mktemp("usb")
    path = backups.backup_to_dir(store, stick, "passphrase for the stick")
    kdf = sealed_backup.peek(path).fields["kdf"]
    assert (kdf["name"], kdf["n"], kdf["r"], kdf["p"]) == ("scrypt", 1 << 17, 8, 1)
    assert backups.check_backup_file(path, "passphrase for the stick").device_id == store.device_id


def test_a_backup_holding_a_receipt_number_used_twice_still_restores(store, tmp_path):
    """Two laptops of one unit number their receipts each on its own (or a post restored from an old copy
    numbers again): `antt check` reports the number used twice for an officer to sort out, but a backup that
    holds it is not damage and must restore (nothing lost)."""
    from app.domain.check import check_store
    from app.domain.ids import new_id
    from app.domain.versions import save_document

    first = _receipt(store)
    save_document(store, "surrender", new_id(), dict(first.data, person_name="Người của máy thứ hai"))
    numbers = store.conn.execute("SELECT number, year, count(*) FROM surrenders GROUP BY 1, 2").fetchall()
    assert [tuple(r) for r in numbers] == [(1, 2025, 2)]
    assert any("is used by 2 receipts" in p for p in check_store(store))  # still reported by antt check
    expected = _records(store)
    good = _good_backup(store, tmp_path)
    restored, info, _kept = backups.restore(store.path, good, store=store)
    assert _records(restored) == expected and info.versions > 0
    restored.close()
