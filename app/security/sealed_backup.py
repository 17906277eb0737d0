"""A backup sealed with a passphrase, for copies that leave the laptop (issue 18 item 7).

The file is `MAGIC`, a 4-byte big-endian header length, a JSON header, then the store in authenticated
chunks. Key: scrypt(passphrase, a random 16-byte salt) → 32 bytes. Each chunk of `CHUNK` plaintext bytes
is ChaCha20-Poly1305 with nonce = a random 7-byte prefix ‖ the chunk number (4 bytes) ‖ 1 on the last
chunk else 0, and the whole prefix (magic, length, header) as associated data. So a changed header, a
reordered, removed or altered chunk and a file cut short at a chunk boundary all fail to open; the
writer always ends with a last chunk (empty when the size is a multiple of `CHUNK`). The store streams
through in `CHUNK`-sized pieces: a multi-GB store needs a few MiB of memory.

The header also holds a key check (HMAC of a constant under the key), so that a wrong passphrase is told
apart from a damaged file, and what the backup is of (unit, device, schema, size, the audit trail's
count and head: an anchor, issue 18 item 9). It is readable without the passphrase, but bound into
every chunk: an edit of it never opens.

No Qt, no store: bytes in, bytes out. `app/security/backups.py` decides when to seal.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import orjson
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.errors import AnttError

MAGIC = b"ANTT-BACKUP\x00"
FORMAT = 1
SUFFIX = ".anttbackup"
CHUNK = 1 << 20
TAG = 16
MAX_HEADER = 64 * 1024
CIPHER = "ChaCha20-Poly1305/chunk1M"
# scrypt at N=2^17, r=8 (128 MiB, ≈0.3-0.5 s here): what OWASP advises for a passphrase that guards files
# an attacker may hold for as long as he likes. A file may name other costs, within these bounds (a made-up
# file must not make us allocate gigabytes).
SCRYPT = {"n": 1 << 17, "r": 8, "p": 1}
_BOUNDS = {"n": (1 << 14, 1 << 20), "r": (1, 16), "p": (1, 4)}
MIN_PASSPHRASE = 8
_CHECK = b"antt-backup key check v1"


def is_sealed(path: Path | str) -> bool:
    """Does the file start like a sealed backup? (A plain backup starts 'SQLite format 3'.)"""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def check_passphrase(passphrase: str | None) -> str:
    """The passphrase a new sealed backup gets, or one sentence why not."""
    if not passphrase or len(passphrase) < MIN_PASSPHRASE:
        raise AnttError("backup_passphrase_short", n=MIN_PASSPHRASE)
    return passphrase


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _unb64(text) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """Vietnamese keyboards (Unikey, VNI, Telex, the OS's own) may type "ở" as one code point or as "o" with
    combining marks: the passphrase is taken in NFC so that it opens whatever laptop typed it."""
    text = unicodedata.normalize("NFC", passphrase)
    # surrogateescape: bytes that are not UTF-8 (an odd terminal, an environment variable) stay those bytes
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(text.encode("utf-8", "surrogateescape"))


def _key_check(key: bytes) -> bytes:
    return hmac.new(key, _CHECK, hashlib.sha256).digest()[:16]


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">IB", index, 1 if last else 0)


@dataclass(frozen=True)
class SealedHeader:
    """What a sealed backup says about itself before it is opened (all of it authenticated once opened)."""

    raw: bytes  # the exact header bytes, as they are bound into every chunk
    fields: dict

    @property
    def size(self) -> int:
        return self.fields["size"]

    @property
    def audit(self) -> dict:
        return self.fields.get("audit") or {}


def seal(source: Path, target: BinaryIO, passphrase: str, about: dict) -> SealedHeader:
    """Write `source` (a plain store file) sealed with `passphrase` into the open file `target`.

    `about`: unit, device, schema, audit anchor…, kept readable in the header."""
    salt, prefix = os.urandom(16), os.urandom(7)
    key = _derive(passphrase, salt, **SCRYPT)
    size = os.path.getsize(source)
    fields = {**about, "format": FORMAT, "cipher": CIPHER, "chunk": CHUNK, "size": size,
              "kdf": {"name": "scrypt", "salt": _b64(salt), **SCRYPT}, "nonce_prefix": _b64(prefix),
              "check": _b64(_key_check(key))}
    raw = orjson.dumps(fields, option=orjson.OPT_SORT_KEYS)
    aad = MAGIC + struct.pack(">I", len(raw)) + raw
    target.write(aad)
    box = ChaCha20Poly1305(key)
    with open(source, "rb") as src:
        index = 0
        while True:
            piece = src.read(CHUNK)
            last = len(piece) < CHUNK  # a short piece, maybe empty, ends the file
            target.write(box.encrypt(_nonce(prefix, index, last), piece, aad))
            if last:
                break
            index += 1
    return SealedHeader(raw, fields)


def read_header(fh: BinaryIO, shown: str) -> tuple[SealedHeader, bytes]:
    """The header of an open sealed file and the prefix bound into its chunks; one sentence if unreadable."""
    if fh.read(len(MAGIC)) != MAGIC:
        raise AnttError("restore_not_sqlite", path=shown)
    head = fh.read(4)
    if len(head) != 4:
        raise AnttError("backup_truncated", path=shown)
    (length,) = struct.unpack(">I", head)
    if length > MAX_HEADER:
        raise AnttError("backup_damaged", path=shown)
    raw = fh.read(length)
    if len(raw) != length:
        raise AnttError("backup_truncated", path=shown)
    try:
        fields = orjson.loads(raw)
        if not isinstance(fields, dict):
            raise ValueError("header is not an object")
        if fields.get("format") != FORMAT or fields.get("cipher") != CIPHER:
            raise AnttError("backup_format", path=shown)
        kdf = fields["kdf"]
        if kdf.get("name") != "scrypt":
            raise AnttError("backup_format", path=shown)
        for name, (low, high) in _BOUNDS.items():
            if type(kdf[name]) is not int or not low <= kdf[name] <= high:
                raise ValueError(f"scrypt {name} out of bounds")
        if len(_unb64(kdf["salt"])) != 16 or len(_unb64(fields["nonce_prefix"])) != 7:
            raise ValueError("salt or nonce malformed")
        if fields.get("chunk") != CHUNK or type(fields.get("size")) is not int or fields["size"] < 0:
            raise ValueError("chunking malformed")
        _unb64(fields["check"])
    except (ValueError, KeyError, TypeError, orjson.JSONDecodeError) as exc:
        raise AnttError("backup_damaged", path=shown) from exc
    return SealedHeader(raw, fields), MAGIC + head + raw


def peek(path: Path | str) -> SealedHeader:
    """The header of a sealed file (no passphrase needed): what it is of, its audit anchor."""
    with open(path, "rb") as fh:
        return read_header(fh, str(path))[0]


def unseal(path: Path | str, target: BinaryIO, passphrase: str | None, shown: str | None = None) -> SealedHeader:
    """Write the plain store held in the sealed file `path` into `target`, checking every chunk.

    One sentence when the passphrase is missing or wrong, the file cut short, or anything in it altered;
    whatever was written to `target` then is to be thrown away by the caller."""
    shown = shown or str(path)
    with open(path, "rb") as fh:
        header, aad = read_header(fh, shown)
        if not passphrase:
            raise AnttError("backup_passphrase_needed", path=shown)
        kdf = header.fields["kdf"]
        key = _derive(passphrase, _unb64(kdf["salt"]), kdf["n"], kdf["r"], kdf["p"])
        if not hmac.compare_digest(_key_check(key), _unb64(header.fields["check"])):
            raise AnttError("backup_passphrase_wrong", path=shown)
        chunks = header.size // CHUNK + 1  # the writer always ends with a last chunk, maybe empty
        expected = len(aad) + header.size + chunks * TAG
        actual = os.fstat(fh.fileno()).st_size
        if actual < expected:
            raise AnttError("backup_truncated", path=shown)
        if actual > expected:
            raise AnttError("backup_damaged", path=shown)
        box, prefix = ChaCha20Poly1305(key), _unb64(header.fields["nonce_prefix"])
        for index in range(chunks):
            last = index == chunks - 1
            want = (header.size - index * CHUNK if last else CHUNK) + TAG
            sealed = fh.read(want)
            try:
                target.write(box.decrypt(_nonce(prefix, index, last), sealed, aad))
            except InvalidTag as exc:
                raise AnttError("backup_damaged", path=shown) from exc
    return header
