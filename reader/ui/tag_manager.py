"""Edit ▸ Manage Tags: every tag with its colour and use, renamed, recoloured or deleted.

The dialog only asks the user; every change is one controller call
(rename_tag, recolor_tag, delete_tag), so it lands on the global undo stack
and Ctrl+Z undoes it from here or from the main window. The table follows
``controller.tagsChanged``, so an undo made anywhere shows at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.store.errors import LibraryError
from reader.ui.controller import LibraryController

_Index = QModelIndex | QPersistentModelIndex

TagNameRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class TagUse:
    """One row: a tag, its colour and how much it is used."""

    name: str
    color: str
    articles: int
    passages: int


def read_tag_uses(library) -> list[TagUse]:
    """Every tag with its counts, read through the public Library API.

    tag_snapshot() lists a tag's articles and annotations; a library has tens
    or hundreds of tags, so one read per tag when the table refreshes is cheap.
    """
    uses = []
    for tag in library.tags.all():
        snapshot = library.tags.snapshot(tag.name)
        uses.append(TagUse(tag.name, tag.color, len(snapshot.article_tags), len(snapshot.annotation_ids)))
    return uses


class TagTableModel(QAbstractTableModel):
    """Tag | Articles | Passages. Editing a name only asks (``renameRequested``):
    the dialog confirms merges and calls the controller; the rows change when
    the library tells, through ``set_tags``."""

    NAME, ARTICLES, PASSAGES = range(3)
    renameRequested = Signal(str, str)  # old name, new name

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[TagUse] = []

    def set_tags(self, uses: list[TagUse]) -> None:
        self.beginResetModel()
        self._rows = list(uses)
        self.endResetModel()

    def tag(self, row: int) -> TagUse:
        return self._rows[row]

    def row_of(self, name: str) -> int | None:
        return next((row for row, use in enumerate(self._rows) if use.name == name), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        use = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (use.name, use.articles, use.passages)[column] if 0 <= column < 3 else None
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return QColor(use.color)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return self.tr("Double-click to rename")
        if role == TagNameRole:
            return use.name
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != self.NAME or role != Qt.ItemDataRole.EditRole:
            return False
        old, new = self._rows[index.row()].name, str(value).strip()
        if not new or new == old:
            return False
        # The row keeps its old name until the library has the new one (or the
        # user declines a merge); the table is then refreshed from the library.
        self.renameRequested.emit(old, new)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Tag"), self.tr("Articles"), self.tr("Passages"))
        return titles[section] if 0 <= section < len(titles) else None


class TagManagerDialog(QDialog):
    def __init__(self, controller: LibraryController, parent: QWidget | None = None, undo_actions=()) -> None:
        super().__init__(parent)
        self.setObjectName("tagManager")
        self.setWindowTitle(self.tr("Manage Tags"))
        self._controller = controller

        self.model = TagTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("tagTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TagTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (TagTableModel.ARTICLES, TagTableModel.PASSAGES):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.empty_label = QLabel(self.tr("No tags yet. Add one to an article in the panel beside it."), self)
        self.empty_label.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("&Rename"), self)
        self.color_button = QPushButton(self.tr("&Colour…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        for button in (self.rename_button, self.color_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        layout.addWidget(buttons)
        # The main window's Undo/Redo, so that Ctrl+Z works while this window has the focus.
        self.addActions(list(undo_actions))
        self.resize(460, 420)

        self.model.renameRequested.connect(self._on_rename_requested)
        self.rename_button.clicked.connect(self._edit_current_name)
        self.color_button.clicked.connect(lambda: self.choose_color(self.current_tag()))
        self.delete_button.clicked.connect(lambda: self.delete(self.current_tag()))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        controller.tagsChanged.connect(self._on_tags_changed)
        controller.libraryChanged.connect(self._on_tags_changed)
        self.refresh()

    # -- contents --------------------------------------------------------------------
    def _on_tags_changed(self) -> None:
        # A closed manager is kept for next time; it reads the tags again when shown.
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Re-read the tags, keeping the selected one selected (by name)."""
        selected = self.current_tag()
        try:
            uses = read_tag_uses(self._controller.library)
        except LibraryError as error:
            self._controller.report_error(str(error))
            return
        self.model.set_tags(uses)
        self.empty_label.setVisible(not uses)
        self.select(selected)

    def select(self, name: str | None) -> None:
        row = self.model.row_of(name) if name is not None else None
        if row is None:
            self.table.clearSelection()
        else:
            self.table.selectRow(row)
        self._update_buttons()

    def current_tag(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.tag(rows[0].row()).name if rows else None

    def _update_buttons(self) -> None:
        chosen = self.current_tag() is not None
        for button in (self.rename_button, self.color_button, self.delete_button):
            button.setEnabled(chosen)

    def _use(self, name: str) -> TagUse | None:
        row = self.model.row_of(name)
        return None if row is None else self.model.tag(row)

    # -- rename ------------------------------------------------------------------------
    def _edit_current_name(self) -> None:
        name = self.current_tag()
        if name is not None:
            self.table.edit(self.model.index(self.model.row_of(name), TagTableModel.NAME))

    def _on_rename_requested(self, old: str, new: str) -> None:
        # After the editor has closed: renaming refreshes the table, which must
        # not happen inside the view's own commit of the edited text.
        QTimer.singleShot(0, lambda: self.rename(old, new))

    def rename(self, old: str, new: str) -> bool:
        """Rename ``old``; a name that exists already merges, after the user agrees."""
        new = new.strip()
        if not new or new == old:
            return False
        target = self._use(new)
        if target is not None and not self._confirm_merge(old, target):
            return False
        done = self._controller.rename_tag(old, new)
        if done:
            self.select(new)
        return done

    def _confirm_merge(self, old: str, target: TagUse) -> bool:
        use = self._use(old)
        articles = use.articles if use else 0
        passages = use.passages if use else 0
        text = self.tr("A tag “{new}” exists already. Merge “{old}” into it?").format(new=target.name, old=old)
        detail = self.tr("Its {articles} and {passages} will have the tag “{new}”; “{old}” disappears.").format(
            articles=self.tr("%n article(s)", "", articles),
            passages=self.tr("%n passage(s)", "", passages),
            new=target.name,
            old=old,
        )
        answer = QMessageBox.question(self, self.tr("Merge Tags"), f"{text}\n\n{detail}")
        return answer == QMessageBox.StandardButton.Yes

    # -- colour -------------------------------------------------------------------------
    def choose_color(self, name: str | None) -> bool:
        use = self._use(name) if name is not None else None
        if use is None:
            return False
        color = QColorDialog.getColor(QColor(use.color), self, self.tr("Colour of “{tag}”").format(tag=name))
        if not color.isValid():
            return False  # cancelled
        return self._controller.recolor_tag(name, color.name())

    # -- delete ---------------------------------------------------------------------------
    def delete(self, name: str | None) -> bool:
        use = self._use(name) if name is not None else None
        if use is None:
            return False
        text = self.tr("Delete the tag “{tag}”?").format(tag=name)
        detail = self.tr("{articles} and {passages} will lose it. Undo brings it back.").format(
            articles=self.tr("%n article(s)", "", use.articles),
            passages=self.tr("%n passage(s)", "", use.passages),
        )
        answer = QMessageBox.question(self, self.tr("Delete Tag"), f"{text}\n\n{detail}")
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._controller.delete_tag(name)
