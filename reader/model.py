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
    # The parser's doubt, not content: how unsure it is that this article is
    # cut and titled right (0 sure … 1 unsure), with its reasons in words.
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


# Where a page's identity value came from, strongest first: set by the user,
# given at import for a batch, read from the page's header or footer, read
# from its file or folder name, taken from the PDF's metadata.
Origin = Literal["user", "import", "header", "filename", "pdf"]
ORIGINS: tuple[str, ...] = ("user", "import", "header", "filename", "pdf")

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

    kind: str  # impossible_date, partial_date, weekday_mismatch, two_values, ambiguous, template_mismatch
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
    # One per article, in the same order (empty when the page was not parsed here).
    doubts: list[ArticleDoubt] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Span:
    """An entity mention: [start, end) in code points of the text it was found in."""

    start: int
    end: int
    label: str
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "label": self.label, "text": self.text}
