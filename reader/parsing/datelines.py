"""Take the dateline («本报讯», «通辽讯（记者 韩雪）») off an article's first body line."""

from __future__ import annotations

from reader.parsing.bylines import Dateline, split_dateline
from reader.parsing.lines import Line, make_line


def _wrapped_dateline(body: list[Line]) -> Dateline | None:
    """A dateline whose bracketed byline wrapped onto the second line; merges the two lines."""
    first, second = body[0], body[1]
    if "（" not in first.text or "）" in first.text:
        return None
    # The wrap may have eaten the space between two words, or split a name.
    for gap in (" ", ""):
        found = split_dateline(first.text + gap + second.text)
        if found is not None and found.byline is not None:
            break
    else:
        return None
    # The merged line ends where the second line ended.
    body[1:2] = []
    body[0] = make_line(first.no, first.text + gap + second.text, first.blank_before, width=second.width)
    return found


def take_dateline(body: list[Line]) -> Dateline | None:
    """Strip the dateline (and a byline bracket after it) off the first body line, in place."""
    if not body:
        return None
    found = split_dateline(body[0].text)
    if found is None and len(body) > 1:
        found = _wrapped_dateline(body)
    if found is None:
        return None
    if found.rest:
        # Keep the line's width: the dateline took room in the column.
        body[0] = make_line(body[0].no, found.rest, body[0].blank_before, width=body[0].width)
    else:
        body.pop(0)
    return found
