"""What the line model knows about a line: its own facts and its neighbours', as named binary features.

Most lines of a page are running text: they hold a comma or a stop in the
middle and sit at the column width, and nothing about them is in doubt.
Only the other lines — unpunctuated ones (headlines, sub-headings, bylines,
body lines that happen to hold no comma), lines that end a sentence and
nothing more (last lines, captions), lines much wider than the column — are
*open*: the model decides what they are.  An open line's features compare
it with the column width measured on the running text just before it and
just after it, so that a change of column between two articles shows.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.identity.sections import section_form, section_prior
from reader.parsing.bylines import Byline, bracket_byline, byline_line
from reader.parsing.cohesion import PagePairs
from reader.parsing.cohesion import cohesion as _cohesion
from reader.parsing.datelines import dateline_alone, dateline_at, opens_dateline
from reader.parsing.lines import Line
from reader.parsing.lexicon import GENRE_WORDS, word_across
from reader.parsing.text import HAN_RE, continues_sentence

# A mark inside a line that only running text has.
_RUNNING = re.compile(r"[，；]|[。！？](?=.)")
_UNFINISHED = ("，", "、", "：", ":", "；", ",", ";")
_DASHES = ("——", "—", "--")
_CREDIT = re.compile(r"(?:^|\s)摄\s*[）)]?$|\S\s+摄$")
_GAP = re.compile(f"{HAN_RE.pattern}[ \u3000]+{HAN_RE.pattern}")
# Running text wider than this many columns is a caption or a headline set across columns.
_WIDE_RUNNING = 1.7
# Plain lines measured on each side of an open line.
_NEAR = 7


# The genre a subtitle names at its end («…纪实», «——…侧记»).
_GENRES = re.compile(rf"(?:{'|'.join(GENRE_WORDS)})[”’」]?$")


def _genre_end(text: str) -> bool:
    return _GENRES.search(text.rstrip()) is not None


def _credit(text: str) -> bool:
    """A photo credit at the line's end («… 马桂娟 摄»); the cheap test first."""
    return "摄" in text and _CREDIT.search(text) is not None


BASE: tuple[str, ...] = (
    "bias",
    # the line itself
    "heading", "terminal", "unfinished", "running", "tiny", "small", "short_text",
    "a_short", "a_indent", "a_full", "a_wide", "a_vwide", "b_short", "b_indent", "b_full", "b_wide",
    "col_change", "dash", "quote_start", "digit_start", "dateline", "dateline_alone", "byline_line",
    "bracket_byline", "glued_byline", "open_bracket", "jump_after", "credit", "tuwei", "gap", "continues",
    "section_like", "first", "last", "blank_before", "blank_after",
    # the line before
    "p_none", "p_heading", "p_terminal", "p_unfinished", "p_running", "p_short", "p_full", "p_byline",
    "p_dateline", "p_dash", "p_credit", "p_jump", "p_blank_before", "p_tiny",
    # the line after
    "n_none", "n_heading", "n_terminal", "n_unfinished", "n_running", "n_indent", "n_full", "n_short",
    "n_dateline", "n_byline", "n_dash", "n_continues", "n_blank_after", "n_credit", "n_tiny", "n_wide",
    # two lines away
    "nn_heading", "nn_dateline", "nn_byline", "nn_terminal", "nn_running", "pp_heading", "pp_terminal",
    # widths of neighbouring headline-like lines: a wrapped headline breaks its
    # lines at one width, a kicker and its title are set independently
    "n_same_w", "n_bit_shorter", "n_much_shorter", "n_much_wider", "p_same_w", "p_bit_longer", "p_much_longer",
    "p_much_shorter",
    # a word runs across the break into the next headline-like line (word_on)
    # or from the previous one (word_in): a wrap inside one headline, where a
    # kicker and its title, or a title's two parts, each end on a word (lexicon.py)
    "word_on", "word_in",
    # the line ends on the name of a reportage genre («…纪实», «——…侧记»): a
    # subtitle names the genre of the story under a title, a kicker never does;
    # and the line after does (so this line is the title over that subtitle)
    "genre_end", "n_genre_end",
    # how long the line is, in characters
    "len_le4", "len_le7", "len_le10", "len_le14", "len_le20", "len_gt20",
    # how the page was extracted: blank lines never, seldom or often (a blank
    # line means a new block to one extractor and a column break to another),
    # and one column width for the whole page or one per article
    "pg_blank0", "pg_blank_lo", "pg_blank_hi", "pg_uniform",
    # the text between two article ends (bylines, «下转» jump lines): how many
    # heading candidates it holds besides its first lines (an article has no
    # sub-heading or two and more, so a lone candidate is a headline), whether
    # this is the first of them, whether the text is closed by an end at all,
    # and whether its first article set its byline up front (so the closing
    # byline is a later article's)
    "seg_lone", "seg_two", "seg_many", "seg_first", "seg_open", "seg_upfront",
    # lexical cohesion across a heading-like line: how much the text before it
    # shares with the text after it (character pairs, weighted by how rare they
    # are on the page).  A sub-heading sits inside one story, a headline
    # between two (TextTiling's idea, Hearst 1997)
    "coh_0", "coh_1", "coh_2", "coh_3", "coh_4",
    # lines since the previous heading candidate and until the next one:
    # sub-headings come every dozen lines or so, headlines after whole stories
    "gap_p6", "gap_p12", "gap_p20", "gap_p40", "gap_pmore", "gap_n6", "gap_n12", "gap_n20", "gap_n40", "gap_nmore",
)
# Pairs of these are features too: the model is linear, and a heading after a
# finished sentence is not the sum of a heading and a finished sentence.
KEYS: tuple[str, ...] = (
    "heading", "terminal", "unfinished", "tiny", "small", "a_short", "a_indent", "a_full", "a_wide",
    "blank_before", "blank_after", "col_change", "dash", "first",
    "p_heading", "p_terminal", "p_running", "p_byline", "p_unfinished",
    "n_heading", "n_running", "n_indent", "n_full", "n_short", "n_dateline", "n_byline", "n_terminal", "n_dash",
    "n_same_w", "p_same_w", "nn_heading", "nn_running", "nn_dateline", "len_le4", "len_le7", "len_gt20",
    "pg_blank0", "pg_blank_lo", "pg_blank_hi", "pg_uniform", "seg_lone", "seg_open", "seg_upfront",
    "coh_0", "coh_4", "gap_p6", "gap_pmore", "gap_n6", "gap_nmore",
)
_SHARED: tuple[str, ...] = BASE + tuple(f"{a}&{b}" for k, a in enumerate(KEYS) for b in KEYS[k + 1 :])
# Page styles: how often the extractor left blank lines (never, seldom, often)
# and whether the page has one column width.  Every feature has a shared
# weight and one for the page's style, so that what a blank line or a line's
# width means can differ between styles while what they share is learnt once
# ("frustratingly easy" domain adaptation, Daumé 2007).
STYLES: tuple[str, ...] = ("blank0", "blank0_uniform", "blanklo", "blanklo_uniform", "blankhi", "blankhi_uniform")
STYLE_COPIES = False
FEATURES: tuple[str, ...] = _SHARED + (tuple(f"{style}:{name}" for style in STYLES for name in _SHARED) if STYLE_COPIES else ())
INDEX = {name: i for i, name in enumerate(FEATURES)}
_KEY_RANK = {INDEX[name]: k for k, name in enumerate(KEYS)}
_N_SHARED = len(_SHARED)
_PAIR = [[INDEX[f"{a}&{b}"] if k < j else -1 for j, b in enumerate(KEYS)] for k, a in enumerate(KEYS)]


@dataclass(slots=True)
class PageLines:
    """The text lines of a page with the facts the model reads, computed once per line."""

    lines: list[Line]
    glued: dict[int, Byline] = field(default_factory=dict)  # line index -> byline split off its end
    ends_after: set[int] = field(default_factory=set)  # line indices after which an article ends
    running: list[bool] = field(default_factory=list)
    open: list[bool] = field(default_factory=list)
    before: list[float] = field(default_factory=list)  # column width measured on running text before
    after: list[float] = field(default_factory=list)
    style: tuple[int, ...] = ()  # the page-style features (indices into FEATURES)
    style_offset: int = 0  # where the page style's copies of the features start
    segment: dict[int, tuple[int, ...]] = field(default_factory=dict)  # per heading candidate: its segment features
    candidates: list[int] = field(default_factory=list)  # heading candidates: heading-like lines after a finished one
    kinds: list[int] = field(default_factory=list)  # per line: the _K_ bits of what it plainly is
    _pairs: PagePairs | None = None  # character pairs of the page's text, weighted by rarity


def prepare(lines: list[Line], glued: dict[int, Byline], ends_after: set[int]) -> PageLines:
    page = PageLines(lines, glued, ends_after)
    running = [bool(_RUNNING.search(line.text)) for line in lines]
    widths = sorted(line.width for line, r in zip(lines, running) if r)
    typical = widths[len(widths) // 2] if widths else 0.0
    page.running = [
        r and i not in glued and line.width <= typical * _WIDE_RUNNING + 1.0 and not _credit(line.text)
        # «图为…» opens a photo caption, whatever marks it holds (a credit wrapped onto the next line)
        and not line.text.startswith("图为")
        # a whole sentence on one line wider than the column: a caption under a photo
        and not (line.terminal and (i == 0 or lines[i - 1].terminal) and line.width > typical + 1.5)
        for i, (line, r) in enumerate(zip(lines, running))
    ]
    page.open = [not r for r in page.running]
    page.kinds = _kinds(page)
    _measure(page)
    page.style = _style(lines, widths, typical)
    page.style_offset = _N_SHARED * (1 + _style_index(page.style))
    page.candidates = [
        i for i in range(1, len(lines))
        if page.open[i] and lines[i].heading_like and not lines[i].terminal and lines[i - 1].terminal
    ]
    _segments(page)
    return page


_GAP_BINS = (6, 12, 20, 40)
_GAP_P = ("gap_p6", "gap_p12", "gap_p20", "gap_p40", "gap_pmore")
_GAP_N = ("gap_n6", "gap_n12", "gap_n20", "gap_n40", "gap_nmore")


def _gaps_around(page: PageLines, i: int) -> tuple[str, str]:
    at = bisect.bisect_left(page.candidates, i)
    before = i - page.candidates[at - 1] if at > 0 else i + 100
    k = at + 1 if at < len(page.candidates) and page.candidates[at] == i else at
    after = page.candidates[k] - i if k < len(page.candidates) else len(page.lines) - i + 100
    return _GAP_P[bisect.bisect_left(_GAP_BINS, before)], _GAP_N[bisect.bisect_left(_GAP_BINS, after)]


# The cohesion bins (cohesion.py).
_COHESION_BINS = (0.03, 0.06, 0.12, 0.2)


def cohesion(page: PageLines, i: int) -> float | None:
    """How much the text before lines[i] shares with the text after it (see cohesion.py)."""
    if page._pairs is None:
        # Every heading-like open line is asked (line_features), so all are worked out at once.
        page._pairs = PagePairs(page.lines)
        page._pairs.compute(k for k in range(1, len(page.lines)) if page.open[k] and page.lines[k].heading_like)
    return _cohesion(page._pairs, i)


def _is_end(page: PageLines, i: int) -> bool:
    return i in page.glued or i in page.ends_after or bracket_byline(page.lines[i].text) is not None


def _segments(page: PageLines) -> None:
    """Segment features of each heading candidate (a heading-like line after a finished sentence)."""
    lines = page.lines
    start = 0
    n = len(lines)
    # (A bracketed byline ends on its bracket: only those lines are asked.)
    ends = [i for i, line in enumerate(lines) if i in page.glued or i in page.ends_after
            or (line.text.rstrip().endswith(("）", ")")) and _is_end(page, i))]
    for i in ends + [n]:
        # lines[start : i + 1] is one segment (closed by line i, or open at the page's end)
        stop = min(i + 1, n)
        candidates = [
            k for k in range(start + 1, stop)
            if page.open[k] and lines[k].heading_like and not lines[k].terminal and lines[k - 1].terminal
            and k > start + 1 and not lines[k - 1].heading_like
        ]
        closed = i < n
        upfront = _byline_up_front(lines, start, stop)
        count = len(candidates)
        size = "seg_lone" if count == 1 else "seg_two" if count == 2 else "seg_many"
        for rank, k in enumerate(candidates):
            feats = [INDEX[size]]
            if rank == 0:
                feats.append(INDEX["seg_first"])
            if not closed:
                feats.append(INDEX["seg_open"])
            if upfront:
                feats.append(INDEX["seg_upfront"])
            page.segment[k] = tuple(feats)
        start = i + 1


def _byline_up_front(lines: list[Line], start: int, stop: int) -> bool:
    """Does the segment's first article print a bracketed byline after its dateline?"""
    segment = lines[start:stop]
    for k in range(min(len(segment), 5)):
        found = dateline_at(segment, k)
        if found is not None:
            return found.byline is not None
    return False


# Shares of lines after a blank line, and of running lines within justification of the typical width.
_FEW_BLANKS, _MANY_BLANKS, _UNIFORM = 0.02, 0.15, 0.78


def _style_index(style: tuple[int, ...]) -> int:
    blanks = 0 if INDEX["pg_blank0"] in style else 1 if INDEX["pg_blank_lo"] in style else 2
    return 2 * blanks + (INDEX["pg_uniform"] in style)


def _style(lines: list[Line], running_widths: list[float], typical: float) -> tuple[int, ...]:
    if not lines:
        return ()
    blanks = sum(1 for line in lines if line.blank_before) / len(lines)
    style = [INDEX["pg_blank0" if blanks < _FEW_BLANKS else "pg_blank_lo" if blanks < _MANY_BLANKS else "pg_blank_hi"]]
    if running_widths and sum(1 for w in running_widths if abs(w - typical) <= 1.5) >= _UNIFORM * len(running_widths):
        style.append(INDEX["pg_uniform"])
    return tuple(style)


def _measure(page: PageLines) -> None:
    """Column width before and after each open line, from the nearest running lines."""
    plain = [i for i, r in enumerate(page.running) if r]
    widths = [page.lines[i].width for i in plain]
    n = len(page.lines)
    page.before = [0.0] * n
    page.after = [0.0] * n
    fallback = sorted(widths)[len(widths) * 3 // 4] if widths else max((l.width for l in page.lines), default=0.0)
    for i in range(n):
        if not page.open[i]:
            continue
        at = bisect.bisect_left(plain, i)
        ahead = sorted(widths[at : at + _NEAR])
        behind = sorted(widths[max(0, at - _NEAR) : at])
        page.after[i] = ahead[len(ahead) * 2 // 3] if ahead else (behind[len(behind) * 2 // 3] if behind else fallback)
        page.before[i] = behind[len(behind) * 2 // 3] if behind else page.after[i]


# Facts about a neighbouring line, cached per page: one bit each.
_K_HEADING, _K_TERMINAL, _K_UNFINISHED, _K_RUNNING, _K_DATELINE, _K_BYLINE, _K_DASH, _K_CREDIT, _K_TINY = (
    1 << k for k in range(9)
)


def _kind(page: PageLines, i: int) -> int:
    return page.kinds[i]


_AGENCIES = ("本报", "新华社", "中新社", "人民网", "新华网")  # datelines._AGENCY_START


def _kinds(page: PageLines) -> list[int]:
    """The kind bits of every line of the page.

    The plain facts go for the whole page at once; the costly tests
    (datelines, bylines, credits) run only on the lines that pass their
    cheap necessary conditions: a dateline has «讯» or «电» among its first
    characters or the next line's (or opens with an agency), a byline line
    holds no comma or full stop, a credit holds «摄».
    """
    lines = page.lines
    texts = [line.text for line in lines]
    kinds = [
        (_K_HEADING if line.heading_like else 0) | (_K_TERMINAL if line.terminal else 0)
        | (_K_UNFINISHED if text.endswith(_UNFINISHED) else 0) | (_K_RUNNING if running else 0)
        | (_K_DASH if text.startswith(_DASHES) else 0) | (_K_TINY if line.width <= 3 else 0)
        for line, text, running in zip(lines, texts, page.running)
    ]
    signed = ["讯" in text[:20] or "电" in text[:20] for text in texts] + [False]
    for i, text in enumerate(texts):
        if (signed[i] or signed[i + 1] or text.startswith(_AGENCIES)) and opens_dateline(lines, i):
            kinds[i] |= _K_DATELINE
    for i, text in enumerate(texts):
        if i in page.glued or (
            len(text) <= 60 and "，" not in text and "。" not in text
            and (byline_line(text) is not None or (text[:1] in "（(" and bracket_byline(text) is not None))
        ):
            kinds[i] |= _K_BYLINE
        if "摄" in text and _credit(text):
            kinds[i] |= _K_CREDIT
    return kinds


_I = INDEX


def line_features(page: PageLines, i: int) -> list[int]:
    """The indices (into FEATURES) of the features an open line has."""
    lines = page.lines
    line = lines[i]
    text = line.text
    w = line.width
    a, b = page.after[i], page.before[i]
    on: list[int] = [_I["bias"], *page.style, *page.segment.get(i, ())]
    add = on.append
    kind = _kind(page, i)
    if kind & _K_HEADING:
        add(_I["heading"])
    if kind & _K_TERMINAL:
        add(_I["terminal"])
    if kind & _K_UNFINISHED:
        add(_I["unfinished"])
    if kind & _K_RUNNING:
        add(_I["running"])
    if w <= 3:
        add(_I["tiny"])
    elif w <= 6:
        add(_I["small"])
    length = len(text)
    if length <= 12:
        add(_I["short_text"])
    add(_I["len_le4"] if length <= 4 else _I["len_le7"] if length <= 7 else _I["len_le10"] if length <= 10
        else _I["len_le14"] if length <= 14 else _I["len_le20"] if length <= 20 else _I["len_gt20"])
    add(_I["a_" + _width_class(w, a)])
    b_class = _width_class(w, b)
    add(_I["b_" + ("wide" if b_class == "vwide" else b_class)])
    if abs(a - b) >= 1.5:
        add(_I["col_change"])
    if kind & _K_DASH:
        add(_I["dash"])
    first_char = text[:1]
    if first_char in "“《「‘":
        add(_I["quote_start"])
    if first_char.isdigit():
        add(_I["digit_start"])
    if kind & _K_DATELINE:
        add(_I["dateline_alone"] if dateline_alone(text) else _I["dateline"])
    if kind & _K_BYLINE:
        if i in page.glued:
            add(_I["glued_byline"])
        elif first_char in "（(":
            add(_I["bracket_byline"])
        else:
            add(_I["byline_line"])
    if "（" in text and "）" not in text[text.rfind("（") :]:
        add(_I["open_bracket"])
    if i in page.ends_after:
        add(_I["jump_after"])
    if kind & _K_CREDIT:
        add(_I["credit"])
    if text.startswith("图为"):
        add(_I["tuwei"])
    if " " in text and _GAP.search(text):
        add(_I["gap"])
    if continues_sentence(text):
        add(_I["continues"])
    if kind & _K_HEADING:
        gap_before, gap_after = _gaps_around(page, i)
        add(_I[gap_before])
        add(_I[gap_after])
    if kind & _K_HEADING and _genre_end(text):
        add(_I["genre_end"])
    if kind & _K_HEADING and i > 0:
        shared = cohesion(page, i)
        if shared is not None:
            add(_I["coh_" + str(bisect.bisect_right(_COHESION_BINS, shared))])
    if kind & _K_HEADING and len(text) <= 12:
        token = text.replace(" ", "")
        if section_form(token) and section_prior(token) >= 1:
            add(_I["section_like"])
    n_lines = len(lines)
    first, last = i == 0, i == n_lines - 1
    if first:
        add(_I["first"])
    if last:
        add(_I["last"])
    if line.blank_before:
        add(_I["blank_before"])
    if not last and lines[i + 1].blank_before:
        add(_I["blank_after"])
    heading = kind & _K_HEADING
    # the line before
    if first:
        add(_I["p_none"])
    else:
        prev = lines[i - 1]
        p = _kind(page, i - 1)
        on.extend(_P_BITS[p])
        pc = _width_class(prev.width, b)
        if pc == "short":
            add(_I["p_short"])
        elif pc == "full":
            add(_I["p_full"])
        if (i - 1) in page.ends_after:
            add(_I["p_jump"])
        if prev.blank_before:
            add(_I["p_blank_before"])
        if heading and p & _K_HEADING and not line.blank_before:
            d = prev.width - w
            if abs(d) <= 1.0:
                add(_I["p_same_w"])
            elif 0 < d <= 3.0:
                add(_I["p_bit_longer"])
            elif d > 3.0:
                add(_I["p_much_longer"])
            else:
                add(_I["p_much_shorter"])
            if word_across(prev.text, text):
                add(_I["word_in"])
    # the line after
    if last:
        add(_I["n_none"])
    else:
        nxt = lines[i + 1]
        n = _kind(page, i + 1)
        on.extend(_N_BITS[n])
        nc = _width_class(nxt.width, a)
        add(_I["n_wide"] if nc in ("wide", "vwide") else _I["n_" + nc])
        if continues_sentence(nxt.text):
            add(_I["n_continues"])
        if i + 2 < n_lines and lines[i + 2].blank_before:
            add(_I["n_blank_after"])
        if heading and n & _K_HEADING and not nxt.blank_before:
            d = w - nxt.width
            if abs(d) <= 1.0:
                add(_I["n_same_w"])
            elif 0 < d <= 3.0:
                add(_I["n_bit_shorter"])
            elif d > 3.0:
                add(_I["n_much_shorter"])
            else:
                add(_I["n_much_wider"])
            if word_across(text, nxt.text):
                add(_I["word_on"])
            if _genre_end(nxt.text):
                add(_I["n_genre_end"])
    if i + 2 < n_lines:
        on.extend(_NN_BITS[_kind(page, i + 2)])
    if i >= 2:
        on.extend(_PP_BITS[_kind(page, i - 2)])
    keys = tuple(sorted([_KEY_RANK[f] for f in on if f in _KEY_RANK]))
    pairs = _PAIRS_OF_KEYS.get(keys)
    if pairs is None:
        pairs = _pairs_of_keys(keys)
    on.extend(pairs)
    if STYLE_COPIES:
        offset = page.style_offset
        on.extend([f + offset for f in on])
    return on


# The pair features of a set of keys, by the sorted key ranks: lines share a
# few thousand sets between them, so each set's pairs are listed once.
_PAIRS_OF_KEYS: dict[tuple[int, ...], tuple[int, ...]] = {}
_MAX_KEY_SETS = 200_000


def _pairs_of_keys(keys: tuple[int, ...]) -> tuple[int, ...]:
    pairs = tuple(_PAIR[k][j] for x, k in enumerate(keys) for j in keys[x + 1 :])
    if len(_PAIRS_OF_KEYS) >= _MAX_KEY_SETS:
        _PAIRS_OF_KEYS.clear()
    _PAIRS_OF_KEYS[keys] = pairs
    return pairs


def _bit_table(prefix: str, names: tuple[str, ...]) -> tuple[tuple[int, ...], ...]:
    """For each kind (the bits of _kind), the features of a neighbour of that kind, in the order of ``names``."""
    bits = {"heading": _K_HEADING, "terminal": _K_TERMINAL, "unfinished": _K_UNFINISHED, "running": _K_RUNNING,
            "byline": _K_BYLINE, "dateline": _K_DATELINE, "dash": _K_DASH, "credit": _K_CREDIT, "tiny": _K_TINY}
    table = tuple((bits[name], INDEX[prefix + name]) for name in names)
    return tuple(tuple(index for bit, index in table if kind & bit) for kind in range(1 << len(bits)))


_P_BITS = _bit_table("p_", ("heading", "terminal", "unfinished", "running", "byline", "dateline", "dash", "credit", "tiny"))
_N_BITS = _bit_table("n_", ("heading", "terminal", "unfinished", "running", "byline", "dateline", "dash", "credit", "tiny"))
_NN_BITS = _bit_table("nn_", ("heading", "dateline", "byline", "terminal", "running"))
_PP_BITS = _bit_table("pp_", ("heading", "terminal"))


def _width_class(width: float, column: float) -> str:
    if width > column * 1.6:
        return "vwide"
    if width > column + 1.0:
        return "wide"
    if width > column - 1.5:
        return "full"
    if width >= column - 4.5:
        return "indent"
    return "short"


def all_features(page: PageLines) -> dict[int, list[int]]:
    """Features of every open line, by line index."""
    return {i: line_features(page, i) for i, is_open in enumerate(page.open) if is_open}


def feature_names(indices: Sequence[int]) -> list[str]:
    return [FEATURES[i] for i in indices]
