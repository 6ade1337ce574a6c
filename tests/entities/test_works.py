"""Titles of works (WORK) (ENTITIES.md), on sentences written for these tests."""


def test_titles_keep_their_brackets(found):
    got = found("观看了纪录片《守望草原》和节目《平安之路——特别版》。")
    assert {("《守望草原》", "WORK"), ("《平安之路——特别版》", "WORK")} <= got
