"""The small dialogs of corrections: the title of a split-off article, a merge's headline, a text edit, the trash.

Each is opened non-modally by reader/ui/corrections_ui.py, which applies
the correction when it is accepted. Page and user text is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from reader.store.correction_records import TrashedArticle
from reader.ui.article_titles import shown_title


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class SplitDialog(QDialog):
    """The new article's title: its first line when that reads as a headline, else one the user types."""

    def __init__(self, proposal: str, from_text: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("splitDialog")
        self.setWindowTitle(self.tr("Split Article"))
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(self.tr("The text from here on becomes a new article. Its title:"), self))
        self.first_line = QCheckBox(self.tr("Use its first line, a headline, as the title"), self)
        self.first_line.setObjectName("useFirstLine")
        self.first_line.setVisible(from_text)
        self.first_line.setChecked(from_text)
        self.title_edit = QLineEdit(proposal, self)
        self.title_edit.setObjectName("newTitle")
        layout.addWidget(self.first_line)
        layout.addWidget(self.title_edit)
        layout.addWidget(_buttons(self))
        self._proposal = proposal
        self._from_text = from_text
        self.first_line.toggled.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.title_edit.setEnabled(not self.first_line.isChecked())
        if self.first_line.isChecked():
            self.title_edit.setText(self._proposal)

    def title(self) -> str | None:
        return None if self.uses_first_line() else self.title_edit.text().strip()

    def uses_first_line(self) -> bool:
        return self._from_text and self.first_line.isChecked()


class MergeDialog(QDialog):
    """What becomes of the later article's headline: a sub-heading, body text, or nothing (a false headline)."""

    def __init__(self, headline: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge Articles"))
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(self.tr("The later article's headline «%1»:").replace("%1", shown_title(headline)), self))
        self.group = QButtonGroup(self)
        for mode, text in (
            ("body", self.tr("becomes body text (it was the start of a paragraph)")),
            ("subhead", self.tr("becomes a sub-heading")),
            ("drop", self.tr("is dropped (it was not text of the article)")),
        ):
            button = QRadioButton(text, self)
            button.setObjectName(f"headline_{mode}")
            button.setProperty("mode", mode)
            self.group.addButton(button)
            layout.addWidget(button)
        self.group.buttons()[0].setChecked(True)
        layout.addWidget(_buttons(self))

    def mode(self) -> str:
        return self.group.checkedButton().property("mode")

    def set_mode(self, mode: str) -> None:
        for button in self.group.buttons():
            button.setChecked(button.property("mode") == mode)


class EditTextDialog(QDialog):
    """Mend a paragraph's or a headline's text (a wrong or missing character)."""

    def __init__(self, text: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editTextDialog")
        self.setWindowTitle(self.tr("Edit Text"))
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(what, self))
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("correctedText")
        self.editor.setPlainText(text)
        layout.addWidget(self.editor)
        layout.addWidget(_buttons(self))
        self.resize(520, 260)

    def text(self) -> str:
        # A paragraph is one line: line breaks typed here would only be lost.
        return " ".join(self.editor.toPlainText().splitlines()).strip() or self.editor.toPlainText()


class TrashDialog(QDialog):
    """Deleted articles: restore one (with all its work), or empty the trash."""

    restoreRequested = Signal(int)
    emptyRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(self.tr("Trash"))
        layout = QVBoxLayout(self)
        self.items = QListWidget(self)
        self.items.setObjectName("trashList")
        layout.addWidget(self.items)
        row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.empty_button = QPushButton(self.tr("&Empty Trash"), self)
        close = QPushButton(self.tr("Close"), self)
        row.addWidget(self.restore_button)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.restore_button.clicked.connect(self._restore)
        self.empty_button.clicked.connect(self.emptyRequested)
        close.clicked.connect(self.accept)
        self.resize(480, 320)

    def set_items(self, trashed: list[TrashedArticle]) -> None:
        self.items.clear()
        for item in trashed:
            row = QListWidgetItem(f"{shown_title(item.title)}  ·  {item.source}  ·  {item.deleted_at}")
            row.setData(Qt.ItemDataRole.UserRole, item.article_id)
            self.items.addItem(row)
        if trashed:
            self.items.setCurrentRow(0)
        self.restore_button.setEnabled(bool(trashed))
        self.empty_button.setEnabled(bool(trashed))

    def _restore(self) -> None:
        item = self.items.currentItem()
        if item is not None:
            self.restoreRequested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
