"""Photo captions: the extractor prints them twice («颁奖现场颁奖现场。。»)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.parsing.text import HAN_RE

# A caption is a line or two under a photo; a longer repeated text is not one.
MAX_CAPTION_CHARS = 80
_TRAILING_PUNCT = re.compile(r"[。！？!?.…”’）)]+$")


@dataclass(frozen=True, slots=True)
class DoubledCaption:
    caption: str  # what the photo's caption says
    duplicate: str  # the second copy the extractor added


def undouble(line: str) -> DoubledCaption | None:
    """Recognise a caption line printed twice, in either of the two ways seen.

    «颁奖现场颁奖现场。。»: the words twice, then the final punctuation twice;
    «颁奖现场。颁奖现场。»: the whole caption twice.
    """
    text = line.strip()
    n = len(text)
    # Both forms repeat the first character at the middle: a cheap test that
    # rules out nearly every body line.
    if n < 4 or n > 2 * MAX_CAPTION_CHARS or text[0] not in text[1:]:
        return None
    if n >= 4 and n % 2 == 0 and text[: n // 2] == text[n // 2 :]:
        half = text[: n // 2]
        if len(HAN_RE.findall(half)) >= 2 and (len(half) >= 3 or _TRAILING_PUNCT.search(half)):
            return DoubledCaption(half, half)
    match = _TRAILING_PUNCT.search(text)
    if match is None:
        return None
    core, tail = text[: match.start()], match.group(0)
    if len(tail) % 2 or tail[: len(tail) // 2] != tail[len(tail) // 2 :]:
        return None
    m = len(core)
    if m < 4 or m % 2 or core[: m // 2] != core[m // 2 :]:
        return None
    words = core[: m // 2]
    if len(HAN_RE.findall(words)) < 2:
        return None
    caption = words + tail[: len(tail) // 2]
    return DoubledCaption(caption, caption)


def _bigrams(text: str) -> set[str]:
    return {a + b for a, b in zip(text, text[1:]) if HAN_RE.match(a) and HAN_RE.match(b)}


def best_article(caption: str, article_texts: Sequence[str], preferred: int | None = None) -> int | None:
    """Index of the article sharing most words with the caption, None if none does.

    Words are approximated by Han character bigrams; ties go to the article
    sharing more single characters, then to ``preferred`` (the article the
    caption was printed inside), then to the earlier article.
    """
    cap_bigrams = _bigrams(caption)
    cap_chars = set(HAN_RE.findall(caption))
    if not cap_bigrams:
        return preferred
    best: tuple[int, int, int] | None = None
    best_index: int | None = None
    for index, text in enumerate(article_texts):
        shared = sum(1 for gram in cap_bigrams if gram in text)
        if shared == 0:
            continue
        chars = sum(1 for ch in cap_chars if ch in text)
        key = (shared, chars, 1 if index == preferred else 0)
        if best is None or key > best:
            best, best_index = key, index
    return best_index
