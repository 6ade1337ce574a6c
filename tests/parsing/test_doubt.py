"""The provisional doubt (reader/parsing/doubt.py): which cuts and titles the parser is unsure of, and why."""

from __future__ import annotations

from pathlib import Path

from reader.parsing import parse_page
from reader.store.records import DOUBT_THRESHOLD

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "000_6d112d3a37cca14d.txt"


def test_the_sample_page_is_parsed_right_and_nothing_on_it_is_doubtful():
    page = parse_page(SAMPLE.read_text(encoding="utf-8"))
    assert [a.doubt < DOUBT_THRESHOLD for a in page.articles] == [True] * 4
    assert all(0.0 <= a.doubt <= 1.0 for a in page.articles)


def test_a_title_that_stops_mid_sentence_is_doubtful_and_says_why():
    text = "草原巡护\n\n他每天都要巡山，风雨无阻，一年走坏三双鞋，从不叫苦。（记者 王明）\n\n尼玛次仁负责巡护的区域面积约200\n公里，每年走坏三双鞋，他说这是应该的。（记者 李华）\n"
    page = parse_page(text)
    by_title = {a.title: a for a in page.articles}
    doubtful = by_title["尼玛次仁负责巡护的区域面积约200"]
    assert doubtful.doubt >= DOUBT_THRESHOLD
    assert any("mid-sentence" in reason for reason in doubtful.doubt_reasons)
    assert by_title["草原巡护"].doubt < DOUBT_THRESHOLD and not any("mid-sentence" in r for r in by_title["草原巡护"].doubt_reasons)


def test_an_article_without_a_title_is_doubtful():
    page = parse_page("（记者 王明）\n\n草原巡护\n\n他每天都要巡山，风雨无阻。（记者 李华）\n")
    untitled = [a for a in page.articles if not a.title]
    assert untitled and all(a.doubt >= DOUBT_THRESHOLD for a in untitled)
