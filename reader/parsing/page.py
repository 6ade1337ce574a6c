"""parse_page: the pipeline decode → lines → furniture/captions → articles → paragraphs."""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass, replace

from reader.identity import find_bands
from reader.model import ArticleLines, DroppedLine, MetaProblem, Page, PageMeta
from reader.parsing.articles import PlacedArticle, Segment, build_articles
from reader.parsing.bylines import split_trailing_byline
from reader.parsing.captions import best_article, candidate_window, undouble
from reader.parsing.decode import read_page_file
from reader.parsing.doubt import provisional_doubt
from reader.parsing.furniture import JUMP_OUT_RE, furniture_reason, split_trailing_jump
from reader.parsing.lines import Line, make_line, split_lines


@dataclass(slots=True)
class _Caption:
    line_no: int
    text: str


@dataclass(slots=True)
class _Sorted:
    """The page's lines sorted into article text, captions and dropped lines."""

    lines: list[Line]
    ends_after: set[int]  # line numbers after which an article ends (jump-out lines)
    captions: list[_Caption]
    dropped: list[DroppedLine]
    meta: PageMeta
    meta_problems: list[MetaProblem]


def _sort_lines(raw_lines: list[str]) -> _Sorted:
    lines: list[Line] = []
    ends_after: set[int] = set()
    captions: list[_Caption] = []
    dropped: list[DroppedLine] = []
    # The header and footer bands are read into the page's identity; like all
    # furniture they stay out of the articles.
    bands = find_bands(raw_lines)
    band_lines = set(bands.header) | set(bands.footer)
    gap = False
    for no, raw in enumerate(raw_lines):
        text = raw.strip()
        if not text:
            gap = True
            continue
        if no in band_lines:
            dropped.append(DroppedLine(no, text, "metadata"))
            gap = True
            continue
        reason = furniture_reason(text)
        if reason is not None:
            dropped.append(DroppedLine(no, text, reason))
            if reason == "jump_line" and JUMP_OUT_RE.match(text) and lines:
                ends_after.add(lines[-1].no)
            gap = True
            continue
        doubled = undouble(text)
        if doubled is not None:
            captions.append(_Caption(no, doubled.caption))
            dropped.append(DroppedLine(no, doubled.duplicate, "duplicate_caption"))
            gap = True
            continue
        text, jump = split_trailing_jump(text)
        if jump is not None:
            dropped.append(DroppedLine(no, jump, "jump_line"))
            if JUMP_OUT_RE.match(jump):
                ends_after.add(no)
            if not text:
                gap = True
                continue
        lines.append(make_line(no, text, gap))
        gap = False
    return _Sorted(lines, ends_after, captions, dropped, bands.meta, bands.problems)



def _segments(lines: list[Line], ends_after: set[int]) -> list[Segment]:
    """Cut the text at bylines and jump-out lines; each piece holds one or more articles."""
    segments: list[Segment] = []
    current: list[Line] = []
    for line in lines:
        found = split_trailing_byline(line.text)
        if found is not None:
            before, byline = found
            if before:
                current.append(make_line(line.no, before, line.blank_before))
            if not current and segments:
                # A second byline straight after the first belongs to the same article.
                segments[-1].bylines.append(byline)
                segments[-1].byline_lines.append(line.no)
            else:
                segments.append(Segment(current, [byline], [line.no]))
            current = []
            continue
        current.append(line)
        if line.no in ends_after:
            segments.append(Segment(current))
            current = []
    if current:
        segments.append(Segment(current))
    return segments


def _place_captions(captions: list[_Caption], placed: list[PlacedArticle]) -> list[str]:
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
            article.lines = replace(lines, captions=(*lines.captions, (caption.line_no,)))
    return page_captions


def parse_page(text: str) -> Page:
    """Split raw page text into articles; every character ends up in a field or in ``dropped``."""
    if not isinstance(text, str):
        raise TypeError(f"parse_page expects str, not {type(text).__name__}; decode bytes with decode_bytes first")
    sorted_lines = _sort_lines(split_lines(text))
    placed: list[PlacedArticle] = []
    for segment in _segments(sorted_lines.lines, sorted_lines.ends_after):
        placed.extend(build_articles(segment))
    page_captions = _place_captions(sorted_lines.captions, placed)
    by_no = {line.no: line for line in sorted_lines.lines}
    for p, (doubt, reasons) in zip(placed, provisional_doubt(placed, by_no)):
        p.article.doubt, p.article.doubt_reasons = doubt, reasons
    dropped = sorted(sorted_lines.dropped, key=lambda d: d.line_no)
    return Page(
        articles=[p.article for p in placed],
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
