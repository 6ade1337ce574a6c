"""A small list model over one article's passage annotations."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from reader.store.records import Annotation
from reader.ui.plain_text import tooltip

AnnotationRole = Qt.ItemDataRole.UserRole + 1
_QUOTE_PREVIEW = 60

_Index = QModelIndex | QPersistentModelIndex


class AnnotationListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Annotation] = []
        self._colors: dict[str, str] = {}

    def set_annotations(self, annotations: list[Annotation], tag_colors: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = sorted(annotations, key=lambda a: (a.start, a.end, a.id))
        self._colors = dict(tag_colors)
        self.endResetModel()

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        # A list has no children below its rows.
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or index.column() != 0:
            return None
        annotation = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            quote = annotation.quote
            if len(quote) > _QUOTE_PREVIEW:
                quote = quote[:_QUOTE_PREVIEW] + "…"
            lines = [f"«{quote}»"]
            head = " · ".join(part for part in (annotation.tag, annotation.note) if part)
            if head:
                lines.append(head)
            if annotation.orphaned:
                lines.append(self.tr("(passage no longer found)"))
            elif annotation.edited:
                lines.append(self.tr("(its text was edited)"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole and annotation.tag in self._colors:
            return QColor(self._colors[annotation.tag])
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(annotation.note or annotation.quote)
        if role == AnnotationRole:
            return annotation
        return None
