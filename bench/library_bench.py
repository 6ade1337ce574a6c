"""Benchmark of the library at scale: import, file size, Chinese search latency, entity index, CSV export.

    .venv/bin/python bench/library_bench.py                       # 100,000 articles, ~100 M characters
    .venv/bin/python bench/library_bench.py --articles 5000       # a quick run
    # reuse the app bench's 100,000 articles (with entities) instead of building
    # for minutes; copy first, the run writes to it (migrations, annotations):
    cp bench/out/app-100000.db /tmp/lib.db
    .venv/bin/python bench/library_bench.py --path /tmp/lib.db --reuse

Articles come from tests/support/synthetic.py (the generator the parser is tested
with); each bench article is grown to about --chars characters by adding the
paragraphs of further generated articles, so 100,000 articles make about
100 million characters. A second process generates while the main process
writes, so the import figure is the store's own speed.

Search queries are substrings of random stored articles (so they have hits),
of 1, 2, 3 and 6 characters; each timed query lists the first 200 results
(ids and their summaries), as the app's article list does.

Entity index: a library without entities first gets them from the app
bench's cheap regex stand-in for the recogniser (timed: save_recognised keeps
the index's counts up to date as it writes); then entity_index() is timed per
type, whole and as a search box would ask (a text filter, the first 200).
Target: <= 200 ms per type on 100,000 articles.

Page identity: every generated page has a newspaper, a date (ten years),
a page and a section (bench/bench_identity.py). Timed: the first screen
(200 rows and their summaries, as the app's list shows them) sorted by date
with a date-range filter, and other orders and filters. Target: <= 50 ms.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from reader.export import export_annotations_csv
from reader.model import Article, Page
from reader.store.library import Library
import benchpath  # noqa: F401 - puts tests/support on sys.path
from bench_identity import ensure_identity, identity_for
from synthetic import generate_article

PAGE_SIZE = 10  # articles per generated page


def _grown_article(rng: random.Random, chars: int) -> Article:
    article = generate_article(rng)
    target = rng.randint(chars // 2, chars * 3 // 2)
    while len(article.body_text) < target:
        article.body.extend(generate_article(rng).body)
    return article


def _make_page(args: tuple[int, int]) -> tuple[str, Page, str]:
    seed, chars = args
    rng = random.Random(seed)
    articles = [_grown_article(rng, chars) for _ in range(PAGE_SIZE)]
    # The raw text as an extractor would leave it is about the articles' own text;
    # it is stored for re-parsing, so it counts in the file size.
    raw = "\n\n".join(a.title + "\n" + a.body_text for a in articles)
    return f"bench-{seed:06d}.txt", Page(articles), raw


def build(path: Path, n_articles: int, chars: int) -> tuple[float, float, int]:
    """(wall seconds, seconds inside import_page, characters stored)."""
    pages = (n_articles + PAGE_SIZE - 1) // PAGE_SIZE
    total_chars = 0
    in_store = 0.0
    started = time.perf_counter()
    with Library(path) as library, multiprocessing.Pool(2) as pool:
        for i, (name, page, raw) in enumerate(pool.imap(_make_page, ((s, chars) for s in range(pages)), chunksize=8)):
            t0 = time.perf_counter()
            library.pages.add(name, page, raw_text=raw, identity=[identity_for(i + 1)])
            in_store += time.perf_counter() - t0
            total_chars += sum(len(a.title) + len(a.body_text) for a in page.articles)
            if (i + 1) % 1000 == 0:
                done = (i + 1) * PAGE_SIZE
                print(f"  {done:,} articles, {time.perf_counter() - started:.0f} s", file=sys.stderr)
        library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return time.perf_counter() - started, in_store, total_chars


def _queries(library: Library, rng: random.Random, length: int, count: int) -> list[str]:
    top = library.articles.count()
    found: list[str] = []
    while len(found) < count:
        text = library.articles.get(rng.randint(1, top)).body_text
        if len(text) <= length:
            continue
        start = rng.randrange(len(text) - length)
        query = text[start : start + length]
        if not any(c.isspace() for c in query):
            found.append(query)
    return found


def bench_search(library: Library, rng: random.Random, per_length: int) -> None:
    print(f"search, first 200 results listed, {per_length} queries per length:")
    for length in (1, 2, 3, 6):
        queries = _queries(library, rng, length, per_length)
        library.search.article_ids(queries[0], limit=200)  # warm the cache as an open app would be
        times, hits = [], []
        for query in queries:
            t0 = time.perf_counter()
            ids = library.search.article_ids(query, limit=200)
            library.articles.summaries(ids)
            times.append((time.perf_counter() - t0) * 1000)
            hits.append(len(ids))
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
        print(
            f"  {length} char(s): median {statistics.median(times):6.1f} ms   p95 {p95:6.1f} ms   "
            f"max {times[-1]:6.1f} ms   (mean hits listed {statistics.mean(hits):.0f}, e.g. «{queries[0]}»)"
        )
    t0 = time.perf_counter()
    everything = library.search.article_ids(_queries(library, rng, 1, 1)[0])
    print(f"  one character, every hit (no limit): {len(everything):,} ids in {(time.perf_counter() - t0) * 1000:.1f} ms")


def bench_identity(library: Library, rng: random.Random, runs: int = 20) -> None:
    """First screens of the list in date order with date filters, and the other orders."""
    years = [y for y, _n in library.identity.years()]
    newspapers = [v for v, _n in library.identity.values("newspaper")]

    def year_range():
        year = rng.choice(years)
        return {"date_from": f"{year}-01-01", "date_to": f"{year}-12-31"}

    def month_range():
        year, month = rng.choice(years), rng.randint(1, 12)
        return {"date_from": f"{year}-{month:02d}-01", "date_to": f"{year}-{month:02d}-28"}

    cases = [
        ("date order, one year", lambda: {"sort": "date", **year_range()}),
        ("newest first, one month", lambda: {"sort": "-date", **month_range()}),
        ("date order, whole library", lambda: {"sort": "date"}),
        ("newest first, whole library", lambda: {"sort": "-date"}),
        ("one newspaper, date order, one year", lambda: {"sort": "date", "newspaper": rng.choice(newspapers), **year_range()}),
        ("by newspaper", lambda: {"sort": "newspaper"}),
        ("by title", lambda: {"sort": "title"}),
        ("a 2-character query, date order, one year", lambda: {"query": _queries(library, rng, 2, 1)[0], "sort": "date", **year_range()}),
    ]
    print(f"page identity: first 200 rows with their summaries, {runs} runs each (target 50 ms):")
    for name, make in cases:
        times, hits = [], []
        for _ in range(runs):
            kwargs = make()
            query = kwargs.pop("query", "")
            t0 = time.perf_counter()
            ids = library.search.article_ids(query, limit=200, **kwargs)
            library.articles.summaries(ids)
            times.append((time.perf_counter() - t0) * 1000)
            hits.append(len(ids))
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
        print(f"  {name:44} median {statistics.median(times):6.1f} ms   p95 {p95:6.1f} ms   (rows {statistics.mean(hits):.0f})")


def fill_entities(library: Library, batch: int = 64) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from app_bench import fake_spans  # the app bench's regex stand-in for the recogniser

    ids = library.recognition.pending_ids()
    t0 = time.perf_counter()
    for i in range(0, len(ids), batch):
        inputs = library.recognition.inputs(ids[i : i + batch])
        library.recognition.save([(article_id, fake_spans(text)) for article_id, text in inputs])
    seconds = time.perf_counter() - t0
    print(f"entities: stand-in recogniser over {len(ids):,} articles in {seconds:.1f} s "
          f"= {len(ids) / seconds:,.0f} articles/s (spans found and saved, index counts kept)")  # fmt: skip


def _timed_ms(call, runs: int = 5) -> tuple[float, float, int]:
    """(median ms, max ms, result length) over ``runs`` calls."""
    times, n = [], 0
    for _ in range(runs):
        t0 = time.perf_counter()
        n = len(call())
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), max(times), n


def bench_entity_index(library: Library) -> None:
    if library.conn.execute("SELECT NOT EXISTS (SELECT 1 FROM entities)").fetchone()[0]:
        fill_entities(library)
    labels = sorted({e.label for e in library.entities.index()})
    print("entity index, median (max) of 5 calls:")
    for label in labels:
        median, worst, n = _timed_ms(lambda: library.entities.index(label))
        first = library.entities.index(label, limit=1)[0].text
        typed = first[:1]  # one typed character in a search box over the index
        f_median, f_worst, f_n = _timed_ms(lambda: library.entities.index(label, contains=typed, limit=200))
        print(
            f"  {label:5} all {n:6,} entries {median:7.1f} ms ({worst:.1f})   "
            f"containing «{typed}», first 200: {f_n:3} in {f_median:5.1f} ms ({f_worst:.1f})"
        )
    median, worst, n = _timed_ms(lambda: library.entities.index())
    print(f"  every type: {n:,} entries {median:.1f} ms ({worst:.1f})")


def add_annotations(library: Library, rng: random.Random, count: int) -> None:
    top = library.articles.count()
    # One transaction for the whole set-up (a bench shortcut; the app writes one per action).
    with library.db.write():
        for i in range(count):
            article_id = rng.randint(1, top)
            text = library.articles.get(article_id).body_text
            start = rng.randrange(max(1, len(text) - 20))
            end = min(len(text), start + rng.randint(2, 20))
            note = f"笔记{i}\n第二行" if i % 3 == 0 else None
            library.annotations.add(article_id, start, end, tag=f"标签{i % 12}", note=note)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--chars", type=int, default=700, help="about the mean characters per article body (grown article by article)")
    parser.add_argument("--annotations", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=50, help="queries per query length")
    parser.add_argument("--path", type=Path, default=None, help="library file (default: a temporary folder)")
    parser.add_argument("--reuse", action="store_true", help="use an existing library at --path as it is")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    path = args.path or folder / "library.db"
    rng = random.Random(args.seed)
    if not (args.reuse and path.exists()):
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
        print(f"building {path} with {args.articles:,} articles ...")
        seconds, in_store, chars = build(path, args.articles, args.chars)
        print(
            f"import: {args.articles:,} articles, {chars / 1e6:.1f} M characters in {seconds:.1f} s wall = "
            f"{args.articles / seconds:,.0f} articles/s (generation included)"
        )
        print(
            f"        inside Library.import_page: {in_store:.1f} s = {args.articles / in_store:,.0f} articles/s, "
            f"{chars / in_store / 1e6:.2f} M characters/s (the generator shares the CPU cores)"
        )
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    print(f"file size: {size / 1e6:,.0f} MB ({path})")

    t0 = time.perf_counter()
    with Library(path) as library:
        if library.backup_path is not None:
            print(f"opened and migrated in {time.perf_counter() - t0:.1f} s (backup {library.backup_path})")
        bench_search(library, rng, args.queries)
        ensure_identity(library)
        bench_identity(library, rng)
        bench_entity_index(library)
        have = library.conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
        if have < args.annotations:
            t0 = time.perf_counter()
            add_annotations(library, rng, args.annotations - have)
            print(f"added {args.annotations - have:,} annotations in {time.perf_counter() - t0:.1f} s")
        out = folder / "annotations.csv"
        runs = []
        for _ in range(3):  # the first run is the one a user waits for; the others show the spread
            t0 = time.perf_counter()
            rows = export_annotations_csv(library, out)
            runs.append(time.perf_counter() - t0)
        print(
            f"CSV export: {rows:,} rows ({args.annotations:,} passages, plus article tags and notes), "
            f"{out.stat().st_size / 1e6:.1f} MB: first {runs[0]:.2f} s, then {runs[1]:.2f} s and {runs[2]:.2f} s"
        )
    # Other programs on the machine slow every figure above; say how busy it was.
    print("load average (1, 5, 15 min): " + ", ".join(f"{x:.1f}" for x in os.getloadavg()))
    if args.path is None:
        print(f"(library left in {folder}; delete it when done)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
