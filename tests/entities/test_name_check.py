"""Ordinary words the tagger calls names are no entities; names with evidence stay.

Sentences written for this test (none from the evaluation sets).
"""

from __future__ import annotations

import pytest

from reader.entities.knowledge import load_knowledge
from reader.entities.lac_model import Token
from reader.entities.name_check import FRAMES, NameCheck, has_evidence, is_name, probe_texts


@pytest.mark.parametrize(
    "text, word",
    [
        ("各单位开展战术训练、“红蓝对抗”实战训练，突出实战。", "红蓝"),
        ("今年一季度，全市新能源汽车销量同比增长三成。", "新能源汽车"),
        ("商务部门将推动新能源汽车下乡。", "新能源汽车"),
        ("城管部门集中整治违规户外广告。", "户外广告"),
        ("市民在户外广告牌下避雨。", "户外广告"),
        ("“港”城青年谈发展。", "港"),
        ("他在港期间参观了几所学校。", "港"),
        ("“冬”字当头，做好防寒准备。", "冬"),
        ("民警说，这里实行村民自治。", "自治"),
    ],
)
def test_ordinary_words_are_no_entities(found, text, word):
    assert not any(w == word for w, _ in found(text)), found(text)


@pytest.mark.parametrize(
    "text, entity",
    [
        ("人民日报记者走进牧区。", ("人民日报", "ORG")),
        ("国家电网工作人员抢修线路。", ("国家电网", "ORG")),
        ("长城汽车发布新车。", ("长城汽车", "ORG")),
        ("记者从寿光了解到，蔬菜价格平稳。", ("寿光", "LOC")),
        ("民警前往霍尔果斯口岸执勤。", ("霍尔果斯口岸", "LOC")),
        ("中美两国元首举行会晤。", ("中", "LOC")),
        ("港珠澳大桥迎来客流高峰。", ("港珠澳大桥", "LOC")),
        ("黄河水位持续上涨。", ("黄河", "LOC")),
        ("国务院办公厅印发通知。", ("国务院办公厅", "ORG")),
    ],
)
def test_names_with_evidence_stay(found, text, entity):
    assert entity in found(text)


def test_what_counts_as_evidence():
    k = load_knowledge()
    for word in ("赤峰市", "寿光", "黄河", "范阳路", "人民日报", "国家电网", "科尔沁沙地", "霍尔果斯", "G305线", "公安局"):
        assert has_evidence(word, k), word
    for word in ("红蓝", "新能源汽车", "户外广告", "新时代"):
        assert not has_evidence(word, k), word


def _tagger(readings: dict[str, str]):
    """A stand-in tagger: each probe text is one word (tagged from ``readings``) in its frame."""

    def tag(texts: list[str]) -> list[list[Token]]:
        out = []
        for text in texts:
            for frame in {*FRAMES}:
                before, after = frame.split("{}")
                if text.startswith(before) and text.endswith(after) and len(text) > len(before) + len(after):
                    word = text[len(before) : len(text) - len(after)]
                    if word in readings:
                        tokens = [Token(0, len(before), "r")] if before else []
                        tokens.append(Token(len(before), len(before) + len(word), readings[word]))
                        tokens.append(Token(len(before) + len(word), len(text), "w"))
                        out.append(tokens)
                        break
            else:
                out.append([Token(0, len(text), "n")])
        return out

    return tag


def test_a_long_word_of_two_ordinary_words_is_no_name_unless_one_part_is_a_name():
    tag = _tagger({"新能源": "n", "汽车": "n", "长城": "LOC"})
    texts = probe_texts("新能源汽车") + probe_texts("长城汽车")
    tagged = dict(zip(texts, tag(texts)))
    assert not is_name("新能源汽车", tagged)
    assert is_name("长城汽车", tagged)


def test_a_short_word_is_no_name_when_most_frames_read_it_as_a_word():
    tagged_once = _tagger({"红蓝": "ORG"})
    texts = probe_texts("红蓝")
    assert is_name("红蓝", dict(zip(texts, tagged_once(texts))))
    ordinary = _tagger({"红蓝": "a"})
    assert not is_name("红蓝", dict(zip(texts, ordinary(texts))))


def test_withdrawn_tags_become_ordinary_nouns_and_verdicts_are_cached():
    calls = []
    inner = _tagger({"新能源": "n", "汽车": "n"})

    def tag(texts):
        calls.append(list(texts))
        return inner(texts)

    check = NameCheck(tag, load_knowledge())
    text = "新能源汽车销量增长。"
    tokens = [Token(0, 5, "ORG"), Token(5, 7, "n"), Token(7, 9, "v"), Token(9, 10, "w")]
    assert check.withdraw([(text, tokens)])[0][0] == Token(0, 5, "n")
    assert check.withdraw([(text, tokens)])[0][0] == Token(0, 5, "n")
    assert len(calls) == 1  # the second sentence asked nothing: the verdict is per word


def test_a_texts_entities_do_not_depend_on_what_it_is_recognised_with():
    from reader.entities import Recogniser

    target = "城管部门整治户外广告，民警前往霍尔果斯口岸，“红蓝对抗”开始。"
    others = [f"第{i}段：商务部门推动新能源汽车消费，黄河水位上涨{i}厘米。" for i in range(300)]
    alone = Recogniser().recognise(target)  # a fresh recogniser: nothing checked before
    crowded = Recogniser()
    in_crowd = crowded.recognise_many([*others[:150], target, *others[150:]])[150]
    assert in_crowd == alone
