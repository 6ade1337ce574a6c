"""How article text is cut into tokens for the full-text index, and queries with it.

Chinese has no spaces, and FTS5's trigram tokenizer cannot answer queries of
one or two characters. So the index holds *every code point as its own token*
(the text is rewritten with a space between characters and indexed with
FTS5's ``ascii`` tokenizer, which keeps every non-ASCII character as a token
character), and a term of n characters becomes an n-token phrase. A phrase
requires adjacent positions, so a match is an exact substring match of any
length, one character included, and it is answered from the index alone.

The ``ascii`` tokenizer would treat ASCII punctuation and whitespace as
separators, which would let «安局» match «安\\n局» and «G305» match «G-305».
To keep matching exact, those characters are first mapped to private-use
code points (plane 15), which the tokenizer keeps as tokens of their own; a
paragraph break (a newline in the body) is such a token, so no phrase
matches across it.

Text and queries are folded first (reader.textfold: traditional characters
as simplified, ASCII capitals as small letters), one code point for one, so
a token's position is the character's offset in the printed text.

The index has one column per searched field (reader.search_query.FIELDS:
kicker, title, subtitle, byline, body); a query's field filters become
FTS5 column filters. This module owns the ``article_search`` table: the
articles part calls add() and remove() whenever an article's searched text
changes.

The index is contentless, and FTS5 removes a row only when handed the very
tokens it indexed: changing segment() (or the folding) therefore needs a
migration that rebuilds article_search from the articles table (v009 did).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from reader.search_query import FIELDS, Query, Term, parse
from reader.textfold import fold

# Plane-15 private-use area: never produced by PDF text extraction of
# newspaper pages in practice, so a mapped character cannot collide with text.
_PRIVATE_BASE = 0xF0000

_ASCII_NON_ALNUM = [c for c in range(128) if not chr(c).isalnum()]
_SEPARATOR_TO_TOKEN = {c: chr(_PRIVATE_BASE + c) for c in _ASCII_NON_ALNUM}

# The articles columns each index column is fed from, in FIELDS order.
SOURCE_COLUMNS: dict[str, str] = {
    "kicker": "kicker", "title": "title", "subtitle": "subtitle", "byline": "byline", "body": "body_text",
}  # fmt: skip
CREATE_TABLE = (
    "CREATE VIRTUAL TABLE article_search USING fts5("
    + ", ".join(FIELDS)
    + ", content='', tokenize='ascii', detail=full)"
)


def segment(text: str | None) -> str:
    """The text as the index sees it: folded, one token per code point, space-separated."""
    if not text:
        return ""
    return " ".join(fold(text).translate(_SEPARATOR_TO_TOKEN))


def _phrase(term: Term) -> str:
    # After segment() no ASCII double quote is left (it is mapped), but quote
    # doubling keeps the expression valid whatever the mapping becomes.
    phrase = '"' + segment(term.text).replace('"', '""') + '"'
    if tuple(term.fields) == FIELDS:
        return phrase
    return "{" + " ".join(term.fields) + "} : " + phrase


def _any(terms: Sequence[Term]) -> str:
    return "(" + " OR ".join(_phrase(t) for t in terms) + ")" if len(terms) > 1 else _phrase(terms[0])


def expressions(query: Query | str) -> tuple[str | None, str | None]:
    """(what must match, what must not) as FTS5 MATCH expressions; None where the query says nothing.

    An empty query gives (None, None): every article.
    """
    if isinstance(query, str):
        query = parse(query)
    clauses = [c for c in query.clauses if c]
    positive = " AND ".join(_any(c) for c in clauses) if clauses else None
    negative = _any(list(query.excluded)) if query.excluded else None
    return positive, negative


def match_expression(query: str) -> str | None:
    """One FTS5 MATCH expression for ``query``, or None for an empty query or one that only excludes."""
    positive, negative = expressions(query)
    if positive is not None and negative is not None:
        return f"({positive}) NOT {negative}"
    return positive


def _values(fields: Sequence[str | None]) -> list[str]:
    return [segment(v) for v in fields]


def add(conn: sqlite3.Connection, article_id: int, fields: Sequence[str | None]) -> None:
    """Index an article; ``fields`` are its texts in FIELDS order."""
    conn.execute(
        f"INSERT INTO article_search(rowid, {', '.join(FIELDS)}) VALUES (?{', ?' * len(FIELDS)})",
        (article_id, *_values(fields)),
    )


def remove(conn: sqlite3.Connection, article_id: int, fields: Sequence[str | None]) -> None:
    # The index is contentless: FTS5 removes a row only when given exactly
    # the values it indexed, which segment() of the stored text reproduces.
    conn.execute(
        f"INSERT INTO article_search(article_search, rowid, {', '.join(FIELDS)}) "
        f"VALUES ('delete', ?{', ?' * len(FIELDS)})",
        (article_id, *_values(fields)),
    )


def stored_fields(conn: sqlite3.Connection, article_id: int) -> tuple | None:
    """An article's searched texts as stored now (FIELDS order), or None when it does not exist."""
    columns = ", ".join(SOURCE_COLUMNS[f] for f in FIELDS)
    return conn.execute(f"SELECT {columns} FROM articles WHERE id = ?", (article_id,)).fetchone()


def rebuild(conn: sqlite3.Connection) -> None:
    """Drop and rebuild the index from the articles table (inside the caller's transaction)."""
    conn.execute("DROP TABLE IF EXISTS article_search")
    conn.execute(CREATE_TABLE)
    columns = ", ".join(f"reader_segment({SOURCE_COLUMNS[f]})" for f in FIELDS)
    conn.execute(f"INSERT INTO article_search(rowid, {', '.join(FIELDS)}) SELECT id, {columns} FROM articles")
