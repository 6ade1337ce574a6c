"""Finding an annotated passage again by its quote and context."""

from reader.store.anchoring import context_around, place_quote


def test_unchanged_text_keeps_the_offsets():
    text = "甲乙丙丁戊己庚辛"
    prefix, suffix = context_around(text, 2, 4)
    placed = place_quote(text, "丙丁", prefix, suffix, 2)
    assert (placed.start, placed.end, placed.exact_context) == (2, 4, True)


def test_shifted_text_finds_the_quote_by_context():
    old = "前文。赵晨然巡逻。"
    prefix, suffix = context_around(old, 3, 6)
    new = "新加的一句话。" + old
    placed = place_quote(new, "赵晨然", prefix, suffix, 3)
    assert new[placed.start : placed.end] == "赵晨然" and placed.start == 10


def test_context_decides_between_repeated_quotes():
    old = "甲说的好。乙说的对。"
    s = old.index("的对") - 0
    prefix, suffix = context_around(old, s, s + 1)  # the second 的
    new = "乙说的对。甲说的好。"  # sentences swapped: the old offset now holds the other 的
    placed = place_quote(new, "的", prefix, suffix, s)
    assert new[placed.start - 2 : placed.start + 2] == "乙说的对"


def test_without_exact_context_the_most_similar_wins():
    prefix, suffix = "民警赵晨然在", "巡逻"
    new = "赵晨然在家。民警赵某某在国道巡逻"
    placed = place_quote(new, "国道", "赵某某在", "巡逻", 0)
    assert new[placed.start : placed.end] == "国道"
    assert place_quote(new, "不在", prefix, suffix, 0) is None
    assert place_quote(new, "", prefix, suffix, 0) is None


def test_ties_go_to_the_nearest_occurrence():
    text = "的" * 10
    assert place_quote(text, "的", "x", "y", 7).start == 7
