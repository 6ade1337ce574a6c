"""PROVISIONAL: how unsure the parser is of each article's cut and title, until the text parser's own score is wired.

``provisional_doubt`` is the one function that decides it (see its
docstring); parse_page stores the result on each article (Article.doubt
and doubt_reasons), the store keeps it, and the app marks articles whose
doubt reaches reader.store.records.DOUBT_THRESHOLD as ones to check. The
text parser's margin between its best and second-best reading replaces
this function when it is merged: keep the signature, change the body.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from reader.parsing.articles import PlacedArticle
from reader.parsing.lines import Line
from reader.parsing.zones import MIN_MIDDLE_LINES, _is_candidate, _median, middle_widths

# Cuts the parser made from a heading rule or a change of column width alone (not from a byline or a jump line).
WEAK_CUTS = frozenset({"zone", "stacked", "lone", "blank", "dateline", "wider", "forced"})
# A change of column width this large inside an article, though under the parser's threshold (1.5), is a near miss.
NEAR_MISS_CHANGE = 0.75
SHORT_BODY = 120

# A title that stops where no headline stops: on a particle or a number, or a sentence going on after «！».
_RUNS_ON = re.compile(r"(?:[的了约和与及把被将向从由]|这是|[0-9０-９]|[！？!?][”」]?.+)$")


def _lines_of(placed: PlacedArticle, lines: Mapping[int, Line]) -> list[Line]:
    a = placed.article
    own = {n for b in a.body if b.source is None for n in b.lines}
    if a.lines is not None:
        own.update(a.lines.kicker + a.lines.title + a.lines.subtitle)
    return [lines[n] for n in sorted(own) if n in lines]


# Candidates looked at per article: each costs a pass over its lines, and parsing must stay linear in page size.
_MAX_CANDIDATES = 40


def _near_miss(own: Sequence[Line]) -> bool:
    candidates = [k for k in range(1, len(own)) if _is_candidate(own, k)]
    step = max(1, len(candidates) // _MAX_CANDIDATES)
    for k in candidates[::step]:
        before, after = middle_widths(own[:k]), middle_widths(own[k:])
        if len(before) >= MIN_MIDDLE_LINES and len(after) >= MIN_MIDDLE_LINES:
            if abs(_median(before) - _median(after)) >= NEAR_MISS_CHANGE:
                return True
    return False


def provisional_doubt(placed: Sequence[PlacedArticle], lines: Mapping[int, Line]) -> list[tuple[float, tuple[str, ...]]]:
    """PROVISIONAL doubt per article (0 sure … 1 unsure) with its reasons, from the parser's own ambiguity signals.

    A cut the parser made from a heading rule or a change of column width
    alone is weak, a byline or a jump line is strong. An article is doubtful
    (0.5 and more) when signals agree: both its ends are weak cuts, it has
    no byline of its own and its text is very short; or its start is weak
    and its column width changes inside it by nearly as much as makes a cut
    (two articles read as one?); or two bylines showed two articles and the
    parser had to guess where; or it has no title, or a title that stops
    where headlines do not (on a particle or a number, or going on after
    «！»: a paragraph's first line taken for a headline).
    """
    out = []
    for i, p in enumerate(placed):
        a = p.article
        after = placed[i + 1].start if i + 1 < len(placed) else "end"
        score, reasons = 0.0, []
        if p.start in WEAK_CUTS:
            score += 0.3 if p.start == "forced" else 0.25
            reasons.append("only a heading or a change of column width shows where it starts")
        if after in WEAK_CUTS and not a.byline:
            score += 0.2
            reasons.append("it has no byline, and only a heading or a change of column width shows where it ends")
        own = _lines_of(p, lines)
        if own and _near_miss(own):
            score += 0.25
            reasons.append("its column width changes inside it: it may be two articles")
        if len(a.body_text) < SHORT_BODY:
            score += 0.15
            reasons.append("its text is very short")
        if not a.title:
            score += 0.5
            reasons.append("it has no title")
        elif _RUNS_ON.search(a.title) and a.body_text:
            score += 0.5
            reasons.append("its title stops mid-sentence: it may be the first line of a paragraph")
        out.append((min(round(score, 2), 1.0), tuple(reasons)))
    return out
