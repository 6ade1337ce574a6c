"""Free columns between the headlines of one row: which headline's article each belongs to.

A column beside a headline, whose first item starts level with that
headline's first row and which has nothing beside the headline, belongs to
a headline of that row.  Columns only one headline can reach go to it; the
columns two headlines could both reach are split between them where the
split costs least:

- a headline stands as headlines are set: flush left over its article's
  first column, or centred over its columns (the distance, in ems, from the
  nearer of the two);
- an article's first column opens a paragraph: on a page that indents its
  paragraphs, a first column that begins with an unindented line of running
  text continues a column on its left instead;
- a byline set flush left at a column's head heads an article's first column:
  that column goes to the headline whose article starts there.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

# Costs, in ems of misalignment.
MAX_ALIGN = 5.0
CONTINUED_FIRST_COLUMN = 3.0
BYLINE_LATER_COLUMN = 3.0


@dataclass(slots=True, eq=False)
class Claim:
    head: object  # regions._Head
    own: dict  # column -> first item under the headline
    row: float  # where the headline's first row starts
    free: dict = field(default_factory=dict)  # side (-1 | 1) -> [(column, item, bylines over it)], moving away from the headline
    take: dict = field(default_factory=lambda: {-1: 0, 1: 0})  # side -> how many free columns it takes
    riders: list = field(default_factory=list)  # bylines set under the headline beside its width

    def span(self, left: int | None = None, right: int | None = None) -> tuple[int, int]:
        a, b = self.head.cols
        n_left = self.take[-1] if left is None else left
        n_right = self.take[1] if right is None else right
        return a - n_left, b + n_right

    def taken(self) -> list:
        out = list(self.own.values()) + self.riders
        for side in (-1, 1):
            for _, item, riders in self.free.get(side, [])[: self.take[side]]:
                out += [item, *riders]
        return out

    def first_item(self, span: tuple[int, int]):
        a = span[0]
        if a in self.own:
            return self.own[a]
        for k, item, _ in self.free.get(-1, []):
            if k == a:
                return item
        return None


def _align(claim: Claim, span: tuple[int, int], grid, em: float) -> float:
    x0, _, x1, _ = claim.head.head.box
    left, right = grid.lefts[span[0]], grid.rights[span[1]]
    flush = abs(x0 - left)
    centred = abs((x0 + x1) / 2 - (left + right) / 2)
    return min(MAX_ALIGN, min(flush, centred) / em)


def _indents(page) -> bool:
    """Does the page mark paragraphs with a first-line indent?"""
    indented = total = 0
    em = page.em
    for item in page.items:
        seg = item.segment
        if seg is None:
            continue
        for line in seg.lines:
            total += 1
            if 0.6 * em <= line.x0 - seg.x0 <= 4.5 * em and seg.x1 - line.x1 <= 0.5 * em:
                indented += 1
    return total > 0 and indented >= 0.03 * total


def _continues(item, page, em: float) -> bool:
    """Does the item begin with an unindented line of running text (a column's continuation)?"""
    if item is None or item.segment is None or item.byline:
        return False
    seg = item.segment
    first = seg.lines[0]
    left = page.grid.lefts[item.cols[0]]
    return first.x0 - min(left, seg.x0) < 0.6 * em and len(seg.lines) >= 2


def _first_text(item, column: int, page):
    """The item, or when it is a photo the first item below it in the column."""
    while item is not None and item.photo is not None:
        stack = page.stacks[column]
        below = [i for i in stack if i.top <= item.bottom + 0.5]
        item = below[0] if below else None
    return item


def _cost(claim: Claim, span: tuple[int, int], page, em: float, indents: bool) -> float:
    cost = _align(claim, span, page.grid, em)
    if indents and _continues(_first_text(claim.first_item(span), span[0], page), page, em):
        cost += CONTINUED_FIRST_COLUMN
    # A byline set flush left at the head of a column heads an article's first column: a
    # column it heads is no later column of an article starting further left.  (A byline set
    # flush right under the headline ends its article's width instead.)
    grid = page.grid
    for k, item, riders in claim.free.get(1, [])[: claim.take[1]]:
        if k > span[0] and any(b.byline and abs(b.x0 - grid.lefts[k]) <= 0.5 * em and b.x1 < grid.rights[k] - em
                               for b in (item, *riders)):
            cost += BYLINE_LATER_COLUMN
    return cost


def resolve_rows(claims: list[Claim], page, em: float) -> None:
    """Set each claim's ``take``: every free column only it can reach, and of the columns two
    claims could reach, the splits of least cost over all the headlines they link."""
    # A free column is reached through its first item and the bylines over it: a byline
    # heading a column may be one claim's first item and another's rider.
    reach: dict[int, list[tuple[Claim, int]]] = {}
    for claim in claims:
        for side in (-1, 1):
            for k, item, riders in claim.free.get(side, []):
                for one in (item, *riders):
                    reach.setdefault(id(one), []).append((claim, side))

    def reached(entry) -> list[tuple[Claim, int]]:
        _, item, riders = entry
        return [r for one in (item, *riders) for r in reach[id(one)]]

    for claim in claims:
        for side in (-1, 1):
            run = claim.free.get(side, [])
            n = 0
            # A photo over two free columns is reached twice by the same claim.
            while n < len(run) and all(c is claim for c, _ in reached(run[n])):
                n += 1
            claim.take[side] = n
    # Gaps: a claim, the claim to its right, the columns both can reach.
    gaps: list[tuple[Claim, Claim, int]] = []
    for claim in claims:
        run = claim.free.get(1, [])
        n = claim.take[1]
        if n >= len(run):
            continue
        rivals = [c for c, side in reached(run[n]) if c is not claim and side == -1]
        if rivals:
            other = rivals[0]
            gaps.append((claim, other, sum(1 for entry in run[n:] if any(c is other for c, _ in reached(entry)))))
    if not gaps:
        return
    indents = _indents(page)
    for component in _components(gaps):
        members = {id(c): c for a, b, _ in component for c in (a, b)}
        base = {id(c): dict(c.take) for c in members.values()}
        best = None
        options = [range(n, -1, -1) for _, _, n in component]  # ties go left: columns run on to the right
        for choice in _product(options, limit=4096):
            for c in members.values():
                c.take = dict(base[id(c)])
            for (left, right, n), split in zip(component, choice):
                left.take[1] += split
                right.take[-1] += n - split
            cost = sum(_cost(c, c.span(), page, em, indents) for c in members.values())
            if best is None or cost < best[0] - 1e-6:
                best = (cost, {id(c): dict(c.take) for c in members.values()})
        for key, take in best[1].items():
            members[key].take = take


def _components(gaps: list[tuple]) -> list[list[tuple]]:
    """Gaps grouped by the claims they link."""
    groups: list[list[tuple]] = []
    for gap in gaps:
        linked = [g for g in groups if any(gap[0] in (o[0], o[1]) or gap[1] in (o[0], o[1]) for o in g)]
        merged = [gap] + [o for g in linked for o in g]
        groups = [g for g in groups if g not in linked] + [merged]
    return groups


def _product(options: list[range], limit: int):
    """Every combination of options, or (past ``limit``) each gap's options with the others at their first."""
    total = 1
    for o in options:
        total *= len(o)
    if total <= limit:
        yield from itertools.product(*options)
        return
    first = [o[0] for o in options]
    for i, o in enumerate(options):
        for value in o:
            yield tuple(first[:i] + [value] + first[i + 1 :])
