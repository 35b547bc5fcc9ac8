"""Charts for Insights, with QtCharts (imported with this module, on first use only)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from relate_desktop.ui.appearance import tone
from relate_desktop.ui.design import CHART_SERIES

PALETTE = CHART_SERIES


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(chart.margins() * 0)
    chart.setBackgroundRoundness(0)
    return chart


def _dress(chart: QChart) -> QChart:
    """Colours from the design tokens, so a chart sits on the page in light and in dark."""
    ink, grid = QColor(tone("text")), QColor(tone("border"))
    chart.setBackgroundBrush(QBrush(QColor(tone("surface"))))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setTitleBrush(QBrush(ink))
    chart.legend().setLabelColor(ink)
    for axis in chart.axes():
        axis.setLabelsColor(ink)
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)
    return chart


def nice_step(top: int, ticks: int = 6) -> int:
    """The distance between ticks: 1, 2, 5, 10, 20, 50... so at most `ticks` fit under top."""
    step, index = 1, 0
    while top / step > ticks:
        step = int(step * (2, 2.5, 2)[index % 3])
        index += 1
    return step


def _whole_numbers(axis: QValueAxis, top: int) -> None:
    """Counts: ticks on whole numbers only, from 0."""
    step = nice_step(top)
    axis.setRange(0, step * max(1, -(-top // step)))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%d")


def stacked_bars(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[int]]],
    colors: Sequence[int] | None = None,
) -> QChart:
    """One bar per category, stacked by series (for example months, by topic). `colors`: a
    palette index per series, so the same thing keeps its colour from chart to chart."""
    chart = _chart()
    bars = QStackedBarSeries()
    for index, (name, values) in enumerate(series):
        bar_set = QBarSet(name)
        color = colors[index] if colors is not None else index
        bar_set.setColor(QColor(PALETTE[color % len(PALETTE)]))
        bar_set.setBorderColor(QColor(tone("surface")))
        bar_set.append([float(v) for v in values])
        bars.append(bar_set)
    chart.addSeries(bars)
    x = QBarCategoryAxis()
    x.append(list(categories))
    if len(categories) > 8:  # side by side they would be cut short
        x.setLabelsAngle(-90)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(x)
    y = QValueAxis()
    totals = [sum(v[i] for _, v in series) for i in range(len(categories))]
    _whole_numbers(y, max(totals, default=0))
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(y)
    return _dress(chart)


def horizontal_bars(items: Sequence[tuple[str, int]]) -> QChart:
    """One bar per item, top to bottom in the order given."""
    chart = _chart()
    bars = QHorizontalBarSeries()
    bar_set = QBarSet("")
    bar_set.setColor(QColor(PALETTE[0]))
    bar_set.setBorderColor(QColor(tone("surface")))
    bar_set.append([float(n) for _, n in reversed(items)])
    bars.append(bar_set)
    bars.setLabelsVisible(True)
    chart.addSeries(bars)
    y = QBarCategoryAxis()
    y.append([label for label, _ in reversed(items)])
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(y)
    x = QValueAxis()
    _whole_numbers(x, max((n for _, n in items), default=0))
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(x)
    chart.legend().setVisible(False)
    return _dress(chart)


def pie(slices: Sequence[tuple[str, int]]) -> QChart:
    chart = _chart()
    series = QPieSeries()
    shown = [(index, name, value) for index, (name, value) in enumerate(slices) if value > 0]
    for index, name, value in shown:
        part = series.append(f"{name}: {value}", float(value))
        part.setColor(QColor(PALETTE[index % len(PALETTE)]))
        # Slices parted by the page's own colour; a single slice has no seam at all.
        if len(shown) == 1:  # a width of 0 would still draw a one-pixel line: no pen at all
            part.setPen(QPen(Qt.PenStyle.NoPen))
        else:
            part.setBorderColor(QColor(tone("surface")))
            part.setBorderWidth(1)
    series.setPieSize(0.7)
    series.setHoleSize(0.45)  # a ring reads lighter than a full disc
    chart.addSeries(series)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    return _dress(chart)


def antialiased() -> QPainter.RenderHint:
    return QPainter.RenderHint.Antialiasing
