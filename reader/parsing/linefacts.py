"""The facts of every line of a page at once, over one array of code points.

Asking each line in Python what it holds (its width, whether it ends a
sentence, whether any step could take it apart) costs microseconds a line,
and a page can have hundreds of thousands of lines.  Here the page's lines
are laid end to end as one array of code points, a table gives each code
point its character classes, and per-line counts and "holds any" bits come
from one reduction each.  The results are the same numbers as
text.cell_width, text.is_terminal and text.heading_like give line by line
(tests/parsing/test_fast_paths.py checks); where a class bit only says a
line *may* qualify (a closing quote at the end may or may not end a
sentence), the plain test runs on those few lines.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reader.parsing.text import HALF_CELL_PUNCT, heading_like, is_terminal

# Character classes, one bit each.
SPACE = 1  # not counted in the width (text.cell_width)
HALF = 2  # half a cell wide
NOT_HEADING = 4  # a mark no headline line holds (text.heading_like)
PAIRED = 8  # a quotation mark or bracket that must be closed on a headline line
SENTENCE = 16  # sentence punctuation: no furniture line holds it (furniture.py, sorting.py)
TERMINAL_END = 32  # a line ending with it may end a sentence (text.is_terminal)
TERMINAL_MARK = 64  # a line ending with it does end a sentence
UNFINISHED = 128  # a line ending with it is an unfinished clause (text.heading_like)
OPENING = 256  # a bracket a jump line opens with (furniture.py)
CAPTION_END = 512  # the last character of every doubled caption (captions.undouble)
TRAILING = 1024  # a caption's final mark, which a doubled caption may print twice (captions._TRAILING_PUNCT)
CLOSING = 2048  # a bracket a jump mark closes with (furniture.py)
JUMP_WORD = 4096  # «版», «页»: every jump mark names one (furniture.JUMP_RE)
NUMBER = 8192  # a digit or numeral of a band value (sorting._BAND_NUMBER)
WHITESPACE = 1 << 19  # str.isspace (str.split and str.strip take it away)
PAGE_START = 1 << 20  # what a page number opens with (furniture._PAGE_NUMBER_RE), but for digits beyond ASCII
# One character each of the five signs of an edition header (identity.signs) needs.
SIGNS = (1 << 14, 1 << 15, 1 << 16, 1 << 17, 1 << 18)

_CLASSES = {
    SPACE: " \t\u3000\u00a0",
    HALF: "".join(map(chr, range(0x21, 0x7F))) + HALF_CELL_PUNCT,
    NOT_HEADING: "。；，（",
    PAIRED: "“”《》（）()‘’",
    SENTENCE: "，。；！？",
    TERMINAL_END: "。！？!?…”’」』）)》",
    TERMINAL_MARK: "。！？!?…",
    UNFINISHED: "，、：:；,;",
    OPENING: "（(",
    CAPTION_END: "。！？!?.…”’）)摄",
    TRAILING: "。！？!?.…”’）)",
    CLOSING: "）)",
    JUMP_WORD: "版页",
    NUMBER: "0123456789０１２３４５６７８９〇零一二三四五六七八九十",
    PAGE_START: "-—－–·第ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    SIGNS[0]: "年",  # a date
    SIGNS[1]: "星周",  # a weekday
    SIGNS[2]: ":：",  # an editor's role
    SIGNS[3]: "版",  # «第N版»
    SIGNS[4]: "闻综专刊评视",  # a section word: 新闻 要闻 综合 专版 专刊 副刊 时评 视点
}


# (Every whitespace character lies below U+3001.)
_CLASSES[WHITESPACE] = "".join(ch for ch in map(chr, range(0x3001)) if ch.isspace())


def class_table(classes: dict[int, str]) -> np.ndarray:
    """A uint32 per code point (surrogates included): the OR of the classes it is in."""
    table = np.zeros(0x110000, dtype=np.uint32)
    for bit, chars in classes.items():
        table[[ord(ch) for ch in chars]] |= bit
    return table


_TABLE = class_table(_CLASSES)


def code_points(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """The texts laid end to end as code points, and where each text starts (plus the end)."""
    lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
    starts = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(lengths, out=starts[1:])
    codes = np.frombuffer("".join(texts).encode("utf-32-le", "surrogatepass"), dtype="<u4")
    return codes, starts


@dataclass(slots=True)
class LineFacts:
    """Per text (all non-empty): the facts every line is asked for, and its class bits."""

    lengths: np.ndarray
    spaces: np.ndarray  # characters of class SPACE
    width: list[float]  # text.cell_width
    terminal: list[bool]  # text.is_terminal
    heading: list[bool]  # text.heading_like
    holds: np.ndarray  # OR of the classes of its characters
    first: np.ndarray  # classes of its first character
    last: np.ndarray  # classes of its last character
    before_last: np.ndarray  # classes of the character before it (0 for a text of one)
    codes: np.ndarray
    starts: np.ndarray


def line_facts(texts: Sequence[str]) -> LineFacts:
    """The facts of non-empty, stripped texts (a line's own whitespace is its own, see cell_width)."""
    codes, starts = code_points(texts)
    n = len(texts)
    lengths = starts[1:] - starts[:-1]
    if n == 0:
        empty = np.zeros(0, dtype=np.uint32)
        return LineFacts(lengths, lengths, [], [], [], empty, empty, empty, empty, codes, starts)
    classes = _TABLE[codes]
    heads = starts[:-1]
    holds = np.bitwise_or.reduceat(classes, heads)
    first = classes[heads]
    last = classes[starts[1:] - 1]
    before_last = np.where(lengths > 1, classes[np.maximum(starts[1:] - 2, 0)], 0).astype(np.uint32)
    spaces = np.add.reduceat(classes & SPACE, heads, dtype=np.int64)
    halves = np.add.reduceat((classes & HALF) >> 1, heads, dtype=np.int64)
    width = (lengths - spaces - 0.5 * halves).tolist()
    terminal = (last & TERMINAL_MARK) != 0
    unsure = np.flatnonzero(((last & TERMINAL_END) != 0) & ~terminal)
    heading = ((holds & NOT_HEADING) == 0) & ((last & UNFINISHED) == 0)
    paired = np.flatnonzero(heading & ((holds & PAIRED) != 0))
    terminal, heading = terminal.tolist(), heading.tolist()
    for k in unsure.tolist():
        terminal[k] = is_terminal(texts[k])
    for k in paired.tolist():
        heading[k] = heading_like(texts[k])
    return LineFacts(lengths, spaces, width, terminal, heading, holds, first, last, before_last, codes, starts)
