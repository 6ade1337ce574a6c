"""The shipped list of Chinese newspapers (resources/identity/newspapers.tsv) and names of that form.

``known()`` loads the list once.  A listed name, or a short form that only
one paper claims (or only one in the page's region), resolves to the full
name; ``masthead_form`` accepts an unlisted name that is built like a
paper's name, for use at masthead position only.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from reader.identity.text import HAN, is_han
from reader.paths import resource_path


@dataclass(frozen=True, slots=True)
class Newspaper:
    name: str
    region: str  # two-digit province code, "00" for national papers
    kind: str
    short_forms: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Resolved:
    name: str | None  # the full name, or None when the short form is ambiguous
    candidates: tuple[str, ...]  # the papers an ambiguous short form may mean


class NewspaperList:
    def __init__(self, papers: list[Newspaper]):
        self.papers = {p.name: p for p in papers}
        self.short: dict[str, list[Newspaper]] = {}
        for paper in papers:
            for short in paper.short_forms:
                self.short.setdefault(short, []).append(paper)
        words = sorted(set(self.papers) | set(self.short), key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(w) for w in words))

    def __contains__(self, name: str) -> bool:
        return name in self.papers or name in self.short

    def resolve(self, name: str, region: str | None = None) -> Resolved:
        """The full name for a listed name or short form; region narrows an ambiguous short form."""
        if name in self.papers:
            return Resolved(name, (name,))
        claims = self.short.get(name, [])
        if region is not None and len(claims) > 1:
            claims = [p for p in claims if p.region == region] or claims
        if len(claims) == 1:
            return Resolved(claims[0].name, (claims[0].name,))
        return Resolved(None, tuple(p.name for p in claims))

    def region_of(self, name: str) -> str | None:
        paper = self.papers.get(name)
        return paper.region if paper else None

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Listed names and short forms standing as words in ``text``: (start, end, as printed).

        A name glued to more Han text on either side is part of another word
        (内蒙古日报社 is an organisation, 人民日报评论员 a byline).
        """
        out = []
        for match in self.pattern.finditer(text):
            start, end = match.span()
            if start > 0 and _HAN_CHAR.match(text[start - 1]):
                continue
            if end < len(text) and _HAN_CHAR.match(text[end]):
                continue
            out.append((start, end, match.group(0)))
        return out


_HAN_CHAR = re.compile(f"[{HAN}]")

# A paper's name ends in one of these (longest first, so 日报 wins over 报).
MASTHEAD_ENDINGS = ("都市报", "法制报", "法治报", "日报", "晚报", "晨报", "早报", "时报", "商报", "快报", "周报", "导报", "报")
# Words ending in 报 that are not papers: reports, notices, bulletins, posters.
_NOT_PAPERS = frozenset(
    "汇报 举报 通报 预报 公报 简报 喜报 海报 电报 警报 情报 回报 申报 上报 播报 捷报 年报 季报 月报 "
    "填报 呈报 谎报 瞒报 漏报 误报 画报 学报 书报".split()
)


def masthead_form(token: str) -> bool:
    """Built like a paper's name: two or more characters of place or description, then 报/日报/晚报 …"""
    if not is_han(token) or not 3 <= len(token) <= 12:
        return False
    for ending in MASTHEAD_ENDINGS:
        if token.endswith(ending):
            head = token[: -len(ending)]
            if len(head) < 2:
                return False
            return token[-2:] not in _NOT_PAPERS or len(ending) > 1
    return False


def _load() -> NewspaperList:
    papers = []
    with open(resource_path("identity", "newspapers.tsv"), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            short = tuple(s for s in (cells[3].split(",") if len(cells) > 3 else ()) if s)
            papers.append(Newspaper(cells[0], cells[1], cells[2], short))
    return NewspaperList(papers)


@functools.lru_cache(maxsize=1)
def known() -> NewspaperList:
    return _load()
