"""How well the doubt marker points at the parser's wrong articles, on generated pages.

    .venv/bin/python bench/doubt_bench.py [--held-out | --tuning] [--pages N]

An article is right when it starts and ends where the generator's article
does (the first and last 12 characters of its text) and has its title; a
marked article is one whose doubt reaches reader.store.records.DOUBT_THRESHOLD.
Prints precision (of the marked articles, the share that are wrong) and
recall (of the wrong ones, the share marked).

The held-out seeds 840000-840999 were set aside before the doubt function
(reader/parsing/doubt.py) was written; it was tuned on seeds 830000-832499
only; its successor, the line model's own margins, sets its one constant
(reader.parsing.doubt.CLOSE_CALL) on the same tuning seeds.  Report
held-out figures; never tune on them.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import benchpath  # noqa: F401 - puts tests/support on sys.path
from synthetic import generate_page

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "parsing"))
from parse_scoring import _flat  # noqa: E402

from reader.parsing import parse_page  # noqa: E402
from reader.parsing.doubt import DOUBT_THRESHOLD  # noqa: E402 - the same 0.5 as reader.store.records

HELD_OUT = range(840_000, 841_000)
TUNING = range(830_000, 832_500)
_KEY = 12


def is_right(truth, article) -> bool:
    text = _flat(article)
    return any(
        _flat(t)[:_KEY] == text[:_KEY] and _flat(t)[-_KEY:] == text[-_KEY:] and t.title == article.title for t in truth
    )


def measure(seeds) -> dict:
    counts = {"pages": 0, "articles": 0, "wrong": 0, "marked": 0, "marked_wrong": 0}
    for seed in seeds:
        text, truth, _furniture = generate_page(random.Random(seed))
        counts["pages"] += 1
        for article in parse_page(text).articles:
            wrong = not is_right(truth, article)
            marked = article.doubt >= DOUBT_THRESHOLD
            counts["articles"] += 1
            counts["wrong"] += wrong
            counts["marked"] += marked
            counts["marked_wrong"] += marked and wrong
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--held-out", action="store_true", help="the held-out seeds (default)")
    which.add_argument("--tuning", action="store_true", help="the seeds the doubt function was tuned on")
    parser.add_argument("--pages", type=int, default=None, help="only the first N pages of the range")
    args = parser.parse_args(argv)
    seeds = TUNING if args.tuning else HELD_OUT
    if args.pages is not None:
        seeds = seeds[: args.pages]
    c = measure(seeds)
    precision = c["marked_wrong"] / max(1, c["marked"])
    recall = c["marked_wrong"] / max(1, c["wrong"])
    name = "tuning" if args.tuning else "held-out"
    print(f"{name} seeds {seeds.start}-{seeds.stop - 1}: {c['pages']} pages, {c['articles']} articles, {c['wrong']} wrong")
    print(f"marked doubtful: {c['marked']}, of them wrong: {c['marked_wrong']}")
    print(f"precision {precision:.1%}  recall {recall:.1%}  (threshold {DOUBT_THRESHOLD})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
