"""An article's tags as small removable chips that wrap onto lines and scroll.

The chips are items of a list view that flows left to right and wraps,
painted by a delegate, not one widget each: an article may carry a thousand
tags, and a thousand chip widgets (a frame, a label and a button each) took
longer to create than the whole article may take to open, while laying them
out in a flow layout cost time quadratic in their number. Items cost a few
microseconds each; the view lays them out once.

A chip shows its tag's colour as a bar on its left edge, the name in the
palette's button text (readable in both themes), elided when long (the full
name is its tooltip), and a ``×`` that removes the tag; Delete or Backspace
removes the current chip from the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from reader.store.records import Tag
from reader.ui.plain_text import tooltip

TagRole = Qt.ItemDataRole.UserRole + 1

MAX_CHIP_CHARS = 14  # wider names are elided: a 200-character tag must not widen the panel
MAX_ROWS = 4  # rows shown before the chips scroll
_EDGE = 4  # the colour bar
_PAD = 6
_SPACING = 4


class TagChipModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._tags: list[Tag] = []
        self._sizes: list[QSize] = []

    def set_tags(self, tags: list[Tag], sizes: list[QSize]) -> None:
        """The chips, with their sizes measured beforehand (the view asks for every one as it lays them out)."""
        self.beginResetModel()
        self._tags = list(tags)
        self._sizes = list(sizes)
        self.endResetModel()

    def tags(self) -> list[Tag]:
        return list(self._tags)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._tags)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._tags):
            return None
        tag = self._tags[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return tag.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(tag.name)
        if role == TagRole:
            return tag
        if role == Qt.ItemDataRole.SizeHintRole:
            return self._sizes[index.row()]
        return None


class TagChipDelegate(QStyledItemDelegate):
    removeClicked = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # Per font: its metrics and the text width of each name measured so far
        # (the same tags come back article after article).
        self._fonts: dict[str, tuple[QFontMetrics, int, int, dict[str, int]]] = {}

    def _metrics(self, option) -> tuple[QFontMetrics, int, int]:
        fm, close, widest, _widths = self._font(option.font)
        return fm, close, widest

    def _font(self, font) -> tuple[QFontMetrics, int, int, dict[str, int]]:
        key = font.key()
        entry = self._fonts.get(key)
        if entry is None:
            fm = QFontMetrics(font)
            entry = self._fonts[key] = (fm, fm.horizontalAdvance("×") + _PAD, fm.horizontalAdvance("中") * MAX_CHIP_CHARS, {})
        return entry

    def chip_size(self, font, name: str) -> QSize:
        fm, close, widest, widths = self._font(font)
        text = widths.get(name)
        if text is None:
            # +2: horizontalAdvance rounds, and elidedText measures exactly, so a
            # name measured to the pixel would be elided by a fraction of one.
            text = widths[name] = min(fm.horizontalAdvance(name) + 2, widest)
        return QSize(_EDGE + _PAD + text + _PAD + close, fm.height() + _PAD + 4)

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        size = index.data(Qt.ItemDataRole.SizeHintRole)
        return size if size is not None else self.chip_size(option.font, index.data() or "")

    def close_rect(self, option_rect: QRect, option) -> QRect:
        _fm, close, _widest = self._metrics(option)
        return QRect(option_rect.right() - close + 1, option_rect.top(), close, option_rect.height())

    def paint(self, painter: QPainter, option, index) -> None:
        tag: Tag = index.data(TagRole)
        if tag is None:
            return
        fm, close, widest = self._metrics(option)
        palette = option.palette
        rect = option.rect.adjusted(0, 1, 0, -1)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        has_focus = bool(option.state & QStyle.StateFlag.State_HasFocus)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Button))
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 3, 3)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(tag.color))
        painter.drawRoundedRect(QRect(rect.left(), rect.top(), _EDGE + 2, rect.height()), 2, 2)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.ButtonText
        painter.setPen(palette.color(text_role))
        painter.setFont(option.font)
        text_rect = QRect(rect.left() + _EDGE + _PAD, rect.top(), rect.width() - _EDGE - 2 * _PAD - close, rect.height())
        shown = fm.elidedText(tag.name, Qt.TextElideMode.ElideRight, min(text_rect.width(), widest))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine, shown)
        painter.drawText(self.close_rect(rect, option), Qt.AlignmentFlag.AlignCenter, "×")
        if has_focus:
            painter.setPen(palette.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(1, 1, -2, -2), 3, 3)
        painter.restore()

    def editorEvent(self, event, model, option, index) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            if self.close_rect(option.rect, option).contains(event.position().toPoint()):
                self.removeClicked.emit(index.data())
                return True
        return super().editorEvent(event, model, option, index)

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            name = index.data()
            if self.close_rect(option.rect, option).contains(event.pos()):
                text = tooltip(QCoreApplication.translate("TagChip", "Remove tag “{tag}”").format(tag=name))
            else:
                text = index.data(Qt.ItemDataRole.ToolTipRole)
            QToolTip.showText(event.globalPos(), text, view, option.rect)
            return True
        return super().helpEvent(event, view, option, index)


class TagChipBar(QListView):
    """Emits ``removeRequested(name)``; shows as many rows as it needs, up to MAX_ROWS, then scrolls."""

    removeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagChips")
        self._model = TagChipModel(self)
        self._delegate = TagChipDelegate(self)
        self.setModel(self._model)
        self.setItemDelegate(self._delegate)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(_SPACING // 2)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.viewport().setAutoFillBackground(False)
        self._delegate.removeClicked.connect(self.removeRequested)
        self._widths: list[int] = []
        self._fit_height()

    # -- content ------------------------------------------------------------------------
    def set_tags(self, tags: list[Tag]) -> None:
        font = self.font()
        sizes = [self._delegate.chip_size(font, tag.name) for tag in tags]
        self._model.set_tags(tags, sizes)
        self._widths = [size.width() for size in sizes]
        self._fit_height()

    def tags(self) -> list[Tag]:
        return self._model.tags()

    def tag_names(self) -> list[str]:
        return [tag.name for tag in self._model.tags()]

    def chip_rect(self, name: str) -> QRect:
        """Where the chip of ``name`` is drawn, in viewport coordinates (empty if absent)."""
        row = self.tag_names().index(name) if name in self.tag_names() else -1
        return self.visualRect(self._model.index(row)) if row >= 0 else QRect()

    def remove_button_rect(self, name: str) -> QRect:
        """The ``×`` of the chip of ``name``, in viewport coordinates."""
        rect = self.chip_rect(name)
        if rect.isEmpty():
            return rect
        option = self._option()
        return self._delegate.close_rect(rect.adjusted(0, 1, 0, -1), option)

    # -- height: the rows the chips need, up to MAX_ROWS ------------------------------------
    def _option(self) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.font = self.font()
        return option

    def _row_height(self) -> int:
        return self._delegate.chip_size(self.font(), "").height() + self.spacing() * 2

    def _rows_needed(self, width: int) -> int:
        rows, x = (1 if self._widths else 0), 0
        for w in self._widths:
            w += self.spacing() * 2
            if x and x + w > width:
                rows, x = rows + 1, 0
            x += w
        return rows

    def _fit_height(self) -> None:
        width = max(1, self.viewport().width() - self.verticalScrollBar().sizeHint().width())
        rows = min(self._rows_needed(width), MAX_ROWS)
        self.setFixedHeight(rows * self._row_height() + 2 * self.frameWidth() + (2 if rows else 0))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    def sizeHint(self) -> QSize:  # noqa: N802
        # No wider than the panel wants: the chips wrap instead.
        return QSize(200, self.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(80, 0)

    # -- keyboard -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentIndex().isValid():
            self.removeRequested.emit(self.currentIndex().data())
            return
        super().keyPressEvent(event)
