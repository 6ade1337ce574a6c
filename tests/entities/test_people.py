"""People (PER): names whole, roles outside, where a name stops (ENTITIES.md), on sentences written for these tests."""

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


def test_tibetan_name_glued_to_a_role_by_the_tagger(found):
    got = found("八廓街派出所民警次仁旺堆在街上巡逻。")
    assert ("次仁旺堆", "PER") in got


@pytest.mark.parametrize(
    "text, name",
    [
        ("原告阿不都热合曼·吐尔洪于今年3月起诉。", "阿不都热合曼·吐尔洪"),
        ("老人的孙子艾合买提江·吐尔洪专门来到派出所。", "艾合买提江·吐尔洪"),
        ("他的女儿帕提古丽·买买提专门来到医院。", "帕提古丽·买买提"),
    ],
)
def test_dotted_name_takes_both_parts_and_stops_at_the_verb(found, text, name):
    got = found(text)
    assert (name, "PER") in got
    assert sum(1 for _, label in got if label == "PER") == 1


@pytest.mark.parametrize(
    "text, name",
    [
        ("教导员朝鲁巴根带领两名民警赶到现场。", "朝鲁巴根"),
        ("副政委孟和朝鲁说，今年雪大。", "孟和朝鲁"),
        ("队员其木格用双语讲解。", "其木格"),
        ("牧民巴特尔朝鲁家的羊走失了。", "巴特尔朝鲁"),
        ("局里干部普布扎西说，今年造林很多。", "普布扎西"),
    ],
)
def test_mongolian_and_tibetan_names_after_a_role_are_whole(found, text, name):
    got = found(text)
    assert (name, "PER") in got
    assert sum(1 for _, label in got if label == "PER") == 1


def test_role_runs_do_not_swallow_verbs_or_han_names(found):
    got = found("民警高娃拉着老人的手，民警李娜多次走访。")
    assert ("高娃", "PER") in got and ("李娜", "PER") in got


def test_rarer_last_character_seen_by_the_tagger_stays_in_the_name(found):
    got = found("副校长买买提明说，学校很好。")
    assert ("买买提明", "PER") in got


def test_two_character_name_after_a_role_before_a_verb_of_saying(found):
    assert ("尼玛", "PER") in found("医生尼玛说，病人已经好转。")
    assert not any(label == "PER" for _, label in found("牧民都说好，民警多次说明情况。"))


@pytest.mark.parametrize(
    "text, name",
    [
        ("副校长艾则孜提说，学校和师范学院合作。", None),
        ("中队接到牧民乌云其其格的求助电话。", "乌云其其格"),
        ("镇上的牧民巴图孟和家承包了草场。", "巴图孟和"),
    ],
)
def test_name_ends_before_verb_or_home_even_when_glued(found, text, name):
    got = found(text)
    if name is None:
        assert not any(label == "PER" and t.endswith("说") for t, label in got)
    else:
        assert (name, "PER") in got


def test_conjunction_between_two_names_still_separates_them(found):
    got = found("民警巴特尔和辅警苏和说，路已经通了。")
    assert ("巴特尔", "PER") in got and ("苏和", "PER") in got


def test_words_made_with_say_are_not_part_of_a_name(found):
    got = found("对主教练巴特尔来说，这场比赛很重要。")
    assert ("巴特尔", "PER") in got
    assert not any(t.endswith("来") for t, label in got if label == "PER")


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
