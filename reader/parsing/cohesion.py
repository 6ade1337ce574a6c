"""Lexical cohesion across a line: how much the text before it shares with the text after it.

Character pairs stand for words, each weighted by how rare it is on the
page (log of the page's length over the pair's count), so a pair every
story uses tells little (TextTiling's idea, Hearst 1997).  The texts
compared are runs of whole lines, and every run is a stretch of the page's
lines joined, so the pairs are worked out once per page, as numbers in one
array: a run's pairs are a slice of it, and comparing two runs is a few
array operations instead of building and hashing hundreds of strings per
heading.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reader.parsing.lines import Line

# Lines of text compared on each side of a heading.
COHESION_LINES = 8
# Code points fit in 21 bits: a pair of them is one 64-bit number.
_SHIFT = 21


@dataclass(frozen=True, slots=True)
class PagePairs:
    """Every character pair of a page's lines joined, as an index into its distinct pairs."""

    starts: list[int]  # where each line's text starts in the joined text; one more at the end
    pair_ids: np.ndarray  # pair_ids[k]: the distinct pair of text[k : k + 2]
    weights: np.ndarray  # per distinct pair: how rare it is on the page

    @classmethod
    def of(cls, lines: Sequence[Line]) -> "PagePairs":
        starts = [0]
        for line in lines:
            starts.append(starts[-1] + len(line.text))
        text = "".join(line.text for line in lines)
        total = len(text)
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.uint64)
        pairs = (codes[:-1] << np.uint64(_SHIFT)) | codes[1:]
        if len(pairs) == 0:
            return cls(starts, np.zeros(0, dtype=np.intp), np.zeros(0))
        _, pair_ids, counts = np.unique(pairs, return_inverse=True, return_counts=True)
        # math.log, as the weights always were; a pair's weight is worked out once per pair, not once per use.
        weights = np.array([math.log(total / c) for c in counts.tolist()])
        return cls(starts, pair_ids.reshape(-1), weights)

    def run(self, first: int, stop: int) -> np.ndarray:
        """The distinct pairs of lines[first:stop] joined, sorted."""
        return np.unique(self.pair_ids[self.starts[first] : max(self.starts[first], self.starts[stop] - 1)])


def cohesion(pairs: PagePairs, lines: Sequence[Line], i: int) -> float | None:
    """How much the text before lines[i] shares with the text after it (and
    after the heading-like lines that follow it), 0 to 1; None at the page's edges."""
    j = i + 1
    while j < len(lines) and j < i + 4 and lines[j].heading_like:
        j += 1
    before = pairs.run(max(0, i - COHESION_LINES), i)
    after = pairs.run(j, min(len(lines), j + COHESION_LINES))
    if not len(before) or not len(after):
        return None
    weights = pairs.weights
    shared = np.intersect1d(before, after, assume_unique=True)
    return float(weights[shared].sum()) / max(1e-9, min(float(weights[before].sum()), float(weights[after].sum())))
