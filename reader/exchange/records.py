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


@dataclass(slots=True)
class ImportReport:
    """What an import of a `.qdpx` did: taken, matched, already there, skipped and why."""

    file: str
    sources_new: int = 0  # sources that became new articles
    sources_matched: int = 0  # sources whose text is an article already in the library
    tags_created: int = 0
    article_tags_added: int = 0
    notes_added: int = 0
    notes_combined: int = 0  # a coder's note that differed from theirs in the library: both kept, marked
    passages_added: int = 0
    already_there: int = 0  # tags, notes and passages the library had already
    identity_not_stored: int = 0  # sources with page identity the library has no place for yet
    skipped: list = field(default_factory=list)  # model.Skipped

    def lines(self) -> list[str]:
        """The report as plain lines, for the command line and the app."""
        out = [
            f"{self.sources_new} source(s) imported as new articles, {self.sources_matched} matched to articles "
            "already in the library",
            f"{self.tags_created} new tag(s), {self.article_tags_added} article tag(s), {self.notes_added} note(s) "
            f"and {self.passages_added} passage annotation(s) added; {self.already_there} already there",
        ]
        if self.notes_combined:
            out.append(f"{self.notes_combined} note(s) differed from the coder's note here: both kept, marked")
        if self.identity_not_stored:
            out.append(f"page identity (newspaper, date, page, section) of {self.identity_not_stored} source(s) "
                       "not stored: this library has no place for it yet")  # fmt: skip
        for item in self.skipped:
            what = " ".join(part for part in (item.kind, f"«{item.name}»" if item.name else None) if part)
            out.append(f"skipped {what}: {item.reason}")
        return out
