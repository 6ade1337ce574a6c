"""The filter bars' combo boxes: as wide as their «all» item, and filled only when opened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget


class FilterComboBox(QComboBox):
    """A combo box at least as wide as its first item («All newspapers»), whatever the others.

    Sized to the minimum contents length alone, a squeezed filter bar cut its
    «all» item to «All newspa», which no longer says what the box is; sized to
    all its contents, one long newspaper or file name would widen the sidebar.
    The first item is the one shown until the user picks, so it sets the width.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(4)
        # QComboBox recomputes its hint on new items only when adjusting to all contents.
        model = self.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged, model.modelReset):
            signal.connect(self.updateGeometry)

    def _first_item_size(self) -> QSize:
        if self.count() == 0:
            return QSize(0, 0)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        width = self.fontMetrics().horizontalAdvance(self.itemText(0))
        icon = self.itemIcon(0)
        if not icon.isNull():
            width += self.iconSize().width() + 4
        # A few pixels more than the text: styles pad the edit field unevenly.
        contents = QSize(width + 4, self.fontMetrics().height())
        return self.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, self)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return super().sizeHint().expandedTo(QSize(self._first_item_size().width(), 0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return super().minimumSizeHint().expandedTo(QSize(self._first_item_size().width(), 0))


class LazyComboBox(FilterComboBox):
    """A filter combo box whose items are (re)loaded by ``fill`` only when its list is opened."""

    def __init__(self, fill: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill = fill
        self._stale = True

    def invalidate(self) -> None:
        self._stale = True

    def ensure_filled(self) -> None:
        if self._stale:
            self._stale = False
            self._fill()

    def showPopup(self) -> None:  # noqa: N802 (Qt override)
        self.ensure_filled()
        super().showPopup()
