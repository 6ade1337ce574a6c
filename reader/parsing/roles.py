"""The role of every text line of a page: kicker, title, subtitle, byline, body, sub-heading, caption …

Bylines glued to a line's end («…工作。（沈翠英）», also when the bracket
wraps onto the next line) are split off first: they end an article, and the
model reads that as a feature of the line.  Then the page becomes a chain
of nodes — each open line one node, each run of running text one node
that can only be body — and the line model reads the chain (linemodel.py).
A heading-like line right before a dateline, or right after a «下转» jump
line, may be anything but a sub-heading: both sides of it belong to the
opening of an article.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from reader.identity.dates import find_dates
from reader.parsing import linemodel as lm
from reader.parsing.bylines import Byline, split_trailing_byline, wrapped_trailing_byline
from reader.parsing.datelines import dateline_alone, dateline_at
from reader.parsing.features import _GAP, _K_BYLINE, _K_CREDIT, _K_DATELINE, _K_HEADING, _K_TERMINAL, PageLines, _kind, line_features, prepare
from reader.parsing.lines import Line, make_line
from reader.parsing.lexicon import word_across, words_meet
from reader.parsing.text import continues_sentence

_ALL_BUT_END = tuple(s for s in range(lm.N_STATES) if s != lm.END_BYLINE)
_NO_SUBHEAD = tuple(s for s in _ALL_BUT_END if s != lm.SUBHEAD)
_SENTENCE_ROLES = (lm.BODY, lm.CAPTION, lm.CAPTION_MORE)
_BRACKET_ROLES = (lm.END_BYLINE, lm.BYLINE, lm.BODY, lm.CAPTION_MORE)
_BYLINE_ROLES = (lm.BYLINE, lm.END_BYLINE, lm.BODY, lm.CAPTION, lm.CAPTION_MORE)
_CREDIT_ROLES = (lm.CAPTION, lm.CAPTION_MORE, lm.BODY)
_BODY_ONLY = (lm.BODY,)
_A_DATE_ALONE = (lm.FURNITURE, lm.BODY)
_NO_ARTICLE = frozenset({lm.CAPTION, lm.CAPTION_MORE, lm.FURNITURE})
_ARTICLE_TEXT = frozenset({lm.BODY, lm.SUBHEAD})


@dataclass(slots=True)
class Chain:
    """The page as the model reads it: nodes of one open line or a run of running lines."""

    page: PageLines
    nodes: list[range]  # line indices of each node
    allowed: list[tuple[int, ...]]
    features: list[list[int] | None]  # None for a run of running lines


@dataclass(slots=True)
class LineRoles:
    lines: list[Line]
    roles: list[int]  # per line
    glued: dict[int, Byline]
    # Per line that was decided (an open line): the margin of its decision to
    # start an article or not, and of its role against the best other role.
    start_margin: dict[int, float] = field(default_factory=dict)
    role_margin: dict[int, float] = field(default_factory=dict)


def split_glued_bylines(lines: list[Line]) -> tuple[list[Line], dict[int, Byline]]:
    """Take bylines off the ends of lines; a bracket that wraps takes the next line with it."""
    out: list[Line] = []
    glued: dict[int, Byline] = {}
    # Both kinds of glued byline end on a closing bracket, on the line itself
    # or on the next one: only those lines are looked at.
    closing = [line.text.rstrip().endswith(("）", ")")) for line in lines]
    candidates = [i for i, (here, after) in enumerate(zip(closing, closing[1:] + [False])) if here or after]
    done = 0  # lines before this are in ``out``
    for i in candidates:
        if i < done:
            continue  # the second line of a wrapped byline
        out.extend(lines[done:i])
        line = lines[i]
        done = i + 1
        if i + 1 < len(lines):
            wrapped = wrapped_trailing_byline(line.text, lines[i + 1].text)
            if wrapped is not None and wrapped[0]:
                glued[len(out)] = wrapped[1]
                out.append(make_line(line.no, wrapped[0], line.blank_before, width=line.width))
                done = i + 2
                continue
        found = split_trailing_byline(line.text)
        if found is not None and found[0]:
            glued[len(out)] = found[1]
            out.append(make_line(line.no, found[0], line.blank_before, width=line.width))
        else:
            out.append(line)
    out.extend(lines[done:])
    return out, glued


def allowed_roles(page: PageLines, i: int) -> tuple[int, ...]:
    """The roles an open line may take, from what it plainly is."""
    if i in page.glued:
        return _BODY_ONLY
    kind = _kind(page, i)
    text = page.lines[i].text
    if kind & _K_DATELINE and dateline_alone(text):
        return _BODY_ONLY
    if text[:1] in "（(" and kind & _K_BYLINE:
        return _BRACKET_ROLES
    if kind & _K_CREDIT:
        return _CREDIT_ROLES
    if kind & _K_BYLINE:
        return _BYLINE_ROLES
    if not kind & _K_HEADING and (kind & _K_TERMINAL or page.running[i]):
        return _SENTENCE_ROLES
    if _wrapped_into_next(page, i):
        return _SENTENCE_ROLES
    if i + 1 < len(page.lines) and _kind(page, i + 1) & _K_DATELINE:
        # A dateline opens an article's text, never a stretch after a sub-heading.
        return _NO_SUBHEAD
    if i - 1 in page.ends_after:
        # A «下转» jump line closed the article before: what follows opens another,
        # and no article opens on a sub-heading.
        return _NO_SUBHEAD
    if text[:1].isdigit() and _only_a_date(text):
        # A date on its own (the page's, printed out of its band) names no one and heads
        # nothing: furniture, or the date a notice is signed with.
        return _A_DATE_ALONE
    return _ALL_BUT_END


def _wrapped_into_next(page: PageLines, i: int) -> bool:
    """A full-width line whose last word runs on into the running text of the next line
    («…走进满洲» / «里市五原镇，…») is the first line of a paragraph, even when a blank line
    came between the two (a break the extractor put inside the paragraph): no heading
    wraps into a sentence.  A heading is as a rule narrower than the column it heads."""
    if i + 1 >= len(page.lines) or not page.running[i + 1]:
        return False
    if _kind(page, i + 1) & _K_DATELINE:
        return False  # a dateline opens an article's text: nothing wraps into it
    line, nxt = page.lines[i], page.lines[i + 1]
    if line.text.startswith(("——", "—", "--")):
        return False  # a subtitle set across the column
    if _GAP.search(line.text):
        return False  # two halves of a headline («春耕生产有声有色 促进农牧民增收»)
    # The narrower of the columns measured on each side: the line may sit at a column's
    # end and wrap on into a wider one.  2.5 cells of slack: half-width digits and a
    # punctuation mark kept off the next line's start make a wrapped line that much shorter.
    widths = [w for w in (page.before[i], page.after[i]) if w > 0]
    if not widths or line.width < min(widths) - 2.5:
        return False
    # A word read across the break proves the wrap only where the break cannot as well
    # fall between two words: a heading ending on a word over a paragraph opening on one
    # meets a listed word across the two by chance.
    word_wrapped = word_across(line.text, nxt.text) and not words_meet(line.text, nxt.text)
    return word_wrapped or continues_sentence(nxt.text)


_WEEKDAY = re.compile(r"(?:星期|周)[一二三四五六日天]")


def _only_a_date(text: str) -> bool:
    squashed = text.replace(" ", "").replace("\u3000", "")
    found = find_dates(squashed)
    return len(found) == 1 and found[0].start == 0 and (
        found[0].end == len(squashed) or _WEEKDAY.fullmatch(squashed[found[0].end :]) is not None)


def build_chain(lines: list[Line], ends_after_nos: set[int]) -> tuple[Chain, dict[int, Byline], list[Line]]:
    """The chain of a page's text lines (after bylines are split off)."""
    lines, glued = split_glued_bylines(lines)
    ends_after = {i for i, line in enumerate(lines) if line.no in ends_after_nos}
    page = prepare(lines, glued, ends_after)
    nodes: list[range] = []
    allowed: list[tuple[int, ...]] = []
    features: list[list[int] | None] = []
    run_start = None
    for i, is_open in enumerate(page.open):
        if not is_open:
            if run_start is None:
                run_start = i
            continue
        if run_start is not None:
            nodes.append(range(run_start, i))
            allowed.append(_BODY_ONLY)
            features.append(None)
            run_start = None
        nodes.append(range(i, i + 1))
        allowed.append(allowed_roles(page, i))
        features.append(line_features(page, i))
    if run_start is not None:
        nodes.append(range(run_start, len(lines)))
        allowed.append(_BODY_ONLY)
        features.append(None)
    return Chain(page, nodes, allowed, features), glued, lines


# Roles whose emission score falls this far below the best role's cannot win:
# transition scores differ by far less.  Leaving them out keeps decoding fast.
BEAM = 14.0


def _within_beam(roles: tuple[int, ...], row: list[float]) -> tuple[int, ...]:
    """The roles of one row within the beam: the definition beams() follows for a whole page."""
    best = max(row[s] for s in roles)
    kept = tuple(s for s in roles if row[s] >= best - BEAM)
    return kept


def beams(allowed: Sequence[tuple[int, ...]], emitted: np.ndarray) -> list[tuple[int, ...]]:
    """_within_beam of every row at once: the rows are grouped by their allowed
    roles (a page has few distinct tuples), each group's best and kept roles
    worked out as arrays, and each kept set (a bit mask) turned into a tuple once."""
    out: list[tuple[int, ...]] = [()] * len(allowed)
    groups: dict[tuple[int, ...], list[int]] = {}
    for k, roles in enumerate(allowed):
        groups.setdefault(roles, []).append(k)
    for roles, rows in groups.items():
        scores = emitted[np.ix_(rows, roles)]
        best = scores.max(axis=1)
        masks = (scores >= (best - BEAM)[:, None]) @ (1 << np.arange(len(roles), dtype=np.int64))
        tuples: dict[int, tuple[int, ...]] = {}
        for k, mask in zip(rows, masks.tolist()):
            kept = tuples.get(mask)
            if kept is None:
                kept = tuples[mask] = tuple(s for b, s in enumerate(roles) if mask >> b & 1)
            out[k] = kept
    return out


def read_roles(lines: list[Line], ends_after_nos: set[int], model: lm.LineModel | None = None) -> LineRoles:
    model = model or lm.default_model()
    chain, glued, lines = build_chain(lines, ends_after_nos)
    open_nodes = [t for t, f in enumerate(chain.features) if f is not None]
    matrix = model.emission_matrix([chain.features[t] for t in open_nodes])
    scores: list[list[float] | None] = [None] * len(chain.nodes)
    allowed = list(chain.allowed)
    for t, row, kept in zip(open_nodes, matrix.tolist(), beams([chain.allowed[t] for t in open_nodes], matrix)):
        scores[t] = row
        allowed[t] = kept
    reading = lm.decode(model, allowed, scores)
    if chain.nodes and not any(state in _ARTICLE_TEXT for state in reading.states):
        # Captions and furniture belong to a page whose articles have text: a
        # page read without a line of article text (a short page gives the model
        # little context) is read again with every line in some article.
        narrowed = [tuple(s for s in roles if s not in _NO_ARTICLE) or roles for roles in chain.allowed]
        reading = lm.decode(model, narrowed, scores)
    states = list(reading.states)
    # Which reading decided each node: the page's, or the window read again around a forced start.
    readings: dict[int, tuple[lm.Reading, int]] = {}
    for first, last, start in _missed_starts(chain, glued, reading):
        window = list(allowed[first : last + 1])
        window[start - first] = tuple(s for s in chain.allowed[start] if s in lm.STARTS)
        before = states[first - 1] if first > 0 else None
        after = states[last + 1] if last + 1 < len(states) else None
        again = lm.decode(lm.within(model, before, after), window, scores[first : last + 1])
        states[first : last + 1] = again.states
        readings.update((t, (again, t - first)) for t in range(first, last + 1))
    roles = [lm.BODY] * len(lines)
    result = LineRoles(lines, roles, glued)
    for t, span in enumerate(chain.nodes):
        state = states[t]
        if state != lm.BODY:
            roles[span.start : span.stop] = [state] * len(span)
        if chain.features[t] is not None:
            i = span.start
            decided, k = readings.get(t, (reading, t))
            result.start_margin[i], result.role_margin[i] = decided.start_and_role_margins(k)
    return result


def _missed_starts(chain: Chain, glued: dict[int, Byline], reading: lm.Reading) -> list[tuple[int, int, int]]:
    """Where a missed article must start: an article names its people once,
    so one that has a byline under its headline and later a closing byline
    holds two articles.  Of the heading-like nodes between the two bylines,
    the one whose best reading as an article's start scores highest starts
    the second; none when the model gives none of them a start within its beam.
    Each as (the first byline's node, the closing one's, the node to start)."""
    ends = {t for t, span in enumerate(chain.nodes) if span.stop - 1 in glued}
    forced: list[tuple[int, int, int]] = []
    top: int | None = None
    opening = False  # the next body node is an article's first: its dateline may name the people
    for t, state in enumerate(reading.states):
        if state in lm.STARTS:
            top, opening = None, True
        elif state == lm.BYLINE:
            if top is None:
                top = t
        elif state == lm.BODY and opening:
            opening = False
            if top is None and _dateline_names_people(chain.page, chain.nodes[t].start):
                top = t
        if state == lm.END_BYLINE or t in ends:
            if top is not None:
                best = _best_start_between(reading, top + 1, t)
                if best is not None:
                    forced.append((top, t, best))
            top = None
    return forced


def _dateline_names_people(page: PageLines, i: int) -> bool:
    """«本报讯（记者 王一）…»: a dateline with its byline bracket."""
    if not _kind(page, i) & _K_DATELINE:
        return False
    # (Read across the breaks: «本报贵阳 8 月 16 日» / «电（记者 达瓦）…» names 达瓦 too.)
    found = dateline_at(page.lines, i)
    return found is not None and found.byline is not None


def _best_start_between(reading: lm.Reading, first: int, stop: int) -> int | None:
    """Only a line the model read as the article's text can start the second one, and only
    after the first has some body: a date or section line in between is furniture still."""
    best, best_value = None, -math.inf
    has_body = False
    for t in range(first, stop):
        state = reading.states[t]
        eligible = has_body and state in _ARTICLE_TEXT
        has_body = has_body or state == lm.BODY
        if not eligible:
            continue
        for s, f, b in zip(reading.allowed[t], reading.forward[t], reading.backward[t]):
            if s in lm.STARTS and f + b > best_value:
                best, best_value = t, f + b
    return best
