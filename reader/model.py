"""Plain data types shared by the parser, the recogniser, the store and the UI.

Offsets everywhere in the core are Python code-point indices, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from collections.abc import Mapping
from typing import Literal

BlockKind = Literal["paragraph", "subhead"]

ENTITY_LABELS: tuple[str, ...] = ("PER", "LOC", "ORG", "TIME", "NUM", "WORK")


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str
    # Where the block was printed: the page's lines (0-based) that made it, and
    # the page (a library source id) when that is not the article's own page
    # (the continuation of a joined article). Provenance, not content: left
    # out of comparisons and of to_json().
    lines: tuple[int, ...] = field(default=(), compare=False)
    source: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class ArticleLines:
    """The page lines (0-based) that made an article's headline fields and captions.

    Body blocks carry their own (Block.lines); ``captions`` is parallel to
    Article.captions. Empty tuples where a field has no text or its lines are
    unknown (a page built by hand).
    """

    kicker: tuple[int, ...] = ()
    title: tuple[int, ...] = ()
    subtitle: tuple[int, ...] = ()
    dateline: tuple[int, ...] = ()
    byline: tuple[int, ...] = ()
    captions: tuple[tuple[int, ...], ...] = ()

    def field_lines(self, name: str) -> tuple[int, ...]:
        return getattr(self, name) if name in HEADLINE_FIELDS else ()


# The headline fields of an article, in reading order.
HEADLINE_FIELDS: tuple[str, ...] = ("kicker", "title", "subtitle", "dateline", "byline")


@dataclass(slots=True)
class Article:
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    dateline: str | None = None
    byline: str | None = None
    byline_raw: str | None = None
    body: list[Block] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    # Provenance and the parser's doubt, not content (see Block.lines):
    # which page lines made the headline and captions (None when unknown),
    # and how unsure the parser is that this article is cut and titled right
    # (0 sure … 1 unsure) with its reasons in words.
    lines: ArticleLines | None = field(default=None, compare=False)
    doubt: float = field(default=0.0, compare=False)
    doubt_reasons: tuple[str, ...] = field(default=(), compare=False)

    @property
    def body_text(self) -> str:
        """The text entity and annotation offsets refer to: blocks joined by newlines."""
        return "\n".join(block.text for block in self.body)

    def to_json(self) -> dict:
        return {
            "kicker": self.kicker,
            "title": self.title,
            "subtitle": self.subtitle,
            "dateline": self.dateline,
            "byline": self.byline,
            "byline_raw": self.byline_raw,
            "body": [{"kind": b.kind, "text": b.text} for b in self.body],
            "captions": list(self.captions),
        }

    @classmethod
    def from_json(cls, data: dict) -> "Article":
        return cls(
            title=data["title"],
            kicker=data.get("kicker"),
            subtitle=data.get("subtitle"),
            dateline=data.get("dateline"),
            byline=data.get("byline"),
            byline_raw=data.get("byline_raw"),
            body=[Block(b["kind"], b["text"]) for b in data.get("body") or []],
            captions=list(data.get("captions") or []),
        )


DropReason = Literal["furniture", "metadata", "duplicate_caption", "jump_line", "page_number", "blank"]


@dataclass(frozen=True, slots=True)
class DroppedLine:
    """A line of the input that is in no article field, and why."""

    line_no: int  # 0-based index into the page's lines
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on a PDF page, in PDF points with the origin at the bottom left (y0 < y1)."""

    page: int  # 0-based page index in its PDF
    x0: float
    y0: float
    x1: float
    y1: float

    def to_json(self) -> list[float]:
        return [self.page, round(self.x0, 2), round(self.y0, 2), round(self.x1, 2), round(self.y1, 2)]


@dataclass(slots=True)
class ArticleLayout:
    """Where one article sits on its PDF page; lists run parallel to the Article's own."""

    boxes: list[Box] = field(default_factory=list)  # the article's pieces (headline, columns, photos)
    headline: list[Box] = field(default_factory=list)
    blocks: list[list[Box]] = field(default_factory=list)  # per body block: one box per column it runs through
    captions: list[list[Box]] = field(default_factory=list)
    photos: list[Box] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class BandLine:
    """A line of a page's header or footer band: page furniture that names the page."""

    text: str
    band: Literal["header", "footer"]
    box: Box
    size: float  # font size in points


@dataclass(slots=True)
class PageLayout:
    """The geometry a PDF page gave its parse: for the page view and for re-parsing."""

    page_index: int
    width: float
    height: float
    articles: list[ArticleLayout] = field(default_factory=list)  # parallel to Page.articles
    bands: list[BandLine] = field(default_factory=list)  # header lines top down, then footer lines
    page_captions: list[list[Box]] = field(default_factory=list)  # parallel to Page.page_captions
    text: str = ""  # the page's text in reading order, one printed line per line; Page.dropped counts these lines
    # Where each line of ``text`` was printed (None for the blank line after each article):
    # Block.lines and Article.lines count these lines too.
    lines: list[Box | None] = field(default_factory=list)


# Where a page's identity value came from, strongest first: set by the user,
# given at import for a batch, read from the page's header or footer, read
# from its file or folder name, read from the headers of the other pages of
# the same file (an issue's inner pages seldom print the masthead), taken
# from the PDF's metadata (whose creation date is often the day before).
Origin = Literal["user", "import", "header", "filename", "issue", "pdf"]
ORIGINS: tuple[str, ...] = ("user", "import", "header", "filename", "issue", "pdf")

# The fields of a page's identity a person may set (import options, set-meta, the properties dialog).
EDITABLE_META_FIELDS: tuple[str, ...] = ("newspaper", "date", "page", "section")

# The fields of PageMeta that carry a value (and so an origin), in display order.
META_FIELDS: tuple[str, ...] = ("newspaper", "date", "page", "page_number", "section", "editors", "issue", "cn")


@dataclass(frozen=True, slots=True)
class PageMeta:
    """A page's identity: which newspaper, which day, which page and section.

    ``date`` is ISO ``YYYY-MM-DD``; ``page`` is the label as printed, without
    «第…版» and leading zeros («3», «A09»); ``page_number`` is set only when
    the label is a plain number; ``editors`` are (role, name) pairs in print
    order.  ``origins`` maps each field that has a value to its Origin
    (page_number shares the origin of page).  An origin on an empty field
    means that source deliberately left it empty (a user clearing a value).
    """

    newspaper: str | None = None
    date: str | None = None
    page: str | None = None
    page_number: int | None = None
    section: str | None = None
    editors: tuple[tuple[str, str], ...] = ()
    issue: str | None = None
    cn: str | None = None
    origins: Mapping[str, str] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return all(not getattr(self, name) for name in META_FIELDS)

    def origin(self, name: str) -> str | None:
        return self.origins.get(name)

    def to_json(self) -> dict:
        """The shape ``parse --json`` prints under "meta"."""
        return {
            "newspaper": self.newspaper,
            "date": self.date,
            "page": self.page,
            "section": self.section,
            "editors": [{"role": role, "name": name} for role, name in self.editors],
            "issue": self.issue,
            "cn": self.cn,
        }


@dataclass(frozen=True, slots=True)
class MetaProblem:
    """Something printed on a page (or in its name) that could not become a value."""

    # impossible_date, partial_date, weekday_mismatch, two_values, ambiguous, template_mismatch, unreadable
    kind: str
    field: str  # the PageMeta field it concerns
    text: str  # what was printed, as printed
    message: str  # one sentence for the user
    line_no: int | None = None  # 0-based line of the page, when it came from a page


@dataclass(frozen=True, slots=True)
class ArticleDoubt:
    """How unsure the parser is of one article's reading, as the probability-like
    share (0 to 0.5) it gives the best reading that decided otherwise.

    ``boundary``: whether the article starts where it starts, ends where it
    ends and holds no other article's start; ``headline``: which lines are its
    kicker, title and subtitle.  0 when nothing else was possible.
    """

    boundary: float = 0.0
    headline: float = 0.0

    @property
    def value(self) -> float:
        return max(self.boundary, self.headline)


@dataclass(slots=True)
class Page:
    articles: list[Article]
    page_captions: list[str] = field(default_factory=list)
    dropped: list[DroppedLine] = field(default_factory=list)
    encoding: str = "utf-8"
    # Read from the page's header and footer lines (origin "header"); empty when none were printed.
    meta: PageMeta = field(default_factory=PageMeta)
    meta_problems: list[MetaProblem] = field(default_factory=list)
    layout: PageLayout | None = None  # set for pages read from a PDF


@dataclass(frozen=True, slots=True)
class Span:
    """An entity mention: [start, end) in code points of the text it was found in."""

    start: int
    end: int
    label: str
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "label": self.label, "text": self.text}
