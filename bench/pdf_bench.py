"""The PDF layout reader against composed truth, with the issue's targets.

    .venv/bin/python bench/pdf_bench.py                        # tuning pages, composed now
    .venv/bin/python bench/pdf_bench.py --dir DIR              # pages from bench/pdf_corpus.py tuning
    .venv/bin/python bench/pdf_bench.py --heldout              # the frozen held-out set (report, never tune)
    .venv/bin/python bench/pdf_bench.py --heldout --text-baseline   # also the text parser on its texts
    .venv/bin/python bench/pdf_bench.py --heldout --apart i910003/p3,i910003/p7,s900008/p1
                                     # also figures for those pages alone and for the rest (known composer defects)

Prints each figure with its target: article boundaries, titles, kickers,
subtitles, bylines, datelines, body CER, paragraph-break F1, captions on the
right article, furniture lines in articles; page identity (newspaper, date,
page label, section, editors, issue, CN number: % of pages exactly right,
as the import stores it: the bands the layout reader found read by
reader.identity, then the file name and the PDF's metadata by the ingest's
own reader.ingest.pdf_pages.pdf_page_identity); then speed: CPU time per page
for extraction and layout (PdfFile.read, one core, best of --repeat) and
the time to render a page for the view at --scale pixels per point.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))

from composer.corpus import Job, load_pages, write_pdf  # noqa: E402
from identity_scoring import TARGET as IDENTITY_TARGET  # noqa: E402
from identity_scoring import IdentityScore, score_identity  # noqa: E402
from page_scoring import PageScore, score_page  # noqa: E402

from reader.identity import combine  # noqa: E402
from reader.ingest.pdf_files import read_metadata  # noqa: E402
from reader.ingest.pdf_pages import pdf_page_identity, read_band_identity  # noqa: E402
from reader.parsing import parse_page  # noqa: E402
from reader.pdf import PdfError, PdfFile  # noqa: E402

HELDOUT = ROOT / "bench" / "data" / "heldout" / "pdf"
SPEED_TARGET_MS = 100.0
RENDER_TARGET_MS = 150.0


def print_figures(title: str, score: PageScore) -> None:
    print(f"\n{title}: {score.pages} pages, {score.articles} articles, {score.captions} captions")
    for name, value, target, met in score.figures():
        shown = f"{value:.2%}" if "CER" in name or (value <= 1.0 and "F1" not in name and "furniture" not in name and "spurious" not in name) else f"{value:.3f}" if "F1" in name else f"{value:.0f}"
        print(f"  {name:38} {shown:>9}   target {target:9} {'' if met else '  <- not met'}")


def print_identity(bands: IdentityScore, stored: IdentityScore) -> None:
    print(f"  page identity, {stored.pages} pages: % exactly right, read from the bands / as the import stores it"
          " (bands + file name + PDF metadata; n = pages scored)")
    rows = {name: (value, met) for name, value, met in stored.figures()}
    for name, value, _met in bands.figures():
        got, met = rows.get(name, (1.0, True))
        n = stored.scored.get(name, stored.pages if name.startswith("all") else 0)
        filled = stored.filled.get(name, 0)
        note = f"  (+{filled} not printed, from the file)" if filled else ""
        print(f"    {name:28} {value:>8.2%} / {got:>8.2%}  n={n:<4} target >= {IDENTITY_TARGET:.0%}{'' if met else '  <- not met'}{note}")


def page_identity(pdf_path: Path, page, index: int, metadata) -> tuple[object, object]:
    """(what the bands say, the identity the import would store with no import options)."""
    read_band_identity(page)
    metas, _notes = pdf_page_identity(page, pdf_path.resolve(), metadata, index, len(metadata.labels))
    return page.meta, combine(*metas)[0]


def add_identity(scores: dict[str, IdentityScore], truth: dict, metas: tuple, set_apart: bool) -> None:
    where = " apart" if set_apart else " rest"
    for kind, meta in zip(("bands", "stored"), metas):
        page = score_identity(truth["meta"], meta, label=f"{truth['page']} ({kind})")
        scores[kind].add(page)
        scores[kind + where].add(page)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true", help="measure the frozen held-out set")
    parser.add_argument("--dir", type=Path, help="a folder written by bench/pdf_corpus.py tuning")
    parser.add_argument("--first", type=int, default=60_000, help="first tuning seed when composing pages now")
    parser.add_argument("--singles", type=int, default=20)
    parser.add_argument("--issues", type=int, default=5)
    parser.add_argument("--pages", type=int, default=8, help="pages per composed issue")
    parser.add_argument("--repeat", type=int, default=2, help="timed passes per page; the best counts")
    parser.add_argument("--scale", type=float, default=1.5, help="render scale, pixels per point (1.5 is about 108 dpi)")
    parser.add_argument("--text-baseline", action="store_true", help="also score the text parser on the extracted texts")
    parser.add_argument("--failures", type=int, default=0, help="print this many failure lines")
    parser.add_argument("--apart", default="", help="page labels (i910003/p3,...) also scored on their own, and the rest without them")
    args = parser.parse_args(argv)

    temp = None
    if args.heldout:
        folder, label = HELDOUT, "HELD-OUT (untouched)"
    elif args.dir:
        folder, label = args.dir, f"tuning pages in {args.dir}"
    else:
        temp = tempfile.TemporaryDirectory()
        folder = Path(temp.name)
        jobs = [Job(args.first + k, 1) for k in range(args.singles)] + [Job(args.first + args.singles + k, args.pages) for k in range(args.issues)]
        for job in jobs:
            write_pdf(folder, job, extract=args.text_baseline)
        label = f"tuning pages, seeds {args.first}-{args.first + len(jobs) - 1}"
    pages = load_pages(folder)
    score = PageScore()
    apart = {label for label in args.apart.split(",") if label}
    scores_apart, scores_rest = PageScore(), PageScore()
    read_ms: list[float] = []
    render_ms: list[float] = []
    errors: list[str] = []
    documents: dict[Path, PdfFile] = {}
    metadata: dict[Path, object] = {}
    identity = {key: IdentityScore() for key in ("bands", "stored", "bands apart", "stored apart", "bands rest", "stored rest")}
    for pdf_path, truth in pages:
        document = documents.get(pdf_path) or documents.setdefault(pdf_path, PdfFile(pdf_path))
        if pdf_path not in metadata:
            metadata[pdf_path] = read_metadata(pdf_path, document.page_count)
        index = truth["page_index"]
        best = float("inf")
        result = None
        for _ in range(max(1, args.repeat)):
            started = time.process_time()
            try:
                result = document.read(index)
            except PdfError as exc:
                errors.append(str(exc))
                break
            best = min(best, time.process_time() - started)
        if result is None:
            add_identity(identity, truth, (combine()[0], combine()[0]), truth["page"] in apart)
            page_score = score_page(truth, [], label=truth["page"])
            score.add(page_score)
            (scores_apart if truth["page"] in apart else scores_rest).add(page_score)
            continue
        read_ms.append(best * 1000)
        started = time.perf_counter()
        document.render(index, args.scale)
        render_ms.append((time.perf_counter() - started) * 1000)
        add_identity(identity, truth, page_identity(pdf_path, result.page, index, metadata[pdf_path]), truth["page"] in apart)
        page_score = score_page(truth, result.page, label=truth["page"])
        score.add(page_score)
        (scores_apart if truth["page"] in apart else scores_rest).add(page_score)
    for document in documents.values():
        document.close()
    print_figures(f"PDF layout reader, {label}", score)
    print_identity(identity["bands"], identity["stored"])
    if apart:
        print_figures(f"  of which the pages set apart ({', '.join(sorted(apart))})", scores_apart)
        print_identity(identity["bands apart"], identity["stored apart"])
        print_figures("  and all the others", scores_rest)
        print_identity(identity["bands rest"], identity["stored rest"])
    if errors:
        print(f"  pages refused: {len(errors)} (first: {errors[0]})")
    if read_ms:
        print(f"  extraction + layout per page: mean {statistics.mean(read_ms):.0f} ms, median {statistics.median(read_ms):.0f}, "
              f"p95 {percentile(read_ms, 0.95):.0f}, max {max(read_ms):.0f} ms CPU (target <= {SPEED_TARGET_MS:.0f} ms)")
        print(f"  render at {args.scale} px/pt: mean {statistics.mean(render_ms):.0f} ms, p95 {percentile(render_ms, 0.95):.0f}, "
              f"max {max(render_ms):.0f} ms wall (target <= {RENDER_TARGET_MS:.0f} ms)")
    for line in score.failures[: args.failures]:
        print("   ", line)
    for line in identity["bands"].failures[: args.failures] + identity["stored"].failures[: args.failures]:
        print("   ", line)
    if args.text_baseline:
        for extractor in ("pdftotext", "pdfminer", "pdfium"):
            text_score = PageScore()
            for _, truth in pages:
                name = truth.get("texts", {}).get(extractor)
                if not name:
                    continue
                text = (folder / name).read_text("utf-8")
                text_score.add(score_page(truth, parse_page(text), label=truth["page"]))
            print_figures(f"text parser (reader.parsing) on {extractor} text, {label}", text_score)
    if temp is not None:
        temp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
