"""Content keys: what makes two imported pages the same page (pure functions, no SQL)."""

from __future__ import annotations

import hashlib
import unicodedata


def normalised_page_text(text: str) -> str:
    """The text that identifies a page: NFC, no BOM, LF line ends, no trailing spaces, no outer blank lines.

    The same page saved as UTF-8, GB18030 or UTF-16 (with or without a BOM,
    with CRLF or LF) decodes to texts that differ only in these ways.
    """
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff"))
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip("\n")


def text_key(text: str) -> str:
    """The content key of a page read from text: equal for equal pages in any encoding."""
    return "text-sha256:" + hashlib.sha256(normalised_page_text(text).encode("utf-8")).hexdigest()
