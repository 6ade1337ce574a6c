"""The file dialogs of the main window: import pages or a folder, export, open or create a library.

Each dialog opens in the folder used last for that kind of file (kept in the
settings), else in the user's home folder. An empty start folder would make
Qt start in the working directory, which for a desktop app is wherever it
was launched from, often the program's own folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

EXPORT_NAME = "annotations.csv"


def _tr(text: str) -> str:
    # The main window's context: these strings were its own before they moved here.
    return QCoreApplication.translate("MainWindow", text)


def start_folder(saved: str | None) -> str:
    """``saved`` if it is still a folder, else the home folder."""
    if saved and Path(saved).is_dir():
        return str(Path(saved))
    return str(Path.home())


def ask_import_files(parent: QWidget, settings) -> list[str]:
    files, _filter = QFileDialog.getOpenFileNames(
        parent, _tr("Import Pages"), start_folder(settings.import_folder), _tr("Page files (*.txt *.pdf);;Page text files (*.txt);;PDF files (*.pdf);;All files (*)")
    )
    if files:
        settings.import_folder = str(Path(files[0]).parent)
    return list(files)


def ask_import_folder(parent: QWidget, settings) -> str | None:
    """A folder whose page files (*.txt and *.pdf, in subfolders too) are imported."""
    folder = QFileDialog.getExistingDirectory(parent, _tr("Import Folder"), start_folder(settings.import_folder))
    if not folder:
        return None
    # Next time in the folder around it: the next batch of pages is usually a sibling.
    settings.import_folder = str(Path(folder).parent)
    return folder


def ask_export_path(parent: QWidget, settings) -> str | None:
    suggested = str(Path(start_folder(settings.export_folder)) / EXPORT_NAME)
    path, _filter = QFileDialog.getSaveFileName(parent, _tr("Export Annotations"), suggested, _tr("CSV files (*.csv)"))
    if not path:
        return None
    settings.export_folder = str(Path(path).parent)
    return path


def library_folder(current_library: Path | None, settings) -> str:
    """Where the library dialogs start: the last library's folder, else the current one's, else home."""
    for candidate in (settings.library_folder, current_library.parent if current_library else None):
        if candidate and Path(candidate).is_dir():
            return str(candidate)
    return str(Path.home())
