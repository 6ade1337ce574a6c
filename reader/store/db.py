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
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timezone

import sqlite_utils

from reader.store.errors import translated


def _clock() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Db:
    def __init__(self, conn: sqlite3.Connection, where: str) -> None:
        self.conn = conn
        self.where = where  # how messages name the library: its path, or "the in-memory library"
        self.utils = sqlite_utils.Database(conn)

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        """One transaction for one user action.

        Not sqlite-utils' atomic() at the top level: its plain BEGIN defers
        taking the write lock, and a deferred transaction that reads first
        fails at once with SQLITE_BUSY (ignoring the busy timeout) when the
        app's background recogniser commits in between. BEGIN IMMEDIATE
        waits. Nested calls become savepoints through atomic().
        """
        with translated(self.where):
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
                with translated(self.db.where):
                    return method(self, *args, **kwargs)

            return wrapper

        setattr(cls, name, wrap(member))
    return cls
