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
    """Recognise a caption line printed twice, in any of the three ways seen.

    «颁奖现场颁奖现场。。»: the words twice, then the final punctuation twice;
    «颁奖现场。颁奖现场。»: the whole caption twice;
    «兽兽医医为为牲畜牲畜注射注射疫苗疫苗。。»: a shadow copy drawn a little
    offset, which an extractor reading characters by position interleaves
    with the caption piece by piece.
    """
    text = line.strip()
    found = _undouble_halves(text)
    if found is None:
        found = _uninterleave(text)
    return found if found is not None else _doubled_mark(text)


# The shadow of a caption drawn exactly over it shows only in its last mark.
_DOUBLED_MARK = re.compile(r"([。）)])\1$")
_DOUBLED_ENDS = frozenset({"。。", "））", "))"})


def _doubled_mark(text: str) -> DoubledCaption | None:
    """«图为运动员在速度滑冰比赛中。。»: a caption whose shadow coincides with it
    but for its final mark, which an extractor prints twice (no sentence ends so)."""
    if text[-2:] not in _DOUBLED_ENDS and not text.endswith("\n"):  # (cheap test first)
        return None
    match = _DOUBLED_MARK.search(text)
    if match is None or len(text) > MAX_CAPTION_CHARS + 1 or len(HAN_RE.findall(text)) < 3:
        return None
    if text.endswith(("））", "))")) and text.count("（") + text.count("(") != text.count("）") + text.count(")") - 1:
        return None  # «（…（…））»: both brackets closed, nothing doubled
    return DoubledCaption(text[:-1], text[-1])


def _undouble_halves(text: str) -> DoubledCaption | None:
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


def _uninterleave(text: str) -> DoubledCaption | None:
    """The caption when ``text`` (spaces aside) is every piece of it printed twice in a row."""
    # (Cheap test first: the first piece is printed twice, so the first character comes again.)
    if len(text) < 8 or text.find(text.lstrip()[:1], len(text) - len(text.lstrip()) + 1) < 0:
        return None
    squashed = "".join(text.split())
    n = len(squashed)
    if n < 8 or n % 2 or n > 2 * MAX_CAPTION_CHARS:
        return None
    # The first piece is printed twice at the very start.
    again = squashed.find(squashed[0], 1)
    if again < 0 or again > 8 or squashed[:again] != squashed[again : 2 * again]:
        return None
    pieces = _pieces(squashed)
    if pieces is None or len(pieces) < 2:
        return None
    caption_chars = "".join(pieces)
    if len(HAN_RE.findall(caption_chars)) < 3 or not (_TRAILING_PUNCT.search(caption_chars) or caption_chars.endswith("摄")):
        return None
    # The spaces of the caption («… 马桂娟 摄»): those after the second copy
    # of each piece (the first copy's last space runs into the second copy).
    spaced = _spaced_positions(text)
    out: list[str] = []
    at = 0
    for piece in pieces:
        for k, ch in enumerate(piece):
            out.append(ch)
            if (at + len(piece) + k) in spaced:
                out.append(" ")
        at += 2 * len(piece)
    caption = "".join(out).strip()
    duplicate = caption.replace(" ", "")
    return DoubledCaption(caption, duplicate)


def _spaced_positions(text: str) -> set[int]:
    """Indices (into the text without spaces) of characters a space follows."""
    out: set[int] = set()
    index = -1
    for ch in text.strip():
        if ch.isspace():
            if index >= 0:
                out.add(index)
        else:
            index += 1
    return out


def _pieces(squashed: str) -> list[str] | None:
    """Split into pieces each printed twice («牲畜牲畜»), shortest pieces first; None if impossible."""
    n = len(squashed)
    # Shortest first, with backtracking over a small memo of dead ends.
    dead: set[int] = set()

    def walk(at: int) -> list[str] | None:
        if at == n:
            return []
        if at in dead:
            return None
        for k in range(1, (n - at) // 2 + 1):
            if squashed[at : at + k] == squashed[at + k : at + 2 * k]:
                rest = walk(at + 2 * k)
                if rest is not None:
                    return [squashed[at : at + k], *rest]
        dead.add(at)
        return None

    return walk(0)


def shadow_run(lines: Sequence[str]) -> tuple[str, list[tuple[int, str]], int] | None:
    """A caption printed with a shadow copy that an extractor spread over
    several lines, starting at ``lines[0]``: (caption, the duplicate pieces
    as (index into ``lines``, text), how many lines it took).

    Two forms: the same line twice («兽医为牲畜注射疫苗。» / «兽医为牲畜注射疫苗。»),
    and a cascade where each line starts with the last word of the one
    before («除雪车辆在主干道作业。» / «除雪车辆在主干道作业。 马桂娟» / «马桂娟 摄» / «摄»).
    """
    if len(lines) < 2:
        return None
    first, second = lines[0].strip(), lines[1].strip()
    if not second.startswith(first[:4]) or len(first) < 4 or len(first) > MAX_CAPTION_CHARS or len(HAN_RE.findall(first)) < 3:
        return None
    if second == first:
        if not _caption_end(first):
            return None
        return first, [(1, second)], 2
    if not second.startswith(first + " ") and not second.startswith(first + "\u3000"):
        return None
    caption = second
    duplicates = [(0, first)]
    used = 2
    while used < len(lines) and used < 8:
        last_word = caption.split()[-1]
        nxt = lines[used].strip()
        if nxt == last_word:
            duplicates.append((used, nxt))
            used += 1
            break
        if not nxt.startswith(last_word + " ") or len(caption) + len(nxt) > MAX_CAPTION_CHARS + 20:
            break
        duplicates.append((used, last_word))
        caption = caption + nxt[len(last_word) :]
        used += 1
    if not _caption_end(caption):
        return None
    return caption, duplicates, used


def _caption_end(text: str) -> bool:
    return _TRAILING_PUNCT.search(text) is not None or text.endswith("摄")


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
    # (The article it was printed inside is asked first: when it shares a word, no other is looked at.)
    if preferred is not None and any(gram in article_texts[preferred] for gram in grams):
        return preferred
    holders = {gram: [i for i, text in enumerate(article_texts) if gram in text] for gram in grams}
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
