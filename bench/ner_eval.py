"""Exact-span precision / recall / F1 of the entity recogniser, per label and micro.

    .venv/bin/python bench/ner_eval.py                 # sample gold + our news pages + MSRA
    .venv/bin/python bench/ner_eval.py --only sample news
    .venv/bin/python bench/ner_eval.py --errors        # also list missed / spurious spans

Sets:
  sample  the real sample page's hand-written gold (../shared/samples/*.gold.json)
  news    our own hand-annotated regional-news pages (bench/data/ner_news/*.txt),
          written inline as [[text|LABEL]] to ENTITIES.md (used while tuning)
  heldout more such pages (bench/data/ner_news/heldout/), written after tuning
          and never tuned on
  msra    the public MSRA test set (PER/LOC/ORG only, its own conventions; we
          score only those three labels and report the figure as-is)
  pd98    the People's Daily 1998 dev split, scored the same way (optional)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from reader.entities import Recogniser

ROOT = Path(__file__).resolve().parent.parent
# The shared data sits beside the repository (../shared); a git worktree of
# it lies one or two folders deeper, so the nearest ancestor's is taken.
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared").is_dir()), ROOT.parent / "shared")
DEFAULT_SAMPLE = SHARED / "samples" / "000_6d112d3a37cca14d.gold.json"
DEFAULT_MSRA = SHARED / "benchmarks" / "ner" / "msra_test_bio.txt"
DEFAULT_PD98 = SHARED / "benchmarks" / "ner" / "pd1998_dev.txt"
DEFAULT_NEWS = ROOT / "bench" / "data" / "ner_news"
DEFAULT_HELDOUT = ROOT / "bench" / "data" / "ner_news" / "heldout"

Gold = list[tuple[str, set[tuple[int, int, str]]]]  # (text, {(start, end, label)})


def load_sample(path: Path) -> Gold:
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for art in data["articles"]:
        text = "\n".join(b["text"] for b in art["body"])
        ents = {(e["start"], e["end"], e["label"]) for e in art["entities"]}
        for e in art["entities"]:
            assert text[e["start"] : e["end"]] == e["text"], e
        out.append((text, ents))
    return out


_MARK = re.compile(r"\[\[([^\[\]|]+)\|(PER|LOC|ORG|TIME|NUM|WORK)\]\]")


def parse_marked(marked: str) -> tuple[str, set[tuple[int, int, str]]]:
    """``[[赤峰市翁牛特旗|LOC]]`` -> plain text and its gold spans."""
    parts, ents, pos, plain_len = [], set(), 0, 0
    for m in _MARK.finditer(marked):
        before = marked[pos : m.start()]
        parts.append(before)
        plain_len += len(before)
        parts.append(m.group(1))
        ents.add((plain_len, plain_len + len(m.group(1)), m.group(2)))
        plain_len += len(m.group(1))
        pos = m.end()
    parts.append(marked[pos:])
    return "".join(parts), ents


def load_news(folder: Path) -> Gold:
    out = []
    for path in sorted(folder.glob("*.txt")):
        text, ents = parse_marked(path.read_text(encoding="utf-8").rstrip("\n"))
        out.append((text, ents))
    return out


def load_msra(path: Path) -> Gold:
    out = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if not chars:
            return
        ents, start, label = set(), None, None
        for i, tag in enumerate(tags + ["O"]):
            if start is not None and not (tag.startswith("I-") and tag[2:] == label):
                ents.add((start, i, label))
                start = None
            if tag.startswith("B-") or (tag.startswith("I-") and start is None):
                start, label = i, tag[2:]
        out.append(("".join(chars), ents))
        chars.clear()
        tags.clear()

    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                continue
            ch, tag = line.split("\t") if "\t" in line else line.split(" ")
            chars.append(ch)
            tags.append(tag)
    flush()
    return out


def score(gold: Gold, predicted: list[set], labels: tuple[str, ...] | None = None) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for (_, g), p in zip(gold, predicted):
        if labels:
            g = {e for e in g if e[2] in labels}
            p = {e for e in p if e[2] in labels}
        for e in g & p:
            tp[e[2]] += 1
        for e in p - g:
            fp[e[2]] += 1
        for e in g - p:
            fn[e[2]] += 1
    rows = {}
    for lab in sorted(set(tp) | set(fp) | set(fn)):
        rows[lab] = _prf(tp[lab], fp[lab], fn[lab])
    rows["micro"] = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return rows


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": p, "R": r, "F1": f, "tp": tp, "fp": fp, "fn": fn}


def run(name: str, gold: Gold, rec: Recogniser, labels=None, errors=False) -> dict:
    t0 = time.perf_counter()
    spans = rec.recognise_many([t for t, _ in gold])
    dt = time.perf_counter() - t0
    predicted = [{(s.start, s.end, s.label) for s in ss} for ss in spans]
    rows = score(gold, predicted, labels)
    n_chars = sum(len(t) for t, _ in gold)
    n_ents = sum(len(g) for _, g in gold)
    print(f"\n== {name}: {len(gold)} texts, {n_chars} chars, {n_ents} gold entities, {dt:.2f} s")
    print(f"{'label':6} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}")
    for lab, r in rows.items():
        print(f"{lab:6} {r['P']*100:6.1f} {r['R']*100:6.1f} {r['F1']*100:6.1f} {r['tp']:6} {r['fp']:6} {r['fn']:6}")
    if errors:
        for (text, g), p in zip(gold, predicted):
            if labels:
                g = {e for e in g if e[2] in labels}
                p = {e for e in p if e[2] in labels}
            for a, b, lab in sorted(g - p):
                print(f"  MISS {lab:4} {text[a:b]!r} ...{text[max(0, a - 8):b + 8]!r}")
            for a, b, lab in sorted(p - g):
                print(f"  FALSE {lab:4} {text[a:b]!r} ...{text[max(0, a - 8):b + 8]!r}")
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sample", type=Path, default=DEFAULT_SAMPLE)
    ap.add_argument("--news", type=Path, default=DEFAULT_NEWS)
    ap.add_argument("--msra", type=Path, default=DEFAULT_MSRA)
    ap.add_argument("--heldout", type=Path, default=DEFAULT_HELDOUT)
    ap.add_argument("--pd98", type=Path, default=DEFAULT_PD98)
    ap.add_argument("--only", nargs="*", choices=("sample", "news", "heldout", "msra", "pd98"))
    ap.add_argument("--errors", action="store_true", help="list missed and spurious spans")
    args = ap.parse_args(argv)
    which = set(args.only or ("sample", "news", "heldout", "msra"))
    rec = Recogniser()
    rec.load()
    if "sample" in which and args.sample.exists():
        run("sample gold", load_sample(args.sample), rec, errors=args.errors)
    if "news" in which and args.news.exists():
        run("own news pages", load_news(args.news), rec, errors=args.errors)
    if "heldout" in which and args.heldout.exists():
        run("held-out news pages", load_news(args.heldout), rec, errors=args.errors)
        both = load_news(args.news) + load_news(args.heldout)
        run("all own news pages (tuned + held-out)", both, rec)
    if "msra" in which and args.msra.exists():
        run("MSRA test (PER/LOC/ORG)", load_msra(args.msra), rec, labels=("PER", "LOC", "ORG"), errors=args.errors)
    if "pd98" in which and args.pd98.exists():
        run("PD98 dev (PER/LOC/ORG)", load_msra(args.pd98), rec, labels=("PER", "LOC", "ORG"), errors=args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
