"""Citations of a newspaper article: GB/T 7714-2015 and a plain English style.

GB/T 7714-2015 (§4.4 newspaper articles; §8.1 authors, at most three, then
«等»): «主要责任者. 题名: 其他题名信息[N]. 报纸名, 出版日期(版次).», e.g.
«沈翠英. 全区旗县级公安机关专项活动有“声”有“形”[N]. 内蒙古法制报, 2023-02-21(3).».
A missing part is left out with its punctuation: no «None», no «, .»,
no «()».
"""

from __future__ import annotations

import datetime as _dt
import re

from reader.model import PageMeta

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_END_MARKS = "。．.！!？?…"


def _authors(byline: str | None) -> list[str]:
    return [name for name in re.split(r"[\s、，,]+", byline or "") if name]


def _clean(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").strip())


def _title(title: str | None, subtitle: str | None) -> str:
    main = _clean(title).rstrip("。")
    extra = _clean(subtitle).lstrip("—-－ ").rstrip("。")
    return f"{main}: {extra}" if main and extra else main or extra


def gbt7714(title: str | None, byline: str | None, meta: PageMeta, subtitle: str | None = None) -> str:
    """The GB/T 7714-2015 reference for a newspaper article."""
    names = _authors(byline)
    authors = ", ".join(names[:3]) + (", 等" if len(names) > 3 else "")
    head = f"{_title(title, subtitle)}[N]"
    parts = [f"{authors}." if authors else "", f"{head}."]
    place, date = _clean(meta.newspaper), meta.date or ""
    page = f"({meta.page})" if meta.page else ""
    if place and date:
        parts.append(f"{place}, {date}{page}.")
    elif place or date:
        parts.append(f"{place or date}{page}.")
    return " ".join(p for p in parts if p)


def _english_date(iso: str) -> str:
    day = _dt.date.fromisoformat(iso)
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def _english_authors(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def english(title: str | None, byline: str | None, meta: PageMeta, subtitle: str | None = None) -> str:
    """Plain English: «沈翠英. "Title." 内蒙古法制报, 21 February 2023, p. 3.»"""
    authors = _english_authors(_authors(byline))
    heading = _title(title, subtitle)
    parts: list[str] = []
    if authors:
        parts.append(authors + ".")
    if heading:
        parts.append(f'"{heading}"' if heading[-1] in _END_MARKS else f'"{heading}."')
    where = [p for p in (_clean(meta.newspaper), _english_date(meta.date) if meta.date else "", f"p. {meta.page}" if meta.page else "") if p]
    if where:
        parts.append(", ".join(where) + ".")
    return " ".join(parts)


def quote_with_citation(passage: str, citation: str, style: str = "gbt7714") -> str:
    """The passage in quotation marks, the citation on the next line.

    Quotation marks inside the passage become single ones, as both
    conventions nest them.
    """
    text = passage.strip()
    if style == "english":
        return '"' + text.replace('"', "'").replace("“", "‘").replace("”", "’") + '"\n' + citation
    return "“" + text.replace("“", "‘").replace("”", "’") + "”\n" + citation
