"""Which article on another page continues this one («（下转第4版）» … «（上接第1版）»): join suggestions.

Pure: the store gathers the pages (their identity, their dropped lines and
articles with line provenance); this module decides. A suggestion needs both
pages to be of the same newspaper and date, the other page to carry the
label the jump line names, and on it an article that the jump back
(«上接第1版») or the title points at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.corrections.text import compact
from reader.identity.values import clean_page
from reader.model import Article, DroppedLine
from reader.parsing.furniture import JUMP_RE

_TARGET = re.compile(r"(?:上接|下转|转|接|紧接|续)\s*第?\s*([0-9０-９一二三四五六七八九十百零〇两]+)\s*(?:版|页)")
_OUT = re.compile(r"(?:下转|转)")
_IN = re.compile(r"(?:上接|接|紧接|续)")


@dataclass(frozen=True, slots=True)
class PageInfo:
    source_id: int
    newspaper: str | None
    date: str | None
    page: str | None  # the label as stored: "3", "A09"
    articles: Sequence[tuple[int, Article]] = ()  # (id, article) in page order
    dropped: Sequence[DroppedLine] = ()


@dataclass(frozen=True, slots=True)
class JoinSuggestion:
    article_id: int  # the continuation
    source_id: int
    page: str | None
    title: str
    score: float
    reasons: tuple[str, ...] = field(default=())


def jump_target(text: str) -> tuple[str, str] | None:
    """(direction "out" or "in", page label) of a jump line, or None."""
    match = _TARGET.search(text)
    if match is None or not JUMP_RE.search(text):
        return None
    try:
        label = clean_page(f"第{match.group(1)}版")
    except ValueError:
        return None
    if label is None:
        return None
    head = text[: match.end()]
    return ("out" if _OUT.search(head) and not _IN.search(head.replace("转", "")) else "in"), label


def _span(article: Article) -> tuple[int, int] | None:
    lines = {n for b in article.body if b.source is None for n in b.lines}
    if article.lines is not None:
        for name in ("kicker", "title", "subtitle", "dateline", "byline"):
            lines.update(article.lines.field_lines(name))
    return (min(lines), max(lines)) if lines else None


def jumps_after(page: PageInfo, index: int) -> list[str]:
    """Labels of pages the article at ``index`` says it continues on («下转第N版» at its end or after it)."""
    span = _span(page.articles[index][1])
    if span is None:
        return []
    following = [_span(a) for _i, a in page.articles[index + 1 :]]
    limit = next((s[0] for s in following if s is not None), 10**9)
    labels = []
    for line in page.dropped:
        if line.reason == "jump_line" and span[1] - 1 <= line.line_no < limit:
            target = jump_target(line.text)
            if target is not None and target[0] == "out":
                labels.append(target[1])
    return labels


def _jumps_before(page: PageInfo, index: int) -> list[str]:
    """Labels the article at ``index`` says it comes from («上接第N版» just before or at its start)."""
    span = _span(page.articles[index][1])
    if span is None:
        return []
    previous = [_span(a) for _i, a in page.articles[:index]]
    floor = max((s[1] for s in previous if s is not None), default=-1)
    labels = []
    for line in page.dropped:
        if line.reason == "jump_line" and floor < line.line_no <= span[0] + 2:
            target = jump_target(line.text)
            if target is not None and target[0] == "in":
                labels.append(target[1])
    return labels


def suggest_joins(head: PageInfo, head_id: int, others: Sequence[PageInfo]) -> list[JoinSuggestion]:
    """Articles on other pages that likely continue article ``head_id``, best first."""
    index = next((i for i, (aid, _a) in enumerate(head.articles) if aid == head_id), None)
    if index is None or not (head.newspaper and head.date):
        return []
    article = head.articles[index][1]
    targets = jumps_after(head, index)
    if not targets:
        return []
    found = []
    for other in others:
        if other.source_id == head.source_id or (other.newspaper, other.date) != (head.newspaper, head.date):
            continue
        if other.page not in targets:
            continue
        for k, (aid, candidate) in enumerate(other.articles):
            score, reasons = 0.0, []
            if head.page is not None and head.page in _jumps_before(other, k):
                score += 2
                reasons.append(f"it says it continues from page {head.page}")
            title, other_title = compact(article.title), compact(candidate.title)
            if title and other_title and (title == other_title or title in other_title or other_title in title):
                score += 2
                reasons.append("it has the same title")
            if score >= 2:
                found.append(JoinSuggestion(aid, other.source_id, other.page, candidate.title, score, tuple(reasons)))
    return sorted(found, key=lambda s: (-s.score, s.source_id, s.article_id))
