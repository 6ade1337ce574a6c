"""Parsing and recognising very large pages: time should grow about linearly with size.

    .venv/bin/python bench/big_page_bench.py [--mb 15] [--line-chars 5000000] [--against PYTHON]

Builds a page of about --mb MB (UTF-8) from generated pages laid end to end
(headers, captions, bylines and all), parses it on one core, and prints the
time against the target (≤ 2 s for 15 MB), with the time for a quarter of it
beside it to show the growth. Then recognises one line of --line-chars
characters and prints characters per second beside the speed on the same
text cut into article-sized pieces.  --against PYTHON also times another
checkout's parser on the same text, in the same run: PYTHON is that
checkout's interpreter (e.g. /work/main/.venv/bin/python), whose installed
reader package is the one timed.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time

import benchpath  # noqa: F401 - puts tests/support on sys.path
from synthetic import generate_page

from reader.parsing import parse_page

TARGET_S_FOR_15_MB = 2.0


def big_page(megabytes: float, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts, size = [], 0
    while size < megabytes * 1_000_000:
        text = generate_page(rng)[0]
        parts.append(text)
        size += len(text.encode("utf-8")) + 1
    return "\n".join(parts)


def timed_parse(text: str) -> float:
    started = time.process_time()
    parse_page(text)
    return time.process_time() - started


_TIME_OTHER = """
import sys, time
from reader.parsing import parse_page
text = open(sys.argv[1], encoding="utf-8").read()
for cut in (len(text) // 4, len(text)):
    started = time.process_time()
    parse_page(text[:cut])
    print(time.process_time() - started)
"""


def timed_elsewhere(python: str, text: str) -> tuple[float, float]:
    """(quarter, full) CPU seconds of another interpreter's parse_page on the same text."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "page.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        out = subprocess.run([python, "-c", _TIME_OTHER, path], env=env, cwd=folder, check=True,
                             capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=15.0)
    parser.add_argument("--line-chars", type=int, default=5_000_000)
    parser.add_argument("--no-recognise", action="store_true")
    parser.add_argument("--against", metavar="PYTHON", help="also time this interpreter's reader parser on the same text")
    args = parser.parse_args(argv)

    text = big_page(args.mb)
    quarter = text[: len(text) // 4]
    mb = len(text.encode("utf-8")) / 1e6
    t_quarter = timed_parse(quarter)
    t_full = timed_parse(text)
    target = TARGET_S_FOR_15_MB * mb / 15
    print(f"parse {mb:.1f} MB page: {t_full:.2f} s CPU (a quarter of it: {t_quarter:.2f} s, "
          f"x{t_full / max(t_quarter, 1e-9):.1f} for 4x the text)  target {target:.1f} s: "
          f"{'ok' if t_full <= target else 'MISSED'}")
    if args.against:
        o_quarter, o_full = timed_elsewhere(args.against, text)
        print(f"  the same page with {args.against}: {o_full:.2f} s CPU (a quarter of it: {o_quarter:.2f} s, "
              f"x{o_full / max(o_quarter, 1e-9):.1f})  target {target:.1f} s: {'ok' if o_full <= target else 'MISSED'}")
    if args.no_recognise:
        return 0
    from reader.entities import Recogniser

    recogniser = Recogniser()
    recogniser.load()
    line = "".join(big_page(args.line_chars * 3 / 1e6, seed=11).split())[: args.line_chars]
    # The same characters as ordinary article-sized texts, side by side: the
    # recogniser's normal speed on this machine, at this moment.
    sample = line[:200_000]
    started = time.process_time()
    recogniser.recognise_many([sample[i : i + 500] for i in range(0, len(sample), 500)])
    normal = len(sample) / (time.process_time() - started)
    started = time.process_time()
    spans = recogniser.recognise(line)
    elapsed = time.process_time() - started
    print(f"recognise one line of {len(line):,} characters: {elapsed:.1f} s CPU, {len(line) / elapsed:,.0f} chars/s "
          f"({len(spans):,} entities); the same text as 500-character articles: {normal:,.0f} chars/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
