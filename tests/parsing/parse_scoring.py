"""Compare parsed pages with the generator's truth: boundaries, titles, bylines, body CER."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from reader.model import Article

_KEY = 12  # characters of body text that identify an article's start or end


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance; exact when the texts differ in a small region, else a tight upper bound."""
    if a == b:
        return 0
    start = 0
    limit = min(len(a), len(b))
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0
    while end < limit - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a, b = a[start : len(a) - end], b[start : len(b) - end]
    if not a or not b:
        return max(len(a), len(b))
    if len(a) * len(b) > 250_000:
        total = 0
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
            if tag != "equal":
                total += max(i2 - i1, j2 - j1)
        return total
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


@dataclass(slots=True)
class Score:
    articles: int = 0
    boundaries: int = 0
    titles: int = 0
    bylines: int = 0
    body_chars: int = 0
    body_errors: int = 0
    spurious: int = 0
    captions: int = 0
    captions_placed: int = 0
    article_errors: int = 0  # edit distance per matched article; a missed article counts whole

    def add(self, other: "Score") -> None:
        for name in self.__slots__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def boundary_rate(self) -> float:
        return self.boundaries / max(1, self.articles)

    @property
    def title_rate(self) -> float:
        return self.titles / max(1, self.articles)

    @property
    def byline_rate(self) -> float:
        return self.bylines / max(1, self.articles)

    @property
    def article_cer(self) -> float:
        """Stricter: each article's body against its match, so a merge or a
        split costs a whole article's text."""
        return self.article_errors / max(1, self.body_chars)

    @property
    def caption_rate(self) -> float:
        return self.captions_placed / max(1, self.captions)

    @property
    def cer(self) -> float:
        return self.body_errors / max(1, self.body_chars)

    def summary(self) -> str:
        return (
            f"{self.articles} articles: boundaries {self.boundary_rate:.2%}, titles {self.title_rate:.2%}, "
            f"bylines {self.byline_rate:.2%}, body CER {self.cer:.3%} (per article {self.article_cer:.3%}), "
            f"spurious articles {self.spurious}, "
            f"captions attached {self.caption_rate:.2%} of {self.captions}"
        )


def _flat(article: Article) -> str:
    """Body text without block breaks: boundaries are about where text starts and ends."""
    return "".join(block.text for block in article.body)


def page_body_text(articles: Sequence[Article]) -> str:
    return "\n".join(a.body_text for a in articles)


def score_page(truth: Sequence[Article], parsed: Sequence[Article]) -> Score:
    """Per-article matching for boundaries, titles and bylines; CER on the page's body text.

    The body CER compares all body text of the page in reading order, so it
    measures the rebuilt text itself (joins, spaces, paragraph breaks, text
    lost or leaked from headlines); where one article runs into the next is
    what the boundary rate measures.
    """
    score = Score(articles=len(truth), captions=sum(len(a.captions) for a in truth))
    unused = list(parsed)
    for expected in truth:
        text = _flat(expected)
        match = next((p for p in unused if _flat(p)[:_KEY] == text[:_KEY]), None)
        if match is None:
            match = next((p for p in unused if p.title == expected.title), None)
        if match is None:
            score.article_errors += len(expected.body_text)
            continue
        unused.remove(match)
        score.article_errors += edit_distance(expected.body_text, match.body_text)
        got = _flat(match)
        if got[:_KEY] == text[:_KEY] and got[-_KEY:] == text[-_KEY:]:
            score.boundaries += 1
        score.titles += match.title == expected.title
        score.bylines += match.byline == expected.byline
        score.captions_placed += sum(1 for caption in expected.captions if caption in match.captions)
    score.spurious = len(unused)
    expected_text = page_body_text(truth)
    score.body_chars = len(expected_text)
    score.body_errors = edit_distance(expected_text, page_body_text(parsed))
    return score
