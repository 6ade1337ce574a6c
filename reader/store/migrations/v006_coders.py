"""Schema version 6: the coder who made each tag assignment, article note and passage annotation.

Two coders can now tag the same article with the same tag and each keep a
note on it: ``article_tags`` is keyed by (article, tag, coder) and
``article_notes`` by (article, coder), so both tables are rebuilt (SQLite
cannot change a primary key in place). Every existing row gets the default
coder, the operating system's user name (reader.coders.default_coder), which
is also what Settings starts from. The library was backed up before this ran
(see migrations/__init__.py).
"""

from __future__ import annotations

import sqlite3

from reader.coders import default_coder
from reader.store.migrations.script import run_script

NAME = "coders"


def apply(conn: sqlite3.Connection) -> None:
    coder = default_coder().replace("'", "''")
    run_script(
        conn,
        f"""
        CREATE TABLE article_tags_v6 (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            coder TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (article_id, tag_id, coder)
        ) WITHOUT ROWID;
        INSERT INTO article_tags_v6(article_id, tag_id, coder, created)
            SELECT article_id, tag_id, '{coder}', created FROM article_tags;
        DROP TABLE article_tags;
        ALTER TABLE article_tags_v6 RENAME TO article_tags;
        CREATE INDEX article_tags_by_tag ON article_tags(tag_id, article_id);
        CREATE INDEX article_tags_by_coder ON article_tags(coder, article_id);

        CREATE TABLE article_notes_v6 (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            coder TEXT NOT NULL,
            note TEXT NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL,
            PRIMARY KEY (article_id, coder)
        ) WITHOUT ROWID;
        INSERT INTO article_notes_v6(article_id, coder, note, created, modified)
            SELECT article_id, '{coder}', note, created, modified FROM article_notes;
        DROP TABLE article_notes;
        ALTER TABLE article_notes_v6 RENAME TO article_notes;

        ALTER TABLE annotations ADD COLUMN coder TEXT NOT NULL DEFAULT '';
        UPDATE annotations SET coder = '{coder}';
        CREATE INDEX annotations_by_coder ON annotations(coder, article_id);
        """,
    )
