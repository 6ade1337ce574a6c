"""Plain data types shared by the parser, the recogniser, the store and the UI.

Offsets everywhere in the core are Python code-point indices, end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass, field
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


DropReason = Literal["furniture", "duplicate_caption", "jump_line", "page_number", "blank"]


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


@dataclass(slots=True)
class Page:
    articles: list[Article]
    page_captions: list[str] = field(default_factory=list)
    dropped: list[DroppedLine] = field(default_factory=list)
    encoding: str = "utf-8"
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
