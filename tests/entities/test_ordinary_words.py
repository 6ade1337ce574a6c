"""Ordinary words, levels, titles and identifiers that are no entity at all, on sentences written for these tests."""

import pytest


def test_ordinary_words_are_not_names(found):
    got = found("老师用藏汉双语讲课，今年的初雪来得早，村里开展“平安乡村”创建，演员表演了呼麦和长调。")
    texts = {t for t, label in got if label in ("PER", "LOC", "ORG")}
    assert not texts & {"藏汉", "初雪", "平安", "呼麦", "长调"}


def test_level_words_and_titles_alone_are_not_entities(found):
    got = found("嘎查达巴特尔说，苏木的牧民都来了。")
    assert ("巴特尔", "PER") in got
    assert not any(t in ("苏木", "嘎查达", "嘎查达巴特尔") for t, _ in got)


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
