"""The sentences a review conference reads out, built from totals.

"185 khẩu súng các loại, 306 công cụ hỗ trợ, 2.028 vũ khí thô sơ, 124 viên đạn,
6 quả lựu đạn, 1.821 quả pháo và 8,1 kg pháo" (domain.md). Each phrase sums only
items of one unit; a phrase whose items disagree on the unit is a programming
error and raises, so a catalogue change cannot silently add khẩu to chiếc.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.formatting import Number, format_number, format_percent, join_list, to_decimal
from app.i18n import ngettext
from app.reports.reference import Catalogue, shipped_catalogue


@dataclass(frozen=True)
class Phrase:
    items: tuple[str, ...]
    vi: str  # "{n} khẩu súng các loại"
    en: str  # "{n} guns of all kinds"
    en_one: str = ""  # "{n} gun": the English form for exactly one, when it differs


# The order of the example sentence first, then the rest of the catalogue.
PHRASES: tuple[Phrase, ...] = (
    Phrase(("gun.military", "gun.hunting", "gun.air", "gun.homemade"), "{n} khẩu súng các loại", "{n} guns of all kinds", "{n} gun"),
    Phrase(("gun.parts",), "{n} linh kiện súng", "{n} gun parts", "{n} gun part"),
    Phrase(("support_tool",), "{n} công cụ hỗ trợ", "{n} support tools", "{n} support tool"),
    Phrase(("weapon.primitive",), "{n} vũ khí thô sơ", "{n} primitive weapons", "{n} primitive weapon"),
    Phrase(("ammo.rounds",), "{n} viên đạn", "{n} rounds of ammunition", "{n} round of ammunition"),
    Phrase(("ammo.magazine",), "{n} hộp tiếp đạn", "{n} magazines", "{n} magazine"),
    Phrase(("ordnance.grenade",), "{n} quả lựu đạn", "{n} grenades", "{n} grenade"),
    Phrase(("ordnance.other",), "{n} quả bom, mìn, đạn pháo", "{n} bombs, mines and shells", "{n} bomb, mine or shell"),
    Phrase(("explosive.kg",), "{n} kg thuốc nổ", "{n} kg of explosives"),
    Phrase(("explosive.detonator",), "{n} kíp nổ", "{n} detonators", "{n} detonator"),
    Phrase(("explosive.fuse_m",), "{n} m dây nổ, dây cháy chậm", "{n} m of detonating cord and fuse"),
    Phrase(("firecracker.pcs",), "{n} quả pháo", "{n} firecrackers", "{n} firecracker"),
    Phrase(("firecracker.kg",), "{n} kg pháo", "{n} kg of firecrackers"),
    Phrase(("firework_powder.kg",), "{n} kg thuốc pháo", "{n} kg of firework powder"),
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
            raise ValueError(f"Phrase {ph.vi!r} would add different units: {sorted(units)}.")
        n = sum((to_decimal(totals.get(c, 0)) for c in ph.items), Decimal(0))
        if n:
            parts.append(ngettext(ph.vi, ph.vi, n, lang) if lang == "vi" else ngettext(ph.en_one or ph.en, ph.en, n, lang))
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
    if lang == "vi":
        return f"{pct} {c.kind_vi} có ít nhất một mô hình ({c.with_model}/{c.total})"
    return f"{pct} of {c.kind_en} have at least one model ({c.with_model}/{c.total})"  # a share: always plural


def crime_sentence(values: Mapping[str, Number], lang: str = "vi") -> str:
    """"đã điều tra làm rõ 2.859/3.338 vụ (đạt 86%), bắt giữ 2.569 đối tượng; ..." from indicator totals."""
    g = lambda code: to_decimal(values.get(code, 0))  # noqa: E731
    f = lambda v: format_number(v, lang)  # noqa: E731
    occurred, cleared = g("crime.cases_occurred"), g("crime.cases_cleared")
    arrested = "crime.suspects_arrested" in values  # not entered: not claimed to be 0
    parts = []
    if lang == "vi":
        parts.append(f"xảy ra {f(occurred)} vụ phạm tội, đã điều tra làm rõ {f(cleared)}/{f(occurred)} vụ "
                     f"(đạt {format_percent(cleared, occurred, lang)})"
                     + (f", bắt giữ {f(g('crime.suspects_arrested'))} đối tượng" if arrested else ""))
        for code, name in (("gambling", "đánh bạc"), ("drugs", "ma túy"), ("economic", "tham nhũng, kinh tế, buôn lậu")):
            if g(f"{code}.cases") or g(f"{code}.suspects"):
                parts.append(f"{name} {f(g(code + '.cases'))} vụ, {f(g(code + '.suspects'))} đối tượng")
        return parts[0] + ("; trong đó " + "; ".join(parts[1:]) if len(parts) > 1 else "")
    parts.append(ngettext("{n} criminal case occurred", "{n} criminal cases occurred", occurred, lang)
                 + f", {f(cleared)} of {f(occurred)} cleared ({format_percent(cleared, occurred, lang)})"
                 + (", " + ngettext("{n} suspect arrested", "{n} suspects arrested", g("crime.suspects_arrested"),
                                    lang) if arrested else ""))
    for code, name in (("gambling", "gambling"), ("drugs", "drugs"), ("economic", "corruption, economic, smuggling")):
        if g(f"{code}.cases") or g(f"{code}.suspects"):
            parts.append(f"{name} " + ngettext("{n} case", "{n} cases", g(code + ".cases"), lang) + ", "
                         + ngettext("{n} suspect", "{n} suspects", g(code + ".suspects"), lang))
    return parts[0] + ("; including " + "; ".join(parts[1:]) if len(parts) > 1 else "")


