"""Caption lines joined again, keeping the spaces a photo credit prints.

A caption ends in its credit, set off by spaces: «…执勤。 通讯员 钱华峰 摄».  A
caption wrapped at one of those spaces loses it (the space ends the line and
is not printed), and a wrap inside a sentence has none to lose.  So a line
break gets a space back only where the credit's own spaces stand: between
the sentence and the credit, between the role and the name, between the
name and «摄».  A break inside a name, or between two names, stays as it is:
the wrap hides whether a space stood there.
"""

from __future__ import annotations

import re

from reader.parsing.bylines import ROLE_WORDS
from reader.parsing.text import join_wrapped

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"
_ROLE = "|".join(re.escape(r) for r in ROLE_WORDS)
_NAME = f"[{_HAN}]{{2,6}}(?:[·•][{_HAN}]{{1,8}})*"
_NAMES = f"{_NAME}(?:\\s+{_NAME})*"
# What may follow a break: the whole credit, the names and «摄», or «摄» alone.
_CREDIT = re.compile(f"^(?:(?:{_ROLE})\\s*)?{_NAMES}\\s*摄[）)]?$")
_NAMES_TAKEN = re.compile(f"^{_NAMES}\\s*摄[）)]?$")
_SENTENCE_END = re.compile(r"[。！？!?”」』…]$")
_ENDS_IN_ROLE = re.compile(f"(?:^|[\\s。！？”（(])(?:{_ROLE})$")
_ENDS_IN_NAME = re.compile(f"(?:^|[\\s。！？”（(]|{_ROLE}){_NAME}$")


def _space_at_break(before: str, after: str) -> bool:
    if _SENTENCE_END.search(before):
        return _CREDIT.match(after) is not None
    if _ENDS_IN_ROLE.search(before):
        return _NAMES_TAKEN.match(after) is not None
    return after in ("摄", "摄）", "摄)") and _ENDS_IN_NAME.search(before) is not None


def join_caption(texts: list[str]) -> str:
    """The caption's lines joined: as wrapped text (nothing between Han characters), with a
    space back at a break that falls on one of its credit's spaces."""
    texts = [t.strip() for t in texts if t.strip()]
    if len(texts) < 2:
        return join_wrapped(texts)
    out = texts[0]
    for k in range(1, len(texts)):
        rest = join_wrapped(texts[k:])
        out = out + " " + texts[k] if _space_at_break(out, rest) else join_wrapped([out, texts[k]])
    return out
