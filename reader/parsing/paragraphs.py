"""Rebuild paragraphs and sub-headings from an article's wrapped body lines.

No single signal is trusted: a line ends a paragraph when it ends a sentence
and either falls short of the column or is followed by an indent-short
line; a blank line only decides the cases geometry leaves open.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.model import Block
from reader.parsing.headlines import SUBTITLE_DASHES, subhead_like
from reader.parsing.layout import INDENT_MAX, INDENT_MIN, Column
from reader.parsing.lines import Line
from reader.parsing.text import cell_width, continues_sentence, join_wrapped, normalise_body, normalise_heading


@dataclass(frozen=True, slots=True)
class SourcedBlock:
    block: Block
    first: int  # index of its first line in the body's line list
    last: int


_LEADING_WORD = re.compile(r"[“‘（(《]?[\x21-\x7e]+")


def _leading_word_width(text: str) -> float:
    """Width of the unbreakable half-width word (with an opening mark) a line starts with."""
    match = _LEADING_WORD.match(text)
    return cell_width(match.group(0)) if match else 1.0


def is_subhead(line: Line, nxt: Line | None, column: Column) -> bool:
    """Is a line that opens a paragraph really a sub-heading?"""
    if nxt is None or not subhead_like(line) or continues_sentence(nxt.text):
        return False
    if column.is_wider(line) or line.text.startswith(SUBTITLE_DASHES) or nxt.text.startswith(SUBTITLE_DASHES):
        return True  # a subtitle, or the title above one
    if line.width < column.width - INDENT_MAX:
        # Unfinished yet too short to be a first line, unless the next
        # line's first word was too long to fit after it.
        return line.width + _leading_word_width(nxt.text) <= column.width - INDENT_MIN
    # Indent-short or full: a heading is followed by a paragraph start, a
    # first line by the rest of its paragraph.
    return column.is_short(nxt) and not nxt.terminal


def ends_paragraph(line: Line, nxt: Line, column: Column, opened_here: bool) -> bool:
    """Is there a paragraph break between ``line`` and the next line?"""
    if not line.terminal:
        return False
    if column.is_short(line):
        # A short line ending a sentence is a last line, unless it is an
        # indented first line that happens to end on a full stop and goes on.
        return not (opened_here and column.is_indent_short(line) and column.is_full(nxt))
    if column.is_full(nxt):
        return False  # the next line is not indented: same paragraph
    if not nxt.terminal:
        return True  # the next line is indented and goes on: a first line
    # A short final sentence line: a one-line paragraph or this one's end.
    return nxt.blank_before


def _set_apart_heading(line: Line, nxt: Line, lines: Sequence[Line], after: int) -> bool:
    """After a finished sentence, an unpunctuated line with blank lines on
    both sides is a heading, however wide: it does not continue the paragraph."""
    return (
        line.terminal
        and nxt.blank_before
        and subhead_like(nxt)
        and after < len(lines)
        and lines[after].blank_before
    )


def build_blocks(lines: Sequence[Line], column: Column, subheads: set[int] | None = None) -> list[SourcedBlock]:
    """Paragraphs and sub-headings of an article's body lines.  ``subheads``
    (line numbers), when given, says which lines are sub-headings (the line
    model decided); otherwise the geometry decides (is_subhead)."""
    blocks: list[SourcedBlock] = []
    current: list[str] = []
    start = 0
    opened = True

    def flush(end: int) -> None:
        nonlocal current
        if current:
            text = normalise_body(join_wrapped(current))
            if text:
                blocks.append(SourcedBlock(Block("paragraph", text), start, end))
        current = []

    for i, line in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if subheads is not None:
            heading = line.no in subheads
        else:
            # The headline step decided that the body starts at line 0.
            heading = opened and i > 0 and is_subhead(line, nxt, column)
        if heading:
            flush(i - 1)
            opened = True
            blocks.append(SourcedBlock(Block("subhead", normalise_heading(line.text)), i, i))
            continue
        if not current:
            start = i
        current.append(line.text)
        # (Both tests ask first whether the line ends a sentence; most lines do not.)
        if nxt is None or (line.terminal and (ends_paragraph(line, nxt, column, opened) or _set_apart_heading(line, nxt, lines, i + 2))):
            flush(i)
            opened = True
        else:
            opened = False
    flush(len(lines) - 1)
    return blocks
