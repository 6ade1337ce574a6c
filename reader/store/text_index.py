"""How article text is cut into tokens for the full-text index, and queries with it.

Chinese has no spaces, and FTS5's trigram tokenizer cannot answer queries of
one or two characters. So the index holds *every code point as its own token*
(the text is rewritten with a space between characters and indexed with
FTS5's ``ascii`` tokenizer, which keeps every non-ASCII character as a token
character), and a query of n characters becomes an n-token phrase query. A
phrase requires adjacent positions, so a match is an exact substring match of
any length, one character included, and it is answered from the index alone.

The ``ascii`` tokenizer would treat ASCII punctuation and whitespace as
separators, which would let «安局» match «安\\n局» and «G305» match «G-305».
To keep matching exact, those characters are first mapped to private-use
code points (plane 15), which the tokenizer keeps as tokens of their own.
ASCII letters are folded to lower case by the tokenizer: searching is
case-insensitive for Latin letters, and exact for everything else.

This module owns the ``article_search`` table: the articles part calls
add() and remove() whenever an article's title or body changes.

The index is contentless, and FTS5 removes a row only when handed the very
tokens it indexed: changing segment() therefore needs a migration that
rebuilds article_search from the articles table.
"""

from __future__ import annotations

import sqlite3

# Plane-15 private-use area: never produced by PDF text extraction of
# newspaper pages in practice, so a mapped character cannot collide with text.
_PRIVATE_BASE = 0xF0000

_ASCII_NON_ALNUM = [c for c in range(128) if not chr(c).isalnum()]
_SEPARATOR_TO_TOKEN = {c: chr(_PRIVATE_BASE + c) for c in _ASCII_NON_ALNUM}


def segment(text: str | None) -> str:
    """The text as the index sees it: one token per code point, space-separated."""
    if not text:
        return ""
    return " ".join(text.translate(_SEPARATOR_TO_TOKEN))


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression finding ``query`` as a substring, or None for an empty query.

    Leading and trailing whitespace of what the user typed is ignored.
    """
    query = query.strip()
    if not query:
        return None
    # After segment() no ASCII double quote is left (it is mapped), but quote
    # doubling keeps the expression valid whatever the mapping becomes.
    return '"' + segment(query).replace('"', '""') + '"'


def add(conn: sqlite3.Connection, article_id: int, title: str, body: str) -> None:
    conn.execute(
        "INSERT INTO article_search(rowid, title, body) VALUES (?, ?, ?)",
        (article_id, segment(title), segment(body)),
    )


def remove(conn: sqlite3.Connection, article_id: int, title: str, body: str) -> None:
    # The index is contentless: FTS5 removes a row only when given exactly
    # the values it indexed, which segment() of the stored text reproduces.
    conn.execute(
        "INSERT INTO article_search(article_search, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        (article_id, segment(title), segment(body)),
    )
