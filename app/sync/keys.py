"""The key pairs of one installation: Ed25519 to sign bundles, X25519 to receive them.

Private keys never leave the machine: they live as small JSON files in a keys directory
(0700) with mode 0600, written atomically. The signing key may be sealed with a passphrase
(argon2id -> ChaCha20-Poly1305). What travels is a `PublicIdentity`: the device id and the two
public keys, with a fingerprint of 30 digits in six groups that two officers read to each
other by phone before trusting an enrolment.
"""

from __future__ import annotations

import base64
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from app.sync.errors import KeysError

KEY_FORMAT = 1
SIGNING_FILE = "signing.key"
RECEIVING_FILE = "receiving.key"
IDENTITY_FILE = "device.json"

# argon2id cost for a sealed signing key: ~0.1 s and 64 MiB on a field laptop.
ARGON2_TIME = 3
ARGON2_MEMORY_KIB = 64 * 1024
ARGON2_LANES = 1


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def key_id(kind: str, raw_public: bytes) -> str:
    """A short stable id of a public key (32 hex digits), e.g. the recipient id in a bundle header."""
    return hashlib.sha256(b"antt-key-id\0" + kind.encode() + b"\0" + raw_public).hexdigest()[:32]


def fingerprint_digits(device_id: str, signing: bytes, receiving: bytes) -> str:
    """Six groups of five digits over the device id and both public keys (Signal-style, ~100 bits).

    Digits read the same in Vietnamese and English over a bad phone line.
    """
    digest = hashlib.sha256(
        b"antt-fingerprint-v1\0" + device_id.encode("utf-8") + b"\0" + signing + receiving
    ).digest()
    groups = [int.from_bytes(digest[i * 5 : i * 5 + 5], "big") % 100_000 for i in range(6)]
    return " ".join(f"{g:05d}" for g in groups)


@dataclass(frozen=True)
class PublicIdentity:
    """What an installation shows of itself: device id and the two raw public keys (32 bytes each)."""

    device_id: str
    signing_key: bytes
    receiving_key: bytes

    def __post_init__(self) -> None:
        if len(self.signing_key) != 32 or len(self.receiving_key) != 32:
            raise ValueError("public keys are 32 bytes")

    @property
    def signing_key_id(self) -> str:
        return key_id("ed25519", self.signing_key)

    @property
    def receiving_key_id(self) -> str:
        return key_id("x25519", self.receiving_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint_digits(self.device_id, self.signing_key, self.receiving_key)

    def verifier(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(self.signing_key)

    def receiver(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.receiving_key)

    def to_dict(self) -> dict:
        return {
            "device_id": self.device_id,
            "signing_key": _b64(self.signing_key),
            "receiving_key": _b64(self.receiving_key),
            "fingerprint": self.fingerprint,
        }

    @classmethod
    def from_dict(cls, d: dict) -> "PublicIdentity":
        """Parse and check; a stated fingerprint must match the keys."""
        try:
            ident = cls(str(d["device_id"]), _unb64(d["signing_key"]), _unb64(d["receiving_key"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise KeysError("keys_damaged", path="(public identity)") from exc
        if "fingerprint" in d and d["fingerprint"] != ident.fingerprint:
            raise KeysError("keys_damaged", path="(public identity)")
        return ident


@dataclass
class DeviceKeys:
    """The private keys of this installation. Hold it only as long as a command needs it."""

    device_id: str
    signing: Ed25519PrivateKey
    receiving: X25519PrivateKey
    warnings: list[str] = field(default_factory=list)

    @property
    def public(self) -> PublicIdentity:
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        raw = lambda k: k.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return PublicIdentity(self.device_id, raw(self.signing), raw(self.receiving))


# ---------------------------------------------------------------- files


def _private_raw(key) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _kdf(passphrase: str, salt: bytes, t: int, m: int, p: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(passphrase.encode("utf-8"), salt, t, m, p, 32, Type.ID)


def _seal(kind: str, raw: bytes, passphrase: str | None) -> dict:
    if not passphrase:
        return {"format": KEY_FORMAT, "kind": kind, "protected": False, "key": _b64(raw)}
    salt, nonce = os.urandom(16), os.urandom(12)
    params = {"t": ARGON2_TIME, "m": ARGON2_MEMORY_KIB, "p": ARGON2_LANES}
    aad = f"antt-key-v{KEY_FORMAT}:{kind}".encode()
    box = ChaCha20Poly1305(_kdf(passphrase, salt, **params)).encrypt(nonce, raw, aad)
    return {
        "format": KEY_FORMAT, "kind": kind, "protected": True, "kdf": "argon2id", **params,
        "salt": _b64(salt), "nonce": _b64(nonce), "key": _b64(box),
    }


def _unseal(doc: dict, path: Path, passphrase: str | None) -> bytes:
    try:
        if not doc.get("protected"):
            return _unb64(doc["key"])
        if not passphrase:
            raise KeysError("keys_passphrase_needed")
        key = _kdf(passphrase, _unb64(doc["salt"]), int(doc["t"]), int(doc["m"]), int(doc["p"]))
        aad = f"antt-key-v{doc['format']}:{doc['kind']}".encode()
        return ChaCha20Poly1305(key).decrypt(_unb64(doc["nonce"]), _unb64(doc["key"]), aad)
    except InvalidTag as exc:
        raise KeysError("keys_passphrase") from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise KeysError("keys_damaged", path=str(path)) from exc


def _write_private(path: Path, content: bytes) -> None:
    """Write atomically with mode 0600 from the first byte (never briefly world-readable)."""
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, content)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _tighten(path: Path, mode: int, warnings: list[str]) -> None:
    """On POSIX, put back restrictive permissions if someone loosened them, and say so."""
    if os.name != "posix":
        return  # Windows: the user profile ACL protects the data folder
    current = stat.S_IMODE(path.stat().st_mode)
    if current & 0o077:
        os.chmod(path, mode)
        warnings.append(f"{path}: permissions {oct(current)} were too open, set to {oct(mode)}")


def _read_json(path: Path) -> dict:
    try:
        doc = orjson.loads(path.read_bytes())
    except FileNotFoundError as exc:
        raise KeysError("keys_missing", path=str(path.parent)) from exc
    except (OSError, orjson.JSONDecodeError) as exc:
        raise KeysError("keys_damaged", path=str(path)) from exc
    if not isinstance(doc, dict):
        raise KeysError("keys_damaged", path=str(path))
    return doc


def keys_exist(keys_dir: Path | str) -> bool:
    d = Path(keys_dir)
    return all((d / f).exists() for f in (SIGNING_FILE, RECEIVING_FILE, IDENTITY_FILE))


def create_keys(keys_dir: Path | str, device_id: str, passphrase: str | None = None) -> DeviceKeys:
    """Make this installation's key pairs in `keys_dir`. Refuses to overwrite existing keys."""
    d = Path(keys_dir)
    if any((d / f).exists() for f in (SIGNING_FILE, RECEIVING_FILE, IDENTITY_FILE)):
        raise KeysError("keys_exist", path=str(d))
    d.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(d, 0o700)
    keys = DeviceKeys(device_id, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    opts = orjson.OPT_INDENT_2
    _write_private(d / SIGNING_FILE, orjson.dumps(_seal("ed25519", _private_raw(keys.signing), passphrase), option=opts))
    _write_private(d / RECEIVING_FILE, orjson.dumps(_seal("x25519", _private_raw(keys.receiving), None), option=opts))
    public = {"format": KEY_FORMAT, **keys.public.to_dict(), "signing_protected": bool(passphrase)}
    _write_private(d / IDENTITY_FILE, orjson.dumps(public, option=opts))
    return keys


def load_public(keys_dir: Path | str) -> PublicIdentity:
    """The public identity alone (no passphrase needed): for `antt keys show` and headers."""
    return PublicIdentity.from_dict(_read_json(Path(keys_dir) / IDENTITY_FILE))


def load_keys(keys_dir: Path | str, passphrase: str | None = None) -> DeviceKeys:
    """Read the private keys; check they match the stored public identity."""
    d = Path(keys_dir)
    warnings: list[str] = []
    public = load_public(d)
    docs = {}
    for name in (SIGNING_FILE, RECEIVING_FILE):
        path = d / name
        docs[name] = (_read_json(path), path)
        _tighten(path, 0o600, warnings)
    _tighten(d, 0o700, warnings)
    try:
        signing = Ed25519PrivateKey.from_private_bytes(_unseal(*docs[SIGNING_FILE], passphrase))
        receiving = X25519PrivateKey.from_private_bytes(_unseal(*docs[RECEIVING_FILE], None))
    except ValueError as exc:
        raise KeysError("keys_damaged", path=str(d)) from exc
    keys = DeviceKeys(public.device_id, signing, receiving, warnings)
    if keys.public != public:
        raise KeysError("keys_damaged", path=str(d / IDENTITY_FILE))
    return keys


def ensure_keys(keys_dir: Path | str, device_id: str, passphrase: str | None = None) -> DeviceKeys:
    """Load the keys, making them first if this installation has none (first run)."""
    if keys_exist(keys_dir):
        return load_keys(keys_dir, passphrase)
    return create_keys(keys_dir, device_id, passphrase)
