"""Line breaking and justification as Chinese columns are set.

Every Han character and full-width mark takes one em; digits and Latin take
their own widths.  Lines are justified to the column by spreading the slack
over the gaps between characters (which is why extractors later see gaps
around numbers), except a paragraph's last line.  A closing mark never starts
a line (it is squeezed onto the line before) and an opening mark never ends
one (it moves to the next line).

Text is given as styled segments ``[(text, font), …]`` so that a dateline can
be set in a heavier face than the paragraph it opens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from composer import fonts

NO_LINE_START = set("，。、；：？！”’）》」』〉…%℃·")
NO_LINE_END = set("“‘（《「『〈")
_TOKEN = re.compile(r"[A-Za-z0-9.%:\-/+]+|——|……| |.", re.S)

Styled = list[tuple[str, str]]


@dataclass(slots=True)
class SetLine:
    text: str
    fonts: list[str]  # one font name per character (after fallback)
    natural: float  # width at normal spacing
    avail: float  # width of the measure left of any indent
    last: bool  # a paragraph's last line: not justified
    indent: float = 0.0
    start: int = 0  # offset of the line's first character in the paragraph text
    gaps: list[float] | None = None  # extra advance after each character (中西文间距)

    def char_space(self) -> float:
        """Tc that makes the line fill its measure (0 for a last line that fits)."""
        n = len(self.text)
        slack = self.avail - self.natural
        if n < 2 or (self.last and slack >= 0):
            return 0.0
        return slack / (n - 1)


def resolve(font: str, ch: str) -> str:
    return font if fonts.has_glyph(font, ch) else fonts.FALLBACK


def width(text: str, font: str, size: float) -> float:
    return sum(fonts.char_width(ch, resolve(font, ch), size) for ch in text)


_LATIN = re.compile(r"[A-Za-z0-9]")
_HAN = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")


def latin_gaps(text: str, gap: float) -> list[float]:
    """``gap`` points between a Han character and a digit or Latin letter beside it."""
    gaps = [0.0] * len(text)
    if gap:
        for i in range(len(text) - 1):
            a, b = text[i], text[i + 1]
            if (_LATIN.match(a) and _HAN.match(b)) or (_HAN.match(a) and _LATIN.match(b)):
                gaps[i] = gap
    return gaps


def break_lines(segments: Styled | str, font: str | None, size: float, measure: float, indent: float = 0.0,
                latin_gap: float = 0.0) -> list[SetLine]:
    """Greedy line breaking of one paragraph; the first line is indented by ``indent`` points."""
    if isinstance(segments, str):
        segments = [(segments, font)]
    text = "".join(t for t, _ in segments)
    char_fonts = [resolve(f, ch) for t, f in segments for ch in t]
    gaps = latin_gaps(text, latin_gap)
    widths = [fonts.char_width(ch, f, size) + g for ch, f, g in zip(text, char_fonts, gaps)]
    tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    lines: list[SetLine] = []
    current: list[tuple[int, int]] = []
    avail = measure - indent

    def token_width(tok: tuple[int, int]) -> float:
        return sum(widths[tok[0] : tok[1]])

    def flush(last: bool) -> None:
        nonlocal current, avail
        while current and text[current[-1][0] : current[-1][1]] == " ":
            current.pop()
        if current:
            a, b = current[0][0], current[-1][1]
            own = gaps[a:b]
            natural = sum(widths[a:b]) - own[-1]  # no gap after the line's last character
            lines.append(SetLine(text[a:b], char_fonts[a:b], natural, avail, last, indent=measure - avail, start=a,
                                 gaps=own[:-1] + [0.0] if any(own) else None))
        current, avail = [], measure

    used = 0.0
    for tok in tokens:
        piece = text[tok[0] : tok[1]]
        if piece == " " and not current:
            continue
        w = token_width(tok)
        if used + w <= avail + 0.01 or not current:
            current.append(tok)
            used += w
            continue
        if piece[0] in NO_LINE_START and used + w <= avail + size * 1.05:
            current.append(tok)  # squeezed: the justification compresses the line
            used += w
            continue
        carry: list[tuple[int, int]] = []
        while current and text[current[-1][0]] in NO_LINE_END:
            carry.insert(0, current.pop())
        if not current:  # nothing but opening marks: keep them rather than loop
            current, carry = carry, []
        flush(last=False)
        current = carry + [tok]
        used = sum(token_width(t) for t in current)
    flush(last=True)
    return lines


def draw_line(canvas, line: SetLine, x: float, y: float, size: float, char_space: float | None = None, *, stroke: float = 0.0) -> None:
    """Draw one set line; ``stroke`` > 0 sets it fake-bold (fill and stroke, as many papers do)."""
    cs = line.char_space() if char_space is None else char_space
    if not line.gaps:
        draw_runs(canvas, _runs(line.text, line.fonts), x, y, size, cs, stroke=stroke)
        return
    # Runs split where a gap follows, each placed where the gaps put it.
    start, pos = 0, x
    for i, ch in enumerate(line.text):
        if line.gaps[i] or i == len(line.text) - 1:
            piece = line.text[start : i + 1]
            draw_runs(canvas, _runs(piece, line.fonts[start : i + 1]), pos, y, size, cs, stroke=stroke)
            pos += sum(fonts.char_width(c, f, size) + cs for c, f in zip(piece, line.fonts[start : i + 1])) + line.gaps[i]
            start = i + 1


def draw_text(canvas, text: str, x: float, y: float, font: str, size: float, char_space: float = 0.0, *, stroke: float = 0.0) -> None:
    draw_runs(canvas, _runs(text, [resolve(font, ch) for ch in text]), x, y, size, char_space, stroke=stroke)


def _runs(text: str, char_fonts: list[str]) -> list[tuple[str, str]]:
    runs: list[tuple[str, str]] = []
    for ch, f in zip(text, char_fonts):
        if runs and runs[-1][1] == f:
            runs[-1] = (runs[-1][0] + ch, f)
        else:
            runs.append((ch, f))
    return runs


def draw_runs(canvas, runs: list[tuple[str, str]], x: float, y: float, size: float, char_space: float, *, stroke: float = 0.0) -> None:
    tx = canvas.beginText()
    tx.setTextOrigin(x, y)
    tx.setCharSpace(char_space)  # Tc is text state and outlives ET: set it every time
    # The render mode is graphics state and outlives ET: set it every time.
    tx.setTextRenderMode(2 if stroke else 0)
    if stroke:
        canvas.setLineWidth(stroke)
    for segment, use in runs:
        tx.setFont(use, size)
        tx.textOut(segment)
    canvas.drawText(tx)
