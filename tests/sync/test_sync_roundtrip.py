"""Bundles that should pass: round trips (hypothesis), and how writing fails on bad media."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.sizes import NUMBER_LIMIT
from app.domain.versions import Version
from app.i18n import MESSAGES
from app.sync import bundle as bundle_module
from app.sync.bundle import read_bundle, write_bundle
from app.sync.errors import BundleError
from app.sync.payload import member_name


def test_roundtrip_several_types_and_extras(kit):
    versions = [kit.v("post1", i) for i in range(1, 4)] + [
        kit.v("post1", 4, doc_type="surrender", data={"unit_code": "C01", "lines": [{"item_code": "gun.homemade", "quantity": 2}]}),
        kit.v("post1", 5, doc_type="surrender", deleted=True, parents=["post1:4"], doc_id="doc-post1-4"),
    ]
    path = kit.write(versions, extras={"acks": {"post9": 12}})
    header, extras, back = read_bundle(path, kit.province, kit.known())
    assert sorted(back, key=lambda v: v.seq) == versions
    assert extras == {"acks": {"post9": 12}}
    assert header.kind == "up" and header.sender_unit == "C01"
    assert not list(kit.out.glob("*.partial"))


def test_roundtrip_empty_bundle(kit):
    path = kit.write([])
    assert read_bundle(path, kit.province, kit.known())[2] == []


def test_roundtrip_across_chunk_boundaries(kit):
    # enough rows for many 64 KiB chunks, read back whole
    versions = [kit.v("post1", i) for i in range(1, 3001)]
    path = kit.write(versions)
    assert path.stat().st_size > 3 * 65536 / 4
    assert read_bundle(path, kit.province, kit.known())[2] == versions


def test_roundtrip_refuses_to_overwrite(kit):
    path = kit.write([kit.v("post1", 1)])
    header = kit.header(bundle_seq=kit._n)  # same file name again
    assert kit.out / header.file_name() == path
    with pytest.raises(BundleError) as err:
        write_bundle(kit.out, header, [], kit.post1, kit.province.public)
    assert err.value.key == "bundle_exists"


def _fail_with(monkeypatch, target: str, code: int):
    def boom(*a, **k):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(target, boom)


def test_write_to_read_only_stick(kit, monkeypatch):
    # the process runs as root in CI, so chmod cannot make a directory read-only: simulate EROFS at open()
    monkeypatch.setattr(bundle_module, "open", lambda *a, **k: (_ for _ in ()).throw(OSError(errno.EROFS, "Read-only file system")), raising=False)
    with pytest.raises(BundleError) as err:
        kit.write([kit.v("post1", 1)])
    assert err.value.key == "bundle_export_readonly"
    assert "chỉ cho đọc" in err.value.message("vi")
    assert list(kit.out.iterdir()) == []


def test_write_on_full_stick_leaves_nothing(kit, monkeypatch):
    _fail_with(monkeypatch, "app.sync.bundle.os.fsync", errno.ENOSPC)
    with pytest.raises(BundleError) as err:
        kit.write([kit.v("post1", i) for i in range(1, 50)])
    assert err.value.key == "bundle_export_full"
    assert list(kit.out.iterdir()) == []  # the .partial is gone and no final file appeared


def test_write_read_back_failure_leaves_nothing(kit, monkeypatch):
    def bad_verify(path, *a):
        raw = bytearray(Path(path).read_bytes())
        raw[-100] ^= 1  # the medium returned other bytes
        Path(path).write_bytes(bytes(raw))
        return real(path, *a)

    real = bundle_module._verify_written
    monkeypatch.setattr(bundle_module, "_verify_written", bad_verify)
    with pytest.raises(BundleError):
        kit.write([kit.v("post1", 1)])
    assert list(kit.out.iterdir()) == []


def test_member_names_come_only_from_safe_doc_types():
    assert member_name("surrender_person") == "data/surrender_person.jsonl"
    for bad in ("../x", "A", "x/y", ""):
        with pytest.raises(ValueError):
            member_name(bad)


def test_messages_have_both_languages_and_fill_in():
    params = dict(name="b.antt", part="header", size=1, detail="d", found=2, known=1, device="d1", signer="d2",
                  member="m", ratio=200, line=3, limit=10, vid="d:1", value=5, path="/x", reason="r",
                  unit="U", doc_id="x", id=7, field="f", length=9, count=4, fingerprint="12345 67890",
                  existing="dev2", seq=9, rule="r", doc=" (d)", doc_type="t",
                  sender="S")
    sync_keys = [k for k in MESSAGES if k.startswith(("bundle_", "sync_", "keys_"))]
    assert len(sync_keys) >= 40  # the sync layer's refusals, now in the message catalogue
    for key in sync_keys:
        texts = MESSAGES[key]
        vi, en = texts["vi"].format(**params), texts["en"].format(**params)
        assert vi != en and vi.strip() and en.strip(), key
        assert "{" not in vi and "{" not in en


# ---------------------------------------------------------------- hypothesis

DOC_TYPES = ("unit", "activity", "surrender", "monthly_figures")
# within the limits every version meets (app/domain/sizes.py: numbers, and texts no longer than the shortest field)
scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-NUMBER_LIMIT, NUMBER_LIMIT),
    st.floats(-NUMBER_LIMIT, NUMBER_LIMIT, allow_nan=False, allow_infinity=False), st.text(max_size=16),
)
json_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


@st.composite
def version_lists(draw):
    n = draw(st.integers(0, 40))
    device = draw(st.sampled_from(["post1", "p-2", "a.b_c"]))
    out = []
    for seq in range(1, n + 1):
        out.append(Version(
            vid=f"{device}:{seq}", doc_id=draw(st.text(min_size=1, max_size=40)), doc_type=draw(st.sampled_from(DOC_TYPES)),
            parents=tuple(draw(st.lists(st.sampled_from([f"{device}:{i}" for i in range(1, seq + 1)]), max_size=3))),
            lamport=draw(st.integers(0, 2**62 - 1)), device_id=device, seq=seq, author=draw(st.text(max_size=40)),
            claimed_at=draw(st.text(max_size=30)), deleted=draw(st.booleans()),
            data=draw(st.dictionaries(st.text(max_size=10), json_values, max_size=6)),
        ).sealed())
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(versions=version_lists())
def test_roundtrip_any_versions(kit, versions):
    groups: dict[str, list[Version]] = {}
    for v in versions:
        groups.setdefault(v.doc_type, []).append(v)
    with tempfile.TemporaryDirectory() as out:
        header = kit.header()
        path = write_bundle(out, header, list(groups.items()), kit.post1, kit.province.public).path
        got_header, _, back = read_bundle(path, kit.province, kit.known())
    assert got_header == header
    expected = [v for dt in sorted(groups) for v in groups[dt]]  # members are read in name order
    assert back == expected
    assert all(v.compute_sha256() == v.sha256 for v in back)
