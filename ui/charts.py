"""A small stacked bar chart painted with QPainter: no chart library to ship, and it renders the same
offscreen, under Xvfb and on a laptop. Vertical (categories along the bottom) or horizontal (labels on
the left, for long Vietnamese names)."""

from __future__ import annotations

from ui.display import format_number
from ui.qt import QColor, QFontMetrics, QPainter, QPen, QRectF, QSize, Qt, QWidget

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf"]


class StackedBarChart(QWidget):
    def __init__(self, title: str = "", horizontal: bool = False, lang: str = "vi", parent=None,
                 empty_text: str = "—") -> None:
        super().__init__(parent)
        self.title, self.horizontal, self.lang = title, horizontal, lang
        self.empty_text = empty_text  # said in the middle while there is nothing to draw
        self.labels: list[str] = []
        self.series: list[tuple[str, list[float]]] = []  # (name, one value per label)
        self.setMinimumSize(QSize(320, 240))

    def set_data(self, labels: list[str], series: list[tuple[str, list[float]]]) -> None:
        self.labels, self.series = list(labels), [(n, list(v)) for n, v in series]
        self.update()

    def totals(self) -> list[float]:
        return [sum(values[i] for _, values in self.series) for i in range(len(self.labels))]

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#ffffff"))
        fm = QFontMetrics(self.font())
        line = fm.height()
        title_font = self.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(QColor("#1f1f1f"))
        p.drawText(QRectF(8, 4, self.width() - 16, line + 4), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setFont(self.font())
        # legend: as many rows as needed under the title
        x, y = 8.0, line + 10.0
        for n, (name, _) in enumerate(self.series):
            w = fm.horizontalAdvance(name) + 30
            if x + w > self.width() - 8:
                x, y = 8.0, y + line + 4
            p.fillRect(QRectF(x, y + 3, 12, line - 6), QColor(PALETTE[n % len(PALETTE)]))
            p.drawText(QRectF(x + 16, y, w, line), Qt.AlignmentFlag.AlignLeft, name)
            x += w
        top = y + line + 10
        totals = self.totals()
        peak = max(totals) if totals and max(totals) > 0 else 1
        if not self.labels or not any(totals):
            p.setPen(QColor("#777777"))
            p.drawText(QRectF(16, top, self.width() - 32, self.height() - top),
                       Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            p.end()
            return
        if self.horizontal:
            self._paint_horizontal(p, fm, top, peak, totals)
        else:
            self._paint_vertical(p, fm, top, peak, totals)
        p.end()

    def _paint_vertical(self, p, fm, top, peak, totals) -> None:
        line = fm.height()
        left, bottom = 8.0, self.height() - line - 8
        slot = (self.width() - left - 8) / len(self.labels)
        bar = max(4.0, slot * 0.65)
        height = bottom - top - line
        p.setPen(QPen(QColor("#bbbbbb")))
        p.drawLine(int(left), int(bottom), int(self.width() - 8), int(bottom))
        for i, label in enumerate(self.labels):
            x = left + i * slot + (slot - bar) / 2
            y = bottom
            for n, (_, values) in enumerate(self.series):
                h = values[i] / peak * height
                p.fillRect(QRectF(x, y - h, bar, h), QColor(PALETTE[n % len(PALETTE)]))
                y -= h
            p.setPen(QColor("#333333"))
            p.drawText(QRectF(x - 10, y - line - 2, bar + 20, line), Qt.AlignmentFlag.AlignCenter,
                       format_number(totals[i], self.lang))
            p.drawText(QRectF(left + i * slot, bottom + 2, slot, line), Qt.AlignmentFlag.AlignCenter, label)

    def _paint_horizontal(self, p, fm, top, peak, totals) -> None:
        line = fm.height()
        label_w = min(max(fm.horizontalAdvance(l) for l in self.labels) + 10, self.width() * 0.45)
        left, right = 8 + label_w, self.width() - 50
        slot = (self.height() - top - 8) / len(self.labels)
        bar = max(4.0, min(slot * 0.7, 26))
        for i, label in enumerate(self.labels):
            y = top + i * slot + (slot - bar) / 2
            p.setPen(QColor("#333333"))
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if slot >= 2 * line + 2:  # room for two lines: wrap the long Vietnamese names rather than cut them
                rect = QRectF(8, top + i * slot, label_w - 10, slot)
                flags = int(align) | int(Qt.TextFlag.TextWordWrap)
                shown = label
                while len(shown) > 4 and fm.boundingRect(rect.toRect(), flags, shown).height() > 2 * fm.lineSpacing() + 2:
                    shown = shown[:-2].rstrip() + "…" if not shown.endswith("…") else shown[:-3].rstrip() + "…"
                p.drawText(rect, flags, shown)
            else:
                shown = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 10))
                p.drawText(QRectF(8, y, label_w - 10, bar), align, shown)
            x = left
            for n, (_, values) in enumerate(self.series):
                w = values[i] / peak * (right - left)
                p.fillRect(QRectF(x, y, w, bar), QColor(PALETTE[n % len(PALETTE)]))
                x += w
            p.setPen(QColor("#333333"))
            p.drawText(QRectF(x + 4, y, 46, bar), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       format_number(totals[i], self.lang))
