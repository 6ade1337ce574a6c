"""Importing files into a library: read, skip what is there already, parse, store."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.ingest.errors import IngestError
from reader.ingest.identity import ImportIdentity
from reader.ingest.pdf_files import is_pdf
from reader.ingest.pdf_pages import PdfPageEvent, import_pdf_pages, page_name, pdf_page_count, summarise_page_errors
from reader.ingest.text_pages import TextPageEvent, decode_text_file, import_text_pages, many_pages_message, text_page_name
from reader.store.errors import LibraryError
from reader.store.records import ImportResult


@dataclass
class ImportReport:
    results: list[ImportResult] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (file, message)
    cancelled: bool = False

    @property
    def article_ids(self) -> list[int]:
        return [i for r in self.results for i in r.article_ids]

    @property
    def duplicates(self) -> list[str]:
        return [r.path for r in self.results if r.duplicate]


def import_file(library, path: str | Path, how: ImportIdentity | None = None) -> ImportResult:
    """Import one page file; the same content twice (in any encoding) adds nothing.

    ``how`` adds a name template and values given for the whole import to
    what the page's header and file name say about its identity. Raises
    IngestError (naming the file) for a file that cannot be a page; nothing
    is written then.
    """
    path = Path(path)
    if is_library_file(library, path):
        raise IngestError(library_file_message(path))
    if is_pdf(path):
        raise IngestError(f"{path}: is a PDF; import it with import_files (each page is a page of its own)")
    decoded = decode_text_file(path)
    if len(decoded.pages) > 1:
        raise IngestError(many_pages_message(path, len(decoded.pages)))
    return next(import_text_pages(library, path, how, decoded)).result


_LIBRARY_SIDE_FILES = ("", "-wal", "-shm", "-journal")


def is_library_file(library, path: Path) -> bool:
    """Is ``path`` the library itself or its -wal/-shm/-journal? Decided by stat alone: opening
    (and closing) one of them would drop this process's SQLite locks on the library."""
    own = getattr(library, "path", None)
    if own is None:
        return False
    for suffix in _LIBRARY_SIDE_FILES:
        side = Path(str(own) + suffix)
        try:
            if os.path.samefile(side, path):
                return True
        except OSError:
            continue  # not there
    return False


def library_file_message(path: Path) -> str:
    return f"{path} is this library's own file, not a page; it was not read"


def import_files(
    library,
    paths: Sequence[Path],
    progress: Callable[[int, int, str], None] = lambda done, total, name: None,
    cancelled: Callable[[], bool] = lambda: False,
    how: ImportIdentity | None = None,
    copy_folder: Path | None = None,
) -> ImportReport:
    """Import files one by one; a bad file (or a bad page of a PDF) is recorded and the others go on.

    Progress counts pages: a text file is one, a PDF as many as it has
    (``name`` is then «issue.pdf#page=3»; a text file of many pages names
    each as it goes, «issue.txt#page=3»); cancelling stops between pages.
    ``copy_folder``: where PDFs are copied to keep the library
    self-contained (reader.ingest.pdf_files.copies_folder), or None.

    A LibraryError (the library is full, locked, damaged) stops the import:
    it is about the library, not about the file, and the next file would fail
    the same way.
    """
    report = ImportReport()
    own = [path for path in paths if is_library_file(library, path)]
    for path in own:
        report.errors.append((str(path), library_file_message(path)))
    paths = [path for path in paths if path not in own]
    counts = [pdf_page_count(path) if is_pdf(path) else 1 for path in paths]
    total = sum(counts)
    done = 0
    for path, count in zip(paths, counts):
        if cancelled():
            report.cancelled = True
            break
        progress(done, total, path.name)
        try:
            if is_pdf(path):
                events = _import_pdf(library, path, how, copy_folder, report, lambda i, n: progress(done + i, total, n), cancelled)
                if report.cancelled:
                    break
                for message in summarise_page_errors(path, events):
                    report.errors.append((str(path), message))
            else:
                _import_text(library, path, how, report, lambda name: progress(done, total, name), cancelled)
                if report.cancelled:
                    break
        except LibraryError as error:
            report.errors.append((str(path), str(error)))
            break
        except Exception as error:  # noqa: BLE001 - any failure is one bad file, reported by name
            report.errors.append((str(path), str(error) or type(error).__name__))
        done += count
    else:
        progress(total, total, "")
    return report


def _import_pdf(library, path: Path, how, copy_folder, report: ImportReport, progress, cancelled) -> list[PdfPageEvent]:
    events: list[PdfPageEvent] = []
    pages = import_pdf_pages(library, path, how, copy_folder)
    try:
        for event in pages:
            events.append(event)
            if event.result is not None:
                report.results.append(event.result)
            if cancelled():
                report.cancelled = True
                break
            progress(event.number, page_name(path, event.index + 1) if event.number < event.count else path.name)
    finally:
        pages.close()  # a copy no page kept is removed
    return events


def _import_text(library, path: Path, how, report: ImportReport, progress, cancelled) -> None:
    events: list[TextPageEvent] = []
    for event in import_text_pages(library, path, how):
        events.append(event)
        if event.result is not None:
            report.results.append(event.result)
        if event.count > 1:
            if cancelled():
                report.cancelled = True
                break
            progress(text_page_name(path, event.number + 1) if event.number < event.count else path.name)
    for message in summarise_page_errors(path, events):
        report.errors.append((str(path), message))
