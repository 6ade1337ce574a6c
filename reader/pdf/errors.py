"""One error class for every way a PDF (or one of its pages) cannot be read."""

from __future__ import annotations

import os
from typing import Literal

PdfErrorKind = Literal[
    "missing",  # no such file, or not readable
    "damaged",  # not a PDF, truncated or corrupt
    "encrypted",  # needs a password
    "scanned",  # a page with no text layer
    "no_unicode",  # fonts without a Unicode map: the text would be garbage
    "not_newspaper",  # text, but not laid out as a newspaper page
    "empty",  # a PDF without pages
]


class PdfError(Exception):
    """A PDF, or one page of it, that reader cannot read; the message names the file (and page).

    ``kind`` says why (see PdfErrorKind); ``page`` is the 1-based page number,
    or None when the whole file is affected.
    """

    def __init__(self, path: str | os.PathLike[str], kind: PdfErrorKind, detail: str, page: int | None = None, pages: int | None = None):
        self.path = os.fspath(path)
        self.kind = kind
        self.page = page
        self.pages = pages
        self.detail = detail
        name = os.path.basename(self.path) or self.path
        where = f"page {page} of {name}" if page is not None else name
        super().__init__(f"{where} {detail}")


def scanned(path, page: int, pages: int) -> PdfError:
    return PdfError(path, "scanned", "has no text layer (a scan); reader reads PDFs that contain text", page, pages)


def no_unicode(path, page: int, pages: int, share: float) -> PdfError:
    return PdfError(
        path, "no_unicode",
        f"uses fonts without a Unicode map ({share:.0%} of its characters are unmapped or private-use codes); "
        "its text cannot be read reliably, so nothing was taken from it",
        page, pages,
    )


def not_newspaper(path, page: int, pages: int, why: str) -> PdfError:
    return PdfError(path, "not_newspaper", f"does not look like a newspaper page ({why}); reader reads newspaper pages", page, pages)
