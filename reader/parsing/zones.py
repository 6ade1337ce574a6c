"""Column zones: stretches of text set at one column width.

When no byline separates two articles, the change of column width often
does.  Headline candidates (headline-like lines after a finished sentence)
cut the text into runs; a run whose column differs from the zone so far by
more than justification explains starts a new zone.  Doing this before
paragraphs are rebuilt keeps one article's geometry from misleading the
reading of the next.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.parsing.headlines import title_like
from reader.parsing.lines import Line
from reader.parsing.text import continues_sentence

# Within one article, justification moves full lines by about a cell.
COLUMN_CHANGE = 1.5
# A line this much shorter than the column is too short to be a paragraph's first line.
INDENT_MAX_SHORT = 4.5
# A run needs this many middle lines for its width to be trusted.
MIN_MIDDLE_LINES = 3


def _is_candidate(lines: Sequence[Line], i: int) -> bool:
    line = lines[i]
    if not title_like(line) or line.terminal or not lines[i - 1].terminal:
        return False
    return i + 1 >= len(lines) or not continues_sentence(lines[i + 1].text)


# A line followed by a number or Latin word may have ended early: the word
# is not broken, so it moved down whole.
_STARTS_WITH_WORD = re.compile(r"^[“‘（(《]?[0-9A-Za-z]")


def middle_widths(lines: Sequence[Line]) -> list[float]:
    """Widths of the middle lines: not a paragraph's first or last line, not
    a headline-like line (a headline has its own width), and not cut short
    by an unbreakable word."""
    return sorted(
        lines[i].width
        for i in range(1, len(lines) - 1)
        if not lines[i].terminal
        and not lines[i - 1].terminal
        and not title_like(lines[i])
        and not _STARTS_WITH_WORD.match(lines[i + 1].text)
    )


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def zone_starts(lines: Sequence[Line]) -> list[int]:
    """Indices where a new column zone (and so a new article) begins; never 0.

    Each run is compared with everything measured so far in the current zone,
    so that one run's noise does not move the zone's width.
    """
    candidates = [i for i in range(1, len(lines)) if _is_candidate(lines, i)]
    if not candidates:
        return []
    bounds = [0, *candidates, len(lines)]
    starts: list[int] = []
    zone: list[float] = []
    unmeasured: list[int] = []  # starts of too-short runs since the last measured one
    for a in range(len(bounds) - 1):
        begin, end = bounds[a], bounds[a + 1]
        widths = middle_widths(lines[begin:end])
        if len(widths) < MIN_MIDDLE_LINES:
            if begin > 0:
                unmeasured.append(begin)
            continue
        if zone and abs(_median(widths) - _median(zone)) >= COLUMN_CHANGE and begin > 0:
            # The change happened at one of the candidates since the last
            # measured run (a headline and a short lead are too short to
            # measure): take the one that looks most like a headline.
            choices = [
                u
                for u in unmeasured
                if not _old_column_goes_on(lines[u:begin], [c - u for c in unmeasured if c >= u], _median(zone), _median(widths))
            ]
            choices.append(begin)
            # Conversely, short runs already at the new width show the new
            # column began at or before them.
            first = choices[0]
            choices = [
                c
                for c in choices
                if c == first
                or not _old_column_goes_on(lines[first:c], [u - first for u in unmeasured if first <= u < c], _median(widths), _median(zone))
            ]
            # Sections come in twos or more: a choice that leaves the article
            # before it with one lone heading candidate is less likely.
            since = starts[-1] if starts else 0
            # (Only lines too short to be a first line in the old column count.)
            old_width = _median(zone)
            headings = [d for d in candidates if since < d and lines[d].width < old_width - INDENT_MAX_SHORT]
            lone = {c: sum(1 for d in headings if d < c) == 1 for c in choices}
            starts.append(max(choices, key=lambda i: (_headline_evidence(lines, i, _median(widths)) - lone[i], -i)))
            zone = []
        zone.extend(widths)
        unmeasured = []
    return starts


def _old_column_goes_on(lines: Sequence[Line], runs: Sequence[int], old: float, new: float) -> bool:
    """Do the few measurable lines of these short runs (starting at ``runs``,
    indices into ``lines``) still sit at the old column width?  Then the new
    column, and so the new article, starts after them."""
    widths: list[float] = []
    bounds = [*runs, len(lines)]
    for begin, end in zip(bounds, bounds[1:]):
        run = lines[begin:end]
        # The run's heading lines, and the first line under them (indent-short,
        # as a paragraph's first line is), say nothing of the column.
        top = 0
        while top < len(run) and title_like(run[top]) and not run[top].terminal:
            top += 1
        widths.extend(middle_widths(run[top:]))
    return bool(widths) and all(abs(w - old) + 1.0 <= abs(w - new) for w in widths)


def _headline_evidence(lines: Sequence[Line], i: int, width: float, measured_body: bool = False) -> int:
    """How strongly lines[i] looks like a headline rather than an unpunctuated first line."""
    line = lines[i]
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    score = 0
    if line.width > width + 1.0 or line.width < width - 4.5:
        score += 1  # no first line is that wide or that short
    if nxt is not None:
        if nxt.blank_before:
            score += 1
        body_width = width - INDENT_MAX_SHORT <= nxt.width <= width + 1.0
        if title_like(nxt) and not nxt.terminal and not (body_width and measured_body):
            score += 1  # kicker and title, or title and subtitle (not a body line that lacks punctuation)
        if nxt.terminal and nxt.width < width - 1.5:
            score -= 1  # the line ends a two-line paragraph it began
    return score


def best_split(lines: Sequence[Line], start: int) -> int | None:
    """Where a second article most likely starts, for text known to hold two.

    Each headline candidate after ``start`` is scored by how much it looks
    like a headline and whether the column width changes there.
    """
    best: tuple[float, int] | None = None
    candidates = [i for i in range(max(start, 1), len(lines)) if _is_candidate(lines, i)]
    for i in candidates:
        before, after = middle_widths(lines[:i]), middle_widths(lines[i:])
        # Too few lines on one side measure no column at all.
        measured = len(before) >= MIN_MIDDLE_LINES and len(after) >= MIN_MIDDLE_LINES
        change = abs(_median(before) - _median(after)) if measured else 0.0
        width = _median(after) if after else lines[i].width
        # A clear change of column counts as one more sign of a headline;
        # the size of the change only breaks ties.
        score = _headline_evidence(lines, i, width, measured_body=True) + (1 if change >= COLUMN_CHANGE else 0) + 0.01 * change
        # Sections come in twos or more: a cut that leaves one article with a
        # single sub-heading (a line too short to be a first line) is unlikely.
        headings = [c for c in candidates if lines[c].width < width - INDENT_MAX_SHORT]
        if sum(1 for c in headings if c < i) == 1 or sum(1 for c in headings if c > i) == 1:
            score -= 1
        if best is None or score > best[0]:
            best = (score, i)
    return best[1] if best else None
