"""Schema version 3: entity suppressions and orphaned annotations. Shipped: never edit; add a new migration instead."""

from __future__ import annotations

import sqlite3

from reader.store.migrations.script import run_script

NAME = "entity suppressions and orphaned annotations"


def apply(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        -- Recogniser spans the user removed; they stay hidden after re-recognition.
        CREATE TABLE entity_suppressions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label TEXT NOT NULL,
            PRIMARY KEY (article_id, start, "end", label)
        ) WITHOUT ROWID;
        -- 1 when a re-parse could not find the annotated passage again.
        ALTER TABLE annotations ADD COLUMN orphaned INTEGER NOT NULL DEFAULT 0;
        """
    )
