"""Numbered schema migrations of the library file.

The schema version is kept twice: ``PRAGMA user_version`` (read before
anything else, so that a file from a newer reader is refused before we write
a byte to it) and the ``schema_migrations`` table (a readable history for
people who open the file in the sqlite3 shell or Datasette).

Each migration runs in its own transaction together with the version bump,
so a crash leaves the file at the previous version, never in between. Before
migrating an existing file, a copy is written next to it as
``<name>.backup-YYYYmmdd-HHMMSS.db``.

Each migration is a module of this package (vNNN_name.py, with NAME and
apply(conn)); MIGRATIONS lists them in order. Tests keep a frozen builder of every earlier version (tests/store/old_schemas.py);
never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from reader.store.backups import write_backup
from reader.store.errors import LibraryTooNewError, NotALibraryError
from reader.store.migrations import (
    v001_core_tables,
    v002_search_index,
    v003_suppressions_and_orphans,
    v004_entity_counts,
    v005_text_keys,
    v006_coders,
    v007_page_identity,
    v008_corrections,
    v009_search_fields_and_aliases,
    v010_pdf_pages,
    v011_page_identity_repairs,
)
from reader.store.keys import text_key
from reader.store.text_index import segment


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the schema's statements rely on (the search index is fed through one)."""
    conn.create_function("reader_segment", 1, segment, deterministic=True)
    conn.create_function("reader_text_key", 1, text_key, deterministic=True)


Migration = tuple[int, str, Callable[[sqlite3.Connection], None]]

# One module a migration, applied in this order; the number is the schema version it makes.
_STEPS = (
    v001_core_tables, v002_search_index, v003_suppressions_and_orphans, v004_entity_counts, v005_text_keys,
    v006_coders, v007_page_identity, v008_corrections, v009_search_fields_and_aliases, v010_pdf_pages,
    v011_page_identity_repairs,
)  # fmt: skip
MIGRATIONS: list[Migration] = [(number, step.NAME, step.apply) for number, step in enumerate(_STEPS, 1)]
LATEST_VERSION = MIGRATIONS[-1][0]


def schema_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def check_version(conn: sqlite3.Connection, where: str) -> int:
    """The file's version; raises before anything is written when reader cannot use it."""
    version = schema_version(conn)
    if version > LATEST_VERSION:
        raise LibraryTooNewError(
            f"{where} was written by a newer version of reader (library schema {version}; "
            f"this version knows up to {LATEST_VERSION}). It was left untouched: "
            "update reader to open it."
        )
    if version == 0:
        # A SQLite file with tables but no version is someone else's database.
        has_tables = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()[0]
        if has_tables:
            raise NotALibraryError(f"{where} is a SQLite database but not a reader library; it was left untouched.")
    return version


def migrate(conn: sqlite3.Connection, path: Path | None) -> Path | None:
    """Apply pending migrations; returns the backup written, if any.

    ``conn`` must be in autocommit mode (isolation_level=None) with
    register_functions() applied; ``path`` is None for in-memory libraries.
    """
    version = check_version(conn, str(path) if path else "the library")
    if version == LATEST_VERSION:
        return None
    written = write_backup(conn, path) if (path is not None and version > 0) else None
    for number, name, step in MIGRATIONS:
        if number <= version:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(
                "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, ?, ?)",
                (number, name, datetime.now(timezone.utc).isoformat(timespec="seconds")),
            )
            # user_version lives in the file header and is part of this transaction.
            conn.execute(f"PRAGMA user_version = {int(number)}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return written
