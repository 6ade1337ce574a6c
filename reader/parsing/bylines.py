"""Bylines «（记者 刘晓燕 通讯员 高建军）» and datelines «本报讯», «通辽讯»."""

from __future__ import annotations

import re
from dataclasses import dataclass

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
# A sentence end that may precede a byline glued to the last line.
_BEFORE_BYLINE = re.compile(r"[。！？!?…”’」』）)]$")

# «本报讯», «通辽讯», «本报北京3月5日讯», «新华社北京3月5日电», followed by a
# bracketed byline or a space before the text.
_DATELINE = re.compile(
    r"^((?:本报|新华社|中新社|人民网|新华网)?[\u3400-\u9fff\dA-Za-z]{0,12}?(?:讯|电))"
    r"(?=\s|[（(])"
)
_DATELINE_NEEDS_AGENCY = re.compile(r"^(?:本报|新华社|中新社|人民网|新华网)")


@dataclass(frozen=True, slots=True)
class Byline:
    names: str  # names only, single spaces
    raw: str  # as printed, with brackets


def parse_byline_content(content: str) -> str | None:
    """Names from the inside of a byline bracket, or None if it is not a byline."""
    names: list[str] = []
    for token in content.split():
        if token in _ROLE_SET:
            continue
        for role in _GLUED_ROLES:
            # «记者刘晓燕»: a role word glued to the name.
            if token.startswith(role) and _NAME_RE.match(token[len(role) :]):
                token = token[len(role) :]
                break
        if not _NAME_RE.match(token):
            return None
        names.append(token)
    return " ".join(names) if names else None


def split_trailing_byline(line: str) -> tuple[str, Byline] | None:
    """(text before, byline) when the line ends with a byline bracket."""
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


def split_dateline(line: str) -> Dateline | None:
    """A dateline at the start of an article's first body line, if any."""
    match = _DATELINE.match(line)
    if match is None:
        return None
    word = match.group(1)
    if word.endswith("电") and not _DATELINE_NEEDS_AGENCY.match(word):
        return None
    if len(HAN_RE.findall(word)) < 2:
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
