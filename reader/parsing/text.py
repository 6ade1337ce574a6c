"""Character classes, display width and the text normalisations the parser applies.

Widths are in display cells of a printed column: a Han character fills one
cell, while full-width punctuation is set compressed (about half a cell) and
half-width digits and Latin letters take half a cell.  Spaces are counted as
nothing because the extractor invents them on loosely set lines.
"""

from __future__ import annotations

import re

# Punctuation that typesetters compress to about half a cell.
HALF_CELL_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】「」『』·"
_HALF = re.compile(r"[\x21-\x7e" + re.escape(HALF_CELL_PUNCT) + "]")

# Han ideographs, including the supplementary planes (𠮷 and friends).
_HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN_RE = re.compile(f"[{_HAN}]")

# A sentence (and so possibly a paragraph) ends with one of these, optionally
# followed by closing quotes or brackets.
_TERMINAL = re.compile(r"[。！？!?…](?:[”’」』）)》]*)$")

_TERMINAL_LAST = frozenset("。！？!?…”’」』）)》")

_UNFINISHED_ENDINGS = ("，", "、", "：", ":", "；", ",", ";")
_PAIRS = (("“", "”"), ("《", "》"), ("（", "）"), ("(", ")"), ("‘", "’"))

_ASCII_WORD = r"[\x21-\x7e]"
# A space survives in body text only between two half-width (Latin) characters:
# that is a real word gap; every other space was put there by the extractor.
_BODY_SPACES = re.compile(rf"(?<!{_ASCII_WORD})\s+|\s+(?!{_ASCII_WORD})")
_MULTI_SPACE = re.compile(r"\s+")


# Letter-spaced text: characters standing one space apart.
_SINGLE_GAP = re.compile(r"(?<=\S) (?=\S)")
_WIDE_GAP = re.compile(r"\s{2,}")


def unspace_letters(text: str) -> str:
    """Close up a letter-spaced line («健 身 步 道 连 起»): extractors print the
    tracking of a headline, or the justification of a loose line, as a space
    between every character.  A gap wider than the tracking (two spaces or
    more) is a real gap and stays as one space.  Other lines come back as
    they are."""
    if text.count(" ") < 3:
        return text
    tokens = text.split()
    if len(tokens) < 4:
        return text
    singles = sum(1 for token in tokens if len(token) == 1)
    if singles * 5 < len(tokens) * 3:
        return text
    parts = _WIDE_GAP.split(text.strip())
    return " ".join(_SINGLE_GAP.sub("", part) for part in parts)


def cell_width(line: str) -> float:
    """Display width of a line in cells (see module docstring)."""
    spaces = line.count(" ") + line.count("\t") + line.count("\u3000") + line.count("\u00a0")  # the spaces of the module docstring
    return len(line) - spaces - 0.5 * len(_HALF.findall(line))


def is_terminal(line: str) -> bool:
    """True when the line ends a sentence (the usual last line of a paragraph)."""
    line = line.rstrip()
    # (Cheap test first: the pattern ends the line, so its last character does.)
    return line[-1:] in _TERMINAL_LAST and _TERMINAL.search(line) is not None


def heading_like(text: str) -> bool:
    """Could be a headline line: no sentence punctuation, not an unfinished
    clause, no quotation left open (a wrapped sentence leaves one), and no
    bracketed aside («（以下简称…）» belongs to a sentence)."""
    if "。" in text or "；" in text or "，" in text or "（" in text:
        return False
    if text.endswith(_UNFINISHED_ENDINGS):
        return False
    return all(text.count(left) == text.count(right) for left, right in _PAIRS)


# One character and a mark, or two and a full stop: the tail of a sentence
# the previous line began («可，满意度…», «出吗？截至…»); a new sentence
# almost never starts so, while «近日，» and «目前，» often do.
_SENTENCE_TAIL = re.compile(f"^(?:[{_HAN}][，。？！、；：]|[{_HAN}]{{2}}[。？！])")


def continues_sentence(text: str) -> bool:
    """Does this line open with the tail of the previous line's sentence?"""
    return _SENTENCE_TAIL.match(text) is not None


def _is_ascii_word_char(ch: str) -> bool:
    return "\x21" <= ch <= "\x7e"


def join_wrapped(lines: list[str]) -> str:
    """Join hard-wrapped lines: nothing between CJK, one space between Latin words
    (the wrap swallowed the space it broke at)."""
    out: list[str] = []
    prev = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if prev and _is_ascii_word_char(prev[-1]) and _is_ascii_word_char(line[0]):
            out.append(" ")
        out.append(line)
        prev = line
    return "".join(out)


def normalise_body(text: str) -> str:
    """Drop extraction spaces, keep single spaces between Latin words."""
    text = _MULTI_SPACE.sub(" ", text.strip())
    # Every gap is one plain space now; most body text has none left to look at.
    return _BODY_SPACES.sub("", text) if " " in text else text


_OPENING_MARKS = frozenset("“‘「『《〈（([")
_CLOSING_MARKS = frozenset("”’」』》〉）)]")


def _real_gap(left: str, right: str) -> bool:
    """In headings a gap between two parts is real (a two-part headline): it
    stands between Han characters, or outside a quotation or title mark
    («“亲戚” 远程会诊», «新光彩 《走进》»); so is one between Latin words.  A gap
    just inside a mark, after other punctuation, or between a number and a
    Han character was made by the extractor."""
    if _is_ascii_word_char(left) and _is_ascii_word_char(right):
        return True
    left_ends = HAN_RE.match(left) is not None or left in _CLOSING_MARKS
    right_starts = HAN_RE.match(right) is not None or right in _OPENING_MARKS
    return left_ends and right_starts


def normalise_heading(text: str) -> str:
    """Keep the gap of a two-part heading as one space; drop extraction spaces."""
    text = text.strip()
    if not _MULTI_SPACE.search(text):
        return text
    if any(len(token) == 1 and HAN_RE.match(token) for token in text.split()):
        # A lone character between gaps is no part of a two-part heading: the
        # extractor spaced the letters unevenly («雪夜救 援暖人 心»).  Only a
        # gap wider than one space is real then.
        text = " ".join(_SINGLE_GAP.sub("", part) for part in _WIDE_GAP.split(text))
        if not _MULTI_SPACE.search(text):
            return text
    parts: list[str] = []
    pos = 0
    for match in _MULTI_SPACE.finditer(text):
        parts.append(text[pos : match.start()])
        if _real_gap(text[match.start() - 1], text[match.end()]):
            parts.append(" ")
        pos = match.end()
    parts.append(text[pos:])
    return "".join(parts)
