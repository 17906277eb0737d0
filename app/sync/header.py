"""The clear-text header of a bundle: who sent it, to whom, what it holds (design §3 "Bundles").

The header is readable without any key (so a refusal can name the sender), but it is signed
with the rest of the file and bound into the encryption, so an edited header never verifies.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import asdict, dataclass

import orjson

FORMAT_VERSION = 1
SUITE = "X25519-HKDF-SHA256-ChaCha20Poly1305/stream64k"
KINDS = ("up", "down", "ack")
MAX_HEADER_BYTES = 16 * 1024

_DEVICE = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
_UNIT = re.compile(r"^[A-Za-z0-9_.-]{0,64}$")
_KEY_ID = re.compile(r"^[0-9a-f]{32}$")
_BUNDLE_ID = re.compile(r"^[0-9a-f]{32}$")
_HEAD = re.compile(r"^([0-9a-f]{64})?$")
_INT_LIMIT = 1 << 62
OPTIONAL = {"audit_count": 0, "audit_head": ""}  # fields a header may lack (older senders), with their value


class HeaderInvalid(ValueError):
    """The header parses but breaks a rule; the message says which."""


@dataclass(frozen=True)
class BundleHeader:
    sender_device: str
    recipient_key_id: str
    schema_version: int
    kind: str = "up"
    sender_unit: str = ""
    recipient_unit: str = ""
    bundle_seq: int = 1
    seq_from: int = 0  # the sender's own version seqs carried: from..to (0..0 when none)
    seq_to: int = 0
    claimed_at: str = ""
    bundle_id: str = ""
    format: int = FORMAT_VERSION
    suite: str = SUITE
    # Issue 18 item 9: the sender's audit trail at export (its newest entry's number and hash), so the
    # level above can see a trail that went backwards. Optional: bundles from before it parse as (0, "").
    audit_count: int = 0
    audit_head: str = ""

    def __post_init__(self) -> None:
        if not self.bundle_id:
            object.__setattr__(self, "bundle_id", uuid.uuid4().hex)

    def to_bytes(self) -> bytes:
        return orjson.dumps(asdict(self), option=orjson.OPT_SORT_KEYS)

    def file_name(self) -> str:
        """`<unit>-<device>-<seq>.antt`, the name the design gives the file; a down-bundle also names its
        recipient (`<unit>-<device>-to-<recipient unit>-<its key id, 8 digits>-<seq>.antt`): the level above
        numbers the bundles of each laptop below on its own, and writes them side by side on one stick."""
        unit = self.sender_unit or "unit"
        if self.kind == "down":
            to = f"{self.recipient_unit or 'unit'}-{self.recipient_key_id[:8]}"
            return f"{unit}-{self.sender_device}-to-{to}-{self.bundle_seq:06d}.antt"
        return f"{unit}-{self.sender_device}-{self.bundle_seq:06d}.antt"

    @classmethod
    def parse(cls, raw: bytes) -> "BundleHeader":
        """Strict parse: exactly the known fields with their types, else HeaderInvalid.

        The format number is checked first by the caller (a newer format says "update").
        """
        try:
            d = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise HeaderInvalid("header is not JSON") from exc
        if not isinstance(d, dict):
            raise HeaderInvalid("header is not an object")
        expected = set(cls.__dataclass_fields__)
        required = expected - set(OPTIONAL)
        if not required <= set(d) <= expected:
            raise HeaderInvalid(f"header fields differ: {sorted((set(d) ^ expected) - set(OPTIONAL))}")
        d = {**OPTIONAL, **d}
        if not _HEAD.match(d["audit_head"] if type(d["audit_head"]) is str else "-"):
            raise HeaderInvalid("header audit_head malformed")
        for name in ("schema_version", "bundle_seq", "seq_from", "seq_to", "format", "audit_count"):
            value = d[name]
            if type(value) is not int or not 0 <= value < _INT_LIMIT:
                raise HeaderInvalid(f"header {name} out of range")
        for name in ("sender_device", "recipient_key_id", "kind", "sender_unit", "recipient_unit", "claimed_at",
                     "bundle_id", "suite"):
            if type(d[name]) is not str or len(d[name]) > 200:
                raise HeaderInvalid(f"header {name} is not text")
        if not _DEVICE.match(d["sender_device"]):
            raise HeaderInvalid("header sender_device malformed")
        if not (_UNIT.match(d["sender_unit"]) and _UNIT.match(d["recipient_unit"])):
            raise HeaderInvalid("header unit code malformed")
        if not _KEY_ID.match(d["recipient_key_id"]) or not _BUNDLE_ID.match(d["bundle_id"]):
            raise HeaderInvalid("header ids malformed")
        if d["kind"] not in KINDS:
            raise HeaderInvalid("header kind unknown")
        if d["suite"] != SUITE:
            raise HeaderInvalid("header cipher suite unknown")
        if d["seq_from"] > d["seq_to"]:
            raise HeaderInvalid("header sequence range reversed")
        return cls(**d)


def peek_format(raw: bytes) -> int | None:
    """The `format` number of a header, if it can be read at all (to tell "update" from "damaged")."""
    try:
        d = orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None
    value = d.get("format") if isinstance(d, dict) else None
    return value if type(value) is int else None
