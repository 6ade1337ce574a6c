"""A text page file read, decoded, parsed and keyed, ready for the store."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.ingest.errors import IngestError
from reader.ingest.identity import ImportIdentity, identify
from reader.model import Page, PageMeta
from reader.store.keys import text_key


@dataclass(slots=True)
class ReadPage:
    name: str  # what the library lists it as (the file name)
    path: str  # the absolute path it was read from
    page: Page
    raw_text: str  # the decoded text: what a re-parse reads again
    encoding: str
    content_key: str  # identifies the page's content whatever its encoding (reader.store.pages.text_key)
    identity: list[PageMeta]  # what the header, the file name and the import's options say (ingest/identity.py)
    notes: list[str]  # what the identity could not settle, for the import report


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


def parse_text_page(
    path: Path, text: str, encoding: str, content_key: str, how: ImportIdentity | None = None
) -> ReadPage:
    from reader import parsing

    page = parsing.parse_page(text)
    page.encoding = encoding
    resolved = path.resolve()
    metas, notes = identify(page, resolved, how)
    return ReadPage(path.name, str(resolved), page, text, encoding, content_key, metas, notes)


def read_text_page(path: str | Path, how: ImportIdentity | None = None) -> ReadPage:
    """Read, decode (with the parser's size limit) and parse one page file, and learn its identity."""
    path = Path(path)
    text, encoding, key = decode_text_page(path)
    return parse_text_page(path, text, encoding, key, how)
