"""Teamwork sub-commands: REFI-QDA export and import, merging libraries, agreement between coders.

``export --qdpx`` and ``import --qdpx`` are options of the library's export and
import commands (reader/commands/library.py hands them here); ``merge-library``
and ``agreement`` are registered here.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.exchange.errors import QdpxError

EXIT_ERROR = 1


def _progress(label: str):
    def show(done: int, total: int) -> None:
        print(f"\r{label}: {done:,}/{total:,}", end="", file=sys.stderr, flush=True)

    return show


def export_qdpx(library, out: Path) -> int:
    from reader.exchange.export_library import export_library

    try:
        summary = export_library(library, out, progress=_progress("exporting"))
    except QdpxError as exc:
        print(file=sys.stderr)
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    print(file=sys.stderr)
    print(
        f"wrote {out}: {summary.articles} article(s), {summary.codes} code(s), {summary.coders} coder(s), "
        f"{summary.selections} selection(s), {summary.notes} note(s)"
    )
    if summary.orphaned_left_out:
        print(f"{summary.orphaned_left_out} orphaned annotation(s) left out: their passage is gone from the text")
    return 0


def import_qdpx(library, path: Path) -> int:
    from reader.exchange.import_library import import_project

    try:
        report = import_project(library, path)
    except QdpxError as exc:
        print(f"error: {exc} Nothing was imported.", file=sys.stderr)
        return EXIT_ERROR
    print(f"imported {path}:")
    for line in report.lines():
        print(f"  {line}")
    return 0


def _merge(library, args: argparse.Namespace) -> int:
    report = library.merger.merge(args.other, progress=_progress("merging"))
    print(file=sys.stderr)
    print(f"merged {args.other}:")
    for line in report.lines():
        print(f"  {line}")
    return 0


def _agreement(library, args: argparse.Namespace) -> int:
    from reader.analysis.library_agreement import agreement_report

    a, b = args.coders
    report = agreement_report(library, a, b)
    if args.json:
        json.dump(report.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    print(f"coders {a} and {b}: {report.shared_articles} article(s) coded by both")
    if report.note:
        print(report.note)
        return 0
    print("article level (tag present / absent): tag, both, only A, only B, neither, % agreement, Cohen's kappa")
    for r in report.articles:
        print(f"  {r.tag}\t{r.both}\t{r.only_a}\t{r.only_b}\t{r.neither}\t{_figure(r.percent_agreement, 1)}\t"
              f"{_figure(r.kappa, 3)}")  # fmt: skip
    print("passages (Krippendorff's alpha over characters): tag, characters both, only A, only B, alpha")
    for p in report.passages:
        print(f"  {p.tag}\t{p.both}\t{p.only_a}\t{p.only_b}\t{_figure(p.alpha, 3)}")
    if any(r.kappa is None for r in report.articles) or any(p.alpha is None for p in report.passages):
        print("– : undefined, no variation (both coders gave every unit the same value)")
    return 0


def _figure(value: float | None, digits: int) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def register(subparsers: argparse._SubParsersAction, add_library_option, with_library) -> None:
    p = subparsers.add_parser(
        "merge-library",
        help="merge another reader library into this one (the other is read-only and left unchanged)",
        description="Add another library's pages, articles, tags, notes and annotations (with their coders) "
        "to this one. Articles are matched by content, tags by name; what is here already is not added "
        "again, so merging twice adds nothing. Conflicts are kept and listed. One transaction: a crash "
        "leaves the library as it was.",
    )
    p.add_argument("other", type=Path, metavar="OTHER.db")
    add_library_option(p)
    p.set_defaults(handler=with_library(_merge))

    p = subparsers.add_parser(
        "agreement",
        help="agreement of two coders per tag: percent agreement and Cohen's kappa, Krippendorff's alpha",
        description="For the articles both coders coded: per tag, percent agreement and Cohen's kappa at "
        "article level (tag present / absent), and Krippendorff's alpha over the characters of their passages.",
    )
    p.add_argument("--coders", nargs=2, required=True, metavar=("A", "B"))
    p.add_argument("--json", action="store_true", help="the figures as JSON")
    add_library_option(p)
    p.set_defaults(handler=with_library(_agreement, writes=False))
