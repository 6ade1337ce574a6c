"""Schema version 11: every page has its identity again, and an issue's pages share theirs.

Before version 11, ``merge-library`` stored the pages it added without
their ``page_identity`` row (and without what each origin said), so lists
sorted by date or filtered by newspaper left their articles out, and
``pages`` did not show them. Their identity is read again from what the
page itself says: its header bands and its name, as version 7 did for
every page. What the other library held beyond that (values set by its
user, given at import, from PDF metadata) is not in this file: merging
that library again brings it (a merge now adds what the other says from
an origin that says nothing here).

``page_values`` takes a new origin, ``issue``: what the headers of the
other pages of the same file (a PDF of a whole issue, or a text file of
many pages) say of the newspaper, date, issue number and CN number, for a
page whose own header does not (reader/store/identity.py,
share_across_issue). SQLite cannot change a CHECK constraint in place, so
the table is built again with its rows. Existing pages get such values at
their next ``reparse``.
"""

from __future__ import annotations

import sqlite3

from reader.store.identity import derive_stored_pages
from reader.store.migrations.script import run_script

NAME = "identity for pages merged without it; the issue's other pages as an origin"


def apply(conn: sqlite3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE page_values_v11 (
            source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
            field TEXT NOT NULL CHECK (field IN ('newspaper', 'date', 'page', 'section', 'editors', 'issue', 'cn')),
            origin TEXT NOT NULL CHECK (origin IN ('user', 'import', 'header', 'filename', 'issue', 'pdf')),
            value TEXT,
            PRIMARY KEY (source_id, field, origin)
        ) WITHOUT ROWID;
        INSERT INTO page_values_v11(source_id, field, origin, value) SELECT source_id, field, origin, value FROM page_values;
        DROP TABLE page_values;
        ALTER TABLE page_values_v11 RENAME TO page_values;
        """,
    )
    missing = [r[0] for r in conn.execute("SELECT id FROM sources WHERE id NOT IN (SELECT source_id FROM page_identity)")]
    if missing:
        derive_stored_pages(conn, missing)
