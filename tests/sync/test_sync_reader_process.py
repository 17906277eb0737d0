"""A big bundle is read by a helper process (app/sync/reader_process.py): the same versions, the same
refusals, and no helper left behind whatever happens to the importer."""

from __future__ import annotations

import importlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time

import orjson
import pytest

from app.domain.surrenders import Line, add_surrender
from app.domain.versions import CACHED_DATA_JSON, CACHED_PACKED
from app.store import packing
from app.store.db import open_store
from app.sync import reader_process
from app.sync.bundle import open_bundle
from app.sync.errors import BundleError
from app.sync.importer import apply_import, preview_import
from tests.sync.conftest import TODAY, record, snapshot

MANY = reader_process.BATCH * 2 + 7  # three batches, the last one short


def _versions(kit, n=MANY):
    out = []
    for i in range(1, n + 1):
        if i % 3 == 0:
            data = {"unit_code": "C01", "date": "2026-03-01", "number": i, "method": "voluntary",
                    "lines": [{"item_code": "weapon.primitive", "quantity": 1, "unit": "chiếc", "serial": "AK-%d" % i}]}
            out.append(kit.v("post1", i, doc_type="surrender", data=data, parents=(f"post1:{i - 1}",)))
        else:
            out.append(kit.v("post1", i, deleted=(i % 7 == 0)))
    return out


@pytest.fixture(autouse=True)
def _no_switch(monkeypatch):
    monkeypatch.delenv(reader_process.ENV_SWITCH, raising=False)  # each test says where reading happens


def _read(path, kit, helper: bool, monkeypatch) -> list[dict]:
    monkeypatch.setattr(reader_process, "MIN_VERSIONS", 1 if helper else 10**9)
    with open_bundle(path, kit.province, kit.known()) as reader:
        got = [dict(v.__dict__) for v in reader.versions()]
        assert (reader._helper is not None) == helper
    return got


def test_helper_gives_the_very_versions_read_in_process(kit, monkeypatch):
    path = kit.write(_versions(kit))
    here = _read(path, kit, False, monkeypatch)
    there = _read(path, kit, True, monkeypatch)
    assert len(there) == MANY
    # the helper packs each version's data for the store (app/store/packing.py): that form reads back as its JSON
    assert all(packing.json_bytes(d.pop(CACHED_PACKED)) == d[CACHED_DATA_JSON] for d in there)
    assert there == here  # every field, the cached data JSON included, in the same order
    assert all(type(d["parents"]) is tuple for d in there)


def _lines(kit, n):
    return b"".join(kit.line(kit.v("post1", i)) for i in range(1, n + 1))


def test_a_fault_after_batches_were_sent_is_the_same_refusal(kit, monkeypatch):
    bad = orjson.loads(kit.line(kit.v("post1", MANY + 1)))
    bad["data"]["participants"] = 999  # edited after sealing, far into the member
    path = kit.forge_data(_lines(kit, MANY) + orjson.dumps(bad) + b"\n")
    errors = []
    for helper in (False, True):
        with pytest.raises(BundleError) as err:
            _read(path, kit, helper, monkeypatch)
        errors.append(err.value)
    assert errors[1].key == errors[0].key == "bundle_bad_version"
    assert errors[1].params == errors[0].params and errors[1].params["detail"] == "sha256"
    assert errors[1].message("vi") == errors[0].message("vi")


def test_a_bit_flipped_in_the_ciphertext_is_refused_by_the_helper(kit, monkeypatch):
    path = kit.write(_versions(kit))
    raw = bytearray(path.read_bytes())
    lay = kit.layout(bytes(raw))
    # the signature covers the ciphertext: re-sign so that the helper's chunk check is what refuses
    raw[(lay["ct_start"] + lay["ct_end"]) // 2] ^= 0x10
    path.write_bytes(kit.resign(bytes(raw[: lay["ct_end"]]) + bytes(64), kit.post1))
    with pytest.raises(BundleError) as err:
        _read(path, kit, True, monkeypatch)
    assert err.value.key == "bundle_damaged" and err.value.params["detail"] == "payload chunk"


def test_stopping_early_leaves_no_helper(kit, monkeypatch):
    monkeypatch.setattr(reader_process, "MIN_VERSIONS", 1)
    path = kit.write(_versions(kit))
    with open_bundle(path, kit.province, kit.known()) as reader:
        versions = reader.versions()
        first = next(versions)
        process = reader._helper._process
        assert first.vid == "post1:1" and process.is_alive()  # left mid-way: closing the bundle ends it
    assert not process.is_alive() and process.exitcode is not None


def test_a_helper_that_dies_is_a_refusal_in_words(kit, monkeypatch):
    monkeypatch.setattr(reader_process, "MIN_VERSIONS", 1)
    path = kit.write(_versions(kit, 20 * reader_process.BATCH))
    with open_bundle(path, kit.province, kit.known()) as reader:
        versions = reader.versions()
        next(versions)
        os.kill(reader._helper._process.pid, signal.SIGKILL)
        with pytest.raises(BundleError) as err:
            for _ in versions:
                pass
    assert err.value.key == "bundle_unreadable"
    assert "tiến trình đọc gói dừng bất thường" in err.value.message("vi")
    assert "stopped unexpectedly" in err.value.message("en")


def test_without_a_second_process_the_bundle_is_read_here(kit, monkeypatch):
    monkeypatch.setattr(reader_process, "MIN_VERSIONS", 1)

    def no_process(self):
        raise OSError("no more processes")

    monkeypatch.setattr(reader_process._context.Process, "start", no_process)
    path = kit.write(_versions(kit, 50))
    with open_bundle(path, kit.province, kit.known()) as reader:
        assert len(list(reader.versions())) == 50
        assert reader._helper is None


def test_the_switch_keeps_a_big_bundle_in_process(kit, monkeypatch):
    monkeypatch.setattr(reader_process, "MIN_VERSIONS", 1)
    monkeypatch.setenv(reader_process.ENV_SWITCH, "0")
    assert not reader_process.wanted(10**6)
    monkeypatch.delenv(reader_process.ENV_SWITCH)
    assert reader_process.wanted(1) and not reader_process.wanted(0)
    monkeypatch.setattr(reader_process, "MIN_VERSIONS", 50_000)
    assert not reader_process.wanted(49_999) and reader_process.wanted(50_000)
    monkeypatch.setenv(reader_process.ENV_SWITCH, "always")
    assert reader_process.wanted(1)


def test_import_through_the_helper_equals_import_in_process(net, tmp_path, monkeypatch):
    post = net.posts["CAX-DD"]
    record(post, "CAX-DD", n=5)
    for n in range(30):
        add_surrender(post, unit_code="CAX-DD", date=TODAY, lines=[Line("weapon.primitive", 1, serial=f"AK-{n}")],
                      person_name="Lò Văn C")
    path = net.up("CAX-DD")
    net.province.close()
    shutil.copytree(tmp_path / "prov", tmp_path / "prov-twin")  # the same province twice, keys and all
    results = {}
    for helper, where in ((False, "prov"), (True, "prov-twin")):
        monkeypatch.setattr(reader_process, "MIN_VERSIONS", 1 if helper else 10**9)
        province = open_store(tmp_path / where / "antt.sqlite")
        try:
            preview = preview_import(province, path)
            receipt = apply_import(province, path)
            results[helper] = (preview.counts, receipt.counts, snapshot(province))
        finally:
            province.close()
    net.province = open_store(tmp_path / "prov" / "antt.sqlite")  # for the fixture's close
    assert results[True] == results[False]
    assert results[True][1]["new"] > 30


def test_the_helper_dies_with_a_killed_importer(kit, keys_root, tmp_path):
    """kill -9 of the importing process: the helper, blocked on a pipe nobody reads, ends too."""
    path = kit.write(_versions(kit, 20 * reader_process.BATCH))
    script = tmp_path / "reader.py"
    script.write_text(textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from app.sync import reader_process
        from app.sync.bundle import open_bundle
        from app.sync.envelope import KnownDevice
        from app.sync.keys import load_keys, load_public

        if __name__ == "__main__":
            reader_process.MIN_VERSIONS = 1
            root = Path({str(keys_root)!r})
            sender = load_public(root / "post1")
            reader = open_bundle({str(path)!r}, load_keys(root / "province"),
                                 {{sender.device_id: KnownDevice(sender, "C01", False)}})
            versions = reader.versions()
            next(versions)
            print(reader._helper._process.pid, flush=True)
            time.sleep(60)
    """))
    child = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        helper_pid = int(child.stdout.readline())
        assert _alive(helper_pid)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _alive(helper_pid):
            time.sleep(0.05)
        assert not _alive(helper_pid)
        assert "Traceback" not in child.stderr.read()  # it ended quietly: nobody was left to tell
    finally:
        child.kill()
        child.stdout.close()
        child.stderr.close()


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"  # a zombie has ended
    except FileNotFoundError:
        return False


def test_running_the_package_as_a_module_is_guarded():
    """A spawned helper imports the main module again: `python -m app` must not start the CLI then."""
    sys.modules.pop("app.__main__", None)
    importlib.import_module("app.__main__")  # would run the CLI (and exit) if unguarded
