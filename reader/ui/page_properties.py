"""Page properties: a page's newspaper, date, page and section with where each came from, edited for many pages at once.

The dialog reads through the controller's library and writes only through
``controller.set_page_meta`` (one undoable step for all the pages). A field
left as it is stays unchanged on every page; a field whose pages differ
shows «various» until something is typed into it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.identity import EDITABLE, clean_value
from reader.store.errors import LibraryError
from reader.store.identity import AUTO


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # page text is never markup
    return label


class PagePropertiesDialog(QDialog):
    def __init__(self, controller, source_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pagePropertiesDialog")
        self._controller = controller
        self.source_ids = list(source_ids)
        try:
            self.records = controller.library.identity.of_sources(self.source_ids)
        except LibraryError as error:
            controller.report_error(str(error))
            self.records = []
        self.setWindowTitle(self.tr("Page Properties"))
        self.edits: dict[str, QLineEdit] = {}
        self.origin_labels: dict[str, QLabel] = {}
        self._auto: set[str] = set()
        self._edited: set[str] = set()

        layout = QVBoxLayout(self)
        if len(self.records) == 1:
            heading = self.records[0].path or self.records[0].name
        else:
            heading = self.tr("%n page(s)", "", len(self.records))
        self.heading = _plain_label(heading, self)
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        grid = QGridLayout()
        names = {
            "newspaper": self.tr("Newspaper"), "date": self.tr("Date"), "page": self.tr("Page"),
            "section": self.tr("Section"),
        }  # fmt: skip
        for row, field in enumerate(EDITABLE):
            edit = QLineEdit(self)
            edit.setObjectName(f"{field}Edit")
            self._show_value(field, edit)
            edit.textEdited.connect(lambda _text, f=field: self._mark_edited(f))
            auto = QToolButton(self)
            auto.setObjectName(f"{field}Auto")
            auto.setText(self.tr("Detect"))
            auto.setToolTip(self.tr("Use what the page header and the file name say"))
            auto.clicked.connect(lambda _checked=False, f=field: self.use_detected(f))
            origin = _plain_label(self._origin_text(field), self)
            origin.setObjectName(f"{field}Origin")
            grid.addWidget(_plain_label(names[field], self), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(auto, row, 2)
            grid.addWidget(origin, row, 3)
            self.edits[field] = edit
            self.origin_labels[field] = origin
        layout.addLayout(grid)

        self.details = _plain_label(self._details_text(), self)
        self.details.setObjectName("pageDetails")
        self.details.setWordWrap(True)
        layout.addWidget(self.details)
        self.error = _plain_label("", self)
        self.error.setObjectName("pagePropertiesError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # -- what is shown -------------------------------------------------------------------
    def _values(self, field: str) -> set:
        return {getattr(r.meta, field) for r in self.records}

    def _show_value(self, field: str, edit: QLineEdit) -> None:
        values = self._values(field)
        if len(values) == 1:
            edit.setText(next(iter(values)) or "")
            edit.setPlaceholderText(self.tr("(not known)"))
        else:
            edit.setPlaceholderText(self.tr("(various)"))

    def origin_words(self, origin: str | None) -> str:
        return {
            "user": self.tr("set by you"),
            "import": self.tr("given at import"),
            "header": self.tr("from the page header"),
            "filename": self.tr("from the file name"),
            "issue": self.tr("from the issue's other pages"),
            "pdf": self.tr("from the PDF metadata"),
            None: "",
        }.get(origin, origin or "")

    def _origin_text(self, field: str) -> str:
        if field in self._auto:
            return self.tr("will follow the page header and the file name")
        origins = {r.meta.origins.get(field) for r in self.records}
        if len(origins) > 1:
            return self.tr("various origins")
        return self.origin_words(next(iter(origins), None))

    def _details_text(self) -> str:
        if len(self.records) != 1:
            return ""
        record = self.records[0]
        meta = record.meta
        lines = []
        if meta.editors:
            lines.append(self.tr("Editors: %1").replace("%1", "、".join(f"{role}：{name}" for role, name in meta.editors)))
        if meta.issue:
            lines.append(self.tr("Issue: %1").replace("%1", meta.issue))
        if meta.cn:
            lines.append(self.tr("Serial: %1").replace("%1", meta.cn))
        lines.extend(record.conflicts)
        return "\n".join(lines)

    # -- editing --------------------------------------------------------------------------
    def _mark_edited(self, field: str) -> None:
        self._edited.add(field)
        self._auto.discard(field)
        self.origin_labels[field].setText(self.tr("set by you"))

    def use_detected(self, field: str) -> None:
        """Give the field back to the pages' headers and names."""
        self._auto.add(field)
        self._edited.discard(field)
        self.edits[field].clear()
        self.edits[field].setPlaceholderText(self.tr("(detected)"))
        self.origin_labels[field].setText(self._origin_text(field))

    def set_field(self, field: str, text: str) -> None:
        """Type a value into a field (as the user does; for tests and shortcuts)."""
        self.edits[field].setText(text)
        self._mark_edited(field)

    def changes(self) -> dict[str, object]:
        """Field -> typed text ("" clears) or AUTO, for the fields the user touched."""
        out: dict[str, object] = {field: AUTO for field in self._auto}
        for field in self._edited:
            out[field] = self.edits[field].text()
        return out

    def accept(self) -> None:
        changes = self.changes()
        try:
            for field, value in changes.items():
                if value is not AUTO:
                    clean_value(field, value)
        except ValueError as error:
            self.error.setText(str(error))
            return
        if changes and not self._controller.set_page_meta(self.source_ids, changes):
            return
        super().accept()
