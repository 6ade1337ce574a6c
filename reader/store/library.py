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
    library.exchange     reading everything for a .qdpx export      exchange_rows.py
    library.imports      taking a .qdpx import plan in              exchange_import.py
    library.merger       merging another library into this one      merge.py
    library.coding       who coded what, for agreement              coding.py
    library.corrections  the user's corrections of the parse, trash corrections.py
    library.aliases      entity variants merged, types changed      aliases.py
    library.concordance  every hit with its context (KWIC)          concordance.py
    library.statistics   timelines, facets, co-occurrence, tags     statistics.py
    library.pdfs         PDF pages: their file, page index, boxes   pdf_pages.py

``library.coder`` is who is coding now (Settings, ``--coder``; default the
operating system's user name): every tag assignment, note and passage
annotation made through the library is stored with it.

Every public method that writes is one user action in one transaction;
SQLite errors come out as the errors of reader.store.errors. The store
stores: reading and parsing files is reader/ingest's job.

A Library object belongs to the thread that created it (SQLite's rule); a
background worker opens its own Library on the same path.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path

from reader.coders import clean_coder, default_coder
from reader.model import Page
from reader.store import backups
from reader.store.aliases import Aliases
from reader.store.annotations import Annotations
from reader.store.articles import Articles
from reader.store.concordance import Concordance
from reader.store.connection import DEFAULT_BUSY_TIMEOUT, open_connection
from reader.store.errors import InvalidInputError, LibraryDamagedError, LibraryError, LibraryReadOnlyError
from reader.store.db import Db
from reader.store.entities import Entities
from reader.store.export_rows import ExportRows
from reader.store.identity import PageIdentity
from reader.store.notes import Notes
from reader.store.pages import Pages
from reader.store.pdf_pages import PdfPages
from reader.store.recognition import Recognition
from reader.store.search import Search
from reader.store.statistics import Statistics
from reader.store.tags import Tags


class Library:
    def __init__(
        self, path: str | Path | None = None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT, create: bool = True,
        verify: bool = False, coder: str | None = None,
    ) -> None:  # fmt: skip
        """Open (creating if needed) the library at ``path``; ``None`` or ':memory:' is in memory.

        Opens in WAL mode with foreign keys on and a busy timeout (seconds),
        runs pending migrations (backing the file up first), and raises
        LibraryCorruptError, LibraryTooNewError, LibraryLockedError or
        LibraryReadOnlyError with a clear message, never touching a file it refuses.
        A file that cannot be written opens read-only (``read_only`` says why;
        every write is refused). ``busy_timeout`` (seconds) is how long a write
        waits for another program's write before LibraryLockedError. After an
        upgrade, ``backup_path`` names the copy made before migrating (else None).

        ``create=False`` refuses a path with no library instead of creating
        one (LibraryNotFoundError). ``verify=True`` runs SQLite's quick check
        before anything can be written and raises LibraryDamagedError when it
        finds damage: the command line's writing commands use it, so none of
        them writes into a damaged file (it reads the whole file: about
        400 MB/s here).
        """
        in_memory = path is None or str(path) == ":memory:"
        self.path: Path | None = None if in_memory else Path(path).expanduser()
        self._where = str(self.path) if self.path else "the in-memory library"
        opened = open_connection(self.path, busy_timeout=busy_timeout, create=create)
        self.conn, self.backup_path = opened.conn, opened.backup
        self.db = Db(
            self.conn, self._where, default_coder(), read_only=opened.read_only, advice=lambda: backups.advice(self.path)
        )
        if coder is not None:
            self.coder = coder
        self.articles = Articles(self.db)
        self.identity = PageIdentity(self.db)
        self.pages = Pages(self.db, self.articles, self.identity)
        self.pdfs = PdfPages(self.db, self.pages)
        self.search = Search(self.db)
        self.entities = Entities(self.db, self.articles)
        self.recognition = Recognition(self.db, self.articles, self.entities)
        self.tags = Tags(self.db, self.articles)
        self.notes = Notes(self.db, self.articles)
        self.annotations = Annotations(self.db, self.articles, self.tags)
        self.exports = ExportRows(self.db)
        self.aliases = Aliases(self.db)
        self.concordance = Concordance(self.db, self.search)
        self.statistics = Statistics(self.db, self.search)
        if verify:
            try:
                self.check(quick=True)
            except BaseException:
                self.close()
                raise

    # Parts that most commands never use are made when first asked for, so
    # that a command like `list` does not import them (the command line's
    # start-up time).
    @functools.cached_property
    def exchange(self):
        from reader.store.exchange_rows import ExchangeRows

        return ExchangeRows(self.db)

    @functools.cached_property
    def imports(self):
        from reader.store.exchange_import import ExchangeImport

        return ExchangeImport(self.db, self.pages, self.tags)

    @functools.cached_property
    def coding(self):
        from reader.store.coding import Coding

        return Coding(self.db)

    @functools.cached_property
    def merger(self):
        from reader.store.merge import Merger

        return Merger(self.db, self.articles, self.entities, self.path)

    @functools.cached_property
    def corrections(self):
        from reader.store.corrections import Corrections
        from reader.store.page_writer import PageWriter

        writer = PageWriter(self.db, articles=self.articles, pages=self.pages, entities=self.entities,
                            annotations=self.annotations, notes=self.notes)  # fmt: skip
        return Corrections(
            self.db, articles=self.articles, pages=self.pages, entities=self.entities, writer=writer, notes=self.notes
        )

    @property
    def coder(self) -> str:
        return self.db.coder

    @coder.setter
    def coder(self, name: str) -> None:
        name = clean_coder(name)
        if not name:
            raise InvalidInputError("A coder needs a name.")
        self.db.coder = name

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- state -------------------------------------------------------------------------
    @property
    def read_only(self) -> str | None:
        """Why edits are off (the file or its folder is read-only), or None."""
        return self.db.read_only

    @property
    def damaged(self) -> str | None:
        """What revealed damage in this session, or None; once set, nothing more is written."""
        return self.db.damaged

    def set_busy_timeout(self, seconds: float) -> None:
        """How long a write waits for another program's lock before LibraryLockedError, from now on."""
        with self.db.guard():
            self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")

    def accept_restored(self) -> None:
        """A backup was restored into this file (by another connection): damage seen before is gone."""
        self.db.damaged = None

    def data_version(self) -> int:
        """Changes when another connection (another program, a worker) commits: cheap enough to poll."""
        with self.db.guard():
            return self.conn.execute("PRAGMA data_version").fetchone()[0]

    # -- actions on the whole library ---------------------------------------------------
    def reparse(self, parse: Callable[[str], Page], read_pdf: Callable | None = None) -> dict:
        """Re-parse every stored page with ``parse`` (pages from PDFs with ``read_pdf``, see
        reader/ingest/pdf_reparse.py); see reader/store/reparse.py for what is kept and how."""
        from reader.store.correction_replay import CorrectionReplay
        from reader.store.reparse import Reparser

        reparser = Reparser(
            self.db, pages=self.pages, articles=self.articles, entities=self.entities, recognition=self.recognition,
            annotations=self.annotations, tags=self.tags, notes=self.notes, identity=self.identity,
            corrections=CorrectionReplay(self.db, self.pages), pdfs=self.pdfs,
        )  # fmt: skip
        with self.db.guard():
            return reparser.reparse_all(parse, read_pdf)

    def integrity_check(self) -> str:
        """SQLite's verdict on the file and on the search index ("ok" when both are sound)."""
        return self.check(quick=False, raise_damaged=False)

    def check(
        self, *, quick: bool = True, raise_damaged: bool = True, progress: Callable[[], bool] | None = None
    ) -> str:
        """Look for damage: SQLite's quick check (or its full integrity check) and the search index's own.

        Returns "ok" or what is wrong. Damage marks the library damaged (no
        more writes this session) and, with ``raise_damaged``, raises
        LibraryDamagedError. ``progress`` is called every few thousand steps
        of the check; returning True from it cancels (LibraryError).
        """
        pragma = "quick_check" if quick else "integrity_check"
        if progress is not None:
            self.conn.set_progress_handler(lambda: 1 if progress() else 0, 20_000)
        try:
            with self.db.guard():
                verdict = "\n".join(r[0] for r in self.conn.execute(f"PRAGMA {pragma}"))
                # FTS5 runs its check as an INSERT, which a read-only file refuses:
                # that refusal says nothing about damage, so such a file gets SQLite's check alone.
                if verdict == "ok" and self.read_only is None:
                    try:
                        # PRAGMA integrity_check does not look inside FTS5's own b-trees;
                        # this does (a contentless index has no text to compare with, so
                        # whether it matches the articles is the search tests' job).
                        self.conn.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')")
                    except sqlite3.DatabaseError as exc:
                        if "interrupt" in str(exc):
                            raise
                        # The file turned read-only after it was opened (a share remounted): not damage either.
                        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF != sqlite3.SQLITE_READONLY:
                            verdict = f"search index: {exc}"
        except LibraryDamagedError as exc:
            verdict = str(exc.__cause__ or exc)
        finally:
            if progress is not None:
                self.conn.set_progress_handler(None, 0)
        if verdict != "ok":
            self.db.mark_damaged(verdict.splitlines()[0])
            if raise_damaged:
                raise self.db.damaged_error()
        return verdict

    def backup(self, *, daily: bool = False, cancelled: Callable[[], bool] | None = None) -> Path:
        """Write a backup beside the library through SQLite; returns its path (see backups.write_backup)."""
        if self.path is None:
            raise LibraryError("An in-memory library has no file to back up beside.")
        with self.db.guard():
            return backups.write_backup(self.conn, self.path, kind="daily" if daily else "backup", cancelled=cancelled)

    def restore_from(self, backup: Path) -> Path | None:
        """Replace the library's content with a sound backup's (see backups.restore_into); the session may write again."""
        if self.path is None:
            raise LibraryError("An in-memory library has nothing to restore into.")
        if self.read_only is not None:
            raise LibraryReadOnlyError(f"{self._where} is read-only ({self.read_only}); it cannot be restored.")
        with self.db.guard():
            kept = backups.restore_into(self.conn, self.path, Path(backup))
        self.db.damaged = None
        return kept
