"""Times (TIME) and numbers (NUM): parts of the day, ranges, durations, units and rates (ENTITIES.md), on sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("3月8日下午，会议召开。", "3月8日下午"),
        ("凌晨2时许，民警接到报警。", "凌晨2时许"),
        ("2021年度考核结果公布。", "2021年度"),
        ("9月中旬天气转凉。", "9月中旬"),
        ("2024年上半年共办理案件。", "2024年上半年"),
    ],
)
def test_times_take_their_part_of_the_day(found, text, expected):
    assert (expected, "TIME") in found(text)


def test_a_date_range_is_two_times(found):
    got = found("活动从6月1日持续至6月30日。")
    assert {("6月1日", "TIME"), ("6月30日", "TIME")} <= got
    assert not any("至" in text for text, _ in got)


def test_relative_times_are_not_marked(found):
    got = found("近日，当天上午，去年以来，同一天。")
    assert not any(label == "TIME" for _, label in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("共有近3万名群众参加。", "近3万名"),
        ("现有从业人员5000余人。", "5000余人"),
        ("同比增长12.5%。", "12.5%"),
        ("游客达1.2万人。", "1.2万人"),
        ("投资3.8亿元建设新馆。", "3.8亿元"),
        ("气温降到零下30摄氏度。", "零下30摄氏度"),
        ("下降了5个百分点。", "5个百分点"),
        ("他用时3小时12分05秒跑完全程。", "3小时12分05秒"),
        ("救援持续了三个多小时。", "三个多小时"),
        ("约15海里外发现渔船。", "约15海里"),
        ("年发电约300亿千瓦时。", "约300亿千瓦时"),
        ("工期延长了两个多月。", "两个多月"),
    ],
)
def test_numbers_take_unit_and_approximator(found, text, expected):
    assert (expected, "NUM") in found(text)


def test_identifiers_and_counted_chinese_numerals_are_not_numbers(found):
    got = found("遇到危险请拨打110或“119”，两名民警采取了三项措施。")
    assert not any(label == "NUM" for _, label in got)


def test_decades_and_numbered_units_are_not_numbers_or_dates(found):
    got = found("上世纪80年代，3号机组投入运行。")
    assert not any(label in ("NUM", "TIME") for _, label in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("法院判处被告人有期徒刑2年3个月，并处罚金。", "2年3个月"),
        ("抢修人员连续奋战6个多小时。", "6个多小时"),
        ("从县城出发要走1个半小时。", "1个半小时"),
        ("港口上半年完成集装箱吞吐量350万标箱。", "350万标箱"),
        ("机场全年保障航班起降3800架次。", "3800架次"),
        ("春运期间发送旅客12万人次。", "12万人次"),
        ("工地今年使用沙石8万立方米。", "8万立方米"),
        ("全年完成货物周转量800万吨公里。", "800万吨公里"),
        ("今年的候鸟比往年晚到一周。", "一周"),
        ("工程提前两周完工。", "两周"),
        ("培训历时三个月。", "三个月"),
    ],
)
def test_durations_and_units(found, text, expected):
    got = found(text)
    assert (expected, "NUM") in got
    assert not any(label == "ORG" for _, label in got)


def test_rates_and_anniversaries_are_not_durations(found):
    got = found("社区每一周开展一次巡查，一周一次的例会照常进行，今天是建校一周年。")
    assert not any(label == "NUM" for _, label in got)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("这次检修用了一周时间，设备照常运转。", "一周"),
        ("暴雨持续两天后，河水才慢慢退去。", "两天"),
        ("他在外地工作了一年，回来后开了家店。", "一年"),
        ("抢修队员连续奋战了十几个小时。", "十几个小时"),
        ("被告人被判处有期徒刑三年六个月。", "三年六个月"),
        ("另一名被告人被判处有期徒刑一年六个月，缓刑两年。", "一年六个月"),
        ("服刑期间又减刑二年三个月。", "二年三个月"),
    ],
)
def test_chinese_numeral_durations(found, text, expected):
    assert (expected, "NUM") in found(text)


def test_counts_and_idioms_are_not_durations(found):
    got = found("当地推出三项举措，一名民警和五名队员赶到现场，日子一天天好起来，一年一度的赛马会开幕，一天比一天热闹，有一天他来了，三年级学生参加。")
    assert not any(label == "NUM" for _, label in got), got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("9月2日中午12时，台风在沿海登陆。", "9月2日中午12时"),
        ("3月4日凌晨4时许，山区出现强降雨。", "3月4日凌晨4时许"),
        ("6日下午3时30分，雨势减弱。", "6日下午3时30分"),
        ("10月5日傍晚，渔船陆续返航。", "10月5日傍晚"),
        ("11月7日深夜，风力逐渐减弱。", "11月7日深夜"),
        ("4月12日中午，救援队抵达。", "4月12日中午"),
    ],
)
def test_part_of_day_between_date_and_clock(found, text, expected):
    got = found(text)
    assert (expected, "TIME") in got, got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("洪峰流量达到2.3万立方米每秒。", "2.3万立方米每秒"),
        ("大货车车速为60千米每小时。", "60千米每小时"),
        ("今年的运价为35元每吨。", "35元每吨"),
        ("施工队40多人每天早上开工。", "40多人"),
    ],
)
def test_rates_with_mei_are_one_unit(found, text, expected):
    assert (expected, "NUM") in found(text)
