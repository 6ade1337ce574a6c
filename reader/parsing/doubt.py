"""Which articles of a parsed page deserve a second look (issue 12's doubt marker).

Each article carries an ArticleDoubt (Page.doubts): the share the line
model gives the best reading that decided its boundaries, or its headline,
otherwise.  An article is doubtful when that share reaches DOUBT_THRESHOLD.
The threshold was set on tuning pages so that most doubtful articles are
in fact wrong (bench/text_parser_bench.py prints the marker's precision).
"""

from __future__ import annotations

from reader.model import Page

DOUBT_THRESHOLD = 0.2


def doubtful_articles(page: Page, threshold: float = DOUBT_THRESHOLD) -> list[bool]:
    """For each article of the page, in order: is it doubtful?  Articles
    without a doubt (a page parsed elsewhere) are never doubtful."""
    doubts = page.doubts
    return [k < len(doubts) and doubts[k].value >= threshold for k in range(len(page.articles))]
