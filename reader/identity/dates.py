"""Dates as Chinese papers print them, read into ISO ``YYYY-MM-DD``.

Every function takes text already passed through ``text.fold`` (half-width
digits), so «２０２３年３月７日» and «2023年3月7日» read alike.  A date that
cannot exist («2023年2月30日», «2023年13月1日») gives no value and a reason;
a month and day without a year give no value either (the year is not
guessed).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from reader.identity.text import CN_ZERO, HAN, cn_digit_string, cn_number

# Papers in the archives people study run from the late Qing to now; a year
# outside this range is a misread number, not a date.
FIRST_YEAR, LAST_YEAR = 1870, 2100

_CN_YEAR = f"[{CN_ZERO}一二三四五六七八九]{{4}}"
_CN_MONTH = "十[一二]?|[一二三四五六七八九]"
_CN_DAY = "三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"

_GREGORIAN = (
    # 2023年3月7日, 2023 年 03 月 07 日, 2023年3月7号
    re.compile(r"(?<!\d)(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]"),
    # 2023-03-07, 2023.3.7, 2023/03/07: the same separator twice
    re.compile(r"(?<![\d.\-/])(?P<y>\d{4})\s*(?P<sep>[-./])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*(?P<d>\d{1,2})(?![\d.\-/]*\d)"),
    # 二〇二三年三月七日, 二零二三年十二月三十一日
    re.compile(rf"(?P<y>{_CN_YEAR})\s*年\s*(?P<m>{_CN_MONTH})\s*月\s*(?P<d>{_CN_DAY})\s*日"),
)
# A month and day with no year before them: «3月7日 星期二».
_PARTIAL = re.compile(rf"(?<![\d年{CN_ZERO}一二三四五六七八九十])(?P<m>\d{{1,2}}|{_CN_MONTH})\s*月\s*(?P<d>\d{{1,2}}|{_CN_DAY})\s*日")

# «周一» is also the start of names (周一子): the short form must stand apart.
WEEKDAY_RE = re.compile(
    rf"(?:星期|礼拜)\s*(?P<w>[一二三四五六日天])|(?:(?<=[日\s])|(?<![{HAN}]))周(?P<s>[一二三四五六日天])(?![{HAN}])"
)
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

_STEMS, _BRANCHES = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
_LUNAR_MONTH = "正|十[一二]|[一二三四五六七八九十冬腊]"
_LUNAR_DAY = "初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]"
_ZODIAC = "鼠牛虎兔龙蛇马羊猴鸡狗猪"
# 农历癸卯年二月十六, 农历二月初二, 癸卯年正月初八, 农历壬寅年, 癸卯兔年, 兔年.
LUNAR_RE = re.compile(
    rf"(?:(?:农历|阴历)\s*(?:[{_STEMS}][{_BRANCHES}][{_ZODIAC}]?年)?\s*(?:闰?\s*(?:{_LUNAR_MONTH})月\s*(?:{_LUNAR_DAY}))?"
    rf"|[{_STEMS}][{_BRANCHES}][{_ZODIAC}]?年\s*(?:闰?\s*(?:{_LUNAR_MONTH})月\s*(?:{_LUNAR_DAY}))?"
    rf"|[{_ZODIAC}]年)"
)

# The 24 solar terms, printed beside the date on the days they fall on.
SOLAR_TERMS = (
    "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑", "大暑",
    "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至", "小寒", "大寒",
)
SOLAR_TERM_RE = re.compile("|".join(SOLAR_TERMS))


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    iso: str | None  # None when the printed date cannot exist or has no year
    problem: str | None = None  # "impossible_date" or "partial_date"
    reason: str = ""


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else cn_number(text)


def make_date(year: int, month: int, day: int) -> tuple[str | None, str]:
    """(ISO date, "") or (None, why it is not a date)."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None, f"the year {year} is outside {FIRST_YEAR}–{LAST_YEAR}"
    if not 1 <= month <= 12:
        return None, f"there is no month {month}"
    try:
        return _dt.date(year, month, day).isoformat(), ""
    except ValueError:
        return None, f"month {month} of {year} has no day {day}"


def _read(match: re.Match[str]) -> DateMatch:
    y = match["y"]
    year = int(y) if y.isdigit() else cn_digit_string(y)
    month, day = _number(match["m"]), _number(match["d"])
    if year is None or month is None or day is None:
        return DateMatch(match.start(), match.end(), None, "impossible_date", "its numbers cannot be read")
    iso, reason = make_date(year, month, day)
    return DateMatch(match.start(), match.end(), iso, None if iso else "impossible_date", reason)


def find_dates(folded: str) -> list[DateMatch]:
    """Every full date in the text, and month-day dates without a year (as problems), left to right."""
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for pattern in _GREGORIAN:
        for match in pattern.finditer(folded):
            if not any(s < match.end() and match.start() < e for s, e in taken):
                found.append(_read(match))
                taken.append(match.span())
    for match in _PARTIAL.finditer(folded):
        if not any(s < match.end() and match.start() < e for s, e in taken):
            found.append(DateMatch(match.start(), match.end(), None, "partial_date", "it has no year"))
            taken.append(match.span())
    return sorted(found, key=lambda d: d.start)


def weekday_of(iso: str) -> int:
    return _dt.date.fromisoformat(iso).weekday()


def weekday_value(match: re.Match[str]) -> int:
    """0 = Monday … 6 = Sunday, for a WEEKDAY_RE match."""
    return _WEEKDAYS[match["w"] or match["s"]]


WEEKDAY_NAMES = "一二三四五六日"
