"""Whether imported PDFs are copied beside the library: asked once, at the first import of a PDF.

The answer is a setting (Settings ▸ Copy Imported PDFs Beside the Library
changes it later); off until the user says yes. With it on, each imported
PDF is copied into ``<library name>.pdfs/`` beside the library file and read
from there, so the library and its folder are self-contained.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from reader.ingest import page_files
from reader.ingest.pdf_files import copies_folder, is_pdf
from reader.ui.plain_text import message_box


def _tr(text: str) -> str:
    return QCoreApplication.translate("CopyPdfs", text)


def copy_folder(settings, library_path: Path | None) -> Path | None:
    """Where this import copies PDFs to, or None (the setting is off, or the library has no file)."""
    if settings.copy_pdfs != "yes" or library_path is None:
        return None
    return copies_folder(library_path)


def needs_asking(settings, paths: Iterable[str | Path]) -> bool:
    return settings.copy_pdfs is None and any(is_pdf(p) for p in page_files(paths))


def ask(window, library_path: Path, then: Callable[[], None]) -> QMessageBox:
    """The question, not modal; the answer is saved (closing the box counts as no), then ``then`` runs."""
    folder = copies_folder(library_path)
    box = message_box(
        QMessageBox.Icon.Question, _tr("Copy PDFs beside the library?"),
        _tr("Copy the PDFs you import into %1, beside the library?\n\n"
            "Then the library and that folder hold everything: moving or deleting the original PDFs does not "
            "take their pages away from the page view. Without copies, reader reads each PDF where it was "
            "imported from, and asks you to locate it if it moves.\n\n"
            "You can change this later under Settings ▸ Copy Imported PDFs Beside the Library.").replace("%1", str(folder)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window,
    )  # fmt: skip
    box.setObjectName("copyPdfsQuestion")
    box.setDefaultButton(QMessageBox.StandardButton.No)

    def answered(result: int) -> None:
        window.settings.copy_pdfs = "yes" if result == QMessageBox.StandardButton.Yes else "no"
        window.actions.settings_copy_pdfs.setChecked(window.settings.copy_pdfs == "yes")
        then()

    box.finished.connect(answered)
    window._show_nonmodal(box)
    return box
