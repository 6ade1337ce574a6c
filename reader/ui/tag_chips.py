"""An article's tags as small removable chips that wrap onto several lines."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QLayoutItem, QToolButton, QWidget

from reader.store.records import Tag


class FlowLayout(QLayout):
    """Lays items left to right and wraps, like words in a line of text."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() and line_height > 0:
                x, y = rect.x(), y + line_height + self.spacing()
                line_height = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self.spacing()
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y()


class TagChip(QFrame):
    removeRequested = Signal(str)

    def __init__(self, tag: Tag, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagChip")
        self.tag = tag
        self.setFrameShape(QFrame.Shape.StyledPanel)
        color = QColor(tag.color)
        # A coloured left edge names the tag's colour without hurting legibility.
        self.setStyleSheet(f"#tagChip {{ border-left: 4px solid {color.name()}; border-radius: 3px; }}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.setSpacing(2)
        self.label = QLabel(tag.name, self)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeTag")
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove tag “{tag}”").format(tag=tag.name))
        self.remove_button.setAccessibleName(self.remove_button.toolTip())
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(tag.name))
        layout.addWidget(self.label)
        layout.addWidget(self.remove_button)


class TagChipBar(QWidget):
    removeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagChips")
        self._layout = FlowLayout(self)
        self._chips: list[TagChip] = []

    def set_tags(self, tags: list[Tag]) -> None:
        for chip in self._chips:
            self._layout.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        for tag in tags:
            chip = TagChip(tag, self)
            chip.removeRequested.connect(self.removeRequested)
            self._layout.addWidget(chip)
            self._chips.append(chip)
        self.updateGeometry()

    def chips(self) -> list[TagChip]:
        return list(self._chips)

    def tag_names(self) -> list[str]:
        return [chip.tag.name for chip in self._chips]
