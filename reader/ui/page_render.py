"""Rendering PDF pages for the page view off the GUI thread, with a small cache of recent pages.

``PageRenderer.request(path, sha256, index, scale)`` renders in a
QThreadPool of one thread and answers with ``rendered(RenderKey, QImage)``,
or ``unavailable(RenderKey, kind, message)`` when the file is not at
``path`` (kind "missing") or its content is not the content imported
(kind "changed"). A file is hashed once per size and modification time.
Recent images are kept (LRU), so going back to a page shows it at once.
"""

from __future__ import annotations

import os
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage

CACHE_PAGES = 8


@dataclass(frozen=True, slots=True)
class RenderKey:
    path: str
    sha256: str
    index: int  # 0-based page
    scale: float  # pixels per PDF point, rounded (device pixels: zoom × device pixel ratio)


def rounded_scale(scale: float) -> float:
    # Zoom steps land on the same key; a quarter of a percent is invisible.
    return round(max(0.05, min(scale, 12.0)), 2)


def render_image(path: str, index: int, scale: float) -> QImage:
    """The page as a QImage (RGBA8888), holding PDFium's lock while PDFium works."""
    from reader.pdf import PdfFile
    from reader.pdf_lock import PDFIUM_LOCK

    with PDFIUM_LOCK, PdfFile(path) as pdf:
        page = pdf.render(index, scale)
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGBA8888)
    return image.copy()  # owns its pixels: ``page.data`` goes away with this frame


class _Signals(QObject):
    rendered = Signal(object, object)  # RenderKey, QImage
    unavailable = Signal(object, str, str)  # RenderKey, kind, message


class _RenderJob(QRunnable):
    def __init__(self, renderer: "PageRenderer", key: RenderKey) -> None:
        super().__init__()
        self._renderer = renderer
        self._key = key

    def run(self) -> None:
        key, signals = self._key, self._renderer.signals
        problem = self._renderer.check_file(key.path, key.sha256)
        if problem is not None:
            signals.unavailable.emit(key, *problem)
            return
        try:
            image = render_image(key.path, key.index, key.scale)
        except Exception as error:  # noqa: BLE001 - a page that cannot be drawn is reported, not raised
            signals.unavailable.emit(key, "damaged", str(error) or type(error).__name__)
            return
        signals.rendered.emit(key, image)


class PageRenderer(QObject):
    rendered = Signal(object, object)  # RenderKey, QImage
    unavailable = Signal(object, str, str)  # RenderKey, kind ("missing" | "changed" | "damaged"), message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # PDFium is serialised anyway; one page after another
        self.signals = _Signals(self)
        self.signals.rendered.connect(self._on_rendered)
        self.signals.unavailable.connect(self._on_unavailable)
        self._cache: OrderedDict[RenderKey, QImage] = OrderedDict()
        self._pending: set[RenderKey] = set()
        # (path, sha256) -> (size, mtime) the file had when its hash matched; read in the pool's thread.
        self._verified: dict[tuple[str, str], tuple[int, int]] = {}

    def cached(self, key: RenderKey) -> QImage | None:
        image = self._cache.get(key)
        if image is not None:
            self._cache.move_to_end(key)
        return image

    def request(self, key: RenderKey) -> QImage | None:
        """The image now when it is cached, else None and ``rendered`` (or ``unavailable``) later."""
        image = self.cached(key)
        if image is not None or key in self._pending:
            return image
        self._pending.add(key)
        self.pool.start(_RenderJob(self, key))
        return None

    def forget_file(self, path: str) -> None:
        """The file's hash is checked again at its next render (it was located, or may have changed)."""
        self._verified = {k: v for k, v in self._verified.items() if k[0] != path}
        for key in [k for k in self._cache if k.path == path]:
            del self._cache[key]

    def check_file(self, path: str, sha256: str) -> tuple[str, str] | None:
        """None when ``path`` holds the content imported, else (kind, message). Runs in the pool's thread."""
        from reader.ingest.pdf_files import file_sha256

        try:
            stat = os.stat(path)
        except OSError:
            return "missing", path
        stamp = (stat.st_size, stat.st_mtime_ns)
        if self._verified.get((path, sha256)) == stamp:
            return None
        try:
            found = file_sha256(path)
        except OSError as error:
            return "missing", f"{path} ({error.strerror or error})"
        if found != sha256:
            return "changed", path
        self._verified[(path, sha256)] = stamp
        return None

    def _on_rendered(self, key: RenderKey, image: QImage) -> None:
        self._pending.discard(key)
        self._cache[key] = image
        self._cache.move_to_end(key)
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        self.rendered.emit(key, image)

    def _on_unavailable(self, key: RenderKey, kind: str, message: str) -> None:
        self._pending.discard(key)
        self.unavailable.emit(key, kind, message)

    def stop(self) -> None:
        self.pool.clear()
        self.pool.waitForDone(10_000)
