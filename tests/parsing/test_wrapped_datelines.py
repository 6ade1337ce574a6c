"""A dateline (and its byline bracket) wrapped across a line break anywhere: inside «日电»,
inside the place, between the parts of the date.  Narrow PDFium columns print
«本报贵阳 8 月 16 日» / «电（记者 达瓦）受…»; the head alone reads as a place and a date
(band values), so it must not be dropped as furniture, and the article must open on it."""

import pytest

from reader.parsing import parse_page
from reader.parsing.datelines import opens_dateline, take_dateline, wrapped_dateline_head
from reader.parsing.lines import make_line
from reader.parsing.sorting import sort_lines

# (lines as printed, dateline, byline names, the body text left on the first line)
WRAPPED = [
    (("本报贵阳 8 月 16 日", "电（记者 达瓦）受强冷空", "气影响，全市启动了应急响应。"), "本报贵阳8月16日电", "达瓦", "受强冷空"),
    (("新华社银川 2 月 16 日", "电 （记者布和 通讯员 赵", "菊德）2 月 26 日，肃州区"), "新华社银川2月16日电", "布和 赵菊德", "2 月 26 日，肃州区"),
    (("本报长春 11 月 25 日", "电 近日，和龙市哈达乡警", "方成功破获一起诈骗案。"), "本报长春11月25日电", None, "近日，和龙市哈达乡警"),
    (("本报贵阳 8 月 16", "日电（记者 达瓦）受强冷空", "气影响，全市启动了应急响应。"), "本报贵阳8月16日电", "达瓦", "受强冷空"),
    (("本报贵阳 8", "月 16 日电（记者 达瓦）受强冷", "空气影响，全市启动了应急响应。"), "本报贵阳8月16日电", "达瓦", "受强冷"),
    (("本报贵", "阳 8 月 16 日电（记者 达瓦）受", "强冷空气影响，全市启动了应急响应。"), "本报贵阳8月16日电", "达瓦", "受"),
    (("新华社呼和浩", "特3月12日电 （记者 于然海）近日，", "全区开展了春耕备耕工作。"), "新华社呼和浩特3月12日电", "于然海", "近日，"),
]


def _lines(*texts):
    return [make_line(k, text, False) for k, text in enumerate(texts)]


@pytest.mark.parametrize("texts, dateline, names, rest", WRAPPED)
def test_a_wrapped_dateline_is_taken_whole_with_its_byline(texts, dateline, names, rest):
    body = _lines(*texts)
    found = take_dateline(body)
    assert found is not None and found.dateline == dateline
    assert (found.byline.names if found.byline else None) == names
    assert body[0].text == rest


@pytest.mark.parametrize("texts, dateline, names, rest", WRAPPED)
def test_the_line_model_sees_the_dateline_on_its_head_line(texts, dateline, names, rest):
    # The dateline feature marks the line the dateline starts on, not the line after the break.
    lines = _lines("宾川县气象局启动防范雪灾工作", *texts)
    assert [opens_dateline(lines, k) for k in range(len(lines))][:3] == [False, True, False]
    assert wrapped_dateline_head(list(texts))


# A narrow column as PDFium prints it: an article, then a headline over a dateline cut after its date.
_BEFORE = [
    "书香飘满边城", "近日，由新巴尔虎右", "旗卫生健康委员会主办的", "专题展览在格尔木市开", "展。下一步，当地将进一", "步完善工作机制，推动各",
    "项措施落地见效。非遗传", "承人唐东宏现场展示了刺", "绣技艺，吸引了不少游客", "驻足观看。这些举措的实", "施，让群众的获得感、幸",
    "福感、安全感不断增强。", "宾川县气象局启动防", "范雪灾不松懈工作",
]
_AFTER = ["月 3 日，沙窝乡青山嘎查", "出现大范围降雪降温天气。", "活动现场气氛热烈，不少", "群众纷纷拿出手机拍照留", "念。开春以来，部分航班", "和列车出现延误。"]
_CUT = ["本报贵阳 8 月 16 日", "电（记者 达瓦）受强冷空", "气影响，12 月 13 日至 8"]


def test_a_dateline_head_cut_after_its_date_is_not_dropped_as_a_band_line():
    sorted_lines = sort_lines(_BEFORE + _CUT + _AFTER)
    assert "本报贵阳 8 月 16 日" not in [d.text for d in sorted_lines.dropped]


def test_a_place_and_date_line_not_followed_by_its_dateline_word_is_still_furniture():
    # Without «电»/«讯» after the break the line is band values printed amid the text.
    sorted_lines = sort_lines(_BEFORE + ["本报贵阳 8 月 16 日", "近日，全县各乡镇组织农机", "手开展检修保养。"] + _AFTER)
    assert ("本报贵阳 8 月 16 日", "furniture") in [(d.text, d.reason) for d in sorted_lines.dropped]
    assert not wrapped_dateline_head(["本报贵阳 8 月 16 日", "近日，全县各乡镇组织农机", "手开展检修保养。"])
    assert not wrapped_dateline_head(["本报讯", "近日，正值春耕备"])  # whole on its own line: no cut head


def test_an_article_under_a_headline_opens_on_its_wrapped_dateline():
    page = parse_page("\n".join(_BEFORE + _CUT + _AFTER))
    assert [a.title for a in page.articles] == ["书香飘满边城", "宾川县气象局启动防范雪灾不松懈工作"]
    article = page.articles[1]
    assert (article.dateline, article.byline) == ("本报贵阳8月16日电", "达瓦")
    assert article.body[0].text.startswith("受强冷空气影响")
