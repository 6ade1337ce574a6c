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


@dataclass(slots=True)
class Page:
    articles: list[Article]
    page_captions: list[str] = field(default_factory=list)
    dropped: list[DroppedLine] = field(default_factory=list)
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class Span:
    """An entity mention: [start, end) in code points of the text it was found in."""

    start: int
    end: int
    label: str
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "label": self.label, "text": self.text}
