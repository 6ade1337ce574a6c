"""Schema version 2: character index for Chinese search. Shipped: never edit; add a new migration instead."""

from __future__ import annotations

import sqlite3

NAME = "character index for Chinese search"


def apply(conn: sqlite3.Connection) -> None:
    # Contentless (the text already lives in articles): the index holds each
    # character as a token, see reader/store/text_index.py. Rows are kept in step
    # by the library module, with rowid = articles.id.
    conn.execute(
        "CREATE VIRTUAL TABLE article_search USING fts5("
        "title, body, content='', tokenize='ascii', detail=full)"
    )
    conn.execute(
        "INSERT INTO article_search(rowid, title, body) "
        "SELECT id, reader_segment(title), reader_segment(body_text) FROM articles"
    )
