"""Headline-like lines: what a sub-heading looks like, and the dashes that open a subtitle.

The line model (roles.py) decides which lines are a headline's kicker, title
and subtitle; these are the shapes the paragraph step still tests itself.
"""

from __future__ import annotations

from reader.parsing.lines import Line

SUBTITLE_DASHES = ("——", "—", "--")


def subhead_like(line: Line) -> bool:
    """Could be a sub-heading: like a title, and not ending a sentence."""
    return line.heading_like and not line.terminal
