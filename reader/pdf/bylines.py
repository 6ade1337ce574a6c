"""Bylines where the layout already says where they are.

The text parser's byline rules (reader.parsing.bylines) must guess from text
alone, so they accept only names of two to four characters.  Here a line is
asked only when the geometry puts it where bylines stand (under a headline,
at the top of the first column, flush right or last in an article), so longer
names (那仁格日勒, 额尔敦巴雅尔) are accepted too.
"""

from __future__ import annotations

import functools
import re

from reader.parsing.bylines import ROLE_WORDS, Byline, Dateline, parse_byline_content, split_dateline

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"
# Mongolian and Tibetan names run to six characters (额尔敦巴雅尔); Uyghur and Kazakh
# names join their parts with a middle dot.
_LOOSE_NAME = re.compile(f"^(?:[{_HAN}]{{2,6}}|[{_HAN}]{{1,8}}(?:[·•][{_HAN}]{{1,8}})+)$")
_ROLES = frozenset(ROLE_WORDS)
_GLUED = tuple(r for r in ROLE_WORDS if len(r) > 1)
_BRACKET_END = re.compile(r"[（(]([^（）()]{1,60})[）)]$")
_SENTENCE_END = re.compile(r"[。！？!?…”’」』）)]$")


@functools.lru_cache(maxsize=1)
def _name_parts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(one-character surnames, compound surnames, two-character elements of Tibetan names)."""
    from reader.paths import resource_path

    def words(name: str) -> list[str]:
        text = resource_path("ner", name).read_text("utf-8")
        return [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]

    surnames = words("surnames.txt")
    return (frozenset(w for w in surnames if len(w) == 1), frozenset(w for w in surnames if len(w) == 2),
            frozenset(w for w in words("tibetan_names.txt") if len(w) == 2))


def two_names_at_wrap(head: str, tail: str) -> bool:
    """Were two fragments of a name list wrapped over a line break («（王明» / «杨庆）») two
    names, the wrap hiding their space?  Fragments too long together for one name (seven
    characters and more) were two.  Two fragments of two characters were two names when
    each opens as a name does, with a surname or an element of a Tibetan name (王明 杨庆,
    卓玛 何东): a name of four opens with a compound surname (欧阳晓东), is Tibetan elements
    written together (次仁多吉) or opens with no surname at all (斯琴高娃).  Of five or six
    characters, they were two names when one of them is a Han name (夏悦凤 萨仁, 朝鲁门
    呼延梅) or both are Tibetan names (德吉 索朗旺姆); a long Mongolian name broken anywhere
    is neither (额尔敦巴 / 雅尔).  A name's part before its middle dot is never one
    character («叶尔» / «兰·别克»)."""
    if len(head) < 2 or len(tail) < 2 or head.endswith(("·", "•")) or tail.startswith(("·", "•")):
        return False  # broken at its middle dot: one name
    singles, compounds, tibetan = _name_parts()

    def opens(name: str) -> bool:
        return name[0] in singles or name[:2] in tibetan or name[:2] in compounds

    def han(name: str) -> bool:
        return (name[:2] in compounds and 3 <= len(name) <= 4) or (name[0] in singles and len(name) <= 3)

    def tibetan_only(name: str) -> bool:
        return len(name) % 2 == 0 and all(name[k : k + 2] in tibetan for k in range(0, len(name), 2))

    dots = re.compile("[·•]")
    if dots.search(tail):
        return len(dots.split(tail)[0]) >= 2 and opens(head)
    if dots.search(head):
        return opens(tail)
    total = len(head) + len(tail)
    if total >= 7:
        return True
    if total >= 5:
        # Tibetan names are one or two elements; three written together are rarer than two names.
        return han(head) or han(tail) or (tibetan_only(head) and tibetan_only(tail))
    if head in compounds or (head in tibetan and tail in tibetan):
        return False
    return opens(head) and opens(tail)


def _without_glued_role(token: str) -> str:
    """A wrap may glue the next role to a name («冯民光» + «通讯员»): no name ends in one."""
    for role in _GLUED:
        if token.endswith(role) and _LOOSE_NAME.match(token[: -len(role)]):
            return token[: -len(role)]
    return token


def names_of(content: str, *, need_role: bool) -> str | None:
    """Names from a byline's words, or None when they are not a byline."""
    strict = parse_byline_content(content)
    tokens = content.split()
    has_role = any(t in _ROLES or t.startswith(_GLUED) for t in tokens)
    if need_role and not has_role:
        return None
    if strict is not None:
        # The text parser reads «帕提古丽·阿吾提通讯员» as one dotted name (its last part may run
        # to eight characters): a wrap glued the next role to it, as below.
        return " ".join(_without_glued_role(name) for name in strict.split())
    names = []
    for token in tokens:
        if token in _ROLES:
            continue
        for role in _GLUED:
            if token.startswith(role) and _LOOSE_NAME.match(token[len(role) :]):
                token = token[len(role) :]
                break
        token = _without_glued_role(token)
        if not _LOOSE_NAME.match(token):
            return None
        names.append(token)
    return " ".join(names) if 0 < len(names) <= 5 else None


def role_byline(text: str) -> tuple[str, str] | None:
    """«本报记者 王比学 通讯员 李明»: (names, as printed).  The line opens with a role word
    standing on its own, as such bylines are printed."""
    text = " ".join(text.split())
    if len(text) > 60 or "（" in text or "(" in text or text.split(" ")[0] not in _ROLES:
        return None
    names = names_of(text, need_role=True)
    return (names, text) if names else None


def bracket_byline(text: str) -> tuple[str, str, str] | None:
    """A bracketed byline at the end of a line: (text before, names, as printed)."""
    text = text.rstrip()
    match = _BRACKET_END.search(text)
    if match is None:
        return None
    names = names_of(match.group(1), need_role=False)
    if names is None:
        return None
    before = text[: match.start()].rstrip()
    if before and not _SENTENCE_END.search(before):
        return None  # an aside inside an unfinished sentence, not a byline
    return before, names, match.group(0)


_LEADING_BRACKET = re.compile(r"[（(]([^（）()]{1,60})[）)]")


def dateline_of(text: str) -> Dateline | None:
    """The text parser's dateline, with the byline bracket after it read by the looser name
    rules above («本报讯（记者 曹伟龙 通讯员 额尔敦巴雅尔）»): here the geometry has already
    put the line at the head of a body."""
    found = split_dateline(text)
    if found is None:
        return found
    if found.byline is not None:
        names = " ".join(_without_glued_role(name) for name in found.byline.names.split())
        if names == found.byline.names:
            return found
        return Dateline(found.dateline, Byline(names, found.byline.raw), found.rest)
    bracket = _LEADING_BRACKET.match(found.rest)
    if bracket is None:
        return found
    names = names_of(bracket.group(1), need_role=False)
    if names is None:
        return found
    return Dateline(found.dateline, Byline(names, bracket.group(0)), found.rest[bracket.end() :].lstrip())
