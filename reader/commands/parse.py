"""``python -m reader parse FILE [--json]``: show how the parser reads a page."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from typing import TYPE_CHECKING

from reader.article_names import display_title
from reader.model import Article, Page, PageMeta
from reader.terminal import for_terminal

if TYPE_CHECKING:
    from reader import identity


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="split a raw page file into articles",
        description="Read a raw newspaper page (UTF-8, UTF-16 with BOM, GB18030 or Big5) or a PDF and print its "
        "articles. The text output leaves out terminal escape sequences and control characters found in the page.",
    )
    parser.add_argument("file", help="page text file as the PDF extractor left it, or a PDF of one or more pages")
    parser.add_argument(
        "--json", action="store_true",
        help="print one JSON object: the page's meta, its articles, its dropped lines (for a PDF: a list, one per page)",
    )  # fmt: skip
    parser.add_argument("--dropped", action="store_true", help="also list the lines that are in no article (text mode)")
    parser.add_argument(
        "--name-pattern",
        metavar="TEMPLATE",
        help="read the page's identity from its path with this template, e.g. '{newspaper}/{date:%%Y%%m%%d}/{page}.txt'",
    )
    parser.set_defaults(handler=run)


def format_article(article: Article) -> str:
    lines: list[str] = []
    if article.kicker:
        lines.append(f"  {article.kicker}")
    lines.append(f"# {display_title(article.title)}")
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


def format_meta(meta: PageMeta) -> str:
    """«2023-03-07 · 内蒙古法制报 · 第3版 · 综合新闻», the parts there are."""
    from reader import identity

    return identity.page_line(meta.date, meta.newspaper, meta.page, meta.section)


def format_page(page: Page, show_dropped: bool) -> str:
    parts = [format_article(article) for article in page.articles]
    if not page.meta.is_empty():
        line = format_meta(page.meta)
        editors = "、".join(f"{role}：{name}" for role, name in page.meta.editors)
        extra = "  ".join(p for p in (editors, page.meta.issue, page.meta.cn) if p)
        parts.insert(0, f"[page] {line}" + (f"  ({extra})" if extra else "") + "\n")
    if page.page_captions:
        parts.append("\n".join(f"[photo, no article] {caption}" for caption in page.page_captions) + "\n")
    if show_dropped and page.dropped:
        parts.append("\n".join(f"[dropped line {d.line_no + 1}: {d.reason}] {d.text}" for d in page.dropped) + "\n")
    if not parts:
        return "(no articles found)\n"
    return "\n".join(parts)


def page_json(page: Page) -> dict:
    """The object ``parse --json`` prints; ``line`` in dropped is 1-based, as in text mode."""
    return {
        "meta": page.meta.to_json(),
        "articles": [article.to_json() for article in page.articles],
        "dropped": [{"line": d.line_no + 1, "text": d.text, "reason": d.reason} for d in page.dropped],
    }


def _identify(page: Page, path: str, template: identity.NameTemplate | None, page_in_file: int | None = None) -> list[str]:
    """Give the page the identity its header and its path say (header first); the notes to print.
    ``page_in_file``: its number in a file of many pages, which its path's page gives way to."""
    from reader import identity
    from reader.ingest.identity import read_name

    # Resolved, so that a page named «03.txt» inside «人民日报/20230307» is read with its folders.
    from_name, name_problems = read_name(Path(path).resolve(), template, page_in_file=page_in_file)
    page.meta, conflicts = identity.combine(page.meta, from_name)
    notes = [f"line {p.line_no + 1}: {p.message}" if p.line_no is not None else p.message for p in page.meta_problems]
    notes += [p.message for p in name_problems]
    notes += [c.message() for c in conflicts]
    return notes


def run(args: argparse.Namespace) -> int:
    from reader.ingest.pdf_files import is_pdf

    if is_pdf(args.file):
        from reader.commands.parse_pdf import run_pdf

        return run_pdf(args.file, args.json, args.dropped, format_page)
    from reader import identity
    from reader.ingest.text_pages import split_pages
    from reader.parsing import PageDecodeError, parse_page, read_page_file  # only this command needs the parser

    template = None
    if args.name_pattern:
        try:
            template = identity.NameTemplate(args.name_pattern)
        except identity.TemplateError as exc:
            print(f"reader parse: --name-pattern: {exc}", file=sys.stderr)
            return 2
    try:
        text, encoding = read_page_file(args.file)
    except PageDecodeError as exc:
        print(f"reader parse: {exc}", file=sys.stderr)
        return 1
    pages = split_pages(text)
    if len(pages) > 1:
        return _run_many(args, pages, template)
    try:
        page = parse_page(text)
    except Exception as exc:  # noqa: BLE001 - one line for the user, not a traceback
        print(f"reader parse: {args.file}: could not be parsed ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 2
    page.encoding = encoding
    for note in _identify(page, args.file, template):
        print(f"reader parse: {args.file}: {note}", file=sys.stderr)
    if args.json:
        json.dump(page_json(page), sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(for_terminal(format_page(page, args.dropped)))
    return 0


def _run_many(args: argparse.Namespace, pages: list[tuple[int, str]], template) -> int:
    """A text file of many pages (form feeds between them, as pdftotext writes a whole PDF):
    each page as for a one-page file, headed «=== page N of M ===»; with --json a list of
    pages as for a PDF, each with its number and an error for a page with no text."""
    from reader.ingest.text_pages import blank_page_message
    from reader.parsing import parse_page

    status = 0
    out: list[dict] = []
    name = Path(args.file).name
    for number, part in pages:
        if not part.strip():
            status = 1
            message = blank_page_message(Path(args.file), number)
            print(f"reader parse: {message}", file=sys.stderr)
            if args.json:
                out.append({"page": number, "meta": PageMeta().to_json(), "articles": [], "dropped": [], "error": message})
            continue
        try:
            page = parse_page(part)
        except Exception as exc:  # noqa: BLE001 - one line for the user, not a traceback
            print(f"reader parse: {name}#page={number}: could not be parsed ({type(exc).__name__}: {exc})", file=sys.stderr)
            return 2
        for note in _identify(page, args.file, template, number):
            print(f"reader parse: {name}#page={number}: {note}", file=sys.stderr)
        if args.json:
            out.append({"page": number, **page_json(page), "error": None})
        else:
            sys.stdout.write(f"=== page {number} of {len(pages)} ===\n")
            sys.stdout.write(for_terminal(format_page(page, args.dropped)))
    if args.json:
        json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    return status
