"""Glyphs → text lines: shadows removed, rows by baseline, rows cut at wide gaps.

A *line* here is a run of glyphs on one baseline with no gap wider than
``GAP_EMS`` of its size: the line of one column, one part of a two-part
headline, one item of a header band.  Spaces the PDF prints are kept as
glyphs (they matter in «App Store» and «本报记者 王比学»); gaps are never turned
into spaces here (a justified line has gaps everywhere).
"""

from __future__ import annotations

import bisect

import operator
from collections import Counter
from dataclasses import dataclass

from reader.pdf.extract import Glyph

# Justification and Han-Latin spacing leave gaps up to about half an em inside a
# line; the narrowest column gutters are about 0.8 em.
GAP_EMS = 0.7
# Two copies of a character closer than this (in its own widths) are one
# character drawn twice: a shadowed caption, or fake bold by overprinting.
SHADOW_WIDTHS = 0.6


@dataclass(slots=True, eq=False)  # identity: the same text may be printed twice
class Line:
    glyphs: list[Glyph]
    x0: float
    x1: float
    y0: float
    y1: float
    base: float
    size: float
    font: str
    bold: bool
    text: str  # with a space where the PDF prints one or leaves a gap wider than its letter spacing
    kind: str = ""  # set by later steps: body | title | caption | band …
    tail: "Line | None" = None  # a flush-right piece merged into this line (a byline on the last line)

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def _shadow(g: Glyph, h: Glyph) -> bool:
    """Is h (at or right of g) a second copy of g, drawn a little apart?"""
    if h.text != g.text or abs(h.size - g.size) > 0.05 * g.size or abs(h.base - g.base) > 0.25 * g.size:
        return False
    w = max(g.x1 - g.x0, 0.3 * g.size)
    # A lighter copy may sit further off (a grey shadow, offset by a share of the type size,
    # however narrow the glyph: «1100月» is «10月» twice); same-colour copies only when they
    # overlap most of the glyph (overprinted bold).
    limit = SHADOW_WIDTHS * max(w, g.size) if abs(h.gray - g.gray) > 0.15 else 0.45 * w
    return h.x0 - g.x0 < limit


def _drop_shadows(row: list[Glyph], twins: dict[int, float] | None = None) -> tuple[list[Glyph], int]:
    """The glyphs of one baseline row (left to right) without their second copies; keeps the
    darker copy.  A copy lies within a glyph's width of its original, so only a glyph or two
    stands between them in the row.  ``twins`` gets, for each glyph kept of a pair, the
    baseline of the copy dropped."""
    kept: list[Glyph] = []
    dropped = 0
    for h in row:
        copy_of = 0
        # Nearly every glyph stands a glyph's width right of the one before: no copy.
        if kept and h.x0 - kept[-1].x0 <= 0.7 * kept[-1].size and not h.text.isspace():
            for back in range(1, min(3, len(kept)) + 1):
                g = kept[-back]
                if h.x0 - g.x0 > 0.7 * g.size:
                    break
                if _shadow(g, h):
                    copy_of = back
                    break
        if not copy_of:
            kept.append(h)
            continue
        dropped += 1
        g = kept[-copy_of]
        if h.gray < g.gray:
            kept[-copy_of] = h
            g, h = h, g
        if twins is not None:
            twins[id(g)] = h.base
    return kept, dropped


_base = operator.attrgetter("base")
_x0 = operator.attrgetter("x0")


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs in baseline rows, top down, each row left to right."""
    ordered = sorted(glyphs, key=_base, reverse=True)
    rows: list[list[Glyph]] = []
    row_base = None
    for g in ordered:
        if row_base is not None and abs(row_base - g.base) <= 0.2 * g.size:
            rows[-1].append(g)
        else:
            rows.append([g])
            row_base = g.base
    for row in rows:
        row.sort(key=_x0)
    return rows


def remove_shadows(glyphs: list[Glyph]) -> tuple[list[Glyph], int]:
    """Drop the second copy of characters drawn twice a little apart; keep the darker copy."""
    kept: list[Glyph] = []
    dropped = 0
    for row in _rows(glyphs):
        row, n = _drop_shadows(row)
        kept += row
        dropped += n
    return kept, dropped


def _mode(values):
    first = values[0]
    for v in values:
        if v != first:
            return Counter(values).most_common(1)[0][0]
    return first


_HAN_LO, _HAN_HI = "\u3400", "\U0003134f"


def _line(glyphs: list[Glyph]) -> Line:
    printed = [g for g in glyphs if not g.text.isspace()] or glyphs
    first = printed[0]
    size, font, base = first.size, first.font, first.base
    x1, y0, y1 = first.x1, first.y0, first.y1
    uniform = True
    bold = 0
    gaps: list[float] = []
    previous = None
    for g in printed:
        if g.size != size or g.font != font or g.base != base:
            uniform = False
        bold += g.bold
        if g.x1 > x1:
            x1 = g.x1
        if g.y0 < y0:
            y0 = g.y0
        if g.y1 > y1:
            y1 = g.y1
        if previous is not None:
            gaps.append(g.x0 - previous.x1)
        previous = g
    if not uniform:
        size = _mode([round(g.size, 1) for g in printed])
        font = _mode([g.font for g in printed])
        base = _mode([round(g.base, 1) for g in printed])
    size, base = round(size, 1), round(base, 1)
    # PDFium drops printed spaces and invents its own, so spaces come from geometry: a gap
    # wider than the line's usual letter spacing (justification spreads every gap alike).
    # The lower quartile: most gaps are letter spacing, a few are spaces (on a short line
    # the space may be one of two gaps).
    usual = sorted(gaps)[len(gaps) // 4] if gaps else 0.0
    if len(gaps) < 3:
        usual = min(usual, 0.05 * size)  # too few gaps to tell spacing from a space («明 摄»)
    wide = usual + 0.2 * size
    spaced = len(printed) != len(glyphs)
    if not spaced and (not gaps or max(gaps) < wide):
        text = "".join(g.text for g in printed)
    else:
        spaced_after: set[int] = set()
        k = 0
        for g in glyphs:
            if g.text.isspace():
                if k:
                    spaced_after.add(k - 1)
                continue
            k += 1
        parts: list[str] = []
        for i, g in enumerate(printed):
            parts.append(g.text)
            if i < len(gaps) and (i in spaced_after or gaps[i] >= wide):
                parts.append(" ")
        text = "".join(parts).strip()
    return Line(glyphs=glyphs, x0=first.x0, x1=x1, y0=y0, y1=y1, base=base, size=size, font=font,
                bold=bold * 2 > len(printed), text=text)


def _overprinted(row: list[Glyph]) -> bool:
    """Does a glyph of the row (left to right, copies dropped) stand over most of its
    neighbour's width, or over a quarter of it in another face or size?  Letters of one
    line never do: text has run into other text (a byline set too long for its column runs
    into the next column's first line, printed on its baseline)."""
    last = None
    last_x1 = -1e9
    for g in row:
        # Cheap first: most glyphs start where the one before ends, or further right.
        if g.x0 < last_x1 and not g.text.isspace() and _runs_over(last, g):
            return True
        if not g.text.isspace():
            last, last_x1 = g, g.x1
    return False


def _runs_over(last: Glyph, g: Glyph) -> bool:
    """Does g, right of last, start over most of last's width, or over a quarter of it in
    another face or size?"""
    share = (last.x1 - g.x0) / max(1e-6, min(last.x1 - last.x0, g.x1 - g.x0))
    return share > 0.5 or (share > 0.25 and (g.font != last.font or abs(g.size - last.size) > 0.01 * g.size))


def _strands(row: list[Glyph], stream: "_Stream") -> list[list[Glyph]]:
    """An overprinted row taken apart into what was printed in one go: runs of glyphs that
    follow each other in the content stream, left to right.  (A line of text that ran on
    over the next column's line is printed before or after it, not in between; where one
    ends and the other starts, the stream goes back to the left.)"""
    by_stream = sorted(row, key=stream.__getitem__)
    strands: list[list[Glyph]] = []
    previous = -2
    for g in by_stream:
        k = stream[g]
        if k != previous + 1 or not strands or g.x0 < strands[-1][-1].x0 - 0.5:
            strands.append([])
        strands[-1].append(g)
        previous = k
    # A strand is one line's glyphs only when it keeps to one stretch of the row; strands
    # that do not overlap any other are put back together as the row they share.
    spans = [(min(g.x0 for g in s), max(g.x1 for g in s)) for s in strands]
    apart = [i for i, (a0, a1) in enumerate(spans)
             if any(j != i and min(a1, b1) - max(a0, b0) > 0 for j, (b0, b1) in enumerate(spans))]
    if not apart:
        return [row]
    rest = [g for i, s in enumerate(strands) if i not in apart for g in s]
    out = [sorted(strands[i], key=_x0) for i in apart]
    if rest:
        out.append(sorted(rest, key=_x0))
    return out


class _Stream:
    """Each glyph's place in the content stream, looked up only for the rare rows that need it."""

    def __init__(self, glyphs: list[Glyph]):
        self.glyphs = glyphs
        self.order: dict[int, int] | None = None

    def __getitem__(self, g: Glyph) -> int:
        if self.order is None:
            self.order = {id(h): k for k, h in enumerate(self.glyphs)}
        return self.order[id(g)]


def _printed_apart(last: Glyph, g: Glyph, stream: _Stream) -> bool:
    """Do two neighbouring glyphs, a gap apart, belong to lines printed apart: not one after
    the other in the content stream, and either in other faces or sizes, or a third of an
    em apart (more than letters of a line printed in one go stand, justified or not)?  The
    end of one column's line and the start of the next column's, the one run up to the
    other across the gutter.  (A word in another face inside a line follows on in the
    stream; pieces of one column's line printed apart are joined again by join_pieces.)"""
    if g.text.isspace() or last.text.isspace():
        return False
    size = min(g.size, last.size)
    gap = g.x0 - last.x1
    if gap <= 0.05 * size:
        return False
    if last.font == g.font and abs(last.size - g.size) <= 0.02 * size and gap <= 0.3 * size:
        return False
    return abs(stream[g] - stream[last]) != 1


def build_lines(glyphs: list[Glyph]) -> list[Line]:
    """Lines, top of the page first, left to right within a row; second copies of characters
    drawn twice (shadows, overprinted bold) are dropped on the way."""
    lines: list[Line] = []
    stream = _Stream(glyphs)
    # A line drawn twice may keep copies from both drawings (the darker of each pair), and
    # the two sit a point apart in height: a kept glyph is on its neighbours' baseline when
    # the copy it stands for is.
    twins: dict[int, float] = {}

    def apart(g: Glyph, last: Glyph, limit: float) -> bool:
        if not twins:
            return True
        bases = (g.base, twins.get(id(g), g.base))
        return all(abs(a - b) > limit for a in bases for b in (last.base, twins.get(id(last), last.base)))

    for row in _rows(glyphs):
        row, _ = _drop_shadows(row, twins)
        for part in _strands(row, stream) if _overprinted(row) else [row]:
            run: list[Glyph] = []
            last = None
            for g in part:
                if last is not None:
                    size = g.size if g.size < last.size else last.size
                    gap = g.x0 - last.x1
                    # One line keeps one size and one baseline; two headlines side by side
                    # rarely share both.  A printed space (a full-width one has a box) bridges its gap.
                    # (Most glyphs stand closer than any gap _printed_apart looks at.)
                    if gap > GAP_EMS * size or (
                            (abs(g.size - last.size) > 0.05 * size or (abs(g.base - last.base) > 0.1 * size and apart(g, last, 0.1 * size)))
                            and not g.text.isspace() and not last.text.isspace()) or (
                            gap > 0.05 * size and (gap > 0.3 * size or g.font != last.font or g.size != last.size)
                            and _printed_apart(last, g, stream)):
                        lines.append(_line(run))
                        run = []
                run.append(g)
                last = g
            if run and any(not g.text.isspace() for g in run):
                lines.append(_line(run))
    return _rejoin([line for line in lines if line.text], stream)


def split_at_rules(lines: list[Line], rules: list[tuple[float, float, float, float]]) -> list[Line]:
    """Cut lines where an upright rule stands in a gap of theirs: the titles of two articles
    side by side, set a word's space apart, are two lines however close they stand."""
    upright = [r for r in rules if r[2] - r[0] < 3 and r[3] - r[1] > 0]
    if not upright:
        return lines
    out: list[Line] = []
    for line in lines:
        cuts = sorted((r[0] + r[2]) / 2 for r in upright
                      if line.x0 < r[0] and r[2] < line.x1 and r[1] <= line.y0 + 0.3 * line.size and r[3] >= line.y1 - 0.3 * line.size)
        if not cuts:
            out.append(line)
            continue
        parts: list[list[Glyph]] = [[]]
        k = 0
        for g in line.glyphs:
            while k < len(cuts) and g.x0 >= cuts[k] - 0.5:
                k += 1
                if any(not h.text.isspace() for h in parts[-1]):
                    parts.append([])
            parts[-1].append(g)
        if any(g.x0 < c < g.x1 - 0.5 for g in line.glyphs if not g.text.isspace() for c in cuts):
            out.append(line)  # a rule through a glyph is no column rule for this line
            continue
        out += [_line(part) for part in parts if any(not g.text.isspace() for g in part)]
    return out


def _copies(a: Line, b: Line) -> bool:
    """Is every glyph of the shorter line a copy of one of the other's, drawn a little apart?"""
    short, long_ = (a, b) if len(a.glyphs) <= len(b.glyphs) else (b, a)
    return all(any((_shadow(h, g) if h.x0 <= g.x0 else _shadow(g, h)) for h in long_.glyphs if abs(h.x0 - g.x0) < h.size)
               for g in short.glyphs)


def _rejoin(lines: list[Line], stream: _Stream) -> list[Line]:
    """Join the pieces of one line that fell into two rows.  Rows are cut where the baseline
    moves more than a fifth of an em from the row's first glyph, so a glyph set a little
    off its line (a closing mark in another face) can start or join the row of a
    neighbouring column's line."""
    buckets: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        buckets.setdefault(int(line.base), []).append(i)
    into = list(range(len(lines)))

    def root(i: int) -> int:
        while into[i] != i:
            into[i] = into[into[i]]
            i = into[i]
        return i

    joined = False
    for i, a in enumerate(lines):
        reach = 0.25 * a.size
        for key in range(int(a.base - reach), int(a.base + reach) + 1):
            for j in buckets.get(key, ()):
                if j <= i:
                    continue
                b = lines[j]
                size = min(a.size, b.size)
                if abs(a.size - b.size) > 0.05 * size:
                    continue
                # A shadow copy set a little lower or higher than its original, in another row.
                copy = abs(a.base - b.base) <= 0.25 * size and a.x0 < b.x1 and b.x0 < a.x1 and _copies(a, b)
                if not copy and abs(a.base - b.base) > 0.1 * size:
                    continue
                left, right = (a, b) if a.x0 <= b.x0 else (b, a)
                if not copy and right.x0 - left.x1 > GAP_EMS * size:
                    continue
                # Not text run into other text: over it, or up to it from a line printed apart.
                if not copy and (left.x1 - right.x0 > 0.5 * size or _printed_apart(left.glyphs[-1], right.glyphs[0], stream)
                                 or (left.x1 > right.x0 and _runs_over(left.glyphs[-1], right.glyphs[0])
                                     and abs(stream[right.glyphs[0]] - stream[left.glyphs[-1]]) != 1)):
                    continue
                if root(i) != root(j):
                    into[root(j)] = root(i)
                    joined = True
    if not joined:
        return lines
    groups: dict[int, list[Line]] = {}
    for i, line in enumerate(lines):
        groups.setdefault(root(i), []).append(line)
    out = []
    for i, line in enumerate(lines):
        if root(i) != i:
            continue
        members = groups[i]
        if len(members) == 1:
            out.append(line)
            continue
        # A shadow copy set a little higher than its original may have fallen in another row.
        glyphs, _ = _drop_shadows(sorted((g for m in members for g in m.glyphs), key=lambda g: g.x0))
        out.append(_line(glyphs))
    return out


def join_pieces(lines: list[Line], column: float, em: float) -> list[Line]:
    """Join pieces of one row that together still fit one column: a dateline set off by a
    wide space, a byline set flush right on the paragraph's last line.  Pieces of
    neighbouring columns never fit one column together, nor do two short ones across a
    gutter: one ending where columns end, the other starting where columns start (a byline
    flush right at the foot of one column, the last line of the next column's article)."""
    full = [l for l in lines if abs(l.x1 - l.x0 - column) <= 0.5 * em]
    starts = sorted({round(l.x0) for l in full})
    ends = sorted({round(l.x1) for l in full})

    def at(edges: list[int], x: float) -> bool:
        k = bisect.bisect_left(edges, x - 1.0)
        return k < len(edges) and edges[k] <= x + 1.0

    out: list[Line] = []
    for line in lines:  # top down, left to right within a row
        prev = out[-1] if out else None
        if (
            prev is not None
            and abs(prev.base - line.base) <= 0.2 * line.size
            and abs(prev.size - line.size) <= 0.03 * line.size
            and 0 <= line.x0 - prev.x1 <= 2.5 * line.size
            and line.x1 - prev.x0 <= column + 0.5 * em
            and not (at(ends, prev.x1) and at(starts, line.x0))
        ):
            out[-1] = Line(
                glyphs=prev.glyphs + line.glyphs, x0=prev.x0, x1=line.x1, y0=min(prev.y0, line.y0), y1=max(prev.y1, line.y1),
                base=prev.base, size=prev.size, font=prev.font, bold=prev.bold and line.bold, text=prev.text + " " + line.text,
                tail=line,
            )
            continue
        out.append(line)
    return out
