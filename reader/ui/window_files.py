"""The main window's files: the library file (open, create, recent), importing pages, exporting annotations.

A part of MainWindow (it is mixed into it), split off by concern to keep the
window's own module small. Its texts keep the "MainWindow" translation
context they had there, so the catalogue finds them as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from reader.ingest import ImportReport, page_files
from reader.ui import copy_pdfs, file_dialogs
from reader.ui.dialogs import ImportErrorsDialog, choose_library_path, try_open_library
from reader.ui.import_options import ImportOptionsDialog
from reader.ui.plain_text import menu_text


class WindowFiles:
    """Library switching, import and export for MainWindow (uses its controller, settings, tasks, panels)."""

    # -- the library file ----------------------------------------------------------------------
    def _remember_library(self) -> None:
        """The next start opens this library; the Recent menu lists it."""
        if self.controller.library.path is not None:
            self.settings.add_recent_library(str(self.controller.library.path))

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        current = str(self.controller.library.path)
        paths = [p for p in self.settings.recent_libraries if p != current]
        for path in paths:
            action = self.recent_menu.addAction(menu_text(path))
            action.triggered.connect(lambda _checked=False, p=path: self.switch_library(p))
        if not paths:
            self.recent_menu.addAction(QCoreApplication.translate("MainWindow", "(none)")).setEnabled(False)

    def choose_library_to_open(self) -> None:
        self._choose_library(create=False)

    def choose_library_to_create(self) -> None:
        self._choose_library(create=True)

    def _choose_library(self, *, create: bool) -> None:
        folder = file_dialogs.library_folder(self.controller.library.path, self.settings)
        path = choose_library_path(self, create=create, folder=folder)
        if path:
            self.settings.library_folder = str(Path(path).parent)
            self.switch_library(path)

    def switch_library(self, path: str | Path) -> bool:
        library = try_open_library(path, self)
        if library is None:
            return False
        self.annotation_panel.flush()
        self.stop_workers()
        old = self.controller.library
        self.controller.set_library(library)
        old.close()
        self._remember_library()
        if self._recognise_enabled:
            self.start_recognition()
        return True

    # -- import ------------------------------------------------------------------------------------
    def choose_files_to_import(self) -> None:
        files = file_dialogs.ask_import_files(self, self.settings)
        if files:
            self._ask_page_details(files, len(files))

    def choose_folder_to_import(self) -> None:
        """File ▸ Import Folder: every page file of a folder, subfolders included."""
        folder = file_dialogs.ask_import_folder(self, self.settings)
        if folder:
            self._ask_page_details([folder], len(page_files([folder])))

    def _ask_page_details(self, paths: list, file_count: int) -> None:
        """The page details for the batch (empty = read from each page), then the import."""
        options = ImportOptionsDialog(file_count, self)
        options.accepted.connect(lambda: self.import_paths(paths, options.how()))
        self._show_nonmodal(options)

    def import_paths(self, paths: Iterable[str | Path], how=None) -> bool:
        """Import in the background; ``how`` (reader.ingest.ImportIdentity) adds a name template and batch values."""
        paths = list(paths)
        if not paths or not self._has_library_file():
            return False
        library_path = self.controller.library.path
        if copy_pdfs.needs_asking(self.settings, paths):
            copy_pdfs.ask(self, library_path, lambda: self.import_paths(paths, how))
            return True
        if not self.tasks.start_import(library_path, paths, how, copy_pdfs.copy_folder(self.settings, library_path)):
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "An import is already running."), 5000)
            return False
        return True

    def _on_import_done(self, report: ImportReport) -> None:
        if report.results:
            self.controller.notify_imported()
        count = len(report.article_ids)
        message = self._n_imported(count)
        if report.cancelled:
            message = QCoreApplication.translate("MainWindow", "Import cancelled.") + " " + message
        if report.duplicates:
            message += " " + self._n_already_there(len(report.duplicates))
        noted = sum(1 for r in report.results if r.notes)
        if noted:
            # A header and a file name that disagree, an impossible date, a name that does not fit the pattern.
            message += " " + self._n_pages_noted(noted)
        self.statusBar().showMessage(message, 10_000)
        if report.errors:
            self._show_nonmodal(ImportErrorsDialog(report.errors, count, self))
        if count:
            self.start_recognition()
        self.importFinished.emit(report)

    # Drag and drop of files and folders onto the window.
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    # -- export ------------------------------------------------------------------------------------------
    def choose_export_file(self) -> None:
        path = file_dialogs.ask_export_path(self, self.settings)
        if path:
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> bool:
        # The note being typed belongs in the export.
        self.annotation_panel.flush()
        if not self._has_library_file():
            return False
        if not self.tasks.start_export(self.controller.library.path, path):
            return False
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Exporting…"))
        return True

    def _on_export_done(self, path: str, rows: int, error: object) -> None:
        if error:
            self.show_error(QCoreApplication.translate("MainWindow", "Could not export to %1: %2").replace("%1", path).replace("%2", str(error)))
        else:
            self.statusBar().showMessage(self._n_exported(rows).replace("%1", path), 10_000)
        self.exportFinished.emit(path, error)

    def set_copy_pdfs(self, on: bool) -> None:
        """Settings ▸ Copy Imported PDFs Beside the Library."""
        self.settings.copy_pdfs = "yes" if on else "no"

    def _has_library_file(self) -> bool:
        # Workers open their own connection to the file; an in-memory library has none to share.
        if self.controller.library.path is None:
            self.show_error(QCoreApplication.translate("MainWindow", "This needs a library saved in a file; use File ▸ New Library."))
            return False
        return True
