"""Organisations (ORG): the longest name as one span, no place inside, departments and stations (ENTITIES.md), on sentences written for these tests."""

import pytest


def test_longest_organisation_name_is_one_span(found):
    got = found("通辽市公安局科尔沁区分局交管大队三中队民警及时赶到现场。")
    orgs = [t for t, label in got if label == "ORG"]
    assert orgs == ["通辽市公安局科尔沁区分局交管大队三中队"]


def test_no_place_inside_an_organisation(found):
    got = found("乌兰察布市公安局集宁区分局桥东派出所接到报警。")
    assert ("乌兰察布市公安局集宁区分局桥东派出所", "ORG") in got
    assert not any(label == "LOC" for _, label in got)


def test_generic_organisation_mentions_are_not_marked(found):
    got = found("全区各盟市公安局和该所民警参加了培训。")
    assert not any(label == "ORG" for _, label in got)


def test_school_court_and_company(found):
    got = found("赤峰学院、巴林右旗人民法院和内蒙古伊利实业集团股份有限公司签订了协议。")
    assert ("赤峰学院", "ORG") in got
    assert ("巴林右旗人民法院", "ORG") in got
    assert ("内蒙古伊利实业集团股份有限公司", "ORG") in got


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


def test_compound_noun_after_a_place_is_not_an_organisation(found):
    got = found("5月10日，和田地区墨玉县庭院经济现场会召开。")
    assert ("和田地区墨玉县", "LOC") in got
    assert not any(label == "ORG" for _, label in got)


def test_place_the_tagger_cut_in_two_still_names_the_department():
    # The tagger may cut a county's name into a verb and a level word
    # (伽师 | 县): the gazetteer's place still heads the organisation.
    from reader.entities.knowledge import load_knowledge
    from reader.entities.lac_model import Token
    from reader.entities.recogniser import _sentence_candidates
    from reader.entities.sentence import Sentence

    text = "伽师县农业农村局计划推广。"
    tokens = [Token(0, 2, "v"), Token(2, 3, "n"), Token(3, 8, "n"), Token(8, 10, "v"), Token(10, 12, "v"), Token(12, 13, "w")]
    cands = _sentence_candidates(Sentence(text, tokens), load_knowledge())
    assert (0, 8, "ORG") in cands


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
