"""Library sub-commands: import, list, tag, note, annotate, export, recognise, reparse.

Each opens the library (by default the app's own, so scripts and the app see
the same data), does one thing, and reports failures as one clear line on
stderr with a nonzero exit status, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.article_names import display_title
from reader.commands import exchange as exchange_commands
from reader.paths import default_library_path

if TYPE_CHECKING:
    from reader.ingest import ImportIdentity
    from reader.store.library import Library

EXIT_ERROR = 1


def _add_library_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--library",
        type=Path,
        default=None,
        metavar="PATH",
        help="library file (default: the app's own library in the user data folder)",
    )
    parser.add_argument(
        "--coder",
        default=None,
        metavar="NAME",
        help="who is coding: stored with every tag, note and annotation made (default: the OS user name); "
        "list and export --csv keep only this coder's work",
    )


def _library_path(args: argparse.Namespace) -> Path:
    # Resolved at run time, not at parser build time, so READER_DATA_DIR set later is honoured.
    return args.library if args.library is not None else default_library_path()


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_ERROR


def _with_library(
    action: Callable[[Library, argparse.Namespace], int], *, writes: bool = True, creates: bool = False
) -> Callable[[argparse.Namespace], int]:
    """Open the library for ``action`` and turn library errors into one line on stderr.

    A command that ``writes`` checks the file for damage first (SQLite's
    quick check), so none writes into a damaged library; one that only reads
    creates nothing where there is no library. Only ``creates`` commands
    (import) make a new library.
    """

    def handler(args: argparse.Namespace) -> int:
        # Imported here, not at the top: ``--help`` and argument errors need no store.
        from reader.store.errors import LibraryError
        from reader.store.library import Library

        try:
            with Library(_library_path(args), create=creates, verify=writes, coder=args.coder) as library:
                return action(library, args)
        except LibraryError as exc:
            return _fail(str(exc))

    return handler


# -- import -------------------------------------------------------------------


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _import_identity(args: argparse.Namespace) -> ImportIdentity:
    from reader.ingest import ImportIdentity

    return ImportIdentity.from_options(
        name_pattern=args.name_pattern, newspaper=args.newspaper, date=args.date, page=args.page, section=args.section
    )


def _import(library: Library, args: argparse.Namespace) -> int:
    from reader.ingest import page_files

    if args.qdpx is not None:
        if args.paths:
            return _fail("give either page files or --qdpx FILE, not both")
        status = exchange_commands.import_qdpx(library, args.qdpx)
        if status == 0 and not args.no_recognise:
            _recognise(library, args)
        return status
    if not args.paths:
        return _fail("nothing to import: give page files or folders, or --qdpx FILE")
    try:
        how = _import_identity(args)
    except ValueError as exc:
        return _fail(str(exc))
    files = page_files(args.paths)
    if not files:
        return _fail("no *.txt or *.pdf page files found in " + ", ".join(str(p) for p in args.paths))
    from reader.commands.import_pdf import PdfCounts, import_pdf
    from reader.commands.import_text import TextCounts, import_text
    from reader.ingest.importer import is_library_file, library_file_message
    from reader.ingest.pdf_files import copies_folder, is_pdf

    copy_folder = copies_folder(library.path) if args.copy_pdfs and library.path is not None else None
    text = TextCounts()
    pdf = PdfCounts()
    failed: list[str] = []
    for number, entry in enumerate(files, 1):
        prefix = f"[{number}/{len(files)}]"
        if is_library_file(library, entry):  # checked before anything opens it
            print(f"{prefix} {entry}: skipped, {library_file_message(entry)}", file=sys.stderr, flush=True)
            failed.append(str(entry))
            continue
        if is_pdf(entry):
            counts = import_pdf(library, entry, prefix, how, copy_folder)
            pdf.pages, pdf.articles, pdf.duplicates = pdf.pages + counts.pages, pdf.articles + counts.articles, pdf.duplicates + counts.duplicates
            if counts.failed:
                failed.append(str(entry))
            continue
        if not import_text(library, entry, prefix, how, text):
            failed.append(str(entry))
    # «imported 0 files and 6 PDF pages» reads as if nothing came in: name only what did.
    others = pdf.pages or pdf.duplicates or text.pages
    parts = [_plural(text.files, "file")] if text.files or not others else []
    if text.pages:
        parts.append(_plural(text.pages, "text page"))
    if pdf.pages or pdf.duplicates:
        parts.append(_plural(pdf.pages, "PDF page"))
    print(
        f"imported {' and '.join(parts)} with {_plural(text.articles + pdf.articles, 'article')}; "
        f"{text.duplicates + pdf.duplicates} already present; {len(failed)} failed",
        flush=True,
    )
    if failed:
        # Named again at the end: in a long run the skipped lines scroll away.
        print("skipped: " + ", ".join(failed), file=sys.stderr)
    if not args.no_recognise:
        _recognise(library, args)
    return EXIT_ERROR if failed else 0


# -- recognise ------------------------------------------------------------------


def _recognise(library: Library, args: argparse.Namespace) -> int:
    from reader.recognition import recognise_pending

    pending = library.recognition.count_pending()
    if not pending:
        # Said even when there is nothing to do, so a script (or a user) can tell it ran.
        print("recognised entities in 0 articles; 0 pending")
        return 0
    try:
        from reader.entities import Recogniser

        recogniser = Recogniser()
    except Exception as exc:  # noqa: BLE001 - articles stay pending; the app or a later run does them
        print(f"entity recognition unavailable ({exc}); {pending} article(s) left for later", file=sys.stderr)
        return EXIT_ERROR

    def progress(done: int, total: int) -> None:
        print(f"\rrecognising entities: {done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        done = recognise_pending(library, recogniser, progress=progress)
    finally:
        print(file=sys.stderr)
    left = library.recognition.count_pending()
    print(f"recognised entities in {_plural(done, 'article')}; {left} pending")
    return 0


# -- reparse ----------------------------------------------------------------------


def _reparse(library: Library, args: argparse.Namespace) -> int:
    from reader import parsing
    from reader.ingest.pdf_reparse import PdfRereader

    with PdfRereader() as read_pdf:  # pages from PDFs: read from the PDF again when it is there unchanged
        report = library.reparse(parsing.parse_page, read_pdf)  # the parser of this version of reader
    for failure in report["failed"]:
        print(f"skipped {failure}", file=sys.stderr)
    for kept in report["pdf_kept"]:
        print(f"kept {kept}", file=sys.stderr)
    print(
        f"re-parsed {report['sources']} page(s): {report['articles_changed']} article(s) changed, "
        f"{report['articles_added']} added, {report['articles_removed']} removed, "
        f"{report['articles_kept_stale']} kept though gone from their page (they hold your tags or notes)"
    )
    print(
        f"annotations: {report['annotations_kept']} kept, {report['annotations_moved']} moved, "
        f"{report['annotations_orphaned']} orphaned"
    )
    if report["annotations_orphaned"]:
        print("orphaned annotations are kept with their quote and note, marked as not found in the new text")
    failed_corrections = report.get("corrections_failed", [])
    if report.get("corrections_applied") or failed_corrections:
        print(f"your corrections: {report['corrections_applied']} applied again, {len(failed_corrections)} could not be")
    for failure in failed_corrections:
        print(f"  not applied (kept; see `corrections`): {failure}")
    if not args.no_recognise:
        _recognise(library, args)  # articles whose text changed lost the recogniser's entities
    return EXIT_ERROR if report["failed"] else 0


# -- list -----------------------------------------------------------------------


def _parse_entity(value: str) -> tuple[str, str]:
    from reader.labels import UnknownLabelError, parse_label

    # The full-width colon too: a Chinese input method types it after 人名.
    label, sep, text = value.replace("：", ":", 1).partition(":")
    if not sep or not label or not text:
        raise argparse.ArgumentTypeError("expected LABEL:TEXT, for example PER:赵晨然 or 人名:赵晨然")
    try:
        return parse_label(label), text
    except UnknownLabelError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _checked(field: str) -> Callable[[str], str | None]:
    """An argparse type: the value as the library stores it, or a clear error."""

    def check(text: str) -> str | None:
        from reader.identity import clean_value

        try:
            return clean_value(field, text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return check


def _list(library: Library, args: argparse.Namespace) -> int:
    ids = library.search.article_ids(
        args.search or "", tag=args.tag, entity=args.entity, coder=args.coder, limit=args.limit,
        newspaper=args.newspaper, section=args.section, page=args.page, date_from=args.date_from, date_to=args.date_to,
        sort=args.sort or "",
    )  # fmt: skip
    summaries = library.articles.summaries(ids)
    if args.json:
        rows = [
            {"id": s.id, "source": s.source, "title": s.title, "byline": s.byline, "newspaper": s.newspaper,
             "date": s.date, "page": s.page, "section": s.section}
            for s in summaries
        ]  # fmt: skip
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    from reader.terminal import for_terminal

    for s in summaries:
        # Tabs separate the columns: one inside a title would shift them.
        fields = (s.source, display_title(s.title), s.byline or "", s.date or "", s.newspaper or "", s.page or "", s.section or "")
        print("\t".join([str(s.id), *(for_terminal(f).replace("\t", " ") for f in fields)]))
    print(f"{len(summaries)} article(s)", file=sys.stderr)
    return 0


# -- tag, note, annotate ------------------------------------------------------------


def _tag(library: Library, args: argparse.Namespace) -> int:
    ids = [args.article] if args.article is not None else library.search.article_ids(args.search)
    if not ids:
        return _fail(f"no article matches «{args.search}»")
    if args.remove:
        library.tags.remove_many(ids, args.tag)
        print(f"removed tag «{args.tag}» from {len(ids)} article(s)")
    else:
        library.tags.add_many(ids, args.tag)
        print(f"tagged {len(ids)} article(s) «{args.tag}»")
    return 0


def _note(library: Library, args: argparse.Namespace) -> int:
    library.notes.set(args.article, args.text)
    print(f"note of article {args.article} {'saved' if args.text.strip() else 'removed'}")
    return 0


def _annotate(library: Library, args: argparse.Namespace) -> int:
    from reader.commands.annotate import PassageError, choose_passage, occurrences

    body = library.articles.get(args.article).body_text
    try:
        start, end = choose_passage(
            args.article, body, quote=args.quote, occurrence=args.occurrence, start=args.start, end=args.end
        )
    except PassageError as exc:
        return _fail(str(exc))
    annotation = library.annotations.add(args.article, start, end, tag=args.tag, note=args.note)
    where = ""
    if args.start is None:
        places = occurrences(body, body[start:end])
        if len(places) > 1:
            where = f" (occurrence {places.index(start) + 1} of {len(places)})"
    print(f"annotation {annotation.id}: article {annotation.article_id}, characters {annotation.start}–{annotation.end}{where}")
    return 0


# -- export ---------------------------------------------------------------------


def _export(library: Library, args: argparse.Namespace) -> int:
    from reader.export import export_annotations_csv

    if args.qdpx is not None:
        return exchange_commands.export_qdpx(library, args.qdpx)
    try:
        rows = export_annotations_csv(library, args.csv, coder=args.coder)
    except OSError as exc:
        return _fail(f"cannot write {args.csv}: {exc.strerror or exc}")
    print(f"wrote {rows} row(s) to {args.csv}")
    return 0


# -- registration -------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import",
        help="import page files, PDFs or folders of *.txt and *.pdf pages into the library",
        description="Import page files and PDFs, and folders of *.txt and *.pdf pages (recursively), printing "
        "a line per file (per page for a PDF: each PDF page is a page of its own) and a summary. A file or "
        "PDF page that cannot be read or parsed is reported and skipped; the others are imported all the "
        "same. A file imported before is recognised by its content and adds nothing.",
        epilog="Exit status: 0 when every file and page is in the library (imported now or before); 1 when "
        "one was skipped, when no *.txt or *.pdf file was found, or when the library cannot be written.",
    )
    p.add_argument("paths", nargs="*", type=Path, metavar="FILE_OR_FOLDER")
    p.add_argument("--qdpx", type=Path, default=None, metavar="FILE",
                   help="import a REFI-QDA project (.qdpx) instead: its codes, texts, selections and notes")
    p.add_argument("--no-recognise", action="store_true", help="skip entity recognition (run `recognise` later)")
    p.add_argument("--name-pattern", metavar="TEMPLATE", help="read identity from paths, e.g. '{newspaper}/{date:%%Y%%m%%d}/{page}.txt'")
    p.add_argument("--newspaper", metavar="NAME", help="the newspaper of every page imported")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the date of every page imported")
    p.add_argument("--page", metavar="LABEL", help="the page label of every page imported (3, A09)")
    p.add_argument("--section", metavar="NAME", help="the section of every page imported")
    p.add_argument("--copy-pdfs", action="store_true",
                   help="copy imported PDFs into the folder <library name>.pdfs beside the library")
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_import, creates=True))

    p = subparsers.add_parser("recognise", help="run entity recognition on articles that still need it")
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_recognise))

    p = subparsers.add_parser(
        "reparse",
        help="parse every stored page again with this version's parser, keeping annotations on their passages",
        description="Parse every stored page again with this version's parser. Annotations stay on their "
        "passage: kept where it still is, moved where its quote is found again, else marked orphaned "
        "(never dropped). Prints how many were kept, moved and orphaned. Exit status 1 when a page "
        "could not be parsed (the others are still re-parsed).",
    )
    p.add_argument("--no-recognise", action="store_true", help="skip entity recognition of changed articles")
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_reparse))

    p = subparsers.add_parser("list", help="list articles: id, source file, title, byline, date, newspaper, page, section")
    p.add_argument("--search", metavar="Q", help="only articles matching Q (公安 民警, 公安 OR 民警, -民警, \"a phrase\", title:…, byline:…)")
    p.add_argument("--tag", metavar="T", help="only articles tagged T")
    p.add_argument("--entity", type=_parse_entity, metavar="LABEL:TEXT", help="only articles naming this entity")
    p.add_argument("--from", dest="date_from", type=_checked("date"), metavar="DATE", help="only pages of this date or later")
    p.add_argument("--to", dest="date_to", type=_checked("date"), metavar="DATE", help="only pages of this date or earlier")
    p.add_argument("--newspaper", metavar="NAME", help="only pages of this newspaper")
    p.add_argument("--section", metavar="NAME", help="only pages of this section")
    p.add_argument("--page", type=_checked("page"), metavar="LABEL", help="only pages with this label (3, 第3版, A09)")
    p.add_argument("--sort", choices=("date", "-date", "newspaper", "page", "title"), help="order (default: import order)")
    p.add_argument("--limit", type=int, default=None, metavar="N", help="at most N articles")
    p.add_argument("--json", action="store_true", help="a JSON array of {id, source, title, byline, newspaper, date, page, section}")
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_list, writes=False))

    p = subparsers.add_parser("tag", help="tag articles (or remove a tag with --remove)")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--article", type=int, metavar="ID")
    which.add_argument("--search", metavar="Q", help="every article matching Q (the search syntax, see `list --search`)")
    p.add_argument("tag", metavar="TAG")
    p.add_argument("--remove", action="store_true")
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_tag))

    p = subparsers.add_parser("note", help="set an article's note (an empty TEXT removes it)")
    p.add_argument("--article", type=int, required=True, metavar="ID")
    p.add_argument("text", metavar="TEXT")
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_note))

    p = subparsers.add_parser(
        "annotate",
        help="annotate a passage of an article, by its text or by its offsets",
        description="Annotate a passage: the first place --quote occurs, the N-th with --occurrence N "
        "(1-based, overlapping places counted), or the code points --start to --end of the article's "
        "body text (with --quote they must hold that text).",
    )
    p.add_argument("--article", type=int, required=True, metavar="ID")
    p.add_argument("--quote", metavar="TEXT", help="the passage's text")
    p.add_argument("--occurrence", type=int, metavar="N", help="annotate the N-th place the quote occurs (default 1)")
    p.add_argument("--start", type=int, metavar="S", help="first code point of the passage in the body text")
    p.add_argument("--end", type=int, metavar="E", help="code point after the passage's last")
    p.add_argument("--tag", metavar="T")
    p.add_argument("--note", metavar="N")
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_annotate))

    p = subparsers.add_parser(
        "export", help="write every tag, note and annotation to a CSV file, or the library as a REFI-QDA project"
    )
    to = p.add_mutually_exclusive_group(required=True)
    to.add_argument("--csv", type=Path, metavar="OUT")
    to.add_argument("--qdpx", type=Path, metavar="OUT.qdpx", help="a REFI-QDA project for MAXQDA, ATLAS.ti, NVivo, QualCoder")
    _add_library_option(p)
    p.set_defaults(handler=_with_library(_export, writes=False))

    exchange_commands.register(subparsers, _add_library_option, _with_library)
