"""The search syntax, the hit finder and the folding it relies on."""

from __future__ import annotations

import pytest

from reader.search_query import FIELDS, QueryMatcher, Term, parse
from reader.textfold import fold, table, variants

ALL = FIELDS


def terms(query: str):
    parsed = parse(query)
    return [[(t.text, t.fields) for t in clause] for clause in parsed.clauses], [(t.text, t.fields) for t in parsed.excluded]


@pytest.mark.parametrize(
    "query, clauses, excluded",
    [
        ("公安 民警", [[("公安", ALL)], [("民警", ALL)]], []),
        ("公安 OR 民警", [[("公安", ALL), ("民警", ALL)]], []),
        ("甲 乙 OR 丙", [[("甲", ALL)], [("乙", ALL), ("丙", ALL)]], []),
        ("a OR b OR c", [[("a", ALL), ("b", ALL), ("c", ALL)]], []),
        ("-民警", [], [("民警", ALL)]),
        ('"民警 赵晨然"', [[("民警 赵晨然", ALL)]], []),
        ('"a OR -b"', [[("a OR -b", ALL)]], []),
        ("title:韩雪", [[("韩雪", ("title",))]], []),
        ("标题：韩雪 -byline:王", [[("韩雪", ("title",))]], [("王", ("byline",))]),
        ('byline:"韩 雪"', [[("韩 雪", ("byline",))]], []),
        ("OR 甲", [[("OR", ALL)], [("甲", ALL)]], []),  # a bare OR at an end is a word
        ("甲 OR", [[("甲", ALL)], [("OR", ALL)]], []),
        ("甲 OR -乙", [[("甲", ALL)], [("OR", ALL)]], [("乙", ALL)]),  # no OR with an excluded term
        ('"', [[('"', ALL)]], []),  # an unclosed quote is a character
        ("-", [[("-", ALL)]], []),
        ("12:30 http:x", [[("12:30", ALL)], [("http:x", ALL)]], []),  # not field names
        ("  ", [], []),
    ],
)
def test_parse(query, clauses, excluded):
    assert terms(query) == (clauses, excluded)


def test_a_quoted_phrase_never_holds_a_line_break():
    assert terms('"公安\n局"')[0] == [[("公安 局", ALL)]]


def test_hits_overlap_fold_and_stay_within_a_field():
    matcher = QueryMatcher("哈哈 OR 發展")
    fields = {"title": "哈哈哈", "body": "后来发展\n哈哈", "byline": None}
    hits = [(h.field, h.start, h.end) for h in matcher.hits(fields)]
    assert hits == [("title", 0, 2), ("title", 1, 3), ("body", 2, 4), ("body", 5, 7)]
    assert matcher.hit_count(fields) == 4
    assert QueryMatcher("来发").matches(fields) and not QueryMatcher("展哈").matches(fields)  # not across the break


def test_astral_characters_are_one_code_point():
    matcher = QueryMatcher("𠮷")
    assert [(h.start, h.end) for h in matcher.hits({"body": "😀𠮷a𠮷"})] == [(1, 2), (3, 4)]


def test_excluded_terms_and_fields():
    fields = {"title": "韩雪报道", "byline": "王明", "body": "正文"}
    assert QueryMatcher("title:韩雪").matches(fields)
    assert not QueryMatcher("byline:韩雪").matches(fields)
    assert not QueryMatcher("正文 -王明").matches(fields)
    assert QueryMatcher("正文 -body:王明").matches(fields)
    assert QueryMatcher("").matches(fields)


def test_folding_is_one_code_point_for_one():
    for code, folded in table().items():
        assert len(folded) == 1 and fold(folded) == folded, chr(code)  # idempotent, no chains left
    text = "後來發展，臺灣𠮷ABC"
    assert len(fold(text)) == len(text)
    assert fold(text) == "后来发展，台湾𠮷abc"
    assert variants("后") == {"后", "後"} and variants("A") == {"a", "A"} and variants("公") == {"公"}


def test_a_term_is_found_as_printed_whatever_script_is_typed():
    fields = {"body": "警察節後的發展"}
    assert [(h.start, h.end) for h in QueryMatcher("警察节后").hits(fields)] == [(0, 4)]
    assert [(h.start, h.end) for h in QueryMatcher(Term("发展").text).hits(fields)] == [(5, 7)]
