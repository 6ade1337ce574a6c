"""What a band cannot say is reported, never guessed: impossible dates, wrong weekdays, two values, ambiguity."""

import pytest

from reader.identity import read_bands, read_line


@pytest.mark.parametrize(
    "printed",
    ["2023年2月30日", "2023年2月29日", "2023年13月1日", "2023年4月31日", "2023-02-30", "2023.11.31", "二〇二三年二月三十日", "1066年3月7日"],
)
def test_impossible_date_gives_no_date_and_a_problem(printed):
    meta, problems = read_bands([f"{printed} 星期二 第3版"], [])
    assert meta.date is None and "date" not in meta.origins
    assert meta.page == "3"  # the rest of the band is still read
    (problem,) = problems
    assert (problem.kind, problem.field, problem.text) == ("impossible_date", "date", printed)
    assert printed in problem.message and "not a date" in problem.message


def test_leap_day_is_a_date_in_a_leap_year_only():
    assert read_bands(["2024年2月29日"], [])[0].date == "2024-02-29"
    assert read_bands(["2000年2月29日"], [])[0].date == "2000-02-29"
    assert read_bands(["1900年2月29日"], [])[0].date is None


def test_wrong_weekday_keeps_the_date_and_says_so():
    meta, problems = read_bands(["2023年3月7日 星期三 第3版"], [])
    assert meta.date == "2023-03-07"
    (problem,) = problems
    assert problem.kind == "weekday_mismatch" and "星期二" in problem.message and "星期三" in problem.message


def test_month_and_day_without_a_year_is_not_completed():
    meta, problems = read_bands(["3月7日 星期二 第3版 要闻"], [])
    assert meta.date is None and meta.page == "3" and meta.section == "要闻"
    assert [p.kind for p in problems] == ["partial_date"]


def test_header_and_footer_disagreeing_keep_the_header_and_report():
    meta, problems = read_bands(["2023年3月7日 星期二 第3版"], ["- 4 -"])
    assert meta.page == "3"
    (problem,) = problems
    assert problem.kind == "two_values" and problem.field == "page" and problem.line_no == 1


def test_ambiguous_short_form_is_kept_as_printed_and_reported():
    meta, problems = read_bands(["法制报 2023年2月21日 星期二"], [])
    assert meta.newspaper == "法制报"
    (problem,) = problems
    assert problem.kind == "ambiguous" and "内蒙古法制报" in problem.message and "河南法制报" in problem.message


def test_two_section_candidates_with_no_page_to_decide():
    meta, problems = read_bands(["2023年3月7日 星期二 国际 体育"], [])
    assert meta.section is None
    assert [p.kind for p in problems] == ["ambiguous"]


def test_lunar_date_is_never_read_as_the_date():
    meta, _ = read_bands(["农历二月十六"], [])
    assert meta.date is None
    meta, _ = read_bands(["癸卯年二月十六 星期二"], [])
    assert meta.date is None


@pytest.mark.parametrize(
    "line",
    [
        "2023年3月7日起全市启用新系统",  # a headline that starts with a date
        "举措实、部署细、形式活、要求严",
        "全区旗县级公安机关专项活动有“声”有“形”",
        "3月7日，记者从市公安局获悉",
        "（下转第二版）",
        "（记者 王一 通讯员 张三）",
        "据统计，2023年3月7日全市共接警42次。",
        "向人民汇报",
    ],
)
def test_text_lines_do_not_read_as_bands(line):
    reading = read_line(line)
    assert not (reading.fully_read and reading.strong)


def test_weekday_is_not_read_inside_a_name():
    reading = read_line("2023年3月7日 星期二 责任编辑：周一鸣 第3版")
    assert ("责任编辑", "周一鸣") in next(p.value for p in reading.pieces if p.kind == "editors")
    assert [p.kind for p in reading.pieces].count("weekday") == 1


def test_an_unknown_cn_region_is_no_serial():
    meta, _ = read_bands(["CN99-0021"], [])
    assert meta.cn is None


def test_page_count_is_not_the_page():
    meta, _ = read_bands(["2023年3月7日 星期二 今日8版"], [])
    assert meta.page is None
