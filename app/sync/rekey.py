"""A post restored from an old copy of its store gets a way back: a new device id, enrolled again (issue 18 item 4).

After a restore the laptop's sequence counter is back where the copy left it, so its next versions reuse
numbers the level above already holds with other content, and the level above refuses them (one sentence
saying so: `sync_restored_copy`). `rekey` gives the laptop a new device id and new keys (the old ones are
kept aside), and writes the current state of every document whose current version its old device wrote again,
under the new id, with the old leaves as parents (not only those after the last acknowledgement: after a
restore the acknowledged numbers were used again): nothing the laptop
holds is lost, and no old number travels again (an up-bundle carries only this laptop's own versions and
those of the laptops it enrolled). The level above then revokes the old device and enrols the new file.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from app.domain.versions import Clock, _leaves, apply_versions, decide, load_doc_versions, new_version
from app.security import audit
from app.security.permissions import require
from app.store.db import Store
from app.sync.keys import create_keys
from app.sync.state import keys_dir


@dataclass(frozen=True)
class Rekeyed:
    old_device: str
    new_device: str
    fingerprint: str
    reissued: int  # documents written again under the new device id
    old_keys: Path


def rekey(store: Store, passphrase: str | None = None) -> Rekeyed:
    """New device id and keys for this laptop; its documents written since the last acknowledgement are
    written again under the new id. One transaction for the store; the old keys folder is renamed, not deleted."""
    require(store, "keys")
    old = store.device_id
    new = uuid.uuid4().hex[:16]
    folder = keys_dir(store)
    aside = folder.with_name(f"{folder.name}-old-{old}-{time.strftime('%Y%m%d%H%M%S')}")
    if folder.exists():
        folder.rename(aside)
    try:
        keys = create_keys(folder, new, passphrase)
    except BaseException:
        if aside.exists() and not folder.exists():
            aside.rename(folder)
        raise
    with store.transaction():
        store.meta_set("device_id", new)
        store.meta_set("seq", 0)
        # Every document whose current version is the old device's, whatever the level above acknowledged: after
        # a restore its acknowledgements name sequence numbers this copy has used again for other content (a
        # receipt written after the restore has a number the level above already holds, and would be lost).
        doc_ids = [r[0] for r in store.conn.execute(
            "SELECT d.doc_id FROM documents d JOIN versions v ON v.vid = d.winner_vid WHERE v.device_id = ?"
            " ORDER BY d.doc_id", (old,))]
        clock = Clock(store)
        fresh = []
        for doc_id, rows in load_doc_versions(store, doc_ids).items():
            winner, _, deleted = decide(rows)
            fresh.append(new_version(clock, winner["doc_type"], doc_id, winner["data"],
                                     sorted(r["vid"] for r in _leaves(rows)), deleted))
        clock.save()
        apply_versions(store, fresh)
        audit.record(store, "device.rekey", detail={"old_device": old, "new_device": new, "reissued": len(fresh),
                                                     "fingerprint": keys.public.fingerprint})
    return Rekeyed(old, new, keys.public.fingerprint, len(fresh), aside)


def explanation(store: Store, lang: str | None = None) -> str:
    """When to re-key and what follows, with the sentence the level above sees (the app shows it before asking)."""
    from app.i18n import t

    device, unit = store.device_id, store.home_unit or ""
    seen = t("sync_restored_copy", lang, name="…", device=device, unit=unit, seq="…")
    return t("rekey_explained", lang, seen=seen, device=device)


def done_sentence(result: Rekeyed, lang: str | None = None) -> str:
    """After re-keying: the new id and fingerprint, what was written again, and the steps that follow."""
    from app.i18n import t

    return t("rekey_done", lang, new=result.new_device, old=result.old_device, fingerprint=result.fingerprint,
             n=result.reissued)
