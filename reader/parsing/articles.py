"""Cut a page's text lines into articles and build each article.

Bylines and «下转» jump lines end an article.  Within the text between two
such ends, a heading that is followed by a dateline, stacked on another
heading, wider than the column, or followed by text set in a different
column width starts a new article even without a byline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.model import Article
from reader.parsing.bylines import Byline, Dateline, split_dateline
from reader.parsing.headlines import assign_roles, headline_size
from reader.parsing.layout import Column, estimate_column
from reader.parsing.lines import Line, make_line
from reader.parsing.paragraphs import SourcedBlock, build_blocks
from reader.parsing.zones import zone_starts



@dataclass(slots=True)
class Segment:
    lines: list[Line]
    bylines: list[Byline] = field(default_factory=list)


@dataclass(slots=True)
class PlacedArticle:
    article: Article
    first_line: int  # page line numbers, for placing captions
    last_line: int


def _build(lines: Sequence[Line], column: Column, k: int, blocks: list[SourcedBlock], bylines: list[Byline]) -> PlacedArticle:
    headline = assign_roles(lines[:k])
    article = Article(title=headline.title, kicker=headline.kicker, subtitle=headline.subtitle)
    article.body = [sb.block for sb in blocks]
    if bylines:
        article.byline = " ".join(b.names for b in bylines)
        article.byline_raw = " ".join(b.raw for b in bylines)
    return PlacedArticle(article, lines[0].no, lines[-1].no)


def _starts_article(body: Sequence[Line], blocks: list[SourcedBlock], j: int, column: Column, whole: bool) -> bool:
    """Is the sub-heading blocks[j] really the headline of a new article?"""
    i = blocks[j].first
    heading = body[i]
    if column.is_wider(heading):
        return True
    nxt = body[i + 1] if i + 1 < len(body) else None
    if nxt is not None and split_dateline(nxt.text) is not None:
        return True
    if j + 1 < len(blocks) and blocks[j + 1].block.kind == "subhead":
        return True  # kicker + title (or title + subtitle) stacked
    if whole and sum(1 for b in blocks if b.block.kind == "subhead") == 1:
        # Sections come in twos or more: a lone heading in all the text
        # between two bylines is a headline.
        return True
    if nxt is not None and nxt.blank_before:
        return True  # a sub-heading runs straight into its section; a headline stands apart
    return False


def _wrapped_dateline(body: list[Line]) -> Dateline | None:
    """A dateline whose bracketed byline wrapped onto the second line; merges the two lines."""
    first, second = body[0], body[1]
    if "（" not in first.text or "）" in first.text:
        return None
    # The wrap may have eaten the space between two words, or split a name.
    for gap in (" ", ""):
        found = split_dateline(first.text + gap + second.text)
        if found is not None and found.byline is not None:
            break
    else:
        return None
    # The merged line ends where the second line ended.
    body[1:2] = []
    body[0] = make_line(first.no, first.text + gap + second.text, first.blank_before, width=second.width)
    return found


def _take_dateline(body: list[Line]) -> Dateline | None:
    """Strip the dateline (and a byline bracket after it) off the first body line, in place."""
    if not body:
        return None
    found = split_dateline(body[0].text)
    if found is None and len(body) > 1:
        found = _wrapped_dateline(body)
    if found is None:
        return None
    if found.rest:
        # Keep the line's width: the dateline took room in the column.
        body[0] = make_line(body[0].no, found.rest, body[0].blank_before, width=body[0].width)
    else:
        body.pop(0)
    return found


def _build_one(lines: list[Line], bylines: list[Byline], allow_split: bool, whole: bool = False) -> tuple[PlacedArticle, int | None]:
    """Build the article at the start of ``lines``; also say where a next article starts, if one does."""
    column = estimate_column(lines)
    k = headline_size(lines, column)
    body = list(lines[k:])
    dateline = _take_dateline(body)
    # Lines the dateline step merged or removed, to map body indices back.
    shift = len(lines) - k - len(body)
    blocks = build_blocks(body, column)
    cut = None
    if allow_split:
        for j, sourced in enumerate(blocks):
            if sourced.block.kind == "subhead" and _starts_article(body, blocks, j, column, whole):
                at = k + shift + sourced.first
                if 0 < at < len(lines):
                    cut = at
                    break
    if cut is not None:
        return _build_one(lines[:cut], [], allow_split=False)[0], cut
    bylines = list(bylines)
    if dateline is not None and dateline.byline is not None:
        bylines.insert(0, dateline.byline)
    placed = _build(lines, column, k, blocks, bylines)
    if dateline is not None:
        placed.article.dateline = dateline.dateline
    return placed, None


def build_articles(segment: Segment) -> list[PlacedArticle]:
    """The articles in a segment; the segment's bylines belong to the last one."""
    out: list[PlacedArticle] = []
    if not segment.lines and segment.bylines:
        # Nothing but a byline (at the very top of a page): keep it visible.
        article = Article(title="", byline=" ".join(b.names for b in segment.bylines), byline_raw=" ".join(b.raw for b in segment.bylines))
        return [PlacedArticle(article, -1, -1)]
    bounds = [0, *zone_starts(segment.lines), len(segment.lines)]
    for a in range(len(bounds) - 1):
        lines = segment.lines[bounds[a] : bounds[a + 1]]
        bylines = segment.bylines if a == len(bounds) - 2 else []
        whole = len(bounds) == 2
        while lines:
            placed, cut = _build_one(lines, bylines, allow_split=True, whole=whole)
            whole = False
            out.append(placed)
            if cut is None:
                break
            lines = lines[cut:]
    return out
