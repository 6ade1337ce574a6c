"""The small Ctrl+M popup: a tag (completed from the existing tags) and an optional note."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from reader.ui.passage_form import complete_tags, quote_label


class AnnotatePopup(QDialog):
    def __init__(self, quote: str, tag_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotatePopup")
        self.setWindowTitle(self.tr("Annotate passage"))
        self.quote_label = quote_label(quote, self)

        self.tag_edit = QLineEdit(self)
        self.tag_edit.setObjectName("annotateTag")
        self.tag_edit.setPlaceholderText(self.tr("Tag (optional)"))
        complete_tags(self.tag_edit, tag_names)

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
