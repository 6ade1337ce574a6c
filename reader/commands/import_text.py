"""``import FILE.txt``: a text page file, or every page of a file of many (form feeds between them)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class TextCounts:
    files: int = 0  # one-page files imported now
    pages: int = 0  # pages of files of many pages imported now
    articles: int = 0
    duplicates: int = 0  # files or pages that were in the library already


def _found(result) -> str:
    n = len(result.article_ids)
    return (f"{n} article" if n == 1 else f"{n} articles") if n else "no articles found on this page"


def _problem(exc: Exception, path: Path) -> str:
    """The error's message without the file name the progress line already shows."""
    message = str(exc) or type(exc).__name__
    for shown in (str(path), path.name):
        if message.startswith(shown + ": "):
            return message[len(shown) + 2 :]
    return message


def import_text(library, path: Path, prefix: str, how, counts: TextCounts) -> bool:
    """Import one text file into ``counts``, printing a line per page (stdout; refused pages on
    stderr); False when the file or a page of it was refused. LibraryError (the library is
    full, locked, damaged) propagates and stops the import."""
    from reader.ingest.text_pages import import_text_pages, text_page_name
    from reader.store.errors import LibraryError

    failed = False
    try:
        for event in import_text_pages(library, path, how):
            # stdout is flushed line by line, so with 2>&1 these lines land in order.
            where = f"{prefix} {text_page_name(path, event.number) if event.number else path}"
            if event.error is not None:
                failed = True
                print(f"{where}: skipped, {event.error}", file=sys.stderr, flush=True)
                continue
            result = event.result
            if result.duplicate:
                counts.duplicates += 1
                print(f"{where}: already in the library", flush=True)
                continue
            if event.number:
                counts.pages += 1
            else:
                counts.files += 1
            counts.articles += len(result.article_ids)
            print(f"{where}: {_found(result)}", flush=True)
            for note in result.notes:
                print(f"    note: {note}", flush=True)
    except LibraryError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bad page file is reported and skipped
        failed = True
        print(f"{prefix} {path}: skipped, {_problem(exc, path)}", file=sys.stderr, flush=True)
    return not failed
