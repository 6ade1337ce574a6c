"""Choose one label per stretch of text from overlapping candidates."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping


def resolve(candidates: Iterable[tuple[int, int, str]], priority: Mapping[str, int]) -> list[tuple[int, int, str]]:
    """Greedy: higher priority first, then longer, then earlier; keep a
    candidate only if it overlaps nothing kept. Labels of the form
    ``USER:LOC`` and the internal ``ROAD`` come out as plain labels.
    Returns sorted, non-overlapping (start, end, label).
    """
    def rank(c: tuple[int, int, str]) -> tuple:
        kind = "USER" if c[2].startswith("USER:") else c[2]
        return (-priority.get(kind, 0), -(c[1] - c[0]), c[0])

    starts: list[int] = []
    kept: list[tuple[int, int, str]] = []
    for a, b, lab in sorted(set(candidates), key=rank):
        if b <= a:
            continue
        i = bisect.bisect_right(starts, a)
        if i > 0 and kept[i - 1][1] > a:
            continue
        if i < len(kept) and kept[i][0] < b:
            continue
        starts.insert(i, a)
        kept.insert(i, (a, b, _public_label(lab)))
    return kept


def _public_label(label: str) -> str:
    if label.startswith("USER:"):
        return label[5:]
    if label == "ROAD":
        return "LOC"
    return label
