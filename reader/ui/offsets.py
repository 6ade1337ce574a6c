"""Code points (the core's offsets) <-> UTF-16 units (Qt's positions).

Characters outside the Basic Multilingual Plane (𠮷, emoji) are one code point
but two UTF-16 units, so every offset crossing the core/Qt boundary goes
through here. Text without such characters maps by identity at no cost.
"""

from __future__ import annotations

import re
from bisect import bisect_left

# Characters beyond the BMP. Found with a regex, which scans in C: a loop
# over the characters in Python cost 9 ms of every opening of a long article.
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def utf16_len(text: str) -> int:
    """Length of ``text`` as Qt counts it."""
    return len(text) + len(_ASTRAL.findall(text))


class OffsetMap:
    """Converts offsets within one string between code points and UTF-16 units."""

    __slots__ = ("_astral_cp", "_astral_u16", "cp_length", "u16_length")

    def __init__(self, text: str) -> None:
        # Code-point indices of the astral characters, and their UTF-16 positions.
        # Kept sorted, so each conversion is one binary search.
        self._astral_cp = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_u16 = [i + rank for rank, i in enumerate(self._astral_cp)]
        self.cp_length = len(text)
        self.u16_length = len(text) + len(self._astral_cp)

    def to_utf16(self, cp: int) -> int:
        """UTF-16 position of code-point offset ``cp`` (0 <= cp <= len(text))."""
        if not self._astral_cp:
            return cp
        return cp + bisect_left(self._astral_cp, cp)

    def to_code_point(self, u16: int) -> int:
        """Code-point offset of UTF-16 position ``u16``.

        A position inside a surrogate pair rounds down to the character's start,
        so a selection can never cut a character in half.
        """
        if not self._astral_u16:
            return u16
        return u16 - bisect_left(self._astral_u16, u16)
