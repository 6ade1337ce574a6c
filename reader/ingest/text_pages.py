"""A text page file read, decoded, parsed and keyed, ready for the store.

pdftotext and pdfminer.six end every page of a PDF with a form feed, so a
whole issue extracted at once (``pdftotext issue.pdf``) is one text file of
many pages. Each stretch between form feeds is a page of its own, numbered
as in the PDF (blank ones counted: a picture page has no text), and named
«issue.txt#page=3» as a PDF's pages are. A file with text on one page only
(pdftotext's one-page output ends with a form feed too) is one page, as
before.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reader.ingest.errors import IngestError
from reader.ingest.identity import ImportIdentity, identify
from reader.model import Page, PageMeta
from reader.store.keys import text_key
from reader.store.records import ImportResult

PAGE_BREAK = "\f"


@dataclass(slots=True)
class ReadPage:
    name: str  # what the library lists it as (the file name, «issue.txt#page=3» for a page of many)
    path: str  # the absolute path it was read from
    page: Page
    raw_text: str  # the decoded text: what a re-parse reads again
    encoding: str
    content_key: str  # identifies the page's content whatever its encoding (reader.store.pages.text_key)
    identity: list[PageMeta]  # what the header, the file name and the import's options say (ingest/identity.py)
    notes: list[str]  # what the identity could not settle, for the import report


@dataclass(slots=True)
class TextPageEvent:
    """One page of a text file, imported, found in the library already, or refused."""

    path: Path
    number: int  # 1-based page in the file; 0 for a file that is one page
    count: int  # pages in the file (1 for a file that is one page)
    result: ImportResult | None = None
    error: str | None = None  # why the page was not imported, naming the file and page


def split_pages(text: str) -> list[tuple[int, str]]:
    """(number, text) of each page of a file's text: [(0, text)] when only one page has text,
    else every stretch between form feeds from 1 on, blank ones included (the caller reports
    them); the form feed after the last page ends it and is no page of its own."""
    parts = text.split(PAGE_BREAK)
    if len(parts) > 1 and not parts[-1].strip():
        parts.pop()
    if sum(1 for part in parts if part.strip()) <= 1:
        return [(0, text)]
    return list(enumerate(parts, 1))


def text_page_name(path: Path, number: int) -> str:
    """How the library names a page of a text file: the file's name, and the page when it has several."""
    return f"{path.name}#page={number}" if number else path.name


def blank_page_message(path: Path, number: int) -> str:
    return f"page {number} of {path.name} has no text (blank, or a picture without a text layer)"


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
    path: Path, text: str, encoding: str, content_key: str, how: ImportIdentity | None = None, number: int = 0
) -> ReadPage:
    """Parse one page of the file at ``path`` (``number`` as in split_pages) and learn its identity."""
    from reader import parsing

    page = parsing.parse_page(text)
    page.encoding = encoding
    resolved = path.resolve()
    metas, notes = identify(page, resolved, how, page_in_file=number or None)
    return ReadPage(text_page_name(path, number), str(resolved), page, text, encoding, content_key, metas, notes)


@dataclass(slots=True)
class DecodedFile:
    text: str
    encoding: str
    content_key: str  # of the whole text: the key of a file that is one page
    pages: list[tuple[int, str]]  # split_pages(text)


def decode_text_file(path: Path) -> DecodedFile:
    """A page file decoded and cut into its pages; IngestError naming the file when it cannot be read."""
    text, encoding, key = decode_text_page(path)
    return DecodedFile(text, encoding, key, split_pages(text))


def many_pages_message(path: Path, count: int) -> str:
    return f"{path}: holds {count} pages (form feeds between them); import it with import_files, which takes each page"


def read_text_page(path: str | Path, how: ImportIdentity | None = None) -> ReadPage:
    """Read, decode (with the parser's size limit) and parse a one-page file, and learn its identity."""
    path = Path(path)
    decoded = decode_text_file(path)
    if len(decoded.pages) > 1:
        raise IngestError(many_pages_message(path, len(decoded.pages)))
    return parse_text_page(path, decoded.text, decoded.encoding, decoded.content_key, how)


def import_text_pages(
    library, path: str | Path, how: ImportIdentity | None = None, decoded: DecodedFile | None = None
) -> Iterator[TextPageEvent]:
    """Import every page of a text file, one event per page as it is stored.

    The file is decoded first (IngestError naming it when it cannot be a
    page, before anything is written; ``decoded`` when the caller has done
    that); each page is then its own transaction, and the same content
    already in the library (in any encoding, under any name) is recognised
    before it is parsed.
    """
    path = Path(path)
    decoded = decoded or decode_text_file(path)
    encoding, key, pages = decoded.encoding, decoded.content_key, decoded.pages
    stored: list[int] = []  # the file's pages in the library
    added = False
    for number, part in pages:
        event = TextPageEvent(path, number, len(pages) if number else 1)
        if not part.strip():
            event.error = blank_page_message(path, number)
            yield event
            continue
        part_key = text_key(part) if number else key
        name = text_page_name(path, number)
        where = f"{path}#page={number}" if number else str(path)
        # Checked before parsing, so that re-importing a folder is cheap.
        known = library.pages.known(part_key, where)
        if known is None:
            read = parse_text_page(path, part, encoding, part_key, how, number)
            known = library.pages.add(
                name, read.page, path=read.path, content_key=part_key, raw_text=read.raw_text, encoding=encoding,
                identity=read.identity,
            )  # fmt: skip
            if not known.duplicate:
                known.notes.extend(read.notes)
        if number:
            known.path = where
        stored.append(known.source_id)
        added = added or not known.duplicate
        event.result = known
        yield event
    if added:
        # An issue's inner pages seldom print the masthead: they take what the others agree on.
        library.identity.share_across_issue(stored)
