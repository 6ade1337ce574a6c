"""``import FILE.pdf``: every page of a PDF imported as a page of its own, one line per page."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass
class PdfCounts:
    pages: int = 0  # pages imported now
    articles: int = 0
    duplicates: int = 0  # pages that were in the library already
    failed: int = 0  # pages refused (or 1 for a file that could not be opened)


def import_pdf(library, path: Path, prefix: str, how, copy_folder: Path | None) -> PdfCounts:
    """Import one PDF printing a line per page (stdout; refused pages on stderr); LibraryError stops it."""
    from reader.ingest.errors import IngestError
    from reader.ingest.pdf_pages import import_pdf_pages, page_name

    counts = PdfCounts()
    try:
        for event in import_pdf_pages(library, path, how, copy_folder):
            where = f"{prefix} {page_name(path, event.index)}"
            if event.error is not None:
                counts.failed += 1
                print(f"{where}: skipped, {event.error}", file=sys.stderr, flush=True)
            elif event.result.duplicate:
                counts.duplicates += 1
                print(f"{where}: already in the library", flush=True)
            else:
                counts.pages += 1
                counts.articles += len(event.result.article_ids)
                n = len(event.result.article_ids)
                found = (f"{n} article" if n == 1 else f"{n} articles") if n else "no articles found on this page"
                print(f"{where}: {found}", flush=True)
                for note in event.result.notes:
                    print(f"    note: {note}", flush=True)
    except IngestError as exc:
        counts.failed += 1
        print(f"{prefix} {path}: skipped, {exc}", file=sys.stderr, flush=True)
    return counts
