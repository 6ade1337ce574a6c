"""Bylines «（记者 刘晓燕 通讯员 高建军）» and datelines «本报讯», «通辽讯»."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.parsing.lexicon import GENRE_WORDS
from reader.parsing.text import HAN_RE

# Role words printed before the names they introduce; longest first so that
# «特约记者» is not read as «特约» + «记者».
ROLE_WORDS = tuple(
    sorted(
        (
            "记者", "本报记者", "特约记者", "见习记者", "实习记者", "首席记者", "通讯员", "特约通讯员",
            "实习生", "摄影", "摄影记者", "本报通讯员", "文", "图", "文/图", "文图", "撰稿", "编译", "整理",
        ),
        key=len,
        reverse=True,
    )
)
_ROLE_SET = frozenset(ROLE_WORDS)
# One-character roles («文», «图») are too often a name's first character to
# be split off a name they are glued to.
_GLUED_ROLES = tuple(role for role in ROLE_WORDS if len(role) > 1)
_NAME_RE = re.compile(r"^(?:[\u3400-\u9fff\U00020000-\U0003134f]{2,4}|[\u3400-\u9fff\U00020000-\U0003134f]{1,8}(?:[·•][\u3400-\u9fff\U00020000-\U0003134f]{1,8})+)$")

# A bracket at the very end of a line; its content is checked separately.
_TRAILING_BRACKET = re.compile(r"[（(]([^（）()]{1,40})[）)]$")
# What such a line ends with ("$" also matches before a final newline).
_BRACKET_ENDS = ("）", ")", "）\n", ")\n")
# A sentence end that may precede a byline glued to the last line.
_BEFORE_BYLINE = re.compile(r"[。！？!?…”’」』）)]$")

# «本报讯», «通辽讯», «本报北京3月5日讯», «新华社北京3月5日电», followed by a
# bracketed byline or a space before the text.
_DATELINE = re.compile(
    r"^((?:本报|新华社|中新社|人民网|新华网)?[\u3400-\u9fff\dA-Za-z]{0,12}?(?:讯|电))"
    r"(?=\s|[（(])"
)
# The dateline word's «讯» or «电» is among the first characters: an agency of
# at most three, then at most twelve.
_DATELINE_REACH = 3 + 12 + 1
_DATELINE_NEEDS_AGENCY = re.compile(r"^(?:本报|新华社|中新社|人民网|新华网)")
_MAX_PLACE = 7


@dataclass(frozen=True, slots=True)
class Byline:
    names: str  # names only, single spaces
    raw: str  # as printed, with brackets


_GLUED_ROLE_RE = re.compile("(" + "|".join(map(re.escape, _GLUED_ROLES)) + ")")


# A role word glued to a genre label names a column, not a person: «记者手记 调解在前».
_COLUMN_LABEL = frozenset(role + genre for role in _GLUED_ROLES for genre in GENRE_WORDS)


def parse_byline_content(content: str) -> str | None:
    """Names from the inside of a byline bracket, or None if it is not a byline."""
    names: list[str] = []
    for token in content.split():
        if token in _ROLE_SET:
            continue
        if token in _COLUMN_LABEL:
            return None
        for role in _GLUED_ROLES:
            # «记者刘晓燕»: a role word glued to the name.
            if token.startswith(role) and _NAME_RE.match(token[len(role) :]):
                token = token[len(role) :]
                break
        if not _NAME_RE.match(token):
            # «记者刘晓燕», «记者贾凤长通讯员帕提古丽·阿吾提»: role words glued
            # to the names (an extractor dropped the spaces).
            parts = [part for part in _GLUED_ROLE_RE.split(token) if part]
            if len(parts) < 2:
                return None
            for part in parts:
                if part in _ROLE_SET:
                    continue
                if not _NAME_RE.match(part):
                    return None
                names.append(part)
            continue
        names.append(token)
    return " ".join(names) if names else None


def split_trailing_byline(line: str) -> tuple[str, Byline] | None:
    """(text before, byline) when the line ends with a byline bracket."""
    if not line.endswith(_BRACKET_ENDS):  # (cheap test first: most lines do not end on a bracket)
        return None
    match = _TRAILING_BRACKET.search(line)
    if match is None:
        return None
    names = parse_byline_content(match.group(1))
    if names is None:
        return None
    before = line[: match.start()].rstrip()
    # Glued to a sentence it must follow its end; a bracket after an
    # unfinished sentence is an aside such as «（下同）».
    if before and not _BEFORE_BYLINE.search(before):
        return None
    return before, Byline(names, match.group(0))


@dataclass(frozen=True, slots=True)
class Dateline:
    dateline: str
    byline: Byline | None
    rest: str  # the body text after the dateline


_GAPS_REACH = 8
_DIGIT_GAP = re.compile(r"(?<=[0-9]) +(?=[0-9年月日])|(?<=[\u4e00-\u9fff])(?<![讯电]) +(?=[0-9])")


def split_dateline(line: str) -> Dateline | None:
    """A dateline at the start of an article's first body line, if any."""
    head = line[: _DATELINE_REACH + _GAPS_REACH]
    if "讯" not in head and "电" not in head:  # (cheap test first)
        return None
    found = _split_dateline(line)
    if found is None and " " in head:
        # A justified narrow column spaces out the digits of the date
        # («北京 6 月 20 日电»): closed up before the dateline's last word
        # only, so the body after it keeps its text as printed.
        end = min(i for i in (head.find("讯"), head.find("电")) if i >= 0) + 1
        closed = _DIGIT_GAP.sub("", line[:end])
        if closed != line[:end] and ("讯" in closed[:_DATELINE_REACH] or "电" in closed[:_DATELINE_REACH]):
            found = _split_dateline(closed + line[end:])
    return found


def _split_dateline(line: str) -> Dateline | None:
    match = _DATELINE.match(line)
    if match is None:
        return None
    word = match.group(1)
    agency = _DATELINE_NEEDS_AGENCY.match(word)
    if word.endswith("电") and not agency:
        return None
    if len(HAN_RE.findall(word)) < 2:
        return None
    # Without an agency, «…讯» follows a place name: a few characters, no date.
    if not agency and (len(word) > _MAX_PLACE + 1 or any(ch.isdigit() for ch in word)):
        return None
    rest = line[match.end() :].lstrip()
    byline = None
    bracket = re.match(r"[（(]([^（）()]{1,40})[）)]", rest)
    if bracket is not None:
        names = parse_byline_content(bracket.group(1))
        if names is not None:
            byline = Byline(names, bracket.group(0))
            rest = rest[bracket.end() :].lstrip()
    elif not line[match.end() :].startswith((" ", "\u3000")):
        return None
    return Dateline(word, byline, rest)


def byline_line(line: str) -> Byline | None:
    """A byline set on its own line under a headline, without brackets:
    «本报记者 王比学», «通讯员 侯玉嘉 实习生 范红龙».  It must name a role, so
    that a headline of short words («乡村振兴 农民增收») is not read as names."""
    text = line.strip()
    if not text or text[0] in "（(" or len(text) > 60:
        return None
    tokens = text.split()
    if not any(token in _ROLE_SET or token.startswith(_GLUED_ROLES) for token in tokens):
        return None
    names = parse_byline_content(text)
    if names is None:
        return None
    return Byline(names, text)


def bracket_byline(line: str) -> Byline | None:
    """A line that is nothing but a byline bracket: «（沈翠英）»."""
    found = split_trailing_byline(line.strip())
    if found is None or found[0]:
        return None
    return found[1]


def wrap_gaps(before_break: str) -> tuple[str, str]:
    """What a line break inside a byline stood for, likeliest first: the space
    after a role word («通讯员» / «李二»), or nothing inside a name («端» / «木兰»)."""
    words = re.split(r"[\s（(]+", before_break.strip())
    last = words[-1] if words else ""
    return (" ", "") if last in _ROLE_SET or last.endswith(_GLUED_ROLES) else ("", " ")


_OPEN_BRACKET_TAIL = re.compile(r"[（(]([^（）()]{1,30})$")
_CLOSING_HEAD = re.compile(r"^([^（）()]{1,30})[）)]$")


def wrapped_trailing_byline(first: str, second: str) -> tuple[str, Byline] | None:
    """A byline bracket opened at the end of one line and closed by the whole
    next line («…30所。（端» / «木兰 萧源 尹青秀）»): (text before it, the byline)."""
    # (The anchored test first: most next lines are not a bracket's end.)
    closed = _CLOSING_HEAD.match(second.strip())
    if closed is None:
        return None
    opened = _OPEN_BRACKET_TAIL.search(first)
    if opened is None:
        return None
    head, tail = opened.group(1).rstrip(), closed.group(1).lstrip()
    for gap in wrap_gaps(head):
        found = split_trailing_byline(first + gap + tail + closed.group(0)[-1])
        if found is not None and found[0] == first[: opened.start()].rstrip():
            raw = opened.group(0)[0] + head + gap + tail + closed.group(0)[-1]
            return found[0], Byline(found[1].names, raw)
    return None
