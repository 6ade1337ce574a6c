"""Schema version 7: every page's identity (newspaper, date, page, section …) with its origin.

``page_values`` keeps every value some source gave a page, by origin (set
by the user, given at import, read from the page header, read from the file
name, PDF metadata); ``page_identity`` holds the winning value of each field
(reader.identity.combine), one narrow row per page, for listing, sorting and
filtering. It is a table of its own, not columns of ``sources``: a sources
row carries the page's raw text, and columns added after it would be read
through the whole text every time a list shows a date.

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
        -- Every value each origin gave a page; NULL value: that origin left the field empty on purpose.
        CREATE TABLE page_values (
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            field TEXT NOT NULL CHECK (field IN ('newspaper', 'date', 'page', 'section', 'editors', 'issue', 'cn')),
            origin TEXT NOT NULL CHECK (origin IN ('user', 'import', 'header', 'filename', 'pdf')),
            value TEXT,
            PRIMARY KEY (source_id, field, origin)
        ) WITHOUT ROWID;
        -- The winning values, one row for every page (NULL where unknown).
        CREATE TABLE page_identity (
            source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
            newspaper TEXT,
            date TEXT,  -- ISO YYYY-MM-DD
            page TEXT,  -- the label as printed without 第…版 and leading zeros: '3', 'A09'
            page_number INTEGER,  -- set when the label is a plain number
            section TEXT,
            editors_json TEXT NOT NULL DEFAULT '[]',  -- [[role, name], ...] in print order
            issue TEXT,
            cn TEXT
        );
        -- The list's orders, undated pages last in either direction of a date sort; each
        -- ends with the other filter columns, so filtering never reads a row.
        CREATE INDEX page_identity_by_date ON page_identity(
            date IS NULL, date, newspaper, page_number, page, source_id, section);
        CREATE INDEX page_identity_by_date_desc ON page_identity(
            date IS NOT NULL, date, newspaper, page_number, page, source_id, section);
        CREATE INDEX page_identity_by_newspaper ON page_identity(
            newspaper IS NULL, newspaper, date, page_number, page, source_id, section);
        CREATE INDEX page_identity_by_page ON page_identity(
            page IS NULL, page_number IS NULL, page_number, page, date, source_id, newspaper, section);
        CREATE INDEX page_identity_by_section ON page_identity(section, date, newspaper, page);
        CREATE INDEX articles_by_title ON articles(title, source_id);
        -- What the article list shows of each row, apart from the rows themselves (which hold
        -- the bodies): a list in date order reads articles from all over the file, and these
        -- few bytes an article stay in the cache where the rows would not.
        CREATE INDEX articles_summary ON articles(id, source_id, title, byline);
        """,
    )
    from reader.store.identity import derive_stored_pages

    derive_stored_pages(conn)
