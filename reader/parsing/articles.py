"""Cut the text between two article ends into articles and build each one.

Bylines and «下转» jump lines end an article (page.py cuts there).  Between
two such ends, a change of column width (zones.py) starts a new article, and
so does a heading that is wider than the column, followed by a dateline or
by a blank line, stacked on another heading, or the only heading there is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from reader.model import Article, ArticleLines, Block
from reader.parsing.bylines import Byline, split_dateline
from reader.parsing.datelines import take_dateline
from reader.parsing.headlines import assign_roles, headline_size
from reader.parsing.layout import Column, estimate_column
from reader.parsing.lines import Line
from reader.parsing.paragraphs import SourcedBlock, build_blocks
from reader.parsing.zones import best_split, zone_starts


@dataclass(slots=True)
class Segment:
    lines: list[Line]
    bylines: list[Byline] = field(default_factory=list)
    byline_lines: list[int] = field(default_factory=list)  # the page line each byline was printed on


@dataclass(slots=True)
class PlacedArticle:
    article: Article
    first_line: int  # page line numbers, for placing captions
    last_line: int
    # What made the parser start an article here: "segment" (the page's start, or a
    # byline or «下转» line before it), "zone" (the column width changed), "forced"
    # (two bylines showed two articles), or the heading rule that cut: "wider",
    # "dateline", "stacked", "lone", "blank". The doubt about a cut starts from it.
    start: str = "segment"


def _build(
    lines: Sequence[Line], column: Column, k: int, body: Sequence[Line], blocks: list[SourcedBlock],
    bylines: list[Byline], byline_lines: Sequence[int], merged: Sequence[int] = (),
) -> PlacedArticle:  # fmt: skip
    headline = assign_roles(lines[:k])
    article = Article(title=headline.title, kicker=headline.kicker, subtitle=headline.subtitle)

    # Each block knows the page lines it was rebuilt from (the raw page view and corrections use them);
    # the first also those the dateline step merged into its first line.
    def block_lines(sb: SourcedBlock) -> tuple[int, ...]:
        nos = {body[i].no for i in range(sb.first, sb.last + 1)}
        return tuple(sorted(nos | set(merged) if sb.first == 0 else nos))

    article.body = [Block(sb.block.kind, sb.block.text, block_lines(sb)) for sb in blocks]

    def nos(indices: tuple[int, ...]) -> tuple[int, ...]:
        return tuple(lines[i].no for i in indices)

    article.lines = ArticleLines(
        kicker=nos(headline.kicker_lines), title=nos(headline.title_lines), subtitle=nos(headline.subtitle_lines),
        byline=tuple(dict.fromkeys(byline_lines)) if bylines else (),
    )  # fmt: skip
    return PlacedArticle(_with_bylines(article, bylines), lines[0].no, lines[-1].no)


def _with_bylines(article: Article, bylines: Sequence[Byline]) -> Article:
    if bylines:
        article.byline = " ".join(b.names for b in bylines)
        article.byline_raw = " ".join(b.raw for b in bylines)
    return article


def _starts_article(body: Sequence[Line], blocks: list[SourcedBlock], j: int, column: Column, whole: bool) -> str | None:
    """Is the sub-heading blocks[j] really the headline of a new article? The rule that says so, or None."""
    i = blocks[j].first
    heading = body[i]
    if column.is_wider(heading):
        return "wider"
    nxt = body[i + 1] if i + 1 < len(body) else None
    if nxt is not None and split_dateline(nxt.text) is not None:
        return "dateline"
    if j + 1 < len(blocks) and blocks[j + 1].block.kind == "subhead":
        return "stacked"  # kicker + title (or title + subtitle) stacked
    if whole and sum(1 for b in blocks if b.block.kind == "subhead") == 1:
        # Sections come in twos or more: a lone heading in all the text
        # between two bylines is a headline.
        return "lone"
    if nxt is not None and nxt.blank_before:
        return "blank"  # a sub-heading runs straight into its section; a headline stands apart
    return None


def _build_one(
    lines: list[Line], bylines: list[Byline], allow_split: bool, whole: bool = False, byline_lines: Sequence[int] = ()
) -> tuple[PlacedArticle, tuple[int, str] | None]:
    """Build the article at the start of ``lines``; also say where a next article starts (and why), if one does."""
    column = estimate_column(lines)
    k = headline_size(lines, column)
    body = list(lines[k:])
    first_body_line = body[0].no if body else None
    before_dateline = {line.no for line in body}
    dateline = take_dateline(body)
    # Lines the dateline step merged or removed, to map body indices back.
    shift = len(lines) - k - len(body)
    blocks = build_blocks(body, column)
    cut = None
    if allow_split:
        for j, sourced in enumerate(blocks):
            reason = _starts_article(body, blocks, j, column, whole) if sourced.block.kind == "subhead" else None
            if reason:
                at = k + shift + sourced.first
                if 0 < at < len(lines):
                    cut = at
                    break
    if cut is not None:
        return _build_one(lines[:cut], [], allow_split=False)[0], (cut, reason)
    bylines = list(bylines)
    byline_lines = list(byline_lines)
    dateline_lines: tuple[int, ...] = ()
    if dateline is not None:
        # The dateline's own line, and a second one its bracket wrapped onto.
        gone = before_dateline - {line.no for line in body}
        dateline_lines = tuple(sorted({first_body_line, *gone}))
        if dateline.byline is not None:
            bylines.insert(0, dateline.byline)
            byline_lines[:0] = dateline_lines  # its bracket may have wrapped onto the next line
    merged = [n for n in dateline_lines if n != first_body_line]
    placed = _build(lines, column, k, body, blocks, bylines, byline_lines, merged)
    if dateline is not None:
        placed.article.dateline = dateline.dateline
        placed.article.lines = replace(placed.article.lines, dateline=dateline_lines)
    return placed, None


def build_articles(segment: Segment) -> list[PlacedArticle]:
    """The articles in a segment; the segment's bylines belong to the last one."""
    out: list[PlacedArticle] = []
    if not segment.lines and segment.bylines:
        # Nothing but a byline (at the very top of a page): keep it visible.
        alone = _with_bylines(Article(title=""), segment.bylines)
        alone.lines = ArticleLines(byline=tuple(dict.fromkeys(segment.byline_lines)))
        return [PlacedArticle(alone, -1, -1)]
    if segment.bylines and _byline_up_front(segment.lines):
        # The first article printed its byline after the dateline, so the
        # byline that closes this text belongs to a later article: there are
        # at least two here, even if nothing else shows where they part.
        placed = _build_articles(segment)
        if len(placed) > 1:
            return placed
        cut = best_split(segment.lines, 2)
        if cut is not None:
            rest = _build_articles(Segment(segment.lines[cut:], segment.bylines, segment.byline_lines))
            if rest:
                rest[0].start = "forced"
            return _build_articles(Segment(segment.lines[:cut])) + rest
        return placed
    return _build_articles(segment)


def _byline_up_front(lines: list[Line]) -> bool:
    k = headline_size(lines, estimate_column(lines))
    found = take_dateline(list(lines[k : k + 2]))
    return found is not None and found.byline is not None


def _build_articles(segment: Segment) -> list[PlacedArticle]:
    out: list[PlacedArticle] = []
    bounds = [0, *zone_starts(segment.lines), len(segment.lines)]
    for a in range(len(bounds) - 1):
        lines = segment.lines[bounds[a] : bounds[a + 1]]
        last = a == len(bounds) - 2
        bylines = segment.bylines if last else []
        byline_lines = segment.byline_lines if last else []
        whole = len(bounds) == 2
        start = "segment" if a == 0 else "zone"
        while lines:
            placed, cut = _build_one(lines, bylines, allow_split=True, whole=whole, byline_lines=byline_lines)
            placed.start = start
            whole = False
            out.append(placed)
            if cut is None:
                break
            lines = lines[cut[0] :]
            start = cut[1]
    return out
