"""Opening the library file safely, and turning SQLite's errors into the library's.

Order matters when opening an existing file: the header and schema version
are read *before* anything could write (switching to WAL rewrites header
bytes), so a corrupt or newer file is refused byte-for-byte untouched.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from reader.store import migrations
from reader.store.errors import (
    NOTADB,
    LibraryCorruptError,
    LibraryError,
    LibraryReadOnlyError,
    translated,
)

DEFAULT_BUSY_TIMEOUT = 5.0  # seconds a writer waits for another writer before LibraryLockedError

def _check_existing_file(path: Path) -> bool:
    """True when the file exists with content; raises for paths that cannot be a library.

    Only ``stat`` here, never ``open()``: closing any descriptor of the file
    would drop every POSIX lock this process's SQLite connections hold on it
    (SQLite's "How To Corrupt", section 2.2), and another process could then
    checkpoint and delete the -wal file under our feet. Whether the content
    is a SQLite database is asked of SQLite itself (see _refuse_non_database).
    """
    if not path.exists():
        return False
    if path.is_dir():
        raise LibraryError(f"{path} is a folder, not a library file.")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise LibraryReadOnlyError(f"{path} cannot be read ({exc.strerror}).") from exc
    return size > 0  # an empty file is an empty database to SQLite


def _refuse_non_database(conn: sqlite3.Connection, path: Path) -> None:
    """Raise LibraryCorruptError when SQLite cannot read the file as a database; reads only."""
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code == NOTADB:
            raise LibraryCorruptError(
                f"{path} is not a reader library (not a SQLite database); it was left untouched."
            ) from exc
        raise


def _check_writable(path: Path, exists: bool) -> None:
    # WAL needs to create <name>-wal and <name>-shm beside the file.
    folder = path.parent
    if exists and not os.access(path, os.W_OK):
        raise LibraryReadOnlyError(f"The library file {path} is read-only; make it writable or copy it elsewhere.")
    if not os.access(folder, os.W_OK):
        raise LibraryReadOnlyError(
            f"The folder {folder} cannot be written, so the library {path.name} cannot be opened for writing."
        )


def open_connection(path: Path | None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT) -> tuple[sqlite3.Connection, Path | None]:
    """An autocommit connection to the migrated library; returns it and the backup written, if any."""
    where = str(path) if path else "the in-memory library"
    if path is None:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        exists = False
    else:
        exists = _check_existing_file(path)
        if not exists:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryReadOnlyError(f"Cannot create the folder for {path} ({exc.strerror}).") from exc
        _check_writable(path, exists)
        with translated(where):
            # isolation_level=None: no implicit transactions; every write goes
            # through an explicit BEGIN IMMEDIATE ... COMMIT in the library.
            conn = sqlite3.connect(str(path), timeout=busy_timeout, isolation_level=None)
    try:
        with translated(where):
            if exists:
                _refuse_non_database(conn, path)
            migrations.register_functions(conn)
            migrations.check_version(conn, where)  # reads the header and schema only
            if exists:
                # Reading the whole schema surfaces most damage before any write.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            if path is not None:
                mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if mode.lower() != "wal":
                    raise LibraryError(f"{where}: could not switch to WAL journaling (got {mode}).")
            # In WAL mode, synchronous=NORMAL makes every COMMIT append to the
            # -wal file before returning; the data is then in the operating
            # system's cache, so it survives the *process* being killed
            # (SIGKILL, crash). Only a power cut or OS crash can lose the last
            # commits (never corrupt the file); FULL would also fsync on every
            # commit, which costs far more than it buys for a desktop library.
            conn.execute("PRAGMA synchronous = NORMAL")
            backup = migrations.migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn, backup
