"""The page's column grid, read from its own running text.

Body-size lines cover the columns and leave the gutters bare: the x-coverage
histogram of those lines (how many lines cover each point across the page)
has a plateau per column and a valley per gutter.  Columns are the runs of
points covered by a fair share of the lines; anything narrower than a few
ems is noise (a stray piece), and a valley too shallow or too narrow to be a
gutter does not split a column.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.pdf.lines import Line

# A point belongs to a column when at least this share of the busiest point's lines cover it.
COVER_SHARE = 0.2
MIN_COLUMN_EMS = 3.0


@dataclass(slots=True)
class Grid:
    lefts: list[float]
    rights: list[float]

    def __len__(self) -> int:
        return len(self.lefts)

    def overlap(self, k: int, x0: float, x1: float) -> float:
        return min(x1, self.rights[k]) - max(x0, self.lefts[k])

    def span(self, x0: float, x1: float, least: float) -> tuple[int, int] | None:
        """First and last column the extent overlaps by more than ``least`` points (a narrow
        extent by more than half its width), or None."""
        ks = [k for k in range(len(self.lefts)) if self.overlap(k, x0, x1) > min(least, 0.5 * (x1 - x0))]
        return (ks[0], ks[-1]) if ks else None

    def nearest(self, x0: float, x1: float) -> int:
        mid = (x0 + x1) / 2
        return min(range(len(self.lefts)), key=lambda k: abs((self.lefts[k] + self.rights[k]) / 2 - mid))


def find_grid(lines: list[Line], em: float) -> Grid:
    body = [l for l in lines if abs(l.size - em) <= 0.03 * em]
    if not body:
        return Grid([], [])
    left = int(min(l.x0 for l in body))
    right = int(max(l.x1 for l in body)) + 2
    steps = [0] * (right - left + 2)
    for line in body:
        steps[int(line.x0) - left] += 1
        steps[int(line.x1) - left] -= 1
    cover = []
    running = 0
    for step in steps:
        running += step
        cover.append(running)
    busiest = sorted(cover)[int(0.95 * (len(cover) - 1))]
    floor = max(1, COVER_SHARE * busiest)
    lefts: list[float] = []
    rights: list[float] = []
    start = None
    for x, count in enumerate(cover + [0]):
        if count >= floor and start is None:
            start = x
        elif count < floor and start is not None:
            if x - start >= MIN_COLUMN_EMS * em:
                lefts.append(float(left + start))
                rights.append(float(left + x))
            start = None
    return Grid(lefts, rights)
