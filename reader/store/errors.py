"""Errors the library raises, each with a message fit to show the user, and SQLite's errors turned into them."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator


class LibraryError(Exception):
    """Base class: something is wrong with the library file or a request to it."""


class LibraryCorruptError(LibraryError):
    """The file is not a SQLite database, or fails its integrity check."""


class LibraryTooNewError(LibraryError):
    """The file was written by a newer version of reader; it is left untouched."""


class LibraryLockedError(LibraryError):
    """Another program holds a write lock on the library for longer than the busy timeout."""


class LibraryReadOnlyError(LibraryError):
    """The library file or its folder cannot be written."""


class LibraryFullError(LibraryError):
    """The disk is full; the action was rolled back and nothing was half-written."""


class NotFoundError(LibraryError):
    """An article, tag or annotation id that the library does not hold."""


class QuoteNotFoundError(LibraryError):
    """annotate_quote was given a passage that is not in the article."""


class InvalidInputError(LibraryError, ValueError):
    """A request the library cannot carry out as given (bad offsets, empty tag name, ...)."""


# Primary result codes (https://sqlite.org/rescode.html); extended codes keep them in the low byte.
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def translate(exc: sqlite3.Error, where: str) -> LibraryError | None:
    """The library error for a SQLite error, or None when it is a programming error."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    detail = str(exc)
    if code in (_BUSY, _LOCKED) or "database is locked" in detail:
        return LibraryLockedError(
            f"{where} is locked by another program (is reader open elsewhere?); try again in a moment."
        )
    if code == _FULL:
        return LibraryFullError(f"The disk holding {where} is full; the last action was undone. Free some space.")
    if code == _READONLY:
        return LibraryReadOnlyError(f"{where} cannot be written ({detail}).")
    if code in (_CORRUPT, NOTADB):
        return LibraryCorruptError(f"{where} is damaged or not a library ({detail}).")
    if code == _CANTOPEN:
        return LibraryReadOnlyError(f"{where} cannot be opened or created ({detail}).")
    if code == _IOERR:
        return LibraryError(f"Reading or writing {where} failed ({detail}).")
    return None


@contextlib.contextmanager
def translated(where: str) -> Iterator[None]:
    try:
        yield
    except sqlite3.Error as exc:
        mapped = translate(exc, where)
        if mapped is None:
            raise
        raise mapped from exc
