"""Character-level normalisation and Chinese numerals, shared by the readers.

``fold`` maps one character to one character, so an offset into the folded
text is an offset into the printed text: a reader matches on the folded
line and quotes what was printed.
"""

from __future__ import annotations

import re

# Full-width ASCII (！..～) to half-width, the ideographic space to a space,
# the dashes and slashes typesetters use to ASCII.  One character each.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20, 0x00A0: 0x20, 0x2012: 0x2D, 0x2013: 0x2D, 0x2212: 0x2D, 0x2044: 0x2F})


def fold(text: str) -> str:
    """Full-width digits, letters and ASCII punctuation as half-width; same length."""
    return text.translate(_FOLD)


# Zero is printed as 〇 (U+3007), 零, or, by typists, as ○ (U+25CB) or a letter O.
CN_ZERO = "〇零○O"
_CN_DIGIT_VALUES = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "两": 2}
_CN_DIGIT_VALUES.update({ch: 0 for ch in CN_ZERO})
CN_DIGITS = "一二三四五六七八九" + CN_ZERO
CN_NUMERAL = f"[{CN_DIGITS}十百两]"


def cn_digit_string(text: str) -> int | None:
    """«二〇二三» → 2023: each character one digit (how years are written)."""
    digits = []
    for ch in text:
        if ch.isdigit() and ch.isascii():
            digits.append(int(ch))
        elif ch in _CN_DIGIT_VALUES and ch != "两":
            digits.append(_CN_DIGIT_VALUES[ch])
        else:
            return None
    if not digits:
        return None
    return int("".join(map(str, digits)))


_POSITIONAL = re.compile(r"^(?:(?P<h>[一二三四五六七八九两])百)?(?:(?P<z>[〇零])?(?P<t>[一二三四五六七八九两])?(?P<ten>十))?(?:[〇零]?(?P<u>[一二三四五六七八九]))?$")


def cn_number(text: str) -> int | None:
    """A counting numeral below 1000: «十六» → 16, «二十» → 20, «一百零五» → 105, «三» → 3.

    Strings of plain digits («二〇» → 20) are read digit by digit.  Anything
    else (an empty string, «十十») gives None.
    """
    if not text:
        return None
    if text.isascii() and text.isdigit():
        return int(text)
    if "十" not in text and "百" not in text:
        return cn_digit_string(text)
    match = _POSITIONAL.match(text)
    if match is None:
        return None
    value = 0
    if match["h"]:
        value += 100 * _CN_DIGIT_VALUES[match["h"]]
    if match["ten"]:
        value += 10 * (_CN_DIGIT_VALUES[match["t"]] if match["t"] else 1)
    elif match["z"]:
        return None
    if match["u"]:
        value += _CN_DIGIT_VALUES[match["u"]]
    return value or None


# Han ideographs, including the supplementary planes.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN_RE = re.compile(f"[{HAN}]")


def is_han(text: str) -> bool:
    return bool(text) and all(HAN_RE.match(ch) for ch in text)
