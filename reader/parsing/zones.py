"""Column zones: stretches of text set at one column width.

When no byline separates two articles, the change of column width often
does.  Headline candidates (headline-like lines after a finished sentence)
cut the text into runs; a run whose column differs from the zone so far by
more than justification explains starts a new zone.  Doing this before
paragraphs are rebuilt keeps one article's geometry from misleading the
reading of the next.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.parsing.headlines import title_like
from reader.parsing.lines import Line
from reader.parsing.text import is_terminal

# Within one article, justification moves full lines by about a cell.
COLUMN_CHANGE = 1.5
# A run needs this many middle lines for its width to be trusted.
MIN_MIDDLE_LINES = 3


def _is_candidate(lines: Sequence[Line], i: int) -> bool:
    line = lines[i]
    return title_like(line) and not is_terminal(line.text) and is_terminal(lines[i - 1].text)


def run_width(lines: Sequence[Line]) -> float | None:
    """Median width of the middle lines: not a paragraph's first or last line,
    and not a headline-like line (a headline has its own width)."""
    widths = sorted(
        lines[i].width
        for i in range(1, len(lines) - 1)
        if not is_terminal(lines[i].text) and not is_terminal(lines[i - 1].text) and not title_like(lines[i])
    )
    if len(widths) < MIN_MIDDLE_LINES:
        return None
    return widths[len(widths) // 2]


def zone_starts(lines: Sequence[Line]) -> list[int]:
    """Indices where a new column zone (and so a new article) begins; never 0."""
    candidates = [i for i in range(1, len(lines)) if _is_candidate(lines, i)]
    if not candidates:
        return []
    bounds = [0, *candidates, len(lines)]
    starts: list[int] = []
    zone_width: float | None = None
    for a in range(len(bounds) - 1):
        begin, end = bounds[a], bounds[a + 1]
        width = run_width(lines[begin:end])
        if width is None:
            continue
        if zone_width is not None and abs(width - zone_width) >= COLUMN_CHANGE and begin > 0:
            starts.append(begin)
        zone_width = width
    return starts
