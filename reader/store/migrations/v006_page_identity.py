"""Schema version 6: every page's identity (newspaper, date, page, section …) with its origin.

``page_values`` keeps every value some source gave a page, by origin (set
by the user, given at import, read from the page header, read from the file
name, PDF metadata); the columns added to ``sources`` hold the winning value
of each field (reader.identity.combine), for listing, sorting and filtering.

Existing pages get their values here, read again from their stored raw text
(the header and footer bands) and their file names: nothing the user made
is touched, and a page with neither keeps the fields empty.
"""

from __future__ import annotations

import sqlite3

from reader.store.migrations.script import run_script

NAME = "page identity: newspaper, date, page, section and their origins"


def apply(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        ALTER TABLE sources ADD COLUMN newspaper TEXT;
        -- ISO YYYY-MM-DD, or NULL when unknown.
        ALTER TABLE sources ADD COLUMN date TEXT;
        -- The label as printed without 第…版 and leading zeros: '3', 'A09'.
        ALTER TABLE sources ADD COLUMN page TEXT;
        -- Set when the label is a plain number.
        ALTER TABLE sources ADD COLUMN page_number INTEGER;
        ALTER TABLE sources ADD COLUMN section TEXT;
        -- [[role, name], ...] in print order.
        ALTER TABLE sources ADD COLUMN editors_json TEXT NOT NULL DEFAULT '[]';
        ALTER TABLE sources ADD COLUMN issue TEXT;
        ALTER TABLE sources ADD COLUMN cn TEXT;
        -- Every value each origin gave a page; NULL value: that origin left the field empty on purpose.
        CREATE TABLE page_values (
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            field TEXT NOT NULL CHECK (field IN ('newspaper', 'date', 'page', 'section', 'editors', 'issue', 'cn')),
            origin TEXT NOT NULL CHECK (origin IN ('user', 'import', 'header', 'filename', 'pdf')),
            value TEXT,
            PRIMARY KEY (source_id, field, origin)
        ) WITHOUT ROWID;
        -- Undated pages last, in either direction of a date sort.
        CREATE INDEX sources_by_date ON sources(date IS NULL, date, newspaper, page_number, page, id);
        CREATE INDEX sources_by_date_desc ON sources(date IS NOT NULL, date, newspaper, page_number, page, id);
        CREATE INDEX sources_by_newspaper ON sources(newspaper IS NULL, newspaper, date, page_number, page, id);
        CREATE INDEX sources_by_section ON sources(section);
        CREATE INDEX sources_by_page ON sources(page);
        CREATE INDEX sources_by_page_order ON sources(page IS NULL, page_number IS NULL, page_number, page, date, id);
        CREATE INDEX articles_by_title ON articles(title, source_id);
        -- What the article list shows of each row, apart from the rows themselves (which hold
        -- the bodies): a list in date order reads articles from all over the file, and these
        -- few bytes an article stay in the cache where the rows would not.
        CREATE INDEX articles_summary ON articles(id, source_id, title, byline);
        """,
    )
    from reader.store.identity import derive_stored_pages

    derive_stored_pages(conn)
