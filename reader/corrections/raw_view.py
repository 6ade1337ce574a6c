"""The raw page view's model: each line of a page as imported, and where it went (pure).

For every line: the article and part it made (a headline field, body
block N, a caption), or why it is in no article (the parser's reason, or
the user's), so a view can mark the open article's lines, dim the others'
and label the dropped ones; and, for a line, where it is in its article's
text, so a click can go there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.corrections.steps import find_line_text
from reader.model import HEADLINE_FIELDS, Article, DroppedLine

# What each reason of a dropped line is called where it is shown.
REASON_NAMES = {
    "furniture": "page furniture", "page_number": "page number", "duplicate_caption": "duplicate caption half",
    "jump_line": "jump line", "metadata": "page header or footer", "blank": "blank",
    "furniture_by_user": "dropped by you", "false_headline": "false headline (dropped by you)",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class RawLine:
    no: int  # 0-based
    text: str
    article_id: int | None = None
    part: str | None = None  # "title", "body", "caption", … (None: in no article)
    index: int | None = None  # body block or caption number
    dropped: str | None = None  # the reason, when (part of) the line is in no article


def split_raw(raw_text: str) -> list[str]:
    return raw_text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def raw_lines(raw_text: str, articles: Sequence[tuple[int, Article]], dropped: Sequence[DroppedLine],
              joined: Sequence[tuple[int, Article]] = (), source_id: int | None = None) -> list[RawLine]:  # fmt: skip
    """Every line of the page with its article and part.

    ``articles`` are the page's own; ``joined`` are articles of other pages
    that continue here (a join): only their blocks printed on this page
    (Block.source == source_id) are this page's lines.
    """
    where: dict[int, tuple[int, str, int | None]] = {}
    for article_id, article in articles:
        own = article.lines
        for name in HEADLINE_FIELDS:
            for n in own.field_lines(name) if own is not None else ():
                where.setdefault(n, (article_id, name, None))
        for k, block in enumerate(article.body):
            if block.source is None:
                for n in block.lines:
                    where.setdefault(n, (article_id, "body", k))
        for k, lines in enumerate(own.captions if own is not None else ()):
            for n in lines:
                where.setdefault(n, (article_id, "caption", k))
    for article_id, article in joined:
        for k, block in enumerate(article.body):
            if source_id is not None and block.source == source_id:
                for n in block.lines:
                    where.setdefault(n, (article_id, "body", k))
    reasons: dict[int, str] = {}
    for line in dropped:
        reasons.setdefault(line.line_no, line.reason)
    out = []
    for no, text in enumerate(split_raw(raw_text)):
        article_id, part, index = where.get(no, (None, None, None))
        out.append(RawLine(no, text, article_id, part, index, reasons.get(no)))
    return out


def place_in_article(article: Article, line: RawLine) -> tuple[int, int] | None:
    """Body offsets (start, end) of a raw line's text in its article, None when it is not in the body."""
    if line.part != "body" or line.index is None or not 0 <= line.index < len(article.body):
        return None
    start = sum(len(b.text) + 1 for b in article.body[: line.index])
    span = find_line_text(article.body[line.index].text, line.text)
    if span is None:
        return start, start
    return start + span[0], start + span[1]
