"""Benchmark of the views across the archive on the 100,000-article library: concordance, counts, timeline, co-occurrence.

    .venv/bin/python bench/app_bench.py --articles 100000   # builds bench/out/app-100000.db once (dates, papers, people)
    .venv/bin/python bench/analysis_bench.py                # then this, on that library (it is migrated on first open)
    .venv/bin/python bench/analysis_bench.py --path /tmp/other.db

Prints, each with its target (issue 13):

- KWIC: the first 500 rows of a frequent word and of a frequent character,
  in date order, as the concordance view reads them on the GUI thread
  (target <= 200 ms);
- a full count of a frequent character: every hit and every article with
  one, counted in the stored texts (what the concordance's worker does);
- the monthly timeline of every article, and of a query per 1,000 articles
  (target <= 300 ms);
- co-occurrence of the 50 most named persons (target <= 1 s).

Each figure is the median of several runs after one warm-up run (an open
app has its file cache warm); the machine's load is printed at the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from itertools import islice
from pathlib import Path

from reader.store.library import Library
from reader.store.search import ArticleFilter

DEFAULT = Path(__file__).resolve().parent / "out" / "app-100000.db"
TARGETS = {"kwic_ms": 200, "timeline_ms": 300, "cooccurrence_ms": 1000}


def timed(call, runs: int) -> tuple[float, object]:
    call()  # warm-up
    times, result = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), result


def verdict(ms: float, key: str) -> str:
    return f"(target {TARGETS[key]} ms, {'ok' if ms <= TARGETS[key] else 'OVER TARGET'})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--word", default="公安", help="a frequent word (default 公安)")
    parser.add_argument("--char", default="的", help="a frequent character (default 的)")
    args = parser.parse_args(argv)
    if not args.path.exists():
        sys.exit(f"no library at {args.path}: build it with bench/app_bench.py --articles 100000")

    t0 = time.perf_counter()
    with Library(args.path) as library:
        if library.backup_path is not None:
            print(f"opened and migrated (search index rebuilt) in {time.perf_counter() - t0:.1f} s; backup {library.backup_path}")
        articles = library.articles.count()
        print(f"library: {articles:,} articles ({args.path})")

        for query in (args.word, args.char):
            def first_rows(q=query):
                rows = library.concordance.rows(ArticleFilter(query=q), order="date")
                got = list(islice(rows, 500))
                rows.close()
                return got

            ms, rows = timed(first_rows, args.runs)
            print(f"KWIC «{query}», first 500 rows by date: median {ms:.0f} ms ({len(rows)} rows)  {verdict(ms, 'kwic_ms')}")
            ms, rows = timed(lambda q=query: list(islice(library.concordance.rows(ArticleFilter(query=q), order=""), 500)), args.runs)
            print(f"KWIC «{query}», first 500 rows in page order: median {ms:.0f} ms")

        runs = max(1, args.runs // 2)
        ms, (hits, with_hits) = timed(lambda: library.concordance.count(ArticleFilter(query=args.char)), runs)
        print(f"full count of «{args.char}»: {hits:,} hits in {with_hits:,} articles, median {ms / 1000:.2f} s (no target; "
              "the view shows the first rows at once and this count when its worker is done)")  # fmt: skip

        ms, rows = timed(lambda: library.statistics.counts("month"), args.runs)
        print(f"monthly timeline, every article: median {ms:.0f} ms ({len(rows)} months)  {verdict(ms, 'timeline_ms')}")
        ms, rows = timed(lambda: library.statistics.counts("month", measure=ArticleFilter(query=args.word)), args.runs)
        print(f"monthly timeline of «{args.word}» per 1,000 articles: median {ms:.0f} ms  {verdict(ms, 'timeline_ms')}")
        ms, rows = timed(lambda: library.statistics.counts("year", ArticleFilter(newspaper="内蒙古日报")), args.runs)
        print(f"yearly timeline of one newspaper: median {ms:.0f} ms")

        ms, pairs = timed(lambda: library.statistics.cooccurrence("PER", top=50), args.runs)
        print(f"co-occurrence of the top 50 persons: median {ms:.0f} ms ({len(pairs):,} pairs named together)  "
              f"{verdict(ms, 'cooccurrence_ms')}")  # fmt: skip
        ms, pairs = timed(lambda: library.statistics.cooccurrence("PER", "LOC", top=50), args.runs)
        print(f"co-occurrence of the top 50 persons with the top 50 places: median {ms:.0f} ms ({len(pairs):,} pairs)")
    print("load average (1, 5, 15 min): " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
