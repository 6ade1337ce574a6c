"""The real sample page must come out exactly as its hand-made gold."""

import json
from pathlib import Path

import pytest

from reader.parsing import parse_file

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = FIXTURES / "000_6d112d3a37cca14d.txt"
GOLD = FIXTURES / "000_6d112d3a37cca14d.gold.json"
FIELDS = ("kicker", "title", "subtitle", "dateline", "byline", "byline_raw", "body", "captions")


@pytest.fixture(scope="module")
def page():
    return parse_file(SAMPLE)


@pytest.fixture(scope="module")
def gold():
    return [{key: article[key] for key in FIELDS} for article in json.loads(GOLD.read_text("utf-8"))["articles"]]


def test_sample_matches_gold_exactly(page, gold):
    assert [a.to_json() for a in page.articles] == gold


@pytest.mark.parametrize("field", FIELDS)
def test_each_field_matches_gold(page, gold, field):
    # Same check as above, split by field so a regression says which part broke.
    assert [a.to_json()[field] for a in page.articles] == [g[field] for g in gold]


def test_headlines_bylines_and_captions(page):
    summary = [
        (a.kicker, a.title, a.dateline, a.byline, sum(b.kind == "subhead" for b in a.body), a.captions)
        for a in page.articles
    ]
    assert summary == [
        ("举措实、部署细、形式活、要求严", "全区旗县级公安机关专项活动有“声”有“形”", None, "沈翠英", 4, []),
        ("“三项举措”齐头并进", "治安刑事案件双下降", None, "沈翠英", 3, []),
        (None, "通辽市公安机关举行先进典型颁奖典礼暨誓师大会", "通辽讯", "张佳良", 0, ["颁奖现场。"]),
        (None, "雪“警”增春色", None, "杨娜娜", 0, ["民警护送学生过马路。"]),
    ]
    assert page.page_captions == []


def test_unpunctuated_first_line_is_body_not_subtitle(page):
    first = page.articles[0]
    assert first.subtitle is None
    assert first.body[0].text.startswith("“抓党建、整作风、强素质、树形象”专项活动部署开展以来，")


def test_extraction_spaces_removed_real_gaps_kept(page):
    text = "\n".join(a.body_text for a in page.articles)
    assert "2月6日" in text and "42次" in text and "《使命荣耀、责任担当》" in text
    assert "“实”字为先 技能练兵强素质" in text
    assert "2 月" not in text and " 42" not in text


def test_doubled_captions_are_dropped_halves(page):
    assert [(d.text, d.reason) for d in page.dropped] == [
        ("颁奖现场。", "duplicate_caption"),
        ("民警护送学生过马路。", "duplicate_caption"),
    ]
    assert page.encoding == "utf-8"
