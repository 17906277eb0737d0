"""The item catalogue (law 42/2024/QH15 categories): shipped data, seeded as reference documents.

Catalogue items are written by the level above and only grow in version; an item is retired,
never deleted. Every installation seeds the same genesis versions (same vid, same bytes), so
bundles between installations see them as exact duplicates, not conflicts.
"""

from __future__ import annotations

import difflib

import json
from dataclasses import dataclass
from functools import lru_cache

from app.domain.ids import item_doc_id
from app.domain.versions import Version
from app.errors import NotFound, ValidationError
from app.paths import resource
from app.store.db import Store

GENESIS_DEVICE = "genesis"
GENESIS_TIME = "2025-07-01T00:00:00+0700"


@dataclass(frozen=True)
class Item:
    code: str
    category: str
    name_vi: str
    name_en: str
    unit_vi: str
    unit_en: str
    measure: str = "count"  # count | mass | length
    retired: bool = False

    def name(self, lang: str) -> str:
        return self.name_vi if lang == "vi" else self.name_en

    def unit(self, lang: str) -> str:
        return self.unit_vi if lang == "vi" else self.unit_en

    @property
    def whole_numbers(self) -> bool:
        return self.measure == "count"


@lru_cache(maxsize=1)
def shipped() -> dict:
    with open(resource("catalogue", "items.json"), encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def shipped_items() -> dict[str, Item]:
    """The shipped catalogue's items by code (for display where no store is at hand)."""
    fields = Item.__dataclass_fields__
    return {i["code"]: Item(**{k: v for k, v in i.items() if k in fields}) for i in shipped()["items"]}


def categories() -> list[dict]:
    return shipped()["categories"]


def category_name(code: str, lang: str) -> str:
    for c in categories():
        if c["code"] == code:
            return c["name_vi"] if lang == "vi" else c["name_en"]
    return code


def genesis_versions() -> list[Version]:
    """The shipped catalogue as versions every installation writes identically."""
    out = []
    for n, item in enumerate(shipped()["items"], start=1):
        out.append(
            Version(
                vid=f"{GENESIS_DEVICE}:{n}",
                doc_id=item_doc_id(item["code"]),
                doc_type="catalogue_item",
                parents=(),
                lamport=0,
                device_id=GENESIS_DEVICE,
                seq=n,
                author="",
                claimed_at=GENESIS_TIME,
                deleted=False,
                data=dict(item),
            ).sealed()
        )
    return out


def items(store: Store, include_retired: bool = True) -> list[Item]:
    sql = "SELECT code, category, name_vi, name_en, unit_vi, unit_en, measure, retired FROM catalogue_items"
    if not include_retired:
        sql += " WHERE retired = 0"
    return [Item(*row[:7], retired=bool(row[7])) for row in store.conn.execute(sql + " ORDER BY rowid")]


def get_item(store: Store, code: str) -> Item:
    row = store.conn.execute(
        "SELECT code, category, name_vi, name_en, unit_vi, unit_en, measure, retired FROM catalogue_items WHERE code = ?",
        (code,),
    ).fetchone()
    if row is None:
        close = _close_codes(store, code)
        if close:
            raise NotFound("unknown_item_close", code=code, close="”, “".join(close))
        raise NotFound("unknown_item", code=code)
    return Item(*row[:7], retired=bool(row[7]))


def _close_codes(store: Store, code: str, n: int = 3) -> list[str]:
    """Codes an officer may have meant: "grenade" for ordnance.grenade (the last part typed alone), or a typo."""
    codes = [c for (c,) in store.conn.execute("SELECT code FROM catalogue_items WHERE retired = 0 ORDER BY rowid")]
    typed = code.strip().casefold()
    if not typed:
        return []
    by_part = [c for c in codes if typed in c.casefold().split(".")]
    return by_part[:n] or difflib.get_close_matches(typed, codes, n=n, cutoff=0.85)  # a letter or two off, not another item


def usable_item(store: Store, code: str, unit_given: str | None = None) -> Item:
    """The item for a new receipt line: it must exist, not be retired, and be counted in `unit_given`."""
    item = get_item(store, code)
    if item.retired:
        raise ValidationError("retired_item", code=code)
    if unit_given and unit_given.strip() not in (item.unit_vi, item.unit_en):
        raise ValidationError("wrong_unit_of_count", item=item.name_vi, expected=item.unit_vi, given=unit_given)
    return item
