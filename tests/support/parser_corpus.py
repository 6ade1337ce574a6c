"""Pages with truth for measuring and training the text parser, from both page sources.

Two independent sources give raw page text with its truth:

- the PDF page composer (``composer``): a composed PDF's page as pdftotext,
  pdfminer.six and PDFium extracted it, with the composer's truth;
- the text-page generator (``synthetic``): a damaged text page as the
  generator printed it, with its articles.

Both come out as :class:`TextPage` with a truth dict in the composer's shape
(``articles`` with kicker, title, subtitle, dateline, byline, body blocks,
captions; ``furniture``; ``page_captions``), so one scorer
(``page_scoring.score_page``) measures both.

Reserved seeds — never tune or train on them:

- composer: ``composer.corpus.HELDOUT_SEEDS`` (900000-919999), frozen in
  bench/data/heldout/pdf;
- generator: ``GENERATOR_HELDOUT_SEEDS`` (700000-709999), reserved for the
  text parser's held-out figures before any tuning began.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from composer.corpus import HELDOUT_SEEDS as COMPOSER_HELDOUT_SEEDS
from composer.extract import EXTRACTORS
from synthetic import generate_page

from reader.model import Article

GENERATOR_HELDOUT_SEEDS = range(700_000, 710_000)
# The generator pages the bench scores as held-out: the first 300 reserved seeds.
GENERATOR_HELDOUT_BENCH = range(700_000, 700_300)

ROOT = Path(__file__).resolve().parents[2]
HELDOUT_PDF_DIR = ROOT / "bench" / "data" / "heldout" / "pdf"


@dataclass(frozen=True, slots=True)
class TextPage:
    name: str  # e.g. "s100001.p1.pdfminer" or "gen30001"
    source: str  # an extractor name, or "generator"
    text: str
    truth: dict


def is_reserved(seed: int, source: str) -> bool:
    """Is this seed reserved for held-out figures in this source ("composer" or "generator")?"""
    return seed in (COMPOSER_HELDOUT_SEEDS if source == "composer" else GENERATOR_HELDOUT_SEEDS)


def truth_of_articles(articles: Iterable[Article], furniture: Iterable[str]) -> dict:
    """The generator's truth in the composer's truth shape."""
    return {
        "articles": [
            {
                "id": f"a{n}",
                "kicker": a.kicker,
                "title": a.title,
                "subtitle": a.subtitle,
                "dateline": a.dateline,
                "byline": a.byline,
                "byline_raw": a.byline_raw,
                "body": [{"kind": b.kind, "text": b.text} for b in a.body],
                "captions": list(a.captions),
            }
            for n, a in enumerate(articles)
        ],
        "furniture": [{"kind": "furniture", "text": line} for line in furniture],
        "page_captions": [],
    }


def generated_pages(seeds: Iterable[int], *, allow_reserved: bool = False) -> Iterator[TextPage]:
    for seed in seeds:
        if not allow_reserved and seed in GENERATOR_HELDOUT_SEEDS:
            raise ValueError(f"generator seed {seed} is reserved for held-out figures ({GENERATOR_HELDOUT_SEEDS.start}-{GENERATOR_HELDOUT_SEEDS.stop - 1})")
        text, articles, furniture = generate_page(random.Random(seed))
        yield TextPage(f"gen{seed}", "generator", text, truth_of_articles(articles, furniture))


def composed_pages(folder: Path, extractors: Iterable[str] = EXTRACTORS, *, allow_reserved: bool = False) -> Iterator[TextPage]:
    """Every page of a composer corpus folder (bench/pdf_corpus.py) as each extractor left it."""
    extractors = tuple(extractors)
    for truth_path in sorted(folder.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text("utf-8"))
        if not allow_reserved and truth.get("seed") in COMPOSER_HELDOUT_SEEDS:
            raise ValueError(f"{truth_path} is from a held-out seed; never tune on it")
        stem = truth_path.name[: -len(".truth.json")]
        for name in extractors:
            path = folder / f"{stem}.{name}.txt"
            if path.exists():
                yield TextPage(f"{stem}.{name}", name, path.read_text("utf-8"), truth)


def heldout_composed_pages(extractors: Iterable[str] = EXTRACTORS) -> Iterator[TextPage]:
    """The frozen held-out set (bench/data/heldout/pdf): for untouched figures only."""
    return composed_pages(HELDOUT_PDF_DIR, extractors, allow_reserved=True)


def write_composed(folder: Path, first_seed: int, singles: int, issues: int, pages: int) -> list[str]:
    """Compose tuning pages into ``folder`` (never reserved seeds); returns the
    problems of seeds skipped because the composer's own check failed."""
    from composer.corpus import Job, write_pdf

    jobs = [Job(first_seed + k, 1) for k in range(singles)] + [Job(first_seed + singles + k, pages) for k in range(issues)]
    skipped = []
    for job in jobs:
        if is_reserved(job.seed, "composer"):
            raise ValueError(f"composer seed {job.seed} is reserved for the held-out set")
        try:
            write_pdf(folder, job)
        except AssertionError as problem:  # the composer refused a page whose truth it could not confirm
            skipped.append(f"seed {job.seed}: {problem}")
    return skipped


def in_order_articles(page: TextPage) -> list[int]:
    """The truth articles the extractor printed whole and in reading order: all
    their lines (captions aside) in one run, with no other article's text
    inside.  A text parser that does not reorder lines can only get these
    right; the others set the ceiling of any figure on extractor text."""
    from line_labels import CAPTION, label_lines

    labels = [label for label in label_lines(page.text.split("\n"), page.truth) if label is not None]
    runs: dict[int, int] = {}
    previous = None
    for label in labels:
        if label.article is None or CAPTION in label.fields:
            continue
        if label.article != previous:
            runs[label.article] = runs.get(label.article, 0) + 1
        previous = label.article
    return [k for k in range(len(page.truth["articles"])) if runs.get(k) == 1]
