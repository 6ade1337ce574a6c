"""Reading-order recovery (parsing/order.py): a column's tail printed after another article comes back."""

from reader.parsing import parse_page
from reader.parsing.lines import text_lines
from reader.parsing.order import recover_order

# One article's first column breaks off in mid-word («…常年同»); the extractor
# prints the next article before the column's tail («期偏多…»).
FIRST = [
    "大风降温天气持续",
    "据气象部门消息，未来三天全县大部地区将有",
    "大风沙尘天气。相关部门提前发布了预警信息，",
    "降水量较常年同期偏多两成，群众及时转移。",
    "在此基础上，部分航班和列车出现延误，气象",
    "部门加密了观测频次，全县降水量较常年同",
]
SECOND = [
    "沙地披上新绿装",
    "近日，市林业和草原局发布生态环境状况公报，",
    "森林覆盖率达到百分之七十五，沙化土地面积",
    "持续减少，野生动物种群数量明显增加。",
]
TAIL = [
    "期偏多五成，供暖单位提前启动了供热，各地",
    "及时转移安置受威胁群众。（唐龙凤）",
]


def _texts(lines):
    return [line.text for line in lines]


def test_a_column_tail_printed_after_another_article_follows_its_column():
    raw = FIRST + [""] + SECOND + [""] + TAIL
    lines = text_lines(raw, set())
    assert _texts(recover_order(lines)) == FIRST + TAIL + SECOND


def test_text_that_follows_on_as_printed_stays_as_it_is():
    raw = FIRST + [""] + TAIL + [""] + SECOND
    lines = text_lines(raw, set())
    assert recover_order(lines) == lines


def test_no_move_without_a_word_across_the_join():
    # The tail opens with text the page prints nowhere else: nothing ties it to the column.
    tail = ["由此带来的影响正在逐步显现，各地", "及时转移安置受威胁群众。（唐龙凤）"]
    raw = FIRST + [""] + SECOND + [""] + tail
    lines = text_lines(raw, set())
    assert recover_order(lines) == lines


def test_parse_page_keeps_the_tail_in_its_article():
    page = parse_page("\n".join(FIRST + [""] + SECOND + [""] + TAIL))
    by_title = {article.title: article for article in page.articles}
    assert "期偏多五成" in by_title["大风降温天气持续"].body_text
    assert by_title["大风降温天气持续"].byline == "唐龙凤"
    assert "期偏多" not in by_title["沙地披上新绿装"].body_text


def test_a_closing_byline_printed_before_the_tail_of_its_line_goes_after_it():
    # pdfminer prints the byline set at the end of the last line before that line's tail.
    raw = [
        "据统计，诉前调解成功率达到百分之九十，执行",
        "到位金额三千元。下一步，法院组建了专",
        "（张平轩 卢秀爱）",
        "业化审判团队。",
    ]
    lines = text_lines(raw, set())
    assert _texts(recover_order(lines)) == [raw[0], raw[1], raw[3], raw[2]]
    page = parse_page("那达慕上显身手\n" + "\n".join(raw))
    assert page.articles[0].body_text.endswith("法院组建了专业化审判团队。")
    assert page.articles[0].byline == "张平轩 卢秀爱"


def test_a_listed_word_across_the_join_adds_to_what_the_page_prints():
    # «专项整|治行动»: the page prints «项整治» once elsewhere, too little alone to move
    # text; that «整治» is a word (lexicon.py) makes it enough.
    first = FIRST[:-1] + ["部门加密了观测频次，全县开展了专项整"]
    second = SECOND[:-1] + ["持续减少，多项整治措施落地见效。"]
    tail = ["治行动，供暖单位提前启动了供热，各地", "及时转移安置受威胁群众。（唐龙凤）"]
    lines = text_lines(first + [""] + second + [""] + tail, set())
    assert _texts(recover_order(lines)) == first + tail + second
