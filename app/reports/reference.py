"""The item catalogue and the indicator list as reports need them (names, units, groups).

Read from the shipped JSON by default; the store's ``catalogue_items`` table
can feed :meth:`Catalogue.from_rows` once reports read the store, so names
sent down by the level above win over the shipped ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from app.domain.catalogue import Item


@dataclass(frozen=True)
class Category:
    code: str
    name_vi: str
    name_en: str

    def name(self, lang: str) -> str:
        return self.name_vi if lang == "vi" else self.name_en


@dataclass(frozen=True)
class SummaryColumn:
    """A column of the consolidated table: one category in one unit of count (never two units)."""

    category: str
    unit_vi: str
    unit_en: str
    items: tuple[str, ...]
    label_vi: str
    label_en: str

    def label(self, lang: str) -> str:
        return self.label_vi if lang == "vi" else self.label_en

    def unit(self, lang: str) -> str:
        return self.unit_vi if lang == "vi" else self.unit_en


class Catalogue:
    def __init__(self, categories: Iterable[Category], items: Iterable[Item]) -> None:
        self.categories = {c.code: c for c in categories}
        self.items = {i.code: i for i in items}

    @classmethod
    def from_rows(cls, categories: Iterable[Mapping[str, Any]], items: Iterable[Mapping[str, Any]]) -> "Catalogue":
        cat_fields = Category.__dataclass_fields__
        item_fields = Item.__dataclass_fields__
        return cls([Category(**{k: v for k, v in c.items() if k in cat_fields}) for c in categories],
                   [Item(**{k: v for k, v in i.items() if k in item_fields}) for i in items])

    def item(self, code: str) -> Item:
        try:
            return self.items[code]
        except KeyError:
            raise ValueError(f"Mã vật phẩm không có trong danh mục: {code}.") from None

    def summary_columns(self) -> list[SummaryColumn]:
        """Category × unit columns in catalogue order. A column holding one item is named after it
        ("Linh kiện súng"), one holding several after the category ("Súng")."""
        groups: dict[tuple[str, str], list[Item]] = {}
        for it in self.items.values():
            groups.setdefault((it.category, it.unit_vi), []).append(it)
        out = []
        for (cat, _unit), items in groups.items():
            c = self.categories.get(cat)
            if len(items) > 1 and c is not None:
                vi, en = c.name_vi, c.name_en
            else:
                vi, en = items[0].name_vi, items[0].name_en
            out.append(SummaryColumn(cat, items[0].unit_vi, items[0].unit_en, tuple(i.code for i in items),
                                     vi[:1].upper() + vi[1:], en[:1].upper() + en[1:]))
        return out


@dataclass(frozen=True)
class Indicator:
    code: str
    group: str
    name_vi: str
    name_en: str
    unit_vi: str
    unit_en: str
    kind: str = "int"

    def name(self, lang: str) -> str:
        return self.name_vi if lang == "vi" else self.name_en

    def unit(self, lang: str) -> str:
        return self.unit_vi if lang == "vi" else self.unit_en


@dataclass(frozen=True)
class IndicatorGroup:
    code: str
    name_vi: str
    name_en: str

    def name(self, lang: str) -> str:
        return self.name_vi if lang == "vi" else self.name_en


class Indicators:
    def __init__(self, groups: Iterable[IndicatorGroup], indicators: Iterable[Indicator]) -> None:
        self.groups = {g.code: g for g in groups}
        self.indicators = {i.code: i for i in indicators}

    def in_group(self, group: str) -> list[Indicator]:
        return [i for i in self.indicators.values() if i.group == group]


@cache
def shipped_catalogue() -> Catalogue:
    from app.domain import catalogue  # the one reader of the shipped file

    return Catalogue.from_rows(catalogue.categories(), catalogue.shipped()["items"])


@cache
def shipped_indicators() -> Indicators:
    from app.domain import figures  # the one reader of the shipped file

    fields = Indicator.__dataclass_fields__
    return Indicators([IndicatorGroup(g["code"], g["name_vi"], g["name_en"]) for g in figures.indicator_groups()],
                      [Indicator(**{k: v for k, v in i.items() if k in fields}) for i in figures.indicators()])
