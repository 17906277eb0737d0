"""Bar charts of the app on Qt's own chart module (QtCharts, shipped with PySide6): values on hover, the records
behind a bar on click (issue 19 item 7).

Measured before choosing it over the hand-painted bars it replaces (bench/bench_charts.py): importing QtCharts
costs 3-10 ms and the first chart shown and painted 70-80 ms offscreen, as the painted one did; the bundle grows by
about 4 MB (libQt6Charts 2.3 MB, its Python module 1.0 MB, libQt6OpenGL 0.7 MB it links to) on ~160 MB.

One chart holds one quantity: counts of one thing (item lines, models, places) on one axis; counts tick at whole
numbers (app.formatting.axis_step, as the printed charts do) with labels written as the reader writes numbers.
"""

from __future__ import annotations

from ui.display import format_number
from ui.qt import (
    QBarCategoryAxis, QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView, QColor, QCursor,
    QHorizontalBarSeries, QHorizontalStackedBarSeries, QLabel, QPainter, QSize, QStackedBarSeries, QStackedWidget,
    Qt, QToolTip, QVBoxLayout, QWidget, Signal,
)

PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
           "#17becf"]


class BarChart(QWidget):
    """Bars per label, one colour per series (stacked or side by side); a sentence while there is nothing.

    ``barClicked(series_index, label_index)`` says which bar was clicked, for the page to open its records;
    ``hover_text`` holds what the tooltip of the bar under the mouse says ("" when none).
    """

    barClicked = Signal(int, int)

    def __init__(self, title: str = "", horizontal: bool = False, lang: str = "vi", parent=None,
                 empty_text: str = "—", stacked: bool = True, whole: bool = True) -> None:
        super().__init__(parent)
        self.title, self.horizontal, self.lang = title, horizontal, lang
        self.stacked, self.whole = stacked, whole
        self.empty_text = empty_text  # said in the middle while there is nothing to draw
        self.labels: list[str] = []
        self.series: list[tuple[str, list[float]]] = []  # (name, one value per label)
        self.hover_text = ""
        self._order: list[int] = []  # label index of each bar as Qt holds them
        self.chart = QChart()
        self.chart.setTitle(title)
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #777777;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack)
        self.setMinimumSize(QSize(320, 240))

    # --- data
    def set_title(self, title: str) -> None:
        """A title that says what the bars are drawn from (the province's busiest units, of how many)."""
        self.title = title
        self.chart.setTitle(title)

    def set_waiting(self, text: str) -> None:
        """Say ``text`` (a quiet "…") instead of the bars while the page reads its figures: not the sentence for
        nothing to draw, which would say there is no record."""
        self.empty.setText(f"<b>{self.title}</b><br><br>{text}")
        self.stack.setCurrentWidget(self.empty)

    def set_data(self, labels: list[str], series: list[tuple[str, list[float]]]) -> None:
        self.labels, self.series = list(labels), [(n, list(v)) for n, v in series]
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
            axis.deleteLater()  # a removed axis is no longer the chart's: left alone it is drawn in a corner
        if not self.labels or not any(self.totals()):
            self.empty.setText(f"<b>{self.title}</b><br><br>{self.empty_text}")
            self.stack.setCurrentWidget(self.empty)
            return
        kind = {(False, True): QStackedBarSeries, (False, False): QBarSeries,
                (True, True): QHorizontalStackedBarSeries, (True, False): QHorizontalBarSeries}
        bars = kind[(self.horizontal, self.stacked)]()
        # Qt draws horizontal bars from the bottom up: feed them reversed so the first label reads first, on top.
        order = list(range(len(self.labels)))[::-1] if self.horizontal else list(range(len(self.labels)))
        for n, (name, values) in enumerate(self.series):
            bar_set = QBarSet(name)
            bar_set.append([float(values[i]) for i in order])
            bar_set.setColor(QColor(PALETTE[n % len(PALETTE)]))
            bar_set.hovered.connect(lambda status, index, n=n: self._hovered(status, n, order[index]))
            bar_set.clicked.connect(lambda index, n=n: self.barClicked.emit(n, order[index]))
            bars.append(bar_set)
        self._order = order
        self.chart.addSeries(bars)
        labels_axis = QBarCategoryAxis()
        labels_axis.append([self.labels[i] for i in order])
        values_axis = self._value_axis()
        sides = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(labels_axis, sides[0] if self.horizontal else sides[1])
        self.chart.addAxis(values_axis, sides[1] if self.horizontal else sides[0])
        bars.attachAxis(labels_axis)
        bars.attachAxis(values_axis)
        small = self.font()
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1.5))  # room for "01/26" under each of twelve bars
        for axis in (labels_axis, values_axis):
            axis.setLabelsFont(small)
        if not self.horizontal and len(self.labels) > 8:
            labels_axis.setLabelsAngle(-90)  # upright, Qt cuts "01/26" to "01..." under narrow bars
        self.chart.legend().setFont(small)
        self.chart.legend().setShowToolTips(True)  # a name cut short shows whole under the mouse
        self.chart.legend().setVisible(len(self.series) > 1)
        self.stack.setCurrentWidget(self.view)

    def totals(self) -> list[float]:
        return [sum(values[i] for _, values in self.series) for i in range(len(self.labels))]

    def peak(self) -> float:
        if self.stacked:
            return max(self.totals(), default=0)
        return max((v for _, values in self.series for v in values), default=0)

    def ticks(self) -> list[float]:
        """The values the value axis is labelled at: 0, step, 2 × step … (whole numbers for counts)."""
        from app.formatting import axis_step

        step, top = axis_step(self.peak(), 5, self.whole)
        return [round(step * i, 6) for i in range(int(round(top / step)) + 1)]

    def _value_axis(self) -> QCategoryAxis:
        """A value axis labelled only at its ticks, written as the reader writes numbers (1.000; 0,5 kg)."""
        axis = QCategoryAxis()
        axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        ticks = self.ticks()
        axis.setStartValue(0)
        axis.setRange(0, ticks[-1])
        for value in ticks[1:]:
            axis.append(format_number(value, self.lang), value)
        axis.append(" ", 0)  # no label replaces the 0 the axis starts at
        return axis

    # --- mouse
    def _hovered(self, status: bool, series: int, index: int) -> None:
        if not status:
            self.hover_text = ""
            QToolTip.hideText()
            return
        name, values = self.series[series]
        self.hover_text = f"{self.labels[index]} · {name}: {format_number(values[index], self.lang)}"
        if len(self.series) > 1:
            self.hover_text += " / " + format_number(self.totals()[index], self.lang)
        QToolTip.showText(QCursor.pos(), self.hover_text, self)

    def hover(self, series: int, index: int) -> str:
        """What hovering bar ``index`` of ``series`` shows (the tests ask; the mouse does the same)."""
        self.chart.series()[0].barSets()[series].hovered.emit(True, self._order.index(index))
        return self.hover_text

    def click(self, series: int, index: int) -> None:
        """Click bar ``index`` of ``series`` (the tests ask; the mouse does the same)."""
        self.chart.series()[0].barSets()[series].clicked.emit(self._order.index(index))
