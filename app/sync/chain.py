"""The chain of enrolments an up-bundle carries, so that the level above can check every forwarded device.

A province's bundle to the national level carries its communes' versions under the communes' own
device ids. The national store never enrolled those laptops; the province did. So the bundle carries
one **link** per device the sender enrolled below itself: the device's public identity, its unit, that
unit's parent and kind, and who enrolled it, signed by that enrolling device. The receiver accepts a
link only if its enroller is the signer or a device of a link already accepted, the signature holds,
and the unit lies strictly below the enroller's unit (app/domain/authority.py then lets the signer
forward exactly those devices' versions).
"""

from __future__ import annotations

import base64

import orjson
from cryptography.exceptions import InvalidSignature

from app.domain.authority import Refusal, Tree
from app.store.db import Store
from app.sync.keys import DeviceKeys, KeysError, PublicIdentity

LINKS_KEY = "enrolments"  # in the payload's extras
MAX_LINKS = 2000  # the manifest holds the extras and is bounded (Limits.max_manifest_bytes, 1 MiB)
_CONTEXT = b"antt-enrolment-link-v1\0"


def _body_bytes(body: dict) -> bytes:
    return _CONTEXT + orjson.dumps(body, option=orjson.OPT_SORT_KEYS)


def links_for_export(store: Store, keys: DeviceKeys) -> list[dict]:
    """One signed link per device this store enrolled below itself (a revoked one too: what it sent before
    its revocation stays, and travels up with its link)."""
    units = {r[0]: (r[1], r[2]) for r in store.conn.execute("SELECT code, parent_code, kind FROM units")}
    out = []
    for device_id, unit, identity in store.conn.execute(
            "SELECT device_id, unit_code, identity FROM sync_devices WHERE role = 'below'"
            " ORDER BY device_id LIMIT ?", (MAX_LINKS,)):
        parent, kind = units.get(unit, (store.home_unit, None))
        body = {"identity": orjson.loads(identity), "unit": unit, "parent": parent, "kind": kind,
                "by": keys.device_id}
        out.append({"body": body, "signature": base64.b64encode(keys.signing.sign(_body_bytes(body))).decode()})
    return out


def verify_links(raw: object, signer: str, signer_identity: PublicIdentity, signer_unit: str,
                 tree: Tree) -> dict[str, tuple[str, str | None, str | None]]:
    """device -> (unit, parent, kind) of every link that verifies; Refusal('chain') at the first that does not."""
    if raw is None:
        return {}
    if not isinstance(raw, list) or len(raw) > MAX_LINKS:
        raise Refusal("chain", device="—")
    identities = {signer: (signer_identity, signer_unit)}
    accepted: dict[str, tuple[str, str | None, str | None]] = {}
    waiting = list(raw)
    while waiting:
        progress = False
        for link in list(waiting):
            try:
                body = link["body"]
                by = body["by"]
                if by not in identities:
                    continue
                identity = PublicIdentity.from_dict(body["identity"])
                unit, parent, kind = body["unit"], body["parent"], body["kind"]
                if type(unit) is not str or not (parent is None or type(parent) is str):
                    raise ValueError("unit")
                enroller, enroller_unit = identities[by]
                enroller.verifier().verify(base64.b64decode(link["signature"], validate=True), _body_bytes(body))
            except (KeyError, TypeError, ValueError, AttributeError, KeysError, InvalidSignature) as exc:
                raise Refusal("chain", device=_device_of(link)) from exc
            # the unit must sit strictly below its enroller's unit: as the link says, and as this store knows it
            if parent is None or unit == enroller_unit or not (parent == enroller_unit or tree.covers(enroller_unit, parent)):
                raise Refusal("chain", device=identity.device_id)
            if tree.knows(unit) and not tree.covers(enroller_unit, unit):  # another branch's unit, claimed
                raise Refusal("chain", device=identity.device_id)
            if identity.device_id not in identities:
                identities[identity.device_id] = (identity, unit)
                accepted[identity.device_id] = (unit, parent, kind if type(kind) is str else None)
                if not tree.knows(unit):
                    tree.add(unit, parent, kind if type(kind) is str else None)
            waiting.remove(link)
            progress = True
        if not progress:  # a link whose enroller is neither the signer nor any device of the chain
            raise Refusal("chain", device=_device_of(waiting[0]))
    return accepted


def _device_of(link: object) -> str:
    try:
        return str(link["body"]["identity"]["device_id"])[:64]  # type: ignore[index]
    except (KeyError, TypeError, IndexError):
        return "—"
