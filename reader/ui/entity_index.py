"""The entity index dock: every entity of the library by type, with article counts.

The tree has one row per entity type; a type's entities are read from the
store only when the user expands it (``canFetchMore``/``fetchMore``), so a
library of 100,000 articles opens without reading its whole index. Reading
one type of such a library takes seconds, so the model only asks
(``fetchRequested``) and the dock answers from a QueryWorker thread
(``set_entries``); the GUI never waits for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QTreeView, QWidget

from reader.model import ENTITY_LABELS
from reader.store.errors import LibraryError
from reader.store.records import EntityIndexEntry
from reader.ui.palette import EntityPalette, label_name
from reader.ui.workers import QueryWorker

# Recognition reports articles batch by batch; re-reading the index after
# each would be wasted work, so changes are gathered for this long.
REFRESH_DELAY_MS = 1000

LabelRole = Qt.ItemDataRole.UserRole + 1
EntityTextRole = Qt.ItemDataRole.UserRole + 2

_TOP = 0  # internalId of type rows; entity rows use (type row + 1)


class EntityIndexModel(QAbstractItemModel):
    COLUMNS = 2  # entity, number of articles
    # Rows of a type shown at a time; the view asks for more (fetchMore) as the
    # user scrolls to the end. A tree view lays out every row it is given, and
    # a type of a large library has tens of thousands of entities.
    PAGE = 500

    fetchRequested = Signal(int, str)  # generation, entity type: answer with set_entries

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: tuple[str, ...] = ENTITY_LABELS
        self._children: dict[str, list[EntityIndexEntry]] = {}  # only fetched types
        self._shown: dict[str, int] = {}  # rows of each fetched type given to views so far
        self._loading: set[str] = set()
        self._generation = 0  # answers to requests made before a reload are dropped
        self._resetting = False

    def reload(self) -> None:
        # No fetching until the reset is complete: observers of modelReset
        # (Qt's model tester among them) walk the tree while it is still
        # being announced, and rows inserted then would nest in the reset.
        self._resetting = True
        self.beginResetModel()
        self._generation += 1
        self._children.clear()
        self._shown.clear()
        self._loading.clear()
        self.endResetModel()
        self._resetting = False

    def is_fetched(self, label: str) -> bool:
        return label in self._children

    def is_loading(self) -> bool:
        return bool(self._loading)

    def set_entries(self, generation: int, label: str, entries: list[EntityIndexEntry]) -> None:
        """The answer to ``fetchRequested(generation, label)``."""
        if generation != self._generation or label not in self._loading:
            return  # asked before a reload: the index has changed since
        self._loading.discard(label)
        parent = self.index(self._labels.index(label), 0)
        self._children[label] = list(entries)
        self._shown[label] = 0
        self._show_more(parent, label)
        # The type row's count column now has a value.
        self.dataChanged.emit(parent, self.index(parent.row(), self.COLUMNS - 1))

    def _show_more(self, parent: QModelIndex, label: str) -> None:
        shown, total = self._shown[label], len(self._children[label])
        end = min(total, shown + self.PAGE)
        if end > shown:
            self.beginInsertRows(parent, shown, end - 1)
            self._shown[label] = end
            self.endInsertRows()

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
        return self._shown.get(self._labels[parent.row()], 0)

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
        if self._resetting or not parent.isValid() or parent.internalId() != _TOP or parent.column() != 0:
            return False
        label = self._labels[parent.row()]
        if label in self._children:
            return self._shown[label] < len(self._children[label])
        return label not in self._loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        label = self._labels[parent.row()]
        if label in self._children:
            self._show_more(self.index(parent.row(), 0), label)
            return
        self._loading.add(label)
        self.fetchRequested.emit(self._generation, label)

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
                if label in self._loading:
                    return "…"
                children = self._children.get(label)
                return None if children is None else len(children)
            if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
                return EntityPalette(dark=False).swatch(label)
            if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
                return self.tr("Number of different entities of this type")
            return None
        label = self._labels[index.internalId() - 1]
        entries = self._children.get(label, [])
        if not 0 <= index.row() < self._shown.get(label, 0):
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
        self._worker: QueryWorker | None = None
        self.model = EntityIndexModel(self)
        self.model.fetchRequested.connect(self._fetch)
        self.tree = QTreeView(self)
        self.tree.setObjectName("entityTree")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed count column: ResizeToContents would measure every one of the
        # thousands of entity rows each time a type is expanded.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, self.tree.fontMetrics().horizontalAdvance("0000000") + 12)
        self.setWidget(self.tree)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(lambda: self.refresh(force=False))

        self.tree.activated.connect(self._choose)
        self.tree.clicked.connect(self._choose)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Entity Index"))

    def _fetch(self, generation: int, label: str) -> None:
        library = self._library()
        if getattr(library, "path", None) is None:
            # An in-memory library has no second connection: read it here.
            try:
                entries = library.entity_index(label)
            except LibraryError:
                entries = []
            self.model.set_entries(generation, label, entries)
            return
        if self._worker is not None and self._worker.library_path != library.path:
            self.stop_worker()
        if self._worker is None:
            self._worker = QueryWorker(library.path)
            self._worker.answered.connect(self._on_answer)
            self._worker.start()
        self._worker.request((generation, label), "entity_index", label)

    def _on_answer(self, key: tuple[int, str], entries: list[EntityIndexEntry]) -> None:
        generation, label = key
        self.model.set_entries(generation, label, entries)

    def stop_worker(self) -> None:
        """End the index thread (closing the window, switching libraries)."""
        if self._worker is not None:
            self._worker.stop()
            self._worker.wait()
            self._worker = None

    def schedule_refresh(self, *_args: object) -> None:
        """Entities changed somewhere: refresh soon, once for a burst of changes."""
        self._refresh_timer.start()

    def refresh(self, *, force: bool = True) -> None:
        """Re-read the index, keeping the expanded types expanded."""
        self._refresh_timer.stop()
        if not force and self.model.is_loading():
            # A type is still being read (seconds in a large library): let it
            # arrive rather than restart it at every batch of recognition.
            self._refresh_timer.start()
            return
        # Questions about the old index are obsolete: drop them, do not wait for them.
        self.stop_worker()
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
