"""How unsure the parser is of each article's cut and title (issue 12's doubt marker).

The line model (linemodel.py) reads every page by choosing the best chain
of line roles; for each decision it also knows the best reading that
decided otherwise and the share that reading gets against the chosen one
(articles.py keeps it per article as an ArticleDoubt: the closest call on
where the article starts and ends, and on which lines are its headline).
``provisional_doubt`` turns that share into the article's doubt (0 sure …
1 unsure) and its reasons; parse_page stores them on each article
(Article.doubt, doubt_reasons), and an article whose doubt reaches
DOUBT_THRESHOLD (0.5, as in reader.store.records) is one to check.

CLOSE_CALL, the share at which an article becomes doubtful, was set on the
doubt bench's tuning seeds 830000-832499 and the text parser bench's tuning
pages only (bench/doubt_bench.py --tuning); never on held-out seeds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from reader.model import Page
from reader.parsing.articles import PlacedArticle
from reader.parsing.lines import Line

DOUBT_THRESHOLD = 0.5
# The share of the best other reading at which a decision is a close call: it maps to DOUBT_THRESHOLD.
CLOSE_CALL = 0.45
# The most the other reading can get: a coin flip between the two.
_EVEN = 0.5


def _scaled(share: float) -> float:
    """0 → 0, CLOSE_CALL → DOUBT_THRESHOLD, an even call → 1, linear between."""
    if share <= CLOSE_CALL:
        return round(share / CLOSE_CALL * DOUBT_THRESHOLD, 3)
    return round(min(1.0, DOUBT_THRESHOLD + (share - CLOSE_CALL) / (_EVEN - CLOSE_CALL) * (1 - DOUBT_THRESHOLD)), 3)


def provisional_doubt(placed: Sequence[PlacedArticle], lines: Mapping[int, Line]) -> list[tuple[float, tuple[str, ...]]]:
    """Doubt per article (0 sure … 1 unsure) with its reasons, from the line model's margins.

    The doubt is the larger of two: how close the model came to starting or
    ending the article elsewhere (or starting another inside it), and how
    close it came to reading other lines as its kicker, title and subtitle.
    An article the model gave no title is doubtful too (on tuning pages
    every one was wrong).
    ``lines`` (the page's lines by number) is not needed: the margins were
    taken while the lines were read; it stays for callers of the earlier,
    rule-based doubt.
    """
    del lines
    out = []
    for p in placed:
        boundary, headline = _scaled(p.doubt.boundary), _scaled(p.doubt.headline)
        reasons = []
        if boundary >= DOUBT_THRESHOLD:
            reasons.append(f"where it starts or ends was a close call (the other reading scored {p.doubt.boundary:.0%})")
        if headline >= DOUBT_THRESHOLD:
            reasons.append(f"which lines are its headline was a close call (the other reading scored {p.doubt.headline:.0%})")
        doubt = max(boundary, headline)
        if not p.article.title:
            # The model found no headline at all: a paragraph cut off from its article, as a rule.
            doubt = max(doubt, DOUBT_THRESHOLD)
            reasons.append("it has no title")
        out.append((doubt, tuple(reasons)))
    return out


def doubtful_articles(page: Page, threshold: float = DOUBT_THRESHOLD) -> list[bool]:
    """For each article of the page, in order: is it doubtful?"""
    return [article.doubt >= threshold for article in page.articles]
