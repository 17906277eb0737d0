"""The sentences a review conference reads out, built from totals.

"185 khẩu súng các loại, 306 công cụ hỗ trợ, 2.028 vũ khí thô sơ, 124 viên đạn,
6 quả lựu đạn, 1.821 quả pháo và 8,1 kg pháo" (domain.md). Each phrase sums only
items of one unit; a phrase whose items disagree on the unit is a programming
error and raises, so a catalogue change cannot silently add khẩu to chiếc.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from app.formatting import Number, format_number, format_percent, join_list, to_decimal
from app.reports.reference import Catalogue, shipped_catalogue
from app.reports.wording import say, say_n


@dataclass(frozen=True)
class Phrase:
    """Items counted in one phrase of the sentence; its words are the plural entry ``key`` of the catalogue
    (context "item_phrase"): "{n} khẩu súng các loại" / "{n} gun", "{n} guns of all kinds"."""

    items: tuple[str, ...]
    key: str

    def text(self, n: Number, lang: str) -> str:
        return say_n(self.key, n, lang, context=ITEM_PHRASE)


ITEM_PHRASE = "item_phrase"
# The order of the example sentence first, then the rest of the catalogue.
PHRASES: tuple[Phrase, ...] = (
    Phrase(("gun.military", "gun.hunting", "gun.air", "gun.homemade"), "guns"),
    Phrase(("gun.parts",), "gun.parts"),
    Phrase(("support_tool",), "support_tool"),
    Phrase(("weapon.primitive",), "weapon.primitive"),
    Phrase(("ammo.rounds",), "ammo.rounds"),
    Phrase(("ammo.magazine",), "ammo.magazine"),
    Phrase(("ordnance.grenade",), "ordnance.grenade"),
    Phrase(("ordnance.other",), "ordnance.other"),
    Phrase(("explosive.kg",), "explosive.kg"),
    Phrase(("explosive.detonator",), "explosive.detonator"),
    Phrase(("explosive.fuse_m",), "explosive.fuse_m"),
    Phrase(("firecracker.pcs",), "firecracker.pcs"),
    Phrase(("firecracker.kg",), "firecracker.kg"),
    Phrase(("firework_powder.kg",), "firework_powder.kg"),
)


def items_statement(totals: Mapping[str, Number], lang: str = "vi",
                    catalogue: Catalogue | None = None) -> str:
    """The one-line list of what was received, from totals per item code; zero phrases are left out.

    Items the phrase list does not know (a catalogue that grew) are named from
    the catalogue with their own unit, so nothing received goes unmentioned.
    """
    cat = catalogue or shipped_catalogue()
    parts: list[str] = []
    known: set[str] = set()
    for ph in PHRASES:
        known.update(ph.items)
        units = {cat.items[c].unit_vi for c in ph.items if c in cat.items}
        if len(units) > 1:
            raise ValueError(f"Phrase {ph.key!r} would add different units: {sorted(units)}.")
        n = sum((to_decimal(totals.get(c, 0)) for c in ph.items), Decimal(0))
        if n:
            parts.append(ph.text(n, lang))
    for code, value in totals.items():
        if code in known or not to_decimal(value):
            continue
        it = cat.item(code)
        parts.append(f"{format_number(value, lang)} {it.unit(lang)} {it.name(lang)}")
    return join_list(parts, lang)


@dataclass(frozen=True)
class Coverage:
    """How many units of one kind (e.g. "xã") have at least one active model."""

    kind_vi: str  # "xã", "phường", "đồn biên phòng"
    kind_en: str  # "communes"
    with_model: int
    total: int


def coverage_sentence(c: Coverage, lang: str = "vi") -> str:
    """"100% xã có ít nhất một mô hình (12/12)"."""
    pct = format_percent(c.with_model, c.total, lang)
    # a share: always plural in English
    return say("coverage", lang, pct=pct, kind=c.kind_vi if lang == "vi" else c.kind_en, with_model=c.with_model,
               total=c.total)


def crime_sentence(values: Mapping[str, Number], lang: str = "vi") -> str:
    """"đã điều tra làm rõ 2.859/3.338 vụ (đạt 86%), bắt giữ 2.569 đối tượng; ..." from indicator totals."""
    g = lambda code: to_decimal(values.get(code, 0))  # noqa: E731
    f = lambda v: format_number(v, lang)  # noqa: E731
    occurred, cleared = g("crime.cases_occurred"), g("crime.cases_cleared")
    arrested = "crime.suspects_arrested" in values  # not entered: not claimed to be 0
    parts = [say_n("crime_occurred_cleared", occurred, lang, cleared=f(cleared),
                   pct=format_percent(cleared, occurred, lang),
                   arrested=say_n("crime_arrested", g("crime.suspects_arrested"), lang) if arrested else "")]
    for code in ("gambling", "drugs", "economic"):
        if g(f"{code}.cases") or g(f"{code}.suspects"):
            parts.append(say("crime_group_cases_suspects", lang, name=say(f"crime_group_{code}", lang),
                             cases=say_n("n_cases", g(code + ".cases"), lang),
                             suspects=say_n("n_suspects", g(code + ".suspects"), lang)))
    return parts[0] + (say("including_rest", lang, rest="; ".join(parts[1:])) if len(parts) > 1 else "")


