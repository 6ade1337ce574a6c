"""Photo captions: the extractor prints them twice («颁奖现场颁奖现场。。»)."""

from __future__ import annotations

import math
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
    if n < 4 or n > 2 * MAX_CAPTION_CHARS or text.find(text[0], 1) < 0:
        return None
    if n >= 4 and n % 2 == 0 and text[: n // 2] == text[n // 2 :]:
        half = text[: n // 2]
        if len(HAN_RE.findall(half)) >= 2 and (len(half) >= 3 or _TRAILING_PUNCT.search(half)):
            return DoubledCaption(half, half)
    match = _TRAILING_PUNCT.search(text)
    if match is None:
        return None
    # Only the final marks are doubled; a closing bracket before them belongs
    # to the words («…（某地）…（某地）。。»), so try each split of the run.
    run = len(match.group(0))
    for m in range(1, run // 2 + 1):
        tail = text[n - 2 * m :]
        if tail[:m] != tail[m:]:
            continue
        core = text[: n - 2 * m]
        half = len(core) // 2
        if len(core) >= 4 and len(core) % 2 == 0 and core[:half] == core[half:] and len(HAN_RE.findall(core[:half])) >= 2:
            caption = core[:half] + tail[:m]
            return DoubledCaption(caption, caption)
    return None


def _bigrams(text: str) -> set[str]:
    return {a + b for a, b in zip(text, text[1:]) if HAN_RE.match(a) and HAN_RE.match(b)}


# A photo sits beside the articles printed near it: a caption is compared
# with the articles within this many of where it was printed, not with every
# article of the input (a newspaper page holds fewer; an input of thousands of
# concatenated pages would otherwise cost captions x articles).
NEIGHBOURS = 12


def candidate_window(position: int, count: int) -> range:
    """The indices of the articles a caption printed at article ``position`` is compared with."""
    start = max(0, min(position - NEIGHBOURS, count - 2 * NEIGHBOURS - 1))
    return range(start, min(count, start + 2 * NEIGHBOURS + 1))


def best_article(caption: str, article_texts: Sequence[str], preferred: int | None = None) -> int | None:
    """Index of the article the caption belongs to, or None if no article shares a word with it.

    Words are approximated by Han character bigrams, each weighted by how
    rare it is among the articles given (a word every article uses tells
    nothing).  A caption printed inside an article stays there if it shares
    any word with it.  Ties go to the article sharing more single characters,
    then to the earlier article.
    """
    grams = _bigrams(caption)
    if not grams:
        return preferred
    holders = {gram: [i for i, text in enumerate(article_texts) if gram in text] for gram in grams}
    if preferred is not None and any(preferred in found for found in holders.values()):
        return preferred
    n = len(article_texts)
    scores = [0.0] * n
    for found in holders.values():
        weight = math.log((n + 1) / len(found)) if found else 0.0
        for index in found:
            scores[index] += weight
    if not any(scores):
        return None
    chars = set(HAN_RE.findall(caption))
    return max(
        (i for i in range(n) if scores[i] > 0),
        key=lambda i: (round(scores[i], 9), sum(1 for ch in chars if ch in article_texts[i]), -i),
    )
