"""Whole pages and issues: bands, article rectangles, articles, and the truth of each page."""

from __future__ import annotations

import dataclasses
import random
from io import BytesIO

from reportlab.pdfgen.canvas import Canvas

from composer import fonts
from composer.article import Area, compose_article
from composer.flow import ASCENT, DESCENT
from composer.furniture import Bands, Edition, make_bands, make_edition
from composer.layout import Rect, Style, make_style, split_area
from composer.names import SECTIONS
from composer.pools import TOPICS
from composer.ops import RuleOp, TextOp, pdf_box
from composer.photos import photo_frame
from composer.typeset import SetLine, resolve, width
from composer.writer import Writer, make_article


@dataclasses.dataclass(slots=True)
class PageSpec:
    number: int
    section: str
    jump_out: dict[int, int] = dataclasses.field(default_factory=dict)  # article index -> page it continues on
    jump_in: dict = dataclasses.field(default_factory=dict)  # article index -> page it came from, then (page, spec)


def _line(text: str, font: str, size: float) -> SetLine:
    w = width(text, font, size)
    return SetLine(text, [resolve(font, ch) for ch in text], w, w, last=True)


def _draw_bands(rng: random.Random, style: Style, bands: Bands) -> tuple[list, float, float, list[dict]]:
    """Ops for the header and footer; returns (ops, body top, body bottom, furniture lines)."""
    ops: list = []
    furniture: list[tuple[str, TextOp]] = []
    left, right = style.margin_x, style.width - style.margin_x
    y = style.margin_top
    for row in sorted({item.row for item in bands.header}):
        items = [i for i in bands.header if i.row == row]
        biggest = max(i.size for i in items)
        baseline = y + biggest * ASCENT
        for item in items:
            line = _line(item.text, item.font, item.size)
            x = left if item.align == "left" else (right - line.natural if item.align == "right" else (left + right - line.natural) / 2)
            op = TextOp(line, x, baseline, item.size)
            ops.append(op)
            furniture.append(("header", op))
        y = baseline + biggest * DESCENT + biggest * 0.25
    if bands.header_rule:
        y += 2
        ops.append(RuleOp(left, y, right, y, width=rng.choice((0.6, 1.0, 2.0))))
        if rng.random() < 0.3:
            ops.append(RuleOp(left, y + 2.5, right, y + 2.5, width=0.4))
            y += 2.5
    top = y + style.body_size * rng.uniform(1.0, 2.0)
    y = style.height - style.margin_bottom
    for row in sorted({item.row for item in bands.footer}):
        items = [i for i in bands.footer if i.row == row]
        biggest = max(i.size for i in items)
        baseline = y - biggest * DESCENT
        for item in items:
            line = _line(item.text, item.font, item.size)
            x = left if item.align == "left" else (right - line.natural if item.align == "right" else (left + right - line.natural) / 2)
            op = TextOp(line, x, baseline, item.size)
            ops.append(op)
            furniture.append(("footer", op))
        y = baseline - biggest * ASCENT - biggest * 0.3
    if bands.footer_rule and bands.footer:
        y -= 2
        ops.append(RuleOp(left, y, right, y, width=0.6))
    bottom = y - style.body_size * rng.uniform(1.0, 2.0)
    return ops, top, bottom, furniture


def _area(style: Style, rect: Rect, body: Rect) -> Area:
    cw, g = style.column_width, style.gutter
    half = style.article_gap / 2
    top = rect.top + (half if rect.top > body.top + 0.5 else 0.0)
    bottom = rect.bottom - (half if rect.bottom < body.bottom - 0.5 else 0.0)
    return Area(style.margin_x + rect.col * (cw + g), rect.ncols * cw + (rect.ncols - 1) * g, top, bottom, rect.ncols)


def compose_page(rng: random.Random, canvas: Canvas, style: Style, edition: Edition, spec: PageSpec, page_index: int, stem: str) -> dict:
    """Draw one page on the canvas and return its truth."""
    bands = make_bands(rng, edition, spec.number, spec.section)
    band_ops, top, bottom, band_lines = _draw_bands(rng, style, bands)
    body = Rect(0, style.columns, top, bottom)
    min_height = style.leading * 12 + style.body_size * 6
    rects = split_area(rng, body, columns=style.columns, min_height=min_height, want=rng.randint(3, 8))
    ops: list = list(band_ops)
    H = style.height
    articles: list[dict] = []
    page_captions: list[str] = []
    page_caption_boxes: list[list[float]] = []
    furniture = [{"kind": kind, "text": op.line.text, "box": pdf_box(op.box(), H, page_index)} for kind, op in band_lines]
    jumped: dict[int, list] = {}
    groups: list[list] = []  # drawing operations of each article or photo
    topics = rng.sample(sorted(TOPICS), k=len(TOPICS))
    for index, rect in enumerate(rects):
        area = _area(style, rect, body)
        if style.article_rules and index:
            ops += _rules(style, rect, body)
        if rect.ncols >= 2 and area.bottom - area.top < style.leading * 30 and rng.random() < 0.08:
            frame = _photo_news(rng, style, area)
            groups.append(frame.ops)
            page_captions.append(frame.caption)
            page_caption_boxes.append(pdf_box(frame.caption_box, H, page_index))
            continue
        if index in spec.jump_in:
            article = continuation(rng, spec.jump_in[index])
        else:
            big = rect.ncols >= 2 and rect.bottom - rect.top > style.leading * 24
            photos = rng.choices((0, 1, 2), weights=(50, 42, 8))[0] if big else 0
            article = make_article(rng, topics[index % len(topics)], photos=photos)
            if index in spec.jump_out:
                article.jump_out = f"（下转第{spec.jump_out[index]}版）"
                jumped.setdefault(spec.jump_out[index], []).append((spec.number, article))
        area.lead = index == 0 and rect.ncols >= 3
        composed = compose_article(rng, article, style, area, H, page_index, f"{stem}/{len(articles) + 1}")
        if not composed.truth["body"]:
            continue  # no room for any text: leave the rectangle empty rather than print a lone headline
        groups.append(composed.ops)
        furniture += composed.furniture
        articles.append(composed.truth)
    # Extractors that follow the content stream must not be handed the reading order:
    # typesetting systems write articles in whatever order they were placed.
    if rng.random() < 0.5:
        rng.shuffle(groups)
    if rng.random() < 0.3:
        groups.append(ops[: len(band_ops)])
        ops = ops[len(band_ops) :]
    for op in ops + [op for group in groups for op in group]:
        op.draw(canvas, H)
    canvas.showPage()
    return {
        "page": f"{stem}/p{page_index + 1}",
        "page_index": page_index,
        "size": [style.width, style.height],
        "meta": bands.meta,
        "furniture": furniture,
        "articles": articles,
        "page_captions": page_captions,
        "page_caption_boxes": page_caption_boxes,
        "style": dataclasses.asdict(style),
        "_jumped": jumped,
    }


def continuation(rng: random.Random, source: tuple[int, object]) -> object:
    """The part of an article continued from another page: its title again, more of its text."""
    from_page, original = source
    if original is None:
        original = make_article(rng)
    article = dataclasses.replace(
        original, kicker=None, subtitle=None, dateline=None, photos=[], jump_out=None,
        jump_in=f"（上接第{from_page}版）", seed=rng.randrange(1 << 30), subheads=False,
    )
    if original.byline_style in ("end_bracket", "dateline_end"):
        article.byline_style = "end_bracket"
        article.byline_raw = "（" + original.byline_raw.strip("（）") + "）" if original.byline_raw else None
    else:
        article.byline_style, article.byline, article.byline_raw = "none", None, None
    return article


def _rules(style: Style, rect: Rect, body: Rect) -> list[RuleOp]:
    cw, g = style.column_width, style.gutter
    left = style.margin_x + rect.col * (cw + g)
    right = left + rect.ncols * cw + (rect.ncols - 1) * g
    rules = []
    if rect.top > body.top + 0.5:
        rules.append(RuleOp(left, rect.top, right, rect.top, width=0.4))
    if rect.col > 0:
        x = left - g / 2
        rules.append(RuleOp(x, rect.top + style.article_gap / 2, x, rect.bottom - style.article_gap / 2, width=0.4))
    return rules


def _photo_news(rng: random.Random, style: Style, area: Area):
    """A photo with only a caption (图片新闻): its caption belongs to no article."""
    writer = Writer(rng, rng.choice(("culture", "farming", "herding", "sport", "weather", "ecology")))
    caption = writer.fill("{D}，{P}") + "，" + writer.caption()
    height = (area.bottom - area.top) * rng.uniform(0.55, 0.75)
    return photo_frame(rng, style, caption, rng.random() < 0.3, rng.random() < 0.4, area.x, area.top, area.width, height, "alone", 0, area.ncols)


def new_canvas(buffer: BytesIO, style: Style) -> Canvas:
    fonts.register()
    return Canvas(buffer, pagesize=(style.width, style.height), invariant=1, pageCompression=1)


def page_style(rng: random.Random, base: Style) -> Style:
    """The style of one page of an issue: the paper's faces and size, the page's own grid."""
    return dataclasses.replace(
        base,
        columns=rng.choice((base.columns, base.columns, max(4, base.columns - 1), min(6, base.columns + 1))),
        article_rules=base.article_rules if rng.random() < 0.8 else not base.article_rules,
        subhead_mode=base.subhead_mode if rng.random() < 0.7 else rng.choice(("font", "stroke", "center")),
    )


def compose_pdf(seed: int, pages: int = 1, stem: str | None = None) -> tuple[bytes, list[dict]]:
    """A PDF of ``pages`` pages of one issue, and the truth of each page.  Same seed, same bytes."""
    rng = random.Random(seed)
    stem = stem or f"seed{seed}"
    base = make_style(rng)
    edition = make_edition(rng, pages=max(pages, rng.choice((4, 8, 12, 16))))
    first_number = 1 if pages > 1 or rng.random() < 0.15 else rng.randint(2, edition.pages)
    numbers = list(range(first_number, first_number + pages))
    sections = rng.sample(SECTIONS, k=min(len(SECTIONS), pages))
    specs = [PageSpec(n, sections[i % len(sections)]) for i, n in enumerate(numbers)]
    _link_jumps(rng, specs, edition.pages)
    buffer = BytesIO()
    canvas = new_canvas(buffer, base)
    if rng.random() < 0.5:
        canvas.setTitle(f"{edition.newspaper} {edition.date.isoformat()}")
    truths: list[dict] = []
    waiting: dict[int, list] = {}  # page number -> articles jumping to it
    for page_index, spec in enumerate(specs):
        style = page_style(rng, base) if page_index else base
        arriving = waiting.pop(spec.number, [])
        for index in sorted(spec.jump_in):
            spec.jump_in[index] = arriving.pop(0) if arriving else (spec.jump_in[index], None)
        truth = compose_page(rng, canvas, style, edition, spec, page_index, stem)
        truth["pdf"] = f"{stem}.pdf"
        for target, items in truth.pop("_jumped").items():
            waiting.setdefault(target, []).extend(items)
        truths.append(truth)
    canvas.save()
    return buffer.getvalue(), truths


def _link_jumps(rng: random.Random, specs: list[PageSpec], total_pages: int) -> None:
    """Some articles continue on another page: «（下转第4版）» here, «（上接第1版）» there."""
    by_number = {s.number: s for s in specs}
    for spec in specs:
        if rng.random() < 0.3 and spec.number < total_pages:
            target = rng.randint(spec.number + 1, total_pages)
            spec.jump_out[rng.randint(0, 2)] = target
            if target in by_number:
                by_number[target].jump_in[rng.randint(1, 4)] = spec.number
        elif rng.random() < 0.12 and spec.number > 1:
            spec.jump_in[rng.randint(1, 3)] = rng.randint(1, spec.number - 1)  # from a page not in this PDF
