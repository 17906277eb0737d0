"""Issue 20: a unit event (merge, split, rename, move, end) is reference data - it comes only from the level
above, in a down-bundle. Kept apart and small until the authorisation module of issue 18 takes it over."""

from __future__ import annotations

from app.errors import AnttError


def check(kind: str, sender_unit: str, doc_type: str, doc_id: str) -> None:
    """Refuses the whole bundle (one sentence, nothing written) when a unit event comes up from below."""
    if doc_type == "unit_event" and kind != "down":
        raise AnttError("sync_unit_event_from_below", sender=sender_unit or "—", doc=doc_id)
