"""A text page file read, decoded, parsed and keyed, ready for the store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.ingest.errors import IngestError
from reader.model import Page
from reader.store.keys import text_key


@dataclass(slots=True)
class ReadPage:
    name: str  # what the library lists it as (the file name)
    path: str  # the absolute path it was read from
    page: Page
    raw_text: str  # the decoded text: what a re-parse reads again
    encoding: str
    content_key: str  # identifies the page's content whatever its encoding (reader.store.pages.text_key)


def decode_text_page(path: Path) -> tuple[str, str, str]:
    """(text, encoding, content key) of a page file; IngestError naming the file when it cannot be a page."""
    from reader import parsing  # the parser is only needed for files

    try:
        text, encoding = parsing.read_page_file(path)
    except parsing.PageDecodeError as exc:
        raise IngestError(str(exc)) from None
    if not text.strip():
        raise IngestError(f"{path}: no text (the file is empty or holds only whitespace)")
    return text, encoding, text_key(text)


def parse_text_page(path: Path, text: str, encoding: str, content_key: str) -> ReadPage:
    from reader import parsing

    page = parsing.parse_page(text)
    page.encoding = encoding
    return ReadPage(path.name, str(path.resolve()), page, text, encoding, content_key)


def read_text_page(path: str | Path) -> ReadPage:
    """Read, decode (with the parser's size limit) and parse one page file."""
    path = Path(path)
    text, encoding, key = decode_text_page(path)
    return parse_text_page(path, text, encoding, key)
