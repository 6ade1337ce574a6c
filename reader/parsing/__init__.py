"""Page parser: raw newspaper page text in, structured articles out.

Public API:
    read_page_file(path) -> tuple[str, str]      # (text, encoding name); raises PageDecodeError
    decode_bytes(data, name="<bytes>") -> tuple[str, str]
    parse_page(text) -> reader.model.Page
    parse_file(path) -> reader.model.Page         # read_page_file + parse_page, Page.encoding set
    PageDecodeError(Exception)                    # message names the file and the problem

Steps, one module each: decode → lines → furniture / captions → articles
(bylines, headlines) → paragraphs.  Whitespace-only lines carry no
characters and are not listed in Page.dropped.
"""

from reader.parsing.decode import MAX_PAGE_BYTES, PageDecodeError, decode_bytes, read_page_file
from reader.parsing.page import parse_file, parse_page

__all__ = ["MAX_PAGE_BYTES", "PageDecodeError", "decode_bytes", "parse_file", "parse_page", "read_page_file"]
