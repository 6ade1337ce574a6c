"""Speed and memory of the entity recogniser, end to end.

    .venv/bin/python bench/ner_speed.py              # >= 1 MB of text, batch 64, 2 encoder workers x 1 thread
    .venv/bin/python bench/ner_speed.py --threads 2 --workers 1   # one call at a time on 2 intra-op threads

Text: the sample page's article bodies and our annotated news pages, plus the
MSRA test sentences when the shared benchmarks are present, repeated until
the size is reached, then cut into article-sized texts (about 1,500
characters each, as the library feeds them). Prints model load time,
characters per second through ``recognise_many``, and peak memory
(ru_maxrss of the process, which includes the model and onnxruntime).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ner_eval import DEFAULT_MSRA, DEFAULT_NEWS, DEFAULT_SAMPLE, load_msra, load_news, load_sample  # noqa: E402


def corpus(min_bytes: int, article_chars: int = 1500) -> list[str]:
    parts: list[str] = []
    if DEFAULT_SAMPLE.exists():
        parts += [t for t, _ in load_sample(DEFAULT_SAMPLE)]
    if DEFAULT_NEWS.exists():
        parts += [t for t, _ in load_news(DEFAULT_NEWS)]
    if DEFAULT_MSRA.exists():
        parts += [t for t, _ in load_msra(DEFAULT_MSRA)]
    if not parts:
        raise SystemExit("no text found to measure on")
    blob = "\n".join(parts)
    text = blob
    while len(text.encode("utf-8")) < min_bytes:
        text += "\n" + blob
    # cut at the byte budget, then into articles
    while len(text.encode("utf-8")) > min_bytes * 1.05:
        text = text[: int(len(text) * 0.95)]
    return [text[i : i + article_chars] for i in range(0, len(text), article_chars)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=1.0, help="megabytes of UTF-8 text (default 1)")
    ap.add_argument("--threads", type=int, default=1, help="onnxruntime intra-op threads per call")
    ap.add_argument("--batch", type=int, default=64, help="sentences per model call")
    ap.add_argument("--workers", type=int, default=2, help="batches encoded concurrently")
    args = ap.parse_args(argv)

    texts = corpus(int(args.mb * 1024 * 1024))
    n_chars = sum(len(t) for t in texts)
    n_bytes = sum(len(t.encode("utf-8")) for t in texts)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    from reader.entities import Recogniser

    t0 = time.perf_counter()
    rec = Recogniser(batch_size=args.batch, threads=args.threads, workers=args.workers)
    construct = time.perf_counter() - t0
    t0 = time.perf_counter()
    rec.load()
    load = time.perf_counter() - t0

    rec.recognise("预热：2月15日上午，包头市固阳县公安局。")  # first-call allocations
    t0 = time.perf_counter()
    c0 = time.process_time()
    spans = rec.recognise_many(texts)
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"settings:        batch {args.batch}, intra-op threads {args.threads}, workers {args.workers}")
    print(f"text:            {n_bytes / 1e6:.2f} MB, {n_chars} chars, {len(texts)} texts")
    print(f"construct:       {construct * 1000:.1f} ms (no model load)")
    print(f"model load:      {load:.2f} s")
    print(f"recognise_many:  {dt:.2f} s  ->  {n_chars / dt:,.0f} chars/s  ({sum(map(len, spans))} entities)")
    # CPU time is less sensitive than wall time to other programs on a shared
    # machine: chars per CPU-second x cores bounds what an idle machine gives.
    print(f"CPU time:        {cpu:.2f} s (all threads) -> {n_chars / cpu:,.0f} chars per CPU-second, "
          f"{2 * n_chars / cpu:,.0f} chars/s if two idle cores were fully used")
    print(f"load average:    {os.getloadavg()[0]:.2f} (other programs slow the wall-clock figure)")
    print(f"peak RSS:        {peak:.0f} MB (before importing the recogniser: {rss_before:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
