"""Article regions: which column segments and photos belong to which headline.

Everything is placed on the page's column grid (reader.pdf.grid).  Each
article starts at a headline, which covers the columns under it down to the
next headline or rule:

1. *First row.*  In each column the headline stands over, the first item
   below it (a column segment, a photo, a byline) starts the article.
2. *Free columns.*  A headline may be narrower than its article (a short
   title set flush left or centred).  A column beside it whose first item
   starts at the level of the headline's first row, with nothing in that
   column beside the headline, belongs to a headline of that row.  When two
   headlines could take the same columns, the split that lets each headline
   stand as headlines are set (flush left over its first column, or centred
   over its columns) wins, and an article's first column must open a
   paragraph (reader.pdf.rowsplit).
3. *Down the columns.*  Each article takes, in each of its columns, the items
   below its first row until another article's first row, a headline or a
   rule.
4. Items still unclaimed join the article beside them at the same height or
   above them; photos nobody reaches are pictures of their own (图片新闻).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.pdf.grid import MIN_COLUMN_EMS, Grid
from reader.pdf.headlines import Headline
from reader.pdf.photos import Photo
from reader.pdf.rowsplit import Claim, resolve_rows
from reader.pdf.segments import Segment

Box = tuple[float, float, float, float]  # x0, y0, x1, y1, PDF points


@dataclass(slots=True, eq=False)  # identity: the same text may be printed twice
class Item:
    box: Box
    segment: Segment | None = None
    photo: Photo | None = None
    owner: int = -1  # index of the region
    grown: bool = False  # reached by growing down a column rather than from the headline
    byline: bool = False  # a short segment that reads «本报记者 王比学»: beside or under a headline
    cols: tuple[int, int] = (0, -1)  # first and last grid column

    @property
    def x0(self) -> float:
        return self.box[0]

    @property
    def x1(self) -> float:
        return self.box[2]

    @property
    def top(self) -> float:
        return self.box[3]

    @property
    def bottom(self) -> float:
        return self.box[1]


@dataclass(slots=True, eq=False)  # identity: the same text may be printed twice
class Region:
    headline: Headline | None
    items: list[Item] = field(default_factory=list)

    @property
    def box(self) -> Box:
        boxes = [i.box for i in self.items] + ([self.headline.box] if self.headline else [])
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _x_overlap(a: Box, b: Box) -> float:
    return min(a[2], b[2]) - max(a[0], b[0])


def _between(upper: Box, lower: Box, boxes: list[Box]) -> bool:
    """Does any box lie in the vertical gap between upper and lower, across their shared width?"""
    x0, x1 = max(upper[0], lower[0]), min(upper[2], lower[2])
    for b in boxes:
        if b[2] > x0 + 0.5 and b[0] < x1 - 0.5 and b[1] < upper[1] - 0.5 and b[3] > lower[3] + 0.5:
            return True
    return False


@dataclass(slots=True, eq=False)
class _Head:
    index: int
    head: Headline
    box: Box  # the headline with any byline set under it
    cols: tuple[int, int]
    bylines: list[Item] = field(default_factory=list)

    @property
    def bottom(self) -> float:
        """The headline block's lower edge (a byline set under it may reach lower)."""
        return self.head.box[1]

    @property
    def top(self) -> float:
        return self.box[3]


class _Page:
    """Items and headlines in their grid columns, with the page's rules."""

    def __init__(self, grid: Grid, items: list[Item], heads: list[_Head], rules: list[Box], em: float):
        self.grid = grid
        self.em = em
        self.items = items
        self.heads = heads
        self.h_rules = [r for r in rules if r[2] - r[0] >= r[3] - r[1]]
        self.v_rules = [r for r in rules if r[2] - r[0] < r[3] - r[1]]
        self.stacks: list[list[Item]] = [[] for _ in range(len(grid))]
        for item in items:
            for k in range(item.cols[0], item.cols[1] + 1):
                self.stacks[k].append(item)
        for stack in self.stacks:
            stack.sort(key=lambda i: -i.top)
        self.head_stacks: list[list[_Head]] = [[] for _ in range(len(grid))]
        for h in heads:
            for k in range(h.cols[0], h.cols[1] + 1):
                self.head_stacks[k].append(h)

    def column_box(self, k: int, top: float, bottom: float) -> Box:
        return (self.grid.lefts[k], bottom, self.grid.rights[k], top)

    def ruled(self, k: int, top: float, bottom: float) -> bool:
        """Is there a horizontal rule across column k between the heights?"""
        x0, x1 = self.grid.lefts[k], self.grid.rights[k]
        return any(r[2] > x0 + 1 and r[0] < x1 - 1 and bottom - 0.5 < r[1] and r[3] < top + 0.5 for r in self.h_rules)

    def headed(self, k: int, top: float, bottom: float, skip: _Head | None = None) -> bool:
        """Is there a headline in column k between the heights?"""
        return any(h is not skip and h.box[1] < top - 0.5 and h.box[3] > bottom + 0.5 for h in self.head_stacks[k])

    def first_below(self, k: int, y: float, skip: list[Item] = ()) -> Item | None:
        """The highest item of column k that starts below ``y`` (give or take half an em)."""
        for item in self.stacks[k]:
            if item.top <= y + 0.5 * self.em and item not in skip:
                return item
        return None

    def beside(self, k: int, top: float, bottom: float, skip: list[Item] = ()) -> bool:
        """Does anything in column k overlap the heights?"""
        return any(i.bottom < top - 0.5 and i.top > bottom + 0.5 and i not in skip for i in self.stacks[k])

    def wall(self, k: int, side: int, top: float, bottom: float) -> bool:
        """A vertical rule between column k and its neighbour on ``side`` (-1 left, +1 right)?"""
        x = self.grid.lefts[k] if side < 0 else self.grid.rights[k]
        other = self.grid.rights[k - 1] if side < 0 else self.grid.lefts[k + 1]
        lo, hi = min(x, other) - 1, max(x, other) + 1
        return any(lo <= (r[0] + r[2]) / 2 <= hi and r[1] < top - 1 and r[3] > bottom + 1 for r in self.v_rules)


def assign(headlines: list[Headline], segments: list[Segment], photos: list[Photo], rules: list[Box], em: float,
           byline_segments: set[int] = frozenset(), grid: Grid | None = None) -> list[Region]:
    """``byline_segments``: ids of segments that read as role bylines."""
    items = [Item(s.box, segment=s, byline=id(s) in byline_segments) for s in segments] + [Item(p.box, photo=p) for p in photos]
    if grid is None or not len(grid):
        grid = _grid_of(items, em)
    grid = _with_missing_columns(grid, items, em)
    for item in items:
        item.cols = grid.span(item.x0, item.x1, 0.3 * (grid.rights[0] - grid.lefts[0])) or (grid.nearest(item.x0, item.x1),) * 2
    ordered = sorted(headlines, key=lambda h: -h.box[3])
    regions = [Region(h) for h in ordered]
    heads = [_Head(k, h, h.box, grid.span(h.box[0], h.box[2], 0.5 * em) or (grid.nearest(h.box[0], h.box[2]),) * 2)
             for k, h in enumerate(ordered)]
    _attach_bylines(heads, items, grid, em)
    page = _Page(grid, items, heads, rules, em)
    claims = _first_rows(page)
    resolve_rows(claims, page, em)
    for claim in claims:
        for item in claim.taken():
            if item.owner < 0:
                item.owner = claim.head.index
    for h in heads:
        for b in h.bylines:
            b.owner = h.index
    _grow(page)
    for item in sorted((i for i in items if i.owner < 0), key=lambda i: -i.top):
        if item.photo is not None:
            regions.append(Region(None))  # a picture no article reaches: 图片新闻
            item.owner = len(regions) - 1
            continue
        owner = _nearest_owner(item, items, [h.box for h in heads] + rules, em)
        if owner < 0:
            regions.append(Region(None))
            owner = len(regions) - 1
        item.owner = owner
    for item in items:
        regions[item.owner].items.append(item)
    return regions


def _grid_of(items: list[Item], em: float) -> Grid:
    """A grid of one column per distinct segment edge, for pages without running text to read it from."""
    edges = sorted({(round(i.x0), round(i.x1)) for i in items if i.segment is not None}) or [(0, 1)]
    lefts: list[float] = []
    rights: list[float] = []
    for x0, x1 in edges:
        if lefts and x0 < rights[-1]:
            rights[-1] = max(rights[-1], x1)
            continue
        lefts.append(float(x0))
        rights.append(float(x1))
    return Grid(lefts, rights)


def _with_missing_columns(grid: Grid, items: list[Item], em: float) -> Grid:
    """The grid with a column for running text that stands in none of its columns.  The grid
    keeps the columns most of the page's lines cover; an article's short column (under a
    photo set at its head) may fall under that share, and a column taken for the nearest
    one of the grid would be another article's, across the page."""
    # Lines of a column's width, clear of every column of the grid (a piece set across a
    # gutter is no column of its own).
    missing = sorted((i.x0, i.x1) for i in items if i.segment is not None and len(i.segment.lines) >= 2
                     and i.x1 - i.x0 >= MIN_COLUMN_EMS * em
                     and all(grid.overlap(k, i.x0, i.x1) <= 0.5 * em for k in range(len(grid))))
    if not missing:
        return grid
    extents: list[list[float]] = []
    for x0, x1 in missing:
        if extents and x0 < extents[-1][1]:
            extents[-1][1] = max(extents[-1][1], x1)
        else:
            extents.append([x0, x1])
    columns = sorted(list(zip(grid.lefts, grid.rights)) + [(x0, x1) for x0, x1 in extents])
    return Grid([c[0] for c in columns], [c[1] for c in columns])


def _attach_bylines(heads: list[_Head], items: list[Item], grid: Grid, em: float) -> None:
    """Each byline set right under a headline, within its width, goes with it and pushes its
    body down (the nearest headline above it).  A byline set beside the headline's width
    (flush right under a short title) goes with whichever article takes its column (see
    ``_free``)."""
    for b in (i for i in items if i.byline):
        near = [h for h in heads if min(h.head.box[2], b.x1) - max(h.head.box[0], b.x0) > 0
                and h.head.box[1] - max(4 * em, 1.3 * h.head.size) <= b.top <= h.head.box[1] + 0.5 * em]
        best, best_key = None, None
        for h in near:
            hx0, hy0, hx1, hy1 = h.head.box
            # Not a headline over another one that stands over the byline (a masthead over
            # the page's first title).
            if any(o is not h and o.head.box[3] <= hy0 + 0.5 and o.head.box[1] >= b.top - 0.5 for o in near):
                continue
            # Of the headlines a little above it, the one whose title it stands under most: a
            # byline too long for its article may run on under the next one's, whose title
            # may reach lower than its own headline does.
            tx0, tx1 = min(l.x0 for l in h.head.title), max(l.x1 for l in h.head.title)
            key = (b.top > hy0 + 0.2 * em, -(min(tx1, b.x1) - max(tx0, b.x0)), hy0 - b.top)
            if best_key is None or key < best_key:
                best, best_key = h, key
        if best is not None:
            best.bylines.append(b)
    for h in heads:
        if h.bylines:
            x0, y0, x1, y1 = h.box
            h.box = (min([x0] + [b.x0 for b in h.bylines]), min([y0] + [b.bottom for b in h.bylines]),
                     max([x1] + [b.x1 for b in h.bylines]), y1)
            # The columns its bylines stand in, but not a column another headline beside
            # this one stands over: a byline too long for its article runs on under the
            # next one's.
            # A byline widens the article only by columns it covers at least half of.
            half = 0.5 * (grid.rights[0] - grid.lefts[0])
            spans = [grid.span(b.x0, b.x1, half) or b.cols for b in h.bylines]
            lo = min([h.cols[0]] + [c[0] for c in spans])
            hi = max([h.cols[1]] + [c[1] for c in spans])
            hx0, hy0, hx1, hy1 = h.head.box

            def other_head(k: int) -> bool:
                return any(o is not h and o.cols[0] <= k <= o.cols[1] and o.head.box[1] < hy1 and o.head.box[3] > hy0 - 2 * em
                           for o in heads)

            while lo < h.cols[0] and other_head(lo):
                lo += 1
            while hi > h.cols[1] and other_head(hi):
                hi -= 1
            h.cols = (lo, hi)
            for b in h.bylines:  # and in the stacks of columns it stands in for this article only
                b.cols = (max(b.cols[0], lo), min(b.cols[1], hi))


def _first_rows(page: _Page) -> list[Claim]:
    """For each headline, the first items under it and the free columns it could widen into."""
    em = page.em
    claims: list[Claim] = []
    attached = {id(b) for h in page.heads for b in h.bylines}
    for h in page.heads:
        reach = max(4 * em, 1.3 * h.head.size)
        # A byline set under the headline, within its width or beside it, pushes the row down.
        level = min([h.box[1]] + [b.bottom for b in page.items if b.byline and id(b) not in attached
                                  and h.bottom - reach <= b.top <= h.bottom + 0.5 * em])
        own: dict[int, Item] = {}
        for k in range(h.cols[0], h.cols[1] + 1):
            item = page.first_below(k, h.bottom, h.bylines)
            if item is None or item.owner >= 0 or item.top < level - reach:
                continue
            if page.headed(k, h.bottom, item.top, skip=h) or page.ruled(k, h.bottom, item.top):
                continue
            own[k] = item
        # The row starts where the columns do; a byline standing above that level under the
        # headline (beside the title's width) rides along, and its column starts below it.
        starts = [i.top for i in own.values() if not i.byline]
        row = max(starts) if starts else max((i.top for i in own.values()), default=h.bottom)
        riders: list[Item] = []
        for k, item in list(own.items()):
            while item is not None and item.byline and item.owner < 0 and item.top > row + 1.5 * em:
                riders.append(item)
                item = page.first_below(k, item.bottom, h.bylines + riders)
            if item is None or item.owner >= 0 or page.headed(k, h.bottom, item.top, skip=h):
                del own[k]
            else:
                own[k] = item
        claim = Claim(h, own, row, riders=riders)
        for side in (-1, 1):
            k = (h.cols[0] if side < 0 else h.cols[1]) + side
            while 0 <= k < len(page.grid):
                found = _free(page, h, k, side, row)
                if found is None:
                    break
                claim.free.setdefault(side, []).append((k, *found))
                k += side
        claims.append(claim)
    # A column whose first item another headline stands right over is that headline's, and
    # the columns beyond it are out of reach: an article does not widen across another.
    owner = {id(item): claim for claim in claims for item in claim.own.values()}
    # A headline over nothing but photos has its text under them: the first item under each
    # photo is as good as its own, however level it stands with the first row of a headline
    # beside (whose top the photos may reach down to).
    for claim in claims:
        if not claim.own or any(i.photo is None for i in claim.own.values()):
            continue
        for k, photo in claim.own.items():
            below = page.first_below(k, photo.bottom)
            if below is not None and below.owner < 0 and not page.headed(k, photo.bottom, below.top) and not page.ruled(k, photo.bottom, below.top):
                owner.setdefault(id(below), claim)
    for claim in claims:
        for side, run in claim.free.items():
            cut = next((n for n, (_, item, _) in enumerate(run) if owner.get(id(item), claim) is not claim), None)
            if cut is not None:
                del run[cut:]
    return claims


def _free(page: _Page, h: _Head, k: int, side: int, row: float) -> tuple[Item, list[Item]] | None:
    """The first item of column k, and any byline set above it under the headline's level,
    when the column may belong to headline h's article: nothing in it beside the headline,
    its first item starting level with the headline's first row, and no rule between it and
    the headline's columns."""
    em = page.em
    top = h.top
    item = page.first_below(k, top, h.bylines)
    riders: list[Item] = []
    while item is not None and item.byline and item.owner < 0 and item.top <= h.bottom + 0.5 * em and item.top > row + 1.5 * em:
        riders.append(item)
        item = page.first_below(k, item.bottom, h.bylines + riders)
    # Level with the first row, or with a byline heading a column of it.
    levels = [row] + [b.top for b in h.bylines]
    if item is None or min(abs(item.top - y) for y in levels) > 1.5 * em or item.top > h.bottom + 0.5 * em:
        return None
    skip = h.bylines + riders
    if page.beside(k, top, item.top, skip) or page.headed(k, top, item.top) or page.ruled(k, top, item.top):
        return None
    if page.wall(k, -side, top, item.bottom):
        return None
    return item, riders


def _grow(page: _Page) -> None:
    """Down each column from the items an article holds, until another article's item, a
    headline or a rule."""
    changed = True
    while changed:
        changed = False
        for k, stack in enumerate(page.stacks):
            for upper, lower in zip(stack, stack[1:]):
                if upper.owner < 0 or lower.owner >= 0 or lower.top > upper.bottom + 0.5 * page.em:
                    continue
                if page.headed(k, upper.bottom, lower.top) or page.ruled(k, upper.bottom, lower.top):
                    continue
                lower.owner = upper.owner
                lower.grown = True
                changed = True


def _nearest_owner(item: Item, items: list[Item], obstacles: list[Box], em: float) -> int:
    """The region an unclaimed item most likely belongs to: a column beside it that starts
    at the same height (the rest of its article's first row), else the column above it
    when no rule or headline lies between."""
    best, best_distance = -1, None
    for other in items:
        if other.owner < 0 or other is item:
            continue
        if abs(other.top - item.top) <= 3 * em and (other.x1 <= item.x0 + 0.5 or other.x0 >= item.x1 - 0.5):
            distance = min(abs(item.x0 - other.x1), abs(other.x0 - item.x1))
            if any(_x_overlap(o, (min(item.x0, other.x0), 0, max(item.x1, other.x1), 0)) > 0 and o[1] < item.top and o[3] > item.bottom
                   and (o[2] - o[0]) < 3.0 for o in obstacles):
                continue  # a vertical rule between them
        elif other.bottom >= item.top - 0.5 and _x_overlap(other.box, item.box) > 0 and not _between(other.box, item.box, obstacles):
            distance = other.bottom - item.top + 1000
        else:
            continue
        if best_distance is None or distance < best_distance:
            best, best_distance = other.owner, distance
    return best
