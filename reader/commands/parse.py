"""``python -m reader parse FILE [--json]``: show how the parser reads a page."""

from __future__ import annotations

import argparse
import json
import sys

from reader.model import Article, Page
from reader.terminal import for_terminal


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="split a raw page file into articles",
        description="Read a raw newspaper page (UTF-8, UTF-16 with BOM, GB18030 or Big5) or a PDF and print its "
        "articles. The text output leaves out terminal escape sequences and control characters found in the page.",
    )
    parser.add_argument("file", help="page text file as the PDF extractor left it, or a PDF of one or more pages")
    parser.add_argument("--json", action="store_true", help="print a JSON array of articles (for a PDF: one object per page)")
    parser.add_argument("--dropped", action="store_true", help="also list the lines that are in no article (text mode)")
    parser.set_defaults(handler=run)


def format_article(article: Article) -> str:
    lines: list[str] = []
    if article.kicker:
        lines.append(f"  {article.kicker}")
    lines.append(f"# {article.title or '(untitled)'}")
    if article.subtitle:
        lines.append(f"  {article.subtitle}")
    meta = [part for part in (article.dateline, article.byline and f"by {article.byline}") if part]
    if meta:
        lines.append("  [" + " · ".join(meta) + "]")
    lines.append("")
    for block in article.body:
        lines.append(f"## {block.text}" if block.kind == "subhead" else block.text)
        lines.append("")
    for caption in article.captions:
        lines.append(f"[photo] {caption}")
    return "\n".join(lines).rstrip() + "\n"


def format_page(page: Page, show_dropped: bool) -> str:
    parts = [format_article(article) for article in page.articles]
    if page.page_captions:
        parts.append("\n".join(f"[photo, no article] {caption}" for caption in page.page_captions) + "\n")
    if show_dropped and page.dropped:
        parts.append("\n".join(f"[dropped line {d.line_no + 1}: {d.reason}] {d.text}" for d in page.dropped) + "\n")
    if not parts:
        return "(no articles found)\n"
    return "\n".join(parts)


def is_pdf(path: str) -> bool:
    if path.lower().endswith(".pdf"):
        return True
    try:
        with open(path, "rb") as handle:
            return handle.read(5) == b"%PDF-"
    except OSError:
        return False


def run(args: argparse.Namespace) -> int:
    if is_pdf(args.file):
        from reader.commands.parse_pdf import run_pdf

        return run_pdf(args.file, args.json, args.dropped, format_page)

    from reader.parsing import PageDecodeError, parse_file

    try:
        page = parse_file(args.file)
    except PageDecodeError as exc:
        print(f"reader parse: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - one line for the user, not a traceback
        print(f"reader parse: {args.file}: could not be parsed ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 2
    if args.json:
        json.dump([article.to_json() for article in page.articles], sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(for_terminal(format_page(page, args.dropped)))
    return 0
