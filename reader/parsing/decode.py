"""Bytes to text: detect the encoding of a page file, or say clearly why not.

Pages come as UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK
(mainland papers) or Big5 (Hong Kong and Taiwan papers; Big5-HKSCS for
Cantonese characters). GB18030 accepts many byte strings that are not Chinese
at all (Latin-1 text, binary data, Big5 text), and short GB18030 text is often
valid Big5 too, so each legacy reading is scored by how much of it is
Chinese text *in that encoding's own terms*: for GB18030, GB2312 hanzi and
Chinese punctuation; for Big5, Big5 hanzi and the same punctuation. A page in
one encoding read as the other turns into kana, Greek, bopomofo and symbols
(Big5's commonest characters 的是不一 sit where GB2312 has its kana and
Greek rows; GB's ，。 sit on Big5's bopomofo and symbols), so the right
reading wins clearly. A tie goes to GB18030, the commoner encoding here.
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


# Punctuation of Chinese text in either script, plus the full-width forms (U+FF01-FF5E).
_CHINESE_PUNCTUATION = frozenset("，。、；：？！“”‘’（）《》〈〉【】〔〕—…·「」『』　")

# Legacy readings tried after UTF-8, in order of preference on a tie. Big5
# comes in variants: plain Big5, Microsoft's cp950 (Taiwan's Windows: 碁, €)
# and Big5-HKSCS (Hong Kong: Cantonese characters such as 啲, 嘅); the first
# that decodes is the Big5 reading.
_LEGACY: tuple[tuple[str, ...], ...] = (("gb18030",), ("big5", "cp950", "big5hkscs"))
_NAMES = {"gb18030": "GB18030", "big5": "Big5", "cp950": "Big5 (cp950)", "big5hkscs": "Big5-HKSCS"}


def _is_text_char(ch: str, codec: str) -> bool:
    """Whether ``ch`` is Chinese text in the terms of the encoding it was read with."""
    if ch in _CHINESE_PUNCTUATION or "\uff01" <= ch <= "\uff5e":
        return True
    if codec == "gb18030":
        try:
            raw = ch.encode("gb2312")
        except UnicodeEncodeError:
            return False
        return len(raw) == 2 and raw[0] >= 0xB0  # GB2312's hanzi rows (kana, Greek, boxes are below)
    try:
        raw = ch.encode("big5")
    except UnicodeEncodeError:
        # A character of a Big5 extension (cp950, HKSCS): text when it is a CJK ideograph.
        return codec != "big5" and ("\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f")
    return len(raw) == 2 and 0xA4 <= raw[0] <= 0xF9  # Big5's hanzi (A440-F9D5); symbols and bopomofo are below


# A character between two Latin letters is inside a word of a Latin-script
# language: what an accented letter and the letter after it become when
# Latin-1 text is read as a two-byte encoding (Zürich -> Z黵ich, Z僡ich).
_INSIDE_LATIN_WORD = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f](?=[A-Za-z])")


def _non_text_count(text: str, codec: str) -> tuple[int, int]:
    """(characters that are not Chinese text in ``codec``'s terms, non-ASCII characters) of the first 64 KB."""
    sample = text[:65536]
    non_ascii = [ch for ch in _NON_ASCII.findall(sample) if not ch.isspace()]
    bad = sum(1 for ch in non_ascii if not _is_text_char(ch, codec))
    bad += sum(1 for m in _INSIDE_LATIN_WORD.finditer(sample) if _is_text_char(m.group(), codec))
    return min(bad, len(non_ascii)), len(non_ascii)


def _acceptable(bad: int, total: int) -> bool:
    # A real page may use a few rare characters (names such as 𠮷 or 喆).
    return bad <= max(2, 0.1 * total)


def _legacy_readings(data: bytes) -> list[tuple[str, str]]:
    """(text, codec) of every legacy encoding family ``data`` is valid in."""
    readings = []
    for family in _LEGACY:
        for codec in family:
            try:
                readings.append((data.decode(codec), codec))
                break
            except UnicodeDecodeError:
                continue
    return readings


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
        return _decode_legacy(data, name, utf8_error)
    _check_text(text, name, "utf-8")
    return text, "utf-8"


def _decode_legacy(data: bytes, name: str, utf8_error: UnicodeDecodeError) -> tuple[str, str]:
    readings = _legacy_readings(data)
    if not readings:
        raise PageDecodeError(
            f"{name}: not valid UTF-8 ({utf8_error.reason} at byte {utf8_error.start}) nor GB18030/GBK nor Big5; "
            "save the page as UTF-8"
        )
    # Fewest characters that are not Chinese text wins; on a tie, the earlier (GB18030).
    scored = [(_non_text_count(text, codec), order, text, codec) for order, (text, codec) in enumerate(readings)]
    (bad, total), _order, text, codec = min(scored, key=lambda item: (item[0][0], item[1]))
    _check_text(text, name, codec)
    if not _acceptable(bad, total):
        names = [_NAMES[c] for _, c in readings]
        verdict = (
            f"its {names[0]} reading is not Chinese text"
            if len(names) == 1
            else f"neither its {names[0]} nor its {names[1]} reading is Chinese text"
        )
        raise PageDecodeError(
            f"{name}: not valid UTF-8 (at byte {utf8_error.start}) and {verdict} "
            "(perhaps Latin-1 or another single-byte encoding); save the page as UTF-8"
        )
    return text, codec


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
