"""Train the text parser's line model and write resources/parser/line_model.json.

    .venv/bin/python bench/train_parser_model.py [--composed DIR] [--compose FIRST:SINGLES:ISSUES]
        [--compose-dir DIR] [--pages 8] [--gen FIRST:STOP] [--epochs N] [--l2 X] [--out PATH]

Without arguments it trains the shipped model again (the defaults are its
pages and settings, recorded in its trained_on).

Training pages come from both page sources, tuning seeds only (the held-out
seeds are refused: composer 900000-919999, generator 700000-709999):

- composed PDFs (tests/support/composer) as pdftotext, pdfminer.six and PDFium
  extracted them: from --composed DIR (repeatable), and composed from each
  --compose FIRST:SINGLES:ISSUES (SINGLES one-page PDFs from seed FIRST, then
  ISSUES issues of --pages; repeatable) into --compose-dir DIR/c{FIRST}, kept
  and reused there, or a temporary folder;
- damaged text pages of the generator (tests/support/synthetic.py), --gen seeds.

Each page is read by the parser's own first steps (parsing.sorting, then
parsing.roles.build_chain); the true role of each line comes from aligning the
raw text with the page's truth (tests/support/line_labels.py).  The model is a
linear-chain CRF over the chain's nodes: emission weights per feature and
role, transition scores between roles, start scores; a line whose true role
the chain cannot take (or the truth cannot say) is left unlabelled, and the
likelihood sums over its roles.  Trained with Adam on minibatches, L2 on the
weights.  Deterministic for the same pages and arguments.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

import benchpath  # noqa: F401 - puts tests/support on sys.path
from line_labels import label_lines, line_states
from parser_corpus import composed_pages, generated_pages, write_composed

from reader.parsing import linemodel as lm
from reader.parsing.features import FEATURES
from reader.parsing.lines import split_lines
from reader.parsing.roles import build_chain
from reader.parsing.sorting import sort_lines

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "resources" / "parser" / "line_model.json"
# The pages the shipped model was trained on (see its trained_on).
DEFAULT_COMPOSE = ("100000:40:20", "300000:40:41")
DEFAULT_GEN = "40000:41000"
DEFAULT_EPOCHS = 30
DEFAULT_L2 = 3e-5  # against 1e-4 and 1e-5 on validation seeds 510000-510029 and 50000-50299
NEG = -1e4
F, S = len(FEATURES), lm.N_STATES


def page_example(text: str, truth: dict, counts: dict, in_order_only: bool = False) -> tuple[list[list[int]], np.ndarray, np.ndarray] | None:
    """(feature indices per node, allowed mask (T, S), label mask (T, S)) of one page's chain."""
    raw = split_lines(text)
    ordered = sort_lines(raw)
    chain, _, lines = build_chain(ordered.lines, ordered.ends_after)
    if not chain.nodes:
        return None
    labels = label_lines(raw, truth)
    states = line_states(lines, {no: lab for no, lab in enumerate(labels) if lab is not None})
    if in_order_only:
        # Lines of an article the extractor printed out of order teach nothing
        # a reader of text in order could use: leave them to the model.
        keep = set(_in_order(labels))
        by_no = {no: lab for no, lab in enumerate(labels) if lab is not None}
        for k, line in enumerate(lines):
            lab = by_no.get(line.no)
            if lab is not None and lab.article is not None and lab.article not in keep:
                states[k] = None
    T = len(chain.nodes)
    X: list[list[int]] = [[] for _ in range(T)]
    allowed = np.zeros((T, S), dtype=bool)
    labelled = np.zeros((T, S), dtype=bool)
    for t, (span, roles, feats) in enumerate(zip(chain.nodes, chain.allowed, chain.features)):
        allowed[t, list(roles)] = True
        if feats is None:
            labelled[t, lm.BODY] = True
            wrong = sum(1 for i in span if states[i] not in (lm.BODY, None))
            counts["running lines not body"] = counts.get("running lines not body", 0) + wrong
            counts["running lines"] = counts.get("running lines", 0) + len(span)
            continue
        X[t] = list(feats)
        state = states[span.start]
        counts["open lines"] = counts.get("open lines", 0) + 1
        if state is not None and state in roles:
            labelled[t, state] = True
        else:
            labelled[t] = allowed[t]
            counts["open lines unlabelled"] = counts.get("open lines unlabelled", 0) + 1
    # A labelled role that cannot follow the role labelled before it (a
    # caption's second line after a first line that running text took) is
    # left to the model.
    for t in range(1, T):
        prev, this = np.flatnonzero(labelled[t - 1]), np.flatnonzero(labelled[t])
        if len(prev) == 1 and len(this) == 1 and not lm.allowed_transition(prev[0], this[0]):
            labelled[t] = allowed[t]
            counts["open lines unlabelled"] = counts.get("open lines unlabelled", 0) + 1
    if np.flatnonzero(labelled[0]).tolist() and all(s in lm.CANNOT_START for s in np.flatnonzero(labelled[0])):
        labelled[0] = allowed[0]
    if all(s in lm.CANNOT_END for s in np.flatnonzero(labelled[-1])):
        labelled[-1] = allowed[-1]
    return X, allowed, labelled


def _in_order(labels) -> list[int]:
    runs: dict[int, int] = {}
    previous = None
    for label in labels:
        if label is None or label.article is None or "caption" in label.fields:
            continue
        if label.article != previous:
            runs[label.article] = runs.get(label.article, 0) + 1
        previous = label.article
    return [k for k, n in runs.items() if n == 1]


def _logsumexp(a: np.ndarray, axis: int) -> np.ndarray:
    m = a.max(axis=axis, keepdims=True)
    return (m + np.log(np.exp(a - m).sum(axis=axis, keepdims=True))).squeeze(axis)


def _forward_backward(E: np.ndarray, A: np.ndarray, start: np.ndarray, lengths: np.ndarray, end: np.ndarray):
    """Log partition, node marginals (B,T,S) and pair marginals summed over t (S,S) and start marginals."""
    B, T, _ = E.shape
    alpha = np.empty_like(E)
    alpha[:, 0] = start[None] + E[:, 0]
    for t in range(1, T):
        step = _logsumexp(alpha[:, t - 1, :, None] + A[None], axis=1) + E[:, t]
        live = (t < lengths)[:, None]
        alpha[:, t] = np.where(live, step, alpha[:, t - 1])
    logz = _logsumexp(alpha[np.arange(B), lengths - 1] + end[None], axis=1)
    beta = np.zeros_like(E)
    beta[np.arange(B), lengths - 1] = end[None]
    for t in range(T - 2, -1, -1):
        step = _logsumexp(A[None] + (E[:, t + 1] + beta[:, t + 1])[:, None, :], axis=2)
        live = (t + 1 < lengths)[:, None]
        beta[:, t] = np.where(live, step, beta[:, t])
    gamma = np.exp(alpha + beta - logz[:, None, None])
    gamma *= (np.arange(T)[None, :] < lengths[:, None])[:, :, None]
    pairs = np.zeros((S, S))
    for t in range(T - 1):
        live = t + 1 < lengths
        if not live.any():
            break
        x = alpha[live, t, :, None] + A[None] + (E[live, t + 1] + beta[live, t + 1])[:, None, :] - logz[live, None, None]
        pairs += np.exp(x).sum(axis=0)
    return logz, gamma, pairs


def _batch(examples, index):
    T = max(len(examples[i][0]) for i in index)
    B = len(index)
    rows: list[int] = []
    cols: list[int] = []
    allowed = np.zeros((B, T, S), dtype=bool)
    labelled = np.zeros((B, T, S), dtype=bool)
    lengths = np.zeros(B, dtype=np.int64)
    for b, i in enumerate(index):
        feats, al, lab = examples[i]
        n = len(feats)
        for t, fs in enumerate(feats):
            rows.extend([b * T + t] * len(fs))
            cols.extend(fs)
        allowed[b, :n], labelled[b, :n] = al, lab
        allowed[b, n:] = True
        labelled[b, n:] = True
        lengths[b] = n
    return (np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64), B, T), allowed, labelled, lengths


def _emissions(X, W: np.ndarray) -> np.ndarray:
    rows, cols, B, T = X
    E = np.empty((B * T, S))
    for s in range(S):
        E[:, s] = np.bincount(rows, weights=W[cols, s], minlength=B * T)
    return E.reshape(B, T, S)


def _feature_gradient(X, diff: np.ndarray) -> np.ndarray:
    rows, cols, B, T = X
    flat = diff.reshape(B * T, S)
    g = np.empty((F, S))
    for s in range(S):
        g[:, s] = np.bincount(cols, weights=flat[rows, s], minlength=F)
    return g


def _structure_mask() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    trans = np.array([[0.0 if lm.allowed_transition(a, b) else NEG for b in range(S)] for a in range(S)])
    start = np.array([NEG if s in lm.CANNOT_START else 0.0 for s in range(S)])
    end = np.array([NEG if s in lm.CANNOT_END else 0.0 for s in range(S)])
    return trans, start, end


def train(examples, epochs: int, batch_size: int, l2: float, rate: float, seed: int = 0, log=print):
    rng = np.random.default_rng(seed)
    W = np.zeros((F, S))
    A = np.zeros((S, S))
    st = np.zeros(S)
    trans_mask, start_mask, end_mask = _structure_mask()
    params = [W, A, st]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    step = 0
    order = sorted(range(len(examples)), key=lambda i: len(examples[i][0]))
    batches = [order[k : k + batch_size] for k in range(0, len(order), batch_size)]
    batches = [_batch(examples, b) for b in batches]
    total_nodes = sum(int(b[3].sum()) for b in batches)
    for epoch in range(epochs):
        loss = 0.0
        for k in rng.permutation(len(batches)):
            X, allowed, labelled, lengths = batches[k]
            E = _emissions(X, W)
            A_full = A + trans_mask
            start_full = st + start_mask
            E_full = np.where(allowed, E, NEG)
            E_clamp = np.where(labelled & allowed, E, NEG)
            logz, g_full, p_full = _forward_backward(E_full, A_full, start_full, lengths, end_mask)
            logz_c, g_clamp, p_clamp = _forward_backward(E_clamp, A_full, start_full, lengths, end_mask)
            diff = g_full - g_clamp
            n_nodes = lengths.sum()
            scale = 1.0 / n_nodes
            grads = [
                _feature_gradient(X, diff) * scale + l2 * W,
                (p_full - p_clamp) * scale,
                (g_full[:, 0] - g_clamp[:, 0]).sum(axis=0) * scale,
            ]
            loss += float((logz - logz_c).sum())
            step += 1
            for p, g, mm, vv in zip(params, grads, m, v):
                mm *= 0.9
                mm += 0.1 * g
                vv *= 0.999
                vv += 0.001 * g * g
                p -= rate * (mm / (1 - 0.9**step)) / (np.sqrt(vv / (1 - 0.999**step)) + 1e-8)
        if (epoch + 1) % 10 == 0:
            rate *= 0.5  # settle: later epochs refine
        if epoch % 5 == 0 or epoch == epochs - 1:
            log(f"  epoch {epoch + 1}/{epochs}: negative log-likelihood per node {loss / total_nodes:.4f}")
    return W, A, st


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--composed", type=Path, action="append", help="a composer corpus folder (tuning seeds); repeatable")
    parser.add_argument("--compose", action="append", metavar="FIRST:SINGLES:ISSUES",
                        help="compose SINGLES one-page PDFs from seed FIRST and ISSUES issues of --pages after them; repeatable "
                        f"(default, without --composed: {' '.join(DEFAULT_COMPOSE)})")
    parser.add_argument("--compose-dir", type=Path, help="keep composed pages in DIR/c{FIRST} and reuse them (default: a temporary folder)")
    parser.add_argument("--pages", type=int, default=8)
    parser.add_argument("--gen", default=DEFAULT_GEN, help="generator seeds FIRST:STOP")
    parser.add_argument("--epochs", type=int, default=DEFAULT_EPOCHS)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--l2", type=float, default=DEFAULT_L2)
    parser.add_argument("--rate", type=float, default=0.05)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    folders = list(args.composed or [])
    temp = None
    specs = args.compose or ([] if folders else list(DEFAULT_COMPOSE))
    if specs:
        base = args.compose_dir
        if base is None:
            temp = tempfile.TemporaryDirectory(prefix="reader-train-")
            base = Path(temp.name)
        for spec in specs:
            first_seed, singles, issues = (int(x) for x in spec.split(":"))
            folder = base / f"c{first_seed}"
            folders.append(folder)
            if any(folder.glob("*.truth.json")):
                print(f"reusing the pages composed in {folder}", flush=True)
                continue
            print(f"composing {singles} pages and {issues} issues from seed {first_seed} into {folder} ...", flush=True)
            for problem in write_composed(folder, first_seed, singles, issues, args.pages):
                print(f"  skipped {problem[:160]}")
    first, stop = (int(x) for x in args.gen.split(":"))
    counts: dict[str, int] = {}
    examples = []
    sources: dict[str, int] = {}
    seed_ranges: list[list[int]] = []
    for folder in folders:
        seeds: set[int] = set()
        for page in composed_pages(folder):
            seeds.add(page.truth["seed"])
            example = page_example(page.text, page.truth, counts, in_order_only=True)
            if example is not None:
                examples.append(example)
                sources[page.source] = sources.get(page.source, 0) + 1
        if seeds:
            seed_ranges.append([min(seeds), max(seeds)])
    for page in generated_pages(range(first, stop)):
        example = page_example(page.text, page.truth, counts)
        if example is not None:
            examples.append(example)
            sources["generator"] = sources.get("generator", 0) + 1
    print(f"{len(examples)} pages ({sources}); {counts}; read in {time.perf_counter() - started:.0f} s", flush=True)
    W, A, st = train(examples, args.epochs, args.batch, args.l2, args.rate)
    model = {
        "format": "reader line model 1",
        "about": "Linear-chain model over the roles of a text page's lines; see reader/parsing/linemodel.py. "
        "Written by bench/train_parser_model.py.",
        "trained_on": {
            # [first, last] seed of each composed folder
            "composer_seeds": seed_ranges,
            "generator_seeds": [first, stop - 1],
            "pages": sources,
            "epochs": args.epochs, "batch": args.batch, "l2": args.l2, "rate": args.rate,
        },
        "states": list(lm.STATES),
        # Only the features with a weight that matters; the others are 0.
        "weights": {
            name: [round(float(x), 3) for x in row] for name, row in zip(FEATURES, W) if np.abs(row).max() >= 5e-4
        },
        "transitions": [[round(float(x), 4) for x in row] for row in A],
        "start": [round(float(x), 4) for x in st],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1000:.0f} KB) in {time.perf_counter() - started:.0f} s")
    if temp is not None:
        temp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
