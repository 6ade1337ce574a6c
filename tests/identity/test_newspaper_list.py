"""The shipped list of newspapers: well-formed, unambiguous where it claims to be, and used with care."""

from collections import Counter

import pytest

from reader.identity import known_newspapers
from reader.identity.newspapers import masthead_form
from reader.identity.serials import PROVINCE_CODES

KINDS = {"national", "provincial", "city", "trade", "legal", "regional"}


def test_rows_are_well_formed_and_unique():
    papers = known_newspapers().papers
    assert len(papers) >= 300
    for paper in papers.values():
        assert paper.kind in KINDS, paper
        assert paper.region == "00" or paper.region in PROVINCE_CODES, paper
        assert paper.name == paper.name.strip() and " " not in paper.name
    kinds = Counter(p.kind for p in papers.values())
    assert all(kinds[k] >= 5 for k in KINDS)


def test_every_province_has_its_party_paper():
    regions = {p.region for p in known_newspapers().papers.values() if p.kind == "provincial"}
    assert regions >= PROVINCE_CODES - {"71", "81", "82"}


def test_no_short_form_is_another_papers_full_name():
    papers = known_newspapers()
    for short in papers.short:
        assert short not in papers.papers, short


def test_short_forms_resolve_only_when_unambiguous():
    papers = known_newspapers()
    assert papers.resolve("南都").name == "南方都市报"
    assert papers.resolve("法制报").name is None and "内蒙古法制报" in papers.resolve("法制报").candidates
    assert papers.resolve("法制报", region="15").name == "内蒙古法制报"
    assert papers.resolve("法制报", region="41").name == "河南法制报"
    assert papers.resolve("人民日报").name == "人民日报"


def test_a_listed_name_inside_a_longer_word_is_not_the_paper():
    papers = known_newspapers()
    assert papers.find("印刷：内蒙古日报社印务中心") == []
    assert papers.find("人民日报评论员") == []
    assert [name for _, _, name in papers.find("人民日报海外版 2023年")] == ["人民日报海外版"]


@pytest.mark.parametrize("name", ["乌兰察布日报", "草原都市报", "北疆晚报", "某某商报", "大河报", "新星时报"])
def test_unlisted_names_of_the_form_of_a_paper(name):
    assert masthead_form(name)


@pytest.mark.parametrize("word", ["工作汇报", "天气预报", "安全通报", "年度公报", "喜报", "日报", "要闻", "综合新闻", "经济学报", "电视画报"])
def test_words_that_are_not_papers(word):
    assert not masthead_form(word)
