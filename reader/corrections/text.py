"""Finding text again when spacing and paragraph breaks may differ (a newer parser joins lines its own way)."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s")
_NON_SPACE = re.compile(r"\S")


def compact(text: str | None) -> str:
    """The text without any whitespace (spaces, ideographic spaces, line breaks)."""
    return _SPACE.sub("", text or "")


class CompactText:
    """A text without whitespace, with the way back to offsets in the original."""

    __slots__ = ("text", "_index")

    def __init__(self, original: str) -> None:
        # _index[k] is the original offset of compact character k; one past the end maps to len(original).
        self._index = [m.start() for m in _NON_SPACE.finditer(original)] + [len(original)]
        self.text = _SPACE.sub("", original)

    def original(self, k: int) -> int:
        return self._index[k]

    def original_end(self, k: int) -> int:
        """The original offset just after compact character k-1 (the end of a compact span ending at k)."""
        return self._index[k - 1] + 1 if k > 0 else 0

    def find_all(self, needle: str) -> list[int]:
        found, i = [], self.text.find(needle)
        while needle and i != -1:
            found.append(i)
            i = self.text.find(needle, i + 1)
        return found


def head(text: str, n: int) -> str:
    return compact(text)[:n]


def tail(text: str, n: int) -> str:
    c = compact(text)
    return c[-n:] if n else ""


def same_text(a: str | None, b: str | None) -> bool:
    return compact(a) == compact(b)


def common_ends(old: str, new: str) -> tuple[int, int]:
    """Lengths of the common prefix and of the common suffix (not overlapping it) of two texts."""
    limit = min(len(old), len(new))
    p = 0
    while p < limit and old[p] == new[p]:
        p += 1
    s = 0
    while s < limit - p and old[-1 - s] == new[-1 - s]:
        s += 1
    return p, s
