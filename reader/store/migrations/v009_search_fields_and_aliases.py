"""Schema version 9: search over every printed field with traditional/simplified folding; entity aliases.

The character index (article_search) gets one column per searched field
(kicker, title, subtitle, byline, body; it had title and body) and holds
folded text (reader/textfold.py); being contentless it cannot be altered, so
it is rebuilt from the articles table here. Nothing the user made is touched.

``article_search_instance`` is FTS5's own view of where each token is
(fts5vocab, 'instance'): the count of a one-character query is read from it
without reading the texts.

``entity_aliases`` says that an entity as recognised — (label, text) — counts
as another: a variant merged into its canonical name (呼市 → 呼和浩特市), or
the same text under the right type (to_text = text, to_label another label).
Counts, filters, charts, the concordance and the export read entities
through it (reader/store/aliases.py); ``entity_counts`` is kept per canonical
(label, text) from here on (no alias exists yet, so its rows stay as they are).
"""

from __future__ import annotations

import sqlite3

from reader.store.migrations.script import run_script
from reader.store.text_index import rebuild

NAME = "search over kicker, title, subtitle, byline and body, folded; entity aliases"


def apply(conn: sqlite3.Connection) -> None:
    rebuild(conn)
    conn.execute("CREATE VIRTUAL TABLE article_search_instance USING fts5vocab(article_search, instance)")
    run_script(
        conn,
        """
        CREATE TABLE entity_aliases (
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            to_label TEXT NOT NULL,
            to_text TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (label, text),
            CHECK (label != to_label OR text != to_text)
        ) WITHOUT ROWID;
        CREATE INDEX entity_aliases_by_target ON entity_aliases(to_label, to_text);
        """,
    )
