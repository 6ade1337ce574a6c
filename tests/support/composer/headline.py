"""The headline block of an article: kicker above the title, the title (one or two parts, maybe
wrapped), the subtitle after it, and a byline line under it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from composer.flow import ASCENT, DESCENT
from composer.layout import Style
from composer.ops import TextOp
from composer.typeset import SetLine, break_lines, resolve, width
from composer.writer import ArticleSpec


@dataclass(slots=True)
class Headline:
    ops: list[TextOp] = field(default_factory=list)
    bottom: float = 0.0  # top-down y where the headline block ends
    roles: list[str] = field(default_factory=list)  # one per op: kicker | title | subtitle | byline


def _single(text: str, font: str, size: float) -> SetLine:
    fonts = [resolve(font, ch) for ch in text]
    return SetLine(text, fonts, width(text, font, size), width(text, font, size), last=True)


def _fit_size(texts: list[str], font: str, size: float, measure: float, floor: float) -> float:
    while size > floor and max(width(t, font, size) for t in texts) > measure:
        size *= 0.94
    return size


def _split_title(title: str, font: str, size: float, measure: float, max_lines: int) -> list[str] | None:
    """Break a one-part title into balanced lines that fit, or None."""
    for n in range(1, max_lines + 1):
        per = -(-len(title) // n)
        parts = [title[i : i + per] for i in range(0, len(title), per)]
        if len(parts) > 1 and len(parts[-1]) < 2:
            continue
        if all(width(p, font, size) <= measure for p in parts):
            return parts
    return None


def plan_headline(rng: random.Random, spec: ArticleSpec, style: Style, x: float, measure: float, top: float,
                  *, lead: bool, byline_under: bool) -> Headline:
    body = style.body_size
    narrow = measure < style.column_width * 1.6
    if narrow:
        size = body * rng.uniform(1.35, 1.9)
    elif lead:
        size = body * rng.uniform(2.6, 4.2)
    else:
        size = body * rng.uniform(1.7, 3.0)
    font = style.headline_font
    floor = body * 1.35
    gap_ems = rng.choice((1.0, 1.5, 2.0))
    parts = list(spec.title_parts)
    if len(parts) == 2:
        size = _fit_size([parts[0] + "\u3000" * int(gap_ems + 0.5) + parts[1]], font, size, measure * 0.96, floor)
        if width(parts[0], font, size) + width(parts[1], font, size) + gap_ems * size > measure:
            spec.title_parts = parts = [parts[0]]
    centre = rng.random() < style.centre_titles
    head = Headline()
    y = top
    if spec.kicker:
        ks = max(body * 1.1, size * rng.uniform(0.4, 0.62))
        ks = _fit_size([spec.kicker], style.kicker_font, ks, measure, body)
        for line in _wrapped(spec.kicker, style.kicker_font, ks, measure):
            y += ks * ASCENT
            head.ops.append(TextOp(line, _align(x, measure, line.natural, centre), y, ks))
            head.roles.append("kicker")
            y += ks * DESCENT + ks * 0.2
        y += size * rng.uniform(0.1, 0.35)
    if len(parts) == 2:
        # Two parts on one line with a visible gap: two text runs.
        total = width(parts[0], font, size) + width(parts[1], font, size) + gap_ems * size
        left = _align(x, measure, total, centre)
        y += size * ASCENT
        first = _single(parts[0], font, size)
        second = _single(parts[1], font, size)
        head.ops.append(TextOp(first, left, y, size))
        head.ops.append(TextOp(second, left + first.natural + gap_ems * size, y, size))
        head.roles += ["title", "title"]
        y += size * DESCENT
    else:
        lines = _split_title(parts[0], font, size, measure, 3 if narrow else 2)
        while lines is None:
            size *= 0.92
            lines = _split_title(parts[0], font, size, measure, 3)
        tracking = size * rng.uniform(0.0, 0.2) if len(lines) == 1 and rng.random() < 0.3 else 0.0
        for k, text in enumerate(lines):
            line = _single(text, font, size)
            w = line.natural + tracking * (len(text) - 1)
            if w > measure:
                tracking = 0.0
                w = line.natural
            y += size * ASCENT + (size * 0.25 if k else 0.0)
            head.ops.append(TextOp(line, _align(x, measure, w, centre), y, size, char_space=tracking))
            head.roles.append("title")
            y += size * DESCENT
    if spec.subtitle:
        ss = max(body * 1.05, size * rng.uniform(0.38, 0.58))
        ss = _fit_size([spec.subtitle], style.kicker_font, ss, measure, body)
        y += size * rng.uniform(0.25, 0.45)
        centre_sub = centre or rng.random() < 0.3
        for line in _wrapped(spec.subtitle, style.kicker_font, ss, measure):
            y += ss * ASCENT
            head.ops.append(TextOp(line, _align(x, measure, line.natural, centre_sub), y, ss))
            head.roles.append("subtitle")
            y += ss * DESCENT + ss * 0.2
    if byline_under and spec.byline_raw:
        bs = body * rng.uniform(1.0, 1.2)
        y += size * rng.uniform(0.3, 0.5) + bs * ASCENT
        bs = _fit_size([spec.byline_raw], style.byline_font, bs, measure, body * 0.8)
        line = _single(spec.byline_raw, style.byline_font, bs)
        where = rng.choice(("left", "center", "right"))
        bx = x if where == "left" else (x + measure - line.natural if where == "right" else x + (measure - line.natural) / 2)
        head.ops.append(TextOp(line, bx, y, bs))
        head.roles.append("byline")
        y += bs * DESCENT
    head.bottom = y + size * rng.uniform(0.45, 0.9)
    return head


def _wrapped(text: str, font: str, size: float, measure: float) -> list[SetLine]:
    """A kicker or subtitle too long for a narrow article wraps, unjustified."""
    if width(text, font, size) <= measure:
        return [_single(text, font, size)]
    lines = break_lines(text, font, size, measure)
    for line in lines:
        line.last = True
    return lines


def _align(x: float, measure: float, w: float, centre: bool) -> float:
    return x + (measure - w) / 2 if centre else x
