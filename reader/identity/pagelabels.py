"""Page labels as printed: 第3版, 第A09版, 03版, A09, A5, «- 3 -», «— 6 —», 第三版.

All patterns run on folded text (half-width digits and letters).  The label
keeps its letter and the digits as printed after it («A09»); a plain number
loses its leading zeros and «第…版» («第03版» → «3») and is also the page
number.  Page 0 does not exist.
"""

from __future__ import annotations

import re

from reader.identity.text import CN_NUMERAL, cn_number

_LABEL = rf"[A-Za-z]?\s*\d{{1,3}}|{CN_NUMERAL}{{1,5}}"
# 第3版, 第 A09 版, 第三版, 第3页, 第3面
ORDINAL_RE = re.compile(rf"第\s*(?P<label>{_LABEL})\s*(?:版|页|面)(?![权式面本次图])")
# 03版, A09版 (not 版权, 版式, 版面, 版本 and the like)
SUFFIXED_RE = re.compile(r"(?<![A-Za-z\d第])(?P<label>[A-Za-z]?\d{1,3})\s*版(?![权式面本次图])")
# - 3 -, — 6 —, ·3·, ~3~ : a number between dashes or dots
DASHED_RE = re.compile(r"(?<![\w-])[-—―~·•]{1,2}\s*(?P<label>[A-Za-z]?\d{1,3})\s*[-—―~·•]{1,2}(?![\w-])")
# A09, A5, B12, AA04 standing alone
LETTERED_RE = re.compile(r"(?<![A-Za-z\d.\-/:])(?P<label>[A-Z]{1,2}\d{1,2})(?![A-Za-z\d.\-/:])")
BARE_NUMBER_RE = re.compile(r"^\d{1,3}$")
# «今日8版», «本期16版», «共24版»: how many pages the issue has, not which page this is.
PAGE_COUNT_RE = re.compile(rf"(?:今日|本期|今天|共|全)\s*(?:\d{{1,3}}|{CN_NUMERAL}{{1,4}})\s*(?:个)?版")


def normalise_label(raw: str) -> tuple[str, int | None] | None:
    """(label, page number or None), or None when ``raw`` is not a page label."""
    raw = re.sub(r"\s+", "", raw)
    if not raw:
        return None
    if raw.isascii() and raw.isdigit():
        number = int(raw)
        return (str(number), number) if number > 0 else None
    letters = re.match(r"[A-Za-z]{1,2}", raw)
    if letters:
        digits = raw[letters.end() :]
        if not (digits.isascii() and digits.isdigit()) or int(digits) == 0:
            return None
        return letters.group(0).upper() + digits, None
    number = cn_number(raw)
    if number is None or number == 0:
        return None
    return str(number), number
