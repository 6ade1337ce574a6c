"""Raw text of a PDF page as real extractors leave it: pdftotext, pdfminer.six and PDFium.

pdftotext runs in its default (reading-order) mode, not ``-layout``: with
``-layout`` it keeps the physical layout, so the lines of neighbouring
columns come out side by side on one line, which is not what the pages our
users hold look like (see bench/data/heldout/pdf/README.md).
"""

from __future__ import annotations

import os
import shutil
import subprocess

EXTRACTORS = ("pdftotext", "pdfminer", "pdfium")


def pdftotext(path: str | os.PathLike, page_index: int, *, layout: bool = False) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        raise RuntimeError("pdftotext is missing: install poppler-utils (.ci/run does)")
    n = str(page_index + 1)
    args = [exe, "-q", "-enc", "UTF-8", "-f", n, "-l", n] + (["-layout"] if layout else []) + [os.fspath(path), "-"]
    return subprocess.run(args, check=True, capture_output=True).stdout.decode("utf-8")


def pdfminer(path: str | os.PathLike, page_index: int) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(os.fspath(path), page_numbers=[page_index])


def pdfium(path: str | os.PathLike, page_index: int) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(os.fspath(path))
    try:
        page = document[page_index]
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        textpage.close()
        page.close()
    finally:
        document.close()
    # PDFium ends lines with CRLF.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def extract_all(path: str | os.PathLike, page_index: int) -> dict[str, str]:
    return {"pdftotext": pdftotext(path, page_index), "pdfminer": pdfminer(path, page_index), "pdfium": pdfium(path, page_index)}
