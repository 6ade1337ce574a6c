"""The import dialog's page details: a name template and values for the whole batch (empty = detect).

The same options as ``python -m reader import --name-pattern --newspaper
--date --page --section``; ``how()`` gives them as an
reader.ingest.ImportIdentity once they are checked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from reader.ingest import ImportIdentity


class ImportOptionsDialog(QDialog):
    FIELDS = ("name_pattern", "newspaper", "date", "page", "section")

    def __init__(self, file_count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importOptionsDialog")
        self.setWindowTitle(self.tr("Import Pages"))
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        intro = QLabel(self.tr("Importing %n file(s). Leave a field empty to read it from each page.", "", file_count), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        labels = {
            "name_pattern": self.tr("File name pattern"), "newspaper": self.tr("Newspaper"), "date": self.tr("Date"),
            "page": self.tr("Page"), "section": self.tr("Section"),
        }  # fmt: skip
        hints = {
            "name_pattern": "{newspaper}/{date:%Y%m%d}/{page}.txt", "newspaper": self.tr("detect"),
            "date": "YYYY-MM-DD", "page": self.tr("detect"), "section": self.tr("detect"),
        }  # fmt: skip
        for field in self.FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"import_{field}")
            edit.setPlaceholderText(hints[field])
            self.edits[field] = edit
            form.addRow(labels[field], edit)
        self.error = QLabel(self)
        self.error.setObjectName("importOptionsError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._how: ImportIdentity | None = None

    def how(self) -> ImportIdentity | None:
        """The checked options after the dialog was accepted."""
        return self._how

    def accept(self) -> None:
        try:
            self._how = ImportIdentity.from_options(**{f: self.edits[f].text() or None for f in self.FIELDS})
        except ValueError as error:
            self.error.setText(str(error).removeprefix("--"))  # the message names the command line's option
            return
        super().accept()
