"""Where a text page's header and footer bands are, and what they say.

A text page has no geometry, so the bands are found by reading: from the
top, the run of lines that read completely as band values (at most
``MAX_BAND_LINES``); from the bottom, the same.  A band holds at least one
strong value (a date, a page label, editors, an issue or CN number, a
paper's name, the imprint); lines with only weak values (a weekday, a
lunar date) belong to it only between or beside strong lines, and at the
top a line with only a section name belongs to it only straight after a
strong line (a kicker there looks the same, so the name must be a common
section name or end like one).  At the foot a date alone or a paper's name
alone is not enough (a notice ends «某某局 2023年3月7日»).  A line cut in
two («2023年3月» / «7日 星期二») is read joined.

``read_bands`` is for callers that already know which lines are the bands
(the PDF reader, from the page geometry): every line given is read.

An extractor's reading order can move a band into the middle of the text
(pdfminer often sets the header after the first article, PDFium the
footer's running head above the last lines).  ``with_stray_bands`` adds
the values of such lines, which the parser has already set apart as band
furniture, after the edges' own: a value the edges printed wins, and a
different one is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from reader.identity.assemble import assemble
from reader.identity.bands import LineReading, Position, read_line
from reader.identity.sections import section_prior
from reader.identity.signs import edition_header
from reader.model import MetaProblem, PageMeta

MAX_BAND_LINES = 5


@dataclass(slots=True)
class Bands:
    header: list[int]  # line numbers of the header band, top down
    footer: list[int]  # line numbers of the footer band, top down
    meta: PageMeta
    problems: list[MetaProblem]
    readings: list[tuple[int, LineReading]] = field(default_factory=list)  # what meta was assembled from


def read_bands(header_lines: list[str], footer_lines: list[str]) -> tuple[PageMeta, list[MetaProblem]]:
    """Entry point for a reader that has located the bands itself (e.g. from PDF geometry).

    Every line is read; what a line holds beyond band values is ignored.
    Values carry origin "header"; problems have ``line_no`` = the index
    into header_lines, then len(header_lines) + index into footer_lines.
    """
    readings: list[tuple[int | None, LineReading]] = []
    for offset, lines, position in ((0, header_lines, "header"), (len(header_lines), footer_lines, "footer")):
        for index, reading in enumerate(_read_with_joins(lines, position)):
            if reading is not None:
                readings.append((offset + index, reading))
    return assemble(readings)


def _read_with_joins(lines: list[str], position: Position) -> list[LineReading | None]:
    """Each line's reading; a line that only reads joined to the next gives its reading to both (the second is None)."""
    out: list[LineReading | None] = []
    index = 0
    while index < len(lines):
        reading = read_line(lines[index].strip(), position)
        if not (reading.fully_read and reading.strong) and index + 1 < len(lines):
            joined = _joined(lines[index].strip(), lines[index + 1].strip(), position)
            if joined is not None:
                out.extend((joined, None))
                index += 2
                continue
        out.append(reading)
        index += 1
    return out


def _joined(first: str, second: str, position: Position) -> LineReading | None:
    """The reading of two lines as one, when a value runs across the break and the whole then reads."""
    if not first or not second:
        return None
    reading = read_line(first + second, position)
    cut = len(first)
    spans = any(p.start < cut < p.end for p in reading.pieces)
    return reading if reading.fully_read and spans else None


def find_bands(raw_lines: list[str]) -> Bands:
    """The header and footer bands of a text page.

    A line with two signs of an edition header (signs.edition_header, the
    parser's own furniture test) belongs to the band at the edge even when
    some of it does not read; only its values are taken.
    """
    first = _edge_lines(raw_lines, range(len(raw_lines)))
    top = _scan(first, "header")
    below = top[-1][0] if top else -1
    last = [(no, text) for no, text in _edge_lines(raw_lines, range(len(raw_lines) - 1, below, -1))]
    bottom = _scan(last, "footer")
    bottom.reverse()
    # Two lines read joined share one reading: assemble it once, under its first line.
    readings: list[tuple[int, LineReading]] = []
    for no, reading in top + bottom:
        if not readings or readings[-1][1] is not reading:
            readings.append((no, reading))
    meta, problems = assemble(readings)
    return Bands([no for no, _ in top], [no for no, _ in bottom], meta, problems, readings)


def stray_band_reading(text: str) -> LineReading | None:
    """The reading of a line away from the edges when it is wholly a band's, else None.

    Only values a body line does not print make it one: a page label (not a bare number),
    editors, an issue or CN number, the imprint, or a date beside another
    band value (a date alone ends many a notice: «内蒙古自治区公安厅» /
    «2023年3月7日»); a date in figures alone («2023.01.03») is a band's.
    """
    reading = read_line(text, "header")
    if not reading.fully_read:
        return None
    # A bare number is a page only at the edge of a band: in the text it is a
    # body line's figure between two words («加工转化率达到 4 个百分»).
    kinds = {p.kind for p in reading.pieces if not (p.kind == "page" and reading.text[p.start : p.end].strip().isdigit())}
    if kinds & _FOOTER_STRONG or "date" in kinds and (len(kinds) > 1 or _FIGURES_ONLY.match(text.strip())):
        return reading
    return None


def band_values(reading: LineReading) -> LineReading | None:
    """What a stray band line tells of the page: its reading without dates that name no day of a
    year («本报贵阳 8 月 16 日» is a dateline's head, not the page's date), or None when that leaves
    no value of the page's own."""
    pieces = tuple(p for p in reading.pieces if p.kind != "date" or p.value.iso is not None)
    kept = replace(reading, pieces=pieces)
    return kept if kept.kinds() & _PAGE_VALUES else None


_PAGE_VALUES = frozenset({"date", "page", "editors", "issue", "cn", "newspaper"})


def with_stray_bands(bands: Bands, strays: list[tuple[int, LineReading]]) -> Bands:
    """``bands`` with the values of band lines printed away from the edges, read after the edges' own."""
    if not strays:
        return bands
    meta, problems = assemble(bands.readings + strays)
    return replace(bands, meta=meta, problems=problems)


_FIGURES_ONLY = re.compile(r"^[0-9０-９][0-9０-９./\-]*$")


# At the foot of a page a date alone, or a paper's name alone, is as likely
# the end of an article (a notice signed «某某局 2023年3月7日», a credit).
_FOOTER_STRONG = frozenset({"page", "editors", "issue", "cn", "imprint"})


def strong(reading: LineReading, position: Position) -> bool:
    if position == "header":
        return reading.strong
    kinds = reading.kinds()
    return bool(kinds & _FOOTER_STRONG) or len(kinds & {"date", "newspaper"}) == 2


def _edge_lines(raw_lines: list[str], order: range) -> list[tuple[int, str]]:
    """The first non-blank lines in ``order``: enough for a band and the line after it."""
    out: list[tuple[int, str]] = []
    for no in order:
        text = raw_lines[no].strip()
        if text:
            out.append((no, text))
            if len(out) > MAX_BAND_LINES:
                break
    return out


def _acceptable(reading: LineReading, text: str) -> bool:
    return reading.fully_read or (reading.strong and edition_header(text))


def _scan(lines: list[tuple[int, str]], position: Position) -> list[tuple[int, LineReading]]:
    """The band at one edge: ``lines`` run from the edge inwards; returns them edge first."""
    band: list[tuple[int, LineReading]] = []
    index = 0
    while index < len(lines) and len(band) < MAX_BAND_LINES:
        no, text = lines[index]
        reading = read_line(text, position)
        accepted = _acceptable(reading, text)
        if accepted and strong(reading, position):
            band.append((no, reading))
            index += 1
            continue
        # A weak or unreadable line may be the first half of a value cut by the line break.
        if index + 1 < len(lines) and len(band) + 2 <= MAX_BAND_LINES:
            other_no, other = lines[index + 1]
            # From the bottom the next line inwards is printed above this one.
            first, second = (text, other) if position == "header" else (other, text)
            joined = _joined(first, second, position)
            if joined is not None:
                band.extend(((no, joined), (other_no, joined)))
                index += 2
                continue
        if not accepted:
            break
        band.append((no, reading))
        index += 1
    return _trim(band, position)


def _trim(band: list[tuple[int, LineReading]], position: Position) -> list[tuple[int, LineReading]]:
    """Drop the weak lines on the inner side of the band (after its last strong line)."""
    while band and not strong(band[-1][1], position):
        reading = band[-1][1]
        previous = band[-2][1] if len(band) > 1 else None
        if position == "header" and previous is not None and previous.strong and _section_line(reading, band[:-1]):
            break
        band.pop()
    return band


def _section_line(reading: LineReading, before: list[tuple[int, LineReading]]) -> bool:
    """A line that is only a section name, under a strong band line that named none."""
    if reading.section is None or reading.kinds() - {"section"} or len(reading.sections) != 1:
        return False
    if any(r.section for _, r in before):
        return False
    return section_prior(reading.section) >= 1

