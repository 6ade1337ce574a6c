"""The doubt marker from the line model's own margins (reader/parsing/doubt.py)."""

from __future__ import annotations

import random

import pytest

from reader.model import Article, ArticleDoubt
from reader.parsing import doubtful_articles, parse_page
from reader.parsing.articles import PlacedArticle
from reader.parsing.doubt import CLOSE_CALL, DOUBT_THRESHOLD, provisional_doubt
from reader.paths import sample_page_path
from synthetic import generate_page


def _placed(title: str, boundary: float = 0.0, headline: float = 0.0) -> PlacedArticle:
    return PlacedArticle(Article(title=title), 0, 1, ArticleDoubt(boundary=boundary, headline=headline))


def test_the_sample_page_has_nothing_doubtful():
    page = parse_page(sample_page_path().read_text(encoding="utf-8"))
    assert len(page.articles) == 4
    assert all(0.0 <= a.doubt < DOUBT_THRESHOLD and not a.doubt_reasons for a in page.articles)
    assert doubtful_articles(page) == [False] * 4


@pytest.mark.parametrize(
    ("boundary", "headline", "doubt"),
    [(0.0, 0.0, 0.0), (CLOSE_CALL, 0.0, DOUBT_THRESHOLD), (0.0, CLOSE_CALL / 2, DOUBT_THRESHOLD / 2), (0.1, 0.5, 1.0)],
)
def test_the_closest_call_maps_onto_zero_to_one_with_the_threshold_at_close_call(boundary, headline, doubt):
    [(value, _reasons)] = provisional_doubt([_placed("标题", boundary, headline)], {})
    assert value == pytest.approx(doubt, abs=1e-3)


def test_each_close_call_gives_its_reason():
    [(_, boundary_only), (_, both), (_, calm)] = provisional_doubt(
        [_placed("甲", boundary=0.48), _placed("乙", boundary=0.47, headline=0.49), _placed("丙", 0.01, 0.02)], {}
    )
    assert len(boundary_only) == 1 and "starts or ends" in boundary_only[0] and "48%" in boundary_only[0]
    assert len(both) == 2 and "headline" in both[1]
    assert calm == ()


def test_an_article_without_a_title_is_doubtful_and_says_why():
    [(value, reasons)] = provisional_doubt([_placed("", 0.0, 0.0)], {})
    assert value >= DOUBT_THRESHOLD and reasons == ("it has no title",)


def test_a_generated_page_marks_the_article_the_model_hesitated_over():
    # A tuning seed of bench/doubt_bench.py (never a held-out one): the first from 830000 where the
    # shipped line model marks some articles, not all, each for a close call (830006 until a wrapped
    # first line stopped passing for a headline: the model no longer hesitates there).
    text = generate_page(random.Random(830184))[0]
    page = parse_page(text)
    marked = [a for a in page.articles if a.doubt >= DOUBT_THRESHOLD]
    assert marked and len(marked) < len(page.articles)
    assert all(any("close call" in r for r in a.doubt_reasons) for a in marked)
    assert doubtful_articles(page) == [a.doubt >= DOUBT_THRESHOLD for a in page.articles]
