"""Opening the library file safely.

Order matters when opening an existing file: whether it is a database, and
its schema version, are read *before* anything could write (switching to WAL
rewrites header bytes), so a damaged or newer file is refused byte-for-byte
untouched.

The file is only ever touched through SQLite: never ``open()``ed, copied or
rewritten by us while a connection may be open. Closing any descriptor of
it would drop every POSIX lock this process's SQLite connections hold
(SQLite's "How To Corrupt", section 2.2), and another process could then
checkpoint and delete the -wal file under our feet. ``stat`` and ``access``
open nothing and are fine.

A library that cannot be written (the file, or the folder its -wal and -shm
live in, is read-only) is opened read-only: reading, searching and
exporting work, every write is refused with a clear message.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from reader.store import backups, migrations
from reader.store.errors import (
    NOTADB,
    LibraryCorruptError,
    LibraryDamagedError,
    LibraryError,
    LibraryNotFoundError,
    LibraryReadOnlyError,
    NotALibraryError,
    translated,
)

DEFAULT_BUSY_TIMEOUT = 5.0  # seconds a writer waits for another writer before LibraryLockedError


@dataclass(slots=True)
class Opened:
    conn: sqlite3.Connection
    backup: Path | None  # the copy written before migrating, if any
    read_only: str | None  # why edits are off, or None


def _existing_size(path: Path) -> int | None:
    """The file's size, or None when there is no file; raises for paths that cannot be a library."""
    if not path.exists():
        return None
    if path.is_dir():
        raise LibraryError(f"{path} is a folder, not a library file.")
    try:
        return path.stat().st_size
    except OSError as exc:
        raise LibraryReadOnlyError(f"{path} cannot be read ({exc.strerror}).") from exc


def _refuse_non_database(conn: sqlite3.Connection, path: Path) -> None:
    """Raise LibraryCorruptError when SQLite cannot read the file as a database; reads only."""
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
        if code == NOTADB:
            raise NotALibraryError(
                f"{path} is not a reader library (not a SQLite database); it was left untouched."
            ) from exc
        raise


def why_read_only(path: Path, exists: bool) -> str | None:
    """Why this library cannot be written, or None when it can."""
    # WAL needs to create <name>-wal and <name>-shm beside the file.
    if exists and not os.access(path, os.W_OK):
        return f"the file {path.name} is read-only"
    if not os.access(path.parent, os.W_OK):
        return f"the folder {path.parent} cannot be written"
    return None


def _connect(path: Path, *, read_only: bool, busy_timeout: float, immutable: bool = False) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + ("?mode=ro" + ("&immutable=1" if immutable else "") if read_only else "?mode=rwc")
    # isolation_level=None: no implicit transactions; every write goes
    # through an explicit BEGIN IMMEDIATE ... COMMIT (reader/store/db.py).
    return sqlite3.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None, check_same_thread=True)


def open_connection(path: Path | None, *, busy_timeout: float = DEFAULT_BUSY_TIMEOUT, create: bool = True) -> Opened:
    """An autocommit connection to the migrated library.

    ``create=False`` refuses a path with no library (LibraryNotFoundError)
    instead of creating one: commands that only read create nothing.
    """
    if path is None:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            with translated("the in-memory library"):
                migrations.register_functions(conn)
                conn.execute("PRAGMA foreign_keys = ON")
                backup = migrations.migrate(conn, None)
        except BaseException:
            conn.close()
            raise
        return Opened(conn, backup, None)
    where = str(path)
    size = _existing_size(path)
    exists = bool(size)  # an empty file is an empty database to SQLite
    if size is None:
        if not create:
            raise LibraryNotFoundError(f"There is no library at {path}; nothing was created.")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LibraryReadOnlyError(f"Cannot create the folder for {path} ({exc.strerror}).") from exc
    read_only = why_read_only(path, size is not None)
    if read_only and not exists:
        raise LibraryReadOnlyError(f"{path} cannot be created: {read_only}.")
    with translated(where):
        conn = _connect(path, read_only=bool(read_only), busy_timeout=busy_timeout)
    try:
        with translated(where):
            if exists:
                try:
                    _refuse_non_database(conn, path)
                except sqlite3.OperationalError:
                    if not read_only:
                        raise
                    # A WAL library in a folder we cannot write has no -shm to
                    # share: read it as an immutable file (nobody can write
                    # beside it either).
                    conn.close()
                    conn = _connect(path, read_only=True, busy_timeout=busy_timeout, immutable=True)
                    _refuse_non_database(conn, path)
            migrations.register_functions(conn)
            version = migrations.check_version(conn, where)  # reads the header and schema only
            if exists:
                # Reading the whole schema surfaces most damage before any write.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            if read_only:
                if version != migrations.LATEST_VERSION:
                    raise LibraryReadOnlyError(
                        f"{path} was made by an older version of reader and needs upgrading, "
                        f"but {read_only}; make it writable, or copy it elsewhere, and open it again."
                    )
                return Opened(conn, None, read_only)
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
    except LibraryCorruptError as exc:
        conn.close()
        if isinstance(exc, (NotALibraryError, LibraryDamagedError)):
            raise
        advice = backups.advice(path)
        raise LibraryDamagedError(f"{exc} It was left untouched.{' ' + advice if advice else ''}") from exc
    except BaseException:
        conn.close()
        raise
    return Opened(conn, backup, None)
