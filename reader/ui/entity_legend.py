"""The legend above the article: one checkable button per entity type, in its colour."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from reader.model import ENTITY_LABELS
from reader.ui.palette import EntityPalette, label_name


def _swatch_icon(fill: QColor, border: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setPen(border)
    painter.setBrush(fill)
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


class EntityLegend(QWidget):
    visibleLabelsChanged = Signal(object)  # set[str]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityLegend")
        self._buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for label in ENTITY_LABELS:
            button = QToolButton(self)
            button.setObjectName(f"legend{label}")
            button.setCheckable(True)
            button.setChecked(True)
            button.setAutoRaise(True)
            button.setIconSize(QSize(12, 12))
            button.setToolButtonStyle(button.toolButtonStyle().ToolButtonTextBesideIcon)
            button.toggled.connect(self._on_toggled)
            layout.addWidget(button)
            self._buttons[label] = button
        layout.addStretch(1)
        self.set_dark(False)
        self.retranslate()

    def retranslate(self) -> None:
        for label, button in self._buttons.items():
            button.setText(label_name(label))
            button.setToolTip(self.tr("Show or hide highlighted {type}").format(type=label_name(label)))

    def set_dark(self, dark: bool) -> None:
        palette = EntityPalette(dark=dark)
        for label, button in self._buttons.items():
            button.setIcon(_swatch_icon(palette.background(label), palette.border(label)))

    def button(self, label: str) -> QToolButton:
        return self._buttons[label]

    def visible_labels(self) -> set[str]:
        return {label for label, button in self._buttons.items() if button.isChecked()}

    def set_visible_labels(self, labels: set[str]) -> None:
        """Check exactly ``labels``, emitting visibleLabelsChanged once at most."""
        before = self.visible_labels()
        for label, button in self._buttons.items():
            button.blockSignals(True)
            button.setChecked(label in labels)
            button.blockSignals(False)
        if self.visible_labels() != before:
            self.visibleLabelsChanged.emit(self.visible_labels())

    def _on_toggled(self, _checked: bool) -> None:
        self.visibleLabelsChanged.emit(self.visible_labels())
