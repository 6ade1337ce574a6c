"""Builders shared by the store tests: pages made in code, a fake recogniser, a stand-in parser."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.model import Article, Block, Page, Span


def article(title: str, *paragraphs: str, byline: str | None = None) -> Article:
    return Article(title=title, byline=byline, body=[Block("paragraph", p) for p in paragraphs])


def page(*articles: Article) -> Page:
    return Page(articles=list(articles))


def simple_parse(text: str) -> Page:
    """A tiny stand-in parser: articles separated by '===' lines; first line title, then paragraphs.

    Used for re-parse tests, where the test decides how the parse changes.
    """
    articles = []
    for chunk in re.split(r"^===\n", text, flags=re.M):
        lines = [line for line in chunk.split("\n") if line.strip()]
        if lines:
            articles.append(article(lines[0], *lines[1:]))
    return Page(articles)


class FakeRecogniser:
    """Marks every occurrence of a few known words, plus the user's terms; records its calls."""

    WORDS = {"赵晨然": "PER", "派出所": "ORG", "呼和浩特": "LOC"}

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], dict | None]] = []

    def recognise_many(self, texts: Sequence[str], user_terms: dict[str, str] | None = None) -> list[list[Span]]:
        self.calls.append((list(texts), user_terms))
        words = {**self.WORDS, **(user_terms or {})}
        result = []
        for text in texts:
            spans = []
            for word, label in words.items():
                for m in re.finditer(re.escape(word), text):
                    spans.append(Span(m.start(), m.end(), label, word))
            result.append(sorted(spans, key=lambda s: (s.start, s.end)))
        return result
