"""parse_page: the pipeline decode → lines → sorting → roles → articles → paragraphs → captions."""

from __future__ import annotations

import os

from reader.model import Page
from reader.parsing.articles import PlacedArticle, build_articles
from reader.parsing.captions import best_article
from reader.parsing.decode import read_page_file
from reader.parsing.lines import split_lines
from reader.parsing.roles import read_roles
from reader.parsing.sorting import Caption, sort_lines


def _place_captions(captions: list[Caption], placed: list[PlacedArticle]) -> list[str]:
    """Attach each caption to its article; return the ones no article fits."""
    texts = [
        " ".join(filter(None, (p.article.kicker, p.article.title, p.article.subtitle, p.article.body_text)))
        for p in placed
    ]
    page_captions: list[str] = []
    for caption in captions:
        inside = next((i for i, p in enumerate(placed) if p.first_line < caption.line_no < p.last_line), None)
        index = best_article(caption.text, texts, inside)
        if index is None:
            page_captions.append(caption.text)
        else:
            placed[index].article.captions.append(caption.text)
    return page_captions


def parse_page(text: str) -> Page:
    """Split raw page text into articles; every character ends up in a field or in ``dropped``."""
    if not isinstance(text, str):
        raise TypeError(f"parse_page expects str, not {type(text).__name__}; decode bytes with decode_bytes first")
    sorted_lines = sort_lines(split_lines(text))
    roles = read_roles(sorted_lines.lines, sorted_lines.ends_after)
    built = build_articles(roles, sorted_lines.ends_after)
    captions = sorted(sorted_lines.captions + [Caption(no, text) for no, text in built.captions], key=lambda c: c.line_no)
    page_captions = _place_captions(captions, built.articles)
    dropped = sorted(sorted_lines.dropped + built.dropped, key=lambda d: d.line_no)
    return Page(
        articles=[p.article for p in built.articles],
        page_captions=page_captions,
        dropped=dropped,
        meta=sorted_lines.meta,
        meta_problems=sorted_lines.meta_problems,
        doubts=[p.doubt for p in built.articles],
    )


def parse_file(path: str | os.PathLike[str]) -> Page:
    """Read, decode and parse a page file; raises PageDecodeError for unreadable files."""
    text, encoding = read_page_file(path)
    page = parse_page(text)
    page.encoding = encoding
    return page
