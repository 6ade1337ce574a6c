"""Every visible character of the input ends up in exactly one place.

The parser only removes whitespace (extraction spaces, line breaks) and
splits doubled captions into the caption and its dropped duplicate, so the
multiset of non-whitespace characters in = the multiset out.
"""

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.parsing import parse_page
from reader.parsing.lines import split_lines
from synthetic import generate_page

from parse_accounting import accounted_characters, input_characters


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(min_value=0, max_value=2**32 - 1))
def test_generated_pages_account_for_every_character(seed):
    text, _, furniture = generate_page(random.Random(seed))
    page = parse_page(text)
    assert accounted_characters(page) == input_characters(text)
    dropped = {d.text for d in page.dropped}
    assert all(line in dropped for line in furniture)


# Text built from the pieces pages are made of, in any order: the parser must
# never crash and never lose a character, whatever it makes of the layout.
_PIECES = st.sampled_from(
    [
        "全市", "开展", "安全", "宣传", "活动", "。", "，", "、", "“", "”", "（", "）", "《", "》", "！", "？", "……",
        " ", "  ", "\n", "\n\n", "\r\n", "2023", "年", "3", "月", "日", "7.3%", "Wi-Fi", "APP", "𠮷",
        "本报讯", "通辽讯 ", "（记者 王一）", "（张三）", "（下转第二版）", "第3版", "星期二", "责任编辑：刘某",
        "现场照片现场照片。。", "——", "\t", "\u3000",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=120).map("".join))
def test_any_text_accounts_for_every_character(text):
    page = parse_page(text)
    assert accounted_characters(page) == input_characters(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text):
    page = parse_page(text)
    assert accounted_characters(page) == input_characters(text)


# Pieces of header and footer bands, to put around any text: the bands are
# read into Page.meta as whole dropped lines, and no character is lost or
# counted twice (so nothing from a band can also be in an article).
_BAND_PIECES = st.sampled_from(
    [
        "2023年3月7日", "二〇二三年三月七日", "２０２３年３月７日", "2023年2月30日", "星期二", "周二", "第3版", "A09", "- 3 -",
        "综合新闻", "法治", "责任编辑：", "刘某", "版式：王某", "内蒙古法制报", "法制报", "CN15-0021", "总第1234期",
        "农历癸卯年二月十六", "地址：", "电话：", "印刷：内蒙古日报社", "3", " ", "　", "\n", "\n\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_BAND_PIECES, max_size=14).map("".join),
    st.lists(_PIECES, max_size=80).map("".join),
    st.lists(_BAND_PIECES, max_size=10).map("".join),
)
def test_bands_around_any_text_account_for_every_character(header, body, footer):
    text = header + "\n" + body + "\n" + footer
    page = parse_page(text)
    assert accounted_characters(page) == input_characters(text)
    lines = split_lines(text)
    metadata = [d for d in page.dropped if d.reason == "metadata"]
    assert all(lines[d.line_no].strip() == d.text for d in metadata)
    if not page.meta.is_empty():
        assert metadata
    assert all(origin == "header" for origin in page.meta.origins.values())
