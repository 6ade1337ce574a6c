"""Cut text into model-sized pieces, keeping their code-point offsets.

The tagger was trained on sentences; very long inputs are slow to decode and
rarely need context from far away. Pieces end after sentence punctuation or a
newline; a piece still longer than ``max_len`` is cut after a comma-like mark,
and only as a last resort in the middle of a run of characters.
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[。！？!?；;…\n]+[”’」』)）]*")
_SOFT_BREAK = re.compile(r"[，,、：:）)」』”]")
_HAS_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")

MAX_LEN = 120


def sentences(text: str, max_len: int = MAX_LEN) -> list[tuple[int, int]]:
    """[start, end) of each piece; pieces cover the text except bare newlines."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        _add(text, start, m.end(), max_len, pieces)
        start = m.end()
    _add(text, start, len(text), max_len, pieces)
    return pieces


def _add(text: str, start: int, end: int, max_len: int, out: list[tuple[int, int]]) -> None:
    # Leading/trailing newlines and spaces carry nothing for the tagger.
    while start < end and text[start] in "\n\r \t\u3000":
        start += 1
    while end > start and text[end - 1] in "\n\r":
        end -= 1
    while end - start > max_len:
        cut = None
        for m in _SOFT_BREAK.finditer(text, start + max_len // 3, start + max_len):
            cut = m.end()
        if cut is None:
            cut = start + max_len
        out.append((start, cut))
        start = cut
    if end > start:
        out.append((start, end))


def has_cjk(text: str) -> bool:
    return _HAS_CJK.search(text) is not None
