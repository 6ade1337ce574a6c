"""Page commands: ``pages`` lists each page's identity with origins; ``set-meta`` sets it for one page or many."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from reader.commands.library import _add_library_option, _checked, _fail, _with_library
from reader.model import EDITABLE_META_FIELDS as EDITABLE

if TYPE_CHECKING:
    from reader.store.library import Library

_SHOWN = ("date", "newspaper", "page", "section", "editors", "issue", "cn")


def _value_json(record, field: str) -> dict:
    value = getattr(record.meta, field)
    if field == "editors":
        value = [{"role": role, "name": name} for role, name in value]
    return {"value": value if value not in (None, ()) else None, "origin": record.meta.origins.get(field)}


def _pages(library: Library, args: argparse.Namespace) -> int:
    records = library.identity.of_sources(library.identity.all_ids(order_by_date=args.by_date))
    if args.json:
        rows = [
            {"id": r.id, "name": r.name, "path": r.path, "articles": r.article_count,
             **{field: _value_json(r, field) for field in _SHOWN}, "conflicts": list(r.conflicts)}
            for r in records
        ]  # fmt: skip
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    from reader.identity import origin_words
    from reader.terminal import for_terminal

    for r in records:
        cells = []
        for field in ("date", "newspaper", "page", "section"):
            value = getattr(r.meta, field)
            cells.append(f"{value} ({origin_words(r.meta.origins[field])})" if value else "-")
        # A page's name is the user's file name: no terminal escapes, no tabs shifting the columns.
        name = for_terminal(r.name).replace("\t", " ")
        print(f"{r.id}\t{name}\t{r.article_count}\t" + "\t".join(for_terminal(c) for c in cells))
    print(f"{len(records)} page(s)", file=sys.stderr)
    return 0


def _set_meta(library: Library, args: argparse.Namespace) -> int:
    from reader.store.identity import AUTO

    values: dict[str, object] = {field: getattr(args, field) for field in EDITABLE if getattr(args, field) is not _UNSET}
    for field in args.auto or ():
        if field in values:
            return _fail(f"--auto {field} and --{field} contradict each other")
        values[field] = AUTO
    if not values:
        return _fail("nothing to set: give --newspaper, --date, --page, --section or --auto FIELD")
    if args.search is not None:
        article_ids = library.search.article_ids(args.search)
        source_ids = library.identity.sources_of_articles(article_ids)
        if not source_ids:
            return _fail(f"no article matches «{args.search}»")
    else:
        source_ids = list(dict.fromkeys(args.page_id))
        found = {r.id for r in library.identity.of_sources(source_ids)}
        missing = [str(i) for i in source_ids if i not in found]
        if missing:
            return _fail(f"no page {', '.join(missing)} in the library (see `pages`)")
    # The values were checked by argparse; the store checks them again.
    changed = library.identity.set_values(source_ids, {f: (v if v is AUTO else v or "") for f, v in values.items()})
    described = ", ".join(f"{f} back to the page's own" if v is AUTO else (f"{f} = {v}" if v else f"{f} cleared") for f, v in values.items())
    print(f"{described} on {changed} page(s)")
    return 0


_UNSET = object()


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "pages",
        help="list pages with their newspaper, date, page and section and where each came from",
        description="List the library's pages: id, file name, number of articles, then date, newspaper, "
        "page and section, each with its origin (set by you, given at import, the page header, the file "
        "name, the PDF metadata).",
    )
    p.add_argument("--json", action="store_true", help="a JSON array: each field as {value, origin}, and conflicts")
    p.add_argument("--by-date", action="store_true", help="oldest page first (default: import order)")
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_pages))

    p = subparsers.add_parser(
        "set-meta",
        help="set the newspaper, date, page or section of pages (an empty value clears it)",
        description="Set page identity values, which then win over what the page header and the file name "
        "say. An empty value (--section '') leaves the field empty; --auto FIELD gives it back to the header "
        "and the file name.",
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--page-id", type=int, action="append", metavar="N", help="a page id from `pages` (repeatable)")
    which.add_argument("--search", metavar="Q", help="every page holding an article matching Q (the search syntax)")
    p.add_argument("--newspaper", default=_UNSET, metavar="NAME")
    p.add_argument("--date", default=_UNSET, type=_optional(_checked("date")), metavar="DATE")
    p.add_argument("--page", default=_UNSET, type=_optional(_checked("page")), metavar="LABEL")
    p.add_argument("--section", default=_UNSET, metavar="NAME")
    p.add_argument("--auto", action="append", choices=EDITABLE, metavar="FIELD", help="back to the page's own value")
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_set_meta))


def _optional(check):
    """An empty string clears the field instead of failing the check."""

    def wrapped(text: str):
        return "" if not text.strip() else check(text)

    return wrapped
