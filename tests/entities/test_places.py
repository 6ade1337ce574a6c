"""Places (LOC): chains of administrative units, villages, roads, water bodies and ports (ENTITIES.md), on sentences written for these tests."""

import pytest


def test_chain_of_administrative_units_is_one_place(found):
    got = found("车辆行驶至锡林郭勒盟阿巴嘎旗境内时发生故障。")
    assert ("锡林郭勒盟阿巴嘎旗", "LOC") in got
    assert ("锡林郭勒盟", "LOC") not in got


def test_numbered_road_is_a_place_and_its_number_is_not(found):
    got = found("事故发生在G210线1200公里处。")
    assert ("G210线", "LOC") in got
    assert ("1200公里", "NUM") in got
    assert not any(text == "G210" or text == "210" for text, _ in got)


def test_township_and_village_levels_continue_the_chain(found):
    got = found("兴安盟科尔沁右翼前旗乌兰毛都苏木额很嘎查的牧民赶来帮忙。")
    assert ("兴安盟科尔沁右翼前旗乌兰毛都苏木额很嘎查", "LOC") in got


def test_two_country_short_forms_are_two_places(found):
    got = found("中美两国代表举行会谈。")
    assert {("中", "LOC"), ("美", "LOC")} <= got


def test_an_ethnic_group_is_not_a_place(found):
    got = found("当地满族群众和回族群众一起过节。")
    assert not any(text in ("满族", "回族") for text, _ in got)


@pytest.mark.parametrize(
    "text, chain",
    [
        ("位于锡林郭勒盟阿巴嘎旗查干淖尔苏木宝格都乌拉嘎查的牧场", "锡林郭勒盟阿巴嘎旗查干淖尔苏木宝格都乌拉嘎查"),
        ("会议在克孜勒托格拉克镇阿亚克库勒村召开。", "克孜勒托格拉克镇阿亚克库勒村"),
        ("东乌珠穆沁旗额吉淖尔苏木乌兰图嘎嘎查牧民达来说", "东乌珠穆沁旗额吉淖尔苏木乌兰图嘎嘎查"),
    ],
)
def test_unknown_township_and_village_names_continue_the_chain(found, text, chain):
    got = found(text)
    assert (chain, "LOC") in got
    inside = {t for t, label in got if label == "PER" and t in chain}
    assert not inside


def test_gacha_and_sumu_names_are_places_without_a_county_before(found):
    got = found("两天后，乌兰宝力格苏木巴音图嘎嘎查牧民说。")
    assert ("乌兰宝力格苏木巴音图嘎嘎查", "LOC") in got
    assert not any(label == "PER" for _, label in got)
    got = found("“我们都看天气预报。”巴彦淖尔嘎查牧民说。")
    assert ("巴彦淖尔嘎查", "LOC") in got


def test_gacha_named_with_ordinary_words(found):
    assert ("小石头嘎查", "LOC") in found("正在修建一条通往小石头嘎查的公路。")
    assert ("红旗嘎查", "LOC") in found("他来自红旗嘎查。")
    for text in ("边境嘎查的牧民都来了。", "全旗各嘎查都通了路。", "贫困嘎查的收入增加。"):
        assert not any(label == "LOC" for _, label in found(text)), text


def test_short_form_of_a_division_is_a_place_even_if_a_common_word(found):
    assert ("安康", "LOC") in found("修建西安至安康的铁路。")


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
