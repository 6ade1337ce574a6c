"""One sentence as the rules see it: its text and the tagger's words.

The rule modules (places, orgs, people) rebuild PER, LOC and ORG spans from
these words to the conventions of ENTITIES.md. All offsets are relative to
the sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from reader.entities.lac_model import Token

Candidate = tuple[int, int, str]

# Word tags that can be part of a name in front of an organisation suffix.
NAME_POS = frozenset({"LOC", "ORG", "nz", "n", "vn", "PER", "nw"})
PLACE_POS = frozenset({"LOC", "ORG"})
# Endings of divisions at county level and above.
ADMIN_ENDINGS = ("省", "市", "县", "区", "旗", "盟", "州", "自治区", "地区")
CJK = re.compile(r"[\u3400-\u9fff]")


class Sentence:
    """One sentence, its words, and lookups used by the rules below."""

    def __init__(self, text: str, tokens: Sequence[Token]):
        self.text = text
        self.tokens = list(tokens)
        self.starts = {t.start: i for i, t in enumerate(self.tokens)}
        self.ends = {t.end: i for i, t in enumerate(self.tokens)}
        self._start_list = [t.start for t in self.tokens]
        self.words = [text[t.start : t.end] for t in self.tokens]

    def token_at(self, pos: int) -> Token:
        return self.tokens[bisect.bisect_right(self._start_list, pos) - 1]
