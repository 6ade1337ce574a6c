"""The one connection a Library's parts share, and its one transaction helper.

Every part of the store (pages, articles, tags, ...) gets the same ``Db``;
none opens a connection of its own. ``guarded`` turns SQLite's errors into
the library's clear errors on every public method of a part.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timezone

from reader.store.errors import LibraryCorruptError, LibraryDamagedError, LibraryReadOnlyError, translated


def _clock() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Db:
    def __init__(
        self, conn: sqlite3.Connection, where: str, coder: str, *, read_only: str | None = None,
        advice: Callable[[], str] = lambda: "",
    ) -> None:  # fmt: skip
        self.conn = conn
        self.where = where  # how messages name the library: its path, or "the in-memory library"
        self.coder = coder  # who is coding: stored with every tag assignment, note and annotation
        self.read_only = read_only  # why edits are off (the file or its folder is read-only), or None
        self.damaged: str | None = None  # what revealed damage, once something did
        self._advice = advice  # what to do about damage (the newest backup), asked when needed

    @functools.cached_property
    def utils(self):
        """sqlite-utils over the same connection: its atomic() makes nested writes savepoints.

        Made when a nested write first needs it, so that reading (the command
        line's `list`) does not import sqlite-utils at all.
        """
        from reader.startup import import_sqlite_utils_lean

        import_sqlite_utils_lean()
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    # -- damage ---------------------------------------------------------------------
    @contextlib.contextmanager
    def guard(self) -> Iterator[None]:
        """SQLite's errors as the library's; damage, once seen, makes the library read-only.

        Damage shows as SQLite's "malformed"/"not a database" errors, or as a
        stored value that cannot be read back (text that is not UTF-8, JSON
        that does not parse): reader writes neither, so either means the file
        was damaged outside it.
        """
        try:
            with translated(self.where):
                yield
        except LibraryDamagedError:
            raise
        except LibraryCorruptError as exc:
            self.mark_damaged(str(exc))
            raise self.damaged_error() from exc
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            self.mark_damaged(f"a stored value cannot be read ({exc})")
            raise self.damaged_error() from exc

    def mark_damaged(self, what: str) -> None:
        if self.damaged is None:
            self.damaged = what

    def damaged_error(self) -> LibraryDamagedError:
        advice = self._advice()
        return LibraryDamagedError(
            f"{self.where} is damaged ({self.damaged}). Nothing more is written to it in this session: "
            f"reading and exporting still work.{' ' + advice if advice else ''}"
        )

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        """One transaction for one user action.

        Not sqlite-utils' atomic() at the top level: its plain BEGIN defers
        taking the write lock, and a deferred transaction that reads first
        fails at once with SQLITE_BUSY (ignoring the busy timeout) when the
        app's background recogniser commits in between. BEGIN IMMEDIATE
        waits. Nested calls become savepoints through atomic().

        Refused before anything is written when the library is read-only or
        known to be damaged.
        """
        if self.damaged is not None:
            raise self.damaged_error()
        if self.read_only is not None:
            raise LibraryReadOnlyError(f"{self.where} is read-only ({self.read_only}); edits are off.")
        with self.guard():
            if self.conn.in_transaction:
                with self.utils.atomic():
                    yield
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def one(self, sql: str, params: Sequence = ()) -> tuple | None:
        return self.conn.execute(sql, params).fetchone()

    def execute(self, sql: str, params: Sequence = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    @staticmethod
    def now() -> str:
        """The time stamps stored with user work (UTC, ISO 8601, seconds); tests pin _clock."""
        return _clock()


def id_list(ids: Iterable[int]) -> str:
    """Ids as one JSON parameter, read in SQL with ``IN (SELECT value FROM json_each(?))``."""
    return json.dumps(list(ids))


def guarded(cls: type) -> type:
    """Wrap every public method of a store part so SQLite errors come out as library errors.

    Generators (export rows) translate while they are iterated, themselves.
    """
    for name, member in list(vars(cls).items()):
        if name.startswith("_") or not callable(member) or isinstance(member, (staticmethod, classmethod)):
            continue

        def wrap(method):
            @functools.wraps(method)
            def wrapper(self, *args, **kwargs):
                with self.db.guard():
                    return method(self, *args, **kwargs)

            return wrapper

        setattr(cls, name, wrap(member))
    return cls
