"""Importing files into a library: read, skip what is there already, parse, store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from reader.ingest.identity import ImportIdentity
from reader.ingest.text_pages import decode_text_page, parse_text_page
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
    text, encoding, key = decode_text_page(path)
    # Checked before parsing, so that re-importing a folder is cheap.
    known = library.pages.known(key, str(path))
    if known is not None:
        return known
    read = parse_text_page(path, text, encoding, key, how)
    result = library.pages.add(
        read.name, read.page, path=read.path, content_key=read.content_key, raw_text=read.raw_text,
        encoding=read.encoding, identity=read.identity,
    )  # fmt: skip
    if not result.duplicate:
        result.notes.extend(read.notes)
    return result


def import_files(
    library,
    paths: Sequence[Path],
    progress: Callable[[int, int, str], None] = lambda done, total, name: None,
    cancelled: Callable[[], bool] = lambda: False,
    how: ImportIdentity | None = None,
) -> ImportReport:
    """Import files one by one; a bad file is recorded and the others go on.

    A LibraryError (the library is full, locked, damaged) stops the import:
    it is about the library, not about the file, and the next file would fail
    the same way.
    """
    report = ImportReport()
    total = len(paths)
    for done, path in enumerate(paths):
        if cancelled():
            report.cancelled = True
            break
        progress(done, total, path.name)
        try:
            report.results.append(import_file(library, path, how))
        except LibraryError as error:
            report.errors.append((str(path), str(error)))
            break
        except Exception as error:  # noqa: BLE001 - any failure is one bad file, reported by name
            report.errors.append((str(path), str(error) or type(error).__name__))
    else:
        progress(total, total, "")
    return report
