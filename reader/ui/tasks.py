"""Background tasks of the main window: import, entity recognition, export.

``BackgroundTasks`` starts the workers of reader.ui.workers, keeps them alive
until their threads end, shows their progress in a ``TaskStatus`` (progress
bar and Cancel in the status bar) and reports results as signals. What a
result means for the views (refresh the list, show a dialog) is the main
window's business: this module touches no other widget.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QProgressBar, QPushButton, QWidget

from reader.ingest import ImportReport
from reader.ui.plain_text import plain_label
from reader.ui.workers import ExportWorker, ImportWorker, RecognitionWorker

WAIT_FOR_WORKERS_MS = 10_000  # on quit: long enough for a batch to finish, not forever


class TaskStatus(QWidget):
    """Progress bar and Cancel button for the status bar, shown while work runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label("", self)  # shows file names
        self.bar = QProgressBar(self)
        self.bar.setObjectName("taskProgress")
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("taskCancel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._cancel: Callable[[], None] | None = None
        self.cancel_button.clicked.connect(self._on_cancel)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def start(self, text: str, cancel: Callable[[], None]) -> None:
        self._cancel = cancel
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.cancel_button.setEnabled(True)
        self.show()

    def update_progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(text)

    def finish(self) -> None:
        self._cancel = None
        self.hide()

    def _on_cancel(self) -> None:
        if self._cancel is not None:
            self._cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling…"))


class BackgroundTasks(QObject):
    importFinished = Signal(object)  # ImportReport
    recognised = Signal(list)  # article ids whose entities were just saved
    recognitionFinished = Signal(object, bool)  # None or an error message; whether it was cancelled
    exportFinished = Signal(str, int, object)  # CSV path, rows written, None or an error message
    damageFound = Signal(str)  # a worker's connection saw damage in the library

    def __init__(
        self, status: TaskStatus, recogniser_factory: Callable[[], object] | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.status = status
        self._recogniser_factory = recogniser_factory
        self._workers: set = set()  # kept alive until their thread has finished
        self._import: ImportWorker | None = None
        self._recognition: RecognitionWorker | None = None
        self._export: ExportWorker | None = None

    # -- state ----------------------------------------------------------------------------
    def import_running(self) -> bool:
        return self._import is not None

    def recognition_running(self) -> bool:
        return self._recognition is not None

    def export_running(self) -> bool:
        return self._export is not None

    # -- import ------------------------------------------------------------------------------
    def start_import(self, library_path: Path, paths: Iterable[str | Path], how=None, copy_folder=None) -> bool:
        if self._import is not None:
            return False
        worker = ImportWorker(library_path, paths, how, copy_folder)
        worker.progress.connect(self._on_import_progress)
        worker.done.connect(self._on_import_done)
        self._import = worker
        self._start(worker)
        self.status.start(self.tr("Importing…"), worker.cancel)
        return True

    def _on_import_progress(self, done: int, total: int, name: str) -> None:
        if name:
            text = (
                self.tr("Importing %1 of %2: %3")
                .replace("%1", str(min(done + 1, total)))
                .replace("%2", str(total))
                .replace("%3", name)
            )
        else:
            text = self.tr("Importing…")
        self.status.update_progress(done, total, text)

    def _on_import_done(self, report: ImportReport) -> None:
        self._import = None
        self.status.finish()
        if self._recognition is not None:
            # The status bar goes back to the recognition still running.
            self.status.start(self.tr("Recognising entities…"), self._recognition.cancel)
        self.importFinished.emit(report)

    # -- recognition --------------------------------------------------------------------------------
    def start_recognition(self, library_path: Path, priority: int | None) -> bool:
        """False when a run is going on already (the caller may ask again when it ends)."""
        if self._recognition is not None:
            return False
        worker = RecognitionWorker(library_path, self._recogniser_factory)
        worker.set_priority(priority)
        worker.progress.connect(self._on_recognition_progress)
        worker.recognised.connect(self.recognised)
        worker.done.connect(self._on_recognition_done)
        self._recognition = worker
        self._start(worker)
        return True

    def set_priority(self, article_id: int | None) -> None:
        """The article on screen is recognised before the others."""
        if self._recognition is not None:
            self._recognition.set_priority(article_id)

    def _on_recognition_progress(self, done: int, total: int) -> None:
        if self._import is not None or self._recognition is None:
            return  # the import owns the status bar while it runs
        if not self.status.isVisible():
            self.status.start(self.tr("Recognising entities…"), self._recognition.cancel)
        text = self.tr("Recognising entities: %1 of %2").replace("%1", str(done)).replace("%2", str(total))
        self.status.update_progress(done, total, text)

    def _on_recognition_done(self, error: object) -> None:
        worker, self._recognition = self._recognition, None
        if self._import is None:
            self.status.finish()
        self.recognitionFinished.emit(error, bool(worker and worker.is_cancelled()))

    # -- export ---------------------------------------------------------------------------------------
    def start_export(self, library_path: Path, csv_path: str | Path) -> bool:
        if self._export is not None:
            return False
        worker = ExportWorker(library_path, csv_path)
        worker.done.connect(self._on_export_done)
        self._export = worker
        self._start(worker)
        return True

    def _on_export_done(self, path: str, error: object) -> None:
        worker, self._export = self._export, None
        self.exportFinished.emit(path, worker.rows if worker is not None else 0, error)

    # -- threads ---------------------------------------------------------------------------------------
    def _start(self, worker) -> None:
        self._workers.add(worker)
        worker.damageFound.connect(self.damageFound)
        # Drop the Python reference only once the thread has really ended; a
        # bound method of this object runs in the GUI thread (queued), never in the worker's.
        worker.finished.connect(self._reap)
        worker.start()

    def _reap(self) -> None:
        self._workers = {w for w in self._workers if not w.isFinished()}

    def stop(self) -> None:
        """Cancel all work and wait for it (quitting, switching libraries)."""
        for worker in list(self._workers):
            worker.cancel()
        for worker in list(self._workers):
            worker.wait(WAIT_FOR_WORKERS_MS)
        # Results that arrived meanwhile belong to the old state: deliver them now, in order.
        QApplication.sendPostedEvents()
