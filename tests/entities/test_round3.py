"""Round 3 of the recogniser's general rules (sentences written for these tests).

Chinese-numeral durations in running text, parts of the day between a date
and a clock time, rates written with 每, water bodies and ports, Tibetan
names, names that must not take the next word, organisation names, and
common words or identifiers that are not names.
"""

import pytest


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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("船只陆续驶回石浦渔港，岸上人头攒动。", "石浦渔港"),
        ("旅客从烟台新港登船前往大连。", "烟台新港"),
        ("货轮穿越渤海海峡，驶入泉州湾。", "渤海海峡"),
        ("船队沿着京杭大运河北上。", "京杭大运河"),
        ("游人在青海湖畔骑行。", "青海湖"),
        ("洪水流入清江，沅水和澧水水位持续上涨。", "澧水"),
    ],
)
def test_water_bodies_and_ports(found, text, expected):
    got = found(text)
    assert (expected, "LOC") in got, got


def test_water_names_stop_before_the_next_word(found):
    got = found("科考队在长江源头考察，抚州市城区交通恢复，黄河源头水量充沛。")
    assert ("长江", "LOC") in got and ("黄河", "LOC") in got and ("抚州市", "LOC") in got, got
    assert not any(t.endswith(("源", "源头", "城区")) for t, _ in got), got


def test_ordinary_words_in_shui_are_not_rivers(found):
    got = found("连日降雨导致积水，洪水水位上涨，居民用水和供水保障正常。")
    assert not any(label == "LOC" for _, label in got), got
