"""An independent composer of Chinese newspaper pages as PDF, with the truth of every page.

Written for testing the PDF layout reader and for giving the text parser
real extractor damage; it shares no code or text with ``reader.synthetic``.

    compose_pdf(seed, pages=1, stem=None) -> (pdf bytes, [truth per page])
    extract_all(pdf_path, page_index) -> {"pdftotext": str, "pdfminer": str, "pdfium": str}
    bad_pdf(kind, seed) -> bytes      # kinds: BAD_KINDS

The truth of a page has the shape of the hand-made gold
(/work/shared/samples/*.gold.json: kicker, title, subtitle, dateline, byline,
byline_raw, body blocks, captions) plus ``meta`` (newspaper, ISO date, page
label, page number, section, editors, issue, CN number), ``furniture``
(header, footer and jump lines, with boxes) and, for each article and block,
boxes ``[page_index, x0, y0, x1, y1]`` in PDF points (origin bottom left).

Same seed, same bytes: reportlab runs with ``invariant=1``.
"""

from composer.bad import BAD_KINDS, bad_pdf
from composer.extract import EXTRACTORS, extract_all
from composer.page import compose_pdf

__all__ = ["BAD_KINDS", "EXTRACTORS", "bad_pdf", "compose_pdf", "extract_all"]
