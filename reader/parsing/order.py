"""Put an extractor's column fragments back in reading order before the roles are read.

pdftotext and pdfminer.six print a page as blocks separated by blank lines,
one block a stretch of one column of one article, and they do not always
print an article's blocks one after the other: a column that breaks off in
mid-sentence («…降水量较常年同») is often followed by another article's
headline, and its continuation («期偏多51%，…») comes blocks later.  The
line model reads lines in the order it gets them, so such an article is cut
in two and its tail opens a headless article.

A fragment here is a run of text lines with no blank line inside.  One whose
last line breaks off in mid-sentence at the column's width goes on in a
fragment that opens with running text.  When the fragment printed next can
be that continuation, the printed order stands (the extractors get most
joins right, and a stock phrase or a column width fits many joins).  When it
cannot — the next fragment is a headline, or there is none — the
continuation is looked for among the fragments that open with running text,
and only a word running across the join is evidence enough: the characters
around the join forming strings the page prints elsewhere («同|期»: «同期»,
«常年同期»), a string the page prints only once or twice counting for more.
A same column width and a first line that can only be the tail of a
sentence add to it.  Joins are taken best first; a continuation moves with
the fragments that run on from it in mid-sentence, and what was printed in
between stays in its place.  A page with no blank lines (PDFium's text, most
typed pages) is one fragment and left as it is.

First, a closing byline set at the end of an article's last line, which
pdfminer.six prints before that line's tail («…法院组建了专» / «（张平轩）» /
«业化审判团队。»), is put after the tail.

A word of the word list (lexicon.py) running across a join adds to the evidence
of the page's own strings: it counts for a word the page prints nowhere else.

Measured on tuning pages only (bench/text_parser_bench.py --part tuning):
it mends pdftotext's text somewhat and leaves the others as they were; most
of what pdftotext gets wrong is not here but inside fragments, where it
prints the lines of two narrow columns side by side or alternately.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.parsing.bylines import bracket_byline
from reader.parsing.lexicon import word_across
from reader.parsing.lines import Line
from reader.parsing.text import continues_sentence

# Character n-grams (within lines) that a join is checked against.
_GRAMS = (2, 3, 4)
# A fragment breaks off mid-sentence when its last line is at least this much of its column.
_FULL_SHARE = 0.8
# What the printed order is worth to the fragment printed after the next one
# (a caption printed between two stretches of a column).
_PRINTED_AFTER_NEXT = 2.0
# A string across a join printed this often or less counts fully.
_RARE = 2
_PUNCT = re.compile(r"[\s，。、；：！？“”‘’（）《》,.;:!?()]")
# The least score of any join taken, and the least evidence of a word across
# the join (join_score) for moving a fragment at all.
_MIN_SCORE = 2.0
_MOVE_EVIDENCE = 4.0
_CLOSING = frozenset("。！？!?…”’」』）)》")
# What a listed word across the join (lexicon.py) is worth: a word the page
# prints nowhere else («发|案率») still runs across.
_LISTED_WORD = 2.0
# The search for a tail is quadratic in the fragments: a page of more (a whole
# issue in one file) keeps its printed order.
_TOO_MANY_FRAGMENTS = 400


@dataclass(slots=True)
class _Fragment:
    start: int  # index of its first line
    stop: int
    width: float  # its column width: the widest of its lines but one outlier
    open_end: bool  # breaks off mid-sentence at the column's edge
    open_start: bool  # could continue another fragment (opens with running text)


def _fragments(lines: list[Line]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(lines)):
        if lines[i].blank_before:
            spans.append((start, i))
            start = i
    if lines:
        spans.append((start, len(lines)))
    return spans


def _column(lines: list[Line]) -> float:
    widths = sorted(line.width for line in lines)
    return widths[-2] if len(widths) >= 3 else widths[-1]


def _describe(lines: list[Line], start: int, stop: int) -> _Fragment:
    own = lines[start:stop]
    width = _column(own)
    last, first = own[-1], own[0]
    open_end = (
        not last.heading_like
        and last.text[-1:] not in _CLOSING
        and len(own) >= 2
        and last.width >= _FULL_SHARE * width
    )
    # A line of running text may hold no mark; one set full across the column still runs on.
    open_start = not first.heading_like or continues_sentence(first.text) or (len(own) >= 2 and first.width >= _FULL_SHARE * width)
    return _Fragment(start, stop, width, open_end, open_start)


class _Grams:
    """How often the page prints a string inside a line (counted when first asked)."""

    def __init__(self, lines: list[Line]) -> None:
        self.text = "\n".join(line.text for line in lines)
        self.count: dict[str, int] = {}

    def seen(self, gram: str) -> int:
        found = self.count.get(gram)
        if found is None:
            found = self.count[gram] = self.text.count(gram)
        return found

    def join_score(self, left: str, right: str) -> float:
        """Evidence that a word runs across the join: the strings of its last and
        the next's first characters that the page prints elsewhere, a rare one
        counting for more (a stock phrase every story uses fits many joins)."""
        score = 0.0
        for n in _GRAMS:
            for i in range(1, n):
                j = n - i
                if len(left) < i or len(right) < j:
                    continue
                gram = left[-i:] + right[:j]
                if _PUNCT.search(gram):
                    continue
                seen = self.seen(gram)
                if seen:
                    score += (n - 1) * min(1.0, _RARE / seen)
        if word_across(left, right):
            score += _LISTED_WORD
        return score


def _fit(a: _Fragment, b: _Fragment, first: str) -> float:
    """What besides the words ties b to a: the same column width, a first line that is a sentence's tail."""
    score = 0.0
    if abs(a.width - b.width) <= 1.0:
        score += 1.5
    elif abs(a.width - b.width) > 2.5 and a.stop - a.start >= 3 and b.stop - b.start >= 3:
        score -= 2.0
    if continues_sentence(first):
        score += 1.0
    return score


def _byline_after_last_line(lines: list[Line]) -> list[Line]:
    """A closing byline set on an article's last line («…最终 （张平轩）») printed
    before the tail of that line («业化审判团队。»): the tail goes back in front."""
    out = lines
    for i in range(1, len(lines) - 1):
        line = lines[i]
        if line.text[:1] not in "（(" or bracket_byline(line.text) is None:
            continue
        before, tail = out[i - 1], out[i + 1]
        if before.terminal or before.heading_like or not tail.terminal or tail.blank_before or tail.width >= before.width:
            continue
        if out is lines:
            out = list(lines)
        out[i], out[i + 1] = tail, line
    return out


def recover_order(lines: list[Line]) -> list[Line]:
    """The lines with every fragment that continues another moved to follow it."""
    lines = _byline_after_last_line(lines)
    spans = _fragments(lines)
    if len(spans) < 3 or len(spans) > _TOO_MANY_FRAGMENTS:
        return lines
    frags = [_describe(lines, start, stop) for start, stop in spans]
    count = len(frags)
    # A fragment broken off before a headline (or at the page's end) goes on
    # somewhere else; one the printed next fragment can continue stays as it
    # is, and that next fragment is not taken from it.
    broken = [k for k, f in enumerate(frags) if f.open_end and (k + 1 == count or not frags[k + 1].open_start)]
    if not broken:
        return lines
    protected = {k + 1 for k, f in enumerate(frags) if f.open_end and k + 1 < count and frags[k + 1].open_start}
    grams = _Grams(lines)
    candidates: list[tuple[float, int, int]] = []
    for k in broken:
        a = frags[k]
        # Only a word running across the join is evidence enough to move text
        # (a stock phrase fits many joins, a width many columns).
        left = lines[a.stop - 1].text
        for m, b in enumerate(frags):
            if m == k or not b.open_start or m in protected:
                continue
            evidence = grams.join_score(left, lines[b.start].text)
            if evidence < _MOVE_EVIDENCE:
                continue
            score = evidence + _fit(a, b, lines[b.start].text) + (_PRINTED_AFTER_NEXT if m == k + 2 else 0.0)
            if score >= _MIN_SCORE:
                candidates.append((score, k, m))
    if not candidates:
        return lines
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    order = list(range(count))
    taken: set[int] = set()  # fragments that have their continuation
    placed: set[int] = set()  # fragments that follow their predecessor
    moved = False
    for _, k, m in candidates:
        if k in taken or m in placed:
            continue
        taken.add(k)
        placed.add(m)
        # The continuation takes along what runs on from it in mid-sentence;
        # the text printed between stays where it was.
        block = [m]
        while frags[block[-1]].open_end and block[-1] + 1 < count and frags[block[-1] + 1].open_start and block[-1] + 1 != k:
            block.append(block[-1] + 1)
        if k in block:
            continue
        rest = [f for f in order if f not in block]
        at = rest.index(k) + 1
        order = rest[:at] + block + rest[at:]
        moved = True
    if not moved:
        return lines
    out: list[Line] = []
    for k in order:
        out.extend(lines[frags[k].start : frags[k].stop])
    return out
