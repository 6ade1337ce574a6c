"""The parser's fast paths give what the plain definitions give.

Cohesion is worked out for a whole page at once over arrays (cohesion.py)
and emission scores a chunk of lines at a time (linemodel.py); here each is
checked against the plain definition it replaced, on generated pages and on
text with supplementary-plane characters, emoji and lone surrogates.
"""

import math
import operator
import random
from collections import Counter

import numpy as np
import pytest

from reader.parsing import features
from reader.parsing import linemodel as lm
from reader.parsing.cohesion import COHESION_LINES, PagePairs, cohesion
from reader.parsing.features import prepare
from reader.parsing.lines import make_line, split_lines
from reader.parsing.roles import build_chain, split_glued_bylines
from reader.parsing.sorting import sort_lines
from synthetic import generate_page


def _plain_cohesion(lines, i):
    """The definition: sets of character pairs, each weighted by how rare it is on the page."""
    text = "".join(line.text for line in lines)
    weights = {g: math.log(len(text) / c) for g, c in Counter(map(operator.add, text, text[1:])).items()}

    def pairs(chunk):
        return set(map(operator.add, chunk, chunk[1:]))

    j = i + 1
    while j < len(lines) and j < i + 4 and lines[j].heading_like:
        j += 1
    before = pairs("".join(line.text for line in lines[max(0, i - COHESION_LINES) : i]))
    after = pairs("".join(line.text for line in lines[j : j + COHESION_LINES]))
    if not before or not after:
        return None

    def weight(found):
        return sum(weights[g] for g in found)

    return weight(before & after) / max(1e-9, min(weight(before), weight(after)))


def _page_lines(seed):
    text = generate_page(random.Random(seed))[0]
    return split_glued_bylines(sort_lines(split_lines(text)).lines)[0]


def _assert_same(lines, indices):
    pairs = PagePairs(lines)
    pairs.compute(indices)
    for i in indices:
        want = _plain_cohesion(lines, i)
        got = cohesion(pairs, i)
        if want is None:
            assert got is None, i
        else:
            assert got == pytest.approx(want, rel=1e-12, abs=1e-15), i
    # One line asked alone reads the same as when the page was worked out at once.
    alone = PagePairs(lines)
    assert [cohesion(alone, i) for i in indices] == [pairs.values[i] for i in indices]


@pytest.mark.parametrize("seed", range(0, 40))
def test_cohesion_of_every_line_matches_the_definition(seed):
    lines = _page_lines(seed)
    _assert_same(lines, list(range(len(lines))))


def test_cohesion_with_supplementary_characters_emoji_and_lone_surrogates():
    texts = ["𠮷野家开业😀", "𠮷野家的牛肉饭", "新店标题", "𠮷野家今天开业😀", "\ud800孤", "孤\udfff", "a", "𠮷", "牛肉饭😀好吃"]
    lines = [make_line(k, text, False) for k, text in enumerate(texts)]
    _assert_same(lines, list(range(len(lines))))


def test_cohesion_at_the_page_edges_and_on_one_character_lines():
    lines = [make_line(k, text, False) for k, text in enumerate(["甲", "乙", "丙丁", "戊"])]
    _assert_same(lines, [0, 1, 2, 3])
    assert cohesion(PagePairs(lines), 0) is None  # nothing before the first line
    empty = PagePairs([])
    empty.compute([])
    assert empty.values == {}


def test_a_repeated_pair_counts_once_on_each_side():
    # «开业» three times before the heading and twice after: shared once, weighed once.
    texts = ["开业，开业。", "今天开业。", "标题", "开业了，很热闹。", "又开业。"]
    lines = [make_line(k, text, False) for k, text in enumerate(texts)]
    _assert_same(lines, [2])
    assert cohesion(PagePairs(lines), 2) > 0


def _plain_emissions(model, features):
    flat = [f for fs in features for f in fs]
    offsets = np.cumsum([0] + [len(fs) for fs in features[:-1]])
    return np.add.reduceat(model.weights[flat], offsets, axis=0).tolist()


def test_emissions_in_chunks_equal_one_sum_over_the_page():
    text = "\n".join(generate_page(random.Random(seed))[0] for seed in range(80))
    sorted_lines = sort_lines(split_lines(text))
    chain = build_chain(sorted_lines.lines, sorted_lines.ends_after)[0]
    rows = [f for f in chain.features if f is not None]
    assert len(rows) > 2 * lm._EMISSION_CHUNK  # several chunks, and a partial one
    model = lm.default_model()
    assert model.emissions(rows) == _plain_emissions(model, rows)
    assert model.emissions([]) == []


def test_pair_features_listed_once_equal_those_worked_out_afresh():
    # The pair features of a set of keys are listed once per process and reused.
    lines = _page_lines(3)
    features._PAIRS_OF_KEYS.clear()
    afresh = features.all_features(prepare(lines, {}, set()))
    assert features._PAIRS_OF_KEYS  # the first reading listed them
    for seed in range(10, 20):
        features.all_features(prepare(_page_lines(seed), {}, set()))
    assert features.all_features(prepare(lines, {}, set())) == afresh


@pytest.mark.parametrize("seed", range(40, 46))
def test_cohesion_through_renumbered_characters_matches_the_definition(seed, monkeypatch):
    # Big pages order their pairs by two radix sorts of renumbered characters;
    # here a small page is made to take that path, and then the plain sort's.
    from reader.parsing import cohesion as module

    lines = _page_lines(seed)
    monkeypatch.setattr(module, "_RADIX_FROM", 0)
    _assert_same(lines, list(range(len(lines))))
    monkeypatch.setattr(module, "_MAX_RENUMBERED", 10)
    _assert_same(lines, list(range(len(lines))))
