"""Page geometry: the column grid and the article rectangles on it.

Coordinates here are measured from the top of the page (``top`` grows
downwards) because that is how a page is planned; the drawing code turns
them into PDF coordinates (origin bottom left) for reportlab and the truth.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(slots=True)
class Style:
    """The typographic parameters of one newspaper page; widely varied so no template dominates."""

    width: float
    height: float
    margin_x: float
    margin_top: float
    margin_bottom: float
    columns: int
    gutter: float
    body_font: str
    body_size: float
    leading: float  # baseline to baseline, in points
    indent_chars: int  # first-line indent in ems (0: paragraphs separated by space instead)
    paragraph_space: float  # extra space between paragraphs, in points
    headline_font: str
    kicker_font: str
    caption_font: str
    byline_font: str
    subhead_mode: str  # "font" (body size in a heavier face), "stroke" (fake bold), "center"
    article_rules: bool  # thin rules between articles
    centre_titles: float  # probability that a headline is centred
    article_gap: float
    latin_gap: float  # extra space between Han and digits/Latin (0: none)

    @property
    def column_width(self) -> float:
        return (self.width - 2 * self.margin_x - (self.columns - 1) * self.gutter) / self.columns


def make_style(rng: random.Random) -> Style:
    width = rng.choice((842.0, 864.0, 907.0, 950.0, 1000.0, 1105.0))
    height = round(width * rng.uniform(1.36, 1.45), 1)
    body_size = rng.choice((8.5, 9.0, 9.0, 9.5, 9.5, 10.0, 10.5))
    columns = rng.choice((4, 5, 5, 6, 6))
    if width >= 1000 and rng.random() < 0.5:
        columns = 6
    body_font = rng.choices(("Ming", "Hei", "Kai"), weights=(70, 22, 8))[0]
    indent = rng.choices((2, 0, 1), weights=(85, 10, 5))[0]
    return Style(
        width=width,
        height=height,
        margin_x=rng.uniform(22, 56),
        margin_top=rng.uniform(22, 48),
        margin_bottom=rng.uniform(22, 48),
        columns=columns,
        gutter=rng.uniform(0.8, 1.8) * body_size,
        body_font=body_font,
        body_size=body_size,
        # Above about 1.5 em poppler no longer joins a column's lines into blocks and
        # its output becomes line soup; papers set body text tighter than that.
        leading=body_size * rng.uniform(1.25, 1.5),
        indent_chars=indent,
        paragraph_space=0.0 if indent and rng.random() < 0.85 else body_size * rng.uniform(0.4, 0.9),
        headline_font=rng.choice(("Hei", "Hei", "Ming", "Kai", "HeiSharp")),
        kicker_font=rng.choice(("Kai", "Ming", "Hei")),
        caption_font=rng.choice(("Kai", "Kai", "Hei", "Ming")),
        byline_font=rng.choice(("Kai", "Hei", "Ming")),
        subhead_mode=rng.choices(("font", "stroke", "center"), weights=(45, 25, 30))[0],
        article_rules=rng.random() < 0.5,
        centre_titles=rng.choice((0.2, 0.5, 0.8)),
        article_gap=body_size * rng.uniform(1.2, 2.5),
        latin_gap=0.0 if rng.random() < 0.7 else body_size * rng.uniform(0.12, 0.25),
    )


@dataclass(slots=True)
class Rect:
    col: int  # first grid column
    ncols: int
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top


def split_area(rng: random.Random, area: Rect, *, columns: int, min_height: float, want: int) -> list[Rect]:
    """Cut the body area into about ``want`` article rectangles (guillotine cuts on the grid).

    The order of the result is the reading order: top before bottom, left before right.
    """
    leaves = [area]
    attempts = 0
    while len(leaves) < want and attempts < 60:
        attempts += 1
        # Split the largest piece (by area) that can still be split.
        leaves.sort(key=lambda r: -(r.ncols * r.height))
        for index, rect in enumerate(leaves):
            pieces = _cut(rng, rect, min_height)
            if pieces is not None:
                leaves[index : index + 1] = pieces
                break
        else:
            break
    return _reading_order(leaves)


def _cut(rng: random.Random, rect: Rect, min_height: float) -> list[Rect] | None:
    can_stack = rect.height >= 2 * min_height
    can_side = rect.ncols >= 2 and rect.height >= min_height
    tall = rect.height / max(1, rect.ncols) > min_height * 0.9
    if can_stack and (not can_side or tall or rng.random() < 0.5):
        at = rect.top + rect.height * rng.uniform(0.3, 0.7)
        at = min(max(at, rect.top + min_height), rect.bottom - min_height)
        return [Rect(rect.col, rect.ncols, rect.top, at), Rect(rect.col, rect.ncols, at, rect.bottom)]
    if can_side:
        left = rng.randint(1, rect.ncols - 1)
        return [Rect(rect.col, left, rect.top, rect.bottom), Rect(rect.col + left, rect.ncols - left, rect.top, rect.bottom)]
    return None


def _reading_order(leaves: list[Rect]) -> list[Rect]:
    """Order of a guillotine layout read as papers are: a rectangle comes before another
    when it is above it in the same columns, or left of it in overlapping rows."""
    remaining = list(leaves)
    ordered: list[Rect] = []
    while remaining:
        def blocked(r: Rect) -> bool:
            for other in remaining:
                if other is r:
                    continue
                overlap_cols = other.col < r.col + r.ncols and r.col < other.col + other.ncols
                overlap_rows = other.top < r.bottom - 0.5 and r.top < other.bottom - 0.5
                if overlap_cols and other.bottom <= r.top + 0.5:
                    return True
                if overlap_rows and other.col + other.ncols <= r.col:
                    return True
            return False

        free = [r for r in remaining if not blocked(r)]
        pick = min(free or remaining, key=lambda r: (r.top, r.col))
        ordered.append(pick)
        remaining.remove(pick)
    return ordered
