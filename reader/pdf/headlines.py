"""Headline blocks: the title (one or more lines, or two parts on one line), the kicker
set smaller above it and the subtitle after it.

Title lines are those set clearly larger than the body (``TITLE_RATIO``).
Lines next to a title group that are larger than the body but smaller than
the title join it: above as kicker, below as subtitle.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from reader.pdf.bylines import bracket_byline, role_byline
from reader.pdf.grid import Grid
from reader.pdf.lines import Line

TITLE_RATIO = 1.25
# A label («责任编辑：», «地址：») or a closing bracket ending the line (a byline's wrapped tail).
_LABELLED = re.compile(r"[：:]|[）)]$")


@dataclass(slots=True, eq=False)  # identity: the same text may be printed twice
class Headline:
    title: list[Line] = field(default_factory=list)  # top down; lines on one baseline are parts
    kicker: list[Line] = field(default_factory=list)
    subtitle: list[Line] = field(default_factory=list)

    @property
    def lines(self) -> list[Line]:
        return self.kicker + self.title + self.subtitle

    @property
    def box(self) -> tuple[float, float, float, float]:
        lines = self.lines
        return (min(l.x0 for l in lines), min(l.y0 for l in lines), max(l.x1 for l in lines), max(l.y1 for l in lines))

    @property
    def size(self) -> float:
        return max(l.size for l in self.title)


def _overlaps(a0: float, a1: float, b0: float, b1: float, slack: float = 0.0) -> bool:
    return min(a1, b1) - max(a0, b0) > -slack


def _split_side_by_side(group: list[Line]) -> list[list[Line]]:
    """A title wrapped over several lines has no second part beside one of its lines: a piece
    beside it that no other line stands over or under is the title of the next article."""
    rows = {round(l.base) for l in group}
    if len(rows) < 2:
        return [group]
    main, apart = [], []
    for line in group:
        others = [o for o in group if abs(o.base - line.base) > 0.2 * line.size]
        (main if any(_overlaps(o.x0, o.x1, line.x0, line.x1) for o in others) else apart).append(line)
    if not main or not apart:
        return _split_columns(group)
    return [main, apart]


def _split_columns(group: list[Line]) -> list[list[Line]]:
    """Lines of several rows that fall into separate stacks, no line of one standing over or
    under a line of another: the titles of articles side by side, each wrapped over as many
    rows, their first rows joined as the parts of one."""
    stacks: list[list[Line]] = []
    for line in sorted(group, key=lambda l: l.x0):
        if stacks and any(_overlaps(o.x0, o.x1, line.x0, line.x1) for o in stacks[-1]):
            stacks[-1].append(line)
        else:
            stacks.append([line])
    if len(stacks) < 2 or any(len({round(l.base) for l in stack}) < 2 for stack in stacks):
        return [group]
    return [sorted(stack, key=lambda l: (-l.base, l.x0)) for stack in stacks]


def _box(group: list[Line]) -> tuple[float, float, float, float]:
    return (min(l.x0 for l in group), min(l.y0 for l in group), max(l.x1 for l in group), max(l.y1 for l in group))


class _Ink:
    """The page's lines, for asking whether a stretch of the page is clear at some height."""

    def __init__(self, lines: list[Line]):
        self.lines = sorted(lines, key=lambda l: l.y0)
        self.bottoms = [l.y0 for l in self.lines]
        self.tallest = max((l.y1 - l.y0 for l in lines), default=0.0)

    def clear(self, x0: float, x1: float, y0: float, y1: float, own: tuple) -> bool:
        """No line but ``own`` (a box's) overlaps the stretch between the heights."""
        start = bisect.bisect_left(self.bottoms, y0 - self.tallest)
        end = bisect.bisect_left(self.bottoms, y1)
        ox0, oy0, ox1, oy1 = own
        for line in self.lines[start:end]:
            if line.y1 <= y0 + 0.5 or line.x1 <= x0 + 0.5 or line.x0 >= x1 - 0.5:
                continue
            if line.x0 >= ox0 - 0.5 and line.x1 <= ox1 + 0.5 and line.y0 >= oy0 - 0.5 and line.y1 <= oy1 + 0.5:
                continue  # part of the box itself
            return False
        return True


def _aligned(a: tuple, b: tuple, grid: Grid | None, tol: float, loose: bool = True, ink: _Ink | None = None) -> bool:
    """Are two boxes set as the parts of one headline are: flush left, centred or flush right
    alike, or one flush left over a column and the other centred over columns from there
    (then nothing else stands beside the centred one across those columns)?  With ``loose``
    False, only the last."""
    if loose and (abs(a[0] - b[0]) <= tol or abs(a[2] - b[2]) <= tol or abs((a[0] + a[2]) - (b[0] + b[2])) <= 2 * tol):
        return True
    if grid is None or not len(grid):
        return loose  # nothing to measure against: trust the stacking
    for flush, centred in ((a, b), (b, a)):
        starts = [k for k, left in enumerate(grid.lefts) if abs(flush[0] - left) <= tol]
        mid = (centred[0] + centred[2]) / 2
        for k in starts:
            for right in grid.rights[k:]:
                if abs((grid.lefts[k] + right) / 2 - mid) > tol:
                    continue
                if ink is None or ink.clear(grid.lefts[k], right, centred[1], centred[3], centred):
                    return True
    return False


def _stacks(groups: list[list[Line]], grid: Grid | None = None, tol: float = 3.0, ink: _Ink | None = None) -> list[Headline]:
    """Groups set one above the other in different sizes, and aligned alike, are one headline:
    the largest is the title, smaller ones above it the kicker, below it the subtitle (a kicker
    may itself be set far larger than the body).  In a chain such as masthead, kicker, title,
    each smaller group goes with the nearer of the larger groups around it."""
    ordered = sorted(groups, key=lambda g: -_box(g)[3])
    sizes = [max(l.size for l in g) for g in ordered]
    below: dict[int, int] = {}
    for i, group in enumerate(ordered):
        gx0, gy0, gx1, gy1 = _box(group)
        for j in range(i + 1, len(ordered)):
            lx0, ly0, lx1, ly1 = _box(ordered[j])
            if j in below.values() or abs(sizes[i] - sizes[j]) <= 0.08 * max(sizes[i], sizes[j]):
                continue
            # Over or under each other, or a subtitle centred over the article under a title set
            # flush left over its first column.
            if 0 <= gy0 - ly1 <= 1.1 * max(sizes[i], sizes[j]) and _aligned(_box(group), _box(ordered[j]), grid, tol, ink=ink) and (
                    _overlaps(gx0, gx1, lx0, lx1) or _aligned(_box(group), _box(ordered[j]), grid, tol, loose=False, ink=ink)):
                below[i] = j
                break
    above = {j: i for i, j in below.items()}
    chains: list[list[int]] = []
    for i in range(len(ordered)):
        if i in above:
            continue
        chain = [i]
        while chain[-1] in below:
            chain.append(below[chain[-1]])
        chains.append(chain)
    headlines: list[Headline] = []
    for chain in chains:
        peaks = [k for k, i in enumerate(chain)
                 if (k == 0 or sizes[chain[k - 1]] < sizes[i]) and (k == len(chain) - 1 or sizes[chain[k + 1]] < sizes[i])]
        owner = []
        for k, i in enumerate(chain):
            if k in peaks:
                owner.append(k)
                continue
            left = max((p for p in peaks if p < k), default=None)
            right = min((p for p in peaks if p > k), default=None)
            if left is None or right is None:
                owner.append(right if left is None else left)
                continue
            gap_up = _box(ordered[chain[k - 1]])[1] - _box(ordered[i])[3]
            gap_down = _box(ordered[i])[1] - _box(ordered[chain[k + 1]])[3]
            owner.append(right if gap_down <= gap_up else left)
        for peak in peaks:
            head = Headline(title=ordered[chain[peak]])
            head.kicker = [l for k, i in enumerate(chain) if owner[k] == peak and k < peak for l in ordered[i]]
            head.subtitle = [l for k, i in enumerate(chain) if owner[k] == peak and k > peak for l in ordered[i]]
            headlines.append(head)
    return headlines


def build_headlines(lines: list[Line], body_size: float, body_font: str = "", grid: Grid | None = None,
                    rules: list[tuple[float, float, float, float]] = ()) -> tuple[list[Headline], set[int]]:
    """Headline blocks from the page's non-body lines; returns them and the ids of lines used.
    ``grid``: the page's columns, against which a part centred over an article is measured;
    ``rules``: the page's rules (an upright one keeps a headline's parts on its side)."""
    titles = sorted((l for l in lines if l.size >= TITLE_RATIO * body_size), key=lambda l: (-l.base, l.x0))
    upright = [r for r in rules if r[2] - r[0] < 3 and r[3] - r[1] > 0]

    def ruled_apart(left: Line, right: Line) -> bool:
        # A column rule between two runs on one row parts the titles of articles side by side
        # (split_at_rules cut them apart for that reason).
        return any(left.x1 - 0.5 <= (r[0] + r[2]) / 2 <= right.x0 + 0.5 and r[1] < min(left.y1, right.y1) and r[3] > max(left.y0, right.y0)
                   for r in upright)

    groups: list[list[Line]] = []
    for line in titles:
        home = None
        for group in groups:
            last = group[-1]
            if abs(last.size - line.size) > 0.08 * line.size:
                continue
            # Parts of a two-part title stand one or two ems apart on a title of one line.
            one_row = all(abs(l.base - group[0].base) <= 0.2 * line.size for l in group)
            # They are two runs of one setting: one size and one baseline (to the rounding of both).
            same_row = (one_row and abs(last.base - line.base) <= max(0.3, 0.02 * line.size) and 0 <= line.x0 - last.x1 <= 2.5 * line.size
                        and abs(last.size - line.size) <= 0.06 and not (upright and ruled_apart(last, line)))
            next_row = 0 < last.base - line.base <= 1.7 * line.size and _overlaps(min(l.x0 for l in group), max(l.x1 for l in group), line.x0, line.x1)
            # Or under the right-hand part of a first row whose left-hand part has wrapped already
            # (titles side by side, their first rows taken for the parts of one).
            next_row = next_row or any(0 < l.base - line.base <= 1.7 * line.size and _overlaps(l.x0, l.x1, line.x0, line.x1)
                                       and not any(abs(o.base - line.base) <= 0.2 * line.size and _overlaps(o.x0, o.x1, line.x0, line.x1) for o in group)
                                       for l in group if l is not last)
            if same_row or next_row:
                home = group
                break
        if home is None:
            groups.append([line])
        else:
            home.append(line)
    groups = [part for group in groups for part in _split_side_by_side(group)]
    used = {id(l) for group in groups for l in group}
    ink = _Ink(lines)
    headlines = _stacks(groups, grid, max(2.0, 0.3 * body_size), ink)
    # A byline set a little larger than the body is no subtitle: it stays out of the headline.
    others = sorted((l for l in lines if id(l) not in used and l.size > 1.03 * body_size and not role_byline(l.text)), key=lambda l: -l.base)
    # A subtitle may be shrunk to body size to fit; «——» still marks it.  (Sizes are rounded
    # to 0.1 pt: the bounds of the two rules meet.)
    others += [l for l in lines if id(l) not in used and abs(l.size - body_size) <= 0.03 * body_size + 0.05
               and not l.size > 1.03 * body_size
               and l.text.startswith(("——", "－－", "--"))]
    # A kicker or subtitle may be shrunk below the body size to fit its width, even in the body's
    # face; running text is set at the body size itself.
    listed = {id(l) for l in others}
    credits = [l for l in lines if id(l) not in used and role_byline(l.text)]

    def wraps_credit(line: Line) -> bool:
        # The wrapped tail of a byline («汪玉» under «本报记者 … 记者») holds no role word.
        return any(0 < c.base - line.base <= 1.7 * c.size and abs(c.size - line.size) <= 0.03 * c.size
                   and c.font == line.font and _overlaps(c.x0, c.x1, line.x0, line.x1) for c in credits)

    others = [l for l in others if not wraps_credit(l)]
    # A kicker may be set at the body size itself (to a few percent) in a face of its own; not
    # a byline or its wrapped tail, not a band's labelled item (责任编辑：…), and not under a
    # title (a lead paragraph in another face stands there).
    over_only = [l for l in lines if id(l) not in used and id(l) not in listed and abs(l.size - body_size) <= 0.03 * body_size + 0.05
                 and l.size >= 0.995 * body_size and body_font and l.font != body_font and not _LABELLED.search(l.text)
                 and not role_byline(l.text) and not bracket_byline(l.text) and not wraps_credit(l)]
    apart = [l for l in lines if id(l) not in used and id(l) not in listed and l.size < 0.995 * body_size
             and not role_byline(l.text) and not wraps_credit(l)]
    tol = max(2.0, 0.3 * body_size)

    def overlap(head: Headline, line: Line) -> float:
        x0, _, x1, _ = _box(head.title)
        return min(x1, line.x1) - max(x0, line.x0)

    def runs_on(line: Line) -> bool:
        return any(o.font == body_font and 0 < line.base - o.base <= 1.7 * line.size and _overlaps(o.x0, o.x1, line.x0, line.x1)
                   for o in lines)

    def walled(head: Headline, line: Line) -> bool:
        """An upright rule between the line and the title, beside each other: column rules
        part articles, and a headline's parts stand on one side."""
        x0, y0, x1, y1 = _box(head.title)
        if line.x0 < x1 and x0 < line.x1:
            return False
        left, right = (x1, line.x0) if line.x0 >= x1 else (line.x1, x0)
        top, bottom = max(y1, line.y1), min(y0, line.y0)
        return any(left - 0.5 <= (r[0] + r[2]) / 2 <= right + 0.5 and r[1] < top and r[3] > bottom for r in upright)

    def near(head: Headline, line: Line) -> bool:
        """Over or under the headline, or set as its parts are (a subtitle centred over the
        article under a title set flush left); not when it stands more over or under the title
        of a headline beside this one, or beyond a column rule."""
        if overlap(head, line) <= -head.size and not _aligned(_box(head.title), _box([line]), grid, tol, ink=ink):
            return False
        if upright and walled(head, line):
            return False
        mine = overlap(head, line)
        for other in headlines:
            if other is head or overlap(other, line) <= max(0.0, mine):
                continue
            ox0, oy0, ox1, oy1 = _box(other.title)
            if oy0 - 1.2 * other.size <= line.y1 and line.y0 <= oy1 + 1.2 * other.size:
                return False
        return True

    # Kickers first: a line right above a title is its kicker even when it is also close
    # under the title of the article above (or under a masthead).
    for head in headlines:
        x0, y0, x1, y1 = head.box
        size = head.size
        edge = y1
        taken: Line | None = None
        for line in sorted((l for l in others + apart + over_only if id(l) not in used and l.y0 >= edge - 1 and near(head, l)), key=lambda l: l.y0):
            if line.y0 - edge > 1.1 * size or line.size >= 0.95 * size:
                break
            if taken is not None and line.y0 < edge - 1 and not _same_row(taken, line):
                continue  # beside the kicker line taken, not over it: another headline's
            head.kicker.insert(0, line)
            used.add(id(line))
            edge = max(edge, line.y1)
            taken = line
    for head in headlines:
        x0, y0, x1, y1 = head.box
        size = head.size
        edge = min(l.y0 for l in head.title + head.subtitle)
        # A subtitle, like a kicker, may be shrunk below the body size.
        taken = None
        # A subtitle shrunk to the body size in a face of its own (no «——» to mark it) starts
        # flush with the title's left edge; a lead paragraph there is indented as paragraphs are,
        # and a dateline in a face of its own runs on into body lines set at the body's leading.
        flush = [l for l in over_only if abs(l.x0 - x0) <= 0.5 * body_size and not runs_on(l)]
        for line in sorted((l for l in others + apart + flush if id(l) not in used and l.y1 <= edge + 1 and near(head, l)), key=lambda l: -l.y1):
            if edge - line.y1 > 1.1 * size or line.size >= 0.95 * size:
                break
            if taken is not None and line.y1 > edge + 1 and not _same_row(taken, line):
                continue  # beside the subtitle line taken, not under it: another headline's
            head.subtitle.append(line)
            used.add(id(line))
            edge = min(edge, line.y0)
            taken = line
        if head.subtitle:
            # A subtitle shrunk to body size to fit wraps onto lines set just like its first.
            last = head.subtitle[-1]
            below = (l for l in lines if id(l) not in used and l.y1 <= last.y0 + 1 and _overlaps(last.x0, last.x1, l.x0, l.x1))
            for line in sorted(below, key=lambda l: -l.y1):
                if not (0 < last.base - line.base <= 1.7 * last.size and _same_setting(last, line)) or role_byline(line.text):
                    break
                head.subtitle.append(line)
                used.add(id(line))
                last = line
    return headlines, used


def _same_row(a: Line, b: Line) -> bool:
    """Parts of one row of a kicker or subtitle: one size, one baseline, a few ems apart at
    most.  The kickers of articles side by side stand on one height across a gutter too, each
    in its own size; a kicker wrapped under its first row goes with the title under it."""
    size = min(a.size, b.size)
    return (abs(a.size - b.size) <= 0.05 * max(a.size, b.size) and abs(a.base - b.base) <= 0.2 * size
            and max(a.x0, b.x0) - min(a.x1, b.x1) <= 2.5 * size)


def _same_setting(a: Line, b: Line) -> bool:
    if abs(a.size - b.size) > 0.03 * a.size or a.font != b.font:
        return False
    return abs(a.x0 - b.x0) <= 1 or abs(a.x1 - b.x1) <= 1 or abs((a.x0 + a.x1) - (b.x0 + b.x1)) <= 2
