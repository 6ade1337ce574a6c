"""The layout reader: one page's glyphs and graphics → Page (articles) with its PageLayout.

Steps, one module each: lines (glyphs → lines) → bands (header and footer)
→ photos (and captions) → headlines → segments (column runs) → regions
(article regions) → reading order (here) → fields (article fields).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from reader.model import HEADLINE_FIELDS, ArticleLines, BandLine, Box, DroppedLine, Page, PageLayout
from reader.pdf.bylines import role_byline
from reader.pdf.bands import FOOTER_ZONE, HEADER_ZONE, find_bands
from reader.pdf.extract import RawPage
from reader.parsing.captions import best_article
from reader.pdf.fields import build_article, caption_text, split_leading_bylines
from reader.pdf.grid import find_grid
from reader.pdf.headlines import build_headlines
from reader.pdf.lines import Line, build_lines, join_pieces, split_at_rules
from reader.pdf.photos import attach_captions, find_photos
from reader.pdf.regions import Region, assign
from reader.pdf.segments import build_segments, column_width


# The space between an article's columns and a photo under them, in line pitches: an
# article's own photo stands 0.6 of a line under its slot, whose last line ends up to a
# line short of it; a picture of its own stands an article gap (1.2-2.5 ems) under it.
PHOTO_GAP_SURE = 1.3
PHOTO_GAP_APART = 1.6
# Under this, a photo is the article's own whatever its caption says: articles stand further apart
# (an article gap of 1.2 ems or more is 0.8 line pitches or more).
PHOTO_GAP_CLOSE = 0.8
# A picture of its own (图片新闻) is a news item: its caption opens as a report does, with the day
# («5月7日，乌兰县，……»); an article's photo only shows what the article reports.
_NEWS_CAPTION = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日[，,]")


@dataclass(slots=True)
class Reading:
    page: Page
    body_size: float
    columns: int  # body column runs of 3 lines or more, side by side somewhere on the page
    column_share: float  # their width over the text width
    body_share: float  # characters in body column runs over all characters


def body_style(lines: list[Line]) -> tuple[float, str]:
    """The size and face most of the page's characters are set in."""
    sizes: Counter = Counter()
    for line in lines:
        sizes[line.size] += len(line.glyphs)
    if not sizes:
        return 10.0, ""
    size = sizes.most_common(1)[0][0]
    fonts: Counter = Counter()
    for line in lines:
        if abs(line.size - size) <= 0.03 * size:
            fonts[line.font] += len(line.glyphs)
    return size, fonts.most_common(1)[0][0]


def _reading_order(regions: list[Region]) -> list[Region]:
    """Top before bottom in shared columns, left before right in shared rows."""
    remaining = [(r, r.box) for r in regions if r.items or r.headline]
    ordered: list[Region] = []
    while remaining:
        def blocked(box) -> bool:
            for _, other in remaining:
                if other is box:
                    continue
                cols = other[0] < box[2] - 1 and box[0] < other[2] - 1
                rows = other[1] < box[3] - 1 and box[1] < other[3] - 1
                if cols and other[1] >= box[3] - 1:
                    return True
                if rows and other[2] <= box[0] + 1:
                    return True
            return False

        free = [(r, b) for r, b in remaining if not blocked(b)] or remaining
        pick = min(free, key=lambda rb: (-rb[1][3], rb[1][0]))
        ordered.append(pick[0])
        remaining.remove(pick)
    return ordered


def _separate_photo_news(regions: list[Region], em: float, pitch: float, ruled: bool) -> list[Region]:
    """A photo an article reached only by growing down its columns may be a picture of its own
    (图片新闻) set under the article: its caption belongs to no article.  On a page that rules
    its articles apart it would stand under a rule, which growing does not cross.  Otherwise
    the space above it tells: an article's own photo stands a little more than half a line
    under its columns (and the columns' last lines fall anywhere in the last line's
    height), a picture of its own an article's gap away.  In between, a photo closer to the
    columns than any two articles stacked on the page stand is the article's own; otherwise
    its caption decides (it shares its rarer words with no article, or with another one)."""
    if ruled:
        return regions
    stacked = _stacking_gap(regions, pitch)
    texts = [" ".join(l.text for i in r.items if i.segment for l in i.segment.lines)
             + (" ".join(l.text for l in r.headline.lines) if r.headline else "") for r in regions]
    out = list(regions)
    for index, region in enumerate(regions):
        for item in list(region.items):
            if item.photo is None or not item.grown or not item.photo.caption:
                continue
            above = [i for i in region.items if i.segment and i.bottom >= item.top - 0.5 and min(i.x1, item.x1) - max(i.x0, item.x0) > 0]
            gap = min(i.bottom - item.top for i in above) if above else 0.0
            caption = caption_text(item.photo.caption)
            if gap < PHOTO_GAP_CLOSE * pitch:
                continue  # closer than any two articles stand
            if not _NEWS_CAPTION.match(caption):
                if gap < PHOTO_GAP_SURE * pitch:
                    continue  # as close to the text above as an article's own photo is
                # An article's text may end well short of the photo set at its foot; then the
                # caption's words decide.
                if (gap < PHOTO_GAP_APART * pitch and gap < stacked) or best_article(caption, texts, preferred=index) == index:
                    continue  # closer than articles stand to each other on this page, or the caption says so
            region.items.remove(item)
            out.append(Region(None, [item]))
    return out


def with_provenance(article, built, line_no: dict[int, int]) -> None:
    """Give the article's blocks, headline fields and captions the reading-order lines they were
    printed on (Block.lines, Article.lines), as the text parser does for its raw lines."""

    def numbers(lines) -> tuple[int, ...]:
        return tuple(sorted(line_no[id(l)] for l in lines if id(l) in line_no))

    article.body = [replace(block, lines=numbers(lines)) for block, lines in zip(article.body, built.block_lines)]
    fields = {name: numbers(built.field_lines.get(name, ())) if getattr(article, name) else () for name in HEADLINE_FIELDS}
    article.lines = ArticleLines(**fields, captions=tuple(numbers(lines) for lines in built.caption_lines))
def _stacking_gap(regions: list[Region], pitch: float) -> float:
    """The least space on the page between an article's columns and the headline of the
    article stacked under them (infinite when none stack)."""
    least = float("inf")
    for region in regions:
        if region.headline is None:
            continue
        hx0, _, hx1, top = region.headline.box
        for other in regions:
            if other is region:
                continue
            for item in other.items:
                if item.segment is not None and min(item.x1, hx1) - max(item.x0, hx0) > 0 and 0 < item.bottom - top < least:
                    least = item.bottom - top
    return least if least < 6 * pitch else float("inf")


def _line_pitch(segments, em: float) -> float:
    """The page's usual distance from one baseline to the next in running text."""
    pitches = sorted(a.base - b.base for s in segments for a, b in zip(s.lines, s.lines[1:]) if a.base - b.base < 2.5 * em)
    return pitches[len(pitches) // 2] if pitches else 1.4 * em


def _line_box(page: int, line: Line) -> Box:
    return Box(page, line.x0, line.y0, line.x1, line.y1)


def read_layout(raw: RawPage) -> Reading:
    rules = [(g.x0, g.y0, g.x1, g.y1) for g in raw.graphics if g.kind == "rule"]
    lines = split_at_rules(build_lines(raw.glyphs), rules)
    body_size, body_font = body_style(lines)
    em = body_size
    column = column_width(lines, em)
    lines = join_pieces(lines, column, em)
    grid = find_grid(lines, em)
    bands = find_bands(lines, raw.graphics, raw.height, body_size, column, grid, raw.width)
    in_band = {id(l) for l in bands.header + bands.footer}
    content = [l for l in lines if id(l) not in in_band]
    photos = find_photos(raw.graphics, content, raw.width, raw.height)
    captioned = attach_captions(photos, content, body_size, body_font)
    rest = [l for l in content if id(l) not in captioned]
    headlines, in_headline = build_headlines(rest, body_size, body_font, grid, rules)
    rest = [l for l in rest if id(l) not in in_headline]
    obstacles = [h.box for h in headlines] + [p.box for p in photos] + rules
    segments = build_segments(rest, em, obstacles, column)
    segments = split_leading_bylines(segments, em)
    bylines = {id(s) for s in segments if len(s.lines) <= 3 and role_byline(" ".join(l.text for l in s.lines))}
    regions = assign(headlines, segments, photos, rules, em, bylines, grid)
    header = list(bands.header)
    footer = list(bands.footer)
    kept: list[Region] = []
    for region in regions:
        # A headline with nothing under it at the page's edge is a masthead or a band item.
        box = region.box
        bare = not any(i.segment for i in region.items)
        at_top = box[1] >= raw.height * (1 - HEADER_ZONE)
        at_bottom = box[3] <= raw.height * FOOTER_ZONE
        photos_in = any(i.photo for i in region.items)
        # A headline with nothing under it, or a few lines with no headline, at the page's
        # edge: a masthead or band items the band rows did not catch.
        stray = region.headline is None and sum(len(i.segment.lines) for i in region.items if i.segment) <= 4
        if not photos_in and (at_top or at_bottom) and (bare or stray):
            band_lines = list(region.headline.lines) if region.headline else []
            band_lines += [l for i in region.items if i.segment for l in i.segment.lines]
            (header if at_top else footer).extend(band_lines)
            continue
        kept.append(region)
    content_rules = [r for r in rules if r[2] - r[0] >= 3 * em and r[3] - r[1] < r[2] - r[0] and bands.bottom < r[1] < bands.top]
    kept = _separate_photo_news(kept, em, _line_pitch(segments, em), bool(content_rules))
    header.sort(key=lambda l: (-l.base, l.x0))
    footer.sort(key=lambda l: (-l.base, l.x0))
    articles = []
    layouts = []
    page_captions: list[str] = []
    page_caption_boxes: list[list[Box]] = []
    reading: list[str] = []
    dropped: list[DroppedLine] = []

    line_boxes: list[Box | None] = []
    line_no: dict[int, int] = {}  # id(Line) -> its line in the reading-order text

    def emit(text: str, reason: str | None = None, line: Line | None = None, box: Box | None = None) -> None:
        if reason is not None:
            dropped.append(DroppedLine(len(reading), text, reason))
        if line is not None:
            line_no[id(line)] = len(reading)
            box = _line_box(raw.index, line)
        reading.append(text)
        line_boxes.append(box)

    for line in header:
        emit(line.text, "furniture", line)
    for region in _reading_order(kept):
        built = build_article(region, raw.index, body_size, body_font)
        article = built.article
        if not article.body and not article.title:
            # Photos with captions and nothing else: pictures that belong to no article.
            page_captions.extend(article.captions)
            page_caption_boxes.extend(built.layout.captions)
            for caption, boxes in zip(article.captions, built.layout.captions):
                emit(caption, box=boxes[0] if boxes else None)
            continue
        articles.append(article)
        layouts.append(built.layout)
        jump = {id(line) for line, _ in built.dropped}
        for line in built.lines:
            emit(line.text, "jump_line" if id(line) in jump else None, line)
        with_provenance(article, built, line_no)
        emit("")
    for line in footer:
        emit(line.text, "furniture", line)
    bands_out = [BandLine(l.text, "header", _line_box(raw.index, l), l.size) for l in header]
    bands_out += [BandLine(l.text, "footer", _line_box(raw.index, l), l.size) for l in footer]
    text = "\n".join(reading).rstrip()
    layout = PageLayout(raw.index, raw.width, raw.height, layouts, bands_out, page_caption_boxes, text + "\n",
                        line_boxes[: text.count("\n") + 1])
    page = Page(articles=articles, page_captions=page_captions, dropped=dropped, layout=layout)
    return Reading(page, body_size, *_column_figures(segments, lines, em))


def _column_figures(segments, lines: list[Line], em: float) -> tuple[int, float, float]:
    columns = [s for s in segments if len(s.lines) >= 3]
    if not lines:
        return 0, 0.0, 0.0
    left = min(l.x0 for l in lines)
    right = max(l.x1 for l in lines)
    span = max(1.0, right - left)
    best = 0
    for seg in columns:
        side = [o for o in columns if o.bottom < seg.top and seg.bottom < o.top]
        xs = sorted({round(o.x0 / em) for o in side} | {round(seg.x0 / em)})
        best = max(best, len(xs))
    widths = sorted(s.x1 - s.x0 for s in columns)
    share = widths[len(widths) // 2] / span if widths else 1.0
    total = sum(len(l.glyphs) for l in lines) or 1
    body = sum(len(l.glyphs) for s in columns for l in s.lines)
    return best, share, body / total
