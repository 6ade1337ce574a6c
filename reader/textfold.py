"""Traditional/simplified folding for search: one code point in, one code point out.

Search compares text in a *folded* form: every traditional character becomes
OpenCC's default simplified form (resources/opencc/TSCharacters.txt) and
ASCII capitals become small letters (the index's tokenizer folds those too).
Both the index and every query are folded, so 警察 and 發展 find their
counterparts in either script. Folding never changes the length of a text
in code points, so the offsets of a hit in folded text are its offsets in
the printed text, which is what the reader shows.
"""

from __future__ import annotations

import functools
import re

from reader.paths import resource_path


@functools.cache
def table() -> dict[int, str]:
    """Code point -> its folded character, for every character that folding changes."""
    first: dict[str, str] = {}
    path = resource_path("opencc", "TSCharacters.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        key, _tab, values = line.partition("\t")
        candidates = values.split(" ")
        # A character table maps single characters; anything else would move offsets.
        if len(key) == 1 and candidates and len(candidates[0]) == 1 and candidates[0] != key:
            first[key] = candidates[0]
    mapping: dict[int, str] = {}
    for key, value in first.items():
        seen = {key}
        # A few simplified candidates are themselves traditional forms (薴 → 苧 → 苎): follow to the end.
        while value in first and value not in seen:
            seen.add(value)
            value = first[value]
        mapping[ord(key)] = value
    for upper in range(ord("A"), ord("Z") + 1):
        mapping[upper] = chr(upper + 32)
    return mapping


@functools.cache
def _changing() -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(table())) + "]")


def fold(text: str) -> str:
    """The text as search compares it (same length in code points)."""
    # Most texts are simplified with few capitals: a scan is much cheaper than translating.
    if not text or _changing().search(text) is None:
        return text
    return text.translate(table())


@functools.cache
def _variants() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for code, folded in table().items():
        groups.setdefault(folded, {folded}).add(chr(code))
    return {folded: frozenset(members) for folded, members in groups.items()}


def variants(char: str) -> frozenset[str]:
    """Every character that folds to the same character as ``char`` (``char`` included)."""
    folded = fold(char)
    return _variants().get(folded, frozenset((folded, char)))


def is_stable(text: str) -> bool:
    """True when no other character folds like any character of ``text``: plain comparison is exact."""
    return all(len(variants(c)) == 1 for c in text)
