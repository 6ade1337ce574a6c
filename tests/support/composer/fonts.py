"""The TrueType CJK fonts composed pages are set in, registered once per process.

reportlab embeds TrueType (glyf) fonts only, as 256-glyph subsets; Noto CJK
is CFF and cannot be used.  Debian packages: fonts-wqy-zenhei (黑体-like),
fonts-arphic-uming (明体/宋体-like body text), fonts-arphic-ukai (楷体 for
bylines and captions) and fonts-hanazono (HanaMinA, the fallback for 𠮷 and
other characters outside the BMP, as real papers fall back to a 超大字符集
font).

reportlab writes each ToUnicode entry as ``<%04X>``, which is wrong for code
points above U+FFFF (𠮷 came out as «₻»); ``_to_unicode_cmap`` writes
UTF-16 surrogate pairs as the PDF specification asks.  ``unicode_mode``
switches the map to private-use code points for the bad-PDF fixtures.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

FONT_FILES: dict[str, tuple[str, int | None, str]] = {
    # name: (path, subfont index in a .ttc, Debian package)
    "Ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, "fonts-arphic-uming"),
    "Kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, "fonts-arphic-ukai"),
    "Hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "fonts-wqy-zenhei"),
    "HeiSharp": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 2, "fonts-wqy-zenhei"),
    "Hana": ("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf", None, "fonts-hanazono"),
}
FALLBACK = "Hana"
_registered: dict[str, TTFont] = {}
_lock = threading.Lock()
_mode = {"unicode": "real"}


class FontsMissing(RuntimeError):
    pass


def missing_fonts() -> list[str]:
    """Debian packages whose font files are absent."""
    return sorted({package for path, _, package in FONT_FILES.values() if not Path(path).exists()})


def register() -> None:
    """Register every composer font with reportlab (idempotent)."""
    with _lock:
        if len(_registered) == len(FONT_FILES):
            return
        missing = missing_fonts()
        if missing:
            raise FontsMissing("the page composer needs the Debian packages " + ", ".join(missing) + " (.ci/run installs them)")
        for name, (path, index, _) in FONT_FILES.items():
            font = TTFont(name, path, subfontIndex=index) if index is not None else TTFont(name, path)
            pdfmetrics.registerFont(font)
            _registered[name] = font
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def has_glyph(font: str, ch: str) -> bool:
    return ord(ch) in _registered[font].face.charToGlyph


def char_width(ch: str, font: str, size: float) -> float:
    return _registered[font].face.getCharWidth(ord(ch)) * size / 1000.0


def _utf16_hex(code: int) -> str:
    if code < 0x10000:
        return f"{code:04X}"
    code -= 0x10000
    return f"{0xD800 + (code >> 10):04X}{0xDC00 + (code & 0x3FF):04X}"


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    if _mode["unicode"] == "private":
        entries = [f"<{i:02X}> <{0xE000 + (v % 0x1800):04X}>" for i, v in enumerate(subset)]
    else:
        entries = [f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


@contextlib.contextmanager
def unicode_mode(mode: str):
    """``"private"``: ToUnicode maps every glyph into the private-use area (a bad-PDF fixture)."""
    with _lock:
        old = _mode["unicode"]
        _mode["unicode"] = mode
    try:
        yield
    finally:
        with _lock:
            _mode["unicode"] = old
