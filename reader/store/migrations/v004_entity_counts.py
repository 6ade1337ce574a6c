"""Schema version 4: article counts of entities for the entity index. Shipped: never edit; add a new migration instead."""

from __future__ import annotations

import sqlite3

from reader.store.migrations.script import run_script

NAME = "article counts of entities for the entity index"


def apply(conn: sqlite3.Connection) -> None:
    # The entity index (every entity of a type with its article count) counted
    # millions of entity rows per question, seconds on 100,000 articles. This
    # table keeps the answer: per (label, text), the number of articles where
    # it is effective (the recogniser's spans the user suppressed do not
    # count). reader/store/entities.py updates it in the same transaction as
    # every write to entities, entity suppressions or articles' entities.
    # Rows whose count falls to 0 are deleted.
    run_script(
        conn,
        """
        CREATE TABLE entity_counts (
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (label, text)
        ) WITHOUT ROWID;
        -- Serves "one type, most named first" and stops at a LIMIT.
        CREATE INDEX entity_counts_by_label ON entity_counts(label, articles DESC, text);
        INSERT INTO entity_counts(label, text, articles)
        SELECT e.label, e.text, count(DISTINCT e.article_id) FROM entities e
         WHERE NOT (e.origin = 'auto' AND EXISTS (
                SELECT 1 FROM entity_suppressions s WHERE s.article_id = e.article_id
                   AND s.start = e.start AND s."end" = e."end" AND s.label = e.label))
         GROUP BY e.label, e.text;
        """
    )
