"""Headings next to breaks the line model cannot see past on its own.

A full-width heading over a paragraph was read as the paragraph's wrapped first
line whenever its last word and the paragraph's first one made a listed word
across the break («…农牧民增收» / «入户走访…» reads «收入»): where each side
ends and starts on a word, the word across proves nothing.  And a «下转» jump
line closes an article, so the heading after it opens another: it was read as
a sub-heading, which glued the next story onto the one that jumped away.
"""

from reader.parsing import linemodel as lm
from reader.parsing import parse_page
from reader.parsing.lexicon import word_across, words_meet
from reader.parsing.lines import text_lines
from reader.parsing.roles import build_chain


def test_words_meet_where_each_side_of_the_break_is_a_word():
    assert words_meet("促进农牧民持续增收", "入户走访时")
    # «里市» is no word: the break falls inside «满洲里».
    assert not words_meet("专家走进满洲", "里市五原镇，")
    # Latin or digits at the edge hold no Han word.
    assert not words_meet("累计浏览量超过498", "万次。")


# The heading is as wide as its column, so only the words across the break could
# make it the paragraph's first line.
BETWEEN_WORDS = """该项目总投资45.9亿元，建成后预计
每年可降低事故发生率。据统计，全
年夜间巡逻服务人次达38820，较上
年提高4个百分点。记者在现场看到，
执勤民警正在路口疏导车辆。

（蒋博雪）

推动养殖产业提质促进农牧民增收
入户走访时，记者了解到，今年以来
洛阳凉城镇的高标准农田已经成为当
地的一张亮丽名片，群众的获得感不
断增强。10月4日上午，洛阳凉城镇
农机服务工作推进会召开，会议听取
了16个部门的工作汇报。
"""


def test_a_full_width_heading_ending_on_a_word_is_no_wrapped_line():
    assert word_across("推动养殖产业提质促进农牧民增收", "入户走访时")
    second = parse_page(BETWEEN_WORDS).articles[-1]
    assert second.title == "推动养殖产业提质促进农牧民增收"
    assert second.body[0].text.startswith("入户走访时，记者了解到")


def _allowed_by_text(texts: list[str], ends_after_index: int | None = None) -> dict[str, tuple[int, ...]]:
    lines = text_lines(texts, set())
    ends_after = {lines[ends_after_index].no} if ends_after_index is not None else set()
    chain, _, chain_lines = build_chain(lines, ends_after)
    return {chain_lines[span.start].text: roles for span, roles in zip(chain.nodes, chain.allowed)}


def test_a_line_wrapping_inside_a_word_is_still_a_wrapped_sentence():
    # The guard the words-meet rule must keep: «满洲» / «里市» wraps «满洲里».
    allowed = _allowed_by_text([
        "围绕疫苗接种开展专题讲座十一场，这一做法得到认可。",
        "满洲里市市场监管局还邀请十一名专家走进满洲",
        "里市五原镇，围绕疫苗接种开展专题讲座十一场，群众",
        "的获得感、幸福感、安全感不断增强，满意度大幅提升。",
    ])
    assert lm.TITLE not in allowed["满洲里市市场监管局还邀请十一名专家走进满洲"]
    assert lm.BODY in allowed["满洲里市市场监管局还邀请十一名专家走进满洲"]


AFTER_A_JUMP = """本报讯 近日，县教育局全面启动义务教育薄弱环节改
善项目，让群众的获得感、幸福感、安全感不断增强。
记者在现场看到，新建的教学楼已经投入使用，孩子
们在宽敞明亮的教室里上课。
（下转第二版）
书香飘满边城
由市博物馆主办的专题展览在东风镇团结嘎查开展，
吸引了众多群众前来参观。展览分为四个部分，通过
图片、实物等形式，展示了边城的历史文化。
舞台就在家门口
这不仅方便了群众办事，也提高了工作效率。据了解，
今年以来，全镇累计开展文艺演出三十余场。
"""


def test_the_heading_after_a_jump_line_titles_the_next_article():
    articles = parse_page(AFTER_A_JUMP).articles
    assert len(articles) == 2
    assert articles[0].body[-1].text.endswith("教室里上课。")
    assert articles[1].title == "书香飘满边城"
    assert articles[1].body[0].text.startswith("由市博物馆主办")
    # Further headings in that article may still be its sub-headings.
    assert [block.text for block in articles[1].body if block.kind == "subhead"] == ["舞台就在家门口"]


def test_no_sub_heading_right_after_a_jump_but_later_ones_may_be():
    allowed = _allowed_by_text([
        "记者在现场看到，新建的教学楼已经投入使用，孩子",
        "们在宽敞明亮的教室里上课。",
        "书香飘满边城",
        "由市博物馆主办的专题展览在东风镇团结嘎查开展，",
        "吸引了众多群众前来参观。",
        "舞台就在家门口",
        "这不仅方便了群众办事，也提高了工作效率。",
    ], ends_after_index=1)
    assert lm.SUBHEAD not in allowed["书香飘满边城"]
    assert lm.TITLE in allowed["书香飘满边城"]
    assert lm.SUBHEAD in allowed["舞台就在家门口"]
