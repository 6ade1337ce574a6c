"""Lexical cohesion across a line: how much the text before it shares with the text after it.

Character pairs stand for words, each weighted by how rare it is on the
page (log of the page's length over the pair's count), so a pair every
story uses tells little (TextTiling's idea, Hearst 1997).  The texts
compared are runs of whole lines, and every run is a stretch of the page's
lines joined, so the whole page is worked out at once, as arrays over the
joined text: each position knows its pair's weight and where the same pair
occurred last.  A pair counts once in a run where it occurs first in the
run, and the text before a heading holds a pair of the text after it when
the pair's last occurrence before the heading lies inside it; no per-heading
sets of strings.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np

from reader.parsing.lines import Line

# Lines of text compared on each side of a heading; heading-like lines after it that are skipped.
COHESION_LINES = 8
_HEADING_LINES = 3
# Code points fit in 21 bits: a pair of them is one 64-bit number.
_SHIFT = 21


class PagePairs:
    """Every character pair of a page's lines joined, with its weight and its previous occurrence."""

    def __init__(self, lines: Sequence[Line]) -> None:
        self.lines = lines
        lengths = [len(line.text) for line in lines]
        self.starts = np.zeros(len(lines) + 1, dtype=np.int64)
        np.cumsum(lengths, out=self.starts[1:])
        text = "".join(line.text for line in lines)
        total = len(text)
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)
        pairs = (codes[:-1] << _SHIFT) | codes[1:]
        count = len(pairs)
        self.weight = np.zeros(count)
        # The position of the same pair before, or -1.  Positions fit in 32 bits
        # (a page is at most 16 MiB), and the arrays below are gathered by the
        # million: half the bytes, less time.
        self.prev = np.full(count, -1, dtype=np.int32)
        if count:
            order, new = _grouped(codes, pairs)
            # Per group of equal pairs (in pair order): its count, and from it
            # its weight, math.log as the weights always were, once per distinct count.
            firsts = np.flatnonzero(new)
            counts = np.diff(firsts, append=count)
            distinct, which = np.unique(counts, return_inverse=True)
            weights = np.array([math.log(total / c) for c in distinct.tolist()])[which]
            self.weight[order] = np.repeat(weights, counts)
            earlier = np.empty(count, dtype=np.int32)
            earlier[0] = -1
            earlier[1:] = order[:-1]
            earlier[new] = -1
            self.prev[order] = earlier
        self.heading = np.array([line.heading_like for line in lines], dtype=bool)
        self.values: dict[int, float | None] = {}

    def compute(self, indices: Iterable[int]) -> None:
        """Work out cohesion() for all these lines at once."""
        at = np.array(sorted(set(indices) - self.values.keys()), dtype=np.int64)
        if not len(at):
            return
        n = len(self.lines)
        starts = self.starts
        j = at + 1
        for _ in range(_HEADING_LINES):
            step = j < n
            step[step] &= self.heading[j[step]]
            step &= j < at + 1 + _HEADING_LINES
            j = j + step
        # (Positions fit in 32 bits: the bounds are gathered per position below.)
        starts = starts.astype(np.int32)
        before_start = starts[np.maximum(0, at - COHESION_LINES)]
        before_stop = np.maximum(before_start, starts[at] - 1)
        after_start = starts[np.minimum(j, n)]
        after_stop = np.maximum(after_start, starts[np.minimum(n, j + COHESION_LINES)] - 1)
        b_pos, b_run = _positions(before_start, before_stop)
        a_pos, a_run = _positions(after_start, after_stop)
        prev, weight = self.prev, self.weight
        b_first = prev[b_pos] < before_start[b_run]
        a_first = prev[a_pos] < after_start[a_run]
        b_weight = np.bincount(b_run[b_first], weights=weight[b_pos[b_first]], minlength=len(at))
        a_weight = np.bincount(a_run[a_first], weights=weight[a_pos[a_first]], minlength=len(at))
        # The last occurrence before the heading of each pair of the text after it.
        first_pos, first_run = a_pos[a_first], a_run[a_first]
        last = prev[first_pos]
        limit = before_stop[first_run]
        # (Only the few that lie inside the heading lines are followed further back.)
        behind = np.flatnonzero(last >= limit)
        while len(behind):
            last[behind] = prev[last[behind]]
            behind = behind[last[behind] >= limit[behind]]
        shared = last >= before_start[first_run]
        s_weight = np.bincount(first_run[shared], weights=weight[first_pos[shared]], minlength=len(at))
        empty = (before_stop <= before_start) | (after_stop <= after_start)
        for k, i in enumerate(at.tolist()):
            if empty[k]:
                self.values[i] = None
            else:
                self.values[i] = float(s_weight[k]) / max(1e-9, min(float(b_weight[k]), float(a_weight[k])))


# Below this many pairs one stable sort is cheaper than renumbering the characters.
_RADIX_FROM = 1 << 16


def _grouped(codes: np.ndarray, pairs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The positions of ``pairs`` ordered by pair, then position (a stable argsort), and
    where in that order a new pair begins.

    A page has at most a few thousand distinct characters: renumbered densely
    they fit in 16 bits, and two stable sorts of 16-bit numbers (radix sorts,
    by the second character, then by the first) order the pairs of a big
    page in a fraction of the time a stable sort of the 42-bit pairs takes.
    Either way the order is the same.  The renumbered pairs fit in 32 bits,
    so telling where a new pair begins gathers half the bytes.
    """
    if len(pairs) < _RADIX_FROM:
        order = np.argsort(pairs, kind="stable")
        return order, _starts_of_runs(pairs[order])
    present = np.zeros(0x110000, dtype=bool)
    present[codes] = True
    distinct = np.flatnonzero(present)
    if len(distinct) > _MAX_RENUMBERED:
        order = np.argsort(pairs, kind="stable")
        return order, _starts_of_runs(pairs[order])
    number = np.empty(0x110000, dtype=np.uint16)
    number[distinct] = np.arange(len(distinct), dtype=np.uint16)
    rank = number[codes]
    by_second = np.argsort(rank[1:], kind="stable")
    order = by_second[np.argsort(rank[:-1][by_second], kind="stable")]
    dense = rank[:-1].astype(np.int32) * len(distinct) + rank[1:]
    return order, _starts_of_runs(dense[order])


# Renumbered characters whose pairs still fit in a 32-bit number.
_MAX_RENUMBERED = 46340


def _starts_of_runs(ordered: np.ndarray) -> np.ndarray:
    new = np.empty(len(ordered), dtype=bool)
    new[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    return new


def _positions(start: np.ndarray, stop: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every position of the runs [start, stop) laid end to end, and the run each belongs to."""
    lengths = stop - start
    run = np.repeat(np.arange(len(start), dtype=np.int32), lengths)
    shift = (start - (np.cumsum(lengths) - lengths)).astype(np.int32)  # from a position in the runs laid end to end to its place on the page
    return np.arange(int(lengths.sum()), dtype=np.int32) + shift[run], run


def cohesion(pairs: PagePairs, i: int) -> float | None:
    """How much the text before lines[i] shares with the text after it (and
    after the heading-like lines that follow it), 0 to 1; None at the page's edges."""
    if i not in pairs.values:
        pairs.compute((i,))
    return pairs.values[i]
