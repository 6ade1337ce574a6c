"""The user's dictionary: phrases marked as entities elsewhere are found again."""

from __future__ import annotations

import functools
from collections.abc import Mapping

from reader.entities.wordlist import compile_words
from reader.model import ENTITY_LABELS


@functools.lru_cache(maxsize=8)
def _pattern(phrases: frozenset[str]):
    return compile_words(phrases)


def find_user_terms(text: str, terms: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """Every occurrence of a user phrase (longest first, left to right)."""
    usable = {p: lab for p, lab in terms.items() if p and lab in ENTITY_LABELS}
    if not usable or not text:
        return []
    pat = _pattern(frozenset(usable))
    return [(m.start(), m.end(), usable[m.group()]) for m in pat.finditer(text) if m.end() > m.start()]
