"""Schema version 1: core tables. Shipped: never edit; add a new migration instead."""

from __future__ import annotations

import sqlite3

from reader.store.migrations.script import run_script

NAME = "core tables"


def apply(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE schema_migrations (
            version INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            applied_at TEXT NOT NULL
        );
        -- One row per imported page file; raw_text is kept so that a newer
        -- parser can re-parse without the original file.
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            path TEXT NOT NULL DEFAULT '',
            content_hash TEXT NOT NULL UNIQUE,
            encoding TEXT NOT NULL DEFAULT 'utf-8',
            imported_at TEXT NOT NULL,
            raw_text TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kicker TEXT,
            title TEXT NOT NULL DEFAULT '',
            subtitle TEXT,
            dateline TEXT,
            byline TEXT,
            byline_raw TEXT,
            body_text TEXT NOT NULL DEFAULT '',
            blocks_json TEXT NOT NULL DEFAULT '[]',
            captions_json TEXT NOT NULL DEFAULT '[]',
            recognised_at TEXT,
            UNIQUE (source_id, position)
        );
        CREATE INDEX articles_not_recognised ON articles(id) WHERE recognised_at IS NULL;
        -- start/end are code-point offsets into articles.body_text, end exclusive.
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            label TEXT NOT NULL,
            text TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'auto' CHECK (origin IN ('auto', 'user'))
        );
        CREATE INDEX entities_by_article ON entities(article_id, start);
        CREATE INDEX entities_by_label_text ON entities(label, text, article_id);
        CREATE TABLE tags (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            color TEXT NOT NULL
        );
        CREATE TABLE article_tags (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            created TEXT NOT NULL,
            PRIMARY KEY (article_id, tag_id)
        ) WITHOUT ROWID;
        CREATE INDEX article_tags_by_tag ON article_tags(tag_id, article_id);
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            tag_id INTEGER REFERENCES tags(id) ON DELETE SET NULL,
            note TEXT,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        CREATE INDEX annotations_by_article ON annotations(article_id, start);
        CREATE INDEX annotations_by_tag ON annotations(tag_id);
        CREATE TABLE article_notes (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            note TEXT NOT NULL,
            created TEXT NOT NULL,
            modified TEXT NOT NULL
        );
        """
    )
