"""Rows of the library as plain, immutable values handed to the CLI and the UI."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from reader.model import Article, PageMeta

# An article whose doubt reaches this is one "to check" (the list marks it; the filter shows these).
DOUBT_THRESHOLD = 0.5


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    id: int
    title: str
    byline: str | None
    source: str  # the page file's name
    # The page's identity (reader.store.identity), None where unknown.
    newspaper: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD
    page: str | None = None  # label: "3", "A09"
    section: str | None = None
    doubt: float = 0.0  # the parser's doubt about the article's cut and title (0 sure … 1 unsure)
    corrected: bool = False  # the user corrected its structure or text by hand

    @property
    def doubtful(self) -> bool:
        """Marked in the list as one to check: the parser was unsure and the user has not corrected it."""
        return self.doubt >= DOUBT_THRESHOLD and not self.corrected


@dataclass(frozen=True, slots=True)
class StoredArticle:
    id: int
    source_id: int
    source: str
    position: int  # 0-based position of the article on its page
    article: Article
    meta: PageMeta = field(default_factory=PageMeta)  # its page's identity (values only)

    @property
    def body_text(self) -> str:
        return self.article.body_text


@dataclass(frozen=True, slots=True)
class EntityRecord:
    start: int
    end: int
    label: str
    text: str
    origin: str  # "auto" (the recogniser) or "user"
    # What it counts as when an alias says so (reader/store/aliases.py); None: itself.
    alias_label: str | None = None
    alias_text: str | None = None

    @property
    def shown_label(self) -> str:
        """The type it counts as (a type changed in the entity index shows here)."""
        return self.alias_label or self.label

    @property
    def canonical(self) -> str:
        return self.alias_text or self.text


@dataclass(frozen=True, slots=True)
class Tag:
    id: int
    name: str
    color: str  # "#rrggbb"


@dataclass(frozen=True, slots=True)
class Annotation:
    id: int
    article_id: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    tag: str | None
    note: str | None
    created: str
    modified: str
    orphaned: bool = False  # True when a re-parse could not find the passage again
    coder: str = ""  # who made it
    edited: bool = False  # True when the user edited the text it covers (a correction of the parse)


@dataclass(frozen=True, slots=True)
class Source:
    id: int
    name: str
    path: str
    article_count: int


@dataclass(frozen=True, slots=True)
class PageRecord:
    """A stored page with its identity: the winning values (with origins) and what each origin said."""

    id: int
    name: str
    path: str
    article_count: int
    meta: PageMeta
    candidates: Mapping[str, tuple[tuple[str, object], ...]]  # field -> ((origin, value), ...) strongest first
    conflicts: tuple[str, ...] = ()  # where a weaker origin disagrees with the value shown


@dataclass(frozen=True, slots=True)
class EntityIndexEntry:
    label: str
    text: str
    article_count: int


@dataclass(slots=True)
class ImportResult:
    path: str
    source_id: int | None
    article_ids: list[int] = field(default_factory=list)
    duplicate: bool = False  # the same content was already in the library
    notes: list[str] = field(default_factory=list)  # what the page's identity could not settle (conflicts, bad dates)


@dataclass(frozen=True, slots=True)
class DeletedTag:
    """A tag with everything attached to it: what delete_tag removed, or what tag_snapshot read.

    restore_tag and unmerge_tags put it back exactly, the time each article
    was tagged included (the CSV export shows those times).
    """

    tag: Tag
    article_tags: tuple[tuple[int, str, str], ...]  # (article id, created, coder), by article id
    annotation_ids: tuple[int, ...]

    @property
    def article_ids(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(article_id for article_id, _created, _coder in self.article_tags))


@dataclass(slots=True)
class MergeReport:
    """What merging another library added, found already here, and could not line up."""

    other: str
    pages_added: int = 0
    articles_added: int = 0
    articles_matched: int = 0
    tags_created: int = 0
    article_tags_added: int = 0
    notes_added: int = 0
    annotations_added: int = 0
    entities_added: int = 0
    already_there: int = 0
    conflicts: list[str] = field(default_factory=list)

    @property
    def added(self) -> int:
        return (self.pages_added + self.articles_added + self.tags_created + self.article_tags_added
                + self.notes_added + self.annotations_added + self.entities_added)  # fmt: skip

    def lines(self) -> list[str]:
        out = [
            f"{self.pages_added} page(s) and {self.articles_added} article(s) added, "
            f"{self.articles_matched} article(s) matched by content",
            f"{self.tags_created} new tag(s), {self.article_tags_added} article tag(s), {self.notes_added} note(s), "
            f"{self.annotations_added} passage annotation(s) and {self.entities_added} entity correction(s) added; "
            f"{self.already_there} already there",
        ]
        out += [f"conflict: {c}" for c in self.conflicts]
        return out


@dataclass(frozen=True, slots=True)
class PdfFileFacts:
    """A PDF file as the library knows it: its content hash (hex SHA-256), where it is read from, its metadata."""

    sha256: str
    size: int
    page_count: int
    path: str  # where reader reads it now
    imported_path: str = ""  # where it was imported from
    copied: bool = False  # path is reader's own copy beside the library
    title: str | None = None
    created: str | None = None  # the PDF's creation date, ISO YYYY-MM-DD
    id: int | None = None  # the row, once stored


@dataclass(frozen=True, slots=True)
class PdfLocation:
    """Where a stored page's PDF is: for the page view (render, Locate…) and for re-parsing."""

    source_id: int
    pdf: PdfFileFacts
    page_index: int  # 0-based
    width: float  # points
    height: float


@dataclass(frozen=True, slots=True)
class PdfPageGeometry:
    """Where everything of a stored PDF page was printed, in PDF points (origin bottom left).

    ``lines`` runs parallel to the source's raw text lines (None for a blank
    line): Block.lines and Article.lines of its articles count these, so an
    article's region follows every correction. ``articles`` are the parse's
    own layouts, with the lines each held (``article_lines``), for what no
    line carries (photos).
    """

    width: float
    height: float
    lines: tuple  # Box | None per raw line
    articles: tuple  # ArticleLayout per article of the parse
    article_lines: tuple  # tuple[int, ...] per article of the parse
    page_captions: tuple  # tuple[Box, ...] per caption that belongs to no article
    bands: tuple  # BandLine
