"""Keys of an installation: files and permissions, passphrase, identities and fingerprints."""

from __future__ import annotations

import os
import re
import stat

import orjson
import pytest

from app.sync.errors import KeysError
from app.sync.keys import (
    IDENTITY_FILE, RECEIVING_FILE, SIGNING_FILE, PublicIdentity, create_keys, ensure_keys, load_keys, load_public,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_keys_files_are_private(tmp_path):
    d = tmp_path / "keys"
    create_keys(d, "dev1")
    assert mode(d) == 0o700
    for name in (SIGNING_FILE, RECEIVING_FILE, IDENTITY_FILE):
        assert mode(d / name) == 0o600
    assert not list(d.glob("*.tmp"))


def test_keys_load_round_trip(tmp_path):
    made = create_keys(tmp_path / "k", "dev1")
    loaded = load_keys(tmp_path / "k")
    assert loaded.public == made.public
    assert loaded.device_id == "dev1"
    sig = loaded.signing.sign(b"x")
    made.public.verifier().verify(sig, b"x")  # raises if the keys differ
    assert load_public(tmp_path / "k") == made.public


def test_keys_are_not_overwritten(tmp_path):
    first = create_keys(tmp_path / "k", "dev1")
    with pytest.raises(KeysError) as err:
        create_keys(tmp_path / "k", "dev1")
    assert err.value.key == "keys_exist"
    assert ensure_keys(tmp_path / "k", "dev1").public == first.public


def test_keys_missing(tmp_path):
    with pytest.raises(KeysError) as err:
        load_keys(tmp_path / "nothing")
    assert err.value.key == "keys_missing"


def test_keys_passphrase_seals_the_signing_key(tmp_path):
    made = create_keys(tmp_path / "k", "dev1", passphrase="Mật khẩu 2026")
    raw_private = made.signing.private_bytes_raw()
    stored = (tmp_path / "k" / SIGNING_FILE).read_bytes()
    assert orjson.loads(stored)["protected"] is True
    assert raw_private not in stored and __import__("base64").b64encode(raw_private) not in stored
    with pytest.raises(KeysError) as err:
        load_keys(tmp_path / "k")
    assert err.value.key == "keys_passphrase_needed"
    with pytest.raises(KeysError) as err:
        load_keys(tmp_path / "k", passphrase="wrong")
    assert err.value.key == "keys_passphrase"
    assert load_keys(tmp_path / "k", passphrase="Mật khẩu 2026").public == made.public
    assert load_public(tmp_path / "k") == made.public  # the public side needs no passphrase


@posix_only
def test_keys_loosened_permissions_are_tightened_with_a_warning(tmp_path):
    d = tmp_path / "k"
    create_keys(d, "dev1")
    os.chmod(d / SIGNING_FILE, 0o644)
    keys = load_keys(d)
    assert mode(d / SIGNING_FILE) == 0o600
    assert any(SIGNING_FILE in w for w in keys.warnings)


def test_keys_damaged_file(tmp_path):
    create_keys(tmp_path / "k", "dev1")
    (tmp_path / "k" / RECEIVING_FILE).write_bytes(b"{not json")
    with pytest.raises(KeysError) as err:
        load_keys(tmp_path / "k")
    assert err.value.key == "keys_damaged"


def test_keys_swapped_private_key_is_detected(tmp_path):
    create_keys(tmp_path / "a", "dev1")
    create_keys(tmp_path / "b", "dev1")
    (tmp_path / "a" / SIGNING_FILE).write_bytes((tmp_path / "b" / SIGNING_FILE).read_bytes())
    with pytest.raises(KeysError) as err:
        load_keys(tmp_path / "a")
    assert err.value.key == "keys_damaged"


def test_fingerprint_is_readable_by_phone_and_distinguishes_devices(tmp_path):
    a = create_keys(tmp_path / "a", "dev1").public
    b = create_keys(tmp_path / "b", "dev1").public
    assert re.fullmatch(r"\d{5}( \d{5}){5}", a.fingerprint)
    assert a.fingerprint != b.fingerprint
    same_keys_other_name = PublicIdentity("dev2", a.signing_key, a.receiving_key)
    assert same_keys_other_name.fingerprint != a.fingerprint
    assert len(a.receiving_key_id) == 32 and a.receiving_key_id != a.signing_key_id


def test_public_identity_round_trip_and_tamper(tmp_path):
    ident = create_keys(tmp_path / "a", "dev1").public
    d = ident.to_dict()
    assert PublicIdentity.from_dict(orjson.loads(orjson.dumps(d))) == ident
    other = create_keys(tmp_path / "b", "dev1").public
    forged = {**d, "signing_key": other.to_dict()["signing_key"]}  # keys swapped, old fingerprint kept
    with pytest.raises(KeysError):
        PublicIdentity.from_dict(forged)
