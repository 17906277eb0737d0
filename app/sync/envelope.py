"""The outer layer of a bundle file: header, encrypted payload, signature. Streams both ways.

Layout (all integers big-endian):

    "ANTTBNDL" | u32 header_len | header JSON | u64 ct_len | u16 wrap_len | wrapped key | ct | signature(64)

* The payload is encrypted in 64 KiB chunks with ChaCha20-Poly1305 under a fresh random
  content key; nonce = 11-byte chunk counter + a final-chunk flag, AAD = the header digest
  (the STREAM construction, as in `age`): a chunk cut, dropped, reordered or flipped fails.
* The content key is sealed to the recipient's X25519 key with HPKE base mode (RFC 9180,
  X25519 / HKDF-SHA256 / ChaCha20-Poly1305, from `cryptography`), with `info` = the header
  digest: the key only opens for the header it was made for.
* The signature is Ed25519 over `DOMAIN || SHA-512(head) || SHA-512(ct)`, where head is
  everything before the ciphertext: it covers every byte before it, and both sides hash in
  one streaming pass (pure Ed25519 would need the whole file in memory).

HPKE seals only the 32-byte content key because `cryptography`'s HPKE is single-shot; streaming
the payload through it would hold a 1,000,000-version bundle in memory twice.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Mapping

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from app.sync.errors import BundleError
from app.sync.header import FORMAT_VERSION, MAX_HEADER_BYTES, BundleHeader, HeaderInvalid, peek_format
from app.sync.keys import DeviceKeys, PublicIdentity
from app.sync.limits import DEFAULT_LIMITS, Limits

MAGIC = b"ANTTBNDL"
CHUNK = 64 * 1024
TAG = 16
SIG_LEN = 64
SIG_DOMAIN = b"antt-bundle-signature-v1\0"
INFO_DOMAIN = b"antt-bundle-v1\0"
_SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
WRAP_LEN = 32 + 32 + TAG  # enc + sealed content key
_HASH_BLOCK = 1 << 20


@dataclass(frozen=True)
class KnownDevice:
    """A device the reader trusts to sign (from enrolment), or no longer trusts (revoked)."""

    identity: PublicIdentity
    unit_code: str = ""
    revoked: bool = False


def header_digest(prefix_and_header: bytes) -> bytes:
    return hashlib.sha256(INFO_DOMAIN + prefix_and_header).digest()


def _nonce(index: int, final: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def signed_message(head_hash: bytes, ct_hash: bytes) -> bytes:
    return SIG_DOMAIN + head_hash + ct_hash


def chunk_count(ct_len: int) -> int | None:
    """How many chunks a ciphertext of `ct_len` bytes holds, or None if no writer makes that length."""
    full, rest = divmod(ct_len, CHUNK + TAG)
    if rest == 0:
        return full if full else None
    if rest < TAG or (rest == TAG and full):  # an empty final chunk only when the payload is empty
        return None
    return full + 1


# ---------------------------------------------------------------- writing


class EnvelopeWriter(io.RawIOBase):
    """A write-only, non-seekable stream: bytes written become encrypted chunks in `fp`.

    `fp` must be a new file opened "w+b"; `finish()` patches the lengths and the sealed key
    into the head and appends the signature. Hand this object to `zipfile.ZipFile(mode="w")`.
    """

    def __init__(self, fp: BinaryIO, header: BundleHeader, recipient: X25519PublicKey, signer: Ed25519PrivateKey):
        super().__init__()
        self._fp = fp
        header_bytes = header.to_bytes()
        if len(header_bytes) > MAX_HEADER_BYTES:
            raise ValueError("header too large")
        self._prefix = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
        self._digest = header_digest(self._prefix)
        self._recipient = recipient
        self._signer = signer
        self.content_key = ChaCha20Poly1305.generate_key()
        self._aead = ChaCha20Poly1305(self.content_key)
        self._ct_hash = hashlib.sha512()
        self._buf = bytearray()
        self._index = 0
        self._plain = 0
        self._ct_len = 0
        fp.write(self._prefix + bytes(8 + 2 + WRAP_LEN))  # lengths and key patched in finish()
        self._ct_start = len(self._prefix) + 8 + 2 + WRAP_LEN

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def tell(self) -> int:
        return self._plain

    def write(self, data) -> int:
        n = len(data)
        self._buf += data
        self._plain += n
        while len(self._buf) > CHUNK:  # keep a remainder: the last chunk must be flagged final
            self._emit(bytes(self._buf[:CHUNK]), final=False)
            del self._buf[:CHUNK]
        return n

    def _emit(self, plain: bytes, final: bool) -> None:
        ct = self._aead.encrypt(_nonce(self._index, final), plain, self._digest)
        self._index += 1
        self._ct_hash.update(ct)
        self._ct_len += len(ct)
        self._fp.write(ct)

    def finish(self) -> int:
        """Seal the content key, sign, and return the total file length. The stream is then closed."""
        self._emit(bytes(self._buf), final=True)
        self._buf.clear()
        wrapped = _SUITE.encrypt(self.content_key, self._recipient, info=self._digest)
        assert len(wrapped) == WRAP_LEN
        head = self._prefix + struct.pack(">QH", self._ct_len, WRAP_LEN) + wrapped
        self._fp.seek(0)
        self._fp.write(head)
        self._fp.seek(0, os.SEEK_END)
        signature = self._signer.sign(signed_message(hashlib.sha512(head).digest(), self._ct_hash.digest()))
        self._fp.write(signature)
        self.close()
        return len(head) + self._ct_len + SIG_LEN


# ---------------------------------------------------------------- reading


class DecryptingReader(io.RawIOBase):
    """A read-only seekable view of the plaintext payload, decrypting one chunk at a time.

    zipfile needs to seek (the central directory is at the end); holding only the current chunk
    keeps memory flat whatever the bundle size, and no plaintext ever touches the disk.
    """

    def __init__(self, fp: BinaryIO, ct_start: int, ct_len: int, key: bytes, aad: bytes, name: str):
        super().__init__()
        self._fp, self._ct_start, self._ct_len, self._aad, self._name = fp, ct_start, ct_len, aad, name
        self._aead = ChaCha20Poly1305(key)
        self._chunks = chunk_count(ct_len)
        if self._chunks is None:
            raise BundleError("bundle_damaged", name=name, detail="payload length")
        self.size = ct_len - TAG * self._chunks
        self._pos = 0
        self._cached_index = -1
        self._cached = b""

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._pos, os.SEEK_END: self.size}[whence]
        if base + offset < 0:
            raise OSError("negative seek")
        self._pos = base + offset
        return self._pos

    def _chunk(self, index: int) -> bytes:
        if index != self._cached_index:
            final = index == self._chunks - 1
            start = index * (CHUNK + TAG)
            self._fp.seek(self._ct_start + start)
            ct = self._fp.read(min(CHUNK + TAG, self._ct_len - start))
            try:
                self._cached = self._aead.decrypt(_nonce(index, final), ct, self._aad)
            except InvalidTag as exc:
                raise BundleError("bundle_damaged", name=self._name, detail=f"payload chunk {index}") from exc
            if not final and len(self._cached) != CHUNK:
                raise BundleError("bundle_damaged", name=self._name, detail=f"payload chunk {index}")
            self._cached_index = index
        return self._cached

    def read(self, n: int = -1) -> bytes:
        if n is None or n < 0:
            n = self.size - self._pos
        n = max(0, min(n, self.size - self._pos))
        out = []
        while n > 0:
            index, offset = divmod(self._pos, CHUNK)
            piece = self._chunk(index)[offset : offset + n]
            out.append(piece)
            self._pos += len(piece)
            n -= len(piece)
        return b"".join(out)

    def readinto(self, b) -> int:
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)


@dataclass
class Envelope:
    """An opened, signature-checked bundle file whose content key is known."""

    name: str
    header: BundleHeader
    fp: BinaryIO
    ct_start: int
    ct_len: int
    content_key: bytes
    digest: bytes
    signer: KnownDevice | None = None

    def payload(self) -> DecryptingReader:
        return DecryptingReader(self.fp, self.ct_start, self.ct_len, self.content_key, self.digest, self.name)

    def close(self) -> None:
        self.fp.close()

    def __enter__(self) -> "Envelope":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _read_exact(fp: BinaryIO, n: int, name: str, part: str) -> bytes:
    data = fp.read(n)
    if len(data) != n:
        raise BundleError("bundle_truncated", name=name, part=part)
    return data


def _read_head(fp: BinaryIO, name: str, size: int, limits: Limits):
    """Parse the head; return (header, prefix, head bytes, ct_len, wrapped). Checks lengths against `size`."""
    if size > limits.max_file_bytes:
        raise BundleError("bundle_too_large", name=name, size=size)
    magic = fp.read(len(MAGIC))
    if magic != MAGIC[: len(magic)]:
        raise BundleError("bundle_not_bundle", name=name)
    if len(magic) < len(MAGIC):
        raise BundleError("bundle_truncated", name=name, part="header")
    (header_len,) = struct.unpack(">I", _read_exact(fp, 4, name, "header"))
    if header_len > MAX_HEADER_BYTES:
        raise BundleError("bundle_damaged", name=name, detail="header length")
    header_bytes = _read_exact(fp, header_len, name, "header")
    found = peek_format(header_bytes)
    if found is not None and found > FORMAT_VERSION:
        raise BundleError("bundle_newer_format", name=name, found=found, known=FORMAT_VERSION)
    try:
        header = BundleHeader.parse(header_bytes)
    except HeaderInvalid as exc:
        raise BundleError("bundle_damaged", name=name, detail=str(exc)) from exc
    ct_len, wrap_len = struct.unpack(">QH", _read_exact(fp, 10, name, "header"))
    if wrap_len != WRAP_LEN:
        raise BundleError("bundle_damaged", name=name, detail="key length")
    wrapped = _read_exact(fp, WRAP_LEN, name, "header")
    prefix = MAGIC + struct.pack(">I", header_len) + header_bytes
    head = prefix + struct.pack(">QH", ct_len, wrap_len) + wrapped
    expected = len(head) + ct_len + SIG_LEN
    if size < expected:
        part = "ciphertext" if size < len(head) + ct_len else "signature"
        raise BundleError("bundle_truncated", name=name, part=part)
    if size > expected:
        raise BundleError("bundle_damaged", name=name, detail="extra bytes after the signature")
    return header, prefix, head, ct_len, wrapped


def _hash_range(fp: BinaryIO, start: int, length: int) -> bytes:
    h = hashlib.sha512()
    fp.seek(start)
    left = length
    while left:
        block = fp.read(min(_HASH_BLOCK, left))
        if not block:
            raise OSError("file shrank while reading")
        h.update(block)
        left -= len(block)
    return h.digest()


def _check_signature(
    name: str, header: BundleHeader, message: bytes, signature: bytes, known: Mapping[str, KnownDevice]
) -> KnownDevice:
    """The signer must be the header's sender, enrolled and not revoked."""
    device = known.get(header.sender_device)
    if device is None:
        raise BundleError("bundle_unknown_signer", name=name, device=header.sender_device)
    if device.revoked:
        raise BundleError("bundle_revoked_signer", name=name, device=header.sender_device)
    try:
        device.identity.verifier().verify(signature, message)
        return device
    except InvalidSignature:
        pass
    for other_id, other in known.items():  # name the culprit if another enrolled device signed
        if other_id == header.sender_device:
            continue
        try:
            other.identity.verifier().verify(signature, message)
        except InvalidSignature:
            continue
        raise BundleError("bundle_signer_mismatch", name=name, device=header.sender_device, signer=other_id)
    raise BundleError("bundle_bad_signature", name=name)


def open_envelope(
    path: Path | str,
    keys: DeviceKeys,
    known: Mapping[str, KnownDevice],
    limits: Limits = DEFAULT_LIMITS,
) -> Envelope:
    """Open `path` for `keys`' installation: head, length, signature, recipient, content key.

    Each failure is a BundleError naming what is wrong; the payload is not read yet.
    """
    path = Path(path)
    name = path.name
    try:
        fp = open(path, "rb")
    except OSError as exc:
        raise BundleError("bundle_unreadable", name=name, reason=exc.strerror or type(exc).__name__) from exc
    try:
        size = os.fstat(fp.fileno()).st_size
        header, prefix, head, ct_len, wrapped = _read_head(fp, name, size, limits)
        ct_start = len(head)
        fp.seek(ct_start + ct_len)
        signature = _read_exact(fp, SIG_LEN, name, "signature")
        message = signed_message(hashlib.sha512(head).digest(), _hash_range(fp, ct_start, ct_len))
        signer = _check_signature(name, header, message, signature, known)
        if header.recipient_key_id != keys.public.receiving_key_id:
            raise BundleError("bundle_wrong_recipient", name=name)
        digest = header_digest(prefix)
        try:
            content_key = _SUITE.decrypt(wrapped, keys.receiving, info=digest)
        except Exception as exc:  # InvalidTag or a malformed encapsulated key: the header was edited after sealing
            raise BundleError("bundle_damaged", name=name, detail="key seal") from exc
        if len(content_key) != 32:
            raise BundleError("bundle_damaged", name=name, detail="content key")
        return Envelope(name, header, fp, ct_start, ct_len, content_key, digest, signer)
    except BaseException:
        fp.close()
        raise


def reopen_as_writer(path: Path | str, content_key: bytes, signer_identity: PublicIdentity) -> Envelope:
    """Read back a file this installation just wrote: check head, length and signature, keep the key.

    The writer cannot open the HPKE seal (it is for the recipient) but knows the content key,
    so it can prove the bytes on the stick decrypt and parse before renaming the file.
    """
    path = Path(path)
    name = path.name
    fp = open(path, "rb")
    try:
        size = os.fstat(fp.fileno()).st_size
        header, prefix, head, ct_len, _ = _read_head(fp, name, size, DEFAULT_LIMITS)
        fp.seek(len(head) + ct_len)
        signature = _read_exact(fp, SIG_LEN, name, "signature")
        message = signed_message(hashlib.sha512(head).digest(), _hash_range(fp, len(head), ct_len))
        me = KnownDevice(signer_identity)
        _check_signature(name, header, message, signature, {header.sender_device: me})
        return Envelope(name, header, fp, len(head), ct_len, content_key, header_digest(prefix), me)
    except BaseException:
        fp.close()
        raise
