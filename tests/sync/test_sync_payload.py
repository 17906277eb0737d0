"""Refusals inside a validly signed and sealed bundle: zip members, manifest, lines, versions."""

from __future__ import annotations

import base64
import hashlib
import os
import struct
import zipfile

import orjson
import pytest

from app.sync import reader_process
from app.sync.bundle import read_bundle
from app.sync.errors import BundleError
from app.sync.limits import Limits

DATA = "data/activity.jsonl"


@pytest.fixture(autouse=True, params=["in process", "helper process"])
def reading(request, monkeypatch):
    """Every refusal below twice: read in this process, and by the helper process that reads big bundles."""
    monkeypatch.delenv(reader_process.ENV_SWITCH, raising=False)
    monkeypatch.setattr(reader_process, "MIN_VERSIONS", 1 if request.param == "helper process" else 10**9)
    return request.param


def refusal(path, kit, limits: Limits | None = None) -> BundleError:
    with pytest.raises(BundleError) as err:
        if limits:
            read_bundle(path, kit.province, kit.known(), limits)
        else:
            read_bundle(path, kit.province, kit.known())
    return err.value


def lines(kit, n=3) -> bytes:
    return b"".join(kit.line(kit.v("post1", i)) for i in range(1, n + 1))


def test_payload_forged_but_honest_bundle_is_accepted(kit):
    # the forge itself makes acceptable bundles: the refusals below come from the one change each makes
    _, _, versions = read_bundle(kit.forge_data(lines(kit)), kit.province, kit.known())
    assert [v.vid for v in versions] == ["post1:1", "post1:2", "post1:3"]


def test_payload_undeclared_member(kit):
    data = lines(kit)
    z = kit.zip_bytes([(DATA, data), ("data/surrender.jsonl", b""), ("manifest.json", kit.manifest({DATA: data}))])
    err = refusal(kit.forge(z), kit)
    assert err.key == "bundle_undeclared_member" and err.params["member"] == "data/surrender.jsonl"


def test_payload_unknown_member_name(kit):
    data = lines(kit)
    z = kit.zip_bytes([(DATA, data), ("readme.txt", b"hi"), ("manifest.json", kit.manifest({DATA: data}))])
    assert refusal(kit.forge(z), kit).key == "bundle_bad_member"


def test_payload_declared_member_missing(kit):
    data = lines(kit)
    manifest = kit.manifest({DATA: data, "data/unit.jsonl": b""})
    err = refusal(kit.forge(kit.zip_bytes([(DATA, data), ("manifest.json", manifest)])), kit)
    assert err.key == "bundle_missing_member" and err.params["member"] == "data/unit.jsonl"


def test_payload_manifest_missing(kit):
    assert refusal(kit.forge(kit.zip_bytes([(DATA, lines(kit))])), kit).key == "bundle_missing_member"


def test_payload_duplicate_member(kit):
    data = lines(kit)
    with pytest.warns(UserWarning):  # zipfile itself warns about the duplicate while we forge it
        z = kit.zip_bytes([(DATA, data), (DATA, data), ("manifest.json", kit.manifest({DATA: data}))])
    err = refusal(kit.forge(z), kit)
    assert err.key == "bundle_duplicate_member" and err.params["member"] == DATA


@pytest.mark.parametrize("evil", ["../activity.jsonl", "data/../../etc/passwd", "/etc/passwd", "data\\..\\x.jsonl",
                                  "C:/windows/x.jsonl"])
def test_payload_unsafe_paths(kit, evil):
    data = lines(kit)
    z = kit.zip_bytes([(DATA, data), (evil, b"x"), ("manifest.json", kit.manifest({DATA: data}))])
    err = refusal(kit.forge(z), kit)
    assert err.key == "bundle_unsafe_path", evil


def test_payload_zip_bomb_by_ratio(kit):
    bomb = b"\n" * (20 << 20)  # 20 MiB that packs into ~20 KiB
    z = kit.zip_bytes([(DATA, bomb), ("manifest.json", kit.manifest({DATA: bomb}))])
    assert len(z) < 200_000
    err = refusal(kit.forge(z), kit)
    assert err.key == "bundle_zip_bomb" and err.params["ratio"] > 100


def test_payload_zip_bomb_by_absolute_size(kit):
    data = lines(kit, 200)
    z = kit.zip_bytes([(DATA, data), ("manifest.json", kit.manifest({DATA: data}))], method=zipfile.ZIP_STORED)
    err = refusal(kit.forge(z), kit, Limits(max_member_bytes=len(data) - 1))
    assert err.key == "bundle_zip_bomb"


def test_payload_zip_bomb_with_lying_directory(kit):
    # the directory claims 1,000 bytes; the member really unpacks to 5 MiB of rows
    data = lines(kit, 20_000)
    z = bytearray(kit.zip_bytes([(DATA, data), ("manifest.json", kit.manifest({DATA: data}, override={DATA: {"size": 1000}}))]))
    cd = z.rfind(b"PK\x01\x02", 0, z.rfind(b"PK\x01\x02"))  # central entry of the data member (the first)
    struct.pack_into("<I", z, cd + 24, 1000)  # uncompressed size
    lh = z.find(b"PK\x03\x04")
    struct.pack_into("<I", z, lh + 22, 1000)
    err = refusal(kit.forge(bytes(z)), kit)
    assert err.key in ("bundle_manifest_mismatch", "bundle_zip_bomb")


def test_payload_encrypted_or_exotic_members(kit):
    data = lines(kit)
    z = kit.zip_bytes([(DATA, data), ("manifest.json", kit.manifest({DATA: data}))], method=zipfile.ZIP_BZIP2)
    assert refusal(kit.forge(z), kit).key == "bundle_bad_member"


def test_payload_invalid_utf8(kit):
    good = lines(kit, 2)
    bad = good + b'{"vid": "post1:3", "note": "\xff\xfe"}\n'
    err = refusal(kit.forge_data(bad), kit)
    assert err.key == "bundle_bad_utf8" and err.params["line"] == 3


def test_payload_line_of_10_mb(kit):
    huge = b'{"x": "' + base64.b64encode(os.urandom(7_500_000)) + b'"}\n'  # incompressible, so no ratio alarm
    assert len(huge) > 10_000_000
    err = refusal(kit.forge_data(lines(kit, 1) + huge), kit)
    assert err.key == "bundle_line_too_long" and err.params["line"] == 2


def test_payload_line_without_newline_over_limit(kit):
    tail = b"a" * 5000  # the last line never ends: still bounded
    err = refusal(kit.forge_data(lines(kit, 1) + tail), kit, Limits(max_line_bytes=4096))
    assert err.key == "bundle_line_too_long"


def test_payload_json_nested_10000_deep(kit):
    deep = b"[" * 10_000 + b"]" * 10_000 + b"\n"
    err = refusal(kit.forge_data(deep), kit)
    assert err.key == "bundle_too_deep"


def test_payload_version_data_nested_too_deep_but_parseable(kit):
    data: dict = {"leaf": 1}
    for _ in range(100):  # orjson parses this; the version rule refuses it
        data = {"d": data}
    v = kit.v("post1", 1, data=data)
    err = refusal(kit.forge_data(kit.line(v)), kit)
    assert err.key == "bundle_too_deep"


@pytest.mark.parametrize("lamport", [2**63 - 1, 2**62, 2**64 - 1])
def test_payload_lamport_near_2_63(kit, lamport):
    v = kit.v("post1", 1, lamport=lamport)  # sealed: the hash is right, only the clock is absurd
    err = refusal(kit.forge_data(kit.line(v)), kit)
    assert err.key == "bundle_lamport_range" and err.params["value"] == lamport


def test_payload_lamport_beyond_64_bits_is_not_a_number_we_take(kit):
    line = kit.line(kit.v("post1", 1)).replace(b'"lamport":1', b'"lamport":99999999999999999999999')
    err = refusal(kit.forge_data(line), kit)
    assert err.key == "bundle_lamport_range"


def test_payload_manifest_size_mismatch(kit):
    data = lines(kit)
    z = kit.zip_bytes([(DATA, data), ("manifest.json", kit.manifest({DATA: data}, override={DATA: {"size": 7}}))])
    err = refusal(kit.forge(z), kit)
    assert err.key == "bundle_manifest_mismatch" and "size" in err.params["detail"]


def test_payload_manifest_hash_mismatch(kit):
    data = lines(kit)
    z = kit.zip_bytes([(DATA, data), ("manifest.json", kit.manifest({DATA: data}, override={DATA: {"sha256": "0" * 64}}))])
    err = refusal(kit.forge(z), kit)
    assert err.key == "bundle_manifest_mismatch" and err.params["detail"] == "sha256"


def test_payload_manifest_rows_mismatch(kit):
    data = lines(kit)
    z = kit.zip_bytes([(DATA, data), ("manifest.json", kit.manifest({DATA: data}, override={DATA: {"rows": 4}}))])
    err = refusal(kit.forge(z), kit)
    assert err.key == "bundle_manifest_mismatch" and "rows" in err.params["detail"]


def test_payload_manifest_not_json(kit):
    data = lines(kit)
    z = kit.zip_bytes([(DATA, data), ("manifest.json", b"{")])
    assert refusal(kit.forge(z), kit).key == "bundle_bad_manifest"


def test_payload_version_with_wrong_hash(kit):
    d = orjson.loads(kit.line(kit.v("post1", 1)))
    d["data"]["participants"] = 999  # edited after sealing
    err = refusal(kit.forge_data(orjson.dumps(d) + b"\n"), kit)
    assert err.key == "bundle_bad_version" and err.params["detail"] == "sha256"


@pytest.mark.parametrize(
    "patch, detail",
    [
        ({"vid": "post9:1"}, "vid"),
        ({"doc_type": "unit"}, "doc_type"),
        ({"deleted": 0}, "deleted"),
        ({"parents": "post1:0"}, "parents"),
        ({"data": [1, 2]}, "data"),
        ({"extra": 1}, "fields"),
        ({"author": None}, "author"),
        ({"seq": -1}, "seq"),
    ],
)
def test_payload_malformed_versions(kit, patch, detail):
    d = orjson.loads(kit.line(kit.v("post1", 1)))
    d.update(patch)
    err = refusal(kit.forge_data(orjson.dumps(d) + b"\n"), kit)
    assert err.key == "bundle_bad_version" and err.params["detail"] == detail


@pytest.mark.parametrize("change", ["missing", "renamed"])
def test_payload_version_without_one_of_its_fields(kit, change):
    """Twelve keys, but not the twelve of a version (one renamed), or eleven: refused, naming the fields."""
    d = orjson.loads(kit.line(kit.v("post1", 1)))
    author = d.pop("author")
    if change == "renamed":
        d["Author"] = author
    err = refusal(kit.forge_data(orjson.dumps(d) + b"\n"), kit)
    assert err.key == "bundle_bad_version" and err.params["detail"] == "fields"


@pytest.mark.parametrize("depth", [100, 300])  # 300: deeper than orjson writes back (254)
def test_payload_version_data_nested_too_deep_in_lists(kit, depth):
    """Lists nested in the data (a bracket in its JSON sends it to the depth walk), deeper than the limit; also
    deeper than orjson can serialise again: refused as too deep, never a crash."""
    line = kit.line(kit.v("post1", 1, data={"d": 0}))
    deep = b"[" * depth + b"1" + b"]" * depth
    err = refusal(kit.forge_data(line.replace(b'"data":{"d":0}', b'"data":{"d":' + deep + b"}")), kit)
    assert err.key == "bundle_too_deep"


def test_payload_version_data_nested_within_the_limit_is_read(kit):
    """Nesting within the limit (lists of records, a mapping of figures) passes the depth walk and keeps its JSON."""
    data = {"lines": [{"item_code": "X", "quantity": 1}], "values": {"a": [1, 2]}, "note": "[{not nested}]"}
    v = kit.v("post1", 1, data=data)
    _, _, [read] = read_bundle(kit.forge_data(kit.line(v)), kit.province, kit.known())
    assert read == v and read.data == data and read.cached_data_json() == orjson.dumps(data, option=orjson.OPT_SORT_KEYS)


def test_payload_version_in_the_wrong_member(kit):
    err = refusal(kit.forge_data(lines(kit, 1), doc_type="surrender"), kit)
    assert err.key == "bundle_bad_version" and err.params["detail"] == "doc_type"


def test_payload_blank_line_is_not_json(kit):
    err = refusal(kit.forge_data(lines(kit, 1) + b"\n" + lines(kit, 1)), kit)
    assert err.key == "bundle_bad_json"


def test_payload_refusal_leaves_no_partial_result_to_use(kit, reading):
    # a reader that meets the fault late still raises: callers never get "most of" a bundle
    data = lines(kit, 50)
    z = kit.zip_bytes([(DATA, data), ("manifest.json", kit.manifest({DATA: data}, override={DATA: {"sha256": hashlib.sha256(b"x").hexdigest()}}))])
    path = kit.forge(z)
    from app.sync.bundle import open_bundle

    got = []
    with pytest.raises(BundleError):
        with open_bundle(path, kit.province, kit.known()) as reader:
            for v in reader.versions():
                got.append(v)
    # all rows were parsed, and the hash check at the end still refused them (the helper sends its last,
    # short batch only once the member has checked out: there, the refusal comes first)
    assert len(got) == (50 if reading == "in process" else 0)
