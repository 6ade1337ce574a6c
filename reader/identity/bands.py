"""Reading one line of a page's header or footer band into pieces.

A band line is a row of values set apart by spaces: dates, the weekday,
the lunar date, the page label, the section, editors with their roles, the
issue and CN numbers, the paper's name.  ``read_line`` finds each value
with its own reader (dates.py, pagelabels.py …), then looks at what is left:
a short Han run standing apart may be the section (or, at the top, an
unlisted paper's name); anything else is ``unread``, and a line with
unread text is not a band line (see pageband.py).

Footer lines that carry the imprint (地址, 电话, 广告许可证, 印刷 …) are
read for their CN serial and issue only: the paper named there is often the
printer or the publisher, not this paper.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from reader.identity import dates, pagelabels, serials
from reader.identity.editors import ROLE_RE, read_names
from reader.identity.newspapers import known, masthead_form
from reader.identity.sections import section_form, section_prior
from reader.identity.text import fold

Position = Literal["header", "footer"]

# Longer lines are text, not a band (the longest real headers run to about 70 characters).
MAX_BAND_CHARS = 120

# Values that make a line a band line on their own; the others (weekday,
# lunar date, page count …) only ride along with them.
STRONG = frozenset({"date", "page", "editors", "issue", "cn", "newspaper", "imprint"})

_IMPRINT_LABEL = re.compile(
    r"(?:社址|本报地址|地址|邮编|邮政编码|电话|传真|热线|新闻热线|广告(?:经营)?许可证|广告部|发行部|发行|印刷|承印|"
    r"定价|零售价?|每份|月价|年价|订阅|投稿邮箱|电子邮箱|网址|主管|主办|出版|总编辑|社长)\s*[:：]"
)
_WEB_RE = re.compile(r"(?:https?://)?www\.[A-Za-z0-9.\-/]+|[A-Za-z0-9._\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_PRICE_RE = re.compile(r"(?:定价|零售价?|每份)\s*[:：]?\s*\d+(?:\.\d+)?\s*元")
_TOKEN_RE = re.compile(r"[^\s\x00|｜/／:：■□◆◇●○★☆▲△▼▽◎※【】\[\]]+")
_EDGE_MARKS = "《》「」“”·•-—"
_LATIN_WORD = re.compile(r"^[A-Z][A-Z'’.&\-]*$")


@dataclass(frozen=True, slots=True)
class Piece:
    kind: str  # date, weekday, lunar, page, page_count, editors, issue, cn, postal, newspaper, section, imprint, other
    start: int
    end: int
    value: object = None


@dataclass(frozen=True, slots=True)
class LineReading:
    text: str
    pieces: tuple[Piece, ...]
    unread: tuple[str, ...]  # tokens no reader claimed
    sections: tuple[str, ...]  # runs that have the form of a section name
    section: str | None  # the one taken for the section (see _choose_section)
    dangling: bool  # ends in a role word whose names are on the next line

    @property
    def strong(self) -> bool:
        return any(p.kind in STRONG for p in self.pieces)

    @property
    def fully_read(self) -> bool:
        return not self.unread and not self.dangling

    @property
    def imprint(self) -> bool:
        return any(p.kind == "imprint" for p in self.pieces)

    def kinds(self) -> set[str]:
        return {p.kind for p in self.pieces}


class _Claims:
    """The pieces found so far; a new piece may not overlap one."""

    def __init__(self, text: str):
        self.text = text
        self.pieces: list[Piece] = []

    def free(self, start: int, end: int) -> bool:
        return all(p.end <= start or end <= p.start for p in self.pieces)

    def add(self, kind: str, start: int, end: int, value: object = None) -> bool:
        if start >= end or not self.free(start, end):
            return False
        self.pieces.append(Piece(kind, start, end, value))
        return True

    def claim_all(self, kind: str, pattern: re.Pattern[str], value=None) -> None:
        for match in pattern.finditer(self.text):
            self.add(kind, match.start(), match.end(), value(match) if value else None)

    def masked(self, mark: str = "\x00") -> str:
        chars = list(self.text)
        for p in self.pieces:
            chars[p.start : p.end] = mark * (p.end - p.start)
        return "".join(chars)

    def next_start(self, after: int) -> int:
        return min((p.start for p in self.pieces if p.start >= after), default=len(self.text))


def is_imprint(folded: str) -> bool:
    """The imprint line of a footer: two labels such as 地址：… 电话：…, or one that opens the line."""
    labels = list(_IMPRINT_LABEL.finditer(folded))
    return len(labels) >= 2 or (len(labels) == 1 and labels[0].start() == len(folded) - len(folded.lstrip()))


_SENTENCE_MARKS = re.compile(r"[。；！？!?]")


def _sentence(folded: str) -> bool:
    """A sentence is no band line; a comma is allowed only between editors' names."""
    if _SENTENCE_MARKS.search(folded):
        return True
    return ("，" in folded or "," in folded) and ROLE_RE.search(folded) is None


def read_line(text: str, position: Position = "header") -> LineReading:
    """The values printed on one band line, and what is left unread."""
    folded = fold(text)
    if len(folded.strip()) > MAX_BAND_CHARS:
        return LineReading(text, (), (text.strip(),), (), None, False)
    imprint = is_imprint(folded)
    if not imprint and _sentence(folded):
        return LineReading(text, (), (text.strip(),), (), None, False)
    claims = _Claims(folded)
    claims.claim_all("cn", serials.CN_RE, serials.read_cn)
    claims.pieces = [p for p in claims.pieces if p.value is not None]  # an unknown region code is no serial
    claims.claim_all("postal", serials.POSTAL_RE)
    if imprint:
        claims.claim_all("issue", serials.ISSUE_RE, serials.read_issue)
        rest = [(m.start(), m.end()) for m in re.finditer(r"\S+", claims.masked(" "))]
        if rest:
            claims.add("imprint", rest[0][0], rest[-1][1]) or _add_each(claims, rest)
        return _reading(text, claims, (), (), None, False)
    claims.claim_all("other", _WEB_RE)
    claims.claim_all("other", _PRICE_RE)
    claims.claim_all("page_count", pagelabels.PAGE_COUNT_RE)
    for found in dates.find_dates(folded):
        claims.add("date", found.start, found.end, found)
    claims.claim_all("weekday", dates.WEEKDAY_RE, dates.weekday_value)
    claims.claim_all("lunar", dates.LUNAR_RE)
    claims.claim_all("lunar", dates.SOLAR_TERM_RE)
    claims.claim_all("issue", serials.ISSUE_RE, serials.read_issue)
    for pattern in (pagelabels.ORDINAL_RE, pagelabels.SUFFIXED_RE, pagelabels.DASHED_RE, pagelabels.LETTERED_RE):
        for match in pattern.finditer(folded):
            label = pagelabels.normalise_label(match["label"])
            if label is not None:
                claims.add("page", match.start(), match.end(), label)
    dangling = _read_editors(claims)
    masked = claims.masked(" ")
    for start, end, name in known().find(masked):
        claims.add("newspaper", start, end, name)
    return _leftovers(text, claims, position, dangling)


def _add_each(claims: _Claims, spans: list[tuple[int, int]]) -> bool:
    for start, end in spans:
        claims.add("imprint", start, end)
    return True


def _read_editors(claims: _Claims) -> bool:
    """Claim each role and the names after it; True when the line ends in a role with no names."""
    roles = [m for m in ROLE_RE.finditer(claims.text) if claims.free(m.start(), m.end())]
    dangling = False
    for index, match in enumerate(roles):
        stop = roles[index + 1].start() if index + 1 < len(roles) else len(claims.text)
        _free_glued_term(claims, match.end(), stop)
        stop = min(stop, claims.next_start(match.end()))
        run = read_names(claims.text[match.end() : stop])
        pairs = tuple((match["role"], name) for name in run.names)
        if not pairs and not claims.text[match.end() : stop].strip() and stop == len(claims.text):
            dangling = True
        claims.add("editors", match.start(), match.end() + run.end if pairs else match.end(), pairs)
    return dangling


def _free_glued_term(claims: _Claims, start: int, stop: int) -> None:
    """A solar term inside the first word after a role is part of the name («美编：夏立春»), not a term.

    A term printed on a band stands apart from its neighbours; one that shares a word with
    the characters after a role word (no space or list mark between) was read out of a name.
    """
    word = re.match(r"[^\s、，,；;]+", claims.text[start:stop])
    if word is None:
        return
    end = start + word.end()
    claims.pieces = [
        p for p in claims.pieces
        if not (p.kind == "lunar" and start <= p.start and p.end <= end and p.end - p.start < end - start
                and dates.SOLAR_TERM_RE.fullmatch(claims.text, p.start, p.end))
    ]


def _leftovers(text: str, claims: _Claims, position: Position, dangling: bool) -> LineReading:
    masked = claims.masked()
    tokens = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(masked)]
    unread: list[tuple[int, int, str]] = []
    sections: list[tuple[int, int, str]] = []
    has_page = any(p.kind == "page" for p in claims.pieces)
    # A paper's name that is not on the list is taken only where a masthead stands: in the
    # header, or on a running head at the foot, which prints the date and the page beside it.
    masthead_here = position == "header" or has_page and any(p.kind == "date" for p in claims.pieces)
    for start, end in tokens:
        raw = masked[start:end]
        token = raw.strip(_EDGE_MARKS)
        if not token:
            continue
        s = start + raw.index(token)
        e = s + len(token)
        glued = _glued_kinds(claims, start, end)
        at_edge = not masked[:start].strip(" |｜") or not masked[end:].strip(" |｜")
        if token.isdigit() and len(token) <= 3 and not has_page and at_edge and not glued:
            # A bare number at either end of a band line is the page («2023年3月7日 星期二 3»).
            label = pagelabels.normalise_label(token)
            if label is not None:
                claims.add("page", s, e, label)
                has_page = True
                continue
        if masthead_here and masthead_form(token) and "date" not in glued:
            claims.add("newspaper", s, e, token)
            continue
        if section_form(token) and glued <= {"page"}:
            sections.append((s, e, token))
            continue
        unread.append((s, e, token))
    if not has_page:
        unread = _number_beside_section(claims, unread, sections)
    if position == "header" and unread and all(_LATIN_WORD.match(t) for _, _, t in unread) and not claims.pieces:
        # The masthead's name in pinyin or English: «NEIMENGGU FAZHI BAO», «PEOPLE'S DAILY».
        for s, e, _ in unread:
            claims.add("other", s, e)
        unread = []
    if len(sections) > 2:
        unread.extend(sections[2:])
        sections = sections[:2]
    section = _choose_section(claims, sections)
    for s, e, token in sections:
        claims.add("section", s, e, token if token == section else None)
    return _reading(text, claims, tuple(t for _, _, t in unread), tuple(t for _, _, t in sections), section, dangling)


def _number_beside_section(claims: _Claims, unread, sections):
    """«3 要闻», «要闻 3» in the middle of a band: a bare number next to the section name is the page."""
    for entry in unread:
        s, e, token = entry
        if not (token.isdigit() and len(token) <= 3) or _glued_kinds(claims, s, e):
            continue
        for start, end, _ in sections:
            gap = claims.text[e:start] if e <= start else claims.text[end:s]
            if not gap.strip():
                label = pagelabels.normalise_label(token)
                if label is not None and claims.add("page", s, e, label):
                    return [u for u in unread if u is not entry]
    return unread


def _glued_kinds(claims: _Claims, start: int, end: int) -> set[str]:
    """Kinds of the pieces that touch this token with no space between."""
    return {p.kind for p in claims.pieces if p.end == start or p.start == end}


def _choose_section(claims: _Claims, sections: list[tuple[int, int, str]]) -> str | None:
    """The run beside the page label (nothing between them); failing that the
    more common section name; failing that the only run."""
    if not sections:
        return None
    for page in (p for p in claims.pieces if p.kind == "page"):
        beside = [s for s in sections if not _piece_between(claims, page, s[0], s[1])]
        if beside:
            return min(beside, key=lambda s: min(abs(s[0] - page.end), abs(page.start - s[1])))[2]
    if len(sections) == 1:
        return sections[0][2]
    first, second = sorted((section_prior(s[2]) for s in sections), reverse=True)[:2]
    if first > second:
        return max(sections, key=lambda s: section_prior(s[2]))[2]
    return None


def _piece_between(claims: _Claims, page: Piece, start: int, end: int) -> bool:
    low, high = (page.end, start) if page.end <= start else (end, page.start)
    return any(p is not page and low <= p.start and p.end <= high for p in claims.pieces)


def _reading(text, claims, unread, sections, section, dangling) -> LineReading:
    pieces = tuple(sorted(claims.pieces, key=lambda p: p.start))
    return LineReading(text, pieces, unread, sections, section, dangling)
