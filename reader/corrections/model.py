"""What a correction is, and what applying one gives back.

A correction is the user's edit over the parser's output, kept as data: its
kind, where it applies (anchors by text, so that a newer parser's different
cut of the page still shows where), and what to do there. Applying the
page's corrections in order to a fresh parse gives the page the user made.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import Any

from reader.model import Page

KINDS: tuple[str, ...] = (
    "split", "merge", "set_role", "drop_lines", "line_role", "restore_line", "edit_text", "delete", "join",
)  # fmt: skip

# Roles a part of an article can be given (set-role); "furniture" drops it from the article.
BLOCK_ROLES: tuple[str, ...] = ("paragraph", "subhead")
HEADLINE_ROLES: tuple[str, ...] = ("kicker", "title", "subtitle", "dateline", "byline")
ROLES: tuple[str, ...] = (*BLOCK_ROLES, "caption", *HEADLINE_ROLES, "furniture")

# What a merge does with the second article's headline lines.
MERGE_HEADLINE_MODES: tuple[str, ...] = ("body", "subhead", "drop")

# Reasons of lines the user dropped (the parser's own are reader.model.DropReason).
USER_FURNITURE = "furniture_by_user"
FALSE_HEADLINE = "false_headline"

# A headline field holds a line or two, not a paragraph.
MAX_HEADLINE_CHARS = 100

# Characters of text on each side of a point that identify it again.
ANCHOR_CHARS = 24


class CorrectionError(ValueError):
    """A correction that cannot be made (or no longer applies); the message says why, in words."""


@dataclass(frozen=True, slots=True)
class Correction:
    kind: str
    data: dict[str, Any]  # anchors and parameters, JSON-able (see reader/corrections/make.py per kind)

    def to_json(self) -> dict:
        return {"kind": self.kind, **self.data}


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of body text that came from an old article's body unchanged (or, if ``edited``, was edited there)."""

    key: Hashable  # the old article, as the caller named it
    old_start: int
    old_length: int
    start: int  # in the new article's body text
    length: int
    edited: bool = False


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a new article's identity and text came from.

    ``primary`` is the old article whose id, note and place it keeps (None
    for an article the correction made); ``contributors`` are the old
    articles whose text it holds (their tags come along); ``pieces`` map
    old body offsets to its body offsets.
    """

    primary: Hashable | None
    contributors: tuple[Hashable, ...]
    pieces: tuple[Piece, ...]
    changed: bool  # its text or structure differs from the old primary's


@dataclass(slots=True)
class Outcome:
    """A corrected page: the articles, where each came from, and what became of the correction."""

    page: Page
    origins: list[Origin]
    status: str = "applied"  # "applied", "already" (the page was that way), or "failed"
    problem: str = ""  # why it failed, in words
    removed: list[Hashable] = field(default_factory=list)  # old articles no new one keeps (deleted, merged away)
