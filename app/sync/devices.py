"""Revoking a lost or seized laptop at the level above (issue 6, item 5).

The sync code keeps the registry of enrolled devices (app/sync/state.py, table `sync_devices`) and
refuses bundles signed by a revoked device (app/sync/envelope.py, "bundle_revoked_signer"); exports
skip revoked recipients. This module is the guarded door to it: the `enrolment` permission, a reason,
and an audit entry. Versions that arrived from the device before the revocation stay: they were
signed while it was trusted (the audit entry and the import receipts say when).
"""

from __future__ import annotations

from app.errors import AnttError, ValidationError
from app.security import audit
from app.security.permissions import require
from app.store.db import Store
from app.sync import state


def list_devices(store: Store) -> list[dict]:
    require(store, "enrolment")
    return [{"device_id": d.device_id, "unit_code": d.unit_code, "role": d.role, "fingerprint": d.identity.fingerprint,
             "revoked": d.revoked, "enrolled_at": d.enrolled_at} for d in state.devices(store)]


def revoke(store: Store, device_id: str, reason: str) -> dict:
    """Stop trusting an enrolled device: its later bundles are refused, nothing is exported to it."""
    return _change_trust(store, device_id, reason, revoked=True)


def reinstate(store: Store, device_id: str, reason: str) -> dict:
    """Trust a revoked device again (issue 18): an administrator's explicit act, with a reason, audited with the
    device's fingerprint. `antt enrol` of the device's old file reaches here only with --reenrol-revoked."""
    return _change_trust(store, device_id, reason, revoked=False)


def _change_trust(store: Store, device_id: str, reason: str, revoked: bool) -> dict:
    """Revoke or reinstate `device_id`: the enrolment permission, a reason, one audited transaction."""
    require(store, "enrolment")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("required", field="reason")
    device = state.get_device(store, (device_id or "").strip())
    if device is None:
        raise AnttError("unknown_device", device=device_id)
    with store.transaction():
        (state.revoke_device if revoked else state.reinstate_device)(store, device.device_id)
        audit.record(store, "device.revoke" if revoked else "device.reinstate",
                     detail={"device": device.device_id, "unit": device.unit_code,
                             "fingerprint": device.identity.fingerprint, "reason": reason})
    return {"device_id": device.device_id, "unit_code": device.unit_code, "revoked": revoked, "reason": reason,
            "fingerprint": device.identity.fingerprint}
