"""Page parser: raw newspaper page text in, structured articles out.

Public API:
    read_page_file(path) -> tuple[str, str]      # (text, encoding name); raises PageDecodeError
    decode_bytes(data, name="<bytes>") -> tuple[str, str]
    parse_page(text) -> reader.model.Page
    parse_file(path) -> reader.model.Page         # read_page_file + parse_page, Page.encoding set
    PageDecodeError(Exception)                    # message names the file and the problem
    doubtful_articles(page, threshold=DOUBT_THRESHOLD) -> list[bool]   # issue 12's doubt marker

Steps, one module each: decode → lines (text: widths and normalisation;
linefacts: the same measures for every line of a page at once) → sorting (bands via reader.identity, read into Page.meta with origin
"header"; furniture; doubled captions) → roles (features of each open line,
read by the trained line model, linemodel.py) → articles (headlines,
datelines, bylines, doubts) → paragraphs (layout: the column width
estimate) → captions placed on their articles.

Every non-whitespace character of the input ends up in an article field,
a page caption or Page.dropped (band lines read as metadata, furniture,
page numbers, jump lines, the second copy of a doubled caption).  Whitespace-only lines carry no
characters and are not listed in Page.dropped.  A file over
MAX_PAGE_BYTES (16 MiB) is refused with PageDecodeError rather than read.
"""

from reader.parsing.decode import MAX_PAGE_BYTES, PageDecodeError, decode_bytes, read_page_file

__all__ = [
    "DOUBT_THRESHOLD", "MAX_PAGE_BYTES", "PageDecodeError", "decode_bytes", "doubtful_articles", "parse_file",
    "parse_page", "read_page_file",
]


def __getattr__(name: str):
    # The pipeline (and its line model) loads when a page is parsed, not when
    # another part only needs the text helpers of reader.parsing.text.
    if name in ("parse_file", "parse_page"):
        from reader.parsing import page

        return getattr(page, name)
    if name in ("DOUBT_THRESHOLD", "doubtful_articles"):
        from reader.parsing import doubt

        return getattr(doubt, name)
    raise AttributeError(f"module 'reader.parsing' has no attribute {name!r}")
