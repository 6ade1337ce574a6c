"""Page furniture: edition headers, page numbers and jump lines belong to no article."""

from __future__ import annotations

import re

from reader.identity.signs import edition_header

_NUM = r"[0-9０-９一二三四五六七八九十百零〇两]+"

# «（下转第二版）», «（上接第一版）», «(转第4版)»: the article continues elsewhere.
JUMP_RE = re.compile(rf"[（(]\s*(?:上接|下转|转|接|紧接|续)\s*第?\s*{_NUM}\s*(?:版|页)(?:[^（）()]{{0,8}})?\s*[）)]")
JUMP_LINE_RE = re.compile(rf"^{JUMP_RE.pattern}$")
# Only the «下转» kind ends an article on this page.
JUMP_OUT_RE = re.compile(r"^[（(]\s*(?:下转|转)")

_PAGE_NUMBER_RE = re.compile(rf"^(?:[-—－–·]?\s*\d{{1,3}}\s*[-—－–·]?|第\s*{_NUM}\s*(?:版|页)|[A-Z]\d{{1,2}}|\d{{1,3}}\s*/\s*\d{{1,3}})$")

def furniture_reason(line: str) -> str | None:
    """Why a whole line is page furniture, or None when it is not."""
    line = line.strip()
    if not line or len(line) > 80:
        return None
    if len(line) <= 16:
        if JUMP_LINE_RE.match(line):
            return "jump_line"
        if _PAGE_NUMBER_RE.match(line):
            return "page_number"
    return "furniture" if edition_header(line) else None


def split_trailing_jump(line: str) -> tuple[str, str | None]:
    """Separate a jump mark glued to the end of a text line: («…工作。（下转第二版）»)."""
    if not line.endswith(("）", ")")) or ("版" not in line and "页" not in line):
        return line, None
    match = None
    for match in JUMP_RE.finditer(line):
        pass
    if match is None or line[match.end() :].strip():
        return line, None
    return line[: match.start()].rstrip(), match.group(0)


_LEADING_JUMP = re.compile(rf"^{JUMP_RE.pattern}\s*")


def split_leading_jump(line: str) -> tuple[str | None, str]:
    """Separate a jump mark set before a line's text («（上接第2版） 洱源县交通运输局启»)."""
    if not line.startswith(("（", "(")):
        return None, line
    match = _LEADING_JUMP.match(line)
    if match is None or not line[match.end() :].strip():
        return None, line
    return match.group(0).strip(), line[match.end() :]
