"""Each label's conventions (ENTITIES.md), on sentences written for these tests."""

import pytest


def test_role_before_a_name_stays_outside(found):
    got = found("派出所教导员其木格和民警李向东一起走访了辖区商户。")
    assert ("其木格", "PER") in got
    assert ("李向东", "PER") in got
    assert not any(text.startswith(("教导员", "民警")) for text, _ in got)


def test_mongolian_name_after_a_role_is_whole(found):
    got = found("所长图门吉日嘎拉带领民警走访了牧户。")
    assert ("图门吉日嘎拉", "PER") in got


def test_anonymised_and_polite_forms_are_people(found):
    got = found("市民王先生报警称，嫌疑人张某于当晚逃离，李女士随后赶到。")
    assert {("王先生", "PER"), ("张某", "PER"), ("李女士", "PER")} <= got


def test_some_is_not_a_name(found):
    assert not any(label == "PER" for _, label in found("从某种意义上讲，这项工作很重要。"))


def test_transliterated_name_with_dot_is_one_person(found):
    got = found("律师阿依努尔·买买提介绍了案情。")
    assert ("阿依努尔·买买提", "PER") in got


def test_chain_of_administrative_units_is_one_place(found):
    got = found("车辆行驶至锡林郭勒盟阿巴嘎旗境内时发生故障。")
    assert ("锡林郭勒盟阿巴嘎旗", "LOC") in got
    assert ("锡林郭勒盟", "LOC") not in got


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


def test_numbered_road_is_a_place_and_its_number_is_not(found):
    got = found("事故发生在G210线1200公里处。")
    assert ("G210线", "LOC") in got
    assert ("1200公里", "NUM") in got
    assert not any(text == "G210" or text == "210" for text, _ in got)


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


def test_titles_keep_their_brackets(found):
    got = found("观看了纪录片《守望草原》和节目《平安之路——特别版》。")
    assert {("《守望草原》", "WORK"), ("《平安之路——特别版》", "WORK")} <= got


def test_township_and_village_levels_continue_the_chain(found):
    got = found("兴安盟科尔沁右翼前旗乌兰毛都苏木额很嘎查的牧民赶来帮忙。")
    assert ("兴安盟科尔沁右翼前旗乌兰毛都苏木额很嘎查", "LOC") in got


def test_tibetan_name_glued_to_a_role_by_the_tagger(found):
    got = found("八廓街派出所民警次仁旺堆在街上巡逻。")
    assert ("次仁旺堆", "PER") in got


def test_two_country_short_forms_are_two_places(found):
    got = found("中美两国代表举行会谈。")
    assert {("中", "LOC"), ("美", "LOC")} <= got


def test_an_ethnic_group_is_not_a_place(found):
    got = found("当地满族群众和回族群众一起过节。")
    assert not any(text in ("满族", "回族") for text, _ in got)


def test_decades_and_numbered_units_are_not_numbers_or_dates(found):
    got = found("上世纪80年代，3号机组投入运行。")
    assert not any(label in ("NUM", "TIME") for _, label in got)
