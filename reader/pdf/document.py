"""Opening a PDF and reading it page by page, each bad page reported on its own."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import pypdfium2 as pdfium

from reader.model import Page
from reader.pdf import errors
from reader.pdf.errors import PdfError
from reader.pdf.extract import RawPage, read_page
from reader.pdf.layout import read_layout

# A page with fewer printed characters than this and an image over most of it is a scan.
MIN_TEXT_CHARS = 20
UNREADABLE_SHARE = 0.1


@dataclass(slots=True)
class PdfPage:
    """One page read: its index (0-based), the parse, and its size in points."""

    index: int
    page: Page
    width: float
    height: float


@dataclass(slots=True)
class PageOutcome:
    """What reading one page gave: a page, or the error that page raised."""

    index: int
    page: PdfPage | None = None
    error: PdfError | None = None


class PdfFile:
    """An open PDF.  Use as a context manager; pages are read one at a time on request."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = os.fspath(path)
        if not os.path.isfile(self.path):
            raise PdfError(self.path, "missing", "does not exist or is not a file")
        try:
            self._document = pdfium.PdfDocument(self.path)
        except pdfium.PdfiumError as exc:
            raise _open_error(self.path, exc) from None
        except OSError as exc:
            raise PdfError(self.path, "missing", f"could not be read ({exc.strerror or exc})") from None
        self.page_count = len(self._document)
        if self.page_count == 0:
            self.close()
            raise PdfError(self.path, "empty", "has no pages")

    def __enter__(self) -> "PdfFile":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        document, self._document = getattr(self, "_document", None), None
        if document is not None:
            document.close()

    def raw_page(self, index: int) -> RawPage:
        """Glyphs and graphics of page ``index`` (0-based); PdfError if PDFium cannot load it."""
        if not 0 <= index < self.page_count:
            raise IndexError(f"{self.path} has {self.page_count} pages, not {index + 1}")
        try:
            page = self._document[index]
        except pdfium.PdfiumError as exc:
            raise PdfError(self.path, "damaged", f"could not be loaded ({exc})", index + 1, self.page_count) from None
        try:
            return read_page(page, index)
        finally:
            page.close()

    def read(self, index: int) -> PdfPage:
        """Page ``index`` (0-based) read into articles; PdfError naming the file and page when it cannot be."""
        raw = self.raw_page(index)
        number = index + 1
        printed = [g for g in raw.glyphs if not g.text.isspace()]
        if len(printed) < MIN_TEXT_CHARS:
            if raw.images:
                raise errors.scanned(self.path, number, self.page_count)
            raise PdfError(self.path, "not_newspaper", "has no text on it (a blank page)", number, self.page_count)
        share = raw.unreadable / len(printed)
        if share > UNREADABLE_SHARE:
            raise errors.no_unicode(self.path, number, self.page_count, min(1.0, share))
        reading = read_layout(raw)
        if reading.columns < 2 or reading.column_share > 0.5 or reading.body_share < 0.3:
            why = ("its text is not set in newspaper columns" if reading.columns < 2 or reading.column_share > 0.5
                   else "most of its text is not running text")
            raise errors.not_newspaper(self.path, number, self.page_count, why)
        return PdfPage(index, reading.page, raw.width, raw.height)

    def pages(self) -> Iterator[PageOutcome]:
        """Every page in order, each with its page or its own error: one bad page stops nothing.

        A caller shows progress as ``outcome.index + 1`` of ``page_count`` and cancels by
        no longer iterating.
        """
        for index in range(self.page_count):
            try:
                yield PageOutcome(index, page=self.read(index))
            except PdfError as exc:
                yield PageOutcome(index, error=exc)

    def page_size(self, index: int) -> tuple[float, float]:
        page = self._document[index]
        try:
            return page.get_size()
        finally:
            page.close()

    def render(self, index: int, scale: float = 1.0):
        from reader.pdf.render import render_page

        return render_page(self._document, index, scale)


def _open_error(path: str, exc: pdfium.PdfiumError) -> PdfError:
    code = getattr(exc, "err_code", None)
    if code == pdfium.raw.FPDF_ERR_PASSWORD:
        return PdfError(path, "encrypted", "is protected by a password; reader cannot open it (remove the password and import it again)")
    if code == pdfium.raw.FPDF_ERR_SECURITY:
        return PdfError(path, "encrypted", "uses an unsupported security handler; reader cannot open it")
    if code == pdfium.raw.FPDF_ERR_FILE:
        return PdfError(path, "missing", "could not be opened (not found or not readable)")
    return PdfError(path, "damaged", "is not a PDF file or is damaged (truncated or corrupt); reader could not open it")


def read_pdf(path: str | os.PathLike[str]) -> list[PageOutcome]:
    """Every page of a PDF (see PdfFile.pages); PdfError if the file itself cannot be opened."""
    with PdfFile(path) as pdf:
        return list(pdf.pages())
