"""Schema version 8: the user's corrections of the parse, a trash, line provenance and the parser's doubt.

``corrections`` keeps each correction as the user's edit over the parser's
output (kind and anchors by text, reader/corrections), in the order made, so
that a re-parse applies them again; ``status`` says whether the last parse
still took it and ``problem`` why not. ``trash`` keeps deleted articles with
all the user's work on them until the trash is emptied.

Articles gain where they were printed (``lines_json``: the page lines of
their headline fields and captions; body blocks keep theirs in blocks_json),
the parser's doubt about them, and when the user last corrected them.
Pages keep the lines the parser left out of every article
(``dropped_json``). Annotations whose text the user edited are marked
``edited``. Existing rows get empty values: a re-parse fills them in.
"""

from __future__ import annotations

import sqlite3

from reader.store.migrations.script import run_script

NAME = "corrections, trash, line provenance and doubt"


def apply(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            -- The page the correction was made on; a join also names the continuation's page.
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            other_source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN
                ('split', 'merge', 'set_role', 'drop_lines', 'line_role', 'restore_line', 'edit_text', 'delete', 'join')),
            -- Anchors by text and parameters, as reader/corrections builds them.
            data_json TEXT NOT NULL,
            -- The article it made or changed, while there is one.
            article_id INTEGER,
            created TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'applied' CHECK (status IN ('applied', 'failed')),
            problem TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX corrections_by_source ON corrections(source_id, id);
        CREATE INDEX corrections_by_other_source ON corrections(other_source_id, id) WHERE other_source_id IS NOT NULL;
        -- Deleted articles with the user's work on them (reader/store/snapshots.py), until emptied.
        CREATE TABLE trash (
            article_id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            deleted_at TEXT NOT NULL,
            correction_id INTEGER REFERENCES corrections(id) ON DELETE SET NULL,
            snapshot_json TEXT NOT NULL
        );
        -- {"kicker": [line, ...], "title": [...], ..., "captions": [[...], ...]}; NULL when unknown.
        ALTER TABLE articles ADD COLUMN lines_json TEXT;
        -- How unsure the parser is of the article's cut and title: 0 sure ... 1 unsure; and why.
        ALTER TABLE articles ADD COLUMN doubt REAL NOT NULL DEFAULT 0;
        ALTER TABLE articles ADD COLUMN doubt_reasons TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN corrected_at TEXT;
        CREATE INDEX articles_to_check ON articles(id) WHERE doubt >= 0.5 AND corrected_at IS NULL;
        -- The article list marks doubtful and corrected articles: those come from the
        -- list's covering index too (version 7 made it), not from the rows.
        DROP INDEX articles_summary;
        CREATE INDEX articles_summary ON articles(id, source_id, title, byline, doubt, corrected_at);
        -- [{"line": n, "text": ..., "reason": ...}, ...]: lines in no article (0-based).
        ALTER TABLE sources ADD COLUMN dropped_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE annotations ADD COLUMN edited INTEGER NOT NULL DEFAULT 0;
        """,
    )
