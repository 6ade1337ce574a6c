"""The small editor for a passage annotation's tag and note (annotationList ▸ Edit…).

It only asks; the panel hands the answer to controller.update_annotation,
which makes the change one undoable command.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from reader.store.records import Annotation
from reader.ui.passage_form import complete_tags, quote_label

_NOTE_LINES = 4  # the note field's height in lines: notes may have several


class AnnotationEditor(QDialog):
    def __init__(self, annotation: Annotation, tag_names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationEditor")
        self.setWindowTitle(self.tr("Edit Annotation"))
        self.annotation = annotation
        quote = annotation.quote
        self.quote_label = quote_label(quote, self)

        self.tag_edit = QLineEdit(annotation.tag or "", self)
        self.tag_edit.setObjectName("annotationEditorTag")
        self.tag_edit.setPlaceholderText(self.tr("Tag (optional)"))
        self.tag_edit.setClearButtonEnabled(True)
        complete_tags(self.tag_edit, tag_names)

        # Several lines: a note written elsewhere (or imported) may have line breaks to keep.
        self.note_edit = QPlainTextEdit(annotation.note or "", self)
        self.note_edit.setObjectName("annotationEditorNote")
        self.note_edit.setPlaceholderText(self.tr("Note (optional)"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * _NOTE_LINES + 12)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        form = QFormLayout(self)
        form.addRow(self.quote_label)
        form.addRow(self.tr("Tag:"), self.tag_edit)
        form.addRow(self.tr("Note:"), self.note_edit)
        form.addRow(buttons)
        self.tag_edit.setFocus()
        self.tag_edit.selectAll()

    def tag(self) -> str | None:
        return self.tag_edit.text().strip() or None

    def note(self) -> str | None:
        return self.note_edit.toPlainText().strip() or None
