"""The scoring of parsed pages against composed truth notices what it claims to measure."""

import copy

import pytest

from composer import compose_pdf
from page_scoring import PageScore, edit_distance, score_page

from reader.model import Article, Block, Page


def _as_parsed(truth: dict) -> Page:
    articles = [
        Article(
            title=a["title"], kicker=a["kicker"], subtitle=a["subtitle"], dateline=a["dateline"], byline=a["byline"],
            byline_raw=a["byline_raw"], body=[Block(b["kind"], b["text"]) for b in a["body"]], captions=list(a["captions"]),
        )
        for a in truth["articles"]
    ]
    return Page(articles=articles, page_captions=list(truth["page_captions"]))


@pytest.fixture(scope="module")
def truth():
    return compose_pdf(17)[1][0]


def test_the_truth_itself_scores_perfectly(truth):
    score = score_page(truth, _as_parsed(truth), meta=truth["meta"])
    assert all(met for _, _, _, met in score.figures()), score.summary()
    assert score.meta_right == score.meta_fields == 7 and not score.failures


def test_a_merge_a_wrong_title_and_a_lost_break_are_counted(truth):
    page = _as_parsed(truth)
    first, second = page.articles[0], page.articles[1]
    first.body = first.body + second.body  # second article swallowed by the first
    del page.articles[1]
    page.articles[-1].title += "错"
    long = max(page.articles, key=lambda a: len(a.body))
    long.body[0:2] = [Block("paragraph", long.body[0].text + long.body[1].text)]
    score = score_page(truth, page)
    assert score.boundaries == score.articles - 2
    assert score.titles == score.articles - 2
    assert score.body_errors >= len("".join(b["text"] for b in truth["articles"][1]["body"]))
    assert score.break_f1 < 1.0


def test_furniture_in_an_article_is_a_leak(truth):
    page = _as_parsed(truth)
    header = next(f["text"] for f in truth["furniture"] if f["kind"] == "header")
    page.articles[0].kicker = header
    assert score_page(truth, page).furniture_leaks == 1


def test_captions_on_the_wrong_article_are_not_placed():
    truth = next(t for seed in range(17, 60) for t in compose_pdf(seed)[1] if sum(len(a["captions"]) for a in t["articles"]) >= 1)
    page = _as_parsed(truth)
    holder = next(a for a in page.articles if a.captions)
    other = next(a for a in page.articles if a is not holder)
    other.captions, holder.captions = other.captions + holder.captions, []
    score = score_page(truth, page)
    assert score.captions_placed < score.captions


def test_scores_add_up(truth):
    total = PageScore()
    for _ in range(3):
        total.add(score_page(truth, _as_parsed(truth)))
    assert total.pages == 3 and total.articles == 3 * len(truth["articles"])


@pytest.mark.parametrize("a, b, distance", [("", "", 0), ("kitten", "sitting", 3), ("一二三", "一三", 1), ("𠮷a", "a", 1)])
def test_edit_distance(a, b, distance):
    assert edit_distance(a, b) == distance


def test_meta_fields_compare_editor_lists(truth):
    meta = copy.deepcopy(truth["meta"])
    meta["date"] = "1999-01-01"
    score = score_page(truth, _as_parsed(truth), meta=meta)
    assert score.meta_right == score.meta_fields - 1
