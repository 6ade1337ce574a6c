"""The damage real extractors (pdftotext, pdfminer.six, PDFium) do to a page, undone step by step."""

import pytest

from reader.parsing.bylines import byline_line, parse_byline_content, wrapped_trailing_byline
from reader.parsing.captions import shadow_run, undouble
from reader.parsing.datelines import opens_dateline, take_dateline
from reader.parsing.lines import make_line
from reader.parsing.sorting import sort_lines, stray_band_line
from reader.parsing.text import normalise_heading, unspace_letters


def _lines(*texts):
    return [make_line(k, text, False) for k, text in enumerate(texts)]


# letter-spaced lines ------------------------------------------------------------


@pytest.mark.parametrize(
    "raw, closed",
    [
        ("健 身 步 道 连 起 百 姓 生 活", "健身步道连起百姓生活"),
        ("新 华 社 呼 和 浩 特 7 月 7 日 电", "新华社呼和浩特7月7日电"),
        ("小 病 不 出 村  大 病 不 出 县", "小病不出村 大病不出县"),  # the wider gap is the headline's own
        ("强降雪来袭 各方全力应对", "强降雪来袭 各方全力应对"),  # a two-part headline is not letter-spaced
        ("使用 Wi-Fi 上网", "使用 Wi-Fi 上网"),
    ],
)
def test_letter_spaced_lines_are_closed_up(raw, closed):
    assert unspace_letters(raw) == closed


def test_letter_spaced_title_keeps_no_spaces_between_its_characters():
    line = make_line(0, "家 庭 医 生 成 了 “ 亲 戚 ”", False)
    assert normalise_heading(line.text) == "家庭医生成了“亲戚”"


# captions drawn with a shadow copy -------------------------------------------


@pytest.mark.parametrize(
    "line, caption",
    [
        ("兽兽医医为为牲畜牲畜注射注射疫苗疫苗。。", "兽医为牲畜注射疫苗。"),
        ("除雪车辆 除雪车辆在在主干主干道道作业。 作业。 马桂马桂娟娟 摄摄", "除雪车辆在主干道作业。 马桂娟 摄"),
        ("颁奖现场颁奖现场。。", "颁奖现场。"),
    ],
)
def test_caption_interleaved_with_its_shadow_is_undoubled(line, caption):
    found = undouble(line)
    assert found is not None and found.caption == caption
    # Nothing is lost: the caption and its duplicate hold every character twice over.
    assert sorted(found.caption.replace(" ", "") * 2) == sorted(line.replace(" ", ""))


@pytest.mark.parametrize("line", ["一二三四五六七八九十一二三四五六七八九十。", "近日，近日，全市开展了。", "今天天气很好。"])
def test_ordinary_lines_are_not_doubled_captions(line):
    assert undouble(line) is None


def test_shadow_cascade_over_several_lines_is_one_caption():
    lines = ["除雪车辆在主干道作业。", "除雪车辆在主干道作业。 马桂娟", "马桂娟 摄", "摄", "上课程。"]
    caption, duplicates, used = shadow_run(lines)
    assert caption == "除雪车辆在主干道作业。 马桂娟 摄"
    assert used == 4
    assert duplicates == [(0, "除雪车辆在主干道作业。"), (2, "马桂娟"), (3, "摄")]


def test_the_same_caption_line_twice_is_one_caption():
    assert shadow_run(["兽医为牲畜注射疫苗。", "兽医为牲畜注射疫苗。", "x"]) == ("兽医为牲畜注射疫苗。", [(1, "兽医为牲畜注射疫苗。")], 2)


def test_two_different_lines_are_no_shadow():
    assert shadow_run(["骑手们在赛马比赛中奋力争先。 德吉", "摄"]) is None
    assert shadow_run(["全县新建文化广场十二个，", "全县新建文化广场十二个，覆盖全部乡镇"]) is None


def test_shadow_captions_account_for_every_character():
    text = "\n".join(["正文第一行，写满了字。", "除雪车辆在主干道作业。", "除雪车辆在主干道作业。 马桂娟", "马桂娟 摄", "摄", "正文又一行。"])
    ordered = sort_lines(text.split("\n"))
    assert [c.text for c in ordered.captions] == ["除雪车辆在主干道作业。 马桂娟 摄"]
    dropped = "".join(d.text for d in ordered.dropped if d.reason == "duplicate_caption")
    kept = "".join(line.text for line in ordered.lines) + "".join(c.text for c in ordered.captions)
    assert sorted((kept + dropped).replace(" ", "")) == sorted(text.replace("\n", "").replace(" ", ""))


# band values printed away from the bands -------------------------------------


@pytest.mark.parametrize("line", ["03版", "2019.09.18 星期四", "B7", "— 2 —", "编辑：萧楠光 校对：冯广杰", "2019.09.18  经济  03版", "2023.01.03"])
def test_band_values_away_from_the_bands_are_furniture(line):
    assert stray_band_line(line)


@pytest.mark.parametrize("line", ["服务送到田头", "祁连时报", "经济", "2023年3月7日", "理塘县图书馆启动道路保通保畅工作", "全市新建文化广场12个，覆盖全部乡镇", "一线观察 产业链条延伸"])
def test_headlines_text_and_a_notice_date_are_not_band_values(line):
    assert not stray_band_line(line)


def test_page_label_amid_the_text_is_dropped_not_a_kicker_and_names_the_page():
    from reader.parsing import parse_page

    text = "\n".join(
        ["全县开展春耕生产", "近日，全县各乡镇组织农机手开展检修保养，", "确保农机以最佳状态投入生产。", "", "03版", "",
         "牧区防疫不松劲", "冬春季节是牲畜疫病多发期，防疫人员已对", "牲畜完成了免疫注射。"]
    )
    page = parse_page(text)
    assert ("03版", "metadata") in [(d.text, d.reason) for d in page.dropped]
    assert all(a.kicker != "03版" and a.title != "03版" for a in page.articles)
    assert page.meta.page == "3"


# bylines --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, names",
    [
        ("通讯员 侯玉嘉 实习生 范红龙", "侯玉嘉 范红龙"),
        ("本报记者 王比学", "王比学"),
        ("见习记者 李峰平 实习生 邹凤𠮷", "李峰平 邹凤𠮷"),
    ],
)
def test_byline_on_its_own_line_under_a_headline(line, names):
    assert byline_line(line).names == names


@pytest.mark.parametrize("line", ["乡村振兴 农民增收", "小病不出村 大病不出县", "（沈翠英）", "全县开展春耕生产"])
def test_headlines_are_not_bylines(line):
    assert byline_line(line) is None


@pytest.mark.parametrize("line", ["记者手记 调解在前", "记者观察", "通讯员札记 雪夜里的守护"])
def test_a_role_glued_to_a_genre_names_a_column_not_a_person(line):
    assert byline_line(line) is None and parse_byline_content(line) is None


def test_a_column_label_between_paragraphs_is_a_subheading_not_a_byline():
    from reader.parsing import parse_page

    text = "\n".join(["牧区防疫不松劲", "冬春季节是牲畜疫病多发期，防疫人员已对全县", "牲畜完成了免疫注射。",
                     "记者手记 防疫在前", "此外，当事人足不出户就能参加庭审，防疫", "人员深入嘎查村开展宣传。"])
    article, = parse_page(text).articles
    assert article.byline is None
    assert "记者手记 防疫在前" in [block.text for block in article.body if block.kind == "subhead"]


def test_role_words_glued_to_names_without_spaces():
    assert parse_byline_content("记者贾凤长通讯员帕提古丽·阿吾提 通讯员 钟民刚") == "贾凤长 帕提古丽·阿吾提 钟民刚"


def test_byline_bracket_wrapped_onto_the_next_line():
    assert wrapped_trailing_byline("众发放防范手册30所。（端", "木兰 萧源 尹青秀）") == (
        "众发放防范手册30所。", wrapped_trailing_byline("众发放防范手册30所。（端", "木兰 萧源 尹青秀）")[1]
    )
    before, byline = wrapped_trailing_byline("众发放防范手册30所。（端", "木兰 萧源 尹青秀）")
    assert (byline.names, byline.raw) == ("端木兰 萧源 尹青秀", "（端木兰 萧源 尹青秀）")
    before, byline = wrapped_trailing_byline("工作。（记者 王一 通讯员", "李二）")
    assert byline.raw == "（记者 王一 通讯员 李二）"
    assert wrapped_trailing_byline("工作（记者 王一 通讯员", "李二）") is None  # not after a finished sentence


# datelines broken over lines -------------------------------------------------------


@pytest.mark.parametrize(
    "texts, dateline, names, rest",
    [
        (("新华社呼和浩特7月7日电", "（记者乌日娜）眼下正值春耕备", "耕关键时期。"), "新华社呼和浩特7月7日电", "乌日娜", "眼下正值春耕备"),
        (("本报讯", "近日，正值春耕备"), "本报讯", None, "近日，正值春耕备"),
        (("新华社乌鲁木齐11月7", "日电 （记者蔡兰芝 通讯", "员 秦秋晓）9月11日，2022"), "新华社乌鲁木齐11月7日电", "蔡兰芝 秦秋晓", "9月11日，2022"),
        (("新华社呼和浩特3月12日电 （记者", "于然海）10月28日，记者走进"), "新华社呼和浩特3月12日电", "于然海", "10月28日，记者走进"),
        (("本报南宁3月9日电", "（记者贾凤长通讯员帕提古", "丽·阿吾提 通讯员 钟民刚）近日，"), "本报南宁3月9日电", "贾凤长 帕提古丽·阿吾提 钟民刚", "近日，"),
    ],
)
def test_dateline_broken_over_lines(texts, dateline, names, rest):
    body = _lines(*texts)
    found = take_dateline(body)
    assert found.dateline == dateline
    assert (found.byline.names if found.byline else None) == names
    assert body[0].text == rest


def test_a_headline_above_a_dateline_is_not_part_of_it():
    lines = _lines("春耕备耕正当时", "本报讯", "近日，正值春耕备")
    assert [opens_dateline(lines, k) for k in range(3)] == [False, True, False]
    assert take_dateline(_lines("近日，全市开展了", "大规模活动。")) is None
