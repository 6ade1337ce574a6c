"""Editor lists on a page's band: «责任编辑：刘某 版式：王某», «本版责编 张三、李四».

A role opens a list; the names run until the next role or the next value
the band reader recognised.  The first name after a role is taken as
printed; a further name separated only by a space must look like a name
(a surname first, or a transliterated name with «·»), because a section
name often follows the last editor («责任编辑：刘某 综合新闻»).  Single
characters split by a space are one name: typesetters pad two-character
names to the width of three («王 强»).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from reader.identity.sections import section_prior
from reader.identity.text import HAN
from reader.paths import resource_path

# Longest first, so 责任编辑 is not read as 编辑.
ROLES = (
    "责任编辑", "本版编辑", "值班编辑", "图片编辑", "美术编辑", "文字编辑", "执行编辑", "责任校对", "责任美编",
    "版式设计", "版面设计", "视觉设计", "美术设计", "值班主任", "副总编辑", "总编辑", "执行主编", "副主编",
    "主编", "责编", "编辑", "美编", "版式", "版面", "校对", "审校", "审读", "终审", "组版", "排版", "设计", "制图",
    "照排", "签发", "统筹", "策划",
)
# A role starts a word (设计 in 城市设计 is not one) unless a colon follows it.
ROLE_RE = re.compile(
    rf"(?:(?<![{HAN}])|(?=(?:本版)?(?:{'|'.join(ROLES)})\s*[:：]))(?:本版)?(?P<role>{'|'.join(ROLES)})\s*(?:[:：/／]\s*|\s+)"
)
_NAME = re.compile(rf"^(?:[{HAN}]{{2,4}}|[{HAN}]{{1,6}}(?:[·•][{HAN}]{{1,6}}){{1,3}}|[A-Za-z][A-Za-z .]{{1,30}})$")
_SEPARATORS = re.compile(r"[、，,；;]")


@functools.lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    words: set[str] = set()
    with open(resource_path("ner", "surnames.txt"), encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                words.update(line.split())
    return frozenset(words)


def _looks_like_name(token: str) -> bool:
    if _NAME.match(token) is None or section_prior(token):
        return False
    if "·" in token or "•" in token or token.isascii():
        return True
    surnames = _surnames()
    return token[0] in surnames or token[:2] in surnames


@dataclass(frozen=True, slots=True)
class NameRun:
    names: tuple[str, ...]
    end: int  # offset in the segment after the last name taken


def read_names(segment: str) -> NameRun:
    """The names at the start of ``segment`` (the text after a role word)."""
    tokens: list[tuple[str, int, int, bool]] = []  # text, start, end, listed (after 、 or ，)
    listed = False
    for match in re.finditer(r"[^\s、，,；;]+|[、，,；;]", segment):
        if _SEPARATORS.fullmatch(match.group(0)):
            listed = True
            continue
        tokens.append((match.group(0), match.start(), match.end(), listed))
        listed = False
    # «王 强»: a run of single Han characters split by spaces is one padded name.
    merged: list[tuple[str, int, int, bool]] = []
    for token in tokens:
        prev = merged[-1] if merged else None
        if prev is not None and _single(token[0]) and not token[3] and _single(segment[prev[2] - 1]) and _padded(segment, prev):
            merged[-1] = (prev[0] + token[0], prev[1], token[2], prev[3])
        else:
            merged.append(token)
    names: list[str] = []
    end = 0
    for index, (text, _, stop, listed) in enumerate(merged):
        if index == 0:
            ok = _NAME.match(text) is not None and not section_prior(text) >= 2
        else:
            ok = (listed and _NAME.match(text) is not None) or _looks_like_name(text)
        if not ok:
            break
        names.append(text)
        end = stop
    return NameRun(tuple(names), end)


def _single(text: str) -> bool:
    return len(text) == 1 and re.match(f"[{HAN}]", text) is not None


def _padded(segment: str, token: tuple[str, int, int, bool]) -> bool:
    """The token is one character, or already a run of single characters split by spaces."""
    return all(len(piece) == 1 for piece in segment[token[1] : token[2]].split())
