"""Sort a page's raw lines into text lines, captions and dropped lines.

Before any article is read, the lines that belong to no article come out:
the header and footer bands (read into the page's identity), furniture,
page numbers and band values printed away from the bands (an extractor
that reads a page out of order sets «03版» or «2019.09.18» amid the text),
jump lines, and photo captions printed twice (the second copy is dropped).
What is left are the text lines the line model reads, in reading order as
far as it can be told (order.py: a column's tail an extractor printed after
another article is put back behind its column).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

import numpy as np

from reader.identity import LineReading, find_bands, read_line
from reader.identity.pageband import band_values, stray_band_reading, with_stray_bands
from reader.model import DroppedLine, MetaProblem, PageMeta
from reader.parsing.captions import shadow_run, undouble
from reader.parsing.datelines import wrapped_dateline_head
from reader.parsing.furniture import JUMP_OUT_RE, furniture_reason, split_leading_jump, split_trailing_jump
from reader.parsing.linefacts import (
    CAPTION_END, CLOSING, JUMP_WORD, NUMBER, OPENING, PAGE_START, SENTENCE, SIGNS, TRAILING, WHITESPACE, LineFacts, line_facts,
)
from reader.parsing.lines import Line, make_line
from reader.parsing.order import recover_order

_STRAY_BAND_MAX_CHARS = 60
_SENTENCE_MARK = re.compile(r"[，。；！？]")
# A band line holds a label's colon, or (a date, a page label, an issue) a
# digit or a Chinese numeral and is short.
_BAND_LABEL = re.compile(r"[:：]")
_BAND_NUMBER = re.compile(r"[0-9０-９〇零一二三四五六七八九十]")
_SHORT_BAND = 30


@dataclass(slots=True)
class Caption:
    line_no: int
    text: str
    lines: tuple[int, ...] = ()  # every page line it was printed on, when more than line_no


@dataclass(slots=True)
class Sorted:
    """The page's lines sorted into article text, captions and dropped lines."""

    lines: list[Line]
    ends_after: set[int]  # line numbers after which an article ends (jump-out lines)
    captions: list[Caption]
    dropped: list[DroppedLine]
    meta: PageMeta
    meta_problems: list[MetaProblem]


# What a dateline's head starts with: an agency, or a place name's characters.
_AGENCY_OR_PLACE_HEAD = re.compile(r"^[\u3400-\u9fff]")


def _next_texts(stripped: list[str], no: int) -> list[str]:
    """The line at ``no`` and the (at most two) non-empty lines after it."""
    texts = [stripped[no]]
    # (islice, not a slice: a slice copies the rest of the page for every furniture line.)
    for text in itertools.islice(stripped, no + 1, None):
        if text:
            texts.append(text)
            if len(texts) == 3:
                break
    return texts


def stray_band_line(text: str) -> bool:
    """Does a line away from the bands read wholly as band values (a date, a page label, editors …)?"""
    return _stray_band_reading(text) is not None


def _stray_band_reading(text: str) -> LineReading | None:
    # Cheap tests first: most lines fail them, and read_line is not cheap.
    if len(text) > _STRAY_BAND_MAX_CHARS or _SENTENCE_MARK.search(text):
        return None
    if not _BAND_LABEL.search(text) and not (len(text) <= _SHORT_BAND and _BAND_NUMBER.search(text)):
        return None
    return stray_band_reading(text)


def _maybe_taken_apart(texts: list[str], facts: LineFacts) -> np.ndarray:
    """Per text: might a step of sort_lines drop it or take it apart?  Each test is a
    necessary condition of a step's own, on the class bits of linefacts.py."""
    lengths, holds = facts.lengths, facts.holds
    has = lambda bit: (holds & bit) != 0  # noqa: E731
    signs = sum(has(bit).astype(np.int8) for bit in SIGNS)
    # furniture_reason: a page number or jump line of at most 16 characters
    # (with sentence marks, only a jump line, in brackets) or two signs of an
    # edition header; stray_band_line: a band label, or a number on a short line.
    short = (lengths <= 16) & ((facts.first & (PAGE_START | OPENING)) != 0)
    for k in np.flatnonzero((lengths <= 16) & ~short).tolist():
        short[k] = texts[k][0].isdecimal()  # what the pattern's \d takes besides ASCII digits
    furniture = ~has(SENTENCE) & (
        short | ((lengths <= 80) & (signs >= 2))
        | ((lengths <= _STRAY_BAND_MAX_CHARS) & (has(SIGNS[2]) | ((lengths <= _SHORT_BAND) & has(NUMBER))))
    )
    jump = ((facts.first & OPENING) != 0) | (((facts.last & CLOSING) != 0) & has(JUMP_WORD))
    # undouble's three forms: the halves alike (so the first character is
    # again at the middle); the final mark printed twice; pieces printed twice
    # (the first piece within the first nine characters, spaces aside), which
    # ends with a mark or a credit.
    heads, codes = facts.starts[:-1], facts.codes
    halves = (lengths % 2 == 0) & (codes[heads] == codes[heads + lengths // 2])
    marks = ((facts.last & TRAILING) != 0) & ((facts.before_last & TRAILING) != 0)
    again = has(WHITESPACE)
    for k in range(1, 9):
        again |= (lengths > k) & (codes[np.minimum(heads + k, len(codes) - 1)] == codes[heads])
    doubled = halves | marks | (((facts.last & CAPTION_END) != 0) & again)
    return furniture | jump | doubled | (facts.spaces >= 3)


def _plain(stripped: list[str], band_lines: set[int]) -> tuple[list[bool], list[float], list[bool], list[bool]]:
    """Per raw line: is it a text line no step of sort_lines can drop or take apart, and its
    width, terminal and heading_like (for those lines; see linefacts.py).

    Every test below is a necessary condition of a step's own test, so a line
    not plain only goes the long way round; most running text is plain.
    """
    n = len(stripped)
    filled = [k for k, text in enumerate(stripped) if text]
    texts = [stripped[k] for k in filled]
    facts = line_facts(texts)
    lengths = facts.lengths
    maybe = _maybe_taken_apart(texts, facts).tolist()
    plain = [False] * n
    width, terminal, heading = [0.0] * n, [False] * n, [False] * n
    for k, no in enumerate(filled):
        # (A shadow copy repeats the line's start on the next line, see sort_lines.)
        if maybe[k] or no in band_lines or (no + 1 < n and stripped[no + 1][:4] == stripped[no][:4]):
            continue
        plain[no] = True
        width[no], terminal[no], heading[no] = facts.width[k], facts.terminal[k], facts.heading[k]
    return plain, width, terminal, heading


def sort_lines(raw_lines: list[str]) -> Sorted:
    lines: list[Line] = []
    ends_after: set[int] = set()
    captions: list[Caption] = []
    dropped: list[DroppedLine] = []
    strays: list[tuple[int, LineReading]] = []  # band lines an extractor set away from the edges
    # The header and footer bands are read into the page's identity; like all
    # furniture they stay out of the articles.
    bands = find_bands(raw_lines)
    band_lines = set(bands.header) | set(bands.footer)
    stripped = [raw.strip() for raw in raw_lines]
    plain, widths, terminal, heading = _plain(stripped, band_lines)
    gap = False
    no = 0
    while no < len(raw_lines):
        text = stripped[no]
        if plain[no]:
            # What make_line would make of it, measured for the whole page at once.
            lines.append(Line(no, text, widths[no], gap, terminal[no], heading[no]))
            gap = False
            no += 1
            continue
        if not text:
            gap = True
            no += 1
            continue
        if no in band_lines:
            dropped.append(DroppedLine(no, text, "metadata"))
            gap = True
            no += 1
            continue
        reason, values = _furniture(text, stripped, no)
        if reason is not None:
            if values is not None:
                strays.append((no, values))
            dropped.append(DroppedLine(no, text, reason))
            if reason == "jump_line" and JUMP_OUT_RE.match(text) and lines:
                ends_after.add(lines[-1].no)
            gap = True
            no += 1
            continue
        # (Cheap test first: a shadow copy repeats the line's start on the next line.)
        nxt = stripped[no + 1] if no + 1 < len(raw_lines) else ""
        shadow = shadow_run(_following(raw_lines, no, band_lines)) if nxt[:4] == text[:4] else None
        if shadow is not None:
            caption, duplicates, used = shadow
            captions.append(Caption(no, caption))
            dropped.extend(DroppedLine(no + k, piece, "duplicate_caption") for k, piece in duplicates)
            gap = True
            no += used
            continue
        doubled = undouble(text)
        if doubled is not None:
            captions.append(Caption(no, doubled.caption))
            dropped.append(DroppedLine(no, doubled.duplicate, "duplicate_caption"))
            gap = True
            no += 1
            continue
        jump_in, text = split_leading_jump(text)
        if jump_in is not None:
            dropped.append(DroppedLine(no, jump_in, "jump_line"))
        text, jump = split_trailing_jump(text)
        if jump is not None:
            dropped.append(DroppedLine(no, jump, "jump_line"))
            if JUMP_OUT_RE.match(jump):
                ends_after.add(no)
            if not text:
                gap = True
                no += 1
                continue
        lines.append(make_line(no, text, gap))
        gap = False
        no += 1
    bands = with_stray_bands(bands, strays)
    return Sorted(recover_order(lines), ends_after, captions, dropped, bands.meta, bands.problems)


def _furniture(text: str, stripped: list[str], no: int) -> tuple[str | None, LineReading | None]:
    """Why a line away from the bands is furniture (or None), and the page's values it prints.

    A line that prints values of the page (a band an extractor moved into
    the text, a page label) is dropped as "metadata" and its values read.
    """
    reason = furniture_reason(text)
    if reason not in (None, "furniture", "page_number"):
        return reason, None
    stray = _stray_band_reading(text)
    if reason is None and stray is not None:
        reason = "furniture"
    elif reason == "furniture" and stray is None:
        # An edition header with some words the band reader cannot place: its values still count.
        reading = read_line(text, "header")
        stray = reading if reading.strong else None
    if reason == "furniture" and _AGENCY_OR_PLACE_HEAD.match(text) and wrapped_dateline_head(_next_texts(stripped, no)):
        # A dateline cut after its date («本报贵阳 8 月 16 日» / «电（记者…»): its head reads
        # as band values alone, but it opens the article the next line goes on with.
        return None, None
    values = band_values(stray) if reason is not None and stray is not None else None
    return ("metadata" if values is not None else reason), values


def _following(raw_lines: list[str], no: int, band_lines: set[int]) -> list[str]:
    """The line at ``no`` and the next few straight after it (no blank line between)."""
    out: list[str] = []
    for k in range(no, min(len(raw_lines), no + 8)):
        if k in band_lines or not raw_lines[k].strip():
            break
        out.append(raw_lines[k])
    return out
