"""Column geometry of one article: how wide its lines are set.

The extractor wraps each article at its own column width.  Most lines of an
article are "full" (they end where the column ends); the first line of a
paragraph is about two cells short because the indent was dropped, and the
last line of a paragraph is usually shorter still.  Estimating the column
width from the crowd of full lines lets the other steps ask of any line
whether it is full, indent-short or short.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.parsing.lines import Line

# A full line may fall this far short of the column when its next word did
# not fit (half-width punctuation, a number kept whole).
FULL_SLACK = 1.5
# An indent-short first line is two cells short, give or take one half-width
# character, a hanging punctuation mark, and the justification of real pages.
INDENT_MIN = 1.5
INDENT_MAX = 4.5
# Lines shorter than this are never used to estimate the column width.
_MIN_MEASURED = 6.0


@dataclass(frozen=True, slots=True)
class Column:
    width: float

    def is_full(self, line: Line) -> bool:
        return line.width > self.width - FULL_SLACK

    def is_short(self, line: Line) -> bool:
        return not self.is_full(line)

    def is_indent_short(self, line: Line) -> bool:
        return self.width - INDENT_MAX <= line.width <= self.width - INDENT_MIN

    def is_wider(self, line: Line) -> bool:
        """Wider than the column: only a headline spans more than its text column."""
        return line.width > self.width + 1.0


def estimate_column(lines: Sequence[Line]) -> Column:
    """The column width: the upper edge of the densest one-cell band of widths.

    Full lines crowd into a band one cell wide just under the column edge;
    headlines (wider or narrower) and last lines (shorter) are outliers the
    band ignores.  Ties go to the wider band, because a band of first lines
    sits two cells below the true edge.
    """
    widths = sorted(line.width for line in lines if line.width >= _MIN_MEASURED)
    if not widths:
        widths = sorted(line.width for line in lines) or [0.0]
    best_count, best_edge = 0, widths[-1]
    lo = 0
    for hi, edge in enumerate(widths):
        while widths[lo] < edge - 1.0:
            lo += 1
        count = hi - lo + 1
        if count >= best_count:
            best_count, best_edge = count, edge
    return Column(best_edge)
