"""``parse FILE.pdf``: each PDF page read into articles from its layout.

JSON: a list with one object per PDF page, in page order, whatever the
number of pages: ``{"page": N (1-based), "meta": {...} (as for a text page,
read from the page's header and footer bands), "articles": [...] (Article.to_json),
"page_captions": [...], "dropped": [{"line", "text", "reason"}], "bands":
[{"band", "text", "box"}], "error": null}``.  A page that cannot be read
keeps its place with ``"articles": []`` and ``"error"`` set to the message;
the other pages are read all the same.  ``dropped`` line numbers count the
lines of the page's text in reading order.
"""

from __future__ import annotations

import json
import sys

from reader.ingest.pdf_pages import read_band_identity
from reader.model import PageMeta
from reader.pdf import PdfError, PdfFile


def page_json(number: int, page=None, error: PdfError | None = None) -> dict:
    if page is None:
        return {
            "page": number, "meta": PageMeta().to_json(), "articles": [], "page_captions": [], "dropped": [],
            "bands": [], "error": str(error),
        }  # fmt: skip
    layout = page.layout
    return {
        "page": number,
        "meta": page.meta.to_json(),
        "articles": [a.to_json() for a in page.articles],
        "page_captions": list(page.page_captions),
        "dropped": [{"line": d.line_no + 1, "text": d.text, "reason": d.reason} for d in page.dropped],
        "bands": [{"band": b.band, "text": b.text, "box": b.box.to_json()} for b in layout.bands] if layout else [],
        "error": None,
    }


def run_pdf(path: str, as_json: bool, show_dropped: bool, format_page) -> int:
    """Print every page; 1 when the file or any page could not be read (reported on stderr)."""
    try:
        pdf = PdfFile(path)
    except PdfError as exc:
        print(f"reader parse: {exc}", file=sys.stderr)
        return 1
    status = 0
    out: list[dict] = []
    with pdf:
        for outcome in pdf.pages():
            number = outcome.index + 1
            if outcome.page is not None:
                read_band_identity(outcome.page.page)
            if outcome.error is not None:
                status = 1
                print(f"reader parse: {outcome.error}", file=sys.stderr)
            if as_json:
                out.append(page_json(number, outcome.page.page if outcome.page else None, outcome.error))
            elif outcome.page is not None:
                sys.stdout.write(f"=== page {number} of {pdf.page_count} ===\n")
                sys.stdout.write(format_page(outcome.page.page, show_dropped))
    if as_json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return status
