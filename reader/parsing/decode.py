"""Bytes to text: detect the encoding of a page file, or say clearly why not.

Pages come as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK.
GB18030 accepts many byte strings that are not Chinese at all (Latin-1 text,
binary data), so a GB18030 reading is only accepted when it looks like
Chinese text.
"""

from __future__ import annotations

import codecs
import os
import re
from pathlib import Path

# A newspaper page is about 10 KB; anything this big is not a page, and
# refusing it up front keeps memory bounded instead of parsing for minutes.
MAX_PAGE_BYTES = 16 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)

# Control characters that never occur in text (tab, newlines, form feed do).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class PageDecodeError(Exception):
    """A page file cannot be read as text; the message names the file and why."""


def _check_text(text: str, name: str, encoding: str) -> None:
    controls = len(_CONTROL.findall(text[:65536]))
    if controls > max(2, len(text[:65536]) // 200):
        raise PageDecodeError(f"{name}: looks like binary data, not a text page ({encoding} decoding is full of control characters)")


def _looks_chinese(text: str) -> bool:
    """True when the non-ASCII characters are mostly common Chinese (GB2312) ones.

    Latin-1 or other single-byte text misread as GB18030 turns into rare
    ideographs and symbols outside GB2312.
    """
    non_ascii = _NON_ASCII.findall(text[:65536])
    if not non_ascii:
        return True
    common = 0
    for ch in non_ascii:
        try:
            ch.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    # A real page may use a few rare characters (names such as 𠮷).
    return len(non_ascii) - common <= max(2, 0.1 * len(non_ascii))


def decode_bytes(data: bytes, name: str = "<bytes>") -> tuple[str, str]:
    """Decode a page; returns (text, encoding name) or raises PageDecodeError."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise PageDecodeError(f"{name}: starts with a {label} byte-order mark but is not valid {label} ({exc.reason} at byte {exc.start + len(bom)})") from None
            _check_text(text, name, label)
            return text, label
    if b"\x00" in data[:65536]:
        raise PageDecodeError(f"{name}: looks like binary data, not a text page (contains NUL bytes; UTF-16 pages need a byte-order mark)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise PageDecodeError(
                f"{name}: not valid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) nor GB18030/GBK; "
                "save the page as UTF-8"
            ) from None
        _check_text(text, name, "gb18030")
        if not _looks_chinese(text):
            raise PageDecodeError(
                f"{name}: not valid UTF-8 (at byte {utf8_error.start}) and its GB18030 reading is not Chinese text "
                "(perhaps Latin-1 or another single-byte encoding); save the page as UTF-8"
            )
        return text, "gb18030"
    _check_text(text, name, "utf-8")
    return text, "utf-8"


def read_page_file(path: str | os.PathLike[str]) -> tuple[str, str]:
    """Read and decode a page file; returns (text, encoding name)."""
    path = Path(path)
    name = str(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_PAGE_BYTES + 1)
    except IsADirectoryError:
        raise PageDecodeError(f"{name}: is a directory, not a page file") from None
    except FileNotFoundError:
        raise PageDecodeError(f"{name}: no such file or folder") from None
    except PermissionError:
        raise PageDecodeError(f"{name}: permission denied") from None
    except OSError as exc:
        raise PageDecodeError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_PAGE_BYTES:
        size = path.stat().st_size if path.exists() else len(data)
        raise PageDecodeError(
            f"{name}: too large for a newspaper page ({size / 2**20:.1f} MiB; the limit is {MAX_PAGE_BYTES / 2**20:.0f} MiB)"
        )
    return decode_bytes(data, name)
