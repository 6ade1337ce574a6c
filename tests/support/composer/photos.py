"""Photo boxes (grey fills or small embedded images) with captions, some drawn twice with an offset."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from composer.flow import ASCENT, DESCENT
from composer.ops import RectOp, TextOp, union
import re

from composer.typeset import SetLine, break_lines, resolve, width

_END_MARKS = re.compile(r"[。！？…）]+$")


@dataclass(slots=True)
class Frame:
    where: str  # top | side | bottom | alone
    first_col: int
    ncols: int
    top: float  # the frame (photo and caption), top-down
    bottom: float
    caption: str
    photo_box: tuple[float, float, float, float] = (0, 0, 0, 0)
    caption_box: tuple[float, float, float, float] = (0, 0, 0, 0)
    ops: list = field(default_factory=list)


def tiny_image(rng: random.Random) -> bytes:
    """A small grey JPEG standing for a photograph (a few hundred bytes)."""
    from io import BytesIO

    from PIL import Image, ImageDraw

    w, h = rng.choice(((48, 32), (40, 40), (32, 48)))
    image = Image.new("L", (w, h), rng.randint(90, 200))
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x0, y0 = rng.randrange(w), rng.randrange(h)
        draw.ellipse((x0, y0, x0 + rng.randint(4, 20), y0 + rng.randint(4, 20)), fill=rng.randint(20, 240))
    buffer = BytesIO()
    image.save(buffer, "JPEG", quality=40)
    return buffer.getvalue()


def photo_frame(rng: random.Random, style, caption: str, image: bool, shadow: bool, left: float, top: float,
                width: float, photo_height: float, where: str, first_col: int, ncols: int) -> Frame:
    """A photo box at (left, top) with its caption under it."""
    cap_size = style.body_size * rng.uniform(0.8, 0.95)
    lines = break_lines(caption, style.caption_font, cap_size, width)
    rect = RectOp(left, top, left + width, top + photo_height, fill=rng.uniform(0.6, 0.9),
                  stroke=0.5 if rng.random() < 0.4 else None, image=tiny_image(rng) if image else None)
    ops: list = [rect]
    y = top + photo_height + cap_size * rng.uniform(0.4, 0.9)
    centred = len(lines) == 1 and rng.random() < 0.5
    caption_ops: list[TextOp] = []
    for line in lines:
        y += cap_size * ASCENT
        x = left + (width - line.natural) / 2 if centred else left
        caption_ops.append(TextOp(line, x, y, cap_size, char_space=0.0 if line.last else None))
        y += cap_size * DESCENT + cap_size * 0.35
    if shadow:
        ops += _shadowed(rng, style, caption_ops)
    else:
        ops += caption_ops
    return Frame(where, first_col, ncols, top, y, caption, rect.box(), union(op.box() for op in caption_ops), ops)


def plan_photos(rng: random.Random, spec, style, area, body_top: float) -> list[Frame]:
    """Place the article's photos: on top of some columns, beside the body, or across the bottom."""
    frames: list[Frame] = []
    if not spec.photos:
        return frames
    cw, gutter = style.column_width, style.gutter
    body_height = area.bottom - body_top
    if body_height < style.leading * 14:
        spec.photos = []
        return frames
    for n, photo in enumerate(spec.photos[:2]):
        if n == 0:
            where = rng.choice(("top", "top", "side", "bottom")) if area.ncols >= 3 else rng.choice(("top", "bottom"))
        else:
            where = "bottom" if frames[0].where != "bottom" else "top"
        if where == "side":
            ncols = 1
            first = 0 if rng.random() < 0.4 else area.ncols - 1
            height = body_height * rng.uniform(0.35, 0.6)
        elif where == "top":
            ncols = area.ncols if area.ncols <= 2 else rng.randint(1, area.ncols - 1)
            first = 0 if rng.random() < 0.5 else area.ncols - ncols
            height = min(body_height * rng.uniform(0.2, 0.35), (ncols * cw) * rng.uniform(0.5, 0.8))
        else:
            ncols = area.ncols
            first = 0
            height = min(body_height * rng.uniform(0.18, 0.3), ncols * cw * 0.6)
        height = max(height, style.leading * 4)
        left = area.x + first * (cw + gutter)
        width = ncols * cw + (ncols - 1) * gutter
        top = body_top if where != "bottom" else 0.0
        frame = photo_frame(rng, style, photo.caption, photo.image, photo.shadow, left, top, width, height, where, first, ncols)
        if where == "bottom":
            _shift(frame, area.bottom - frame.bottom)  # measured at 0: move it to the bottom of the area
        frames.append(frame)
    spec.photos = spec.photos[: len(frames)]
    return frames


def _shift(frame: Frame, dy: float) -> None:
    for op in frame.ops:
        if isinstance(op, TextOp):
            op.baseline += dy
        else:
            op.top += dy
            op.bottom += dy
    frame.top += dy
    frame.bottom += dy
    l, t, r, b = frame.photo_box
    frame.photo_box = (l, t + dy, r, b + dy)
    l, t, r, b = frame.caption_box
    frame.caption_box = (l, t + dy, r, b + dy)


def _shadowed(rng: random.Random, style, caption_ops: list[TextOp]) -> list[TextOp]:
    """The caption and a grey copy a little offset.  Either the copy comes whole before or after
    the caption, or (as typesetters that set marks in their own face do) the words of both
    copies come first and their closing marks after: the order that makes extractors print
    «颁奖现场颁奖现场。。»."""
    size = caption_ops[0].size
    same_line = rng.random() < 0.6
    dx = size * rng.uniform(0.15, 0.35) if same_line else rng.uniform(0.4, 1.3)
    dy = size * rng.uniform(0.0, 0.08) if same_line else rng.uniform(0.3, 1.0)
    if not same_line or rng.random() < 0.4:
        copies = [TextOp(op.line, op.x + dx, op.baseline + dy, op.size, char_space=op.char_space, gray=0.55) for op in caption_ops]
        return copies + caption_ops if rng.random() < 0.6 else caption_ops + copies
    mark_font = "Ming" if style.caption_font != "Ming" else "Hei"
    out: list[TextOp] = []
    for op in caption_ops:
        text = op.line.text
        match = _END_MARKS.search(text)
        words, marks = (text[: match.start()], match.group(0)) if match else (text, "")
        word_line = SetLine(words, op.line.fonts[: len(words)], width(words, style.caption_font, size), 0, True)
        word_line.avail = word_line.natural
        out += [TextOp(word_line, op.x + dx, op.baseline + dy, size, char_space=0.0, gray=0.55), TextOp(word_line, op.x, op.baseline, size, char_space=0.0)]
        if marks:
            fonts_ = [resolve(mark_font, ch) for ch in marks]
            mark_line = SetLine(marks, fonts_, width(marks, mark_font, size), 0, True)
            mark_line.avail = mark_line.natural
            mx = op.x + word_line.natural
            out += [TextOp(mark_line, mx + dx, op.baseline + dy, size, char_space=0.0, gray=0.55), TextOp(mark_line, mx, op.baseline, size, char_space=0.0)]
    return out
