"""The parser generalises: accuracy on damaged pages it has never seen.

The seeds here are not the ones the parser was developed against (0-299 and
5000-5299); each page lays out different articles, column widths and habits.
"""

import random

import pytest

from reader.parsing import parse_page
from synthetic import generate_page

from parse_scoring import Score, edit_distance, score_page

N_PAGES = 240
FIRST_SEED = 20_000


@pytest.fixture(scope="module")
def score() -> Score:
    total = Score()
    for seed in range(FIRST_SEED, FIRST_SEED + N_PAGES):
        text, truth, _ = generate_page(random.Random(seed))
        total.add(score_page(truth, parse_page(text).articles))
    print(f"\n{N_PAGES} generated pages: {total.summary()}")
    return total


def test_enough_articles_measured(score):
    assert score.articles >= 500


def test_article_boundaries(score):
    assert score.boundary_rate >= 0.98, score.summary()


def test_titles(score):
    assert score.title_rate >= 0.98, score.summary()


def test_bylines(score):
    assert score.byline_rate >= 0.98, score.summary()


def test_body_character_error_rate(score):
    assert score.cer < 0.005, score.summary()


def test_captions_attached_to_their_article(score):
    assert score.captions > 50
    assert score.caption_rate >= 0.9, score.summary()


def test_scoring_can_fail():
    # The metrics must notice a wrong parse: drop an article and garble a body.
    text, truth, _ = generate_page(random.Random(7), n_articles=3)
    parsed = parse_page(text).articles
    assert score_page(truth, parsed).boundary_rate == 1.0
    worse = score_page(truth, parsed[1:])
    assert worse.boundary_rate < 1.0 and worse.cer > 0.05


@pytest.mark.parametrize(
    "a, b, distance",
    [("", "", 0), ("abc", "abc", 0), ("kitten", "sitting", 3), ("一二三", "一三", 1), ("", "四五", 2), ("甲乙丙丁", "丁丙乙甲", 4)],
)
def test_edit_distance(a, b, distance):
    assert edit_distance(a, b) == distance
