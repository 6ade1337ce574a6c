"""Take the dateline («本报讯», «通辽讯（记者 韩雪）») off an article's first body line.

Narrow columns break datelines anywhere: after the dateline («本报讯» /
«近日，…»), inside its byline bracket («本报讯（记者 王一 通讯员» / «李二）…»),
inside the dateline itself («新华社乌鲁木齐11月7» / «日电 （记者…»), or both.
So the first lines are read joined, one, two or three of them, and the
dateline is taken from the shortest join that holds it whole.
"""

from __future__ import annotations

import re

from reader.parsing.bylines import Dateline, split_dateline, wrap_gaps
from reader.parsing.lines import Line, make_line

# A line that is nothing but a dateline word.
DATELINE_ALONE = re.compile(r"^(?:本报|新华社|中新社|人民网|新华网)?[\u3400-\u9fff\dA-Za-z]{0,12}?(?:讯|电)$")
_OPEN_BRACKET = re.compile(r"^[（(][^）)]*$")
# At most this many lines hold a dateline and its byline.
_MAX_LINES = 3


def dateline_alone(text: str) -> bool:
    """Is the line nothing but a dateline («本报讯», «新华社呼和浩特7月7日电»)?"""
    return DATELINE_ALONE.match(text) is not None and split_dateline(text + " ") is not None


def _whole(found: Dateline | None) -> bool:
    """A dateline whose byline bracket is not left open (cut by the line break)."""
    return found is not None and (found.byline is not None or not _OPEN_BRACKET.match(found.rest.split(" ")[0] if found.rest else ""))


def _gaps(before: str) -> tuple[str, str]:
    """What the break after ``before`` stood for, likeliest first."""
    if "（" in before and "）" not in before[before.rfind("（") :]:
        return wrap_gaps(before)  # inside the byline bracket
    return ("", " ")  # inside the dateline word, or after it


def _joined(body: list[Line], count: int) -> tuple[str, Dateline] | None:
    """The text of the first ``count`` lines joined, when it starts with a whole dateline
    that the first ``count - 1`` lines do not hold."""
    text = body[0].text
    for k in range(1, count):
        best = None
        for gap in _gaps(text):
            candidate = text + gap + body[k].text
            if k + 1 < count or _whole(split_dateline(candidate)):
                best = candidate
                break
        if best is None:
            return None
        text = best
    found = split_dateline(text)
    if not _whole(found):
        return None
    # The dateline (and its byline) must reach the last break: else a shorter join holds it.
    taken = len(text) - len(found.rest)
    if taken < len(text) - len(body[count - 1].text):
        return None
    return text, found


def take_dateline(body: list[Line]) -> Dateline | None:
    """Strip the dateline (and a byline bracket after it) off the first body line, in place."""
    if not body:
        return None
    found = split_dateline(body[0].text)
    if not _whole(found):
        found = None
        for count in range(2, min(_MAX_LINES, len(body)) + 1):
            joined = _joined(body, count)
            if joined is not None:
                text, found = joined
                # The joined line ends where its last line ended.
                body[0:count] = [make_line(body[0].no, text, body[0].blank_before, width=body[count - 1].width)]
                break
    if found is None:
        return None
    if found.rest:
        # Keep the line's width: the dateline took room in the column.
        body[0] = make_line(body[0].no, found.rest, body[0].blank_before, width=body[0].width)
    else:
        body.pop(0)
    return found


_AGENCY_START = re.compile(r"^(?:本报|新华社|中新社|人民网|新华网)")


def _may_open_dateline(text: str, nxt: str) -> bool:
    """The cheap test before joining lines: an agency opens the text, or a dateline's «讯»
    or «电» comes within its first characters, across the break."""
    head = text[:16] + nxt
    return bool(_AGENCY_START.match(text)) or "讯" in head[:16] or "电" in head[:20]


def opens_dateline(lines: list[Line], i: int) -> bool:
    """Does the text from lines[i] on start with a dateline, perhaps broken over the next lines?"""
    text = lines[i].text
    if split_dateline(text) is not None:
        return True
    if not _may_open_dateline(text, lines[i + 1].text if i + 1 < len(lines) else ""):
        return False
    return any(_joined(lines[i : i + count], count) is not None for count in range(2, min(_MAX_LINES, len(lines) - i) + 1))


def wrapped_dateline_head(texts: list[str]) -> bool:
    """Is texts[0] the head of a dateline the line break cut, completed by the lines
    after it («本报贵阳 8 月 16 日» / «电（记者 达瓦）受…»)?  Such a head alone reads
    as a place and a date, like a band line; joined with the next line it opens an article."""
    if len(texts) < 2 or split_dateline(texts[0] + " ") is not None:
        return False  # (a dateline whole on its own line is no cut head)
    lines = [make_line(k, text, False) for k, text in enumerate(texts[:_MAX_LINES])]
    return any(_joined(lines, count) is not None for count in range(2, len(lines) + 1))


def dateline_at(lines: list[Line], i: int) -> Dateline | None:
    """The dateline the text from lines[i] on starts with, read across the line
    breaks that cut it (as take_dateline reads it), without changing ``lines``."""
    text = lines[i].text
    found = split_dateline(text)
    if found is not None or i + 1 >= len(lines):
        return found
    if not _may_open_dateline(text, lines[i + 1].text):
        return None
    return take_dateline(list(lines[i : i + _MAX_LINES]))
