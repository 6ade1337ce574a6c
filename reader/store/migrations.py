"""Numbered schema migrations of the library file.

The schema version is kept twice: ``PRAGMA user_version`` (read before
anything else, so that a file from a newer reader is refused before we write
a byte to it) and the ``schema_migrations`` table (a readable history for
people who open the file in the sqlite3 shell or Datasette).

Each migration runs in its own transaction together with the version bump,
so a crash leaves the file at the previous version, never in between. Before
migrating an existing file, a copy is written next to it as
``<name>.backup-YYYYmmdd-HHMMSS.db``.

Tests keep a frozen builder of every earlier version (tests/store/old_schemas.py);
never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from reader.store.errors import LibraryError, LibraryTooNewError
from reader.store.search import segment


def register_functions(conn: sqlite3.Connection) -> None:
    """SQL functions the schema's statements rely on (the search index is fed through one)."""
    conn.create_function("reader_segment", 1, segment, deterministic=True)


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one inside the caller's transaction.

    (sqlite3's executescript() would COMMIT the open transaction first,
    breaking the all-or-nothing migration.)
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending!r}")


def _v1_core_tables(conn: sqlite3.Connection) -> None:
    _run_script(
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


def _v2_search_index(conn: sqlite3.Connection) -> None:
    # Contentless (the text already lives in articles): the index holds each
    # character as a token, see reader/store/search.py. Rows are kept in step
    # by the library module, with rowid = articles.id.
    conn.execute(
        "CREATE VIRTUAL TABLE article_search USING fts5("
        "title, body, content='', tokenize='ascii', detail=full)"
    )
    conn.execute(
        "INSERT INTO article_search(rowid, title, body) "
        "SELECT id, reader_segment(title), reader_segment(body_text) FROM articles"
    )


def _v3_suppressions_and_orphans(conn: sqlite3.Connection) -> None:
    _run_script(
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


def _v4_entity_counts(conn: sqlite3.Connection) -> None:
    # The entity index (every entity of a type with its article count) counted
    # millions of entity rows per question, seconds on 100,000 articles. This
    # table keeps the answer: per (label, text), the number of articles where
    # it is effective (the recogniser's spans the user suppressed do not
    # count). reader/store/library.py updates it in the same transaction as
    # every write to entities, entity suppressions or articles' entities.
    # Rows whose count falls to 0 are deleted.
    _run_script(
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


Migration = tuple[int, str, Callable[[sqlite3.Connection], None]]

MIGRATIONS: list[Migration] = [
    (1, "core tables", _v1_core_tables),
    (2, "character index for Chinese search", _v2_search_index),
    (3, "entity suppressions and orphaned annotations", _v3_suppressions_and_orphans),
    (4, "article counts of entities for the entity index", _v4_entity_counts),
]
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
            raise LibraryError(f"{where} is a SQLite database but not a reader library; it was left untouched.")
    return version


def backup_path_for(path: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.backup-{stamp}.db")
    n = 1
    while candidate.exists():  # two upgrades within one second
        n += 1
        candidate = path.with_name(f"{path.stem}.backup-{stamp}-{n}.db")
    return candidate


def backup(conn: sqlite3.Connection, path: Path) -> Path:
    """A consistent copy of the open database (WAL content included) next to ``path``."""
    target = backup_path_for(path)
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(conn: sqlite3.Connection, path: Path | None) -> Path | None:
    """Apply pending migrations; returns the backup written, if any.

    ``conn`` must be in autocommit mode (isolation_level=None) with
    register_functions() applied; ``path`` is None for in-memory libraries.
    """
    version = check_version(conn, str(path) if path else "the library")
    if version == LATEST_VERSION:
        return None
    written = backup(conn, path) if (path is not None and version > 0) else None
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
