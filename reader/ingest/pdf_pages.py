"""Importing a PDF: each of its pages read from the layout and stored as a newspaper page of its own.

    import_pdf_pages(library, path, how=None, copy_folder=None) -> Iterator[PdfPageEvent]

yields one event per page, in page order, as each is stored (or found to be
there already, or refused with the reason); a consumer shows progress from
``index``/``count`` and cancels by no longer iterating. A file that cannot
be opened at all raises IngestError naming it before any page. Each page is
stored whole in its own transaction or not at all.

A page is there already when this page of this very file (by content hash)
was imported before — known without reading it — or when a page with the
same text in reading order is (the same page in another file). Importing a
file the library knows from a place where it has gone missing records the
new place.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from reader import identity
from reader.ingest.errors import IngestError
from reader.ingest.identity import ImportIdentity, identify
from reader.ingest.pdf_files import PdfMetadata, copy_into, file_sha256, metadata_meta, read_metadata, with_path
from reader.model import Page, PageMeta
from reader.pdf_lock import PDFIUM_LOCK
from reader.store.keys import text_key
from reader.store.records import ImportResult, PdfFileFacts


@dataclass(slots=True)
class PdfPageEvent:
    path: Path
    index: int  # 0-based
    count: int  # pages in the file
    result: ImportResult | None = None
    error: str | None = None  # the reason the page was not imported, naming the file and page
    kind: str | None = None  # the PdfError kind of that reason

    @property
    def number(self) -> int:
        return self.index + 1


def page_name(path: Path, index: int) -> str:
    """How the library names a page of a PDF: the file name and the page (RFC 8118's fragment)."""
    return f"{path.name}#page={index + 1}"


def read_pdf_page(pdf, index: int) -> Page:
    """Page ``index`` of an open reader.pdf.PdfFile, its header and footer bands read into its identity."""
    with PDFIUM_LOCK:
        read = pdf.read(index)
    read_band_identity(read.page)
    return read.page


def read_band_identity(page: Page) -> None:
    """Sets ``page.meta`` (origin "header") and ``page.meta_problems`` from the header and footer
    bands the layout reader found on a PDF page."""
    bands = page.layout.bands
    header = [b.text for b in bands if b.band == "header"]
    footer = [b.text for b in bands if b.band == "footer"]
    page.meta, problems = identity.read_bands(header, footer)
    # The reading-order text starts with the header lines and ends with the footer lines.
    lines = len(page.layout.lines)
    at = lambda n: n if n < len(header) else lines - len(footer) + (n - len(header))  # noqa: E731
    page.meta_problems = [replace(p, line_no=at(p.line_no)) if p.line_no is not None else p for p in problems]


def pdf_page_identity(
    page: Page, path: Path, metadata: PdfMetadata, index: int, page_count: int, how: ImportIdentity | None = None
) -> tuple[list[PageMeta], list[str]]:
    """What each origin says about page ``index`` of the PDF at ``path`` (its bands, already read by
    read_pdf_page; the file name; the import's options; the PDF's metadata), and the notes for the report."""
    return identify(
        page, path, how, pdf=metadata_meta(metadata, index, page_count), name_gives_page=page_count == 1
    )  # fmt: skip


def import_pdf_pages(
    library, path: str | Path, how: ImportIdentity | None = None, copy_folder: Path | None = None
) -> Iterator[PdfPageEvent]:
    from reader.pdf import PdfError, PdfFile

    path = Path(path)
    resolved = path.resolve()
    try:
        with PDFIUM_LOCK:
            pdf = PdfFile(path)
    except PdfError as exc:
        raise IngestError(str(exc)) from None
    copied_now: Path | None = None
    stored = 0
    pages_here: list[int] = []  # the file's pages in the library
    try:
        try:
            sha256 = file_sha256(path)
        except OSError as exc:
            raise IngestError(f"{path}: could not be read ({exc.strerror or exc})") from None
        metadata = read_metadata(path, pdf.page_count)
        facts = PdfFileFacts(
            sha256, resolved.stat().st_size, pdf.page_count, str(resolved), str(resolved), False, metadata.title,
            metadata.created,
        )  # fmt: skip
        known = library.pdfs.file_by_hash(sha256)
        if known is not None and not Path(known.path).is_file():
            # The library's copy of this file went missing: here it is again.
            library.pdfs.relocate(known.id, str(resolved))
            known = library.pdfs.file_by_hash(sha256)
        for index in range(pdf.page_count):
            event = PdfPageEvent(path, index, pdf.page_count)
            name = page_name(path, index)
            there = library.pdfs.known_page(sha256, index, name)
            if there is not None:
                pages_here.append(there.source_id)
                event.result = there
                yield event
                continue
            try:
                page = read_pdf_page(pdf, index)
            except PdfError as exc:
                event.error, event.kind = str(exc), exc.kind
                yield event
                continue
            if known is None and copy_folder is not None and copied_now is None:
                target, written = copy_into(copy_folder, path, sha256)
                copied_now = target if written else copied_now
                facts = with_path(facts, target, True)
            metas, notes = pdf_page_identity(page, resolved, metadata, index, pdf.page_count, how)
            result = library.pdfs.add(
                name, page, pdf=known or facts, page_index=index, content_key=text_key(page.layout.text), identity=metas
            )
            if not result.duplicate:
                stored += 1
                result.notes.extend(notes)
                known = known or library.pdfs.file_by_hash(sha256)
            pages_here.append(result.source_id)
            event.result = result
            yield event
        if stored:
            # An issue's inner pages seldom print the masthead: they take what the others agree on.
            library.identity.share_across_issue(pages_here)
    finally:
        with PDFIUM_LOCK:
            pdf.close()
        if copied_now is not None and stored == 0:
            copied_now.unlink(missing_ok=True)  # no page kept: no copy either


def pdf_page_count(path: Path) -> int:
    """Pages of a PDF for progress (1 when it cannot be opened: the import then reports it)."""
    from reader.pdf import PdfError, PdfFile

    try:
        with PDFIUM_LOCK, PdfFile(path) as pdf:
            return pdf.page_count
    except PdfError:
        return 1


_PLURAL_VERBS = (("has ", "have "), ("uses ", "use "), ("does not ", "do not "), ("is ", "are "), ("could ", "could "))


def summarise_page_errors(path: Path, events: list[PdfPageEvent]) -> list[str]:
    """The refused pages of one file, one message per reason: «pages 2–4, 7 of issue.pdf have no text layer …»."""
    by_detail: dict[str, list[int]] = {}
    messages: dict[str, str] = {}
    for event in events:
        if event.error is None:
            continue
        detail = event.error.split(f" of {path.name} ", 1)[-1] if event.error.startswith("page ") else event.error
        by_detail.setdefault(detail, []).append(event.number)
        messages.setdefault(detail, event.error)
    out = []
    for detail, numbers in by_detail.items():
        if len(numbers) == 1:
            out.append(messages[detail])
            continue
        verb = next(((one, many) for one, many in _PLURAL_VERBS if detail.startswith(one)), ("", ""))
        plural = verb[1] + detail[len(verb[0]) :] if verb[0] else detail
        out.append(f"pages {_ranges(numbers)} of {path.name} {plural}")
    return out


def _ranges(numbers: list[int]) -> str:
    parts, start, prev = [], numbers[0], numbers[0]
    for n in numbers[1:] + [None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        parts.append(str(start) if start == prev else f"{start}–{prev}")
        if n is not None:
            start = prev = n
    return ", ".join(parts)
