"""Which chart library for the statistics view: start-up cost and output, measured (offscreen).

    .venv/bin/python bench/chart_library_bench.py          # the libraries that are installed
    # (QtCharts needs PySide6-Addons, matplotlib and pyqtgraph their packages)

For each candidate, in a fresh process after a QApplication is up (the app's
state when the statistics view opens): the import of the chart module and
the first chart widget made, then drawing a timeline of 120 monthly bars
and a 50×50 heat map, saving each as PNG and SVG. Prints the times, the
files' sizes and whether the SVG holds text as text (searchable, editable).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CANDIDATES = ("matplotlib", "pyqtgraph", "qtcharts")


def _data():
    import random

    rng = random.Random(1)
    months = [f"{2015 + i // 12}-{i % 12 + 1:02d}" for i in range(120)]
    bars = [rng.randint(200, 1200) for _ in months]
    grid = [[rng.random() for _ in range(50)] for _ in range(50)]
    return months, bars, grid


def run_matplotlib(out: Path) -> dict:
    t0 = time.perf_counter()
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 4))
    canvas = FigureCanvasQTAgg(figure)
    ready = time.perf_counter() - t0
    months, bars, grid = _data()
    t1 = time.perf_counter()
    axes = figure.add_subplot()
    axes.bar(range(len(bars)), bars)
    axes.set_xticks(range(0, 120, 12), months[::12])
    axes.set_title("每月文章数")
    canvas.draw()
    figure.savefig(out / "bars.png")
    figure.savefig(out / "bars.svg")
    figure.clear()
    figure.add_subplot().imshow(grid)
    canvas.draw()
    figure.savefig(out / "heat.png")
    figure.savefig(out / "heat.svg")
    return {"ready_s": ready, "draw_save_s": time.perf_counter() - t1}


def run_pyqtgraph(out: Path) -> dict:
    t0 = time.perf_counter()
    import pyqtgraph as pg
    import pyqtgraph.exporters  # noqa: F401

    widget = pg.PlotWidget()
    ready = time.perf_counter() - t0
    months, bars, grid = _data()
    t1 = time.perf_counter()
    widget.addItem(pg.BarGraphItem(x=list(range(len(bars))), height=bars, width=0.8))
    widget.setTitle("每月文章数")
    widget.resize(800, 400)
    pg.exporters.ImageExporter(widget.plotItem).export(str(out / "bars.png"))
    pg.exporters.SVGExporter(widget.plotItem).export(str(out / "bars.svg"))
    import numpy as np

    heat = pg.PlotWidget()
    heat.addItem(pg.ImageItem(np.array(grid)))
    heat.resize(600, 600)
    pg.exporters.ImageExporter(heat.plotItem).export(str(out / "heat.png"))
    pg.exporters.SVGExporter(heat.plotItem).export(str(out / "heat.svg"))
    return {"ready_s": ready, "draw_save_s": time.perf_counter() - t1}


def run_qtcharts(out: Path) -> dict:
    t0 = time.perf_counter()
    from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView
    from PySide6.QtCore import QRectF, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    chart = QChart()
    view = QChartView(chart)
    ready = time.perf_counter() - t0
    months, bars, _grid = _data()
    t1 = time.perf_counter()
    series = QBarSeries()
    bar_set = QBarSet("articles")
    bar_set.append([float(b) for b in bars])
    series.append(bar_set)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append(months)
    chart.addAxis(axis, __import__("PySide6.QtCore", fromlist=["Qt"]).Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    chart.setTitle("每月文章数")
    view.resize(800, 400)
    view.grab().save(str(out / "bars.png"))
    generator = QSvgGenerator()
    generator.setFileName(str(out / "bars.svg"))
    generator.setSize(QSize(800, 400))
    generator.setViewBox(QRectF(0, 0, 800, 400))
    painter = QPainter(generator)
    view.render(painter)
    painter.end()
    # QtCharts has no heat map: it would be drawn by hand (or with a scatter of squares).
    return {"ready_s": ready, "draw_save_s": time.perf_counter() - t1, "no_heat_map": True}


def child(name: str) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["bench"])  # noqa: F841
    out = Path(tempfile.mkdtemp(prefix=f"charts-{name}-"))
    result = globals()[f"run_{name}"](out)
    for file in sorted(out.iterdir()):
        result[file.name] = file.stat().st_size
    svg = (out / "bars.svg").read_text(encoding="utf-8", errors="replace")
    result["svg_text_as_text"] = "每月" in svg or "&#27599;" in svg
    print(json.dumps(result))


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2])
        return
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in CANDIDATES:
        runs = []
        for _ in range(3):
            done = subprocess.run([sys.executable, __file__, "--child", name], env=env, capture_output=True, text=True)
            if done.returncode != 0:
                last_line = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else str(done.returncode)
                print(f"{name:11} {'not installed' if 'ModuleNotFoundError' in last_line else 'failed'}: {last_line}")
                break
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        if not runs:
            continue
        ready = sorted(r["ready_s"] for r in runs)[len(runs) // 2]
        draw = sorted(r["draw_save_s"] for r in runs)[len(runs) // 2]
        last = runs[-1]
        sizes = ", ".join(f"{k} {v / 1024:.0f} KB" for k, v in last.items() if k.endswith((".png", ".svg")))
        notes = []
        if last.get("no_heat_map"):
            notes.append("no heat map")
        notes.append("SVG text as text" if last["svg_text_as_text"] else "SVG text as paths/none")
        print(f"{name:11} import + first widget {ready * 1000:6.0f} ms   draw and save both charts {draw * 1000:6.0f} ms   "
              f"({sizes}; {', '.join(notes)})  median of {len(runs)}")  # fmt: skip


if __name__ == "__main__":
    main()
