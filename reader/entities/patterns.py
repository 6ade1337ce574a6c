"""Entities found by their shape alone: TIME, NUM, WORK and numbered roads.

These follow ENTITIES.md rather than the tagger, whose TIME tag also covers
relative expressions (近日, 去年以来) and whose number words stop before the
unit (6.4 | 万人). Each finder returns (start, end, label) triples over the
whole text; the recogniser resolves overlaps afterwards.
"""

from __future__ import annotations

import functools
import re

from reader.entities.knowledge import Knowledge, load_knowledge

_CN_DIGIT = "〇零一二三四五六七八九"
_PART_OF_DAY = "凌晨|清晨|早晨|早上|上午|中午|午间|午后|下午|傍晚|晚上|晚间|夜间|夜里|深夜|午夜|晚|早|夜"

# A number glued to a letter, digit or decimal point on its left is part of an
# identifier or a longer number (G305, 3C, 110.5), never the start of a NUM.
_NO_LEFT = r"(?<![A-Za-z0-9０-９Ａ-Ｚａ-ｚ.．·_\-/#第])"


def _time_regex() -> re.Pattern[str]:
    year = rf"(?:(?:1[89]|20)\d\d|[{_CN_DIGIT}]{{4}})年"
    month = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月"
    day = r"(?:3[01]|[12]\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
    year_part = r"(?:度|上半年|下半年|年初|年底|年末|第[一二三四]季度|[一二三四]季度|初|底|末)"
    # 中 after a date is "the middle of" (5月中), but 中午 is a part of the day.
    month_part = r"(?:上旬|中旬|下旬|初|底|末|中(?!午))"
    date = (
        rf"(?:{year}(?:{month}(?:{day})?(?:{month_part})?|{year_part})?"
        rf"|{month}(?:{day})?(?:{month_part})?"
        # A bare day needs 日: 4号 alone is a number plate or a line (4号机组).
        rf"|(?:3[01]|[12]\d|0?[1-9])日)"
    )
    hour = rf"(?:2[0-4]|[01]?\d|[{_CN_DIGIT}十]{{1,3}})"
    minute = r"(?:[0-5]?\d分(?:[0-5]?\d秒)?|半|[一二三]刻)"
    clock_t = rf"{hour}时(?:{minute})?(?:许|左右)?"
    # "点" is also a measure word (5点建议), so it only counts as a clock time
    # when something else says so: a part of the day, minutes, 钟 or 许.
    clock_d = rf"{hour}点(?:{minute}|钟|许|左右)(?:许|左右)?"
    clock_d_after_part = rf"{hour}点(?:{minute}|钟)?(?:许|左右)?"
    colon = r"(?:2[0-3]|[01]?\d)[:：][0-5]\d"
    clock = rf"(?:{clock_t}|{clock_d}|{colon})"
    part_clock = rf"(?:{_PART_OF_DAY})(?:{clock_t}|{clock_d_after_part}|{colon})"
    # Every time starts with a digit, a Chinese numeral or a part of the day;
    # checking that first makes the scan of ordinary text about ten times faster.
    first = "".join(sorted({w[0] for w in _PART_OF_DAY.split("|")} | set(_CN_DIGIT) | {"十"}))
    pattern = (
        rf"(?=[\d{first}])"
        rf"{_NO_LEFT}(?:{date}(?:(?:{_PART_OF_DAY})?(?:{clock_t}|{clock_d_after_part}|{colon})|(?:{_PART_OF_DAY}))?"
        rf"|{part_clock}|{_NO_LEFT}{clock})"
    )
    return re.compile(pattern)


@functools.lru_cache(maxsize=1)
def _compiled() -> dict[str, re.Pattern[str]]:
    k: Knowledge = load_knowledge()
    # 13·16 (a middle dot) is an older way to write a decimal point.
    number = r"\d+(?:[,，]\d{3})*(?:[.．·]\d+)?"
    # Lazy, so that 624亿千瓦时 reads 亿 + 千瓦时 rather than 亿千 + 瓦.
    magnitude = r"(?:[十百千万亿]{1,3}?)?"
    prefix = "|".join(map(re.escape, k.prefix_approx))
    infix = "|".join(map(re.escape, k.infix_approx))
    below = "|".join(map(re.escape, k.below))
    units = k.units_re.pattern
    # 2小时09分12秒, 1年6个月, 3天12小时: a duration written in several
    # parts is one number.
    clock_parts = r"(?:\d+(?:个月|天|小时|分钟|分|秒))*"
    # 5个多小时, 1个半小时: 个 before an approximator or 半 belongs to the unit.
    ge = r"(?:个半|个(?=[多余]))?"
    # 80年代 is a decade, not a number of years.
    num = (
        rf"(?:(?:{below})|(?:{prefix}))?{_NO_LEFT}{number}{magnitude}{ge}(?:{infix})?(?:{units}){clock_parts}(?<!年(?=代))"
    )
    # 十几 / 几十 (a vague count of tens) is a number too; 几 alone is not.
    cn_number = r"(?:[一二两三四五六七八九十百千]+几?|几[十百千][一二两三四五六七八九]?|半)"
    cn_dur_unit = "|".join(map(re.escape, sorted(k.durations, key=len, reverse=True)))
    # 两个多小时, 近半个小时, 一个半小时, 两天, 十几个小时, 提前两周; a
    # duration in several parts is one (三年六个月); not 同一天 / 这两年 /
    # 前两天 (relative), 三年级 (a school year).
    one_part = rf"{cn_number}(?:个)?(?:多|余|半)?(?:个)?(?:{cn_dur_unit})"
    cn_duration = (
        rf"(?<![第同这那每当后哪某上下数几多一二两三四五六七八九十])(?<!(?<!提)前)(?:{prefix})?"
        rf"{one_part}(?:(?<=[年月天周])(?<!半月){one_part})*(?!代|年|级)"
    )
    return {
        "time": _time_regex(),
        "num": re.compile(num),
        "cn_duration": re.compile(cn_duration),
        "work": re.compile(r"《[^《》\n]{1,80}》"),
        # G305线, S203省道, G6京藏高速: a numbered road is a place; its number
        # is an identifier, so no NUM may start inside it.
        "road": re.compile(
            r"(?<![A-Za-z0-9])[GSXYZ]\d{1,4}(?:[\u4e00-\u9fff]{2,6}?高速(?:公路)?|线|国道|省道|县道|高速(?:公路)?)"
        ),
    }


# 一天 / 一年 are durations in running text (用了一年, 持续一天), but not
# in idioms (一年一度, 一天比一天, 一天天, 一年到头, 一年四季, 一年半载),
# after 有/的 (有一天 "one day", 新的一年), or as "over the past year" (一年来).
# 一周 is a duration (提前一周), but not in 一周一次 or 一周年.
_IDIOMATIC_ONE = re.compile(r"^(?:近|约|超|逾)?一(?:天|年)$")
_IDIOM_AFTER_ONE = frozenset("一天年到比四半来又夜")
_IDIOM_BEFORE_ONE = frozenset("有的比")


def find_times(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "TIME") for m in _compiled()["time"].finditer(text) if m.end() > m.start()]


def find_numbers(text: str) -> list[tuple[int, int, str]]:
    pats = _compiled()
    out = [(m.start(), m.end(), "NUM") for m in pats["num"].finditer(text)]
    for m in pats["cn_duration"].finditer(text):
        if m.group().endswith("一周") and text.startswith("一", m.end()):
            continue  # 一周一次: a rate, not a duration
        if _IDIOMATIC_ONE.match(m.group()):
            a, b = m.start(), m.end()
            before = text[a - 1] if a > 0 else ""
            after = text[b] if b < len(text) else ""
            if after in _IDIOM_AFTER_ONE or before in _IDIOM_BEFORE_ONE or not before or not _is_cjk(before):
                continue
        out.append((m.start(), m.end(), "NUM"))
    return out


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff"


def find_works(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "WORK") for m in _compiled()["work"].finditer(text)]


def find_roads(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "LOC") for m in _compiled()["road"].finditer(text)]
