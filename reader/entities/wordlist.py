"""Turn word lists into fast regular expressions.

Python's ``re`` tries the alternatives of ``a|b|c`` one after another, which
is slow for thousands of gazetteer names. A pattern shaped like a trie
(``赤峰(?:市|...)``) only follows branches that match the text so far, and
it still prefers the longest word because longer branches come first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie_pattern(words: Iterable[str]) -> str:
    """A regex source matching any of ``words``, longest alternative first."""
    root: dict = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return r"(?!x)x"  # matches nothing
    return _node_pattern(root)


def _node_pattern(node: dict) -> str:
    ends_here = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        branches.append(re.escape(ch) + _node_pattern(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # Optional continuation: re is greedy, so the longer word is tried first.
        return "(?:" + body + ")?"
    return body


def compile_words(words: Iterable[str]) -> re.Pattern[str]:
    return re.compile(trie_pattern(words))
