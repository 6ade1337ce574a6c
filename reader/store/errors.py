"""Errors the library raises, each with a message fit to show the user."""


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
