"""Cut a page's text lines into articles and build each article.

Bylines and «下转» jump lines end an article.  Within the text between two
such ends, a heading that is followed by a dateline, stacked on another
heading, wider than the column, or followed by text set in a different
column width starts a new article even without a byline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from reader.model import Article
from reader.parsing.bylines import Byline, split_dateline
from reader.parsing.headlines import assign_roles, headline_size
from reader.parsing.layout import Column, estimate_column
from reader.parsing.lines import Line
from reader.parsing.paragraphs import SourcedBlock, build_blocks
from reader.parsing.text import cell_width

# Column widths differing by this much belong to different articles.
_COLUMN_CHANGE = 1.5
# A width estimate needs this many lines to be trusted.
_MIN_LINES_FOR_WIDTH = 4


@dataclass(slots=True)
class Segment:
    lines: list[Line]
    bylines: list[Byline] = field(default_factory=list)


@dataclass(slots=True)
class PlacedArticle:
    article: Article
    first_line: int  # page line numbers, for placing captions
    last_line: int


def _with_text(line: Line, text: str) -> Line:
    return replace(line, text=text, width=cell_width(text))


def _build(lines: Sequence[Line], column: Column, k: int, blocks: list[SourcedBlock], bylines: list[Byline]) -> PlacedArticle:
    headline = assign_roles(lines[:k])
    article = Article(title=headline.title, kicker=headline.kicker, subtitle=headline.subtitle)
    article.body = [sb.block for sb in blocks]
    if bylines:
        article.byline = " ".join(b.names for b in bylines)
        article.byline_raw = " ".join(b.raw for b in bylines)
    return PlacedArticle(article, lines[0].no, lines[-1].no)


def _starts_article(body: Sequence[Line], blocks: list[SourcedBlock], j: int, column: Column) -> bool:
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
    before_start = 0
    for prev in range(j - 1, -1, -1):
        if blocks[prev].block.kind == "subhead":
            before_start = blocks[prev].last + 1
            break
    after_end = len(body)
    for later in blocks[j + 1 :]:
        if later.block.kind == "subhead":
            after_end = later.first
            break
    before, after = body[before_start:i], body[i + 1 : after_end]
    if len(before) < _MIN_LINES_FOR_WIDTH or len(after) < _MIN_LINES_FOR_WIDTH:
        return False
    return abs(estimate_column(before).width - estimate_column(after).width) >= _COLUMN_CHANGE


def build_articles(segment: Segment) -> list[PlacedArticle]:
    lines = segment.lines
    if not lines:
        return []
    column = estimate_column(lines)
    k = headline_size(lines, column)
    body = list(lines[k:])
    dateline = None
    if body:
        found = split_dateline(body[0].text)
        if found is not None:
            dateline = found
            if found.rest:
                # Keep the original width: the dateline took room in the column.
                body[0] = replace(body[0], text=found.rest)
            else:
                body.pop(0)
    blocks = build_blocks(body, column)
    for j, sourced in enumerate(blocks):
        if sourced.block.kind == "subhead" and _starts_article(body, blocks, j, column):
            cut = k + sourced.first + (1 if dateline is not None and not dateline.rest else 0)
            head = build_articles(Segment(list(lines[:cut])))
            tail = build_articles(Segment(list(lines[cut:]), segment.bylines))
            return head + tail
    bylines = list(segment.bylines)
    if dateline is not None and dateline.byline is not None:
        bylines.insert(0, dateline.byline)
    placed = _build(lines, column, k, blocks, bylines)
    if dateline is not None:
        placed.article.dateline = dateline.dateline
    return [placed]
