"""The legend above the article: one checkable button per entity type, in its colour."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QResizeEvent
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
        # The least width is minimumSizeHint's (swatches alone), not the named buttons'.
        layout.setSizeConstraint(QHBoxLayout.SizeConstraint.SetNoConstraint)
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
        self._named_width = 0
        self.set_dark(False)
        self.retranslate()

    def retranslate(self) -> None:
        for label, button in self._buttons.items():
            button.setText(label_name(label))
            button.setToolTip(self.tr("Show or hide highlighted {type}").format(type=label_name(label)))
        self._named_width = self._width_with_names()
        self._fit(self.width())

    def minimumSizeHint(self) -> QSize:
        # Swatches alone fit a narrow reading column (the page view beside it);
        # the names stay in the tooltips. Without this the legend's names
        # would set the least width of the whole window's middle.
        layout = self.layout()
        margins = layout.contentsMargins()
        swatches = sum(b.iconSize().width() + 12 for b in self._buttons.values())
        spacing = layout.spacing() * (len(self._buttons) - 1)
        return QSize(swatches + spacing + margins.left() + margins.right(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit(event.size().width())

    def names_shown(self) -> bool:
        return next(iter(self._buttons.values())).toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon

    def _width_with_names(self) -> int:
        layout = self.layout()
        margins = layout.contentsMargins()
        width = margins.left() + margins.right() + layout.spacing() * (len(self._buttons) - 1)
        for button in self._buttons.values():
            style = button.toolButtonStyle()
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            width += button.sizeHint().width()
            button.setToolButtonStyle(style)
        return width

    def _fit(self, width: int) -> None:
        style = (Qt.ToolButtonStyle.ToolButtonTextBesideIcon if width >= self._named_width
                 else Qt.ToolButtonStyle.ToolButtonIconOnly)
        for button in self._buttons.values():
            if button.toolButtonStyle() != style:
                button.setToolButtonStyle(style)

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
