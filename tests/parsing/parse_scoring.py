"""Compare parsed pages with the generator's truth: boundaries, titles, bylines, body CER."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from page_scoring import edit_distance  # noqa: F401 - tests import it from here too

from reader.model import Article

_KEY = 12  # characters of body text that identify an article's start or end


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
