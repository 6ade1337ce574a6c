"""Background work on QThreads: import, entity recognition, export, and
read-only queries too slow for the GUI thread (QueryWorker).

Anki's rule: a worker computes plain data and reports it through signals; the
GUI thread applies it (refreshes views, shows dialogs). A worker never touches
a widget. SQLite connections belong to the thread that opened them, so every
worker opens its own Library on the same file (WAL lets the GUI keep reading
while a worker writes).

The steps themselves are plain functions of the core (reader/ingest for
import), testable without threads.
"""

from __future__ import annotations

import atexit
import queue
import sqlite3
import threading
import weakref
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from reader.ingest import ImportReport, import_files, page_files

def _resolve(library, method: str):
    """``"search.article_ids"`` -> library.search.article_ids: a read-only query named by the GUI."""
    target = library
    for part in method.split("."):
        target = getattr(target, part)
    return target


# Every thread started here, until it finishes. A QThread destroyed while it
# runs aborts the process ("QThread: Destroyed while thread is still running"),
# so whatever owner forgot one, the process stops and joins them before it ends.
_started: set[QThread] = set()


def _track(thread: QThread) -> None:
    _started.add(thread)
    ref = weakref.ref(thread)  # the connection must not keep a finished thread alive
    thread.finished.connect(lambda: _started.discard(ref()))


def stop_all_threads(timeout_ms: int = 10_000) -> None:
    """Ask every running worker to stop and wait for each (quitting; the end of the process)."""
    for thread in list(_started):
        try:
            if isinstance(thread, QueryWorker):
                thread.stop()
            elif isinstance(thread, Worker):
                thread.cancel()
            thread.wait(timeout_ms)
        except RuntimeError:
            pass  # its C++ side is gone already: nothing runs
        _started.discard(thread)


atexit.register(stop_all_threads)


class Worker(QThread):
    """Cancel flag shared by all workers (an Event: set from the GUI, read by the worker).

    ``damageFound`` tells the GUI when the worker's own connection saw damage,
    so that the GUI's connection stops writing too (reader/ui/main_window.py).
    """

    damageFound = Signal(str)

    def __init__(self, library_path: str | Path, parent=None) -> None:
        super().__init__(parent)
        self.library_path = Path(library_path)
        self._cancel = threading.Event()

    def describe(self, error: BaseException) -> str:
        """The message for a failure; damage is also signalled."""
        from reader.store.errors import LibraryCorruptError, NotALibraryError

        message = str(error) or type(error).__name__
        if isinstance(error, LibraryCorruptError) and not isinstance(error, NotALibraryError):
            self.damageFound.emit(message)
        return message

    def start(self, *args) -> None:
        _track(self)
        super().start(*args)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def open_library(self):
        from reader.store.library import Library

        return Library(self.library_path)


class ImportWorker(Worker):
    progress = Signal(int, int, str)  # files done, files in all, current file name
    done = Signal(object)  # ImportReport

    def __init__(self, library_path: str | Path, paths: Iterable[str | Path], how=None, copy_folder=None, parent=None) -> None:
        super().__init__(library_path, parent)
        self.paths = list(map(Path, paths))
        self.how = how  # reader.ingest.ImportIdentity: a name template and values for the batch
        self.copy_folder = copy_folder  # where PDFs are copied to (reader.ingest.pdf_files.copies_folder), or None

    def run(self) -> None:
        try:
            library = self.open_library()
        except Exception as error:  # noqa: BLE001 - reported to the user, nothing imported
            self.done.emit(ImportReport(errors=[(str(self.library_path), self.describe(error))]))
            return
        try:
            files = page_files(self.paths)
            report = import_files(
                library, files, self.progress.emit, self.is_cancelled, how=self.how, copy_folder=self.copy_folder
            )
            if library.damaged:
                self.damageFound.emit(library.damaged)
        finally:
            library.close()
        self.done.emit(report)


class RecognitionWorker(Worker):
    """Recognises the entities of articles not yet recognised, the article on screen first."""

    progress = Signal(int, int)  # articles done, articles in all
    recognised = Signal(list)  # ids whose entities were just saved
    done = Signal(object)  # None, or an error message for the status bar

    BATCH_SIZE = 16  # small batches: highlights appear soon, the on-screen article jumps the queue quickly

    def __init__(self, library_path: str | Path, recogniser_factory: Callable[[], object] | None = None, parent=None):
        super().__init__(library_path, parent)
        self._recogniser_factory = recogniser_factory
        self._priority: int | None = None

    def set_priority(self, article_id: int | None) -> None:
        # A plain attribute: assignment is atomic, and the worker reads it before each batch.
        self._priority = article_id

    def priority(self) -> list[int]:
        return [] if self._priority is None else [self._priority]

    def run(self) -> None:
        try:
            library = self.open_library()
        except Exception as error:  # noqa: BLE001
            self.done.emit(self.describe(error))
            return
        try:
            # Loading the model costs time and memory: skip it when nothing waits.
            if not library.recognition.pending_ids(limit=1):
                self.done.emit(None)
                return
            recogniser = self._make_recogniser()
            if hasattr(recogniser, "load"):
                recogniser.load()
            if self.is_cancelled():
                self.done.emit(None)
                return
            self._recognise(library, recogniser)
        except Exception as error:  # noqa: BLE001 - recognition failing must not take the app down
            self.done.emit(self.describe(error))
            return
        finally:
            library.close()
        self.done.emit(None)

    def _make_recogniser(self):
        if self._recogniser_factory is not None:
            return self._recogniser_factory()
        from reader.entities import Recogniser

        return Recogniser()

    def _recognise(self, library, recogniser) -> None:
        from reader.recognition import recognise_pending

        recognise_pending(
            library,
            recogniser,
            batch_size=self.BATCH_SIZE,
            priority=self.priority,
            progress=self.progress.emit,
            cancelled=self.is_cancelled,
            recognised=self.recognised.emit,
        )


class ExportWorker(Worker):
    done = Signal(str, object)  # the CSV path, None or an error message
    rows = 0  # data rows written, read by the GUI after ``done``

    def __init__(self, library_path: str | Path, csv_path: str | Path, parent=None) -> None:
        super().__init__(library_path, parent)
        self.csv_path = Path(csv_path)

    def run(self) -> None:
        from reader.export import export_annotations_csv

        try:
            library = self.open_library()
        except Exception as error:  # noqa: BLE001
            self.done.emit(str(self.csv_path), self.describe(error))
            return
        try:
            self.rows = export_annotations_csv(library, self.csv_path)
        except Exception as error:  # noqa: BLE001 - a full disk or a locked file is shown, not raised
            self.done.emit(str(self.csv_path), self.describe(error))
            return
        finally:
            library.close()
        self.done.emit(str(self.csv_path), None)


class QueryWorker(QThread):
    """Answers read-only library queries on its own connection, off the GUI thread.

    Used where one query can take longer than a keystroke or a click may
    (the complete result of a one-character search, the entity index of one
    type over 100,000 articles). ``request(key, method, *args, **kwargs)``
    calls ``Library.<method>`` and emits ``answered(key, result)``. With
    ``latest_only`` the requests waiting when one ends are dropped but the
    newest (search as you type: only the last query matters). Keys carry a
    generation, so the GUI recognises and ignores late answers to old
    questions.
    """

    answered = Signal(object, object)  # key, result (passed by reference, never converted)

    def __init__(self, library_path: str | Path, *, latest_only: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.library_path = Path(library_path)
        self.latest_only = latest_only
        self._requests: queue.Queue = queue.Queue()
        self._library = None
        self._busy = False

    def start(self, *args) -> None:
        _track(self)
        super().start(*args)

    def request(self, key: object, method: str, *args, **kwargs) -> None:
        self._requests.put((key, method, args, kwargs))

    def stop(self) -> None:
        """End the thread soon: waiting questions are dropped, the running one is interrupted."""
        with self._requests.mutex:
            self._requests.queue.clear()
        self.interrupt()
        self._requests.put(None)

    def interrupt(self) -> None:
        """Abort the query running now (its question is obsolete); the next one goes on.

        Thread-safe: sqlite3's interrupt() is meant to be called from another thread.
        """
        library = self._library
        if library is not None and self._busy:
            library.conn.interrupt()

    def _next(self):
        item = self._requests.get()
        while self.latest_only and item is not None:
            try:
                item = self._requests.get_nowait()
            except queue.Empty:
                break
        return item

    def run(self) -> None:
        from reader.store.errors import LibraryError
        from reader.store.library import Library

        try:
            library = Library(self.library_path)
        except LibraryError:
            return  # the GUI keeps what it shows; opening errors are reported by the GUI's own connection
        self._library = library
        try:
            while (item := self._next()) is not None:
                key, method, args, kwargs = item
                self._busy = True
                try:
                    result = _resolve(library, method)(*args, **kwargs)
                except (LibraryError, sqlite3.Error):
                    continue  # interrupted, or failed: the GUI keeps what it has
                finally:
                    self._busy = False
                self.answered.emit(key, result)
        finally:
            self._library = None
            library.close()
