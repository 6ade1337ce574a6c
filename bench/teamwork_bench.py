"""Benchmark of teamwork at scale: REFI-QDA export of a whole library, and merging another library.

    .venv/bin/python bench/teamwork_bench.py --path /tmp/teamwork.db        # 100,000 articles, 50,000 annotations
    .venv/bin/python bench/teamwork_bench.py --path /tmp/teamwork.db --reuse   # skip building it again
    .venv/bin/python bench/teamwork_bench.py --articles 5000 --merge-articles 1000   # a quick run

Targets (issue 14): export of 100,000 articles with 50,000 annotations to
.qdpx in at most 30 s, with progress; merge of a 10,000-article library in at
most 30 s.

The library is built from tests/support/synthetic.py articles (about
--chars characters each, pages of 10), with 50,000 passage annotations with
a tag and a note, 20,000 article tags and 2,000 notes, by two coders. The
export is timed from opening the library to the renamed .qdpx (reading the
store, mapping, writing and compressing), with the progress callback as the
app uses it. The merge builds a second library of --merge-articles articles,
half of them on pages the first one has (the same page keys and texts), each
with a tag, an annotation and a note by a third coder, and times
Library.merger.merge on a copy of the first library; then merges again (must
add nothing) and checks the other file is byte-identical.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import benchpath  # noqa: E402,F401  (tests/support on the path)

from reader.exchange.export_library import export_library  # noqa: E402
from reader.model import Article, Page  # noqa: E402
from reader.store.library import Library  # noqa: E402
from synthetic import generate_article  # noqa: E402

PAGE_SIZE = 10


def _page(args: tuple[int, int]) -> tuple[str, Page]:
    seed, chars = args
    rng = random.Random(seed)
    articles = []
    for _ in range(PAGE_SIZE):
        article = generate_article(rng)
        while len(article.body_text) < chars:
            article.body.extend(generate_article(rng).body)
        articles.append(article)
    return f"bench-{seed:06d}.txt", Page(articles)


def _pages(first: int, count: int, chars: int):
    with multiprocessing.Pool(2) as pool:
        yield from pool.imap(_page, ((s, chars) for s in range(first, first + count)), chunksize=8)


def _code(library: Library, article_ids: list[int], rng: random.Random, *, passages: int, tags: int, notes: int,
          coders: tuple[str, ...]) -> None:  # fmt: skip
    """Annotations, article tags and notes written straight in one transaction (a bench shortcut)."""
    conn = library.conn
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany("INSERT OR IGNORE INTO tags(name, color) VALUES (?, '#4d96ff')", [(f"标签{i}",) for i in range(30)])
    tag_ids = [r[0] for r in conn.execute("SELECT id FROM tags")]
    bodies = dict(conn.execute("SELECT id, body_text FROM articles"))
    now = "2024-01-01T00:00:00+00:00"
    rows = []
    for i in range(passages):
        article = article_ids[i * len(article_ids) // passages]
        body = bodies[article]
        start = rng.randrange(0, max(1, len(body) - 12))
        rows.append((article, start, start + 10, body[start : start + 10], rng.choice(tag_ids), "要点", now, now,
                     coders[i % len(coders)]))  # fmt: skip
    conn.executemany(
        'INSERT INTO annotations(article_id, start, "end", quote, tag_id, note, created, modified, coder) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany(
        "INSERT OR IGNORE INTO article_tags(article_id, tag_id, coder, created) VALUES (?, ?, ?, ?)",
        [(article_ids[i * len(article_ids) // tags], rng.choice(tag_ids), coders[i % len(coders)], now)
         for i in range(tags)],
    )  # fmt: skip
    conn.executemany(
        "INSERT OR IGNORE INTO article_notes(article_id, coder, note, created, modified) VALUES (?, ?, ?, ?, ?)",
        [(article_ids[i * len(article_ids) // notes], coders[i % len(coders)], "备注", now, now) for i in range(notes)],
    )
    conn.execute("COMMIT")


def build(path: Path, articles: int, passages: int, chars: int) -> None:
    t0 = time.perf_counter()
    with Library(path) as library:
        for name, page in _pages(0, articles // PAGE_SIZE, chars):
            library.pages.add(name, page, content_key=name)
        ids = [r[0] for r in library.conn.execute("SELECT id FROM articles ORDER BY id")]
        _code(library, ids, random.Random(1), passages=passages, tags=articles // 5, notes=articles // 50,
              coders=("安娜", "本"))  # fmt: skip
        library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"built {articles:,} articles, {passages:,} annotations in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def bench_export(path: Path, out: Path) -> None:
    reports = []
    t0, c0 = time.perf_counter(), time.process_time()
    with Library(path) as library:
        summary = export_library(library, out, progress=lambda d, t: reports.append((time.perf_counter() - t0, d)))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    gaps = [b[0] - a[0] for a, b in zip(reports, reports[1:])]
    print(f"export --qdpx: {summary.articles:,} articles, {summary.selections:,} selections, {summary.notes:,} notes "
          f"in {seconds:.1f} s wall, {cpu:.1f} s CPU ({out.stat().st_size / 1e6:.0f} MB); {len(reports)} progress reports, "
          f"longest gap {max(gaps, default=0):.2f} s")  # fmt: skip


def build_other(path: Path, base: Path, articles: int, chars: int) -> None:
    """Half the articles on pages of ``base`` (same page keys, same texts), half on new pages."""
    shared_pages = articles // PAGE_SIZE // 2
    with Library(path, coder="卡拉") as other:
        source = sqlite3.connect(f"file:{base}?mode=ro", uri=True)
        keys = [r[0] for r in source.execute("SELECT content_hash FROM sources ORDER BY id LIMIT ?", (shared_pages,))]
        source.close()
        for key, (name, page) in zip(keys, _pages(0, shared_pages, chars)):
            other.pages.add(name, page, content_key=key)
        for name, page in _pages(10_000_000, articles // PAGE_SIZE - shared_pages, chars):
            other.pages.add(name, page, content_key="other-" + name)
        ids = [r[0] for r in other.conn.execute("SELECT id FROM articles ORDER BY id")]
        _code(other, ids, random.Random(2), passages=len(ids), tags=len(ids), notes=len(ids), coders=("卡拉",))
        other.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def bench_merge(base: Path, folder: Path, articles: int, chars: int) -> None:
    other = folder / "other.db"
    build_other(other, base, articles, chars)
    ours = folder / "ours.db"
    shutil.copy(base, ours)  # the bench's own copy; the product never copies a library file
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    with Library(ours) as library:
        t0, c0 = time.perf_counter(), time.process_time()
        report = library.merger.merge(other)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        t1 = time.perf_counter()
        again = library.merger.merge(other)
        second = time.perf_counter() - t1
    same = hashlib.sha256(other.read_bytes()).hexdigest() == before
    print(f"merge-library of {articles:,} articles: {seconds:.1f} s wall, {cpu:.1f} s CPU ({report.articles_matched:,} matched, "
          f"{report.articles_added:,} added, {report.annotations_added:,} annotations, {len(report.conflicts)} "
          f"conflicts); again: {second:.1f} s, {again.added} added; other byte-identical: {same}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=None, help="the library to build (or reuse)")
    parser.add_argument("--reuse", action="store_true", help="use --path as it is")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--passages", type=int, default=50_000)
    parser.add_argument("--merge-articles", type=int, default=10_000)
    parser.add_argument("--chars", type=int, default=1000)
    parser.add_argument("--export-only", action="store_true")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="teamwork-bench-"))
    path = args.path or folder / "teamwork.db"
    if not args.reuse:
        if path.exists():
            path.unlink()
        build(path, args.articles, args.passages, args.chars)
    bench_export(path, folder / "export.qdpx")
    if not args.export_only:
        bench_merge(path, folder, args.merge_articles, args.chars)
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
