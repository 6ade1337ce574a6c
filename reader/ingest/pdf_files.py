"""PDF files as files: telling one, hashing it, its metadata, and reader's own copy beside the library."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from reader import identity
from reader.ingest.errors import IngestError
from reader.model import PageMeta

_CHUNK = 1 << 20
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def is_pdf(path: str | Path) -> bool:
    """A file named *.pdf, or one starting with ``%PDF-`` whatever its name (as ``parse`` decides)."""
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        return True
    try:
        with open(path, "rb") as handle:
            return handle.read(5) == b"%PDF-"
    except OSError:
        return False


def file_sha256(path: str | Path) -> str:
    """Hex SHA-256 of the file's bytes: the PDF wherever it is, under any name."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass(frozen=True, slots=True)
class PdfMetadata:
    title: str | None
    created: str | None  # ISO date, when the PDF gives a possible one
    labels: tuple[str, ...]  # each page's label as the PDF defines it ("" where none)


def read_metadata(path: str | Path, page_count: int) -> PdfMetadata:
    """Title, creation date and page labels; what cannot be read is left out (metadata is a hint)."""
    from reader.pdf_lock import PDFIUM_LOCK

    with PDFIUM_LOCK:
        return _read_metadata(path, page_count)


def _read_metadata(path: str | Path, page_count: int) -> PdfMetadata:
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError):
        return PdfMetadata(None, None, ())
    try:
        try:
            info = document.get_metadata_dict()
        except pdfium.PdfiumError:
            info = {}
        labels = []
        for index in range(page_count):
            try:
                labels.append(document.get_page_label(index) or "")
            except pdfium.PdfiumError:
                labels.append("")
    finally:
        document.close()
    title = (info.get("Title") or "").strip() or None
    return PdfMetadata(title, _iso_date(info.get("CreationDate") or ""), tuple(labels))


def _iso_date(text: str) -> str | None:
    match = _PDF_DATE.match(text.strip())
    if not match or not match.group(2) or not match.group(3):
        return None
    try:
        return identity.clean_value("date", f"{match.group(1)}-{match.group(2)}-{match.group(3)}")
    except ValueError:
        return None


def metadata_meta(metadata: PdfMetadata, index: int, page_count: int) -> PageMeta:
    """What the PDF says about page ``index`` (origin "pdf"): its title read as a band line, its
    creation date, and the page's label (else its number, when the PDF holds more than one page)."""
    values: dict[str, object] = {}
    if metadata.title:
        from_title, _problems = identity.read_bands([metadata.title], [])
        fields = ("newspaper", "date", "section", "issue", "cn") + (("page",) if page_count == 1 else ())
        values.update({f: getattr(from_title, f) for f in fields if getattr(from_title, f)})
    if "date" not in values and metadata.created:
        values["date"] = metadata.created
    label = metadata.labels[index] if index < len(metadata.labels) else ""
    if "page" not in values:
        page = _clean_page(label) or (str(index + 1) if page_count > 1 else None)
        if page:
            values["page"] = page
    if "page" in values:
        values["page_number"] = identity.page_number(values["page"])
    return PageMeta(**values, origins={f: "pdf" for f, v in values.items() if v is not None})


def _clean_page(label: str) -> str | None:
    try:
        return identity.clean_value("page", label) if label.strip() else None
    except ValueError:
        return None


# -- reader's own copies ----------------------------------------------------------------------------------


def copies_folder(library_path: str | Path) -> Path:
    """``<library name>.pdfs/`` beside the library file (``reader.db`` -> ``reader.pdfs/``)."""
    library_path = Path(library_path)
    return library_path.with_name(library_path.stem + ".pdfs")


def copy_into(folder: Path, source: Path, sha256: str) -> tuple[Path, bool]:
    """(the copy of ``source`` in ``folder``, whether it was written now).

    Named as the original; when another file has that name there, the name
    gets the start of the hash. The copy is written to a temporary file,
    checked against ``sha256`` and renamed into place, so a half-written copy
    never has the final name. IngestError when it cannot be written.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name in (source.name, f"{source.stem}-{sha256[:12]}{source.suffix or '.pdf'}"):
            target = folder / name
            if not target.exists():
                break
            if file_sha256(target) == sha256:
                return target, False
        digest = hashlib.sha256()
        handle, temporary = tempfile.mkstemp(prefix=".copy-", suffix=".pdf", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out, open(source, "rb") as src:
                while chunk := src.read(_CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != sha256:
                raise IngestError(f"{source}: the file changed while it was being imported; import it again")
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise IngestError(f"{source}: could not be copied into {folder} ({exc.strerror or exc})") from None
    return target, True


def with_path(facts, path: Path, copied: bool):
    return replace(facts, path=str(path), copied=copied)
