"""parse_page: the pipeline decode → lines → sorting → roles → articles → paragraphs → captions."""

from __future__ import annotations

import bisect
import gc
import os
from dataclasses import replace

from reader.model import ArticleLines, Page
from reader.parsing.articles import PlacedArticle, build_articles
from reader.parsing.captions import best_article, candidate_window
from reader.parsing.decode import read_page_file
from reader.parsing.doubt import provisional_doubt
from reader.parsing.lines import split_lines
from reader.parsing.roles import read_roles
from reader.parsing.sorting import Caption, sort_lines


def _place_captions(captions: list[Caption], placed: list[PlacedArticle]) -> list[str]:
    """Attach each caption to its article; return the ones no article fits.

    Articles are in line order, so where a caption was printed is found by
    bisection, and it is compared only with the articles printed near it.
    """
    texts = [
        " ".join(filter(None, (p.article.kicker, p.article.title, p.article.subtitle, p.article.body_text)))
        for p in placed
    ]
    firsts = [p.first_line for p in placed]
    page_captions: list[str] = []
    for caption in captions:
        position = bisect.bisect_left(firsts, caption.line_no) - 1  # the last article starting before it
        inside = None
        if position >= 0 and placed[position].first_line < caption.line_no < placed[position].last_line:
            inside = position
        window = candidate_window(max(position, 0), len(placed))
        local = best_article(caption.text, texts[window.start : window.stop], None if inside is None else inside - window.start)
        if local is None:
            page_captions.append(caption.text)
        else:
            article = placed[window.start + local].article
            article.captions.append(caption.text)
            lines = article.lines or ArticleLines()
            article.lines = replace(lines, captions=(*lines.captions, caption.lines or (caption.line_no,)))
    return page_captions


def parse_page(text: str) -> Page:
    """Split raw page text into articles; every character ends up in a field or in ``dropped``."""
    if not isinstance(text, str):
        raise TypeError(f"parse_page expects str, not {type(text).__name__}; decode bytes with decode_bytes first")
    # A parse allocates objects by the million (lines, features, scores) and
    # keeps them to the end: the cyclic collector's passes over a heap that
    # only grows find nothing and cost a fifth of the time on a big page.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse(text)
    finally:
        if collecting:
            gc.enable()


def _parse(text: str) -> Page:
    sorted_lines = sort_lines(split_lines(text))
    roles = read_roles(sorted_lines.lines, sorted_lines.ends_after)
    built = build_articles(roles, sorted_lines.ends_after)
    captions = sorted(sorted_lines.captions + [Caption(nos[0], text, nos) for nos, text in built.captions], key=lambda c: c.line_no)
    page_captions = _place_captions(captions, built.articles)
    by_no = {line.no: line for line in sorted_lines.lines}
    for p, (doubt, reasons) in zip(built.articles, provisional_doubt(built.articles, by_no)):
        p.article.doubt, p.article.doubt_reasons = doubt, reasons
    dropped = sorted(sorted_lines.dropped + built.dropped, key=lambda d: d.line_no)
    return Page(
        articles=[p.article for p in built.articles],
        page_captions=page_captions,
        dropped=dropped,
        meta=sorted_lines.meta,
        meta_problems=sorted_lines.meta_problems,
    )


def parse_file(path: str | os.PathLike[str]) -> Page:
    """Read, decode and parse a page file; raises PageDecodeError for unreadable files."""
    text, encoding = read_page_file(path)
    page = parse_page(text)
    page.encoding = encoding
    return page
