"""Band lines an extractor moved away from the page's edges still say which page it is.

pdfminer often prints the header after the first article, PDFium the
running head above the page's last lines; the parser already kept such
lines out of the articles, and now also reads their values.
"""

from reader.parsing import parse_page

_FIRST = ["守护群众健康", "义诊送到牧民家门口", "近日，全县家庭医生签约服务实现常住人口", "全覆盖，日均接诊患者173人次。"]
_SECOND = ["牧区防疫不松劲", "冬春季节是牲畜疫病多发期，防疫人员已对", "全县牲畜完成了免疫注射。"]


def _page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in [*part, ""])


def test_a_header_printed_after_the_first_article_gives_the_page_its_identity():
    page = parse_page(_page(_FIRST, ["2019年9月9日 星期一  要闻  B2"], _SECOND))
    assert (page.meta.date, page.meta.page, page.meta.section) == ("2019-09-09", "B2", "要闻")
    assert [(d.text, d.reason) for d in page.dropped] == [("2019年9月9日 星期一  要闻  B2", "metadata")]
    assert [a.title for a in page.articles] == ["义诊送到牧民家门口", "牧区防疫不松劲"]


def test_a_running_head_above_the_last_lines_names_an_unlisted_paper():
    # «苍山日报» is on no list: a name of a paper's form counts beside the date and the page.
    page = parse_page(_page(_FIRST, _SECOND, ["苍山日报 2019/9/9 视点 第B03版", "责任编辑：马杰　校对：赵凤"]))
    assert (page.meta.newspaper, page.meta.date, page.meta.page, page.meta.section) == ("苍山日报", "2019-09-09", "B03", "视点")
    assert page.meta.editors == (("责任编辑", "马杰"), ("校对", "赵凤"))


def test_the_edges_win_and_a_different_stray_value_is_reported():
    page = parse_page(_page(["2019年9月9日 星期一 第2版"], _FIRST, ["2019年9月10日 星期二 第3版"], _SECOND))
    assert (page.meta.date, page.meta.page) == ("2019-09-09", "2")
    assert {(p.kind, p.field) for p in page.meta_problems} == {("two_values", "date"), ("two_values", "page")}


def test_a_figure_between_two_words_of_a_body_line_is_no_page_label():
    # pdftotext sets spaces around figures: «…达到 4 个百分» read as section, page, section.
    body = ["在此基础上，农产品", "加工转化率达到 4 个百分", "点，推广节水灌溉技术。"]
    page = parse_page(_page(["义诊送到牧民家门口", *body]))
    assert page.meta.page is None and page.dropped == []
    assert "加工转化率达到4个百分点" in page.articles[0].body_text


def test_a_datelines_head_set_apart_is_furniture_and_not_the_page_date():
    # A date without its year names no page; it is not reported as a problem of the page either.
    page = parse_page(_page(_FIRST, ["本报贵阳 8 月 16 日"], _SECOND))
    assert page.meta.date is None and page.meta_problems == []
    assert ("本报贵阳 8 月 16 日", "furniture") in [(d.text, d.reason) for d in page.dropped]
