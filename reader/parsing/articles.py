"""Build articles from the roles of a page's lines (roles.py).

A kicker or a title line that does not continue a headline opens a new
article; a byline (glued to a line's end or on its own line at the end) and
a «下转» jump line close the article, so that the next text opens another
even without a headline.  Within an article the headline lines become the
kicker, title and subtitle; the body lines go to the dateline step and then
to the paragraph step, with the sub-headings the model found.  Caption lines
are handed back for placing; furniture lines are dropped.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from reader.model import Article, ArticleDoubt, ArticleLines, Block, DroppedLine
from reader.parsing import linemodel as lm
from reader.parsing.bylines import Byline, bracket_byline, parse_byline_content
from reader.parsing.datelines import take_dateline
from reader.parsing.layout import estimate_column
from reader.parsing.lines import Line
from reader.parsing.paragraphs import build_blocks
from reader.parsing.roles import LineRoles
from reader.parsing.text import continues_sentence, join_wrapped, normalise_heading


# A headline line this much wider than the one before it starts a part of its own.
_WIDER = 0.5


@dataclass(slots=True)
class PlacedArticle:
    article: Article
    first_line: int  # page line numbers, for placing captions
    last_line: int
    doubt: ArticleDoubt = field(default_factory=ArticleDoubt)


@dataclass(slots=True)
class _Draft:
    first: int  # index into the lines
    kicker: list[Line] = field(default_factory=list)
    title: list[Line] = field(default_factory=list)
    subtitle: list[Line] = field(default_factory=list)
    top_bylines: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    subheads: set[int] = field(default_factory=set)  # line numbers
    end_bylines: list[Byline] = field(default_factory=list)
    end_byline_nos: list[int] = field(default_factory=list)  # the page line each end byline was printed on
    last: int = 0
    closed: bool = False


@dataclass(slots=True)
class Built:
    articles: list[PlacedArticle]
    captions: list[tuple[tuple[int, ...], str]]  # (its page lines, text)
    dropped: list[DroppedLine]


def _join_heading(lines: list[Line]) -> str | None:
    """A headline's lines joined; a line wider than the one before it was not
    wrapped onto the next line but set on a line of its own (a two-part
    headline, «强降雪来袭 / 各方全力应对»), and its parts keep a space between."""
    if not lines:
        return None
    parts: list[list[str]] = []
    previous = None
    for line in lines:
        if previous is None or line.width > previous.width + _WIDER:
            parts.append([])
        parts[-1].append(line.text)
        previous = line
    return " ".join(normalise_heading(join_wrapped(part)) for part in parts)


def _join_caption(lines: list[Line]) -> str:
    return join_wrapped([line.text for line in lines])


def build_articles(roles: LineRoles, ends_after_nos: set[int]) -> Built:
    drafts: list[_Draft] = []
    captions: list[tuple[int, list[Line]]] = []
    dropped: list[DroppedLine] = []
    current: _Draft | None = None

    def open_draft(i: int) -> _Draft:
        nonlocal current
        current = _Draft(i, last=i)
        drafts.append(current)
        return current

    for i, (line, role) in enumerate(zip(roles.lines, roles.roles)):
        if role == lm.FURNITURE:
            dropped.append(DroppedLine(line.no, line.text, "furniture"))
            continue
        if role in (lm.CAPTION, lm.CAPTION_MORE):
            if role == lm.CAPTION_MORE and captions and captions[-1][1][-1] is roles.lines[i - 1]:
                captions[-1][1].append(line)
            else:
                captions.append((line.no, [line]))
            continue
        if role == lm.END_BYLINE:
            # A closing byline out of brackets («记者 龚淑晓») names its people as one under a headline does.
            byline = bracket_byline(line.text) or Byline(parse_byline_content(line.text) or line.text, line.text)
            target = current if current is not None else (drafts[-1] if drafts else open_draft(i))
            target.end_bylines.append(byline)
            target.end_byline_nos.append(line.no)
            target.last = i
            target.closed = True
            continue
        starts = role in lm.STARTS
        if current is None or current.closed or starts:
            current = open_draft(i)
        draft = current
        draft.last = i
        if role in (lm.KICKER, lm.KICKER_MORE):
            draft.kicker.append(line)
        elif role in (lm.TITLE, lm.TITLE_AFTER_KICKER, lm.TITLE_MORE):
            draft.title.append(line)
        elif role in (lm.SUBTITLE, lm.SUBTITLE_MORE):
            draft.subtitle.append(line)
        elif role == lm.BYLINE:
            draft.top_bylines.append(line)
        else:
            draft.body.append(line)
            if role == lm.SUBHEAD:
                draft.subheads.add(line.no)
        if i in roles.glued:
            draft.end_bylines.append(roles.glued[i])
            draft.end_byline_nos.append(line.no)
            draft.closed = True
        if line.no in ends_after_nos:
            draft.closed = True
    if any(d.title or d.kicker for d in drafts):  # (on a page of prose alone, a sentence is the article)
        drafts = [d for d in drafts if not _lone_sentence(d, captions)]
    captions.sort(key=lambda c: c[0])
    articles = [_finish(d, roles) for d in drafts]
    for k, placed in enumerate(articles):
        placed.doubt = _doubt(drafts, k, roles)
    texts = [(tuple(line.no for line in lines), _join_caption(lines)) for _, lines in captions]
    return Built(articles, texts, dropped)


def _lone_sentence(draft: _Draft, captions: list[tuple[int, list[Line]]]) -> bool:
    """Among headed articles, an "article" of one sentence on one line, with no headline and no
    byline, is a photo's caption («10月2日，从江县，护林员在林区巡护。»): an article there has a
    headline or, when the one before it closed on a byline, at least a paragraph. Handed to
    the captions when so."""
    if draft.kicker or draft.title or draft.subtitle or draft.top_bylines or draft.end_bylines or len(draft.body) != 1:
        return False
    line = draft.body[0]
    # The close of a sentence («分点。», «问题。») is the tail of a paragraph an extractor broke
    # off its column, not a caption.
    if not line.terminal or draft.subheads or continues_sentence(line.text):
        return False
    captions.append((line.no, [line]))
    return True


def _finish(draft: _Draft, roles: LineRoles) -> PlacedArticle:
    kicker, title, subtitle = _join_heading(draft.kicker), _join_heading(draft.title), _join_heading(draft.subtitle)
    kicker_lines, title_lines = draft.kicker, draft.title
    if title is None:
        # A kicker with no title under it is the title.
        title, kicker = kicker or "", None
        kicker_lines, title_lines = [], draft.kicker
    article = Article(title=title, kicker=kicker, subtitle=subtitle)
    body = list(draft.body)
    bylines: list[Byline] = []
    byline_nos: list[int] = []
    dateline_nos: tuple[int, ...] = ()
    merged: set[int] = set()  # lines the dateline step joined into the first body line
    if body and body[0].no not in draft.subheads:
        first_no, before = body[0].no, {line.no for line in body}
        dateline = take_dateline(body)
        if dateline is not None:
            article.dateline = dateline.dateline
            # The dateline's own line, and those its bracket wrapped onto.
            dateline_nos = tuple(sorted({first_no} | (before - {line.no for line in body})))
            merged = set(dateline_nos) - {first_no}
            if dateline.byline is not None:
                bylines.append(dateline.byline)
                byline_nos.extend(dateline_nos)
    if draft.top_bylines:
        raw = " ".join(line.text for line in draft.top_bylines)
        bylines.append(Byline(parse_byline_content(raw) or raw, raw))
        byline_nos.extend(line.no for line in draft.top_bylines)
    bylines.extend(draft.end_bylines)
    byline_nos.extend(draft.end_byline_nos)
    if bylines:
        article.byline = " ".join(b.names for b in bylines)
        article.byline_raw = " ".join(b.raw for b in bylines)
    if body:
        column = estimate_column([line for line in body if line.no not in draft.subheads] or body)
        # Each block knows the page lines it was rebuilt from (the raw page view, corrections and the
        # PDF page view use them); the first also those the dateline step merged into its first line.
        article.body = [
            Block(sb.block.kind, sb.block.text, _block_lines(body, sb.first, sb.last, merged))
            for sb in build_blocks(body, column, draft.subheads)
        ]
    article.lines = ArticleLines(
        kicker=tuple(line.no for line in kicker_lines), title=tuple(line.no for line in title_lines),
        subtitle=tuple(line.no for line in draft.subtitle), dateline=dateline_nos,
        byline=tuple(dict.fromkeys(byline_nos)) if bylines else (),
    )  # fmt: skip
    lines = roles.lines
    return PlacedArticle(article, lines[draft.first].no, lines[draft.last].no)


def _block_lines(body: list[Line], first: int, last: int, merged: set[int]) -> tuple[int, ...]:
    nos = {body[i].no for i in range(first, last + 1)}
    return tuple(sorted(nos | merged if first == 0 else nos))


def _as_doubt(margin: float) -> float:
    """The share the best other reading gets against the chosen one (0 to 0.5)."""
    if margin == math.inf or margin > 50:
        return 0.0
    return 1.0 / (1.0 + math.exp(margin))


def _doubt(drafts: list[_Draft], k: int, roles: LineRoles) -> ArticleDoubt:
    draft = drafts[k]
    stop = drafts[k + 1].first if k + 1 < len(drafts) else len(roles.lines)
    # Its own start, every line inside it that did not start an article, and
    # the start of the next one (where this one ends).
    margins = [roles.start_margin[i] for i in range(draft.first, stop) if i in roles.start_margin]
    if k + 1 < len(drafts) and stop in roles.start_margin:
        margins.append(roles.start_margin[stop])
    headline_lines = [i for i in range(draft.first, stop) if roles.roles[i] in lm.HEADLINE]
    # The first body line (it might have been a headline line).
    first_body = next((i for i in range(draft.first, stop) if roles.roles[i] in (lm.BODY, lm.SUBHEAD)), None)
    if first_body is not None:
        headline_lines.append(first_body)
    role_margins = [roles.role_margin[i] for i in headline_lines if i in roles.role_margin]
    return ArticleDoubt(
        boundary=_as_doubt(min(margins, default=math.inf)),
        headline=_as_doubt(min(role_margins, default=math.inf)),
    )
