"""The small Ctrl+M popup: a tag (completed from the existing tags) and an optional note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

_QUOTE_PREVIEW = 40  # characters of the passage shown as a reminder


class AnnotatePopup(QDialog):
    def __init__(self, quote: str, tag_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotatePopup")
        self.setWindowTitle(self.tr("Annotate passage"))
        preview = quote if len(quote) <= _QUOTE_PREVIEW else quote[:_QUOTE_PREVIEW] + "…"
        self.quote_label = QLabel(f"«{preview}»", self)
        self.quote_label.setWordWrap(True)

        self.tag_edit = QLineEdit(self)
        self.tag_edit.setObjectName("annotateTag")
        self.tag_edit.setPlaceholderText(self.tr("Tag (optional)"))
        completer = QCompleter(sorted(tag_names), self.tag_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_edit.setCompleter(completer)

        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("annotateNote")
        self.note_edit.setPlaceholderText(self.tr("Note (optional)"))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.quote_label)
        form.addRow(self.tr("Tag:"), self.tag_edit)
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(buttons)
        self.tag_edit.setFocus()

    def tag(self) -> str | None:
        return self.tag_edit.text().strip() or None

    def note(self) -> str | None:
        return self.note_edit.text().strip() or None
