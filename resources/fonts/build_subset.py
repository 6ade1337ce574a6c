"""Rebuild the bundled CJK font subset from a system Noto Sans CJK installation.

Not run by the app: the result, ReaderSansCJKSC-Regular.otf, is committed.
Re-run it after the translations change, so that every character of the
Chinese interface is in the font:

    apt-get install -y fonts-noto-cjk
    .venv/bin/python resources/fonts/build_subset.py

Needs fontTools (a developer tool, not a runtime dependency).
"""

from __future__ import annotations

import argparse
import xml.etree.ElementTree as ET
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
RESOURCES = HERE.parent

SOURCE_TTC = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
# Face order in the Debian/upstream collection: JP, KR, SC, TC, HK, then the
# Mono faces. Checked by name below so a reordered collection fails loudly.
SC_FACE_INDEX = 2
SOURCE_FAMILY = "Noto Sans CJK SC"

# A family name of our own: if the full Noto Sans CJK SC is installed, a
# subset registered under the same name could shadow it and lose glyphs;
# "Noto" is also a Google trademark we should not put on a modified font.
FAMILY = "Reader Sans CJK SC"
POSTSCRIPT = "ReaderSansCJKSC-Regular"
OUTPUT = HERE / "ReaderSansCJKSC-Regular.otf"

RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 (·, ×, é in names)
    (0x2000, 0x206F),  # general punctuation: “ ” ‘ ’ — … ‧
    (0x2190, 0x21FF),  # arrows used in menus and hints
    (0x25A0, 0x25FF),  # geometric shapes: ▸ ▾ ● ○ ■
    (0x3000, 0x303F),  # CJK symbols and punctuation: 、。《》「」【】
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width ASCII and half-width forms
]


def gb2312_characters() -> set[str]:
    """Every character of GB2312: the 6763 hanzi and the symbol rows."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def common_3500() -> set[str]:
    text = (HERE / "charset" / "common-3500.txt").read_text(encoding="utf-8")
    return {c for line in text.splitlines() if not line.startswith("#") for c in line.strip()}


def translation_characters() -> set[str]:
    chars: set[str] = set()
    for ts in sorted((RESOURCES / "i18n").glob("*.ts")):
        for el in ET.parse(ts).iter():
            if el.tag in ("translation", "numerusform", "source") and el.text:
                chars.update(el.text)
    return chars


def sample_characters() -> set[str]:
    chars: set[str] = set()
    for sample in (RESOURCES / "samples").glob("*.txt"):
        chars.update(sample.read_text(encoding="utf-8"))
    return chars


def wanted_codepoints() -> set[int]:
    chars = gb2312_characters() | common_3500() | translation_characters() | sample_characters()
    points = {ord(c) for c in chars if not c.isspace() or c == " "}
    for lo, hi in RANGES:
        points.update(range(lo, hi + 1))
    return points


def rename(font: TTFont) -> None:
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 4, 16):
            name.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            name.setName(POSTSCRIPT, 6, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 3:
            name.setName(f"{POSTSCRIPT};subset of {SOURCE_FAMILY}", 3,
                         record.platformID, record.platEncID, record.langID)
        elif record.nameID == 7:  # the Noto trademark notice does not apply to our name
            name.removeNames(nameID=7)
    if "CFF " in font:
        cff = font["CFF "].cff
        cff.fontNames = [POSTSCRIPT]
        top = cff.topDictIndex[0]
        for key in ("FullName", "FamilyName"):
            if hasattr(top, key):
                setattr(top, key, FAMILY)


def build(source: Path, output: Path) -> None:
    options = subset.Options()
    options.font_number = SC_FACE_INDEX
    options.name_IDs = ["*"]  # keep copyright, licence and licence URL records
    options.name_languages = ["*"]
    options.layout_features = ["*"]  # vert, locl, palt, ... for good CJK layout
    options.notdef_outline = True
    options.glyph_names = False
    font = subset.load_font(str(source), options)
    face = font["name"].getDebugName(1)
    if face != SOURCE_FAMILY:
        raise SystemExit(f"face {SC_FACE_INDEX} of {source} is {face!r}, not {SOURCE_FAMILY!r}")
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted_codepoints()))
    subsetter.subset(font)
    rename(font)
    subset.save_font(font, str(output), options)
    print(f"{output}: {output.stat().st_size / 1e6:.1f} MB, {len(font.getBestCmap())} characters")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE_TTC)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    build(args.source, args.output)


if __name__ == "__main__":
    main()
