"""The page view: the open article's PDF page as printed, its region outlined, beside the reading column.

The dock shows one of three things: the page (PageCanvas), a plain note
(a text page has no page to show; no article is open), or what is wrong
with the PDF (moved or changed since it was imported) with Locate….

The canvas's scene is in PDF points with y downwards (scene y = page
height − PDF y), so the stored boxes are drawn as they are and zoom is the
view's transform alone. The rendered image is placed over the page rect
whatever its resolution; a sharper one replaces it after a zoom.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPen, QPixmap, QTransform
from PySide6.QtWidgets import (
    QDockWidget,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reader.model import Box
from reader.page_boxes import contains
from reader.ui.plain_text import plain_label

ZOOM_STEP = 1.25
ZOOM_MIN = 0.1  # view pixels per point
ZOOM_MAX = 8.0
CLICK_SLOP = 4  # pixels a press may move and still be a click, not a drag

_OPEN = QColor(214, 68, 40)  # the open article
_OTHER = QColor(40, 110, 200)  # the page's other articles, clickable
_FOCUS = QColor(240, 170, 0)  # the paragraph or passage selected


class PageCanvas(QGraphicsView):
    """One PDF page with article regions; click a region to open its article; Ctrl+wheel and +/- zoom."""

    regionClicked = Signal(int)  # article id
    zoomChanged = Signal(float)  # view pixels per point

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageCanvas")
        self.setScene(QGraphicsScene(self))
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QBrush(QColor(128, 128, 128)))
        self._pixmap = QGraphicsPixmapItem()
        self._pixmap.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self._pixmap)
        self._paper = self.scene().addRect(QRectF(), QPen(Qt.PenStyle.NoPen), QBrush(Qt.GlobalColor.white))
        self._paper.setZValue(-1)
        self._height = 0.0
        self._width = 0.0
        self._regions: dict[int, list[Box]] = {}
        self._open: int | None = None
        self._items: list[QGraphicsRectItem] = []
        self._focus_items: list[QGraphicsRectItem] = []
        self._zoom = 1.0
        self._fit_pending = True
        self._press: QPointF | None = None

    # -- what is shown ------------------------------------------------------------------------------
    def set_page(self, width: float, height: float) -> None:
        """A new page of ``width`` × ``height`` points: blank paper until its image comes."""
        if (width, height) != (self._width, self._height):
            self._fit_pending = True
        self._width, self._height = width, height
        self._pixmap.setPixmap(QPixmap())
        self._paper.setRect(QRectF(0, 0, width, height))
        self.scene().setSceneRect(QRectF(0, 0, width, height))
        if self._fit_pending:
            self.fit_width()

    def set_image(self, image: QImage, scale: float) -> None:
        """The rendered page, ``scale`` image pixels per point."""
        self._pixmap.setPixmap(QPixmap.fromImage(image))
        self._pixmap.setTransform(QTransform.fromScale(1 / scale, 1 / scale))

    def has_image(self) -> bool:
        return not self._pixmap.pixmap().isNull()

    def set_regions(self, regions: dict[int, list[Box]], open_article: int | None) -> None:
        """Every article's rectangles on the page; the open one outlined, the others faint."""
        for item in self._items:
            self.scene().removeItem(item)
        self._items = []
        self._regions, self._open = regions, open_article
        for article_id, boxes in regions.items():
            colour = _OPEN if article_id == open_article else _OTHER
            fill = QColor(colour)
            fill.setAlpha(40 if article_id == open_article else 14)
            pen = QPen(colour, 2.5 if article_id == open_article else 1.0)
            pen.setCosmetic(True)  # the same width at every zoom
            for box in boxes:
                item = self.scene().addRect(self._rect(box), pen, QBrush(fill))
                item.setData(0, article_id)
                item.setZValue(2 if article_id == open_article else 1)
                self._items.append(item)

    def set_focus_boxes(self, boxes: Sequence[Box]) -> None:
        """The paragraph or passage selected in the reading column, outlined on the page."""
        for item in self._focus_items:
            self.scene().removeItem(item)
        self._focus_items = []
        pen = QPen(_FOCUS, 2.0)
        pen.setCosmetic(True)
        for box in boxes:
            item = self.scene().addRect(self._rect(box).adjusted(-1.5, -1.5, 1.5, 1.5), pen, QBrush(Qt.BrushStyle.NoBrush))
            item.setZValue(3)
            self._focus_items.append(item)

    def region_items(self) -> list[QGraphicsRectItem]:
        return list(self._items)

    def focus_items(self) -> list[QGraphicsRectItem]:
        return list(self._focus_items)

    def open_region_rect(self) -> QRectF:
        """The scene rect around the open article's rectangles (empty when none)."""
        rect = QRectF()
        for item in self._items:
            if item.data(0) == self._open:
                rect = rect.united(item.rect())
        return rect

    def show_open_region(self) -> None:
        rect = self.open_region_rect()
        if not rect.isEmpty():
            self.ensureVisible(rect.adjusted(-10, -10, 10, 10), 20, 20)
            self.centerOn(rect.center().x(), rect.top() + min(rect.height(), self.viewport().height() / self._zoom) / 2)

    def _rect(self, box: Box) -> QRectF:
        return QRectF(box.x0, self._height - box.y1, box.x1 - box.x0, box.y1 - box.y0)

    def scene_point_of(self, x: float, y: float) -> QPointF:
        """A point given in PDF points as a scene point (for tests and clicks)."""
        return QPointF(x, self._height - y)

    def article_at(self, scene: QPointF) -> int | None:
        x, y = scene.x(), self._height - scene.y()
        hits = [a for a, boxes in self._regions.items() if contains(boxes, x, y)]
        return hits[0] if hits else None

    # -- zoom ------------------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        if abs(zoom - self._zoom) < 1e-6:
            return
        self._zoom = zoom
        self.setTransform(QTransform.fromScale(zoom, zoom))
        self.zoomChanged.emit(zoom)

    def zoom_in(self) -> None:
        self._fit_pending = False
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._fit_pending = False
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        """The page as wide as the view; it stays so as the view is resized, until the user zooms."""
        self._fit_pending = True
        margin = self.verticalScrollBar().sizeHint().width() + 8
        # The width as if no scroll bar showed, less room for one: measured on
        # the viewport, a scroll bar that comes and goes with the zoom would
        # change the zoom again, for ever (and the sharp render never comes).
        available = self.maximumViewportSize().width()
        if self._width > 0 and available > margin + 40:
            self.set_zoom((available - margin) / self._width)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._fit_pending:
            self.fit_width()

    def wheelEvent(self, event) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_in() if event.angleDelta().y() > 0 else self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key.Key_0:
            self.fit_width()
        else:
            super().keyPressEvent(event)

    # -- clicks (a press and release without a drag) -------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position() - press).manhattanLength() > CLICK_SLOP:
            return  # a pan
        article = self.article_at(self.mapToScene(event.position().toPoint()))
        if article is not None and article != self._open:
            self.regionClicked.emit(article)


class PageViewDock(QDockWidget):
    """The dock: the page, or a note, or what is wrong with the PDF and Locate…."""

    locateRequested = Signal()

    PAGE, NOTE, PROBLEM = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageViewDock")
        self.canvas = PageCanvas(self)
        self.note = plain_label("", self)
        self.note.setObjectName("pageViewNote")
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = QWidget(self)
        self.problem_label = plain_label("", self.problem)
        self.problem_label.setObjectName("pageViewProblem")
        self.problem_label.setWordWrap(True)
        self.locate_button = QPushButton(self.problem)
        self.locate_button.setObjectName("pageViewLocate")
        self.locate_button.clicked.connect(self.locateRequested)
        column = QVBoxLayout(self.problem)
        column.addStretch(1)
        column.addWidget(self.problem_label)
        column.addWidget(self.locate_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        self.stack = QStackedWidget(self)
        for widget in (self.canvas, self.note, self.problem):
            self.stack.addWidget(widget)
        self.setWidget(self.stack)
        # Until the first image comes, the zoom may change many times: render once it settles.
        self.settle = QTimer(self)
        self.settle.setSingleShot(True)
        self.settle.setInterval(150)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Page"))
        self.locate_button.setText(self.tr("Locate…"))

    def showing(self) -> int:
        return self.stack.currentIndex()

    def show_page(self) -> None:
        self.stack.setCurrentIndex(self.PAGE)

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.stack.setCurrentIndex(self.NOTE)

    def show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.stack.setCurrentIndex(self.PROBLEM)
