"""Citations: GB/T 7714-2015 newspaper style and plain English; missing parts left out cleanly."""

import re

import pytest

from reader.identity import english, gbt7714, quote_with_citation
from reader.model import PageMeta

TITLE = "全区旗县级公安机关专项活动有“声”有“形”"
FULL = PageMeta(newspaper="内蒙古法制报", date="2023-02-21", page="3", page_number=3)


def test_gbt7714_example_from_the_issue():
    assert gbt7714(TITLE, "沈翠英", FULL) == "沈翠英. 全区旗县级公安机关专项活动有“声”有“形”[N]. 内蒙古法制报, 2023-02-21(3)."


def test_english_style():
    assert english(TITLE, "沈翠英", FULL) == f'沈翠英. "{TITLE}." 内蒙古法制报, 21 February 2023, p. 3.'


@pytest.mark.parametrize(
    ("byline", "meta", "expected"),
    [
        (None, FULL, f"{TITLE}[N]. 内蒙古法制报, 2023-02-21(3)."),
        ("沈翠英", PageMeta(newspaper="内蒙古法制报", date="2023-02-21"), f"沈翠英. {TITLE}[N]. 内蒙古法制报, 2023-02-21."),
        ("沈翠英", PageMeta(newspaper="内蒙古法制报", page="A09"), f"沈翠英. {TITLE}[N]. 内蒙古法制报(A09)."),
        ("沈翠英", PageMeta(date="2023-02-21", page="3"), f"沈翠英. {TITLE}[N]. 2023-02-21(3)."),
        ("沈翠英", PageMeta(), f"沈翠英. {TITLE}[N]."),
        ("王一 张三", FULL, f"王一, 张三. {TITLE}[N]. 内蒙古法制报, 2023-02-21(3)."),
        ("甲 乙 丙 丁", PageMeta(), f"甲, 乙, 丙, 等. {TITLE}[N]."),
    ],
)
def test_gbt7714_leaves_missing_parts_out(byline, meta, expected):
    assert gbt7714(TITLE, byline, meta) == expected


@pytest.mark.parametrize("meta", [PageMeta(), FULL, PageMeta(page="3"), PageMeta(newspaper="人民日报")])
@pytest.mark.parametrize("style", [gbt7714, english])
@pytest.mark.parametrize("byline", [None, "", "沈翠英"])
def test_never_none_never_doubled_punctuation(style, meta, byline):
    text = style(TITLE, byline, meta)
    assert "None" not in text and "()" not in text
    assert not re.search(r"[.,]\s*[.,]|\.\.|, \.|\s$|^\s", text), text


def test_subtitle_is_other_title_information():
    text = gbt7714("雪“警”增春色", "杨娜娜", FULL, subtitle="——通辽市公安局护航开学季侧记")
    assert text.startswith("杨娜娜. 雪“警”增春色: 通辽市公安局护航开学季侧记[N]. ")


def test_english_title_ending_in_a_question_mark_gets_no_extra_stop():
    text = english("你知道吗？", None, PageMeta(newspaper="人民日报"))
    assert text == '"你知道吗？" 人民日报.'


def test_quoted_passage_with_its_citation():
    citation = gbt7714(TITLE, "沈翠英", FULL)
    assert quote_with_citation("他说：“我们一定办好。”", citation) == "“他说：‘我们一定办好。’”\n" + citation
    cited = english(TITLE, "沈翠英", FULL)
    assert quote_with_citation('a "b" c', cited, style="english") == "\"a 'b' c\"\n" + cited
