"""Header and footer bands: newspaper, date, page label, section, editors, issue and CN number.

``make_bands`` picks one of several band designs and returns what to draw and
the page identity it prints (``meta``), in the truth's vocabulary: ``date``
ISO, ``page`` the label without 第/版 and leading zeros («第03版» → «3»,
«A09» stays), ``page_number`` the number in it.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from composer import names

_CN_DIGITS = "〇一二三四五六七八九"
_WEEK = "一二三四五六日"
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


@dataclass(slots=True)
class BandItem:
    text: str
    font: str
    size: float
    align: str  # left | center | right
    row: int  # 0 = the row nearest the page edge


@dataclass(slots=True)
class Bands:
    header: list[BandItem] = field(default_factory=list)
    footer: list[BandItem] = field(default_factory=list)
    header_rule: bool = True
    footer_rule: bool = False
    meta: dict = field(default_factory=dict)


def _cn_number(n: int) -> str:
    if n < 10:
        return "十" if n == 10 else _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def date_text(rng: random.Random, date: dt.date) -> str:
    y, m, d = date.year, date.month, date.day
    week = _WEEK[date.weekday()]
    forms = (
        f"{y}年{m}月{d}日 星期{week}",
        f"{y}年{m}月{d}日",
        f"{y}年{m:02d}月{d:02d}日 周{week}",
        f"{y}-{m:02d}-{d:02d}",
        f"{y}.{m:02d}.{d:02d}",
        f"{y}.{m}.{d} 星期{week}",
        f"{y}/{m}/{d}",
        "".join(_CN_DIGITS[int(c)] for c in str(y)) + f"年{_cn_number(m)}月{_cn_number(d)}日 星期{week}",
        f"{y}年{m}月{d}日 星期{week}".translate(_FULLWIDTH),
    )
    return rng.choice(forms)


def page_label(rng: random.Random, number: int, letter: str | None) -> tuple[str, str]:
    """(as printed, normalised label)."""
    if letter:
        form = rng.choice(("{L}{n:02d}", "第{L}{n:02d}版", "{L}{n}", "{L}{n:02d}版"))
        printed = form.format(L=letter, n=number)
        core = printed.removeprefix("第").removesuffix("版")
        return printed, core
    form = rng.choice(("第{n}版", "第{n:02d}版", "- {n} -", "— {n} —", "{n:02d}版", "第{n}版"))
    return form.format(n=number), str(number)


def editors(rng: random.Random) -> list[list[str]]:
    roles = rng.choice(
        (("责任编辑", "版式", "校对"), ("责任编辑", "美编"), ("编辑", "校对"), ("责编", "版式", "校对"), ("责任编辑",), ("编辑", "组版"))
    )
    return [[role, names.person(rng, short=True)] for role in roles]


def editors_text(pairs: list[list[str]], rng: random.Random) -> str:
    sep = rng.choice(("：", ":", "："))
    gap = rng.choice(("  ", " ", "　"))
    return gap.join(f"{role}{sep}{person}" for role, person in pairs)


@dataclass(slots=True)
class Edition:
    """What every page of one issue shares."""

    newspaper: str
    date: dt.date
    issue: int
    total_issue: int | None
    cn: str
    letter: str | None  # pages lettered A01, A02 … or not
    pages: int


def make_edition(rng: random.Random, pages: int = 8) -> Edition:
    date = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
    return Edition(
        newspaper=rng.choice(names.NEWSPAPERS),
        date=date,
        issue=rng.randint(100, 9999),
        total_issue=rng.choice((None, rng.randint(10000, 30000))),
        cn=f"CN{rng.choice((15, 54, 63, 65, 22, 52, 53, 62))}-{rng.randint(1, 99):04d}",
        letter=rng.choice((None, None, "A", "B")),
        pages=pages,
    )


def make_bands(rng: random.Random, edition: Edition, number: int, section: str) -> Bands:
    printed_label, label = page_label(rng, number, edition.letter)
    bands = Bands(header_rule=rng.random() < 0.8, footer_rule=rng.random() < 0.3)
    meta = {"newspaper": None, "date": edition.date.isoformat(), "page": label, "page_number": number,
            "section": section, "editors": None, "issue": None, "cn": None}
    date = date_text(rng, edition.date)
    eds = editors(rng)
    hei, small = "Hei", rng.uniform(7.5, 9.5)
    if number == 1 and rng.random() < 0.8:
        # Front page: a masthead with the issue and CN numbers.
        meta["newspaper"] = edition.newspaper
        meta["issue"] = f"第{edition.issue}期"
        meta["cn"] = edition.cn
        bands.header.append(BandItem(edition.newspaper, rng.choice(("Hei", "Kai", "Ming")), rng.uniform(30, 46), rng.choice(("left", "center")), 1))
        facts = [date, f"第{edition.issue}期"]
        if edition.total_issue:
            facts.append(f"总第{edition.total_issue}期")
            meta["issue"] += f" 总第{edition.total_issue}期"
        bands.header.append(BandItem(" ".join(facts), "Ming", small, "right", 1))
        bands.header.append(BandItem(rng.choice(("国内统一连续出版物号 ", "国内统一刊号：", "")) + edition.cn, "Ming", small, "right", 0))
        if rng.random() < 0.7:
            bands.header.append(BandItem(printed_label, hei, small + 1, "right", 2))
        else:
            meta["page"] = meta["page_number"] = None
        meta["section"] = None
        if rng.random() < 0.5:
            bands.footer.append(BandItem(editors_text(eds, rng), "Ming", small, "left", 0))
            meta["editors"] = eds
        else:
            bands.footer.append(BandItem(f"本报地址：{names.place(rng)}新华大街{rng.randint(1, 99)}号  邮编：{rng.randint(10, 85)}0000", "Ming", small, "center", 0))
        bands.meta = meta
        return bands
    design = rng.randrange(4)
    label_size = rng.uniform(9, 16)
    section_size = rng.uniform(12, 20)
    if design == 0:
        bands.header.append(BandItem(date, "Ming", small, "left", 0))
        bands.header.append(BandItem(section, hei, section_size, "center", 0))
        bands.header.append(BandItem(printed_label, hei, label_size, "right", 0))
    elif design == 1:
        bands.header.append(BandItem(f"{printed_label}  {section}", hei, section_size, "left", 0))
        bands.header.append(BandItem(f"{edition.newspaper}  {date}", "Ming", small, "right", 0))
        meta["newspaper"] = edition.newspaper
    elif design == 2:
        bands.header.append(BandItem(edition.newspaper, "Kai", section_size, "left", 0))
        bands.header.append(BandItem(f"{date}  {section}  {printed_label}", "Ming", small, "right", 0))
        meta["newspaper"] = edition.newspaper
    else:
        bands.header.append(BandItem(section, hei, section_size, "left", 0))
        bands.header.append(BandItem(date, "Ming", small, "right", 0))
        bands.footer.append(BandItem(printed_label, "Ming", small + 1, "center", 0))
    where = rng.random()
    if where < 0.45:
        bands.header.append(BandItem(editors_text(eds, rng), "Ming", small - 0.5, rng.choice(("left", "right")), 1))
        meta["editors"] = eds
    elif where < 0.85:
        align = "left" if any(item.align == "center" for item in bands.footer) else rng.choice(("left", "center", "right"))
        bands.footer.append(BandItem(editors_text(eds, rng), "Ming", small - 0.5, align, 0))
        meta["editors"] = eds
    bands.meta = meta
    return bands
