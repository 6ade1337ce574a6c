"""A headline line break inside a word (a wrap) against one between words (kicker and title, two-part titles)."""

import pytest

from reader.parsing.features import INDEX, line_features, prepare
from reader.parsing.lexicon import word_across, words
from reader.parsing.lines import split_lines


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("宾川县消防救援大队持续深", "化基层服务能力提升工作"),  # 深|化
        ("文化惠民演", "出温暖人心"),  # 演|出
        ("乌兰牧骑的歌", "声飘进牧户"),  # 歌|声
        ("健身步道连起百", "姓 生 活"),  # letter-spaced: 百|姓
    ],
)
def test_a_break_inside_a_word_is_found(before, after):
    assert word_across(before, after)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("强降雪来袭", "各方全力应对"),
        ("重点项目建设提速", "致富路通到家门口"),
        ("诉讼服务跑出", "“加速度”"),  # punctuation at the join: no word runs across it
        ("𠮷祥", "如意"),  # a character beyond the basic plane is not taken for half a word
        ("", "化基层"),
    ],
)
def test_a_break_between_words_is_not(before, after):
    assert not word_across(before, after)


def test_the_word_list_holds_short_han_words_only():
    listed = words()
    assert len(listed) > 50_000
    assert all(2 <= len(w) <= 4 for w in listed)


def test_a_wrapped_headline_lines_carry_the_word_features():
    text = "\n".join([
        "宾川县消防救援大队持续深",
        "化基层服务能力提升工作",
        "本报讯 近日，宾川县消防救援大队组织开展基层服务能力提升工作，",
        "各项工作取得了新进展。",
    ])
    from reader.parsing.roles import split_glued_bylines
    from reader.parsing.sorting import sort_lines

    ordered = sort_lines(split_lines(text))
    lines, glued = split_glued_bylines(ordered.lines)
    page = prepare(lines, glued, set())
    first, second = line_features(page, 0), line_features(page, 1)
    assert INDEX["word_on"] in first and INDEX["word_in"] not in first
    assert INDEX["word_in"] in second and INDEX["word_on"] not in second
