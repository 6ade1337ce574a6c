"""Correcting the parse from the command line: split, merge, set-role, join, edit-text, delete/restore, …

Each command is one correction (one transaction, re-applied by every later
``reparse``), prints what it did, and exits 1 with one clear line on
stderr for a request that cannot be done.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from reader.article_names import display_title
from reader.commands.library import _add_library_option, _fail, _library_path, _with_library
from reader.corrections.model import MERGE_HEADLINE_MODES, ROLES
from reader.store.errors import LibraryError

if TYPE_CHECKING:
    from reader.store.library import Library


def _reason_names() -> dict[str, str]:
    from reader.corrections.raw_view import REASON_NAMES

    return REASON_NAMES


def _done(library: Library, receipt, extra: str = "") -> int:
    print(f"{receipt.description}{extra}")
    for article_id in receipt.article_ids:
        article = library.articles.get(article_id).article
        print(f"  article {article_id}: «{display_title(article.title)}» ({len(article.body_text)} characters)")
    return 0


def _split(library: Library, args: argparse.Namespace) -> int:
    receipt = library.corrections.split(args.article, args.at, title=args.title)
    return _done(library, receipt)


def _merge(library: Library, args: argparse.Namespace) -> int:
    return _done(library, library.corrections.merge(args.article, args.with_id, headline=args.headline))


def _set_role(library: Library, args: argparse.Namespace) -> int:
    if (args.block is None) == (args.line is None):
        return _fail("set-role needs --block N (a part of the article) or --line LINE (a line of its page), not both")
    if args.line is not None:
        source = library.corrections.source_of(args.article)
        return _done(library, library.corrections.set_line_role(source, args.line - 1, args.role))
    return _done(library, library.corrections.set_role(args.article, args.block, args.role))


def _join(library: Library, args: argparse.Namespace) -> int:
    return _done(library, library.corrections.join(args.article, args.continued_by))


def _edit_text(library: Library, args: argparse.Namespace) -> int:
    return _done(library, library.corrections.edit_text(args.article, args.block, args.text))


def _delete(library: Library, args: argparse.Namespace) -> int:
    receipt = library.corrections.delete(args.article)
    print(f"{receipt.description}; `restore --article {args.article}` takes it out again")
    return 0


def restore_article(args: argparse.Namespace) -> int:
    """``restore --article ID`` (the restore command's other use: see reader/commands/maintenance.py)."""
    from reader.store.library import Library

    try:
        with Library(_library_path(args), create=False, verify=True) as library:
            receipt = library.corrections.restore(args.article)
            return _done(library, receipt)
    except LibraryError as exc:
        return _fail(str(exc))


def _drop_lines(library: Library, args: argparse.Namespace) -> int:
    return _done(library, library.corrections.drop_lines(args.page_id, [n - 1 for n in args.line]))


def _restore_line(library: Library, args: argparse.Namespace) -> int:
    return _done(library, library.corrections.restore_line(args.page_id, args.line - 1))


def _trash(library: Library, args: argparse.Namespace) -> int:
    if args.empty:
        count = library.corrections.empty_trash()
        print(f"emptied the trash: {count} article(s) deleted for good")
        return 0
    for item in library.corrections.trash():
        print(f"{item.article_id}\t{item.source}\t{display_title(item.title)}\t{item.deleted_at}")
    return 0


def _corrections(library: Library, args: argparse.Namespace) -> int:
    found = library.corrections.all()
    if args.json:
        print(json.dumps([c.to_json() for c in found], ensure_ascii=False, indent=2))
        return 0
    for c in found:
        status = "" if c.status == "applied" else f"\tNOT APPLIED: {c.problem}"
        article = f"article {c.article_id}" if c.article_id is not None else "-"
        print(f"{c.id}\t{c.source}\t{c.kind}\t{article}\t{c.description}{status}")
    return 0


def _show(library: Library, args: argparse.Namespace) -> int:
    stored = library.articles.get(args.article)
    a = stored.article
    if args.json:
        print(json.dumps({"id": stored.id, "page_id": stored.source_id, "page": stored.source, **a.to_json(),
                          "doubt": a.doubt, "doubt_reasons": list(a.doubt_reasons)}, ensure_ascii=False, indent=2))  # fmt: skip
        return 0
    print(f"article {stored.id} on page {stored.source_id} ({stored.source}), position {stored.position}")
    for name in ("kicker", "title", "subtitle", "dateline", "byline"):
        if getattr(a, name):
            print(f"  {name}: {getattr(a, name)}")
    for index, block in enumerate(a.body):
        text = block.text if len(block.text) <= 60 else block.text[:60] + "…"
        print(f"  {index} {block.kind}: {text}")
    for index, caption in enumerate(a.captions):
        print(f"  caption:{index}: {caption}")
    return 0


def _page_lines(library: Library, args: argparse.Namespace) -> int:
    for line in library.corrections.page_lines(args.page_id):
        if line.article_id is not None:
            where = f"article {line.article_id} {line.part}" + (f" {line.index}" if line.index is not None else "")
            if line.dropped:
                where += f" (part dropped: {_reason_names().get(line.dropped, line.dropped)})"
        elif line.dropped:
            where = f"dropped: {_reason_names().get(line.dropped, line.dropped)}"
        else:
            where = ""
        print(f"{line.no + 1}\t{where}\t{line.text}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    def command(name: str, help_text: str, action, *, writes: bool = True) -> argparse.ArgumentParser:
        p = subparsers.add_parser(name, help=help_text, description=help_text[:1].upper() + help_text[1:] + ".")
        _add_library_option(p)
        p.set_defaults(handler=_with_library(action, writes=writes))
        return p

    p = command("split", "split an article: the text from body offset OFFSET on becomes a new article", _split)
    p.add_argument("--article", type=int, required=True, metavar="ID")
    p.add_argument("--at", type=int, required=True, metavar="OFFSET", help="a code-point offset into the body text")
    p.add_argument("--title", default=None, help="the new article's title (default: the first line, when it is a headline)")

    p = command("merge", "merge an article with its neighbour on the same page", _merge)
    p.add_argument("--article", type=int, required=True, metavar="ID")
    p.add_argument("--with", dest="with_id", type=int, required=True, metavar="ID")
    p.add_argument("--headline", choices=MERGE_HEADLINE_MODES, default="body",
                   help="the later article's headline: body text (default), a sub-heading, or dropped")  # fmt: skip

    p = command("set-role", "give a block of an article another role (furniture drops it)", _set_role)
    p.add_argument("--article", type=int, required=True, metavar="ID")
    p.add_argument("--block", default=None, metavar="N",
                   help="a body block number (0-based, as `show` lists them), kicker, title, subtitle, dateline, byline or caption:N")  # fmt: skip
    p.add_argument("--line", type=int, default=None, metavar="LINE",
                   help="instead of --block: one line of the article's page (1-based, as `page-lines` prints it)")  # fmt: skip
    p.add_argument("--role", required=True, choices=ROLES)

    p = command("join", "join an article with its continuation on another page", _join)
    p.add_argument("--article", type=int, required=True, metavar="ID")
    p.add_argument("--continued-by", type=int, required=True, metavar="ID")

    p = command("edit-text", "mend the text of a block or headline field", _edit_text)
    p.add_argument("--article", type=int, required=True, metavar="ID")
    p.add_argument("--block", required=True, metavar="N", help="as for set-role")
    p.add_argument("--text", required=True)

    p = command("delete", "move an article into the trash (`restore --article ID` takes it out)", _delete)
    p.add_argument("--article", type=int, required=True, metavar="ID")

    p = command("drop-lines", "drop page lines from their articles as page furniture", _drop_lines)
    p.add_argument("--page-id", type=int, required=True, metavar="N")
    p.add_argument("--line", type=int, required=True, action="append", metavar="LINE", help="a 1-based line number (repeatable)")

    p = command("restore-line", "put a dropped page line back into the article where it stood", _restore_line)
    p.add_argument("--page-id", type=int, required=True, metavar="N")
    p.add_argument("--line", type=int, required=True, metavar="LINE", help="a 1-based line number")

    p = command("trash", "list the articles in the trash (--empty: delete them for good)", _trash)
    p.add_argument("--empty", action="store_true")

    p = command("corrections", "list every stored correction", _corrections, writes=False)
    p.add_argument("--json", action="store_true")

    p = command("show", "show one article with its numbered blocks", _show, writes=False)
    p.add_argument("--article", type=int, required=True, metavar="ID")
    p.add_argument("--json", action="store_true")

    p = command("page-lines", "show a page's lines as imported, each with the article and part it went to", _page_lines,
                writes=False)  # fmt: skip
    p.add_argument("--page-id", type=int, required=True, metavar="N")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(1)
