"""Split page text into numbered lines with the geometry the later steps use."""

from __future__ import annotations

from dataclasses import dataclass

from reader.parsing.text import cell_width, heading_like, is_terminal, unspace_letters


@dataclass(slots=True)
class Line:
    """A text line with the facts about it every step asks for, computed once."""

    no: int  # 0-based index into the page's lines
    text: str  # stripped of surrounding whitespace
    width: float  # display cells, see text.cell_width
    blank_before: bool  # a blank line (or a removed line) separates it from the previous text line
    terminal: bool  # ends a sentence
    heading_like: bool  # could be a headline line (see text.heading_like)


def make_line(no: int, text: str, blank_before: bool, width: float | None = None) -> Line:
    """A Line for ``text``; ``width`` overrides the measured width (a line keeps
    the room a removed dateline took in the column).  A letter-spaced line is
    closed up first (text.unspace_letters)."""
    text = unspace_letters(text)
    return Line(no, text, cell_width(text) if width is None else width, blank_before, is_terminal(text), heading_like(text))


def split_lines(text: str) -> list[str]:
    """The page's physical lines; any newline convention is accepted."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def text_lines(raw_lines: list[str], skip: set[int]) -> list[Line]:
    """Non-blank lines not in ``skip``, each knowing whether a gap preceded it."""
    out: list[Line] = []
    gap = False
    for no, raw in enumerate(raw_lines):
        stripped = raw.strip()
        if not stripped or no in skip:
            gap = True
            continue
        out.append(make_line(no, stripped, gap))
        gap = False
    return out
