"""The library's side of an exchange, as plain values: what an export reads and an import writes.

The store fills these in on export and takes them on import; the mapping
modules turn them into the REFI-QDA model and back. Offsets of passages are
code points into the article's body text, as everywhere in reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class PageIdentity:
    """Where an article was printed. Exported as the variables newspaper, date, page and section."""

    newspaper: str | None = None
    date: date | None = None
    page: str | None = None
    section: str | None = None


@dataclass(frozen=True, slots=True)
class TagUse:
    """A tag on a whole article, by one coder."""

    tag: str
    coder: str | None = None
    created: datetime | None = None


@dataclass(frozen=True, slots=True)
class NoteUse:
    text: str
    coder: str | None = None
    created: datetime | None = None
    modified: datetime | None = None


@dataclass(frozen=True, slots=True)
class Passage:
    """A passage annotation: [start, end) of the body text, with a tag, a note or both."""

    start: int
    end: int
    tag: str | None = None
    note: str | None = None
    coder: str | None = None
    created: datetime | None = None
    modified: datetime | None = None


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    page_key: str  # stable key of the page the article is on (its content hash)
    position: int  # the article's place on that page
    title: str
    body: str
    identity: PageIdentity = PageIdentity()
    page_name: str | None = None  # the page file's name
    byline: str | None = None
    tags: tuple[TagUse, ...] = ()
    notes: tuple[NoteUse, ...] = ()
    passages: tuple[Passage, ...] = ()


@dataclass(slots=True)
class ImportedArticle:
    """One text source of a `.qdpx`, ready for the library.

    ``passages`` are still in positions of ``text`` (the source's text):
    ``place_passages`` puts them on the article they end up on.
    """

    source_guid: str
    name: str
    text: str
    identity: PageIdentity = PageIdentity()
    tags: list[TagUse] = field(default_factory=list)
    notes: list[NoteUse] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)


@dataclass(slots=True)
class ImportPlan:
    tags: list[tuple[str, str | None]]  # (name, colour or None) in code-book order
    coders: list[str]
    articles: list[ImportedArticle]
    skipped: list = field(default_factory=list)  # model.Skipped
