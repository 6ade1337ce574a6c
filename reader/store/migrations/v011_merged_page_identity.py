"""Schema version 11: every page has its identity again.

Before version 11, ``merge-library`` stored the pages it added without
their ``page_identity`` row (and without what each origin said), so lists
sorted by date or filtered by newspaper left their articles out, and
``pages`` did not show them. Their identity is read again from what the
page itself says: its header bands and its name, as version 7 did for
every page. What the other library held beyond that (values set by its
user, given at import, from PDF metadata) is not in this file: merging
that library again brings it (a merge now adds what the other says from
an origin that says nothing here). No table changes.
"""

from __future__ import annotations

import sqlite3

from reader.store.identity import derive_stored_pages

NAME = "identity for pages merged without it"


def apply(conn: sqlite3.Connection) -> None:
    missing = [r[0] for r in conn.execute("SELECT id FROM sources WHERE id NOT IN (SELECT source_id FROM page_identity)")]
    if missing:
        derive_stored_pages(conn, missing)
