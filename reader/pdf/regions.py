"""Article regions: which column segments and photos belong to which headline.

Each article starts at a headline.  Its first row is what lies right under
the headline (segments and photos whose tops line up just below it), widened
sideways to neighbouring columns that start at the same height with nothing
beside the headline above them (a headline narrower than its article).  Then
every article grows down its columns: an unclaimed item whose nearest
neighbour above is an article's item, with no rule between, joins that article.
Items still unclaimed join the article nearest above or to the left.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.pdf.headlines import Headline
from reader.pdf.photos import Photo
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


def assign(headlines: list[Headline], segments: list[Segment], photos: list[Photo], rules: list[Box], em: float,
           byline_segments: set[int] = frozenset()) -> list[Region]:
    """``byline_segments``: ids of segments that read as role bylines."""
    items = [Item(s.box, segment=s, byline=id(s) in byline_segments) for s in segments] + [Item(p.box, photo=p) for p in photos]
    heads = sorted(headlines, key=lambda h: -h.box[3])
    regions = [Region(h) for h in heads]
    head_boxes = [h.box for h in heads]
    obstacles = head_boxes + rules
    _first_rows(heads, items, obstacles, em)
    for index, region in enumerate(regions):
        region.items = [i for i in items if i.owner == index]
    _grow(items, regions, obstacles, em)
    for item in sorted((i for i in items if i.owner < 0), key=lambda i: -i.top):
        if item.photo is not None:
            regions.append(Region(None, [item]))  # a picture no article reaches: 图片新闻
            item.owner = len(regions) - 1
            continue
        owner = _nearest_owner(item, items, obstacles, em)
        if owner < 0:
            regions.append(Region(None))
            owner = len(regions) - 1
        item.owner = owner
        regions[owner].items.append(item)
    return regions


@dataclass(slots=True)
class _Row:
    """The first row of an article under construction: what lies right under its headline."""

    index: int
    head: Headline
    top: float  # the row's level: where its columns start
    bottom_of_head: float  # the headline's lower edge, below any byline set under it
    items: list[Item] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(i.x0 for i in self.items)

    @property
    def x1(self) -> float:
        return max(i.x1 for i in self.items)


def _column_start(item: Item, bylines: list[Item], em: float) -> float:
    """Where the item's column starts: a byline set flush left at its head starts it."""
    for b in bylines:
        if abs(b.x0 - item.x0) <= em and b.x1 <= item.x1 + em and 0 <= b.bottom - item.top <= 1.5 * em:
            return b.top
    return item.top


def _first_rows(heads: list[Headline], items: list[Item], obstacles: list[Box], em: float) -> None:
    """Claim each headline's first row: the columns right under it, then neighbouring columns
    that start at the same height with nothing beside the headline above them (a headline
    narrower than its article).  Where two headlines could widen into the same column, the
    nearer row takes it."""
    bylines = [i for i in items if i.byline]
    # Each byline goes with the headline right above it (nearest in height, then sideways;
    # flush left in its article, it may stand well left of a centred title).
    under: dict[int, list[Item]] = {}
    for b in bylines:
        best, best_key = None, None
        for index, head in enumerate(heads):
            hx0, hy0, hx1, hy1 = head.box
            if not (hy0 - max(4 * em, 1.3 * head.size) <= b.top <= hy0 + 0.5 * em):
                continue
            side = max(0.0, b.x0 - hx1, hx0 - b.x1)
            if side > 15 * em:
                continue
            key = (round((hy0 - b.top) / em), side)
            if best_key is None or key < best_key:
                best, best_key = index, key
        if best is not None:
            under.setdefault(best, []).append(b)
    rows: list[_Row] = []
    for index, head in enumerate(heads):
        hx0, hy0, hx1, hy1 = head.box
        reach = max(4 * em, 1.3 * head.size)
        # A byline set under the headline pushes the body down: measure from below it.
        for b in under.get(index, ()):
            hy0 = min(hy0, b.bottom)
        others = [o for o in obstacles if o != head.box]
        below = [
            i for i in items
            if i.owner < 0 and not i.byline and i.top <= hy0 + 0.5 * em and _column_start(i, bylines, em) >= hy0 - reach
            and _x_overlap(i.box, head.box) > 0 and not _between(head.box, i.box, others)
        ]
        if not below:
            continue
        row = _Row(index, head, max(i.top for i in below), hy0)
        for i in below:
            if abs(i.top - row.top) <= 1.5 * em or abs(_column_start(i, bylines, em) - row.top) <= 1.5 * em:
                i.owner = index
                row.items.append(i)
        rows.append(row)
    changed = True
    while changed:
        changed = False
        for item in items:
            if item.owner >= 0 or item.byline:
                continue
            start = _column_start(item, bylines, em)
            best, best_gap = None, None
            for row in rows:
                if abs(item.top - row.top) > 1.5 * em and abs(start - row.top) > 1.5 * em:
                    continue
                gap = item.x0 - row.x1 if item.x0 >= row.x1 else row.x0 - item.x1
                if not 0 <= gap <= 3 * em:
                    continue
                hy1 = row.head.box[3]
                beside = (item.x0, start, item.x1, hy1)
                if any(_x_overlap(o.box, beside) > 0 and o.bottom < hy1 and o.top > start + 0.5
                       for o in items if o is not item and not o.byline):
                    continue
                if any(_x_overlap(o, beside) > 0 and o[1] < hy1 and o[3] > start + 0.5 for o in obstacles if o != row.head.box):
                    continue
                if best_gap is None or gap < best_gap:
                    best, best_gap = row, gap
            if best is not None:
                item.owner = best.index
                best.items.append(item)
                changed = True
    for row in rows:
        x0, x1 = row.x0, row.x1
        lowest_start = min(i.top for i in row.items)
        hy1 = row.head.box[3]
        for i in bylines:
            if i.owner < 0 and i.top <= hy1 + 0.5 and i.bottom >= lowest_start - 0.5 and _x_overlap(i.box, (x0, 0, x1, 0)) > 0:
                i.owner = row.index


def _above(item: Item, items: list[Item]) -> Item | None:
    """The nearest item above in the same column."""
    best = None
    for other in items:
        if other is item or other.bottom < item.top - 0.5:
            continue
        if _x_overlap(other.box, item.box) < 0.5 * min(other.x1 - other.x0, item.x1 - item.x0):
            continue
        if best is None or other.bottom < best.bottom:
            best = other
    return best


def _grow(items: list[Item], regions: list[Region], obstacles: list[Box], em: float) -> None:
    changed = True
    while changed:
        changed = False
        for item in sorted((i for i in items if i.owner < 0), key=lambda i: -i.top):
            above = _above(item, items)
            if above is None or above.owner < 0 or _between(above.box, item.box, obstacles):
                continue
            item.owner = above.owner
            item.grown = True
            regions[above.owner].items.append(item)
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
