"""Reading stored PDF pages again for a re-parse: from their PDF when it is there unchanged.

    with PdfRereader() as read_pdf:
        library.reparse(parsing.parse_page, read_pdf)

``read_pdf(location)`` gives the page read again with this version's layout
reader, or raises PdfUnavailable saying why it cannot be (the file is not
where the library says, or its content is not the content imported): the
store then keeps the page as it is. Each file is hashed once and kept open
while its pages come one after another.
"""

from __future__ import annotations

from pathlib import Path

from reader.ingest.pdf_files import file_sha256
from reader.ingest.pdf_pages import read_pdf_page
from reader.model import Page
from reader.pdf_lock import PDFIUM_LOCK


class PdfUnavailable(Exception):
    pass


class PdfRereader:
    def __init__(self) -> None:
        self._hashes: dict[str, str | None] = {}
        self._open: tuple[str, object] | None = None

    def __enter__(self) -> "PdfRereader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self._open is not None:
            with PDFIUM_LOCK:
                self._open[1].close()
            self._open = None

    def __call__(self, location) -> Page:
        from reader.pdf import PdfError, PdfFile

        path = location.pdf.path
        if path not in self._hashes:
            try:
                self._hashes[path] = file_sha256(path) if Path(path).is_file() else None
            except OSError:
                self._hashes[path] = None
        found = self._hashes[path]
        if found is None:
            raise PdfUnavailable(f"its PDF is not at {path} (moved or deleted); kept as it was (locate the PDF in the app's page view)")
        if found != location.pdf.sha256:
            raise PdfUnavailable(f"its PDF {path} has changed since it was imported; kept as it was")
        if self._open is None or self._open[0] != path:
            self.close()
            try:
                with PDFIUM_LOCK:
                    self._open = (path, PdfFile(path))
            except PdfError as exc:
                raise PdfUnavailable(f"{exc}; kept as it was") from None
        try:
            return read_pdf_page(self._open[1], location.page_index)
        except PdfError as exc:
            raise PdfUnavailable(f"{exc}; kept as it was") from None
