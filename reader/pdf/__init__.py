"""Newspaper pages from PDFs: layout reading with PDFium (pypdfium2), Qt-free.

Public API:
    PdfFile(path)                      # open; PdfError (kind missing | damaged | encrypted | empty)
      .page_count
      .read(index) -> PdfPage          # one page's parse; PdfError (scanned | no_unicode | not_newspaper | damaged)
      .pages() -> Iterator[PageOutcome]  # every page, each with its page or its error
      .render(index, scale) -> RenderedPage   # RGBA pixels for the page view
      .page_size(index) -> (width, height) in points
    read_pdf(path) -> list[PageOutcome]
    PdfError                           # .kind, .path, .page (1-based or None); str() names file and page

A PdfPage holds a reader.model.Page whose ``layout`` (PageLayout) gives the
boxes of every article, block and caption, the header and footer band lines
(for the page identity) and the page's text in reading order.
"""

from reader.pdf.document import PageOutcome, PdfFile, PdfPage, read_pdf
from reader.pdf.errors import PdfError
from reader.pdf.render import RenderedPage

__all__ = ["PageOutcome", "PdfError", "PdfFile", "PdfPage", "RenderedPage", "read_pdf"]
