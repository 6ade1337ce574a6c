"""The line model: a linear-chain model over the roles of a page's text lines.

Each open line (see features.py) scores every role by the weights of its
features; roles follow one another with learned transition scores, and some
orders are impossible (a title's second line only follows a title).  The
best reading of the page is the best-scoring sequence of roles (Viterbi).
For every line the model also gives the best score of any reading that puts
a different role there, so each decision comes with its margin: how much
better the chosen reading is than the best one that decided otherwise.

The weights live in resources/parser/line_model.json, written by
bench/train_parser_model.py (which says how they were trained); at run time
this is plain Python and one numpy gather.
"""

from __future__ import annotations

import functools
import itertools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from reader.parsing.features import FEATURES
from reader.paths import resource_path

# The roles a line can have.
KICKER, KICKER_MORE, TITLE, TITLE_AFTER_KICKER, TITLE_MORE, SUBTITLE, SUBTITLE_MORE = range(7)
BYLINE, BODY, SUBHEAD, CAPTION, CAPTION_MORE, END_BYLINE, FURNITURE = range(7, 14)
STATES = ("K", "K2", "T", "TK", "T2", "S", "S2", "B", "P", "H", "C", "C2", "E", "F")
N_STATES = len(STATES)
# Roles that open a new article.
STARTS = frozenset({KICKER, TITLE})
HEADLINE = frozenset({KICKER, KICKER_MORE, TITLE, TITLE_AFTER_KICKER, TITLE_MORE, SUBTITLE, SUBTITLE_MORE})

# Which role may follow which: a continuation only follows what it continues.
_ONLY_AFTER = {
    KICKER_MORE: {KICKER, KICKER_MORE},
    TITLE_AFTER_KICKER: {KICKER, KICKER_MORE},
    TITLE_MORE: {TITLE, TITLE_AFTER_KICKER, TITLE_MORE},
    SUBTITLE: {TITLE, TITLE_AFTER_KICKER, TITLE_MORE},
    SUBTITLE_MORE: {SUBTITLE, SUBTITLE_MORE},
    CAPTION_MORE: {CAPTION, CAPTION_MORE},
}
CANNOT_START = frozenset(_ONLY_AFTER)
# A headline (and a byline under it) is followed by its article's body before
# another article starts, and no page ends on one.
_BEFORE_BODY = HEADLINE | {BYLINE}
CANNOT_END = _BEFORE_BODY
NEG = -1e9


def allowed_transition(a: int, b: int) -> bool:
    if a in _BEFORE_BODY and b in STARTS:
        return False
    return a in _ONLY_AFTER.get(b, (a,))


MODEL_FILE = ("parser", "line_model.json")
# Open lines whose emission scores are summed in one array operation.
_EMISSION_CHUNK = 1024


@dataclass(frozen=True, slots=True)
class LineModel:
    weights: np.ndarray  # (features, states)
    transitions: tuple[tuple[float, ...], ...]  # [from][to], NEG where impossible
    start: tuple[float, ...]
    end: tuple[float, ...]  # 0, or NEG for a role no page ends on

    @classmethod
    def from_json(cls, data: dict) -> "LineModel":
        if tuple(data["states"]) != STATES:
            raise ValueError(f"line model states {data['states']} are not {STATES}")
        weights = np.zeros((len(FEATURES), N_STATES))
        rows = data["weights"]  # feature name -> a weight per state; absent features weigh 0
        for k, name in enumerate(FEATURES):
            if name in rows:
                weights[k] = rows[name]
        transitions = tuple(
            tuple(data["transitions"][a][b] if allowed_transition(a, b) else NEG for b in range(N_STATES))
            for a in range(N_STATES)
        )
        start = tuple(data["start"][s] if s not in CANNOT_START else NEG for s in range(N_STATES))
        end = tuple(NEG if s in CANNOT_END else 0.0 for s in range(N_STATES))
        return cls(weights, transitions, start, end)

    def emissions(self, features: Sequence[Sequence[int]]) -> list[list[float]]:
        """Score of every role for each feature list."""
        return self.emission_matrix(features).tolist()

    def emission_matrix(self, features: Sequence[Sequence[int]]) -> np.ndarray:
        """emissions() as one array, a row per feature list."""
        out: list[np.ndarray] = []
        # A chunk of lines at a time: the gathered weight rows stay in the
        # cache instead of one array of every feature of the page.
        # (The indices go straight into arrays: no list of every index first.)
        for at in range(0, len(features), _EMISSION_CHUNK):
            part = features[at : at + _EMISSION_CHUNK]
            lengths = np.fromiter(map(len, part), dtype=np.intp, count=len(part))
            offsets = np.zeros(len(part), dtype=np.intp)
            np.cumsum(lengths[:-1], out=offsets[1:])
            flat = np.fromiter(itertools.chain.from_iterable(part), dtype=np.intp, count=int(lengths.sum()))
            out.append(np.add.reduceat(self.weights[flat], offsets, axis=0))
        return np.concatenate(out) if out else np.zeros((0, N_STATES))


@functools.lru_cache(maxsize=1)
def default_model() -> LineModel:
    with open(resource_path(*MODEL_FILE), encoding="utf-8") as fh:
        return LineModel.from_json(json.load(fh))


@dataclass(slots=True)
class Reading:
    states: list[int]  # the chosen role of each node
    allowed: Sequence[Sequence[int]]
    # Per node and allowed role: the best score of the chain up to it with that
    # role (emission included), and of the rest of the chain after it.
    forward: list[list[float]]
    backward: list[list[float]]
    total: float

    def best_with(self, node: int) -> dict[int, float]:
        """The best total score of a reading giving this node each allowed role."""
        return {s: f + b for s, f, b in zip(self.allowed[node], self.forward[node], self.backward[node])}

    def margin(self, node: int, roles: frozenset[int]) -> float:
        """How much better the chosen reading is than the best one that differs on
        whether this node has one of ``roles`` (inf when no other reading exists)."""
        chosen = self.states[node] in roles
        other = [f + b for s, f, b in zip(self.allowed[node], self.forward[node], self.backward[node]) if (s in roles) != chosen]
        return self.total - max(other) if other else math.inf

    def start_and_role_margins(self, node: int) -> tuple[float, float]:
        """margin(node, STARTS) and margin(node, {its chosen role}), from one pass over its roles."""
        state = self.states[node]
        starts = state in STARTS
        other_start = other_role = 0.0  # (read only once some reading is found)
        any_start = any_role = False
        for s, f, b in zip(self.allowed[node], self.forward[node], self.backward[node]):
            value = f + b
            if (s in STARTS) != starts:
                if not any_start or value > other_start:
                    other_start, any_start = value, True
            if s != state:
                if not any_role or value > other_role:
                    other_role, any_role = value, True
        return (self.total - other_start if any_start else math.inf, self.total - other_role if any_role else math.inf)


def within(model: LineModel, before: int | None, after: int | None) -> LineModel:
    """The model for reading a stretch of the chain again with the roles around it kept:
    it starts as a step from ``before`` and ends as a step into ``after`` (None: the page's own start or end)."""
    start = model.start if before is None else model.transitions[before]
    end = model.end if after is None else tuple(row[after] for row in model.transitions)
    return LineModel(model.weights, model.transitions, tuple(start), tuple(end))


def decode(model: LineModel, allowed: Sequence[Sequence[int]], scores: Sequence[Sequence[float] | None]) -> Reading:
    """The best reading of a chain of nodes.

    ``allowed[t]`` lists the roles node t may take; ``scores[t]`` is its
    emission score per role (None: a run of running text, role BODY only).
    """
    n = len(allowed)
    if n == 0:
        return Reading([], [], [], [], 0.0)
    trans = model.transitions
    forward: list[list[float]] = []
    back: list[list[int]] = []
    first = allowed[0]
    emission = scores[0]
    forward.append([model.start[s] + (emission[s] if emission is not None else 0.0) for s in first])
    back.append([-1] * len(first))
    for t in range(1, n):
        prev_states = allowed[t - 1]
        prev = forward[t - 1]
        emission = scores[t]
        row: list[float] = []
        ptr: list[int] = []
        if len(prev_states) == 1:
            # One role before (a run of running text, as a rule): no search.
            tr, p0 = trans[prev_states[0]], prev[0]
            for s in allowed[t]:
                value = p0 + tr[s]
                row.append((value if value > NEG * 2 else NEG * 2) + (emission[s] if emission is not None else 0.0))
            forward.append(row)
            back.append([0] * len(row))
            continue
        for s in allowed[t]:
            best, arg = NEG * 2, 0
            for k, p in enumerate(prev_states):
                value = prev[k] + trans[p][s]
                if value > best:
                    best, arg = value, k
            row.append(best + (emission[s] if emission is not None else 0.0))
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
    # Backward pass: the best score of the rest of the chain after each role.
    backward: list[list[float]] = [[model.end[s] for s in allowed[-1]]]  # built from the end, reversed below
    for t in range(n - 2, -1, -1):
        nxt_states = allowed[t + 1]
        nxt = backward[-1]
        emission = scores[t + 1]
        tails = [nxt[j] + (emission[s2] if emission is not None else 0.0) for j, s2 in enumerate(nxt_states)]
        row = []
        if len(nxt_states) == 1:
            s2, tail = nxt_states[0], tails[0]
            for s in allowed[t]:
                value = trans[s][s2] + tail
                row.append(value if value > NEG * 2 else NEG * 2)
            backward.append(row)
            continue
        for s in allowed[t]:
            tr = trans[s]
            best = NEG * 2
            for j, s2 in enumerate(nxt_states):
                value = tr[s2] + tails[j]
                if value > best:
                    best = value
            row.append(best)
        backward.append(row)
    backward.reverse()
    return Reading(states, allowed, forward, backward, total)
