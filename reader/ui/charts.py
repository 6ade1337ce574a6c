"""Charts of the statistics view: bars (QtCharts) and a heat map, each saved as PNG and SVG.

QtCharts (PySide6-Addons) was chosen by measurement (bench/chart_library_bench.py,
figures in bench/README.md): about 0.1 s to import and make a first chart,
against about 0.7 s of CPU for matplotlib's Qt backend, and pyqtgraph's SVG
export fails on bar charts. Qt draws the text, so Chinese names use the
same fonts and fallbacks as the rest of the app, and the SVG keeps text as
text. QtCharts has no heat map; HeatMap paints one (the same export path).

This module is imported only when the statistics view opens, so the
window's start-up does not pay for QtCharts.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

BAR_COLOR = QColor("#4d96ff")


def save_png(widget: QWidget, path: str | Path) -> bool:
    return widget.grab().save(str(path), "PNG")


def save_svg(widget: QWidget, path: str | Path, title: str = "") -> bool:
    size = widget.size()
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    painter = QPainter(generator)
    try:
        widget.render(painter)
    finally:
        painter.end()
    return Path(path).exists()


class BarChart(QChartView):
    """One series of bars over categories; ``barClicked(index)`` when the user clicks a bar."""

    barClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self._horizontal = horizontal
        self._categories: list[str] = []
        self._values: list[float] = []
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        chart = QChart()
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.setChart(chart)
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(
        self, title: str, categories: Sequence[str], values: Sequence[float], value_name: str,
        span: tuple[str, str] | None = None,
    ) -> None:  # fmt: skip
        """Bars of ``values`` over ``categories``; ``span`` is the range a crowded axis names in the title."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._categories, self._values = list(categories), [float(v) for v in values]
        chart.setTitle(title)
        series = QHorizontalBarSeries() if self._horizontal else QBarSeries()
        bars = QBarSet(value_name)
        bars.setColor(BAR_COLOR)
        bars.append(self._values)
        series.append(bars)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        labels = QBarCategoryAxis()
        labels.append(self._categories or [""])
        # More categories than fit side by side (a timeline of ten years of months):
        # their names would all be elided, so the axis shows none and the title says
        # the range; hovering a bar names it (and the table lists them all).
        crowded = len(self._categories) > (40 if self._horizontal else 24)
        labels.setLabelsVisible(not crowded)
        labels.setTruncateLabels(False)  # names are short; cut to «…» they say nothing
        if crowded and self._categories:
            first, last = span or (self._categories[0], self._categories[-1])
            chart.setTitle(f"{title} ({first} – {last})")
        values_axis = QValueAxis()
        top = max(self._values, default=0)
        if all(v == int(v) for v in self._values):
            step = max(1, math.ceil(top / 5))
            ticks = max(1, math.ceil(top / step))
            values_axis.setRange(0, step * ticks)
            values_axis.setTickCount(ticks + 1)
            values_axis.setLabelFormat("%d")
        else:
            values_axis.setRange(0, top * 1.05 or 1)
            values_axis.applyNiceNumbers()
            values_axis.setLabelFormat("%.1f")
        category_edge, value_edge = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if self._horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        chart.addAxis(labels, category_edge)
        chart.addAxis(values_axis, value_edge)
        series.attachAxis(labels)
        series.attachAxis(values_axis)
        if not self._horizontal and len(self._categories) > 8:
            labels.setLabelsAngle(-60)
        bars.hovered.connect(self._hovered)
        bars.clicked.connect(self.barClicked.emit)

    def _hovered(self, inside: bool, index: int) -> None:
        if inside and 0 <= index < len(self._categories):
            value = self._values[index]
            shown = f"{value:.0f}" if value == int(value) else f"{value:.2f}"
            # Category names are page text (entities, sections): escaped, never obeyed as markup.
            QToolTip.showText(QCursor.pos(), "<p>" + html.escape(f"{self._categories[index]}: {shown}") + "</p>", self)
        else:
            QToolTip.hideText()

    def categories(self) -> list[str]:
        return list(self._categories)

    def values(self) -> list[float]:
        return list(self._values)

    def bar_center(self, index: int) -> QPointF:
        """Where bar ``index`` is drawn, in this view's coordinates (tests click there)."""
        chart = self.chart()
        series = chart.series()[0]
        value = self._values[index] / 2
        point = QPointF(value, index) if self._horizontal else QPointF(index, value)
        scene = chart.mapToPosition(point, series)
        return QPointF(self.mapFromScene(chart.mapToScene(scene)))


class HeatMap(QWidget):
    """A matrix of cells shaded by value, row and column labels; ``cellClicked(row, column)``."""

    cellClicked = Signal(int, int)

    MARGIN = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMap")
        self._rows: list[str] = []
        self._columns: list[str] = []
        self._values: list[list[float]] = []
        self._title = ""
        self.setMinimumSize(360, 260)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def set_data(self, title: str, rows: Sequence[str], columns: Sequence[str], values: Sequence[Sequence[float]]) -> None:
        self._title, self._rows, self._columns = title, list(rows), list(columns)
        self._values = [list(map(float, r)) for r in values]
        self.update()

    def rows(self) -> list[str]:
        return list(self._rows)

    def columns(self) -> list[str]:
        return list(self._columns)

    def value(self, row: int, column: int) -> float:
        return self._values[row][column]

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, 480)

    # -- geometry --------------------------------------------------------------------------
    def _grid(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        left = max((metrics.horizontalAdvance(r) for r in self._rows), default=0) + 2 * self.MARGIN
        top = metrics.height() * 2 + 2 * self.MARGIN  # title, and a line of column labels
        bottom_labels = max((metrics.horizontalAdvance(c) for c in self._columns), default=0)
        bottom = min(bottom_labels, self.height() // 3) + self.MARGIN
        return QRectF(left, top, max(1, self.width() - left - self.MARGIN), max(1, self.height() - top - bottom))

    def cell_rect(self, row: int, column: int) -> QRectF:
        grid = self._grid()
        w = grid.width() / max(1, len(self._columns))
        h = grid.height() / max(1, len(self._rows))
        return QRectF(grid.left() + column * w, grid.top() + row * h, w, h)

    def cell_at(self, point: QPointF) -> tuple[int, int] | None:
        grid = self._grid()
        if not grid.contains(point) or not self._rows or not self._columns:
            return None
        column = int((point.x() - grid.left()) / (grid.width() / len(self._columns)))
        row = int((point.y() - grid.top()) / (grid.height() / len(self._rows)))
        if 0 <= row < len(self._rows) and 0 <= column < len(self._columns):
            return row, column
        return None

    # -- drawing and clicks ---------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.fillRect(self.rect(), self.palette().base())
        metrics = QFontMetrics(self.font())
        painter.setPen(self.palette().text().color())
        painter.drawText(QRect(0, self.MARGIN // 2, self.width(), metrics.height()), Qt.AlignmentFlag.AlignHCenter, self._title)
        if not self._rows or not self._columns:
            return
        top = max((v for row in self._values for v in row), default=0) or 1
        for r, row in enumerate(self._values):
            for c, value in enumerate(row):
                rect = self.cell_rect(r, c)
                shade = value / top
                color = QColor.fromRgbF(1 - 0.75 * shade, 1 - 0.45 * shade, 1.0) if value else QColor("#f7f7f7")
                painter.fillRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), color)
                if rect.width() > metrics.horizontalAdvance("000") and rect.height() > metrics.height() and value:
                    painter.setPen(QColor("#ffffff") if shade > 0.6 else QColor("#202020"))
                    text = f"{value:.0f}" if value == int(value) else f"{value:.2f}"
                    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.setPen(self.palette().text().color())
        for r, name in enumerate(self._rows):
            rect = self.cell_rect(r, 0)
            painter.drawText(QRectF(0, rect.top(), rect.left() - self.MARGIN, rect.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name)  # fmt: skip
        grid = self._grid()
        for c, name in enumerate(self._columns):
            rect = self.cell_rect(0, c)
            painter.save()
            painter.translate(rect.center().x(), grid.bottom() + self.MARGIN // 2)
            painter.rotate(60)
            painter.drawText(QPointF(0, metrics.ascent() / 2), name)
            painter.restore()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        cell = self.cell_at(event.position())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cellClicked.emit(*cell)
        super().mouseReleaseEvent(event)

    def cell_tooltip(self, row: int, column: int) -> str:
        return f"{self._rows[row]} × {self._columns[column]}: {self._values[row][column]:g}"

    def event(self, event) -> bool:
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QToolTip

        if event.type() == QEvent.Type.ToolTip:
            cell = self.cell_at(QPointF(event.pos()))
            if cell is not None:
                # Names are page text: escaped, so «<b>» in a name is shown, not obeyed.
                QToolTip.showText(event.globalPos(), "<p>" + html.escape(self.cell_tooltip(*cell)) + "</p>", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
