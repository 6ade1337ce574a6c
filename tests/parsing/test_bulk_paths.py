"""The page-at-once paths of the parser give exactly what the line-by-line definitions give.

linefacts.py measures every line from one array of code points; sort_lines
sends only the lines a step could drop or take apart the long way round;
the kinds of all lines, glued bylines and segment ends are asked only of
the lines that pass cheap necessary conditions; the Viterbi decoder lays
out each pair of role sets once.  Each is checked here against the plain
definition (the code it replaced), on generated pages and on lines built
to sit on the edge of each condition.
"""

import math
import random

import numpy as np
import pytest

from reader.parsing import features
from reader.parsing import linemodel as lm
from reader.parsing.bylines import split_trailing_byline, wrapped_trailing_byline
from reader.parsing.captions import shadow_run, undouble
from reader.parsing.furniture import furniture_reason, split_leading_jump, split_trailing_jump
from reader.parsing.linefacts import line_facts
from reader.parsing.lines import Line, make_line, split_lines
from reader.parsing.roles import BEAM, _within_beam, build_chain, split_glued_bylines
from reader.parsing.sorting import _maybe_taken_apart, sort_lines, stray_band_line
from reader.parsing.text import cell_width, heading_like, is_terminal, unspace_letters
from synthetic import generate_page

# Lines on the edges of the cheap tests: marks, brackets, spaces of every
# kind, doubled captions, page numbers with digits beyond ASCII, band values.
EDGE_LINES = [
    "𠮷野家开业😀", "\ud800孤", "孤\udfff", "a", "“标题”", "（标题）", "好。”", "好”", "ab c", "\u3000a\u3000b", "甲\u2003乙",
    "颁奖现场颁奖现场。。", "颁奖现场。颁奖现场。", "兽兽医医为为牲畜牲畜注射注射疫苗疫苗。。", "兽 兽医 医为为牲畜牲畜注射注射疫苗疫苗。。",
    "图为运动员在速度滑冰比赛中。。", "颁奖现场颁奖现场", "（下转第二版）", "(转第4版)", "…工作。（下转第二版）", "（上接第2版） 洱源县交通运输局启",
    "03", "٣", "- 3 -", "第三版", "A12", "3/8", "2019.09.18", "03版", "责任编辑：王小明", "2023年3月7日 星期二", "综合新闻 第3版",
    "健 身 步 道 连 起", "家 庭 医 生 成 了 “ 亲 戚 ”", "一二三", "十", "本报讯（记者 王一）", "（沈翠英）", "…30所。（端", "木兰 萧源 尹青秀）",
    "文 图 摄", "马桂娟 摄", "新华社呼和浩特7月7日电", "，", "。", "、", "a:b", "：",
]


def _corpus_lines(seeds=range(30)):
    out = []
    for seed in seeds:
        out.extend(split_lines(generate_page(random.Random(seed))[0]))
    return out + EDGE_LINES


def test_line_facts_equal_the_line_by_line_measures():
    texts = [t for t in (raw.strip() for raw in _corpus_lines()) if t]
    facts = line_facts(texts)
    assert facts.width == [cell_width(t) for t in texts]
    assert facts.terminal == [is_terminal(t) for t in texts]
    assert facts.heading == [heading_like(t) for t in texts]
    assert line_facts([]).width == []


def test_lines_not_taken_apart_pass_every_step_untouched():
    # A line the cheap tests let through must be one no step of sort_lines changes.
    texts = [t for t in (raw.strip() for raw in _corpus_lines()) if t]
    maybe = _maybe_taken_apart(texts, line_facts(texts)).tolist()
    assert any(maybe) and not all(maybe)
    for text, flagged in zip(texts, maybe):
        if flagged:
            continue
        assert furniture_reason(text) is None and not stray_band_line(text), text
        assert undouble(text) is None, text
        assert split_leading_jump(text) == (None, text) and split_trailing_jump(text) == (text, None), text
        assert unspace_letters(text) == text, text


def _plain_sort(raw_lines):
    """sort_lines as it was: every line asked every question."""
    import reader.parsing.sorting as sorting

    plain = [False] * len(raw_lines)
    original = sorting._plain
    sorting._plain = lambda stripped, band_lines: (plain, [0.0] * len(stripped), plain, plain)
    try:
        return sort_lines(raw_lines)
    finally:
        sorting._plain = original


@pytest.mark.parametrize("seed", range(12))
def test_sort_lines_equals_asking_every_line(seed):
    raw = split_lines(generate_page(random.Random(seed))[0])
    raw = raw[:5] + EDGE_LINES + raw[5:]  # past the header band, so the edge lines are read as text
    assert repr(sort_lines(raw)) == repr(_plain_sort(raw))


def test_a_shadow_copy_goes_the_long_way():
    raw = ["正文第一行，很长。", "", "兽医为牲畜注射疫苗", "兽医为牲畜注射疫苗 马桂娟", "马桂娟 摄", "", "后文，继续。"]
    assert shadow_run(raw[2:5]) is not None
    assert [c.text for c in sort_lines(raw).captions] == [c.text for c in _plain_sort(raw).captions]


def _plain_glued(lines):
    out, glued, i = [], {}, 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines):
            wrapped = wrapped_trailing_byline(line.text, lines[i + 1].text)
            if wrapped is not None and wrapped[0]:
                glued[len(out)] = wrapped[1]
                out.append(make_line(line.no, wrapped[0], line.blank_before, width=line.width))
                i += 2
                continue
        found = split_trailing_byline(line.text)
        if found is not None and found[0]:
            glued[len(out)] = found[1]
            out.append(make_line(line.no, found[0], line.blank_before, width=line.width))
        else:
            out.append(line)
        i += 1
    return out, glued


def test_glued_bylines_equal_asking_every_line():
    texts = ["他说。（沈翠英）", "…30所。（端", "木兰 萧源 尹青秀）", "（下同）", "工作。（记者 王一）", "（记者 王", "一）", "结尾。"]
    lines = [make_line(k, text, False) for k, text in enumerate(texts)]
    for seed in range(20):
        page = sort_lines(split_lines(generate_page(random.Random(seed))[0])).lines
        assert repr(split_glued_bylines(page)) == repr(_plain_glued(page))
    assert repr(split_glued_bylines(lines)) == repr(_plain_glued(lines))


def _plain_kind(page, i):
    """features._kind as it was, asked of one line."""
    from reader.parsing.bylines import bracket_byline, byline_line
    from reader.parsing.datelines import opens_dateline

    line = page.lines[i]
    text = line.text
    bits = 0
    bits |= features._K_HEADING if line.heading_like else 0
    bits |= features._K_TERMINAL if line.terminal else 0
    bits |= features._K_UNFINISHED if text.endswith(features._UNFINISHED) else 0
    bits |= features._K_RUNNING if page.running[i] else 0
    bits |= features._K_DATELINE if opens_dateline(page.lines, i) else 0
    if i in page.glued or (
        len(text) <= 60 and "，" not in text and "。" not in text
        and (byline_line(text) is not None or (text[:1] in "（(" and bracket_byline(text) is not None))
    ):
        bits |= features._K_BYLINE
    bits |= features._K_DASH if text.startswith(features._DASHES) else 0
    bits |= features._K_CREDIT if features._credit(text) else 0
    bits |= features._K_TINY if line.width <= 3 else 0
    return bits


def test_kinds_of_all_lines_equal_asking_each_line():
    texts = ["本报讯（记者 王一）", "新华社呼和浩特7月", "7日电 今天…", "通辽讯", "本报记者 王比学", "（沈翠英）", "—— 副题", "马桂娟 摄", "短"]
    extra = [make_line(k, text, False) for k, text in enumerate(texts)]
    for lines in [extra] + [split_glued_bylines(sort_lines(split_lines(generate_page(random.Random(s))[0])).lines)[0] for s in range(15)]:
        page = features.prepare(lines, {}, set())
        assert page.kinds == [_plain_kind(page, i) for i in range(len(lines))]


def _plain_decode(model, allowed, scores):
    """The Viterbi recursion as first written: a search over every pair of roles, a dict of sums per node."""
    n = len(allowed)
    trans = model.transitions
    emission = scores[0]
    forward = [[model.start[s] + (emission[s] if emission is not None else 0.0) for s in allowed[0]]]
    back = [[-1] * len(allowed[0])]
    for t in range(1, n):
        row, ptr = [], []
        for s in allowed[t]:
            best, arg = lm.NEG * 2, 0
            for k, p in enumerate(allowed[t - 1]):
                value = forward[t - 1][k] + trans[p][s]
                if value > best:
                    best, arg = value, k
            row.append(best + (scores[t][s] if scores[t] is not None else 0.0))
            ptr.append(arg)
        forward.append(row)
        back.append(ptr)
    last = [value + model.end[s] for value, s in zip(forward[-1], allowed[-1])]
    k = max(range(len(last)), key=last.__getitem__)
    total = last[k]
    states = [0] * n
    for t in range(n - 1, -1, -1):
        states[t] = allowed[t][k]
        k = back[t][k]
    backward = [[model.end[s] for s in allowed[-1]]]
    for t in range(n - 2, -1, -1):
        emission = scores[t + 1]
        tails = [backward[-1][j] + (emission[s2] if emission is not None else 0.0) for j, s2 in enumerate(allowed[t + 1])]
        row = []
        for s in allowed[t]:
            best = lm.NEG * 2
            for j, s2 in enumerate(allowed[t + 1]):
                value = trans[s][s2] + tails[j]
                if value > best:
                    best = value
            row.append(best)
        backward.append(row)
    backward.reverse()
    best_with = [{s: forward[t][k] + backward[t][k] for k, s in enumerate(allowed[t])} for t in range(n)]
    return states, best_with, total


def _plain_margin(states, best_with, total, node, roles):
    chosen = states[node] in roles
    other = [score for state, score in best_with[node].items() if (state in roles) != chosen]
    return total - max(other) if other else math.inf


def _chain_of_pages(seeds):
    """The role chain of generated pages laid end to end, the shipped model, and the chain's open nodes."""
    text = "\n".join(generate_page(random.Random(seed))[0] for seed in seeds)
    sorted_lines = sort_lines(split_lines(text))
    chain = build_chain(sorted_lines.lines, sorted_lines.ends_after)[0]
    return chain, lm.default_model(), [t for t, f in enumerate(chain.features) if f is not None]


@pytest.mark.parametrize("seed", range(8))
def test_decode_equals_the_plain_recursion_to_the_bit(seed):
    chain, model, open_nodes = _chain_of_pages([seed * 10 + k for k in range(3)])
    scores = [None] * len(chain.nodes)
    for t, row in zip(open_nodes, model.emissions([chain.features[t] for t in open_nodes])):
        scores[t] = row
    allowed = [_within_beam(r, row) if row is not None else r for r, row in zip(chain.allowed, scores)]
    # Also a chain where impossible steps cannot be avoided (every sum below the floor).
    for roles in (allowed, [(lm.TITLE,)] * 3 + [(lm.KICKER_MORE,)] * 2):
        reading = lm.decode(model, roles, scores[: len(roles)])
        states, best_with, total = _plain_decode(model, roles, scores[: len(roles)])
        assert reading.states == states and reading.total == total
        for t in range(len(roles)):
            assert reading.best_with(t) == best_with[t]
            start, role = reading.start_and_role_margins(t)
            assert start == _plain_margin(states, best_with, total, t, lm.STARTS) == reading.margin(t, lm.STARTS)
            assert role == _plain_margin(states, best_with, total, t, frozenset({states[t]}))


def test_decode_of_nothing():
    assert lm.decode(lm.default_model(), [], []).states == []


def test_line_is_what_make_line_makes():
    # sort_lines builds Line directly for plain lines; the fields must be make_line's.
    line = make_line(3, "正文，继续。", True)
    assert line == Line(3, "正文，继续。", cell_width("正文，继续。"), True, True, False)


def test_decode_breaks_ties_as_the_plain_recursion():
    # Every score equal: only the tie rule (the first of equals) decides.
    import numpy as np

    flat = lm.LineModel(
        np.zeros((len(features.FEATURES), lm.N_STATES)),
        tuple(tuple(0.0 for _ in range(lm.N_STATES)) for _ in range(lm.N_STATES)),
        tuple(0.0 for _ in range(lm.N_STATES)),
        tuple(0.0 for _ in range(lm.N_STATES)),
    )
    rng = random.Random(5)
    allowed = [tuple(rng.sample(range(lm.N_STATES), rng.choice((1, 2, 3, 13)))) for _ in range(60)]
    scores = [None if rng.random() < 0.5 else [0.0] * lm.N_STATES for _ in allowed]
    reading = lm.decode(flat, allowed, scores)
    states, best_with, total = _plain_decode(flat, allowed, scores)
    assert reading.states == states and reading.total == total


@pytest.mark.parametrize("seed", range(4))
def test_beams_of_a_page_at_once_equal_each_row_asked_alone(seed):
    from reader.parsing.roles import beams

    chain, model, open_nodes = _chain_of_pages([seed * 7 + k for k in range(3)])
    matrix = model.emission_matrix([chain.features[t] for t in open_nodes])
    assert matrix.tolist() == model.emissions([chain.features[t] for t in open_nodes])
    allowed = [chain.allowed[t] for t in open_nodes]
    want = [_within_beam(roles, row) for roles, row in zip(allowed, matrix.tolist())]
    assert beams(allowed, matrix) == want
    assert any(len(kept) < len(roles) for kept, roles in zip(want, allowed))  # the beam leaves some out
    # Rows on the beam's edge: kept when exactly BEAM below the best, left out just beyond.
    roles = tuple(range(lm.N_STATES))
    edge = np.zeros((2, lm.N_STATES))
    edge[0, 3] = edge[1, 3] = 20.0
    edge[0, 5] = 20.0 - BEAM
    edge[1, 5] = np.nextafter(20.0 - BEAM, -np.inf)
    assert beams([roles, roles], edge) == [_within_beam(roles, row) for row in edge.tolist()]
    assert beams([], np.zeros((0, lm.N_STATES))) == []
