"""Enrolment: a post introduces itself to the level above, which registers it and answers.

`write_enrolment` (at the post) writes the post's public identity and unit, signed with its own
key. `enrol` (at the level above) registers that device and writes the answer: its own public
identity plus the reference data (units, catalogue) as versions, signed. `accept_answer` (back
at the post) registers the level above and applies the reference data. Trust comes from the
officers reading the fingerprints to each other by phone: both files show them.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from pathlib import Path

import orjson
from cryptography.exceptions import InvalidSignature

from app.domain.versions import Version, apply_versions
from app.errors import AnttError, ValidationError
from app.security.permissions import require
from app.store.db import Store
from app.sync.bundle import _write_error
from app.sync.export import REFERENCE_TYPES
from app.sync.keys import KeysError, PublicIdentity
from app.sync.state import EnrolledDevice, device_keys, get_device, register_device
from app.sync.version_rules import BadVersion, LamportOutOfRange, TooDeep, check_version

ENROLMENT_KIND = "antt-enrolment"
ANSWER_KIND = "antt-enrolment-answer"
MAX_FILE = 64 << 20


def _signed_file(path: Path, body: dict, keys) -> Path:
    raw = orjson.dumps(body, option=orjson.OPT_SORT_KEYS)
    doc = {"body": body, "signature": base64.b64encode(keys.signing.sign(raw)).decode()}
    tmp = path.with_name(path.name + ".partial")
    try:
        with open(tmp, "wb") as f:
            f.write(orjson.dumps(doc, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:  # a read-only or full USB stick: the same sentence as for a bundle
        try:
            tmp.unlink()
        except OSError:
            pass
        raise _write_error(exc, path.parent) from exc
    return path


def _read_signed(path: Path, kind: str) -> tuple[dict, PublicIdentity]:
    """The body of a self-signed file of `kind`, its signature checked against the identity inside."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE:
            raise ValueError("too large")
        doc = orjson.loads(path.read_bytes())
        body = doc["body"]
        if body.get("kind") != kind or body.get("format") != 1:
            raise ValueError("kind")
        identity = PublicIdentity.from_dict(body["identity"])
        raw = orjson.dumps(body, option=orjson.OPT_SORT_KEYS)
        identity.verifier().verify(base64.b64decode(doc["signature"], validate=True), raw)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, KeysError, InvalidSignature,
            orjson.JSONDecodeError) as exc:
        raise AnttError("sync_enrolment_bad", name=path.name) from exc
    return body, identity


@dataclass(frozen=True)
class PeerFile:
    """What an enrolment file or an answer says about its sender, checked but not acted on: shown to the
    officer, who compares the fingerprint by phone before registering the sender."""

    path: Path
    kind: str  # ENROLMENT_KIND | ANSWER_KIND
    device_id: str
    unit_code: str
    unit_name: str
    fingerprint: str
    reference_versions: int  # an answer's reference data (units, catalogue); 0 for an enrolment


def read_peer_file(path: Path | str) -> PeerFile:
    """Read a `.antt-enrol` or `.antt-answer` file (signature checked); writes nothing."""
    path = Path(path)
    kind = ANSWER_KIND if path.suffix == ".antt-answer" else ENROLMENT_KIND
    body, identity = _read_signed(path, kind)
    reference = body.get("reference")
    return PeerFile(path, kind, identity.device_id, str(body.get("unit_code") or ""), str(body.get("unit_name") or ""),
                    identity.fingerprint, len(reference) if isinstance(reference, list) else 0)


@dataclass(frozen=True)
class EnrolmentFile:
    path: Path
    unit_code: str
    fingerprint: str


def write_enrolment(store: Store, out_dir: Path | str, passphrase: str | None = None) -> EnrolmentFile:
    """`antt enrolment --to DIR`: this post's enrolment file, for the level above."""
    require(store, "enrolment")  # issue 6: docs/permissions.md
    keys = device_keys(store, passphrase)
    unit = store.home_unit or ""
    row = store.conn.execute("SELECT name, kind, parent_code FROM units WHERE code = ?", (unit,)).fetchone()
    body = {
        "kind": ENROLMENT_KIND, "format": 1, "identity": keys.public.to_dict(), "unit_code": unit,
        "unit_name": row["name"] if row else "", "unit_kind": row["kind"] if row else "",
        "parent_code": row["parent_code"] if row else None,
    }
    path = _signed_file(Path(out_dir) / f"{unit or 'unit'}-{keys.device_id}.antt-enrol", body, keys)
    return EnrolmentFile(path, unit, keys.public.fingerprint)


@dataclass(frozen=True)
class EnrolResult:
    device: EnrolledDevice
    answer_path: Path
    my_fingerprint: str


def enrol(store: Store, enrolment_path: Path | str, out_dir: Path | str | None = None,
          include_personal: bool = False, passphrase: str | None = None, *, second_device: bool = False,
          reenrol_reason: str | None = None) -> EnrolResult:
    """`antt enrol FILE` at the level above: register the post's device and unit, write the answer.

    Issue 18: a revoked device stays revoked unless an administrator gives `reenrol_reason` (audited, with
    the fingerprint); a second laptop for a unit that already has one needs `second_device`."""
    require(store, "enrolment")  # issue 6: a device enrolled here is trusted to sign bundles
    body, identity = _read_signed(Path(enrolment_path), ENROLMENT_KIND)
    keys = device_keys(store, passphrase)
    if identity.device_id == keys.device_id:
        raise AnttError("sync_enrolment_self", name=Path(enrolment_path).name)
    unit = str(body.get("unit_code") or "")
    known = get_device(store, identity.device_id)
    if known is not None and known.revoked and not (reenrol_reason or "").strip():
        raise AnttError("sync_enrolment_revoked", device=known.device_id, unit=known.unit_code,
                        fingerprint=identity.fingerprint)
    others = other_laptops(store, unit, identity.device_id)
    if others and not second_device:
        raise AnttError("sync_enrolment_second_device", unit=unit, existing=", ".join(others))
    with store.transaction():
        device = register_device(store, identity, unit, "below", include_personal)
        if known is not None and known.revoked:
            from app.sync.devices import reinstate

            reinstate(store, identity.device_id, reenrol_reason or "")
            device = get_device(store, identity.device_id)
        _register_unit(store, body)
        # issue 18: the answer carries our reference data, up to our clock: the unit's bound starts there
        from app.domain.authority import note_peer_clock

        note_peer_clock(store, unit, int(store.meta_get("lamport", "0") or 0))
    reference = [_version_dict(r) for r in store.conn.execute(
        f"SELECT vid, doc_id, doc_type, parents, lamport, device_id, seq, author, claimed_at, deleted,"
        f" version_json(data) AS data, sha256 FROM versions WHERE doc_type IN ({','.join('?' * len(REFERENCE_TYPES))}) ORDER BY rowid",
        REFERENCE_TYPES)]
    answer = {
        "kind": ANSWER_KIND, "format": 1, "identity": keys.public.to_dict(), "unit_code": store.home_unit or "",
        "for_device": identity.device_id, "include_personal": include_personal, "reference": reference,
    }
    out = Path(out_dir) if out_dir else Path(enrolment_path).parent
    path = _signed_file(out / f"{store.home_unit or 'unit'}-to-{unit or identity.device_id}.antt-answer", answer, keys)
    return EnrolResult(device, path, keys.public.fingerprint)


def other_laptops(store: Store, unit: str, device_id: str) -> list[str]:
    """The unit's laptops enrolled here and not revoked, besides `device_id`: enrolling one more makes a second
    laptop of the unit, which must be said (`second_device`; the app asks, ui/pages/sync_keys.py)."""
    return [r[0] for r in store.conn.execute(
        "SELECT device_id FROM sync_devices WHERE unit_code = ? AND role = 'below' AND revoked = 0 AND device_id != ?"
        " ORDER BY enrolled_at, device_id", (unit, device_id))]


def second_device_notice(store: Store, peer: "PeerFile", lang: str | None = None) -> str | None:
    """What the officer registering `peer` must know when its unit already has a laptop here, or None."""
    from app.i18n import t

    others = other_laptops(store, peer.unit_code, peer.device_id)
    return t("enrol_second_device_notice", lang, unit=peer.unit_code, existing=", ".join(others)) if others else None


def _register_unit(store: Store, body: dict) -> None:
    """The enrolling post's unit joins this store's tree (issue 4: `enrol` registers the device *and its
    unit*), so the officer sees its name from the first import on. The level above's record of a unit
    below is the settled one: the post's own provisional record, arriving in its first bundle, gives way
    (versions.decide). A unit already known here is left as it is."""
    from app.domain.units import add_unit, find_unit

    code, name = str(body.get("unit_code") or ""), str(body.get("unit_name") or "").strip()
    kind = str(body.get("unit_kind") or "")
    if not code or not name or find_unit(store, code) is not None:
        return
    parent = body.get("parent_code")
    if not (isinstance(parent, str) and find_unit(store, parent)):
        parent = store.home_unit
    try:
        add_unit(store, code, name, kind, parent)
    except ValidationError:
        return  # a file's unit that this store cannot take (an unknown kind): the device is still enrolled


def _version_dict(row) -> dict:
    d = dict(row)
    d["parents"] = orjson.loads(d["parents"])
    d["data"] = orjson.loads(d["data"])
    d["deleted"] = bool(d["deleted"])
    return d


def accept_answer(store: Store, answer_path: Path | str) -> EnrolledDevice:
    """At the post: register the level above from its answer and apply the reference data it carries."""
    require(store, "enrolment")  # issue 6
    body, identity = _read_signed(Path(answer_path), ANSWER_KIND)
    if body.get("for_device") != store.device_id:
        raise AnttError("sync_enrolment_bad", name=Path(answer_path).name)
    versions = []
    try:
        for d in body["reference"]:
            if not isinstance(d, dict) or d.get("doc_type") not in REFERENCE_TYPES:
                raise BadVersion("doc_type")
            versions.append(check_version(dict(d), d["doc_type"], 32))
    except (BadVersion, LamportOutOfRange, TooDeep, KeyError, TypeError) as exc:
        raise AnttError("sync_enrolment_bad", name=Path(answer_path).name) from exc
    # issue 18 item 2: only what the level above's own laptop wrote moves our clock (app/domain/authority.py), and
    # by at most LAMPORT_STEP, as a down-bundle does: a forged answer cannot exhaust our clock
    from app.domain.authority import LAMPORT_STEP, take_clock

    top = max((v.lamport for v in versions if v.device_id == identity.device_id), default=0)
    limit = int(store.meta_get("lamport", "0") or 0) + LAMPORT_STEP
    if top > limit:
        raise AnttError("sync_enrolment_lamport", name=Path(answer_path).name, sender=identity.device_id,
                        unit=str(body.get("unit_code") or ""), value=top, limit=limit)
    with store.transaction():
        device = register_device(store, identity, str(body.get("unit_code") or ""), "above",
                                 bool(body.get("include_personal")))
        apply_versions(store, versions, raise_clock=False)
        take_clock(store, device.unit_code, top)
    return device
