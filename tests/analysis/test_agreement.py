"""Agreement figures against published worked examples, hand-computed ones and degenerate data."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.agreement import (
    NO_SHARED,
    NO_VARIATION,
    article_agreement,
    binary_alpha,
    cohens_kappa,
    krippendorff_alpha_nominal,
    passage_agreement,
)


# -- published worked examples ---------------------------------------------------


def test_cohens_kappa_matches_cohen_1960_table_2b():
    # Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological
    # Measurement 20(1), 37-46: Table 2b, p. 45, two judges, 200 cases, three categories.
    # p_o = .70, p_c = .41, and Cohen reports kappa = .492.
    table = [[88, 14, 18], [10, 40, 10], [2, 6, 12]]
    assert cohens_kappa(table) == pytest.approx(0.29 / 0.59)
    assert round(cohens_kappa(table), 3) == 0.492


def test_binary_alpha_matches_krippendorff_2004_section_11_3_1():
    # Krippendorff, K. (2004). Content Analysis, 2nd ed., section 11.3.1: two observers (Jon, Han)
    # judge the presence of something in 10 newspaper articles; alpha = .095.
    jon = [1, 1, 0, 0, 0, 0, 0, 0, 0, 0]
    han = [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
    general = krippendorff_alpha_nominal(zip(jon, han))
    assert round(general, 4) == 0.0952
    both = sum(a and b for a, b in zip(jon, han))
    only_jon = sum(a and not b for a, b in zip(jon, han))
    only_han = sum(b and not a for a, b in zip(jon, han))
    assert binary_alpha(both, only_jon, only_han, 10 - both - only_jon - only_han) == pytest.approx(general)


def test_nominal_alpha_matches_krippendorff_2011_example_c_with_missing_values():
    # Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, example C: nominal data,
    # four observers, 12 units, missing values; alpha = 0.743.
    _ = None
    observers = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
        [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ]
    assert round(krippendorff_alpha_nominal(zip(*observers)), 3) == 0.743


# -- hand-computed examples --------------------------------------------------------


def test_article_agreement_by_hand():
    # 10 shared articles; tag T: both 4, only A 1, only B 2, neither 3.
    # p_o = 7/10; p_A = 5/10, p_B = 6/10; p_e = .5*.6 + .5*.4 = .5; kappa = (.7 - .5) / .5 = .4
    layout = ["ab"] * 4 + ["a"] + ["b"] * 2 + [""] * 3
    tags_a = {i: {"T"} if "a" in who else set() for i, who in enumerate(layout)}
    tags_b = {i: {"T"} if "b" in who else set() for i, who in enumerate(layout)}
    tags_a[99] = {"T"}  # coded by A only: not shared, does not count
    (result,) = article_agreement(tags_a, tags_b)
    assert (result.articles, result.both, result.only_a, result.only_b, result.neither) == (10, 4, 1, 2, 3)
    assert result.percent_agreement == pytest.approx(70.0)
    assert result.kappa == pytest.approx(0.4)
    assert result.note is None


def test_passage_agreement_by_hand():
    # one article of 10 characters; A tags 0-4, B tags 2-6: both 2, only A 2, only B 2, neither 4.
    # n1 = 2*2 + 4 = 8, n0 = 2*4 + 4 = 12; alpha = 1 - (20 - 1) * 4 / (12 * 8) = 1 - 76/96
    (result,) = passage_agreement({"x": 10}, {"x": [("T", 0, 4)]}, {"x": [("T", 2, 6)]})
    assert (result.characters, result.both, result.only_a, result.only_b, result.neither) == (10, 2, 2, 2, 4)
    assert result.alpha == pytest.approx(1 - 76 / 96)


def test_overlapping_passages_of_one_coder_count_once_and_spans_are_clipped():
    (result,) = passage_agreement({"x": 10}, {"x": [("T", 0, 4), ("T", 2, 6), ("T", 8, 99)]}, {"x": [("T", 0, 6)]})
    assert (result.both, result.only_a, result.only_b, result.neither) == (6, 2, 0, 2)


_spans = st.lists(st.tuples(st.sampled_from("TU"), st.integers(0, 12), st.integers(0, 12)), max_size=4)


@given(st.integers(1, 12), _spans, _spans)
def test_passage_alpha_is_nominal_alpha_over_character_labels(length, spans_a, spans_b):
    results = passage_agreement({"x": length}, {"x": spans_a}, {"x": spans_b}, tags=["T"])

    def labels(spans):
        return [any(t == "T" and s <= i < e for t, s, e in spans) for i in range(length)]

    expected = krippendorff_alpha_nominal(zip(labels(spans_a), labels(spans_b)))
    got = results[0].alpha
    assert (got is None and expected is None) or math.isclose(got, expected, abs_tol=1e-12)


# -- degenerate data ---------------------------------------------------------------------


def test_no_shared_articles_gives_a_clear_empty_result():
    assert article_agreement({1: {"T"}}, {2: {"T"}}) == []
    (result,) = article_agreement({1: {"T"}}, {2: {"T"}}, tags=["T"])
    assert (result.articles, result.kappa, result.percent_agreement, result.note) == (0, None, None, NO_SHARED)
    (passages,) = passage_agreement({}, {}, {}, tags=["T"])
    assert (passages.alpha, passages.note) == (None, NO_SHARED)


def test_no_variation_gives_no_kappa_but_full_agreement():
    (result,) = article_agreement({1: {"T"}, 2: {"T"}}, {1: {"T"}, 2: {"T"}})
    assert (result.percent_agreement, result.kappa, result.note) == (100.0, None, NO_VARIATION)
    (result,) = article_agreement({1: set()}, {1: set()}, tags=["T"])
    assert result.kappa is None and result.percent_agreement == 100.0
    (passages,) = passage_agreement({"x": 5}, {}, {}, tags=["T"])
    assert (passages.alpha, passages.note) == (None, NO_VARIATION)
    assert cohens_kappa([[0, 0], [0, 0]]) is None
    assert krippendorff_alpha_nominal([(1,), (None, 2)]) is None


def test_total_disagreement_is_negative():
    (result,) = article_agreement({1: {"T"}, 2: set()}, {1: set(), 2: {"T"}})
    assert result.kappa == pytest.approx(-1.0)
