"""Reading a stretch of the chain again with the roles around it kept (linemodel.within),
as the one-byline rule of roles.py does around a forced start."""

import random

import pytest

from reader.parsing import linemodel as lm
from reader.parsing.lines import split_lines
from reader.parsing.roles import build_chain
from reader.parsing.sorting import sort_lines
from synthetic import generate_page


def _chain_and_scores(seed):
    ordered = sort_lines(split_lines(generate_page(random.Random(seed))[0]))
    chain, _, _ = build_chain(ordered.lines, ordered.ends_after)
    model = lm.default_model()
    scores = [None if f is None else model.weights[f].sum(axis=0).tolist() for f in chain.features]
    return model, list(chain.allowed), scores


@pytest.mark.parametrize("seed", [3, 17, 29])
def test_a_window_read_again_with_its_neighbours_kept_reads_as_the_whole_page_did(seed):
    # The chain is Markov: given the roles either side, the best reading inside a stretch
    # is the whole page's best reading there.
    model, allowed, scores = _chain_and_scores(seed)
    whole = lm.decode(model, allowed, scores).states
    n = len(whole)
    assert n > 12
    for first, last in ((0, n // 3), (n // 3, 2 * n // 3), (2 * n // 3, n - 1)):
        before = whole[first - 1] if first > 0 else None
        after = whole[last + 1] if last + 1 < n else None
        again = lm.decode(lm.within(model, before, after), allowed[first : last + 1], scores[first : last + 1])
        assert again.states == whole[first : last + 1]


def test_the_kept_neighbours_constrain_the_window():
    # After a title, a window cannot open with a second article's start: the title needs its body first.
    model = lm.default_model()
    window = [tuple(sorted(lm.STARTS))] + [tuple(range(lm.N_STATES))] * 3
    flat = [[0.0] * lm.N_STATES] * 4
    free = lm.decode(lm.within(model, None, None), window, flat)
    after_title = lm.decode(lm.within(model, lm.TITLE, None), window, flat)
    assert free.total > lm.NEG
    assert after_title.total < lm.NEG / 2
