"""Schema version 5: pages identified by their decoded text, not their bytes.

The same page saved as UTF-8, GB18030 and UTF-16 was three pages. Sources
that keep their raw text get the key of its normalised text
(reader.store.pages.text_key, registered as reader_text_key). When two
stored sources turn out to be the same page, the first keeps the new key and
the other keeps its old one: nothing is deleted by a migration, and the
user's work on both stays.
"""

from __future__ import annotations

import sqlite3

NAME = "pages identified by their decoded text"


def apply(conn: sqlite3.Connection) -> None:
    conn.execute(
        "UPDATE OR IGNORE sources SET content_hash = reader_text_key(raw_text) "
        "WHERE raw_text != '' AND content_hash NOT LIKE 'page-sha256:%'"
    )
