"""Dialogs of the main window: keyboard shortcuts, the import error report,
and opening a library with a clear message when that fails."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.ui.plain_text import plain_label, tell
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _full_height(table: QTableWidget) -> int:
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    return rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 2


def _table(parent: QWidget, headers: Sequence[str], rows: Sequence[tuple[str, str]], name: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class ShortcutsDialog(QDialog):
    """Help ▸ Keyboard shortcuts: built from the action table, so it cannot drift from the bindings."""

    def __init__(self, rows: Sequence[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        # Keys that are not menu actions but part of the list's behaviour.
        extra = [
            (self.tr("Previous / next article in the list"), self.tr("Up / Down")),
            (self.tr("Open the first search result"), self.tr("Enter in the search box")),
        ]
        self.table = _table(self, (self.tr("Action"), self.tr("Shortcut")), [*rows, *extra], "shortcutsTable")
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        # Tall enough for every row: the list is short, and a last row hidden
        # below the fold reads as a list that ends there.
        self.table.setMinimumHeight(min(_full_height(self.table), 700))
        self.resize(520, self.sizeHint().height())


class ImportErrorsDialog(QDialog):
    """After an import: which files, or pages of files, could not be imported, and why."""

    def __init__(self, errors: Sequence[tuple[str, str]], imported_articles: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importErrorsDialog")
        self.setWindowTitle(self.tr("Import Problems"))
        summary = plain_label(
            # A row may be one page of a PDF or of a text file of many pages, whose other pages went in.
            self.tr("%n file(s) or page(s) could not be imported.", "", len(errors))
            + " "
            + self.tr("%n article(s) were imported from the rest.", "", imported_articles),
            self,
        )
        summary.setWordWrap(True)
        self.table = _table(self, (self.tr("File"), self.tr("Problem")), list(errors), "importErrorsTable")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 320)


# -- opening a library, with a clear message when it cannot be opened ---------------

def library_error_text(path: str | Path, error: Exception) -> str:
    """What went wrong and what the user can do, for each way opening a library fails."""
    from reader.store.errors import (
        LibraryCorruptError,
        LibraryLockedError,
        LibraryReadOnlyError,
        LibraryTooNewError,
    )

    name = str(path)
    tr = lambda text: QCoreApplication.translate("LibraryErrors", text)  # noqa: E731
    if isinstance(error, LibraryCorruptError):
        text = tr("The library “%1” is damaged or is not a reader library. It has not been changed.")
    elif isinstance(error, LibraryTooNewError):
        text = tr("The library “%1” was saved by a newer version of reader. Update reader to open it; the file has not been changed.")
    elif isinstance(error, LibraryLockedError):
        text = tr("The library “%1” is in use by another program. Close that program and try again.")
    elif isinstance(error, LibraryReadOnlyError):
        text = tr("The library “%1” cannot be written. Check the permissions of the file and its folder.")
    else:
        text = tr("The library “%1” could not be opened.")
    detail = str(error).strip()
    return text.replace("%1", name) + (f"\n\n{detail}" if detail else "")


def try_open_library(path: str | Path, parent: QWidget | None = None):
    """The Library at ``path``, or None after telling the user why it cannot be opened."""
    from reader.store.errors import LibraryError
    from reader.store.library import Library

    try:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        return Library(path)  # the controller shortens its lock waits
    except (LibraryError, OSError) as error:
        tell(
            parent,
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("LibraryErrors", "Cannot Open Library"),
            library_error_text(path, error),
        )
        return None


def choose_library_path(parent: QWidget | None, *, create: bool, folder: str | None = None) -> str | None:
    """Ask for a library file: an existing one, or a new file name when ``create``; the dialog starts in ``folder``."""
    tr = lambda text: QCoreApplication.translate("LibraryErrors", text)  # noqa: E731
    filters = tr("Reader libraries (*.db);;All files (*)")
    folder = folder or str(Path.home())
    if create:
        path, _ = QFileDialog.getSaveFileName(parent, tr("New Library"), str(Path(folder) / "library.db"), filters)
        if path and Path(path).exists():
            # A new library must not silently open (or replace) an existing file.
            tell(parent, QMessageBox.Icon.Warning, tr("New Library"), tr("“%1” exists already; use Open Library to open it.").replace("%1", path))
            return None
    else:
        path, _ = QFileDialog.getOpenFileName(parent, tr("Open Library"), folder, filters)
    return path or None
