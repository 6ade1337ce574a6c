"""Commands that look across the archive: kwic, stats, cooccur, alias.

Each reads the library through the core (reader.store) and prints a table
as tab-separated text (default), JSON (--json) or CSV (--csv: the export's
rules, UTF-8 with a BOM, every field quoted, formulas defused).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Sequence

from reader import analysis_tables as tables
from reader.commands.library import _add_library_option, _checked, _fail, _with_library
from reader.export import neutralise
from reader.labels import parse_label
from reader.store.concordance import DEFAULT_WIDTH, KwicSource, sort_rows
from reader.store.library import Library
from reader.store.search import ArticleFilter


def _label(text: str) -> str:
    try:
        return parse_label(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _entity(value: str) -> tuple[str, str]:
    label, sep, text = value.partition(":")
    if not sep or not label or not text:
        raise argparse.ArgumentTypeError("expected LABEL:TEXT, for example PER:赵晨然 or person:赵晨然")
    return _label(label), text


def _add_filters(p: argparse.ArgumentParser, *, tag: bool = True, entity: bool = True) -> None:
    if tag:
        p.add_argument("--tag", metavar="T", help="only articles tagged T")
    if entity:
        p.add_argument("--entity", type=_entity, metavar="LABEL:TEXT", help="only articles naming this entity")
    p.add_argument("--from", dest="date_from", type=_checked("date"), metavar="DATE", help="only pages of this date or later")
    p.add_argument("--to", dest="date_to", type=_checked("date"), metavar="DATE", help="only pages of this date or earlier")
    p.add_argument("--newspaper", metavar="NAME", help="only pages of this newspaper")
    p.add_argument("--section", metavar="NAME", help="only pages of this section")
    p.add_argument("--page", type=_checked("page"), metavar="LABEL", help="only pages with this label (3, 第3版, A09)")


def _add_format(p: argparse.ArgumentParser) -> None:
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="a JSON array of objects")
    out.add_argument("--csv", action="store_true", help="CSV (UTF-8 with a BOM, every field quoted) on standard output")


def _filter(args: argparse.Namespace, query: str = "") -> ArticleFilter:
    return ArticleFilter(
        query=query, tag=getattr(args, "tag", None), entity=getattr(args, "entity", None),
        newspaper=args.newspaper, section=args.section, page=args.page, date_from=args.date_from, date_to=args.date_to,
    )  # fmt: skip


def _print_table(args: argparse.Namespace, columns: Sequence[str], rows: Iterable[Sequence]) -> int:
    if args.json:
        json.dump(tables.as_dicts(columns, rows), sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if args.csv:
        out = sys.stdout
        if hasattr(out, "buffer"):
            out.flush()
            out.buffer.write("\ufeff".encode("utf-8"))
            out.buffer.flush()
        writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([neutralise(v) for v in row])
        return 0
    print("\t".join(columns))
    for row in rows:
        print("\t".join("" if v is None else str(v) for v in row))
    return 0


# -- kwic --------------------------------------------------------------------------------


def _kwic(library: Library, args: argparse.Namespace) -> int:
    source = KwicSource(entity=args.entity_spans, tag=args.passages)
    if source == KwicSource() and not (args.query or "").strip():
        return _fail("give a QUERY, --entity-spans LABEL:TEXT or --passages TAG")
    f = _filter(args, args.query or "")
    order = args.sort if args.sort in ("date", "newspaper") else "date"
    rows = list(library.concordance.rows(f, source=source, width=args.width, order=order))
    rows = sort_rows(rows, args.sort)
    articles = len({r.article_id for r in rows})
    print(f"{len(rows)} hit(s) in {articles} article(s)", file=sys.stderr)
    return _print_table(args, tables.KWIC_COLUMNS, tables.kwic_rows(rows))


# -- stats ---------------------------------------------------------------------------------


def _stats(library: Library, args: argparse.Namespace) -> int:
    measures = [m for m in (args.query, args.tag, args.entity) if m]
    if len(measures) > 1:
        return _fail("give one of --query, --tag, --entity")
    measure = None
    if args.query:
        measure = ArticleFilter(query=args.query)
    elif args.tag:
        measure = ArticleFilter(coded=(args.tag,))
    elif args.entity:
        measure = ArticleFilter(entity=args.entity)
    # stats' --tag and --entity name the measure; as filters they would make every article a match.
    base = _filter(args, args.search or "").with_(tag=None, entity=None)
    rows = library.statistics.counts(args.by, base, measure)
    measured = measure is not None
    missing = "" if args.json or args.csv else tables.missing_key_label(args.by)
    return _print_table(args, tables.count_columns(args.by, measured), tables.count_rows(rows, measured, missing))


# -- cooccur ---------------------------------------------------------------------------------


def _cooccur(library: Library, args: argparse.Namespace) -> int:
    f = _filter(args, args.search or "")
    pairs = library.statistics.cooccurrence(args.label, args.with_label, f, top=args.top)
    if args.measure != "count":
        pairs.sort(key=lambda p: (-getattr(p, args.measure), -p.together))
    return _print_table(args, tables.PAIR_COLUMNS, tables.pair_rows(pairs))


# -- alias ------------------------------------------------------------------------------------


def _alias(library: Library, args: argparse.Namespace) -> int:
    if args.list:
        rows = [(a.label, a.text, a.to_label, a.to_text) for a in library.aliases.all()]
        return _print_table(args, ("label", "text", "counts_as_label", "counts_as"), rows)
    if args.suggest:
        from reader.alias_suggestions import suggest

        labels = [args.label] if args.label else ["PER", "LOC", "ORG"]
        found = []
        for label in labels:
            entries = [(e.text, e.article_count) for e in library.entities.index(label)]
            found += suggest(label, entries)
        rows = [(s.label, s.variant, s.canonical, s.reason, s.variant_articles, s.canonical_articles) for s in found]
        return _print_table(args, ("label", "variant", "canonical", "reason", "variant_articles", "canonical_articles"), rows)
    if not args.label or not args.source:
        return _fail("give --label and --from (or --list, --suggest)")
    chosen = [x for x in (args.to, args.type, args.remove or None) if x]
    if len(chosen) != 1:
        return _fail("give one of --to NAME, --type LABEL, --remove")
    if args.remove:
        library.aliases.remove(args.label, args.source)
        print(f"{args.label} «{args.source}» counts as itself again")
    elif args.type:
        library.aliases.change_type(args.label, args.source, args.type)
        print(f"{args.label} «{args.source}» counts as {args.type} from now on")
    else:
        library.aliases.merge(args.label, [args.source], args.to)
        label, text = library.aliases.canonical(args.label, args.to)
        count = next((e.article_count for e in library.entities.index(label) if e.text == text), 0)
        print(f"{args.label} «{args.source}» merged into {label} «{text}» ({count} article(s))")
    return 0


# -- registration --------------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "kwic",
        help="concordance: every hit of a query with its left and right context",
        description="One row per hit: left context, hit, right context, with the article's date, newspaper and "
        "title. QUERY is in the search syntax (see `list --search`); with --entity-spans or --passages the hits "
        "are an entity's mentions or a tag's passages instead. The number of hits and articles goes to stderr.",
    )
    p.add_argument("query", nargs="?", metavar="QUERY")
    p.add_argument("--width", type=int, default=DEFAULT_WIDTH, metavar="N", help="characters of context on each side (default 20)")
    p.add_argument("--sort", choices=("date", "newspaper", "left", "right"), default="date",
                   help="left: the left context read backwards from the hit; right: the hit and what follows")  # fmt: skip
    which = p.add_mutually_exclusive_group()
    which.add_argument("--entity-spans", type=_entity, metavar="LABEL:TEXT", help="the mentions of this entity (and its variants)")
    which.add_argument("--passages", metavar="TAG", help="the passages annotated with this tag")
    _add_filters(p)
    _add_format(p)
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_kwic, writes=False))

    p = subparsers.add_parser(
        "stats",
        help="articles per month, quarter, year, newspaper or section; with a query, tag or entity counted in them",
    )
    p.add_argument("--by", required=True, choices=("month", "quarter", "year", "newspaper", "section"))
    p.add_argument("--query", metavar="Q", help="also count the articles matching Q (and per 1,000 articles)")
    p.add_argument("--tag", metavar="T", help="also count the articles coded with T (tagged, or a passage tagged)")
    p.add_argument("--entity", type=_entity, metavar="LABEL:TEXT", help="also count the articles naming this entity")
    p.add_argument("--search", metavar="Q", help="only articles matching Q")
    _add_filters(p, tag=False, entity=False)
    _add_format(p)
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_stats, writes=False))

    p = subparsers.add_parser(
        "cooccur",
        help="entities named in the same articles: counts, PMI and Dice for pairs of the most named",
    )
    p.add_argument("--label", required=True, type=_label, metavar="LABEL", help="PER, LOC, ORG, TIME, NUM, WORK or a word (person, place …)")
    p.add_argument("--with", dest="with_label", type=_label, metavar="LABEL", help="pairs with entities of this type (default: the same)")
    p.add_argument("--top", type=int, default=50, metavar="N", help="the N most named entities of each type (default 50)")
    p.add_argument("--measure", choices=("count", "pmi", "dice"), default="count", help="order of the pairs (default: count)")
    p.add_argument("--search", metavar="Q", help="only articles matching Q")
    _add_filters(p)
    _add_format(p)
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_cooccur, writes=False))

    p = subparsers.add_parser(
        "alias",
        help="merge an entity's variant into its canonical name, or give an entity another type",
        description="`alias --label ORG --from 赛罕分局 --to 呼和浩特市公安局赛罕分局` counts every mention of the "
        "variant as the canonical entity (counts, filters, charts, the concordance). --type gives the entity "
        "(and its variants) another type; --remove undoes an alias; --list and --suggest show aliases and "
        "likely variants.",
    )
    p.add_argument("--label", type=_label, metavar="LABEL")
    p.add_argument("--from", dest="source", metavar="TEXT", help="the entity as recognised")
    p.add_argument("--to", metavar="NAME", help="the canonical name it counts as")
    p.add_argument("--type", type=_label, metavar="LABEL", help="the type it counts as")
    p.add_argument("--remove", action="store_true", help="it counts as itself again")
    p.add_argument("--list", action="store_true", help="list every alias")
    p.add_argument("--suggest", action="store_true", help="list likely variants (containment, known short forms)")
    _add_format(p)
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_alias, writes=True))
