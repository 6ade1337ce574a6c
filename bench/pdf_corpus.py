"""Compose newspaper PDFs with their truth and extracted texts.

    .venv/bin/python bench/pdf_corpus.py tuning --out DIR [--first SEED] [--singles N] [--issues N] [--pages K]
    .venv/bin/python bench/pdf_corpus.py heldout [--force]

``tuning`` writes pages from tuning seeds (anything outside the reserved
held-out range) to DIR; they are generated on demand and never committed.
``heldout`` writes the frozen held-out set to bench/data/heldout/pdf from the
reserved seeds listed there; it refuses to overwrite the set unless --force
(the set is frozen: regenerate it only when the composer's truth was wrong,
and say so in its README).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))

from composer.corpus import HELDOUT_SEEDS, Job, write_pdf  # noqa: E402

HELDOUT_DIR = ROOT / "bench" / "data" / "heldout" / "pdf"
# The held-out set: 8 single-page PDFs (an e-paper's one PDF per 版) and 15 whole
# issues of 8 pages, 128 pages in all.
HELDOUT_JOBS = [Job(900_001 + k, 1) for k in range(8)] + [Job(910_001 + k, 8) for k in range(15)]


def jobs_for_tuning(first: int, singles: int, issues: int, pages: int) -> list[Job]:
    jobs = [Job(first + k, 1) for k in range(singles)] + [Job(first + singles + k, pages) for k in range(issues)]
    reserved = [j.seed for j in jobs if j.seed in HELDOUT_SEEDS]
    if reserved:
        raise SystemExit(f"seeds {reserved[0]}… are reserved for the held-out set ({HELDOUT_SEEDS.start}-{HELDOUT_SEEDS.stop - 1})")
    return jobs


def run(jobs: list[Job], out: Path, heldout: bool) -> None:
    started = time.perf_counter()
    pages = 0
    for n, job in enumerate(jobs, 1):
        pages += len(write_pdf(out, job, heldout=heldout))
        print(f"[{n}/{len(jobs)}] seed {job.seed}: {job.pages} page(s)", flush=True)
    print(f"{pages} pages in {out} ({time.perf_counter() - started:.0f} s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    tuning = sub.add_parser("tuning", help="pages from tuning seeds, into --out")
    tuning.add_argument("--out", type=Path, required=True)
    tuning.add_argument("--first", type=int, default=1)
    tuning.add_argument("--singles", type=int, default=20)
    tuning.add_argument("--issues", type=int, default=4)
    tuning.add_argument("--pages", type=int, default=6)
    tuning.add_argument("--no-extract", action="store_true", help="skip the three extractors (faster)")
    heldout = sub.add_parser("heldout", help="the frozen held-out set, into bench/data/heldout/pdf")
    heldout.add_argument("--force", action="store_true")
    args = parser.parse_args(argv)
    if args.what == "tuning":
        jobs = jobs_for_tuning(args.first, args.singles, args.issues, args.pages)
        started = time.perf_counter()
        for n, job in enumerate(jobs, 1):
            write_pdf(args.out, job, extract=not args.no_extract)
            print(f"[{n}/{len(jobs)}] seed {job.seed}", flush=True)
        print(f"done in {time.perf_counter() - started:.0f} s")
        return 0
    if any(HELDOUT_DIR.glob("*.pdf")) and not args.force:
        print(f"{HELDOUT_DIR} already holds the frozen held-out set; not overwriting (see --force)", file=sys.stderr)
        return 1
    run(HELDOUT_JOBS, HELDOUT_DIR, heldout=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
