"""A chart over the table it draws, with buttons saving the chart as PNG and SVG and the table as CSV."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget

from reader.export import write_csv
from reader.ui.charts import save_png, save_svg


class ChartPanel(QWidget):
    """A chart over the table it draws, with Save buttons."""

    def __init__(self, chart: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = chart
        self.name = name
        self.columns: tuple[str, ...] = ()
        self.rows: list[tuple] = []
        self.table = QTableView(self)
        self.table.setObjectName(f"{name}Table")
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.model = QStandardItemModel(self)
        self.table.setModel(self.model)
        self.buttons = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for kind in ("png", "svg", "csv"):
            button = QPushButton(self)
            button.setObjectName(f"{name}Save{kind.upper()}")
            button.clicked.connect(lambda _=False, k=kind: self._choose(k))
            self.buttons[kind] = button
            row.addWidget(button)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([460, 160])  # the chart first: its labels need the room
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.buttons["png"].setText(self.tr("Save PNG…"))
        self.buttons["svg"].setText(self.tr("Save SVG…"))
        self.buttons["csv"].setText(self.tr("Save Table as CSV…"))

    def set_table(self, columns: Sequence[str], rows: Sequence[tuple]) -> None:
        self.columns, self.rows = tuple(columns), [tuple(r) for r in rows]
        self.model.clear()
        self.model.setHorizontalHeaderLabels(list(self.columns))
        for row in self.rows:
            items = []
            for value in row:
                item = QStandardItem("" if value is None else str(value))
                if isinstance(value, (int, float)):
                    item.setData(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), Qt.ItemDataRole.TextAlignmentRole)
                items.append(item)
            self.model.appendRow(items)

    def save(self, kind: str, path: str | Path) -> bool:
        if kind == "png":
            return save_png(self.chart, path)
        if kind == "svg":
            return save_svg(self.chart, path, self.name)
        write_csv(path, self.columns, self.rows)
        return True

    def _choose(self, kind: str) -> None:
        filters = {"png": self.tr("PNG images (*.png)"), "svg": self.tr("SVG images (*.svg)"), "csv": self.tr("CSV files (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), f"{self.name}.{kind}", filters[kind])
        if path:
            try:
                self.save(kind, path)
            except OSError as error:
                self.window().show_message(self.tr("Could not save %1: %2").replace("%1", path).replace("%2", str(error)))
