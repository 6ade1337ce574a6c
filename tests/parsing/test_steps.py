"""The parser's steps one by one, on small hand-written inputs (none from the sample page)."""

import pytest

from reader.parsing import parse_page
from reader.parsing.bylines import parse_byline_content, split_dateline, split_trailing_byline
from reader.parsing.captions import best_article, undouble
from reader.parsing.furniture import furniture_reason, split_trailing_jump
from reader.parsing.layout import Column, estimate_column
from reader.parsing.lines import Line, split_lines, text_lines
from reader.parsing.paragraphs import build_blocks
from reader.parsing.text import cell_width


def make_lines(*texts: str) -> list[Line]:
    """Lines from texts; an empty string stands for a blank line."""
    return text_lines(list(texts), set())


# furniture -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line, reason",
    [
        ("2023年3月7日 星期二 责任编辑：刘某 版式：王某 第3版 综合新闻", "furniture"),
        ("要闻 2024年5月1日 星期三", "furniture"),
        ("（下转第二版）", "jump_line"),
        ("（上接第1版）", "jump_line"),
        ("7", "page_number"),
        ("- 12 -", "page_number"),
        ("第4版", "page_number"),
        ("2023年3月7日，星期二上午，全市召开动员会。", None),  # a sentence, not a header
        ("2月6日，大学城派出所民警开始准备", None),
    ],
)
def test_furniture_reason(line, reason):
    assert furniture_reason(line) == reason


def test_jump_mark_glued_to_a_line():
    assert split_trailing_jump("推进各项工作。（下转第2版）") == ("推进各项工作。", "（下转第2版）")
    assert split_trailing_jump("推进（下转第2版）各项工作") == ("推进（下转第2版）各项工作", None)


# bylines and datelines -----------------------------------------------------


@pytest.mark.parametrize(
    "content, names",
    [
        ("记者 刘晓燕 通讯员 高建军", "刘晓燕 高建军"),
        ("本报记者 王一", "王一"),
        ("李四 赵五", "李四 赵五"),
        ("记者李明", "李明"),
        ("图雅·巴特尔", "图雅·巴特尔"),  # «图» is also a role word; not split off a name
        ("以下简称“协会”", None),
        ("2023年", None),
        ("下同", "下同"),  # shape alone cannot tell; placement decides (see below)
    ],
)
def test_parse_byline_content(content, names):
    assert parse_byline_content(content) == names


def test_trailing_byline_needs_a_finished_sentence():
    assert split_trailing_byline("群众满意度明显提升。 （王一）")[0] == "群众满意度明显提升。"
    assert split_trailing_byline("（记者 王一）")[1].raw == "（记者 王一）"
    assert split_trailing_byline("数据均来自该局（下同）") is None


def test_datelines():
    found = split_dateline("本报讯（记者 韩雪）近日，全市开展")
    assert (found.dateline, found.byline.names, found.byline.raw, found.rest) == ("本报讯", "韩雪", "（记者 韩雪）", "近日，全市开展")
    found = split_dateline("柳州讯 为表彰先进")
    assert (found.dateline, found.byline, found.rest) == ("柳州讯", None, "为表彰先进")
    assert split_dateline("新华社北京3月5日电 记者从会上获悉").dateline == "新华社北京3月5日电"
    assert split_dateline("停电 后") is None  # «电» needs a news agency before it
    assert split_dateline("柳州讯为表彰先进") is None  # no gap, no bracket: ordinary text
    # A justified narrow column (PDFium's text) spaces out the digits of the date.
    found = split_dateline("新华社北京 6 月 20 日电（记者 端木志凤 通讯员 其其格）2 月 13 日")
    # Only the dateline is closed up: the body after it stays as printed (normalise_body joins it later).
    assert (found.dateline, found.byline.names, found.rest) == ("新华社北京6月20日电", "端木志凤 其其格", "2 月 13 日")
    found = split_dateline("本报讯 7 月 3 日，全市开展")
    assert (found.dateline, found.rest) == ("本报讯", "7 月 3 日，全市开展")
    assert split_dateline("北京 6 月 20 日电") is None  # spaced digits alone make no agency


# captions --------------------------------------------------------------------


@pytest.mark.parametrize(
    "line, caption",
    [
        ("志愿者在河边捡拾垃圾志愿者在河边捡拾垃圾。。", "志愿者在河边捡拾垃圾。"),
        ("老人测量血压。老人测量血压。", "老人测量血压。"),
        ("城市书房夜景城市书房夜景", "城市书房夜景"),
        ("白鹭觅食（某湿地）白鹭觅食（某湿地）。。", "白鹭觅食（某湿地）。"),  # the bracket is not doubled
        ("文化广场十二个，覆盖乡镇。" * 20, None),  # far too long for a caption
        ("谢谢谢谢", None),  # too short to tell from speech
        ("全市共有点位三百个。", None),
    ],
)
def test_undouble(line, caption):
    found = undouble(line)
    assert (found.caption if found else None) == caption
    if found:
        assert found.duplicate == found.caption


def test_caption_goes_to_article_sharing_most_words():
    texts = ["民警在路口疏导车辆，保障交通", "学生在操场练习跳绳，老师指导学生动作"]
    assert best_article("老师指导学生跳绳。", texts) == 1
    assert best_article("民警疏导车辆。", texts) == 0
    assert best_article("夜空中的烟花。", texts) is None
    # a tie goes to the article the caption was printed inside
    assert best_article("练习", ["练习一", "练习二"], preferred=1) == 1


# layout ------------------------------------------------------------------------


def test_column_estimate_ignores_headline_and_short_lines():
    lines = make_lines(
        "一个很长很长的标题比任何一行正文都宽得多的标题",
        "一二三四五六七八九十一二三四五六",
        "一二三四五六七八九十一二三四五六七八",
        "一二三四五六七八九十一二三四五六七八",
        "一二三四五六七八九十一二三四五六七。",
        "一二三。",
    )
    column = estimate_column(lines)
    assert column.width == 18
    assert column.is_indent_short(lines[1]) and not column.is_indent_short(lines[2])
    assert column.is_wider(lines[0]) and column.is_short(lines[5])


# headlines ---------------------------------------------------------------------


def test_kicker_title_then_unpunctuated_indented_first_line():
    raw = "\n".join((
        "春耕备耕正当时",
        "",
        "全县农机服务队走村入户",
        "“春耕、春播、春管”三项任务",  # 16 cells: indent-short, no comma
        "同步推进以来，全县各乡镇组织农",
        "机手开展检修保养，确保农机以最",
        "佳状态投入生产。",
    ))
    (article,) = parse_page(raw).articles
    assert (article.kicker, article.title, article.subtitle) == ("春耕备耕正当时", "全县农机服务队走村入户", None)
    assert article.body_text.startswith("“春耕、春播、春管”三项任务同步推进以来")


def test_dash_marks_a_subtitle():
    (article,) = parse_page("主标题在这里\n——副标题在这里\n\n　　正文第一段的文字在这里，写得很长很长很长。\n").articles
    assert (article.kicker, article.title, article.subtitle) == (None, "主标题在这里", "——副标题在这里")


# paragraphs --------------------------------------------------------------------


def test_paragraphs_from_geometry_not_blank_lines():
    # Column 12; first lines two cells short; a blank in mid-sentence (a
    # column break) and a missing blank between two paragraphs.
    lines = make_lines(
        "今年以来全县新建文化",
        "",
        "广场十二个，覆盖全部乡镇",
        "和行政村。",
        "群众自发组织的舞蹈队",
        "已有三十多支，活跃在城乡",
        "各地。",
    )
    blocks = build_blocks(lines, Column(12.0))
    assert [b.block.text for b in blocks] == [
        "今年以来全县新建文化广场十二个，覆盖全部乡镇和行政村。",
        "群众自发组织的舞蹈队已有三十多支，活跃在城乡各地。",
    ]


def test_subheading_between_paragraphs():
    lines = make_lines(
        "全县新建文化广场十二个，覆盖",
        "全部乡镇和行政村。",
        "",
        "“文”字当先 丰富生活",
        "群众自发组织的舞蹈队已",
        "有三十多支，活跃在城乡各地。",
    )
    blocks = build_blocks(lines, Column(14.0))
    assert [(b.block.kind, b.block.text) for b in blocks] == [
        ("paragraph", "全县新建文化广场十二个，覆盖全部乡镇和行政村。"),
        ("subhead", "“文”字当先 丰富生活"),
        ("paragraph", "群众自发组织的舞蹈队已有三十多支，活跃在城乡各地。"),
    ]


def test_split_lines_accepts_any_newline():
    assert split_lines("一\r\n二\r三\n四") == ["一", "二", "三", "四"]
    assert cell_width("  ") == 0


def test_dateline_bracket_wrapped_onto_the_second_line():
    from reader.parsing.datelines import take_dateline

    body = make_lines("本报讯（记者 王一 通讯员", "李二）近日，全市开展了一次", "大规模的义务植树活动。")
    found = take_dateline(body)
    assert (found.dateline, found.byline.names, found.byline.raw) == ("本报讯", "王一 李二", "（记者 王一 通讯员 李二）")
    assert [line.text for line in body] == ["近日，全市开展了一次", "大规模的义务植树活动。"]


# articles without bylines ------------------------------------------------------


def _paragraph(first: int, width: int, lines: int, char: str) -> list[str]:
    """A wrapped paragraph of one repeated character: an indent-short first line, full lines, a short last line."""
    body = [char * (first - 1) + "，"] + [char * (width - 1) + "，" for _ in range(lines - 2)]
    return body + [char * 3 + "。"]


@pytest.mark.xfail(strict=True, reason="the line model (textparser branch) has no feature strong enough for a column change without a heading apart; it reads the second title as a sub-heading")
def test_column_change_starts_a_new_article_without_a_byline():
    from reader.parsing import parse_page

    # Both articles have sections and no heading stands apart, so only the
    # change from an 18-cell to a 14-cell column tells where the second starts.
    text = "\n".join(
        ["甲地新闻一则", ""]
        + _paragraph(16, 18, 6, "甲") + ["", "甲的一节"] + _paragraph(16, 18, 5, "甲")
        + ["", "乙地新闻一则"]
        + _paragraph(12, 14, 6, "乙") + ["", "乙的一节"] + _paragraph(12, 14, 5, "乙")
    )
    page = parse_page(text)
    assert [a.title for a in page.articles] == ["甲地新闻一则", "乙地新闻一则"]
    assert all([b.kind for b in a.body] == ["paragraph", "subhead", "paragraph"] for a in page.articles)


def test_sections_at_one_width_stay_in_one_article():
    from reader.parsing import parse_page

    text = "\n".join(
        ["丙地新闻一则", ""]
        + _paragraph(16, 18, 5, "丙")
        + ["", "第一部分"] + _paragraph(16, 18, 6, "丙")
        + ["", "第二部分"] + _paragraph(16, 18, 4, "丙")
    )
    page = parse_page(text)
    assert len(page.articles) == 1
    assert [b.kind for b in page.articles[0].body] == ["paragraph", "subhead", "paragraph", "subhead", "paragraph"]


def test_article_with_byline_up_front_then_another_article():
    # The line model alone reads the second headline as a sub-heading (a linear chain cannot carry
    # "this article already has a byline"); an article names its people once, so a start is forced.
    from reader.parsing import parse_page

    # Same column width, and the first article has sections too; its byline
    # is up front, so the closing one belongs to the second article.
    text = "\n".join(
        ["丁地新闻一则", "", "本报讯（记者 王一）" + "丁" * 9 + "，"]
        + _paragraph(16, 18, 4, "丁")[1:] + ["", "丁的一节"] + _paragraph(16, 18, 5, "丁")
        + ["", "戊地新闻一则", ""]
        + _paragraph(16, 18, 6, "戊") + ["", "（李二）"]
    )
    page = parse_page(text)
    assert [(a.title, a.dateline, a.byline) for a in page.articles] == [
        ("丁地新闻一则", "本报讯", "王一"),
        ("戊地新闻一则", None, "李二"),
    ]


def test_a_caption_whose_credit_wraps_is_not_body_text():
    # «图为…» with its credit wrapped onto the next line holds a full stop inside: still a caption.
    page = parse_page(
        "那达慕上显身手\n"
        "图为搏克比赛现场。 本报记者 傅\n"
        "文 摄\n"
        "近日，康定市第十届那达慕大会在草原上开幕，\n"
        "来自各地的牧民群众参加了赛马、射箭和搏克\n"
        "等传统项目的比赛，赛场上欢呼声此起彼伏。\n"
        "大会期间，当地还举办了民族服饰展示和文艺\n"
        "演出，吸引了大批游客前来观看。（格桑）\n"
    )
    article = page.articles[0]
    assert article.body_text.startswith("近日，康定市")
    assert not any("图为" in block.text for block in article.body)


def test_headline_lines_join_as_a_wrap_or_as_parts():
    from reader.parsing.articles import _join_heading

    # A line no wider than the one before it is where a long headline wrapped.
    assert _join_heading(make_lines("昭苏县司法局全力", "开展治沙工作")) == "昭苏县司法局全力开展治沙工作"
    # A wider line cannot be a wrap: it is a part of the headline set on its own line.
    assert _join_heading(make_lines("强降雪来袭", "各方全力应对")) == "强降雪来袭 各方全力应对"
    assert _join_heading(make_lines("家庭医生成了“亲戚”", "小病不出村 大病不出县")) == "家庭医生成了“亲戚” 小病不出村 大病不出县"


def test_a_closing_byline_out_of_brackets_gives_its_names():
    page = parse_page(
        "夜巡守护万家灯火\n"
        "近日，派出所组织开展夜间治安巡逻行动，共出动\n"
        "警力八十余人次，检查重点场所十二处。截至目前，\n"
        "辖区可防性案件同比下降百分之十二。\n"
        "记者 龚淑晓\n"
    )
    assert page.articles[0].byline == "龚淑晓"
    assert page.articles[0].byline_raw == "记者 龚淑晓"


def test_a_heading_right_before_a_dateline_cannot_be_a_sub_heading():
    from reader.parsing import linemodel as lm
    from reader.parsing.roles import build_chain

    lines = make_lines(
        "近日，县教育局全面启动义务教育薄弱环节改善项目，",
        "让群众的获得感、幸福感、安全感不断增强。",
        "书香飘满边城",
        "本报长春1月3日电 （记者 邹墨青）近日，",
        "由市博物馆主办的专题展览在东风镇团结嘎查开展。",
        "舞台就在家门口",
        "这不仅方便了群众办事，也提高了工作效率。",
    )
    chain, _, chain_lines = build_chain(lines, set())
    allowed = {chain_lines[span.start].text: roles for span, roles in zip(chain.nodes, chain.allowed)}
    assert lm.SUBHEAD not in allowed["书香飘满边城"]
    assert lm.TITLE in allowed["书香飘满边城"]
    assert lm.SUBHEAD in allowed["舞台就在家门口"]
