"""Header and footer bands: the rows at the top and bottom of a page that name it.

A band is cut off by a rule across most of the page when there is one near
the edge.  Without a rule, a row at the edge belongs to the band when it
stands apart: its items are short, sit against a margin, and a wider gap than
any line spacing separates it from what follows.  What is left in the band
zone once the articles are read (a masthead with no text under it) joins the
band later (see page.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.pdf.extract import Graphic
from reader.pdf.grid import Grid, find_grid
from reader.pdf.lines import Line

HEADER_ZONE = 0.16  # of the page height, from the top
FOOTER_ZONE = 0.10
RULE_SPAN = 0.6  # of the text width


@dataclass(slots=True)
class Bands:
    header: list[Line]
    footer: list[Line]
    top: float  # content lies below this y
    bottom: float  # and above this one


def _rows(lines: list[Line]) -> list[list[Line]]:
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda l: -l.base):
        if rows and abs(rows[-1][0].base - line.base) <= 0.3 * min(line.size, rows[-1][0].size):
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def find_bands(lines: list[Line], graphics: list[Graphic], height: float, body_size: float, column: float,
               grid: Grid | None = None, width: float | None = None) -> Bands:
    """``column`` is the usual width of a body column (a full line of running text); ``grid``
    the page's columns (read from ``lines`` when not given); ``width`` the page's."""
    if not lines:
        return Bands([], [], height, 0.0)
    if grid is None:
        grid = find_grid(lines, body_size)
    # The margins the text keeps: a line run off the page (a byline too long for its
    # measure) keeps none.
    inside = [l for l in lines if width is None or (l.x0 >= -1.0 and l.x1 <= width + 1.0)] or lines
    left = min(l.x0 for l in inside)
    right = max(l.x1 for l in inside)
    span = max(1.0, right - left)
    rules = [g for g in graphics if g.kind == "rule" and g.x1 - g.x0 >= RULE_SPAN * span and g.y1 - g.y0 < g.x1 - g.x0]
    pictures = [g for g in graphics if g.kind in ("image", "fill") and min(g.x1 - g.x0, g.y1 - g.y0) >= 18.0]
    top_rules = [r for r in rules if r.y0 >= height * (1 - HEADER_ZONE)]
    bottom_rules = [r for r in rules if r.y1 <= height * FOOTER_ZONE]
    header: list[Line] = []
    footer: list[Line] = []
    top, bottom = height, 0.0
    if top_rules:
        # The lowest rule of the zone: papers draw a thick and a thin rule together.
        rule = min(top_rules, key=lambda r: r.y0)
        header = [l for l in lines if l.y0 >= rule.y0 - 0.5]
        top = rule.y0
    else:
        header = _apart_rows(_rows(lines), left, right, span, body_size, column, height, from_top=True, pictures=pictures, grid=grid)
        if header:
            top = min(l.y0 for l in header)
    if bottom_rules:
        rule = max(bottom_rules, key=lambda r: r.y1)
        footer = [l for l in lines if l.y1 <= rule.y1 + 0.5]
        bottom = rule.y1
    else:
        footer = _apart_rows(_rows(lines)[::-1], left, right, span, body_size, column, height, from_top=False, pictures=pictures, grid=grid)
        if footer:
            bottom = max(l.y1 for l in footer)
    return Bands(sorted(header, key=lambda l: (-l.base, l.x0)), sorted(footer, key=lambda l: (-l.base, l.x0)), top, bottom)


def _heads_something(line: Line, lines: list[Line]) -> bool:
    """Does text follow right under the line, as under a kicker or a title?  A band item stands
    apart from what follows."""
    return any(
        other is not line and 0 < line.y0 - other.y1 <= 1.0 * line.size
        and min(line.x1, other.x1) - max(line.x0, other.x0) > 0
        for other in lines
    )


def _column_of(line: Line, grid: Grid | None) -> int:
    """The grid column holding most of the line (-1 for none)."""
    if grid is None:
        return -1
    for k in range(len(grid)):
        if grid.overlap(k, line.x0, line.x1) > 0.5 * line.width:
            return k
    return -1


def _next_in_column(line: Line, lines: list[Line], from_top: bool, grid: Grid | None = None) -> tuple[Line | None, float]:
    """The nearest line of the same size over the line (under it, for a header row) that it
    shares some width with, or that stands in the same column of the ``grid`` (a paragraph's
    indented first line over its short last line, the last line over a byline set flush
    right under it), and the space between them."""
    best, least = None, float("inf")
    home = _column_of(line, grid)
    for other in lines:
        if other is line or abs(other.size - line.size) > 0.03 * line.size:
            continue
        gap = line.y0 - other.y1 if from_top else other.y0 - line.y1
        if not 0 < gap < least:
            continue
        if min(line.x1, other.x1) > max(line.x0, other.x0) or (home >= 0 and _column_of(other, grid) == home):
            best, least = other, gap
    return best, least


def _in_column(line: Line, lines: list[Line]) -> bool:
    return any(other is not line and abs(other.x0 - line.x0) <= 1.0 and abs(other.x1 - line.x1) <= 1.0
               and abs(other.base - line.base) > 0.5 * line.size for other in lines)


def _over_title(row: list[Line], nxt: list[Line], body_size: float) -> bool:
    """Is a small row set right over a title (a line of headline size under it, flush left,
    flush right or centred alike, a line's space away at most)?  Then it is the title's
    kicker, not a band row."""
    if any(":" in l.text or "：" in l.text for l in row):
        return False  # a band's labelled item (责任编辑：…), whatever stands under it
    for title in nxt:
        if title.size < 1.25 * body_size:
            continue
        for line in row:
            gap = line.y0 - title.y1
            aligned = abs(line.x0 - title.x0) <= 2 or abs(line.x1 - title.x1) <= 2 or abs(line.x0 + line.x1 - title.x0 - title.x1) <= 4
            if aligned and 0 <= gap <= 1.1 * title.size and line.size < 0.95 * title.size:
                return True
    return False


def _runs_on(line: Line, lines: list[Line], body_size: float, from_top: bool, grid: Grid | None = None) -> bool:
    """Is the line the last (first) line of a column of running text?  It stands as far from
    the line before it as that line from its own (lines of one paragraph), or it opens a
    paragraph, indented under that line, a paragraph's space away.  A band row stands further
    apart, and its items stand where the margins and the middle put them."""
    if abs(line.size - body_size) > 0.03 * body_size:
        return False
    other, gap = _next_in_column(line, lines, from_top, grid)
    if other is None or gap > 1.6 * line.size:
        return False
    _, rhythm = _next_in_column(other, lines, from_top)
    if rhythm <= 0.8 * line.size and gap <= rhythm + 0.15 * line.size:
        return True
    # A line's spacing under a line that itself stands a paragraph's or a sub-heading's
    # space under its column's text.
    if not from_top and gap <= 0.8 * line.size and rhythm <= 1.6 * line.size:
        return True
    # The second line of a paragraph under its indented first line, a line's spacing away.
    if not from_top and gap <= 0.8 * line.size and 0.6 * line.size <= other.x0 - line.x0 <= 3.0 * line.size:
        return True
    return 0.6 * line.size <= line.x0 - other.x0 <= 3.0 * line.size


def _captions(line: Line, picture: Graphic) -> bool:
    if line.x0 < picture.x0 - 2 or line.x1 > picture.x1 + 2:
        return False
    return 0 <= picture.y0 - line.y1 <= 1.6 * line.size or 0 <= line.y0 - picture.y1 <= 1.6 * line.size


def _masthead_row(row: list[Line], left: float, right: float, span: float, body_size: float) -> bool:
    """A masthead shares its baseline with the small facts (date, issue) set against a margin
    beside it; the headlines of articles side by side do not."""
    return len(row) >= 2 and any(
        l.size <= 1.15 * body_size and (l.x0 <= left + 0.03 * span or l.x1 >= right - 0.03 * span)
        and any(o is not l and o.size > 2 * body_size and abs(o.base - l.base) <= 0.5 for o in row) for l in row)


def _apart_rows(rows: list[list[Line]], left: float, right: float, span: float, body_size: float, column: float, height: float,
                *, from_top: bool, pictures: list[Graphic] = (), grid: Grid | None = None) -> list[Line]:
    """Rows at one edge set out as a band: items spread to both margins, then at most one
    small row against a margin standing apart from what follows."""
    lines = [l for row in rows for l in row]
    taken: list[Line] = []
    for k, row in enumerate(rows[:-1]):
        base = row[0].base
        in_zone = base >= height * (1 - HEADER_ZONE) if from_top else base <= height * FOOTER_ZONE
        if not in_zone or not all(l.width <= 0.45 * span for l in row):
            break
        # A caption right under or over a picture is no band item, however small and low it is.
        if any(l.size <= 1.1 * body_size and _captions(l, p) for l in row for p in pictures):
            break
        # A full line of running text is a row of the columns, not of a band: justified, it fills
        # the column to a fraction of a point (a band item may fall within half an em of it),
        # and other lines of its column stand over (under) it edge to edge.  (Not pieces set
        # an em or more apart: justification never leaves such a gap.)
        if any(abs(l.size - body_size) <= 0.03 * body_size and abs(l.width - column) <= max(1.0, 0.15 * body_size)
               and l.tail is None and _in_column(l, lines) for l in row):
            break
        # The last (or first) lines of the columns, each a line's spacing from the line before it
        # in its column: the columns run on into the zone, however the row is spread.
        if all(_runs_on(l, lines, body_size, from_top, grid) for l in row):
            break
        touches_left = any(l.x0 <= left + 0.03 * span for l in row)
        touches_right = any(l.x1 >= right - 0.03 * span for l in row)
        centred = any(abs((l.x0 + l.x1) / 2 - (left + right) / 2) <= 0.05 * span for l in row)
        spread = len(row) >= 2 and (touches_left + touches_right + centred) >= 2
        # A masthead shares its baseline with the small facts (date, issue) set against a margin
        # beside it; the headlines of articles side by side do not.
        masthead = _masthead_row(row, left, right, span, body_size)
        # Headlines (and kickers) of articles side by side each stand right over more text; the
        # page's topmost row spread to both margins is its band all the same.
        # Below the topmost row, a band row also carries small facts (a date, a page label).
        if spread and k > 0 and not masthead and (all(_heads_something(l, lines) for l in row) or min(l.size for l in row) > 1.05 * body_size):
            break
        if spread or masthead:
            taken += row
            continue
        small = max(l.size for l in row) <= 1.25 * body_size
        nxt = rows[k + 1]
        if k > 0 and _over_title(row, nxt, body_size):
            break
        gap = (min(l.y0 for l in row) - max(l.y1 for l in nxt)) if from_top else (min(l.y0 for l in nxt) - max(l.y1 for l in row))
        over_masthead = _masthead_row(nxt, left, right, span, body_size)
        if small and (touches_left or touches_right or centred) and (gap >= 0.8 * body_size or over_masthead) and (taken or not from_top or k == 0):
            taken += row
            # More small rows may follow (a page label under the masthead), each standing apart
            # from what follows it, as a kicker over its title does not.
            if over_masthead or all(not _heads_something(l, lines) for l in nxt):
                continue
        break
    return taken
