"""Page text made safe to print on a terminal (Qt-free).

A page file is untrusted input: an escape sequence in a headline would, when
``parse`` or ``list`` print it, recolour the terminal, retitle its window
(OSC 0), write to the clipboard (OSC 52) or make a fake link (OSC 8). Escape
sequences (ESC … and their one-character C1 forms such as U+009B CSI) are
removed whole, so no parameters are left behind as litter (an unterminated
string sequence ends at the line's end); any other control
character except tab and newline goes too (a carriage return would let a line
overwrite what was printed before it).
"""

from __future__ import annotations

import re

_ESCAPE_SEQUENCES = re.compile(
    r"""
      (?:\x1b\[|\x9b) [\x30-\x3f]* [\x20-\x2f]* [\x40-\x7e]?             # CSI: colours, cursor moves
    | (?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f]) [^\x07\x1b\x9c\n]* (?:\x07|\x1b\\|\x9c)?  # OSC, DCS, SOS, PM, APC to BEL/ST
    | \x1b [\x20-\x2f]* [\x30-\x7e]?                                     # two- and three-character escapes
    """,
    re.VERBOSE,
)
_OTHER_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def for_terminal(text: str) -> str:
    """``text`` without terminal escape sequences and control characters (tab and newline stay)."""
    return _OTHER_CONTROLS.sub("", _ESCAPE_SEQUENCES.sub("", text))
