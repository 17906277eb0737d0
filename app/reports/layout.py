"""The one page layout of every printed document: the Vietnamese administrative form.

Decree 30/2020/NĐ-CP, Appendix I (domain.md "The printed form"): A4 portrait,
margins 20 mm top and bottom, 30 mm left, 15 mm right; a serif metric twin of
Times New Roman at 13 pt; the two-column header (issuing body and number on the
left, the national motto on the right, each with its short rule), the italic
place and date, the centred title and subject, the body, then "Nơi nhận:" at
the foot left and the signature block right; page numbers from page 2, top
centre. Wide tables go to appendices that may be landscape.

Builders in this package hand :func:`build_document` a :class:`DocumentHeader`,
their body flowables and the foot; nothing else in the app draws a page.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.i18n import lookup
from app.formatting import axis_step, format_date, format_number, nfc, place_date_line
from app.reports.long_table import KeptLinesParagraph, LongRows
from app.reports.fonts import SERIF, SERIF_BOLD, SERIF_BOLD_ITALIC, SERIF_ITALIC, register_fonts
from app.reports.tables import Column, ReportTable

PAGE = A4
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
# Landscape appendices: the binding edge is the top one, so it keeps the wide margin.
LS_MARGIN_TOP = 25 * mm
LS_MARGIN_BOTTOM = 15 * mm
LS_MARGIN_LEFT = 20 * mm
LS_MARGIN_RIGHT = 15 * mm

BODY_SIZE = 13
TABLE_SIZE = 11
TEXT_WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT
LANDSCAPE_TEXT_WIDTH = PAGE[1] - LS_MARGIN_LEFT - LS_MARGIN_RIGHT

_LEFT_COL = 70 * mm  # issuing body; the national motto (12 pt bold, 88 mm) takes the rest
CELL_PAD = 3  # points of padding on each side of a table cell
CELL_TOP, CELL_BOTTOM = 2, 3  # points of padding above and below a cell's text
WHOLE_MIN_SIZE = 8.5  # the smallest type a wide (landscape) table takes to keep its names whole before they wrap

# The form's own frame (motto, "Số", "Nơi nhận:", "Phụ lục", "Bảng", the appendix's "attached to" line): the message
# catalogue, context "form_frame".
FRAME = ("motto", "slogan", "number", "recipients", "appendix", "table", "attached")


def frame_words(lang: str) -> dict[str, str]:
    return {key: lookup(key, "vi" if lang == "vi" else "en", "form_frame") for key in FRAME}


def tr(lang: str, vi: str, en: str) -> str:
    """Vietnamese first, English second: the one switch every builder uses."""
    return vi if lang == "vi" else en


def text(value: Any) -> str:
    """User text made safe for a Paragraph: composed (NFC) and with ``& < >`` escaped."""
    return escape(nfc(str(value)))


# ---------------------------------------------------------------- data


@dataclass(frozen=True)
class Signature:
    """One signature block: ``capacity`` (e.g. "KT. TRƯỞNG CÔNG AN XÃ"), ``title``, space, ``name``.

    ``note`` is the small italic line under the title on forms that others
    sign too ("(Ký, ghi rõ họ tên)").
    """

    title: str
    name: str = ""
    capacity: str = ""
    note: str = ""


@dataclass(frozen=True)
class DocumentHeader:
    parent_body: str  # "CÔNG AN TỈNH LẠNG SƠN" (capitals are applied here)
    unit_name: str  # "CÔNG AN XÃ ĐỒNG ĐĂNG"
    number: str  # "12/BC-CAX"; "/BC-CAX" leaves the blank the clerk fills in
    title: str  # "BÁO CÁO"
    subject: str = ""  # "Kết quả công tác tháng 01 năm 2026"
    place: str = ""
    date: dt.date | None = None  # None: the date line keeps blanks to fill by hand
    show_place_date: bool = True
    lang: str = "vi"
    doc_kind: str = ""  # how appendices name the document: "Báo cáo"
    issuer_name: str = ""  # the unit as written in running text: "Công an xã Đồng Đăng"
    period_line: str = ""  # under the subject: "(Từ ngày 15/11/2026 đến ngày 14/12/2026)"

    @property
    def labels(self) -> dict[str, str]:
        return frame_words(self.lang)


@dataclass(frozen=True)
class Issuer:
    """Who issues a report: what every builder needs for the header and the foot."""

    parent_body: str  # "Công an tỉnh Lạng Sơn"
    unit_name: str  # "Công an xã Đồng Đăng"
    locality: str  # the place name of the date line: "Lạng Sơn"
    signature: Signature
    recipients: tuple[str, ...] = ()

    def header(self, number: str, date: dt.date | None, title: str, subject: str, lang: str = "vi",
               doc_kind: str = "", period_line: str = "") -> DocumentHeader:
        return DocumentHeader(parent_body=self.parent_body, unit_name=self.unit_name, number=number,
                              title=title, subject=subject, place=self.locality, date=date, lang=lang,
                              doc_kind=doc_kind, issuer_name=self.unit_name, period_line=period_line)


@dataclass(frozen=True)
class Appendix:
    """Pages after the signature: a title, the "attached to" line, flowables; landscape for wide tables."""

    title: str
    flowables: Sequence[Flowable]
    landscape: bool = True


# ---------------------------------------------------------------- styles


def _style(name: str, font: str = SERIF, size: float = BODY_SIZE, **kw: Any) -> ParagraphStyle:
    kw.setdefault("leading", size * 1.25)
    return ParagraphStyle(name, fontName=font, fontSize=size, **kw)


class Styles:
    """The paragraph styles of the form; sizes from Decree 30 (12–14 pt)."""

    def __init__(self) -> None:
        register_fonts()
        self.parent = _style("parent", size=12, alignment=TA_CENTER, leading=14)
        self.unit = _style("unit", SERIF_BOLD, 12, alignment=TA_CENTER, leading=14)
        self.number = _style("number", size=13, alignment=TA_CENTER)
        self.motto = _style("motto", SERIF_BOLD, 12, alignment=TA_CENTER, leading=14)
        self.slogan = _style("slogan", SERIF_BOLD, 13, alignment=TA_CENTER, leading=15)
        self.place_date = _style("place_date", SERIF_ITALIC, 13, alignment=TA_CENTER)
        self.title = _style("title", SERIF_BOLD, 14, alignment=TA_CENTER, leading=17)
        self.subject = _style("subject", SERIF_BOLD, 14, alignment=TA_CENTER, leading=17)
        self.body = _style("body", alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=6, leading=17)
        self.body_plain = _style("body_plain", alignment=TA_JUSTIFY, spaceAfter=4, leading=17)
        self.heading = _style("heading", SERIF_BOLD, alignment=TA_JUSTIFY, spaceBefore=6, spaceAfter=4,
                              firstLineIndent=10 * mm, keepWithNext=1)
        self.subheading = _style("subheading", SERIF_BOLD_ITALIC, alignment=TA_JUSTIFY, spaceBefore=4,
                                 spaceAfter=3, firstLineIndent=10 * mm, keepWithNext=1)
        self.caption = _style("caption", SERIF_BOLD, 12, alignment=TA_CENTER, spaceBefore=6, spaceAfter=4)
        self.recipients_head = _style("recipients_head", SERIF_BOLD_ITALIC, 12, leading=14)
        self.recipient = _style("recipient", size=11, leading=13)
        self.sign_caps = _style("sign_caps", SERIF_BOLD, 13, alignment=TA_CENTER, leading=16)
        self.sign_note = _style("sign_note", SERIF_ITALIC, 12, alignment=TA_CENTER, leading=14)
        self.sign_name = _style("sign_name", SERIF_BOLD, 13, alignment=TA_CENTER, leading=16)
        self.page_number = _style("page_number", size=13, alignment=TA_CENTER)

    def cell(self, size: float, bold: bool = False, align: int = TA_LEFT) -> ParagraphStyle:
        return _style(f"cell{size}{bold}{align}", SERIF_BOLD if bold else SERIF, size,
                      alignment=align, leading=size * 1.2)


_STYLES: Styles | None = None


def styles() -> Styles:
    global _STYLES
    if _STYLES is None:
        _STYLES = Styles()
    return _STYLES


def para(value: Any, style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph of user text (escaped, NFC); ``style`` defaults to the body style."""
    return KeptLinesParagraph(text(value), style or styles().body)


def markup(value: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph of trusted markup (``<b>``, ``<i>``) written by a builder, still NFC-normalised."""
    return KeptLinesParagraph(nfc(value), style or styles().body)


# ---------------------------------------------------------------- flowables


class Rule(Flowable):
    """A short horizontal line centred in ``width``: the rules under the unit name and the motto."""

    def __init__(self, width: float, length: float, thickness: float = 0.6, above: float = 4,
                 below: float = 2) -> None:
        super().__init__()
        self.width, self.length, self.thickness, self.below = width, length, thickness, below
        self.height = above + below

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        x0 = (self.width - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, self.below, x0 + self.length, self.below)


# Words after which a place name follows ("TỈNH LẠNG SƠN", "XÃ ĐỒNG ĐĂNG"): a line may break before them,
# never inside the name they introduce.
_PLACE_WORDS = ("THÀNH PHỐ", "TỈNH", "THỊ XÃ", "HUYỆN", "QUẬN", "ĐẶC KHU", "PHƯỜNG", "XÃ", "CỬA KHẨU", "BẢN", "THÔN")


def keep_names_whole(value: str) -> str:
    """The name of a unit with its place name bound by no-break spaces: "BỘ CHỈ HUY BĐBP TỈNH LẠNG SƠN" breaks
    before "TỈNH" if it must, never between "LẠNG" and "SƠN". Without a place word, the last two words
    (most Vietnamese names have two syllables) stay together."""
    words = nfc(value).split()
    if len(words) < 3:
        return " ".join(words)
    upper = [w.upper() for w in words]
    start = None
    for i in range(len(words) - 1, 0, -1):
        one, two = upper[i], " ".join(upper[i - 1:i + 1])
        if two in _PLACE_WORDS and len(words) - i <= 4:
            start = i - 1
            break
        if one in _PLACE_WORDS and len(words) - i <= 4:
            start = i
            break
    if start is None:
        start = len(words) - 2
    return " ".join(words[:start] + ["\xa0".join(words[start:])])


def _header_block(h: DocumentHeader) -> list[Flowable]:
    st = styles()
    lab = h.labels
    right_w = TEXT_WIDTH - _LEFT_COL
    unit_text = nfc(h.unit_name).upper()
    unit_len = min(stringWidth(unit_text, SERIF_BOLD, 12), _LEFT_COL - 8) / 2.5
    left = [
        para(keep_names_whole(nfc(h.parent_body).upper()), st.parent),
        para(keep_names_whole(unit_text), st.unit),
        Rule(_LEFT_COL - 2 * CELL_PAD, max(unit_len, 18 * mm)),
        Spacer(1, 3),
        para(f"{lab['number']}: {h.number}", st.number),
    ]
    slogan_len = stringWidth(lab["slogan"], SERIF_BOLD, 13)
    right: list[Flowable] = [
        para(lab["motto"], st.motto),
        para(lab["slogan"], st.slogan),
        Rule(right_w - 2 * CELL_PAD, slogan_len, above=3.5),
    ]
    if h.show_place_date:
        right += [Spacer(1, 6), para(_place_date_text(h), st.place_date)]
    t = Table([[left, right]], colWidths=[_LEFT_COL, right_w])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    t.hAlign = "LEFT"
    out: list[Flowable] = [t, Spacer(1, 14), para(nfc(h.title).upper(), st.title)]
    if h.subject:
        out.append(para(h.subject, st.subject))
        subject_len = min(stringWidth(nfc(h.subject), SERIF_BOLD, 14), TEXT_WIDTH) / 3
        if h.period_line:  # the period the form covers, in italics between the subject and its rule
            out.append(para(f"({h.period_line[:1].upper()}{h.period_line[1:]})", st.place_date))
        out.append(Rule(TEXT_WIDTH, max(subject_len, 25 * mm), above=8 if h.period_line else 4))
    out.append(Spacer(1, 10))
    return out


def _place_date_text(h: DocumentHeader) -> str:
    if h.date is not None:
        return place_date_line(h.place, h.date, h.lang)
    return lookup("blank_date", "vi" if h.lang == "vi" else "en", "form_frame").format(place=nfc(h.place),
                                                                                      blank=".....")


def _recipients_block(recipients: Sequence[str], lang: str) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [para(frame_words(lang)["recipients"], st.recipients_head)]
    for i, r in enumerate(recipients):
        end = "." if i == len(recipients) - 1 else ";"
        out.append(para(f"- {nfc(r).rstrip(';.')}{end}", st.recipient))
    return out


SIGNATURES_PER_ROW = 3


def signature_block(sig: Signature, sign_space: float = 24 * mm) -> list[Flowable]:
    """The flowables of one signature block (capacity, title, note, space to sign, name)."""
    st = styles()
    out: list[Flowable] = []
    if sig.capacity:
        out.append(para(nfc(sig.capacity).upper(), st.sign_caps))
    out.append(para(nfc(sig.title).upper(), st.sign_caps))
    if sig.note:
        out.append(para(sig.note, st.sign_note))
    out.append(Spacer(1, sign_space))
    if sig.name:
        out.append(para(sig.name, st.sign_name))
    return out


def _foot(recipients: Sequence[str], signatures: Sequence[Signature], lang: str) -> Flowable:
    """Recipients left and one signature right; or, with no recipients, the signatures side by side."""
    if len(signatures) <= 1:  # one signer stands at the right, with or without "Nơi nhận" at the left
        widths = [TEXT_WIDTH * 0.45, TEXT_WIDTH * 0.55]
        cells = [_recipients_block(recipients, lang) if recipients else [],
                 signature_block(signatures[0]) if signatures else []]
    else:  # side by side, at most SIGNATURES_PER_ROW a row (a receipt with three witnesses has five)
        n = min(max(len(signatures), 1), SIGNATURES_PER_ROW)
        widths = [TEXT_WIDTH / n] * n
        blocks = [signature_block(s) for s in signatures] or [[]]
        rows = [blocks[i:i + n] for i in range(0, len(blocks), n)]
        rows[-1] += [[]] * (n - len(rows[-1]))
        t = Table(rows, colWidths=widths)
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]))
        return t
    t = Table([cells], colWidths=widths)
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return t


# ---------------------------------------------------------------- tables


def _fit_font(columns: Sequence[Column], header: Sequence[str], cells: Sequence[Sequence[str]],
              width: float, size: float, minima_only: bool = False) -> tuple[float, list[float]]:
    """Font size and column widths that keep every cell inside its column.

    Each column has a minimum (its longest unbreakable word, header words
    included, or its widest figure) and a natural width (its longest line
    unwrapped). Widths go from the minima towards the naturals in proportion
    (the automatic layout of HTML tables); what is left after the naturals goes
    to the text columns by weight. When even the minima do not fit, the font
    shrinks (down to 6 pt); past that the table is refused rather than printed overflowing.
    """
    pad = 2 * CELL_PAD + 1
    # each column's distinct texts and words, measured once per size (a register repeats its units, kinds, dates)
    texts = [set(c) for c in zip(*cells)] if cells else [set() for _ in columns]
    words_of = [set(w for t in ts for w in t.split()) if col.is_text else set() for col, ts in zip(columns, texts)]
    while True:
        minima, naturals = [], []
        for i, col in enumerate(columns):
            head_lines = header[i].split("\n")
            words = max((stringWidth(w, SERIF_BOLD, size) for w in header[i].split()), default=0)
            head_nat = max(stringWidth(line, SERIF_BOLD, size) for line in head_lines)
            if col.is_text:
                longest = max((stringWidth(w, SERIF_BOLD, size) for w in words_of[i]), default=0)
                natural = max((stringWidth(t, SERIF, size) for t in texts[i]), default=0)

            else:
                longest = natural = max((stringWidth(t, SERIF_BOLD, size) for t in texts[i]), default=0)
            lo = max(words, longest, col.min_width) + pad
            minima.append(lo)
            naturals.append(max(lo, natural + pad, head_nat + pad if not col.is_text else lo))
        if minima_only:  # each column's least width at this size (its longest word or figure)
            return size, minima
        spare = width - sum(minima)
        # Names kept whole (units in a list) come first with what is spare, at a type down to 8,5 pt; past that they wrap.
        need = {i: max((stringWidth(t, SERIF_BOLD, size) for t in texts[i]), default=0) + pad - minima[i]
                for i, col in enumerate(columns) if col.whole and col.is_text}
        need = {i: n for i, n in need.items() if n > 0}
        floor = WHOLE_MIN_SIZE if width > TEXT_WIDTH + 1 else TABLE_SIZE - 1  # a portrait form keeps its type
        if need and spare < sum(need.values()) and size > floor:
            size -= 0.5  # a smaller type first (down to 8,5 pt): a list of units read line by line
            continue
        if spare > 0 and need:
            share = min(1.0, spare / sum(need.values()))
            for i, n in need.items():
                minima[i] += n * share
                naturals[i] = max(naturals[i], minima[i])
            spare = width - sum(minima)
        if spare < 0 and size <= 6:
            raise ValueError("Bảng quá rộng để in trên khổ giấy này; hãy xuất ra .xlsx.")
        if spare >= 0:
            grow = sum(naturals) - sum(minima)
            if spare <= grow:
                f = spare / grow if grow else 0
                return size, [lo + (nat - lo) * f for lo, nat in zip(minima, naturals)]
            weights = [c.weight if c.is_text else 0.0 for c in columns]
            if sum(weights) == 0:
                weights = [1.0] * len(columns)
            extra = spare - grow
            return size, [nat + extra * w / sum(weights) for nat, w in zip(naturals, weights)]
        size -= 0.5


BALANCE_ROWS = 150  # rows a balanced table measures to share its width (the first ones: a register's sample)
BALANCE_STEPS = 80  # the spare width is handed out in this many slices
BALANCE_ROUNDS = 12  # moves of slices between columns after that, at most


def _sample_rows(cells: Sequence[Sequence[str]], texts: Sequence[int]) -> list[int]:
    """The rows a balanced table measures: spread over the whole table (the first rows of a register are its
    first units, whose names and places may be shorter than the rest: "Công an xã 1" before "Công an xã
    1409") and, for each text column, the rows holding its longest values, so that no column is starved."""
    n = len(cells)
    if n <= BALANCE_ROWS:
        return list(range(n))
    longest = BALANCE_ROWS // 4 // max(1, len(texts))
    picked = set(range(0, n, -(-n // (BALANCE_ROWS - longest * len(texts)))))
    for i in texts:
        picked.update(sorted(range(n), key=lambda r: len(cells[r][i]), reverse=True)[:longest])
    return sorted(picked)


def _balanced_widths(columns: Sequence[Column], header: Sequence[str], cells: Sequence[Sequence[str]],
                     width: float, size: float, floor: Sequence[float],
                     start: Sequence[float] = ()) -> list[float]:
    """Column widths that make the table as short as it can be: from each column's minimum (``floor``), each
    slice of the spare width goes to the text column where it saves the most lines over the rows measured
    (a row is as tall as its tallest cell), then where it unwraps the most cells; a column is offered 1, 2, 4
    and 8 slices at once, so that a name needing a wider step to lose a line gets it. A register's long names
    and types get the width, a column of short figures keeps its own; what no column can use goes by weight."""
    regular, bold = _WordWidths(size, SERIF), _WordWidths(size, SERIF_BOLD)
    pad = 2 * CELL_PAD + 1
    texts = [i for i, c in enumerate(columns) if c.is_text]
    sample = [list(cells[r]) for r in _sample_rows(cells, texts)]

    def lines(face: _WordWidths, value: str, room: float) -> int:
        n, used = 1, 0.0
        for word in value.split():
            w = face(word)
            if used and used + face.space + w > room:
                n, used = n + 1, w
            else:
                used += (face.space if used else 0) + w
        return n

    known: dict[tuple[int, float], tuple[int, list[int]]] = {}

    def column(i: int, w: float) -> tuple[int, list[int]]:
        """(header lines, lines per sampled row) of column ``i`` at width ``w``; measured once."""
        key = (i, round(w, 2))
        if key not in known:
            head = sum(lines(bold, part, w - pad) for part in header[i].split("\n"))
            known[key] = head, [lines(regular, row[i], w - pad) if i in texts else 1 for row in sample]
        return known[key]

    def score(ws: list[float]) -> tuple[int, int]:
        """(lines down the table, lines in all its cells): shorter first, then less wrapped."""
        cols = [column(i, ws[i]) for i in range(len(ws))]
        down = max(c[0] for c in cols) + sum(max(c[1][r] for c in cols) for r in range(len(sample)))
        return down, sum(c[0] + sum(c[1]) for c in cols)

    widths = list(floor)
    spare = width - sum(widths)
    if spare <= 0 or not texts:
        return widths
    step = spare / BALANCE_STEPS
    steps_left = BALANCE_STEPS
    now = score(widths)
    while steps_left > 0:
        best, best_gain = None, 0.0
        for i in range(len(widths)):  # a column of figures may widen too, where its header then takes fewer lines
            for k in (1, 2, 4, 8):
                if k > steps_left:
                    break
                widths[i] += k * step
                down, every = score(widths)
                widths[i] -= k * step
                gain = ((now[0] - down) * 1000 + (now[1] - every)) / k
                if gain > best_gain:
                    best, best_gain = (i, k), gain
        if best is None:
            break
        widths[best[0]] += best[1] * step
        steps_left -= best[1]
        now = score(widths)
    left = width - sum(widths)
    weights = [columns[i].weight for i in texts]
    total = sum(weights) or len(texts)
    for i, w in zip(texts, weights):
        widths[i] += left * (w or (0 if sum(weights) else 1)) / total
    # The greedy path can miss a column that needs a wide step to lose a line; the shared rule's widths
    # (``start``) may be better: keep the better, then move slices between columns while that helps.
    if start and score(list(start)) < score(widths):
        widths = list(start)
    now = score(widths)
    for _ in range(BALANCE_ROUNDS):
        best, best_score = None, now
        for k in (2, 8):
            for i in range(len(widths)):
                if widths[i] - k * step < floor[i]:
                    continue
                for j in range(len(widths)):
                    if i == j:
                        continue
                    widths[i] -= k * step
                    widths[j] += k * step
                    got = score(widths)
                    widths[i] += k * step
                    widths[j] -= k * step
                    if got < best_score:
                        best, best_score = (i, j, k), got
        if best is None:
            break
        i, j, k = best
        widths[i] -= k * step
        widths[j] += k * step
        now = best_score
    return widths


def table_flowable(rt: ReportTable, width: float = TEXT_WIDTH, size: float = TABLE_SIZE,
                   lang: str = "vi", balanced: bool = False) -> Table:
    """A reportlab table of ``rt``: header row repeated on every page, text wrapped in its cell,
    figures right-aligned in the house format, the total row bold. Splits across pages.
    ``balanced``: the widths that make the table shortest (:func:`_balanced_widths`), for wide registers."""
    st = styles()
    header = [nfc(c.label) for c in rt.columns]
    body = _cell_texts(rt, lang)
    total = [_cell_text(v, c, lang) for v, c in zip(rt.total_row, rt.columns)] if rt.total_row else None
    size, widths = _fit_font(rt.columns, header, body + ([total] if total else []), width, size)
    if balanced:
        floor = _fit_font(rt.columns, header, body + ([total] if total else []), 0, size, minima_only=True)[1]
        widths = _balanced_widths(rt.columns, header, body, width, size, floor, widths)
    head_style = st.cell(size, bold=True, align=TA_CENTER)
    # A Paragraph ignores the cell's ALIGN: centred columns need a centred style.
    plain = {False: st.cell(size), True: st.cell(size, align=TA_CENTER)}
    bold = {False: st.cell(size, bold=True), True: st.cell(size, bold=True, align=TA_CENTER)}
    # a column given its natural width (text width + padding) must hold that text on one line: float sums differ
    room = [w - 2 * CELL_PAD - 1 + ROOM_SLACK for w in widths]

    measure = _WordWidths(size, SERIF_BOLD)
    regular = _WordWidths(size, SERIF)

    def cell(v: str, i: int, style: dict[bool, ParagraphStyle]) -> Any:
        # Every body cell is a plain string (the table draws it in the row's font and alignment), wrapped here
        # into lines: a Paragraph per cell is what made a register of thousands of rows slow (measured: its
        # wrap, redone at each page split, and its drawing were most of the 935-page register's 34 s).
        col = rt.columns[i]
        # Measured in bold (the wider face) so that the check holds for bold rows too.
        if not col.is_text or (len(v) * size * 0.3 < room[i] and measure(v) <= room[i]):
            return v
        return (measure if style is bold else regular).wrap(v, room[i])  # in the face the row is drawn in

    data: list[list[Any]] = [[Paragraph(escape(h).replace("\n", "<br/>"), head_style) for h in header]]
    # a register repeats its units, kinds and places' words: each text column's cell wrapped once per face
    wrapped: dict[tuple[str, int, bool], str] = {}
    texts = [j for j, c in enumerate(rt.columns) if c.is_text]
    for i, row in enumerate(body):
        is_bold = i in rt.bold_rows
        style_i = bold if is_bold else plain
        out = list(row)
        for j in texts:
            v = row[j]
            got = wrapped.get((v, j, is_bold))
            if got is None:
                got = wrapped[v, j, is_bold] = cell(v, j, style_i)
            out[j] = got
        data.append(out)
    if total:
        data.append([cell(v, j, bold) for j, v in enumerate(total)])
    if len(body) + (1 if total else 0) > LONG_ROWS:
        # Thousands of rows: reportlab's Table re-measured and copied the rows left at every page split and drew
        # each cell line through a text object of its own (most of the 936-page register's time); LongRows
        # draws the same text at the same places from rows measured once (app/reports/long_table.py).
        header_table = _styled_table(data[:1], widths, size, rt, False, frozenset())
        rows = data[1:]
        bold_flags = [i in rt.bold_rows for i in range(len(body))] + ([True] if total else [])
        aligns = ["RIGHT" if not c.is_text else "CENTER" if c.center else "LEFT" for c in rt.columns]
        return LongRows.of(header_table, rows, bold_flags, widths, aligns, font=SERIF, bold_font=SERIF_BOLD,
                           size=size, leading=size * 1.2, pad=CELL_PAD, top=CELL_TOP, bottom=CELL_BOTTOM)
    return _styled_table(data, widths, size, rt, bool(total), rt.bold_rows)


LONG_ROWS = 100  # a table of more rows is drawn by LongRows
ROOM_SLACK = 0.01  # pt: rounding, not room (a hundredth of a point is invisible)


def _styled_table(data: list[list[Any]], widths: list[float], size: float, rt: ReportTable, total: bool,
                  bold_rows) -> Table:
    """One reportlab table of header + rows with the house style (one TableStyle for the whole table)."""
    cls = LongTable if len(data) > 100 else Table
    t = cls(data, colWidths=widths, repeatRows=1)
    style = [
        ("FONTNAME", (0, 1), (-1, -1), SERIF),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.2),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_BOTTOM),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
    ]
    for i, c in enumerate(rt.columns):
        if not c.is_text:
            style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
        elif c.center:
            style.append(("ALIGN", (i, 1), (i, -1), "CENTER"))
    if total:
        style.append(("FONTNAME", (0, -1), (-1, -1), SERIF_BOLD))
    for i in bold_rows:
        style.append(("FONTNAME", (0, i + 1), (-1, i + 1), SERIF_BOLD))
    t.setStyle(TableStyle(style))
    t.hAlign = "CENTER"
    return t


class _WordWidths:
    """Widths of words in one face at one size, each measured once, and a greedy word wrap over them
    (what a Paragraph would do for a cell without markup, at a fraction of the cost). Whitespace, newlines
    included, separates words as in a Paragraph; a word wider than the cell is cut between characters."""

    def __init__(self, size: float, font: str) -> None:
        self.size, self.font = size, font
        self.known: dict[str, float] = {}
        self.space = stringWidth(" ", font, size)

    def __call__(self, word: str) -> float:
        width = self.known.get(word)
        if width is None:
            width = self.known[word] = stringWidth(word, self.font, self.size)
        return width

    def wrap(self, text: str, room: float) -> str:
        lines: list[str] = []
        line, used = "", 0.0
        for word in text.split():
            w = self(word)
            if w > room:  # cut a word that cannot fit on a line of its own, on lines of its own
                if line:
                    lines.append(line)
                    line, used = "", 0.0
                for ch in word:
                    cw = self(ch)
                    if line and used + cw > room:
                        lines.append(line)
                        line, used = "", 0.0
                    line, used = line + ch, used + cw
                continue
            if not line:
                line, used = word, w
            elif used + self.space + w <= room:
                line, used = line + " " + word, used + self.space + w
            else:
                lines.append(line)
                line, used = word, w
        if line:
            lines.append(line)
        return "\n".join(lines)


def _cell_texts(rt: ReportTable, lang: str) -> list[list[str]]:
    """Every body cell as printed; a value repeated down a column (scores, kinds, dates) formatted once."""
    memo: dict[tuple, str] = {}
    # A Decimal shared down a column (a register's scores come from one memo) is looked up by identity first:
    # its digits (as_tuple) need not be taken again. Safe: every value stays alive in rt.rows while this runs.
    same: dict[tuple[int, int], str] = {}
    cols = rt.columns
    out = []
    for row in rt.rows:
        texts = []
        for j, v in enumerate(row):
            if v.__class__ is Decimal:
                text_ = same.get((j, id(v)))
                if text_ is None:
                    key = (j, Decimal, v, v.as_tuple())  # 1 and 1,0 are equal values printed differently
                    text_ = memo.get(key)
                    if text_ is None:
                        text_ = memo[key] = _cell_text(v, cols[j], lang)
                    same[j, id(v)] = text_
            else:
                key = (j, v.__class__, v, isinstance(v, Decimal) and v.as_tuple())
                text_ = memo.get(key)
                if text_ is None:
                    text_ = memo[key] = _cell_text(v, cols[j], lang)
            texts.append(text_)
        out.append(texts)
    return out


def _cell_text(value: Any, col: Column, lang: str) -> str:
    if value is None or value == "":
        return ""
    if col.kind == "percent":
        # decimals None: the digits the ratio was rounded to (0.857 -> 85,7%; 1 -> 100%).
        return format_number(Decimal(str(value)) * 100, lang, col.decimals) + "%"
    if col.kind == "change":
        return ("+" if value > 0 else "") + format_number(value, lang) if value else "0"
    if col.kind in ("int", "decimal"):
        if value == 0 and col.zero is not None:
            return col.zero
        return format_number(value, lang, col.decimals)
    if isinstance(value, dt.date):
        return format_date(value)
    return nfc(str(value))


class TableCaption(Paragraph):
    """A table's caption without its number: :func:`build_document` numbers the captions of a form's body from 1
    in the order they print ("Bảng 1. …"), so that every form numbers its own tables (issue 19 item 3)."""

    def __init__(self, title: str) -> None:
        self.title = title
        super().__init__(text(title), styles().caption)


def number_captions(body: Sequence[Flowable], lang: str) -> list[Flowable]:
    """``body`` with each :class:`TableCaption` replaced by its numbered caption, counted from 1."""
    out, n = [], 0
    for f in body:
        if isinstance(f, TableCaption):
            n += 1
            f = para(f"{frame_words(lang)['table']} {n}. {f.title}", styles().caption)
        out.append(f)
    return out


def table_with_caption(rt: ReportTable, width: float = TEXT_WIDTH, lang: str = "vi",
                       numbered: bool = True) -> list[Flowable]:
    """The caption and the table. ``numbered``: the form numbers the caption ("Bảng 2. …"); False for a title
    that already carries its number."""
    # keepWithNext would glue the whole table to its caption and push it to the next page;
    # asking only for room for the caption, the header and a few rows lets long tables split.
    out: list[Flowable] = [CondPageBreak(30 * mm)]
    if rt.title:
        out.append(TableCaption(rt.title) if numbered else para(rt.title, styles().caption))
    out.append(table_flowable(rt, width, lang=lang))
    out.append(Spacer(1, 6))
    return out


# ---------------------------------------------------------------- charts

PALETTE = [colors.HexColor(c) for c in (
    "#1f4e79", "#c0504d", "#9bbb59", "#f79646", "#8064a2", "#4bacc6", "#7f7f7f", "#d4a017")]


def _fmt(lang: str, decimals: int | None = None) -> Callable[[float], str]:
    def f(v: float) -> str:
        if decimals is None and float(v).is_integer():
            return format_number(int(v), lang)
        return format_number(round(v, 2 if decimals is None else decimals), lang)
    return f


def whole_ticks(axis: Any, peak: float, ticks: int = 5, whole: bool = True) -> None:
    """Ticks 1, 2 or 5 × 10ⁿ apart (app.formatting.axis_step): whole numbers on an axis of counts."""
    step, top = axis_step(peak, ticks, whole)
    axis.valueMin = 0
    axis.valueStep = step
    axis.valueMax = top


def _ticks_for(width: float, peak: float, lang: str) -> int:
    """How many ticks a value axis ``width`` points long holds without its labels running together."""
    label = stringWidth(format_number(round(peak), lang), SERIF, 9) + 14
    return max(2, min(6, int(width // label)))


def _chart_title(d: Drawing, title: str, width: float, height: float) -> None:
    d.add(String(width / 2, height - 14, nfc(title), fontName=SERIF_BOLD, fontSize=12, textAnchor="middle"))


def horizontal_bar_chart(labels: Sequence[str], values: Sequence[float], title: str,
                         width: float = TEXT_WIDTH, lang: str = "vi", whole: bool = False,
                         label_width: float | None = None, title_size: float = 12) -> Drawing:
    """One bar per label with its figure at the end, on one axis: the values must share one unit of count.
    ``whole``: the values are counts, the axis ticks whole numbers."""
    register_fonts()
    bar_h = 16
    label_w = label_width or max((stringWidth(nfc(l), SERIF, 10) for l in labels), default=40) + 8
    height = 30 + bar_h * max(len(labels), 1) + 24
    d = Drawing(width, height)
    d.add(String(width / 2, height - 14, nfc(title), fontName=SERIF_BOLD, fontSize=title_size, textAnchor="middle"))
    c = HorizontalBarChart()
    c.x, c.y = label_w, 18
    c.width, c.height = width - label_w - 50, bar_h * max(len(labels), 1)
    c.data = [list(reversed([float(v) for v in values]))] or [[0]]
    c.categoryAxis.categoryNames = list(reversed([nfc(l) for l in labels]))
    c.categoryAxis.labels.fontName = SERIF
    c.categoryAxis.labels.fontSize = 10
    c.categoryAxis.labels.boxAnchor = "e"
    c.valueAxis.valueMin = 0
    c.valueAxis.labels.fontName = SERIF
    c.valueAxis.labels.fontSize = 9
    c.valueAxis.labelTextFormat = _fmt(lang)
    peak = max((float(v) for v in values), default=0)
    whole_ticks(c.valueAxis, peak, _ticks_for(c.width, peak, lang), whole)
    c.bars[0].fillColor = PALETTE[0]
    c.barLabels.fontName = SERIF
    c.barLabels.fontSize = 9
    c.barLabels.boxAnchor = "w"
    c.barLabels.dx = 3
    c.barLabelFormat = _fmt(lang)
    d.add(c)
    return d


def grouped_bar_chart(categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], title: str,
                      width: float = TEXT_WIDTH, height: float = 190, lang: str = "vi",
                      stacked: bool = False, whole: bool = False, title_size: float = 12) -> Drawing:
    """Bars per category (e.g. per year), one colour per series, with a legend below. Every series shares
    one axis, so they must share one unit of count; ``whole``: counts, ticks at whole numbers."""
    register_fonts()
    d = Drawing(width, height)
    d.add(String(width / 2, height - 14, nfc(title), fontName=SERIF_BOLD, fontSize=title_size, textAnchor="middle"))
    legend_rows = (len(series) + 2) // 3 if len(series) > 1 else 0  # one series: its name is the title
    c = VerticalBarChart()
    c.x, c.y = 45, 22 + legend_rows * 14 + 6
    c.width, c.height = width - 60, height - c.y - 26
    c.data = [[float(v) for v in vals] for _, vals in series] or [[0]]
    c.categoryAxis.categoryNames = [nfc(x) for x in categories]
    c.categoryAxis.labels.fontName = SERIF
    c.categoryAxis.labels.fontSize = 10
    c.valueAxis.valueMin = 0
    c.valueAxis.labels.fontName = SERIF
    c.valueAxis.labels.fontSize = 9
    c.valueAxis.labelTextFormat = _fmt(lang)
    sums = [sum(float(vals[i]) for _, vals in series) for i in range(len(categories))] if stacked else \
        [float(v) for _, vals in series for v in vals]
    whole_ticks(c.valueAxis, max(sums, default=0), max(2, min(6, int(c.height // 22))), whole)
    if stacked:
        c.categoryAxis.style = "stacked"
    else:
        c.barLabels.fontName = SERIF
        c.barLabels.fontSize = 7
        c.barLabels.nudge = 6
        c.barLabelFormat = _fmt(lang)
    for i in range(len(series)):
        c.bars[i].fillColor = PALETTE[i % len(PALETTE)]
    d.add(c)
    lg = Legend()
    lg.fontName, lg.fontSize = SERIF, 10
    lg.alignment = "right"
    lg.columnMaximum = legend_rows
    lg.x, lg.y = 45, 8 + legend_rows * 14
    lg.dx = lg.dy = 8
    lg.deltax = (width - 60) / 3
    lg.colorNamePairs = [(PALETTE[i % len(PALETTE)], nfc(name)) for i, (name, _) in enumerate(series)]
    if legend_rows:
        d.add(lg)
    return d


def pie_chart(labels: Sequence[str], values: Sequence[float], title: str, width: float = TEXT_WIDTH,
              height: float = 170, lang: str = "vi") -> Drawing:
    """A pie with a legend that carries each slice's figure and share (e.g. communes with / without a model)."""
    register_fonts()
    d = Drawing(width, height)
    _chart_title(d, title, width, height)
    total = sum(float(v) for v in values)
    p = Pie()
    size = height - 40
    p.x, p.y, p.width, p.height = 30, 10, size, size
    p.data = [float(v) for v in values] if total else [1]
    p.labels = None
    p.slices.strokeColor = colors.white
    for i in range(len(p.data)):
        p.slices[i].fillColor = PALETTE[i % len(PALETTE)] if total else colors.lightgrey
    d.add(p)
    lg = Legend()
    lg.fontName, lg.fontSize = SERIF, 11
    lg.alignment = "right"
    lg.columnMaximum = max(len(values), 1)  # one column: a second one runs off the page
    lg.x, lg.y = 30 + size + 30, size - 10
    lg.dx = lg.dy = 10
    share = (lambda v: format_number(Decimal(str(v)) * 100 / Decimal(str(total)), lang, 0) + "%") if total \
        else (lambda v: "–")
    lg.colorNamePairs = [(PALETTE[i % len(PALETTE)], f"{nfc(l)}: {_fmt(lang)(float(v))} ({share(v)})")
                         for i, (l, v) in enumerate(zip(labels, values))]
    d.add(lg)
    return d


# ---------------------------------------------------------------- the document


_page_listener: ContextVar[Callable[[int], None] | None] = ContextVar("antt_page_listener", default=None)


@contextmanager
def on_each_page(callback: Callable[[int], None]) -> Iterator[None]:
    """Call ``callback(page_number)`` after each page of every document built in this thread (or context).

    The GUI shows progress with it, and stops a long build by raising from the callback: the exception
    leaves ``build_document`` and ``write_report`` removes its half-written file.
    """
    token = _page_listener.set(callback)
    try:
        yield
    finally:
        _page_listener.reset(token)


class _FormDoc(BaseDocTemplate):
    def __init__(self, out: Any, header: DocumentHeader, **kw: Any) -> None:
        super().__init__(out, pagesize=PAGE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
                         title=nfc(f"{header.title} {header.subject}".strip()),
                         author=nfc(header.unit_name), creator="ANTT Logbook", **kw)
        portrait = Frame(MARGIN_LEFT, MARGIN_BOTTOM, TEXT_WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM,
                         leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="portrait")
        ls = landscape(PAGE)
        wide = Frame(LS_MARGIN_LEFT, LS_MARGIN_BOTTOM, LANDSCAPE_TEXT_WIDTH,
                     ls[1] - LS_MARGIN_TOP - LS_MARGIN_BOTTOM,
                     leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="landscape")
        self.addPageTemplates([
            PageTemplate("portrait", [portrait], onPage=self._page_number, pagesize=PAGE),
            PageTemplate("landscape", [wide], onPage=self._page_number, pagesize=ls),
        ])

    def afterPage(self) -> None:
        listener = _page_listener.get()
        if listener is not None:
            listener(self.page)

    @staticmethod
    def _page_number(canv: Any, doc: Any) -> None:
        # Decree 30: pages are numbered from the second, in the top margin, centred.
        if doc.page < 2:
            return
        w, h = canv._pagesize
        top = LS_MARGIN_TOP if w > h else MARGIN_TOP
        left = LS_MARGIN_LEFT if w > h else MARGIN_LEFT
        right = LS_MARGIN_RIGHT if w > h else MARGIN_RIGHT
        canv.saveState()
        canv.setFont(SERIF, 13)
        canv.drawCentredString(left + (w - left - right) / 2, h - top / 2 - 4, str(doc.page))
        canv.restoreState()


def build_document(out: str | IO[bytes] | Any, header: DocumentHeader, body: Sequence[Flowable],
                   recipients: Sequence[str] = (), signatures: Sequence[Signature] = (),
                   appendices: Sequence[Appendix] = ()) -> None:
    """Write the whole form to ``out`` (a path or a binary file object).

    ``signatures``: one block beside "Nơi nhận"; several (a receipt) side by side across the foot.
    """
    register_fonts()
    if isinstance(out, os.PathLike):
        out = os.fspath(out)
    body = number_captions(body, header.lang)
    story: list[Flowable] = [*_header_block(header), *body[:-1]]
    foot = _foot(recipients, signatures, header.lang)
    # The signature never stands alone on a page: the last body paragraph goes with it.
    story.append(KeepTogether([*body[-1:], Spacer(1, 10), foot]))
    for i, app in enumerate(appendices):
        story.append(NextPageTemplate("landscape" if app.landscape else "portrait"))
        story.append(PageBreak())
        story.extend(_appendix_head(header, app, i, len(appendices)))
        story.extend(app.flowables)
    doc = _FormDoc(out, header)
    doc.build(story)


def _appendix_head(h: DocumentHeader, app: Appendix, index: int, count: int) -> list[Flowable]:
    st = styles()
    lab = h.labels
    roman = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
    name = lab["appendix"] + (f" {roman[index]}" if count > 1 else "")
    attached = lab["attached"].format(
        doc=h.doc_kind or nfc(h.title).capitalize(), number=h.number,
        date=format_date(h.date) if h.date else ".....", unit=nfc(h.issuer_name or h.unit_name))
    return [para(name.upper(), st.title), para(app.title, st.subject), para(attached, st.place_date),
            Spacer(1, 8)]
