"""The page view's controller: follows the open article, reads its page's boxes, renders, and locates moved PDFs.

It reads the library (which page, where its PDF is, the boxes of the
page's lines and which article each line went to) and tells the dock what
to show; rendering and hashing run in reader.ui.page_render's thread.
Regions come from line provenance (reader.page_boxes), so they follow
corrections: after a split, each half has its own region.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QTimer, Signal
from PySide6.QtWidgets import QFileDialog

from reader.model import Box
from reader.page_boxes import article_lines, article_regions, block_range_lines, lines_boxes
from reader.store.errors import LibraryError
from reader.ui.page_render import PageRenderer, RenderKey, rounded_scale
from reader.ui.page_view import PageViewDock

PAGE_DOCK_WIDTH = 520
PAGE_DOCK_LEAST_WIDTH = 320  # a broadsheet page is still recognisable, its regions clickable
PAGE_DOCK_SHARE = 0.38  # of the window's width, at the first opening: a page is worth a wide column


def _tr(text: str) -> str:
    return QCoreApplication.translate("PageView", text)


def ask_pdf_file(parent, start: str) -> str:
    """Locate…: the file dialog (tests replace this function)."""
    path, _filter = QFileDialog.getOpenFileName(parent, _tr("Locate the PDF"), start, _tr("PDF files (*.pdf);;All files (*)"))
    return path


class _CheckJob(QRunnable):
    """Hash a located file in the render thread, off the GUI thread."""

    def __init__(self, renderer: PageRenderer, path: str, sha256: str, done) -> None:
        super().__init__()
        self._renderer, self._path, self._sha256, self._done = renderer, path, sha256, done

    def run(self) -> None:
        self._done.emit(self._path, self._renderer.check_file(self._path, self._sha256))


class PageViewUi(QObject):
    located = Signal(str, object)  # path, None or (kind, message): a located file checked
    pageShown = Signal()  # an image of the open article's page is on screen (tests wait on it)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.renderer = PageRenderer(self)
        self.dock = PageViewDock(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self._sized = False
        self._entity_width = 0
        self._article: int | None = None
        self._location = None
        self._geometry = None
        self._lines_of: dict[int, set[int]] = {}
        self._focus_timer = QTimer(self)
        self._focus_timer.setSingleShot(True)
        self._focus_timer.setInterval(0)
        self._focus_timer.timeout.connect(self._update_focus)

        action = window.actions.view_page
        action.toggled.connect(self._toggled)
        self.dock.visibilityChanged.connect(self._visibility_changed)
        self.dock.canvas.regionClicked.connect(window.open_article)
        self.dock.canvas.zoomChanged.connect(lambda _zoom: self.dock.settle.start())
        self.dock.settle.timeout.connect(self._render)
        self.dock.locateRequested.connect(self.locate)
        self.renderer.rendered.connect(self._on_rendered)
        self.renderer.unavailable.connect(self._on_unavailable)
        self.located.connect(self._on_located)
        text = window.article_view.text_view
        text.cursorPositionChanged.connect(self._focus_timer.start)
        text.selectionChanged.connect(self._focus_timer.start)
        window.controller.articlesChanged.connect(self.refresh)
        window.controller.libraryChanged.connect(self.refresh)

    def _library(self):
        return self.window.controller.library

    def visible(self) -> bool:
        return not self.dock.isHidden()

    # -- following the open article -------------------------------------------------------------------
    def follow(self, article_id: int | None) -> None:
        self._article = article_id
        if self.visible():
            self._show(article_id)

    def refresh(self) -> None:
        if self.visible():
            self._show(self.window.current_article())

    def _toggled(self, on: bool) -> None:
        if on and not self._sized:
            # Taken before the dock shows: showing it squeezes the entity index at once.
            self._entity_width = self.window.entity_dock.width()
        self.dock.setVisible(on)

    def _visibility_changed(self, _visible: bool) -> None:
        action = self.window.actions.view_page
        action.blockSignals(True)
        action.setChecked(self.visible())
        action.blockSignals(False)
        if self.visible():
            if not self._sized:
                # Once the dock is laid out: sized before, the splitter takes the width back.
                QTimer.singleShot(0, self._size_dock)
                self._sized = True
            self._show(self.window.current_article())

    def _size_dock(self) -> None:
        wanted = max(PAGE_DOCK_WIDTH, int(self.window.width() * PAGE_DOCK_SHARE))
        # The page takes what the middle can spare while the reading column
        # keeps a comfortable measure; on a small screen it still gets a
        # usable width, and the reading column gives way down to its least.
        central = self.window.centralWidget()
        reading = self.window.article_view
        middle = central.minimumSizeHint().width() if central else 0
        middle += reading.comfortable_width() - reading.minimumWidth()
        room = self.window.width() - middle - self._entity_width - 24
        width = max(min(wanted, room), PAGE_DOCK_LEAST_WIDTH)
        # The width comes from the reading column, not from the entity index on the other side.
        entity = self.window.entity_dock
        if entity.isVisible() and not entity.isFloating() and self._entity_width:
            self.window.resizeDocks([entity, self.dock], [self._entity_width, width], Qt.Orientation.Horizontal)
        else:
            self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
        QTimer.singleShot(0, self._widen_reading_column)

    def _widen_reading_column(self) -> None:
        """What the middle lost comes first from the list and the side panel, down to their least widths."""
        splitter, reading = self.window.splitter, self.window.article_view
        index = splitter.indexOf(reading)
        if index < 0:
            return
        sizes = splitter.sizes()
        short = reading.comfortable_width() - sizes[index]
        for other in range(len(sizes)):
            if short <= 0:
                break
            if other == index or sizes[other] == 0:
                continue
            take = min(short, max(0, sizes[other] - splitter.widget(other).minimumSizeHint().width()))
            sizes[other] -= take
            sizes[index] += take
            short -= take
        splitter.setSizes(sizes)

    def _show(self, article_id: int | None) -> None:
        self._article = article_id
        previous = self._location
        self._location = self._geometry = None
        if article_id is None:
            self.dock.show_note(_tr("No article is open."))
            return
        try:
            library = self._library()
            source = library.corrections.source_of(article_id)
            location = library.pdfs.location(source)
            if location is None:
                self.dock.show_note(_tr("This article comes from a text page: there is no PDF page to show. "
                                        "View ▸ Raw Page shows the page as it was imported."))  # fmt: skip
                return
            geometry = library.pdfs.geometry(source)
            lines = library.corrections.page_lines(source)
        except LibraryError as error:
            self.dock.show_note(str(error))
            return
        self._location, self._geometry = location, geometry
        self._lines_of = {}
        for line in lines:
            if line.article_id is not None:
                self._lines_of.setdefault(line.article_id, set()).add(line.no)
        stored = self.window.article_view.stored_article()
        if stored is not None and self.window.article_view.article_id() == article_id:
            # The open article's own provenance also holds lines of its joined continuation's page.
            self._lines_of.setdefault(article_id, set()).update(article_lines(stored.article))
        regions = article_regions(geometry.lines, self._lines_of, geometry.article_lines,
                                  [a.photos for a in geometry.articles])  # fmt: skip
        canvas = self.dock.canvas
        same_page = previous is not None and (previous.pdf.sha256, previous.page_index) == (location.pdf.sha256, location.page_index)
        if not same_page:
            canvas.set_page(location.width, location.height)
        canvas.set_regions(regions, article_id)
        canvas.set_focus_boxes([])
        self.dock.show_page()
        self._render()
        canvas.show_open_region()

    # -- rendering ----------------------------------------------------------------------------------------
    def _key(self) -> RenderKey | None:
        location = self._location
        if location is None:
            return None
        ratio = self.dock.canvas.devicePixelRatioF() or 1.0
        scale = rounded_scale(self.dock.canvas.zoom() * ratio)
        return RenderKey(location.pdf.path, location.pdf.sha256, location.page_index, scale)

    def _render(self) -> None:
        key = self._key()
        if key is None:
            return
        image = self.renderer.request(key)
        if image is not None:
            self._on_rendered(key, image)

    def _is_current(self, key: RenderKey) -> bool:
        location = self._location
        return location is not None and (key.path, key.sha256, key.index) == (
            location.pdf.path, location.pdf.sha256, location.page_index)  # fmt: skip

    def _on_rendered(self, key: RenderKey, image) -> None:
        if not self._is_current(key):
            return
        current = self._key()
        canvas = self.dock.canvas
        # An older scale still shows the page until the sharp one comes.
        if key == current or not canvas.has_image():
            canvas.set_image(image, key.scale)
            self.dock.show_page()
            if key == current:
                self.pageShown.emit()

    def _on_unavailable(self, key: RenderKey, kind: str, message: str) -> None:
        if not self._is_current(key):
            return
        if kind == "missing":
            text = _tr("The PDF of this page is not at %1 any more (moved, renamed or deleted). "
                       "Locate… it to see the page again.").replace("%1", key.path)  # fmt: skip
        elif kind == "changed":
            text = _tr("The PDF at %1 has changed since it was imported: it is not the file this page came "
                       "from. Locate… the file as it was imported.").replace("%1", key.path)  # fmt: skip
        else:
            text = _tr("The page could not be drawn: %1").replace("%1", message)
        self.dock.show_problem(text)

    # -- Locate… -------------------------------------------------------------------------------------------------
    def locate(self) -> None:
        location = self._location
        if location is None:
            return
        old = Path(location.pdf.path)
        start = str(old.parent) if old.parent.is_dir() else str(Path.home())
        path = ask_pdf_file(self.window, start)
        if path:
            self.renderer.pool.start(_CheckJob(self.renderer, str(Path(path).resolve()), location.pdf.sha256, self.located))

    def _on_located(self, path: str, problem) -> None:
        location = self._location
        if location is None:
            return
        if problem is not None:
            kind, _message = problem
            why = (_tr("%1 is not the PDF this page came from (its content differs); choose the file as it was imported.")
                   if kind == "changed" else _tr("%1 could not be read."))  # fmt: skip
            self.dock.show_problem(why.replace("%1", path))
            return
        try:
            self._library().pdfs.relocate(location.pdf.id, path)
        except LibraryError as error:
            self.window.show_error(str(error))
            return
        self.renderer.forget_file(location.pdf.path)
        self.window.statusBar().showMessage(_tr("The PDF is now read from %1").replace("%1", path), 10_000)
        self._location = None
        self._show(self.window.current_article())

    # -- the paragraph or passage selected ------------------------------------------------------------------------
    def _update_focus(self) -> None:
        if not self.visible() or self._geometry is None:
            return
        view = self.window.article_view
        stored, layout = view.stored_article(), view.layout_document()
        if stored is None or layout is None or view.article_id() != self._article:
            return
        selected = view.selected_range()
        if selected is None:
            at = layout.to_body_offset(view.cursor_position())
            selected = None if at is None else (at, at)
        boxes: list[Box] = []
        if selected is not None:
            boxes = lines_boxes(self._geometry.lines, block_range_lines(stored.article, *selected))
        self.dock.canvas.set_focus_boxes(boxes)

    def stop(self) -> None:
        self.renderer.stop()
