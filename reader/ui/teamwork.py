"""The main window's teamwork actions: REFI-QDA export and import, merging a library, coders, agreement.

``Teamwork`` owns these actions' slots and their one background job at a
time (reader/ui/teamwork_worker.py), shows its progress with Cancel in the
status bar, and reports the result in a plain-text message. It keeps the
library's coder in step with Settings. It touches the main window only
through its public parts (controller, settings, task status, messages).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from reader.ui.agreement_dialog import AgreementDialog
from reader.ui.teamwork_worker import TeamworkWorker


def _export_job(path: Path):
    def job(library, progress, cancelled):
        from reader.exchange.export_library import export_library

        return export_library(library, path, progress=progress, cancelled=cancelled)

    return job


class Cancelled(Exception):
    def __str__(self) -> str:
        return "cancelled: nothing was changed"


def _stopping(progress, cancelled):
    """Progress that ends the job when Cancel was pressed; the job's one transaction rolls back."""

    def report(done: int, total: int) -> None:
        if cancelled():
            raise Cancelled()
        progress(done, total)

    return report


def _import_job(path: Path):
    def job(library, progress, cancelled):
        from reader.exchange.import_library import import_project

        return import_project(library, path, progress=_stopping(progress, cancelled))

    return job


def _merge_job(path: Path):
    def job(library, progress, cancelled):
        return library.merger.merge(path, progress=_stopping(progress, cancelled))

    return job


def _agreement_job(coder_a: str, coder_b: str):
    def job(library, _progress, _cancelled):
        from reader.analysis.library_agreement import agreement_report

        return agreement_report(library, coder_a, coder_b)

    return job


class Teamwork(QObject):
    finished = Signal(str, object, object)  # kind ("export", "import", "merge"), result, None or error

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._worker: TeamworkWorker | None = None
        self._workers: set[TeamworkWorker] = set()
        self.agreement_dialog: AgreementDialog | None = None
        window.controller.libraryChanged.connect(self.apply_coder)
        self.apply_coder()

    # -- coders ----------------------------------------------------------------------------------
    def apply_coder(self) -> None:
        """The library stamps the coder from Settings on every tag, note and annotation."""
        self.window.controller.library.coder = self.window.settings.coder

    def choose_coder(self) -> None:
        name, ok = QInputDialog.getText(
            self.window, self.tr("Coder Name"),
            self.tr("Your name as a coder, stored with every tag, note and annotation you make:"),
            text=self.window.settings.coder,
        )  # fmt: skip
        if ok:
            self.set_coder(name)

    def set_coder(self, name: str) -> bool:
        try:
            self.window.settings.coder = name
        except ValueError:
            self.window.show_error(self.tr("A coder needs a name."))
            return False
        self.apply_coder()
        self.window.statusBar().showMessage(self.tr("Coding as %1").replace("%1", self.window.settings.coder), 5_000)
        return True

    # -- the file actions ---------------------------------------------------------------------------
    def choose_export(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export REFI-QDA Project"), "project.qdpx", self.tr("REFI-QDA projects (*.qdpx)")
        )
        if path:
            self.export_qdpx(path)

    def choose_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import REFI-QDA Project"), "", self.tr("REFI-QDA projects (*.qdpx)")
        )
        if path:
            self.import_qdpx(path)

    def choose_merge(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Merge Another Library"), "", self.tr("reader libraries (*.db)")
        )
        if path:
            self.merge_library(path)

    def export_qdpx(self, path: str | Path) -> bool:
        self.window.annotation_panel.flush()  # the note being typed belongs in the export
        return self._start("export", _export_job(Path(path)), self.tr("Exporting REFI-QDA project…"))

    def import_qdpx(self, path: str | Path) -> bool:
        return self._start("import", _import_job(Path(path)), self.tr("Importing REFI-QDA project…"))

    def merge_library(self, path: str | Path) -> bool:
        self.window.annotation_panel.flush()
        return self._start("merge", _merge_job(Path(path)), self.tr("Merging library…"))

    def running(self) -> bool:
        return self._worker is not None

    # -- agreement -----------------------------------------------------------------------------------
    def show_agreement(self) -> AgreementDialog:
        library = self.window.controller.library
        coders = library.coding.coders()
        dialog = AgreementDialog(coders, library.coder, self._start_agreement, self.window)
        self.agreement_dialog = dialog
        self.window._show_nonmodal(dialog)
        return dialog

    def _start_agreement(self, coder_a: str, coder_b: str, on_done) -> None:
        if not self.window._has_library_file():
            on_done(None, self.tr("This needs a library saved in a file."))
            return
        worker = TeamworkWorker(self.window.controller.library.path, self.window.settings.coder,
                                _agreement_job(coder_a, coder_b))  # fmt: skip
        worker.done.connect(on_done)
        self._keep(worker)

    # -- the background job ---------------------------------------------------------------------------
    def _start(self, kind: str, job, text: str) -> bool:
        if self._worker is not None or not self.window._has_library_file():
            return False
        worker = TeamworkWorker(self.window.controller.library.path, self.window.settings.coder, job)
        worker.progress.connect(self._on_progress)
        worker.done.connect(lambda result, error, k=kind: self._on_done(k, result, error))
        self._worker = worker
        self._text = text
        self.window.task_status.start(text, worker.cancel)
        self._keep(worker)
        return True

    def _keep(self, worker: TeamworkWorker) -> None:
        self._workers.add(worker)
        # Queued to the GUI thread when the thread is ending; a worker is let go
        # only once it has really finished (``_reap``), never while it still runs.
        worker.finished.connect(self._reap)
        worker.start()

    def _reap(self) -> None:
        self._workers = {w for w in self._workers if not w.isFinished()}

    def _on_progress(self, done: int, total: int) -> None:
        self.window.task_status.update_progress(done, total, f"{self._text} {done:,}/{total:,}")

    def _on_done(self, kind: str, result, error) -> None:
        self._worker = None
        self.window.task_status.finish()
        if error:
            self.window.show_error(error)
        else:
            self._report(kind, result)
        self.finished.emit(kind, result, error)

    def _report(self, kind: str, result) -> None:
        if kind == "export":
            message = self.tr("Exported %1 article(s) to %2")
            message = message.replace("%1", str(result.articles)).replace("%2", str(result.path))
            self.window.statusBar().showMessage(message, 10_000)
            return
        self.window.controller.notify_imported()  # new articles, tags, notes: every view refreshes
        self.window.controller.tagsChanged.emit()
        self.window.start_recognition()  # new articles need their entities
        title = self.tr("REFI-QDA Import") if kind == "import" else self.tr("Merge")
        box = QMessageBox(QMessageBox.Icon.Information, title, "\n".join(result.lines()),
                          QMessageBox.StandardButton.Ok, self.window)  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)  # file, tag and note names are the user's text
        self.window._show_nonmodal(box)

    def stop(self) -> None:
        for worker in list(self._workers):
            worker.cancel()
        for worker in list(self._workers):
            worker.wait(10_000)
