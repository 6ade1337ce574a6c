"""Where an article, a paragraph or a passage sits on its PDF page, from the boxes of its lines (pure).

A stored PDF page keeps one box per line of its raw text
(reader.store.records.PdfPageGeometry.lines), and every article and block
knows its lines (line provenance), so regions follow every correction: a
split article's region splits with it. The lines of one article are joined
into a few rectangles, one per column run (and one for a headline that
spans several columns), so an outline does not cover the neighbours'
columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from reader.model import Article, Box

_X_TOLERANCE = 2.0  # points: lines of one column end within this of each other
_SIMILAR_WIDTH = 0.75  # rectangles this alike in width are one column run
_MAX_GAP_LINES = 2.5  # a vertical gap of more line heights than this starts a new rectangle


@dataclass(slots=True)
class _Run:
    x0: float
    y0: float
    x1: float
    y1: float
    lines: int
    height: float  # the tallest line's height

    def box(self, page: int) -> Box:
        return Box(page, self.x0, self.y0, self.x1, self.y1)

    @property
    def width(self) -> float:
        return self.x1 - self.x0


def _inside(narrow: _Run, wide: _Run) -> bool:
    return narrow.x0 >= wide.x0 - _X_TOLERANCE and narrow.x1 <= wide.x1 + _X_TOLERANCE


def _near(a: _Run, b: _Run) -> bool:
    gap = max(a.y0, b.y0) - min(a.y1, b.y1)
    return gap <= _MAX_GAP_LINES * max(a.height, b.height)


def _same_column(a: _Run, b: _Run) -> bool:
    narrow, wide = (a, b) if a.width <= b.width else (b, a)
    return narrow.width >= _SIMILAR_WIDTH * wide.width and _inside(narrow, wide) and _near(a, b)


def _join(a: _Run, b: _Run) -> _Run:
    return _Run(min(a.x0, b.x0), min(a.y0, b.y0), max(a.x1, b.x1), max(a.y1, b.y1), a.lines + b.lines,
                max(a.height, b.height))  # fmt: skip


def _join_columns(runs: list[_Run]) -> list[_Run]:
    runs = list(runs)
    changed = True
    while changed:
        changed = False
        for i in range(len(runs)):
            j = next((j for j in range(i + 1, len(runs)) if _same_column(runs[i], runs[j])), None)
            if j is not None:
                runs[i] = _join(runs[i], runs.pop(j))
                changed = True
                break
    return runs


def merge_boxes(boxes: Iterable[Box | None]) -> list[Box]:
    """Line boxes of one page joined into rectangles, one per column run, top first then left first.

    Lines of alike width become column runs first (and a headline wider than
    the columns below stays a run of its own); then each short line left over
    (a paragraph's last, a dateline) joins the narrowest run around it.
    """
    boxes = [b for b in boxes if b is not None and b.x1 > b.x0 and b.y1 > b.y0]
    if not boxes:
        return []
    page = boxes[0].page
    runs = _join_columns([_Run(b.x0, b.y0, b.x1, b.y1, 1, b.y1 - b.y0) for b in boxes])
    for short in sorted((r for r in runs if r.lines == 1), key=lambda r: r.width):
        if not any(r is short for r in runs):
            continue  # it took in a shorter line already
        hosts = [r for r in runs if r is not short and r.width > short.width and _inside(short, r) and _near(short, r)]
        if hosts:
            host = min(hosts, key=lambda r: r.width)
            runs = [_join(host, short) if r is host else r for r in runs if r is not short]
    runs = _join_columns(runs)
    runs.sort(key=lambda r: (-r.y1, r.x0))
    return [r.box(page) for r in runs]


def article_lines(article: Article) -> set[int]:
    """The page lines an article was printed on: headline fields, body blocks of its own page, captions."""
    held = {n for block in article.body if block.source is None for n in block.lines}
    own = article.lines
    if own is not None:
        for name in ("kicker", "title", "subtitle", "dateline", "byline"):
            held.update(own.field_lines(name))
        for caption in own.captions:
            held.update(caption)
    return held


def lines_boxes(line_boxes: Sequence[Box | None], lines: Iterable[int]) -> list[Box]:
    return merge_boxes(line_boxes[n] for n in sorted(set(lines)) if 0 <= n < len(line_boxes))


def article_regions(
    line_boxes: Sequence[Box | None], lines_of: Mapping[int, Iterable[int]],
    parse_lines: Sequence[Sequence[int]] = (), parse_photos: Sequence[Sequence[Box]] = (),
) -> dict[int, list[Box]]:  # fmt: skip
    """Each article's rectangles (by id): its lines' runs, and the photos of the parse's article whose
    lines it holds most of (no line carries a photo, so photos follow the lines they were read with)."""
    held = {a: set(lines) for a, lines in lines_of.items()}
    regions = {a: lines_boxes(line_boxes, lines) for a, lines in held.items()}
    for lines, photos in zip(parse_lines, parse_photos):
        if not photos or not lines:
            continue
        best = max(held, key=lambda a: len(held[a].intersection(lines)), default=None)
        if best is not None and held[best].intersection(lines):
            regions[best].extend(photos)
    return {a: boxes for a, boxes in regions.items() if boxes}


def block_range_lines(article: Article, start: int, end: int) -> set[int]:
    """The lines of the body blocks a body range [start, end) touches (a cursor when start == end).

    Body offsets count the blocks' texts joined by one newline, as the
    article view and annotations do.
    """
    held: set[int] = set()
    offset = 0
    for block in article.body:
        block_end = offset + len(block.text)
        touches = (offset <= start <= block_end) if start == end else (start < block_end and end > offset)
        if touches and block.source is None:
            held.update(block.lines)
        offset = block_end + 1
    return held


def contains(boxes: Iterable[Box], x: float, y: float) -> bool:
    return any(b.x0 <= x <= b.x1 and b.y0 <= y <= b.y1 for b in boxes)
