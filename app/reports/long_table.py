"""A long table of plain, already wrapped cells, drawn as reportlab's Table draws it at a fraction of the cost.

Why not reportlab's Table for thousands of rows (issue 17 item 2, measured on the 936-page models register):
its page splits re-measure and copy the rows left, and it draws every line of every cell through its own
text object with a style lookup per cell (most of the 9.5 s). Here every row's height is known from its
line count before layout (lines x leading + padding, as the Table computes it for a string cell), a page split
is a bisection over the running heights and shares the rows (no copy), and a page's body is drawn as ONE
text object and one path of grid lines. The header is a one-row reportlab Table, measured and drawn once (into a PDF
form) and placed on every page. Text lands where the Table put it: same origins, fonts and alignment, so a PDF reads back the same.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate, count

from reportlab.lib import colors
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import Flowable, Paragraph, Table
from reportlab.platypus.paragraph import ParaLines


_FORMS = count(1)


@dataclass
class _Rows:
    """What every piece of one long table shares: its cells, fonts and geometry."""

    header: Table
    header_height: float
    cells: list[list[list[str]]]  # row -> column -> lines
    bold: list[bool]
    widths: list[float]
    aligns: list[str]  # LEFT | RIGHT | CENTER per column
    font: str
    bold_font: str
    size: float
    leading: float
    pad: float  # left and right
    top: float
    bottom: float
    grid: float
    tops: list[float]  # tops[i]: the height of rows 0..i-1 (tops[0] == 0)
    form: str = ""  # the name of the header's PDF form, unique in the process (ids of freed objects come back)
    measured: dict = field(default_factory=dict)  # face -> text -> width


class LongRows(Flowable):
    """Rows ``start``..``end`` of a long table, under the header; split page by page without copying."""

    def __init__(self, rows: _Rows, start: int = 0, end: int | None = None) -> None:
        super().__init__()
        self.rows, self.start = rows, start
        self.end = len(rows.cells) if end is None else end
        self.hAlign = "CENTER"
        self.width = sum(rows.widths)
        self.height = rows.header_height + rows.tops[self.end] - rows.tops[self.start]

    @classmethod
    def of(cls, header: Table, body: Sequence[Sequence[str]], bold: Sequence[bool], widths: Sequence[float],
           aligns: Sequence[str], *, font: str, bold_font: str, size: float, leading: float, pad: float,
           top: float, bottom: float, grid: float = 0.5) -> "LongRows":
        """``body``: each row's cells as plain text, wrapped with newlines; ``bold``: which rows are bold."""
        header_height = header.wrap(sum(widths), 1e9)[1]
        split: dict[str, list[str]] = {"": []}  # each distinct text split once (the lists are only read)
        cells = [[split.get(c) or split.setdefault(c, c.split("\n")) for c in row] for row in body]
        heights = [max(1, *map(len, row)) * leading + top + bottom for row in cells]
        shared = _Rows(header, header_height, cells, list(bold), list(widths), list(aligns), font, bold_font,
                       size, leading, pad, top, bottom, grid, [0.0, *accumulate(heights)],
                       f"anttLongRowsHead{next(_FORMS)}")
        return cls(shared)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        """As many rows as fit under the header (at least one, or nothing: the frame goes to the next page)."""
        r = self.rows
        room = avail_height - r.header_height + r.tops[self.start]
        cut = bisect_right(r.tops, room + 1e-6, self.start, self.end + 1) - 1
        if cut <= self.start or cut >= self.end:
            return []
        return [LongRows(r, self.start, cut), LongRows(r, cut, self.end)]

    def draw(self) -> None:
        r, canv = self.rows, self.canv
        body_top = self.height - r.header_height
        # the header is drawn once into a form (a PDF XObject) and placed on every page: a page of the 3,000-unit
        # summary has twenty two-line column labels, each a Paragraph that reportlab would draw again per page
        name = r.form
        made = canv.__dict__.setdefault("_antt_forms", set())
        if name not in made:
            canv.beginForm(name, 0, 0, self.width, r.header_height)
            r.header.drawOn(canv, 0, 0)
            canv.endForm()
            made.add(name)
        canv.saveState()
        canv.translate(0, body_top)
        canv.doForm(name)
        canv.restoreState()
        xs = [0.0, *accumulate(r.widths)]
        base = r.tops[self.start]
        tx = canv.beginText()
        _write_text(canv, tx._code, r, self.start, self.end, xs, body_top, base)
        canv.drawText(tx)
        # the grid of the body: one path (the header's own grid draws its top and sides)
        canv.saveState()
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(r.grid)
        path = canv.beginPath()
        for x in xs:
            path.moveTo(x, 0)
            path.lineTo(x, body_top)
        for i in range(self.start + 1, self.end + 1):
            y = body_top - (r.tops[i] - base)
            path.moveTo(0, y)
            path.lineTo(xs[-1], y)
        canv.drawPath(path, stroke=1, fill=0)
        canv.restoreState()


def _write_text(canv, code: list[str], r: _Rows, start: int, end: int, xs: list[float], top: float,
                base: float) -> None:
    """Rows ``start``..``end`` into the text object's ``code``: the operators reportlab's ``setTextOrigin`` and
    ``_textOut`` write (a PDF reads back the same, byte for byte), at a fraction of their cost. Encoding a line into
    the font's subsets (``splitString``) and formatting coordinates were most of a 1,300-page register's drawing: a
    line is encoded once per document and font (a register repeats its units, kinds, scores and dates), a coordinate
    formatted once per value. Subset switches are written where reportlab writes them: when a piece of text is in
    another subset than the one last set, and after every change of font."""
    doc, out = canv._doc, code.append
    cache = canv.__dict__.setdefault("_antt_lines", {})  # face -> line -> [(subset name, "(...) Tj")]: one document
    tf = f"{fp_str(r.size)} Tf {fp_str(r.leading)} TL"
    xs_text: dict[float, str] = {}
    ys_text: dict[float, str] = {}
    current, widths, font, lines_of, names, subset = None, {}, None, {}, {}, None
    for i in range(start, end):
        face = r.bold_font if r.bold[i] else r.font
        if face != current:
            current, subset = face, None  # as setFont: the next text sets its subset again
            font = getFont(face)
            widths = r.measured.setdefault(face, {})  # figures repeat: each text measured once per face
            lines_of = cache.setdefault(face, {})
            names = cache.setdefault((face, "subsets"), {})  # subset number -> its PDF font name
        y0 = top - (r.tops[i] - base) - r.top - r.size
        for j, lines in enumerate(r.cells[i]):
            align = r.aligns[j]
            for k, line in enumerate(lines):
                if align == "LEFT":
                    x = xs[j] + r.pad
                else:
                    w = widths.get(line)
                    if w is None:
                        w = widths[line] = stringWidth(line, face, r.size)
                    x = xs[j + 1] - r.pad - w if align == "RIGHT" else xs[j] + r.widths[j] * 0.5 - w * 0.5
                y = y0 - k * r.leading
                fx = xs_text.get(x)
                if fx is None:
                    fx = xs_text[x] = fp_str(x)
                fy = ys_text.get(y)
                if fy is None:
                    fy = ys_text[y] = fp_str(y)
                out(f"1 0 0 1 {fx} {fy} Tm")
                pieces = lines_of.get(line)
                if pieces is None:
                    pieces = lines_of[line] = [(names.get(n) or names.setdefault(n, font.getSubsetInternalName(n, doc)),
                                                f"({escapePDF(t)}) Tj") for n, t in font.splitString(line, doc)]
                if len(pieces) == 1 and pieces[0][0] == subset:
                    out(pieces[0][1])
                    continue
                parts = []
                for name, shown in pieces:
                    if name != subset:
                        parts.append(f"{name} {tf}")
                        subset = name
                    parts.append(shown)
                out(" ".join(parts))


class KeptLinesParagraph(Paragraph):
    """A Paragraph whose rest after a page split keeps the lines already broken instead of breaking them again.

    reportlab wraps the rest of a split paragraph anew on every page; a sentence naming 2,000 overdue units
    was broken into lines five times over (most of the plan report's paragraph time). Greedy line breaking
    from the start of a line gives the same lines again, so the rest takes them as they are when its width
    is the one they were broken for; any other width breaks them afresh. Plain text only (a paragraph in one
    font); one with bold or italic words is broken by reportlab as before."""

    _kept: tuple[list[float], ParaLines] | None = None

    def breakLines(self, width):  # noqa: N802 (reportlab's name)
        kept = self._kept
        if kept is not None and list(width) == kept[0]:
            return kept[1]
        return super().breakLines(width)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        parts = super().split(avail_width, avail_height)
        # plain text only (one font: lines of words as strings); lines of styled fragments share fragment objects
        # that reportlab changes as it breaks them again, so those are left to reportlab
        if (len(parts) == 2 and getattr(self, "blPara", None) is not None and self.blPara.kind == 0
                and hasattr(parts[0], "blPara")):
            done = len(parts[0].blPara.lines)
            later = self._wrapWidths[-1]
            rest = ParaLines(**{**self.blPara.__dict__, "lines": self.blPara.lines[done:]})
            parts[1]._kept = ([later, later], rest)
        return parts
