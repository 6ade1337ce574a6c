"""The headline block at the top of an article: kicker, title, subtitle.

A headline line is any line until the body starts; the body starts at the
first line that opens a paragraph (indent-short, continued by a full line,
or a dateline).  Looking at where the body starts, rather than at the
headline lines themselves, is what keeps an unpunctuated, indent-short first
body line («“抓党建、整作风…”专项») from being taken for a subtitle: its
continuation is a full line, while a subtitle is followed by another
paragraph start.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.parsing.bylines import split_dateline
from reader.parsing.layout import INDENT_MAX, Column
from reader.parsing.lines import Line
from reader.parsing.text import continues_sentence, normalise_heading

# kicker + title + subtitle
MAX_HEADLINE_LINES = 3
SUBTITLE_DASHES = ("——", "—", "--")


def title_like(line: Line) -> bool:
    """Could be a headline line (see text.heading_like)."""
    return line.heading_like


def subhead_like(line: Line) -> bool:
    """Could be a sub-heading: like a title, and not ending a sentence."""
    return line.heading_like and not line.terminal


def opens_body(lines: Sequence[Line], k: int, column: Column) -> bool:
    """Does lines[k] look like the first line of an article's body?"""
    line = lines[k]
    if split_dateline(line.text) is not None:
        return True
    if line.text.startswith(SUBTITLE_DASHES):
        return False
    nxt = lines[k + 1] if k + 1 < len(lines) else None
    if nxt is not None and (split_dateline(nxt.text) is not None or nxt.text.startswith(SUBTITLE_DASHES)):
        return False
    one_line_paragraph = line.terminal and column.is_short(line)
    if not (column.is_indent_short(line) or one_line_paragraph):
        return False
    if nxt is None or line.terminal:
        return True
    return column.is_full(nxt) or nxt.terminal


def headline_size(lines: Sequence[Line], column: Column) -> int:
    """How many leading lines form the headline (0 when the text has none)."""
    for k in range(1, min(MAX_HEADLINE_LINES, len(lines) - 1) + 1):
        if not title_like(lines[k - 1]) or continues_sentence(lines[k].text):
            break
        if opens_body(lines, k, column):
            return k
    # Geometry gave no clear answer (a short article measures its column
    # badly): an article still opens with its headline, so take the leading
    # headline-like lines when sentence text follows them.
    leading = 0
    while leading < min(MAX_HEADLINE_LINES, len(lines)) and title_like(lines[leading]):
        if leading + 1 < len(lines) and continues_sentence(lines[leading + 1].text):
            break
        leading += 1
    if leading == MAX_HEADLINE_LINES and not lines[2].text.startswith(SUBTITLE_DASHES):
        leading = 2  # an undashed third line is more often the body's unpunctuated first line
    if 0 < leading < len(lines):
        return leading
    if lines and title_like(lines[0]):
        first = lines[0]
        # Without a clear body start, accept a lone line that cannot be body
        # text: wider than the column, or far too short for a first line.
        if len(lines) == 1 or column.is_wider(first) or first.width < column.width - INDENT_MAX:
            return 1
    return 0


@dataclass(frozen=True, slots=True)
class Headline:
    kicker: str | None
    title: str
    subtitle: str | None
    # Which of the headline lines (indices into the lines given) made each field.
    kicker_lines: tuple[int, ...] = ()
    title_lines: tuple[int, ...] = ()
    subtitle_lines: tuple[int, ...] = ()


def assign_roles(lines: Sequence[Line]) -> Headline:
    """Name the headline lines: a dash marks a subtitle, a line above the title is a kicker."""
    texts = [normalise_heading(line.text) for line in lines]
    if not texts:
        return Headline(None, "", None)
    if len(texts) == 1:
        return Headline(None, texts[0], None, title_lines=(0,))
    if len(texts) == 2:
        if texts[1].startswith(SUBTITLE_DASHES):
            return Headline(None, texts[0], texts[1], title_lines=(0,), subtitle_lines=(1,))
        return Headline(texts[0], texts[1], None, kicker_lines=(0,), title_lines=(1,))
    rest = tuple(range(2, len(texts)))
    if texts[1].startswith(SUBTITLE_DASHES):
        return Headline(None, texts[0], " ".join(texts[1:]), title_lines=(0,), subtitle_lines=(1, *rest))
    return Headline(texts[0], texts[1], " ".join(texts[2:]), kicker_lines=(0,), title_lines=(1,), subtitle_lines=rest)
