"""Write sets of composed pages to disk: each PDF, and for each of its pages the truth and
the text of the three extractors.

    {stem}.pdf
    {stem}.p{n}.truth.json
    {stem}.p{n}.pdftotext.txt   {stem}.p{n}.pdfminer.txt   {stem}.p{n}.pdfium.txt

``n`` counts from 1.  Seeds in HELDOUT_SEEDS are reserved for the frozen
held-out set (bench/data/heldout/pdf); ``write_pdf`` refuses them unless
``heldout=True``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from composer.check import check_page
from composer.extract import EXTRACTORS, extract_all
from composer.page import compose_pdf

HELDOUT_SEEDS = range(900_000, 920_000)


@dataclass(frozen=True, slots=True)
class Job:
    seed: int
    pages: int


def stem_of(job: Job) -> str:
    return f"s{job.seed}" if job.pages == 1 else f"i{job.seed}"


def write_pdf(out: Path, job: Job, *, heldout: bool = False, extract: bool = True) -> list[Path]:
    """Compose one PDF into ``out``; returns the truth files written."""
    if (job.seed in HELDOUT_SEEDS) != heldout:
        raise ValueError(f"seed {job.seed} is {'not ' if heldout else ''}a held-out seed ({HELDOUT_SEEDS.start}-{HELDOUT_SEEDS.stop - 1})")
    out.mkdir(parents=True, exist_ok=True)
    stem = stem_of(job)
    pdf, truths = compose_pdf(job.seed, job.pages, stem=stem)
    path = out / f"{stem}.pdf"
    path.write_bytes(pdf)
    written = []
    for truth in truths:
        problems = check_page(str(path), truth)
        if problems:
            raise AssertionError(f"{stem} page {truth['page_index'] + 1}: truth disagrees with the PDF: {problems[:3]}")
        n = truth["page_index"] + 1
        truth["seed"] = job.seed
        truth["texts"] = {name: f"{stem}.p{n}.{name}.txt" for name in EXTRACTORS} if extract else {}
        target = out / f"{stem}.p{n}.truth.json"
        target.write_text(json.dumps(truth, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
        written.append(target)
        if extract:
            for name, text in extract_all(path, truth["page_index"]).items():
                (out / f"{stem}.p{n}.{name}.txt").write_text(text, encoding="utf-8")
    return written


def load_pages(folder: Path) -> list[tuple[Path, dict]]:
    """(pdf path, truth) of every page in a corpus folder, in file order."""
    pages = []
    for truth_path in sorted(folder.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text("utf-8"))
        pages.append((folder / truth["pdf"], truth))
    return pages
