"""Noticing what other programs (the command line, a second window, the app's own workers) wrote.

SQLite's ``PRAGMA data_version`` changes on a connection whenever another
connection commits to the file, and reading it costs microseconds. The
watcher asks once a second on the GUI's connection and emits
``changedElsewhere`` when it moved; it also notices when the library was
found damaged (by a read that showed it), so the window can say so once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from reader.store.errors import LibraryError

POLL_MS = 1000  # the window follows other programs within about a second (two at most)


class LibraryWatcher(QObject):
    changedElsewhere = Signal()
    damageFound = Signal(str)  # what revealed the damage

    def __init__(self, library_getter: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library_getter
        self._version: int | None = None
        self._damage_reported = False
        self.timer = QTimer(self)
        self.timer.setObjectName("libraryWatchTimer")
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.reset()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def reset(self) -> None:
        """A new library (or a restored one): what it holds now is the baseline."""
        self._damage_reported = False
        self._version = self._read_version()

    def _read_version(self) -> int | None:
        library = self._library()
        if library is None or getattr(library, "path", None) is None:
            return None  # an in-memory library has no other writers
        try:
            return library.data_version()
        except LibraryError:
            return None

    def poll(self) -> None:
        library = self._library()
        damaged = getattr(library, "damaged", None)
        if damaged and not self._damage_reported:
            self._damage_reported = True
            self.damageFound.emit(damaged)
        version = self._read_version()
        if version is not None and self._version is not None and version != self._version:
            self._version = version
            self.changedElsewhere.emit()
        elif self._version is None:
            self._version = version
