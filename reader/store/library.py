"""The library: the one entry point the app and the command line use for the user's data.

A Library opens the file (reader/store/connection.py: checks, WAL,
migrations with a backup first) and hands out its parts, one per concern,
all sharing one connection and one transaction helper (reader/store/db.py):

    library.pages        sources and storing finished pages        pages.py
    library.identity     each page's newspaper, date, page, section identity.py
    library.articles     article rows, reading them back           articles.py
    library.search       finding articles by query and filters     search.py
    library.entities     entities, suppressions, the index          entities.py
    library.recognition  what still needs the recogniser            recognition.py
    library.tags         tags, merges and their undo                tags.py
    library.notes        article notes                              notes.py
    library.annotations  passage annotations                        annotations.py
    library.exports      the rows of the CSV export                 export_rows.py

Every public method that writes is one user action in one transaction;
SQLite errors come out as the errors of reader.store.errors. The store
stores: reading and parsing files is reader/ingest's job.

A Library object belongs to the thread that created it (SQLite's rule); a
background worker opens its own Library on the same path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from reader.model import Page
from reader.store.annotations import Annotations
from reader.store.articles import Articles
from reader.store.connection import DEFAULT_BUSY_TIMEOUT, open_connection
from reader.store.errors import translated
from reader.store.db import Db
from reader.store.entities import Entities
from reader.store.export_rows import ExportRows
from reader.store.identity import PageIdentity
from reader.store.notes import Notes
from reader.store.pages import Pages
from reader.store.recognition import Recognition
from reader.store.reparse import Reparser
from reader.store.search import Search
from reader.store.tags import Tags


class Library:
    def __init__(self, path: str | Path | None = None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> None:
        """Open (creating if needed) the library at ``path``; ``None`` or ':memory:' is in memory.

        Opens in WAL mode with foreign keys on and a busy timeout (seconds),
        runs pending migrations (backing the file up first), and raises
        LibraryCorruptError, LibraryTooNewError, LibraryLockedError or
        LibraryReadOnlyError with a clear message, never touching a file it refuses.
        ``busy_timeout`` (seconds) is how long a write waits for another
        program's write before LibraryLockedError. After an upgrade,
        ``backup_path`` names the copy made before migrating (else None).
        """
        in_memory = path is None or str(path) == ":memory:"
        self.path: Path | None = None if in_memory else Path(path).expanduser()
        self._where = str(self.path) if self.path else "the in-memory library"
        self.conn, self.backup_path = open_connection(self.path, busy_timeout=busy_timeout)
        self.db = Db(self.conn, self._where)
        self.articles = Articles(self.db)
        self.identity = PageIdentity(self.db)
        self.pages = Pages(self.db, self.articles, self.identity)
        self.search = Search(self.db)
        self.entities = Entities(self.db, self.articles)
        self.recognition = Recognition(self.db, self.articles, self.entities)
        self.tags = Tags(self.db, self.articles)
        self.notes = Notes(self.db, self.articles)
        self.annotations = Annotations(self.db, self.articles, self.tags)
        self.exports = ExportRows(self.db)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def reparse(self, parse: Callable[[str], Page]) -> dict:
        """Re-parse every stored page with ``parse``; see reader/store/reparse.py for what is kept and how."""
        reparser = Reparser(
            self.db, pages=self.pages, articles=self.articles, entities=self.entities, recognition=self.recognition,
            annotations=self.annotations, tags=self.tags, notes=self.notes, identity=self.identity,
        )  # fmt: skip
        with translated(self._where):
            return reparser.reparse_all(parse)

    def integrity_check(self) -> str:
        """SQLite's verdict on the file and on the search index ("ok" when both are sound)."""
        with translated(self._where):
            verdict = "\n".join(r[0] for r in self.conn.execute("PRAGMA integrity_check"))
            if verdict != "ok":
                return verdict
            try:
                # PRAGMA integrity_check does not look inside FTS5's own b-trees;
                # this does (a contentless index has no text to compare with, so
                # whether it matches the articles is the search tests' job).
                self.conn.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                return f"search index: {exc}"
            return "ok"
