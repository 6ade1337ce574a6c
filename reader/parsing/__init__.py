"""Page parser: raw newspaper page text in, structured articles out.

Public API:
    read_page_file(path) -> tuple[str, str]      # (text, encoding name); raises PageDecodeError
    decode_bytes(data, name="<bytes>") -> tuple[str, str]
    parse_page(text) -> reader.model.Page
    parse_file(path) -> reader.model.Page         # read_page_file + parse_page, Page.encoding set
    PageDecodeError(Exception)                    # message names the file and the problem

Steps, one module each: decode → lines (text: widths and normalisation) →
bands (reader.identity: the header and footer lines, read into Page.meta
with origin "header") → furniture / captions → page (cut at bylines and jump lines) → zones (cut
where the column width changes) → articles (headlines, datelines,
bylines) → paragraphs (layout: the column width estimate).

Every non-whitespace character of the input ends up in an article field,
a page caption or Page.dropped (band lines read as metadata, furniture,
page numbers, jump lines, the second copy of a doubled caption).  Whitespace-only lines carry no
characters and are not listed in Page.dropped.  A file over
MAX_PAGE_BYTES (16 MiB) is refused with PageDecodeError rather than read.
"""

from reader.parsing.decode import MAX_PAGE_BYTES, PageDecodeError, decode_bytes, read_page_file

__all__ = ["MAX_PAGE_BYTES", "PageDecodeError", "decode_bytes", "parse_file", "parse_page", "read_page_file"]


def __getattr__(name: str):
    # The pipeline (and its line model) loads when a page is parsed, not when
    # another part only needs the text helpers of reader.parsing.text.
    if name in ("parse_file", "parse_page"):
        from reader.parsing import page

        return getattr(page, name)
    raise AttributeError(f"module 'reader.parsing' has no attribute {name!r}")
