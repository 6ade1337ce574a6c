"""One worker for the teamwork actions: REFI-QDA export and import, merging a library, agreement.

Each runs a plain function of the core on the worker's own Library (opened
with the coder from Settings), reports ``progress(done, total)`` and ends with
``done(result, error)``: the result object, or None and a message fit to show.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal

from reader.ui.workers import Worker


class TeamworkWorker(Worker):
    progress = Signal(int, int)
    done = Signal(object, object)  # result, None or an error message

    def __init__(
        self,
        library_path: str | Path,
        coder: str,
        job: Callable[..., object],
        parent=None,
    ) -> None:
        super().__init__(library_path, parent)
        self.coder = coder
        self.job = job  # job(library, progress, cancelled) -> result

    def run(self) -> None:
        from reader.store.library import Library

        try:
            library = Library(self.library_path, coder=self.coder)
        except Exception as error:  # noqa: BLE001 - shown to the user
            self.done.emit(None, str(error))
            return
        try:
            result = self.job(library, self.progress.emit, self.is_cancelled)
        except Exception as error:  # noqa: BLE001 - a bad file, a full disk: shown, not raised
            self.done.emit(None, str(error) or type(error).__name__)
            return
        finally:
            library.close()
        self.done.emit(result, None)
