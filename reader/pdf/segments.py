"""Body lines → column segments: runs of lines in one column at the page's line spacing.

Lines are taken top down; each joins the open segment whose column it sits
in (it overlaps the column and stays within it, give or take an indent) when
the line spacing to that segment's last line is at most ``MAX_PITCH`` ems and
nothing else (a headline, a photo, a rule, a caption) lies between.  A piece
on the same baseline as a segment's last line and inside its column (a
byline set flush right on the last line) joins that line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.pdf.lines import Line

# Line spacing 1.25-1.5 em, plus space between paragraphs or before a sub-heading.
MAX_PITCH = 2.6


@dataclass(slots=True, eq=False)  # identity: the same text may be printed twice
class Segment:
    lines: list[Line] = field(default_factory=list)
    x0: float = 0.0  # the column's edges as far as its lines show them
    x1: float = 0.0
    # The edges of its lines that fit one column (None while it has none): a line run on over
    # the gutter at the column's head (a byline too long for its column) does not widen the
    # column the lines under it must fit.
    measure: tuple[float, float] | None = None

    # Lines are kept top down and share one size, so the ends give the extent.
    @property
    def top(self) -> float:
        return self.lines[0].y1 if self.lines else 0.0

    @property
    def bottom(self) -> float:
        return self.lines[-1].y0 if self.lines else 0.0

    @property
    def box(self) -> tuple[float, float, float, float]:
        return (self.x0, self.bottom, self.x1, self.top)


def _fits_column(seg: Segment, line: Line, em: float, column: float) -> bool:
    """Could the line be in the segment's column?  ``column`` is the usual column width.

    Together they must still fit one column: two lines of neighbouring columns span
    a gutter more.  A narrow line (a centred sub-heading, a paragraph's short last line,
    an indented first line) is in the column it fits, wherever it starts in it.
    """
    if abs(line.size - seg.lines[0].size) > 0.03 * line.size:
        return False
    x0, x1 = seg.measure or (seg.x0, seg.x1)
    return max(x1, line.x1) - min(x0, line.x0) <= max(column, x1 - x0, line.width) + 0.5 * em


def _blocked(upper: Line, lower: Line, obstacles: list[tuple[float, float, float, float]]) -> bool:
    x0, x1 = max(upper.x0, lower.x0), min(upper.x1, lower.x1)
    top, bottom = upper.y0, lower.y1
    for ox0, oy0, ox1, oy1 in obstacles:
        if ox1 > x0 and ox0 < x1 and oy0 < top - 0.5 and oy1 > bottom + 0.5:
            return True
    return False


def column_width(lines: list[Line], em: float) -> float:
    """The commonest width of body lines: a justified line fills its column."""
    widths: dict[int, int] = {}
    for line in lines:
        if abs(line.size - em) <= 0.03 * em and line.width >= 6 * em:
            key = round(line.width)
            widths[key] = widths.get(key, 0) + 1
    return float(max(widths, key=widths.get)) if widths else 12 * em


def build_segments(lines: list[Line], em: float, obstacles: list[tuple[float, float, float, float]], column: float) -> list[Segment]:
    """``lines`` are the page's body lines; ``obstacles`` boxes that end a column run;
    ``column`` the usual column width."""
    segments: list[Segment] = []
    open_segments: list[Segment] = []
    for line in sorted(lines, key=lambda l: (-l.base, l.x0)):
        best = None
        best_pitch = None
        for seg in open_segments:
            last = seg.lines[-1]
            # Within the column its lines fit, not the width of a byline run on over the gutter
            # at its head: the next column's short last line is no piece of this one's.
            x0, x1 = seg.measure or (seg.x0, seg.x1)
            if abs(last.base - line.base) <= 0.2 * em and line.x0 >= last.x1 and line.x1 <= x1 + 0.5 * em and line.x0 >= x0:
                best, best_pitch = seg, 0.0  # a flush-right piece on the same line
                break
            pitch = last.base - line.base
            if pitch <= 0.2 * em or pitch > MAX_PITCH * em or not _fits_column(seg, line, em, column):
                continue
            if _blocked(last, line, obstacles):
                continue
            if best_pitch is None or pitch < best_pitch:
                best, best_pitch = seg, pitch
        if best is None:
            seg = Segment([line], line.x0, line.x1, (line.x0, line.x1) if line.width <= column + 0.5 * em else None)
            segments.append(seg)
            open_segments.append(seg)
            continue
        if best_pitch == 0.0:
            _merge_piece(best.lines[-1], line)
        else:
            best.lines.append(line)
        best.x0 = min(best.x0, line.x0)
        best.x1 = max(best.x1, line.x1)
        if line.width <= column + 0.5 * em:
            best.measure = (min(best.measure[0], line.x0), max(best.measure[1], line.x1)) if best.measure else (line.x0, line.x1)
        # Segments whose last line is far above cannot grow any more.
        open_segments = [s for s in open_segments if s.lines[-1].base - line.base <= MAX_PITCH * em]
        if best not in open_segments:
            open_segments.append(best)
    return segments


def _merge_piece(line: Line, piece: Line) -> None:
    line.glyphs = line.glyphs + piece.glyphs
    line.text = line.text + " " + piece.text
    line.x1 = max(line.x1, piece.x1)
    line.y0 = min(line.y0, piece.y0)
    line.y1 = max(line.y1, piece.y1)
    line.tail = piece
