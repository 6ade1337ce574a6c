"""The quick test for an edition header: two signs of one on a line that is no sentence.

Older than the band reader (bands.py) and blunter: it knows nothing of
values, only that a date, a weekday, an editor's role, «第N版» or a section
word standing apart rarely meet on one line of running text.  The parser
drops such lines anywhere on a page; at the top of a page they belong to
the header band even when some of their words do not read as values.
"""

from __future__ import annotations

import re

_NUM = r"[0-9０-９一二三四五六七八九十百零〇两]+"

# One alone could be body text, two together cannot.
_HEADER_SIGNS = (
    re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"),
    re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]"),
    re.compile(r"(?:责任|本版)?编辑\s*[：:]|版式\s*[：:]|美编\s*[：:]|校对\s*[：:]|组版\s*[：:]"),
    re.compile(rf"第\s*{_NUM}\s*版"),
    # A section name standing apart: «综合新闻», «要闻».
    re.compile(r"(?:^|\s)\S{0,6}(?:新闻|要闻|综合|专版|专刊|副刊|时评|视点)(?:\s|$)"),
)
_SENTENCE = re.compile(r"[，。；！？]")


def edition_header(line: str) -> bool:
    """Two header signs on a line of at most 80 characters without sentence punctuation."""
    line = line.strip()
    if not line or len(line) > 80 or _SENTENCE.search(line):
        return False
    signs = 0
    for sign in _HEADER_SIGNS:
        if sign.search(line):
            signs += 1
            if signs == 2:
                return True
    return False
