"""Refusals of the outer layer: truncation, flipped bits, signers, recipients, formats and schemas."""

from __future__ import annotations

import orjson
import pytest

from app.store.schema import SCHEMA_VERSION
from app.sync.bundle import open_bundle, read_bundle
from app.sync.errors import BundleError
from app.sync.header import BundleHeader


def refusal(path, kit, keys=None, known=None) -> BundleError:
    with pytest.raises(BundleError) as err:
        read_bundle(path, keys or kit.province, known if known is not None else kit.known())
    return err.value


@pytest.fixture
def small(kit):
    path = kit.write([kit.v("post1", i) for i in range(1, 4)])
    return path, path.read_bytes()


def test_envelope_truncated_at_every_offset(kit, small):
    path, raw = small
    lay = kit.layout(raw)
    parts = {}
    for cut in range(len(raw)):
        path.write_bytes(raw[:cut])
        err = refusal(path, kit)
        assert err.key == "bundle_truncated", (cut, err.key)
        parts[err.params["part"]] = parts.get(err.params["part"], 0) + 1
    assert set(parts) == {"header", "ciphertext", "signature"}
    assert parts["signature"] == 64 and parts["ciphertext"] == lay["ct_end"] - lay["ct_start"]


def test_envelope_flipped_bit_anywhere(kit, small):
    path, raw = small
    keys_seen = set()
    for pos in range(len(raw)):
        flipped = bytearray(raw)
        flipped[pos] ^= 1 << (pos % 8)
        path.write_bytes(bytes(flipped))
        keys_seen.add(refusal(path, kit).key)
    # every flip is refused; most are caught by the signature
    assert "bundle_bad_signature" in keys_seen
    assert keys_seen <= {"bundle_bad_signature", "bundle_damaged", "bundle_truncated", "bundle_not_bundle",
                         "bundle_unknown_signer", "bundle_newer_format", "bundle_wrong_recipient"}


def test_envelope_extra_bytes_after_signature(kit, small):
    path, raw = small
    path.write_bytes(raw + b"\0")
    assert refusal(path, kit).key == "bundle_damaged"


def test_envelope_not_a_bundle(kit, tmp_path):
    p = tmp_path / "photo.antt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert refusal(p, kit).key == "bundle_not_bundle"


def test_envelope_unknown_signer(kit, small):
    path, _ = small
    err = refusal(path, kit, known=kit.known(without=("post1",)))
    assert err.key == "bundle_unknown_signer" and err.params["device"] == "post1"


def test_envelope_outsider_cannot_pose_as_enrolled_device(kit):
    # an outsider writes a header naming post1 and signs with its own key
    path = kit.forge(b"anything", sender=kit.outsider, header=kit.header(kit.post1))
    assert refusal(path, kit).key == "bundle_bad_signature"


def test_envelope_revoked_signer(kit, small):
    path, _ = small
    err = refusal(path, kit, known=kit.known(revoked=("post1",)))
    assert err.key == "bundle_revoked_signer"


def test_envelope_encrypted_to_another_recipient(kit):
    path = kit.write([kit.v("post1", 1)], recipient=kit.province2)
    assert refusal(path, kit, keys=kit.province).key == "bundle_wrong_recipient"
    # and the right recipient reads it
    assert len(read_bundle(path, kit.province2, kit.known())[2]) == 1


def test_envelope_resigned_by_another_enrolled_device(kit, small):
    path, raw = small
    path.write_bytes(kit.resign(raw, kit.post2))  # header still says post1
    err = refusal(path, kit)
    assert err.key == "bundle_signer_mismatch"
    assert err.params == {"name": path.name, "device": "post1", "signer": "post2"}


def test_envelope_header_edited_and_resigned_by_its_new_sender(kit, small):
    # post2 claims the bundle as its own: the signature is valid, but the sealed key was bound to the old header
    path, raw = small
    header = orjson.loads(kit.layout(raw)["header"])
    header["sender_device"] = "post2"
    path.write_bytes(kit.resign(raw, kit.post2, orjson.dumps(header, option=orjson.OPT_SORT_KEYS)))
    err = refusal(path, kit)
    assert err.key == "bundle_damaged" and err.params["detail"] == "key seal"


def test_envelope_header_edit_is_refused_even_when_resigned_by_the_true_sender(kit, small):
    # even post1 itself cannot change a header after sealing: the key is bound to it
    path, raw = small
    header = orjson.loads(kit.layout(raw)["header"])
    header["seq_to"] = 99
    path.write_bytes(kit.resign(raw, kit.post1, orjson.dumps(header, option=orjson.OPT_SORT_KEYS)))
    assert refusal(path, kit).key == "bundle_damaged"


def test_envelope_newer_schema_says_update(kit):
    path = kit.write([kit.v("post1", 1)], schema_version=SCHEMA_VERSION + 1)
    err = refusal(path, kit)
    assert err.key == "bundle_newer_schema"
    assert "cập nhật phần mềm" in err.message("vi") and "update the software" in err.message("en")


def test_envelope_newer_format_says_update(kit):
    header = BundleHeader(sender_device="post1", recipient_key_id=kit.province.public.receiving_key_id,
                          schema_version=SCHEMA_VERSION, format=2)
    err = refusal(kit.forge(b"", header=header), kit)
    assert err.key == "bundle_newer_format"
    assert "cập nhật phần mềm" in err.message("vi")


def test_envelope_payload_not_a_zip(kit):
    assert refusal(kit.forge(b"this is not a zip" * 10), kit).key == "bundle_damaged"


def test_envelope_reader_exposes_header_and_signer(kit):
    path = kit.write([kit.v("post1", i) for i in range(1, 6)], seq_from=1, seq_to=5, extras={"acks": {"x": 3}})
    with open_bundle(path, kit.province, kit.known()) as reader:
        assert reader.header.sender_device == "post1"
        assert (reader.header.seq_from, reader.header.seq_to) == (1, 5)
        assert reader.signer.identity == kit.post1.public
        assert reader.counts == {"activity": 5}
        assert reader.extras == {"acks": {"x": 3}}
    assert path.name == f"C01-post1-{reader.header.bundle_seq:06d}.antt"
