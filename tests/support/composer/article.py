"""One article laid out in its rectangle: headline, photos with captions, body columns, byline.

``compose_article`` returns the drawing operations and the article's truth
(the gold JSON shape plus boxes).  Positions are top-down until the truth
converts them to PDF points.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from composer.flow import Flow, Slot
from composer.headline import plan_headline
from composer.layout import Style
from composer.ops import TextOp, pdf_box, union
from composer.photos import Frame, plan_photos
from composer.typeset import SetLine, break_lines, resolve, width
from composer.writer import ArticleSpec


@dataclass(slots=True)
class Area:
    x: float
    width: float
    top: float
    bottom: float
    ncols: int
    lead: bool = False  # the page's main story: a bigger headline


@dataclass(slots=True)
class _Block:
    kind: str
    text: str
    ops: list[TextOp] = field(default_factory=list)
    start_state: Flow | None = None  # the flow before the block, to set it again
    segs: list | None = None  # a paragraph's styled text (dateline included)
    skip: int = 0  # characters of segs before the block's own text


@dataclass(slots=True)
class Composed:
    ops: list = field(default_factory=list)
    truth: dict = field(default_factory=dict)
    furniture: list[dict] = field(default_factory=list)
    used_bottom: float = 0.0


def _one_line(text: str, font: str, size: float) -> SetLine:
    w = width(text, font, size)
    return SetLine(text, [resolve(font, ch) for ch in text], w, w, last=True)


def compose_article(rng: random.Random, spec: ArticleSpec, style: Style, area: Area, page_height: float,
                    page_index: int, article_id: str) -> Composed:
    out = Composed()
    size, cw = style.body_size, style.column_width
    byline_where = "none"
    if spec.byline_style == "under_headline":
        byline_where = "headline" if rng.random() < 0.7 else "column"
    head = plan_headline(rng, spec, style, area.x, area.width, area.top, lead=area.lead, byline_under=byline_where == "headline")
    out.ops += head.ops
    frames = plan_photos(rng, spec, style, area, head.bottom)
    slots = _slots(area, style, head.bottom, frames)
    for frame in frames:
        out.ops += frame.ops
    flow = Flow(slots, size, style.leading)
    blocks: list[_Block] = []
    extra_ops: list[TextOp] = []
    if byline_where == "column":
        bs = size * rng.uniform(1.0, 1.1)
        where = flow.place(height=style.leading * bs / size)
        line = _one_line(spec.byline_raw, style.byline_font, bs)
        extra_ops.append(TextOp(line, where.x, where.baseline, bs))
    if spec.jump_in:
        where = flow.place()
        line = _one_line(spec.jump_in, style.body_font, size)
        extra_ops.append(TextOp(line, where.x, where.baseline, size))
        out.furniture.append({"kind": "jump", "text": spec.jump_in, "box": pdf_box(extra_ops[-1].box(), page_height, page_index)})
    ends_with_byline = spec.byline_style in ("end_bracket", "dateline_end") and not spec.jump_out
    reserve = 1 if spec.jump_out else 0
    if ends_with_byline:
        reserve = len(break_lines(spec.byline_raw, style.body_font, size, cw))
    paragraphs = spec.paragraphs()
    ended_mid = _fill(rng, spec, style, flow, blocks, reserve, paragraphs)
    if spec.jump_out:
        _cut_for_jump(rng, spec, style, flow, blocks, ended_mid, paragraphs)
        where = flow.place()
        if where is not None:
            line = _one_line(spec.jump_out, style.body_font, size)
            x = where.x + cw - line.natural if rng.random() < 0.7 else where.x
            extra_ops.append(TextOp(line, x, where.baseline, size))
            out.furniture.append({"kind": "jump", "text": spec.jump_out, "box": pdf_box(extra_ops[-1].box(), page_height, page_index)})
    elif ends_with_byline and blocks:
        extra_ops += _end_byline(rng, spec, style, flow, blocks)
    byline, byline_raw = spec.byline, spec.byline_raw
    if spec.jump_out and spec.byline_style in ("end_bracket", "dateline_end"):
        byline = byline_raw = None  # printed at the end of the continuation, on the other page
    if spec.byline_style == "none":
        byline = byline_raw = None
    for block in blocks:
        out.ops += block.ops
    out.ops += extra_ops
    everything = [op.box() for op in out.ops]
    out.used_bottom = max(b[3] for b in everything) if everything else area.top
    title = spec.title if len(spec.title_parts) == 2 else spec.title_parts[0]
    out.truth = {
        "id": article_id,
        "kicker": spec.kicker,
        "title": title,
        "subtitle": spec.subtitle,
        "dateline": spec.dateline,
        "byline": byline,
        "byline_raw": byline_raw,
        "body": [
            {"kind": b.kind, "text": b.text, "boxes": _block_boxes(b, page_height, page_index)} for b in blocks if b.text
        ],
        "captions": [f.caption for f in frames],
        "caption_boxes": [pdf_box(f.caption_box, page_height, page_index) for f in frames],
        "photo_boxes": [pdf_box(f.photo_box, page_height, page_index) for f in frames],
        "headline_box": pdf_box(union(op.box() for op in head.ops), page_height, page_index) if head.ops else None,
        "box": pdf_box(union(everything), page_height, page_index),
        "region": pdf_box((area.x, area.top, area.x + area.width, area.bottom), page_height, page_index),
        "topic": spec.topic,
    }
    if spec.jump_out:
        out.truth["jump_out"] = spec.jump_out
    if spec.jump_in:
        out.truth["jump_in"] = spec.jump_in
    return out


def _slots(area: Area, style: Style, body_top: float, frames: list[Frame]) -> list[Slot]:
    cw, gutter = style.column_width, style.gutter
    slots: list[Slot] = []
    for c in range(area.ncols):
        x = area.x + c * (cw + gutter)
        top, bottom = body_top, area.bottom
        for frame in frames:
            if frame.first_col <= c < frame.first_col + frame.ncols:
                if frame.where == "bottom":
                    bottom = min(bottom, frame.top - style.leading * 0.6)
                else:
                    top = max(top, frame.bottom + style.leading * 0.6)
        if bottom - top >= style.leading * 2.2:
            slots.append(Slot(x, cw, top, bottom))
    return slots


def _prefix(rng: random.Random, spec: ArticleSpec, style: Style) -> list[tuple[str, str]]:
    if not spec.dateline:
        return []
    face = ("Hei" if style.body_font != "Hei" else "Kai") if rng.random() < 0.5 else style.body_font
    if spec.byline_style == "dateline_bracket":
        return [(spec.dateline, face), (rng.choice(("", " ", "　")), style.body_font), (spec.byline_raw, style.body_font)]
    return [(spec.dateline, face), (rng.choice(("　", " ", "  ")), style.body_font)]


def _subhead_style(rng: random.Random, style: Style) -> tuple[str, float, bool]:
    """(font, stroke, centred) of the page's sub-headings."""
    if style.subhead_mode == "font":
        return ("Hei" if style.body_font != "Hei" else "Ming"), (0.0 if style.body_font != "Hei" else style.body_size * 0.04), rng.random() < 0.3
    if style.subhead_mode == "stroke":
        return style.body_font, style.body_size * 0.04, False
    return style.body_font, 0.0, True


def _room_for(flow: Flow, lines: int) -> bool:
    probe = flow.copy()
    return all(probe.place() is not None for _ in range(lines))


def _fill(rng: random.Random, spec: ArticleSpec, style: Style, flow: Flow, blocks: list[_Block], reserve: int,
          paragraphs) -> list[str] | None:
    """Fill the flow with paragraphs until one sentence no longer fits.

    Returns the sentences that did not fit when the article stopped inside a
    paragraph's plan (the jump-out cut continues with them), else None.
    """
    size, cw = style.body_size, style.column_width
    indent = style.indent_chars * size
    sub_font, sub_stroke, sub_centre = _subhead_style(rng, style)
    prefix = _prefix(rng, spec, style)
    first = True
    for kind, sentences in paragraphs:
        if kind == "subhead":
            text = sentences[0]
            if width(text, sub_font, size) > cw:
                text = text.split(" ")[-1]
            saved = flow.copy()
            if flow.lines_left_in_slot() < 3:
                flow.index += 1
                if flow.index < len(flow.slots):
                    flow.y, flow.fresh = flow.slots[flow.index].top, True
            where = flow.place(space_before=style.leading * 0.6)
            if where is None:
                flow.restore(saved)
                return None
            line = _one_line(text, sub_font, size)
            x = where.x + ((cw - line.natural) / 2 if sub_centre else (indent if rng.random() < 0.4 else 0.0))
            blocks.append(_Block("subhead", text, [TextOp(line, x, where.baseline, size, stroke=sub_stroke)], start_state=saved))
            continue
        best = None
        for k in range(1, len(sentences) + 1):
            segs = (prefix if first else []) + [("".join(sentences[:k]), style.body_font)]
            trial = flow.copy()
            placed = _place_lines(trial, break_lines(segs, None, size, cw, indent, style.latin_gap), style, first_line_space=style.paragraph_space)
            if placed is None or not _room_for(trial, reserve):
                break
            best = (k, placed, trial, segs)
        if best is None:
            if blocks and blocks[-1].kind == "subhead":
                flow.restore(blocks.pop().start_state)
            return sentences
        k, placed, trial, segs = best
        start_state = flow.copy()
        flow.restore(trial)
        skip = sum(len(t) for t, _ in segs[:-1])
        blocks.append(_Block("paragraph", segs[-1][0], placed, start_state=start_state, segs=segs, skip=skip))
        first = False
        if k < len(sentences):
            return sentences[k:]
    return None


def _place_lines(flow: Flow, lines: list[SetLine], style: Style, first_line_space: float = 0.0) -> list[TextOp] | None:
    ops: list[TextOp] = []
    for n, line in enumerate(lines):
        where = flow.place(space_before=first_line_space if n == 0 else 0.0)
        if where is None:
            return None
        ops.append(TextOp(line, where.x + line.indent, where.baseline, style.body_size))
    return ops


def _cut_for_jump(rng: random.Random, spec: ArticleSpec, style: Style, flow: Flow, blocks: list[_Block],
                  rest: list[str] | None, more) -> None:
    """Fill the remaining lines (all but one, kept for the jump line) with text cut mid-sentence."""
    size, cw = style.body_size, style.column_width
    indent = style.indent_chars * size
    continuing = bool(rest) and bool(blocks) and blocks[-1].kind == "paragraph"
    extra = "".join(rest or [])
    while len(extra) < 400:
        kind, sentences = next(more)
        if kind == "paragraph":
            extra += "".join(sentences)
    if continuing:
        last = blocks[-1]
        segs = last.segs[:-1] + [(last.segs[-1][0] + extra, style.body_font)]
        flow.restore(last.start_state)
        skip = last.skip
    else:
        segs, skip = [(extra, style.body_font)], 0
    lines = break_lines(segs, None, size, cw, indent, style.latin_gap)
    placed: list[TextOp] = []
    for n, line in enumerate(lines):
        keep = flow.copy()
        where = flow.place(space_before=style.paragraph_space if n == 0 else 0.0)
        if where is None or flow.copy().place() is None:
            flow.restore(keep)
            break
        line.last = False  # cut mid-sentence: every line is justified, as printed
        placed.append(TextOp(line, where.x + line.indent, where.baseline, size))
    if not placed:
        return
    full = "".join(t for t, _ in segs)
    cut = placed[-1].line.start + len(placed[-1].line.text)
    text = full[skip:cut]
    if continuing:
        blocks[-1].text, blocks[-1].ops = text, placed
    else:
        blocks.append(_Block("paragraph", text, placed))


def _end_byline(rng: random.Random, spec: ArticleSpec, style: Style, flow: Flow, blocks: list[_Block]) -> list[TextOp]:
    size, cw = style.body_size, style.column_width
    raw = spec.byline_raw
    last = blocks[-1]
    tail = last.ops[-1]
    bw = width(raw, style.body_font, size)
    mode = rng.choice(("glued", "right", "own"))
    if mode == "right" and tail.line.natural + tail.line.indent + bw + size <= cw:
        line = _one_line(raw, style.body_font, size)
        return [TextOp(line, tail.x - tail.line.indent + cw - bw, tail.baseline, size)]
    if mode in ("glued", "right") and hasattr(last, "segs"):
        gap = rng.choice(("", "", " "))
        segs = last.segs[:-1] + [(last.segs[-1][0] + gap + raw, style.body_font)]
        trial = last.start_state.copy()
        placed = _place_lines(trial, break_lines(segs, None, size, cw, style.indent_chars * size, style.latin_gap), style, style.paragraph_space)
        if placed is not None:
            last.ops = placed
            flow.restore(trial)
            return []
    ops = []
    for line in break_lines(raw, style.body_font, size, cw):
        where = flow.place()
        if where is None:
            break
        line.last = True
        ops.append(TextOp(line, where.x + cw - line.natural, where.baseline, size))
    return ops


def _block_boxes(block: _Block, page_height: float, page_index: int) -> list[list[float]]:
    """One box per column the block runs through."""
    groups: list[list[TextOp]] = []
    for op in block.ops:
        if groups and abs(groups[-1][-1].x - groups[-1][-1].line.indent - (op.x - op.line.indent)) < 1 and op.baseline > groups[-1][-1].baseline:
            groups[-1].append(op)
        else:
            groups.append([op])
    return [pdf_box(union(op.box() for op in group), page_height, page_index) for group in groups]
