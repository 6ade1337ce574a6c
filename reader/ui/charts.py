"""Charts of the statistics view: bars and a heat map (matplotlib's Qt backend), saved as PNG and SVG.

matplotlib was chosen by measurement and licence (bench/chart_library_choice.md):
QtCharts starts fastest but is GPL-only (the project ships nothing GPL),
pyqtgraph's SVG export fails on bar charts, and matplotlib draws charts fit
for a paper, saves true vector SVG with text kept as text, and costs about
0.6–0.9 s of CPU to import — paid when the statistics window first opens,
never at the main window's start (this module is imported only then).

Chinese labels: matplotlib does not use Qt's fonts, so the system's CJK
fonts and the bundled one (resources/fonts) are put first in its font list;
it falls back glyph by glyph through that list.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

BAR_COLOR = "#4d96ff"
_CJK_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC",
                 "Reader Sans CJK SC"]  # fmt: skip


@functools.cache
def _matplotlib():
    """matplotlib's pieces, imported (and its fonts set up) once, on first use."""
    import logging

    import matplotlib

    # It reports each font of the fallback list that lacks a weight: noise, not a problem.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    matplotlib.use("QtAgg", force=False)
    from matplotlib import font_manager
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from reader.paths import resource_path

    bundled = resource_path("fonts", "ReaderSansCJKSC-Regular.otf")
    if bundled.exists():
        font_manager.fontManager.addfont(str(bundled))
    known = {f.name for f in font_manager.fontManager.ttflist}
    families = [f for f in _CJK_FAMILIES if f in known] + ["DejaVu Sans"]
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = families + list(matplotlib.rcParams["font.sans-serif"])
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text in SVG: searchable, editable
    return Figure, FigureCanvasQTAgg


class _Chart(QWidget):
    """A matplotlib figure on a Qt canvas, with the save methods the view's buttons call."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        figure_class, canvas_class = _matplotlib()
        self.figure = figure_class(figsize=(6, 4), layout="constrained")
        self.canvas = canvas_class(self.figure)
        self.canvas.setParent(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.setMinimumSize(360, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.mpl_connect("button_press_event", self._pressed)
        self.canvas.mpl_connect("motion_notify_event", self._moved)

    def save(self, path: str | Path, kind: str) -> bool:
        self.figure.savefig(str(path), format=kind, dpi=150 if kind == "png" else None)
        return Path(path).exists()

    def widget_point(self, x: float, y: float, axes) -> QPointF:
        """Where data point (x, y) of ``axes`` is on the canvas widget (Qt coordinates; tests click there)."""
        self.canvas.draw()
        dx, dy = axes.transData.transform((x, y))
        ratio = self.canvas.device_pixel_ratio or 1
        return QPointF(dx / ratio, (self.figure.bbox.height - dy) / ratio)

    def _tip(self, text: str) -> None:
        # Names are page text: escaped, so «<b>» in a name is shown, not obeyed.
        self.canvas.setToolTip("<p>" + html.escape(text) + "</p>" if text else "")

    def _pressed(self, event) -> None:  # overridden
        pass

    def _moved(self, event) -> None:  # overridden
        pass


def save_png(chart: _Chart, path: str | Path) -> bool:
    return chart.save(path, "png")


def save_svg(chart: _Chart, path: str | Path, title: str = "") -> bool:
    return chart.save(path, "svg")


class BarChart(_Chart):
    """One series of bars over categories; ``barClicked(index)`` when the user clicks a bar."""

    barClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self._horizontal = horizontal
        self._categories: list[str] = []
        self._values: list[float] = []
        self._bars = None
        self._axes = None

    def set_data(
        self, title: str, categories: Sequence[str], values: Sequence[float], value_name: str,
        span: tuple[str, str] | None = None,
    ) -> None:  # fmt: skip
        """Bars of ``values`` over ``categories``; ``span`` is the range a crowded axis names in the title."""
        self._categories, self._values = list(categories), [float(v) for v in values]
        self.figure.clear()
        axes = self._axes = self.figure.add_subplot()
        positions = list(range(len(self._values)))
        if self._horizontal:
            self._bars = axes.barh(positions, self._values, color=BAR_COLOR)
            axes.set_yticks(positions, self._categories)
            axes.invert_yaxis()  # the first category on top
            axes.set_xlabel(value_name)
        else:
            self._bars = axes.bar(positions, self._values, color=BAR_COLOR, width=0.8)
            # About 24 names fit under a chart; a longer timeline names every k-th.
            step = max(1, len(self._categories) // 24)
            named = positions[::step]
            if positions and named[-1] != positions[-1]:
                # The last bar is named too: it is often the undated one, which unnamed reads as the
                # month after the last; a name too close to it gives way.
                if positions[-1] - named[-1] < step / 2:
                    named.pop()
                named.append(positions[-1])
            axes.set_xticks(named, [self._categories[i] for i in named], rotation=60 if len(positions) > 8 else 0,
                            ha="right" if len(positions) > 8 else "center")  # fmt: skip
            axes.set_ylabel(value_name)
            if step > 1 and self._categories:
                first, last = span or (self._categories[0], self._categories[-1])
                title = f"{title} ({first} – {last})"
        axes.set_title(title)
        if all(v == int(v) for v in self._values):
            from matplotlib.ticker import MaxNLocator

            (axes.xaxis if self._horizontal else axes.yaxis).set_major_locator(MaxNLocator(integer=True))
        axes.spines[["top", "right"]].set_visible(False)
        self.canvas.draw_idle()

    def categories(self) -> list[str]:
        return list(self._categories)

    def named_categories(self) -> list[str]:
        """The categories named under the bars (a crowded axis names only some)."""
        if self._axes is None:
            return []
        axis = self._axes.yaxis if self._horizontal else self._axes.xaxis
        return [label.get_text() for label in axis.get_ticklabels()]

    def values(self) -> list[float]:
        return list(self._values)

    def bar_center(self, index: int) -> QPointF:
        value = self._values[index] / 2
        x, y = (value, index) if self._horizontal else (index, value)
        return self.widget_point(x, y, self._axes)

    def _bar_at(self, event) -> int | None:
        if self._bars is None or event.inaxes is not self._axes:
            return None
        for index, patch in enumerate(self._bars.patches):
            if patch.contains(event)[0]:
                return index
        return None

    def _pressed(self, event) -> None:
        index = self._bar_at(event)
        if index is not None and event.button == 1:
            self.barClicked.emit(index)

    def _moved(self, event) -> None:
        index = self._bar_at(event)
        if index is None:
            self._tip("")
            return
        value = self._values[index]
        self._tip(f"{self._categories[index]}: {value:.0f}" if value == int(value) else f"{self._categories[index]}: {value:.2f}")


class HeatMap(_Chart):
    """A matrix of cells shaded by value, with row and column names; ``cellClicked(row, column)``."""

    cellClicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("heatMap")
        self._rows: list[str] = []
        self._columns: list[str] = []
        self._values: list[list[float]] = []
        self._axes = None

    def set_data(self, title: str, rows: Sequence[str], columns: Sequence[str], values: Sequence[Sequence[float]]) -> None:
        self._rows, self._columns = list(rows), list(columns)
        self._values = [list(map(float, r)) for r in values]
        self.figure.clear()
        axes = self._axes = self.figure.add_subplot()
        axes.set_title(title)
        if self._rows and self._columns:
            image = axes.imshow(self._values, cmap="Blues", aspect="auto", interpolation="nearest")
            axes.set_xticks(range(len(self._columns)), self._columns, rotation=60, ha="right")
            axes.set_yticks(range(len(self._rows)), self._rows)
            self.figure.colorbar(image, ax=axes, shrink=0.8)
            top = max((v for r in self._values for v in r), default=0) or 1
            if len(self._rows) * len(self._columns) <= 400:
                for r, row in enumerate(self._values):
                    for c, value in enumerate(row):
                        if value:
                            text = f"{value:.0f}" if value == int(value) else f"{value:.2f}"
                            axes.text(c, r, text, ha="center", va="center", fontsize=7,
                                      color="white" if value / top > 0.6 else "#202020")  # fmt: skip
        else:
            axes.set_axis_off()
        self.canvas.draw_idle()

    def rows(self) -> list[str]:
        return list(self._rows)

    def columns(self) -> list[str]:
        return list(self._columns)

    def value(self, row: int, column: int) -> float:
        return self._values[row][column]

    def cell_center(self, row: int, column: int) -> QPointF:
        return self.widget_point(column, row, self._axes)

    def _cell_at(self, event) -> tuple[int, int] | None:
        if self._axes is None or event.inaxes is not self._axes or event.xdata is None:
            return None
        row, column = int(round(event.ydata)), int(round(event.xdata))
        if 0 <= row < len(self._rows) and 0 <= column < len(self._columns):
            return row, column
        return None

    def _pressed(self, event) -> None:
        cell = self._cell_at(event)
        if cell is not None and event.button == 1:
            self.cellClicked.emit(*cell)

    def _moved(self, event) -> None:
        cell = self._cell_at(event)
        if cell is None:
            self._tip("")
            return
        row, column = cell
        self._tip(f"{self._rows[row]} × {self._columns[column]}: {self._values[row][column]:g}")
