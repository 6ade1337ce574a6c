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
        ("货轮穿过渤海海峡两岸的港口。", "渤海海峡"),
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


@pytest.mark.parametrize(
    "text, names",
    [
        ("站长才让多杰介绍，巡护员索南卓玛和扎西顿珠每天巡山。", ["才让多杰", "索南卓玛", "扎西顿珠"]),
        ("管护员次仁拉姆和格桑德吉正在巡山。", ["次仁拉姆", "格桑德吉"]),
        ("护林员洛桑丹增说，草场变好了。", ["洛桑丹增"]),
    ],
)
def test_tibetan_names_whole(found, text, names):
    got = found(text)
    for name in names:
        assert (name, "PER") in got, got
    assert not any(label == "PER" and len(t) < 4 for t, label in got), got


def test_tibetan_elements_inside_ordinary_words_are_not_names(found):
    got = found("增加措施后，山坡上开满了花。")
    assert not any(label == "PER" for _, label in got), got


@pytest.mark.parametrize(
    "text, name",
    [
        ("俄罗斯专家亚历山大·库兹涅佐夫已经抵达会场。", "亚历山大·库兹涅佐夫"),
        ("工程师伊万诺娃正在参观车间。", "伊万诺娃"),
        ("被告人王某平和张某被带走。", "王某平"),
        ("牧民巴音孟和家承包了草场。", "巴音孟和"),
    ],
)
def test_names_do_not_take_the_next_word(found, text, name):
    assert (name, "PER") in found(text)


@pytest.mark.parametrize(
    "text, org",
    [
        ("琼海市旅游和文化广电体育局组织了活动。", "琼海市旅游和文化广电体育局"),
        ("国家能源局新疆局完成验收。", "国家能源局新疆局"),
        ("工作人员从可可西里保护站出发。", "可可西里保护站"),
        ("工作人员经过索南达杰保护站后返回。", "索南达杰保护站"),
        ("霞浦工作站和赤水监测站正常运行。", "霞浦工作站"),
    ],
)
def test_department_and_station_names(found, text, org):
    assert (org, "ORG") in found(text)


def test_kinds_of_station_and_generic_mines_are_not_organisations(found):
    got = found("县里设置了便民服务站，建成警务工作站，边检站加强值守，当地生产建设煤矿停产整顿。")
    assert not any(label == "ORG" for _, label in got), got
    assert any(label == "ORG" and t.endswith("终审法院") for t, label in found("香港终审法院首席法官出席。"))


@pytest.mark.parametrize(
    "text",
    [
        "保护区内的普氏野马数量增加。",
        "雪豹幼崽在山上出现。",
        "离岛免税政策吸引游客，黑土滩治理取得成效。",
        "渔船浙岱渔03512在港内作业。",
        "苏E8K901车辆违规停放。",
    ],
)
def test_common_words_and_identifiers_are_not_names(found, text):
    got = found(text)
    assert not any(label in ("PER", "LOC", "ORG") for _, label in got), got
