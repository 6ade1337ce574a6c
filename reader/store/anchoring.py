"""Finding an annotated passage again after the article text changed (pure functions).

An annotation remembers its offsets, the quoted text, and a few characters
of context on each side. After a re-parse the offsets may point elsewhere;
the quote plus its context usually identifies the passage again.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT_CHARS = 32


def context_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The prefix and suffix stored with an annotation of text[start:end]."""
    return text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]


@dataclass(frozen=True, slots=True)
class Placement:
    start: int
    end: int
    exact_context: bool  # prefix and suffix both still surround the quote
    context_score: int  # characters of context that still agree


def _common_suffix_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


def _common_prefix_len(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _occurrences(text: str, quote: str) -> list[int]:
    found = []
    i = text.find(quote)
    while i != -1:
        found.append(i)
        i = text.find(quote, i + 1)
    return found


def place_quote(text: str, quote: str, prefix: str, suffix: str, old_start: int) -> Placement | None:
    """Where ``quote`` most likely is in ``text`` now, or None when it is not there at all.

    Preference: an occurrence whose stored prefix and suffix still surround it
    (the nearest to the old offset if several), else the occurrence whose
    surroundings agree with the most context characters, ties going to the
    one nearest the old offset. The old offset itself therefore wins whenever
    the quote and its context are still there, so unchanged annotations keep
    their offsets, yet a short quote («的») that merely happens to sit at the
    old offset does not capture an annotation whose context moved elsewhere.
    """
    if not quote:
        return None
    candidates = _occurrences(text, quote)
    if not candidates:
        return None

    def score(i: int) -> tuple[bool, int]:
        before = text[max(0, i - len(prefix)) : i]
        after = text[i + len(quote) : i + len(quote) + len(suffix)]
        exact = before == prefix and after == suffix
        return exact, _common_suffix_len(prefix, before) + _common_prefix_len(suffix, after)

    best = max(candidates, key=lambda i: (*score(i), -abs(i - old_start)))
    exact, agreed = score(best)
    return Placement(best, best + len(quote), exact, agreed)
