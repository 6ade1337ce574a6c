"""Round 2 of the recogniser's general rules (sentences written for these tests).

Transliterated names with «·», Mongolian and Tibetan names, chains of places
with unknown township and village names, long government organisation names,
common words that are not names, and compound or Chinese-numeral durations.
"""

import pytest


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
    "text, org, place",
    [
        ("甘孜县林业和草原局干部说，今年造林很多。", "甘孜县林业和草原局", "甘孜县"),
        ("乡城县文化广播电视和旅游局数据显示，游客增加。", "乡城县文化广播电视和旅游局", "乡城县"),
        ("伽师县农业农村局计划在年底前推广新品种。", "伽师县农业农村局", "伽师县"),
        ("由叶城县文工团演员表演歌舞。", "叶城县文工团", "叶城县"),
        ("新源县人力资源和社会保障局发布通知。", "新源县人力资源和社会保障局", "新源县"),
    ],
)
def test_government_department_is_one_organisation_without_a_place_inside(found, text, org, place):
    got = found(text)
    assert (org, "ORG") in got
    assert (place, "LOC") not in got


def test_ordinary_words_are_not_names(found):
    got = found("老师用藏汉双语讲课，今年的初雪来得早，村里开展“平安乡村”创建，演员表演了呼麦和长调。")
    texts = {t for t, label in got if label in ("PER", "LOC", "ORG")}
    assert not texts & {"藏汉", "初雪", "平安", "呼麦", "长调"}
