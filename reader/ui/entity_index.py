"""The entity index dock: every entity of the library by type, with article counts.

The tree has one row per entity type; a type's entities are fetched from the
store only when the user expands it (``canFetchMore``/``fetchMore``), so a
library of 100,000 articles opens without reading its whole index.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTreeView, QWidget

from reader.model import ENTITY_LABELS
from reader.store.errors import LibraryError
from reader.store.records import EntityIndexEntry
from reader.ui.palette import EntityPalette, label_name

# Recognition reports articles batch by batch; re-reading the index after
# each would be wasted work, so changes are gathered for this long.
REFRESH_DELAY_MS = 1000

LabelRole = Qt.ItemDataRole.UserRole + 1
EntityTextRole = Qt.ItemDataRole.UserRole + 2

_TOP = 0  # internalId of type rows; entity rows use (type row + 1)


class EntityIndexModel(QAbstractItemModel):
    COLUMNS = 2  # entity, number of articles

    def __init__(self, fetch: Callable[[str], list[EntityIndexEntry]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._labels: tuple[str, ...] = ENTITY_LABELS
        self._children: dict[str, list[EntityIndexEntry]] = {}  # only fetched types
        self._resetting = False

    def reload(self) -> None:
        # No fetching until the reset is complete: observers of modelReset
        # (Qt's model tester among them) walk the tree while it is still
        # being announced, and rows inserted then would nest in the reset.
        self._resetting = True
        self.beginResetModel()
        self._children.clear()
        self.endResetModel()
        self._resetting = False

    def set_fetcher(self, fetch: Callable[[str], list[EntityIndexEntry]]) -> None:
        self._fetch = fetch
        self.reload()

    def is_fetched(self, label: str) -> bool:
        return label in self._children

    # -- structure ----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: QModelIndex | QPersistentModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        internal = index.internalId()
        if internal == _TOP:
            return QModelIndex()
        return self.createIndex(internal - 1, 0, _TOP)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._labels)
        if parent.internalId() != _TOP or parent.column() != 0:
            return 0
        return len(self._children.get(self._labels[parent.row()], ()))

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return self.COLUMNS

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        if not parent.isValid():
            return True
        if parent.internalId() != _TOP or parent.column() != 0:
            return False
        label = self._labels[parent.row()]
        # Unfetched types show an expander; fetched ones only if non-empty.
        return label not in self._children or bool(self._children[label])

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return (
            not self._resetting
            and parent.isValid()
            and parent.internalId() == _TOP
            and parent.column() == 0
            and self._labels[parent.row()] not in self._children
        )

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        label = self._labels[parent.row()]
        try:
            entries = self._fetch(label)
        except LibraryError:
            entries = []
        # Marked fetched (still empty) before inserting: views and the model
        # tester ask canFetchMore again inside beginInsertRows.
        self._children[label] = []
        if entries:
            self.beginInsertRows(parent, 0, len(entries) - 1)
            self._children[label] = entries
            self.endInsertRows()
        # The type row's count column now has a value.
        self.dataChanged.emit(self.index(parent.row(), 0), self.index(parent.row(), self.COLUMNS - 1))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() != _TOP:
            flags |= Qt.ItemFlag.ItemNeverHasChildren
        return flags

    # -- data --------------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            label = self._labels[index.row()]
            if role == LabelRole:
                return label
            if role == Qt.ItemDataRole.DisplayRole:
                if index.column() == 0:
                    return label_name(label)
                children = self._children.get(label)
                return None if children is None else len(children)
            if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
                return EntityPalette(dark=False).swatch(label)
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
                return self.tr("Number of different entities of this type")
            return None
        label = self._labels[index.internalId() - 1]
        entries = self._children.get(label, [])
        if not 0 <= index.row() < len(entries):
            return None
        entry = entries[index.row()]
        if role == LabelRole:
            return label
        if role == EntityTextRole:
            return entry.text
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.text if index.column() == 0 else entry.article_count
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%n article(s) mention this", "", entry.article_count)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Entity"), self.tr("Articles"))[section] if 0 <= section < self.COLUMNS else None


class EntityIndexDock(QDockWidget):
    """Emits ``entityChosen(label, text)`` when the user picks an entity."""

    entityChosen = Signal(str, str)

    def __init__(self, library_getter: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityIndex")
        self._library = library_getter
        self.model = EntityIndexModel(self._fetch, self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("entityTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setWidget(self.tree)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)

        self.tree.activated.connect(self._choose)
        self.tree.clicked.connect(self._choose)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Entity Index"))

    def _fetch(self, label: str) -> list[EntityIndexEntry]:
        return self._library().entity_index(label)

    def schedule_refresh(self, *_args: object) -> None:
        """Entities changed somewhere: refresh soon, once for a burst of changes."""
        self._refresh_timer.start()

    def refresh(self) -> None:
        """Re-read the index, keeping the expanded types expanded."""
        self._refresh_timer.stop()
        expanded = [
            row for row in range(self.model.rowCount()) if self.tree.isExpanded(self.model.index(row, 0))
        ]
        self.model.reload()
        for row in expanded:
            self.tree.expand(self.model.index(row, 0))

    def _choose(self, index: QModelIndex) -> None:
        text = index.data(EntityTextRole)
        if text is not None:
            self.entityChosen.emit(index.data(LabelRole), text)
