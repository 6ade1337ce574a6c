"""The entity index dock: every entity of the library by type, with article counts.

The tree has one row per entity type, named with its number of different
entities ("Places (312)") before anything is expanded. Every type is asked for
when the index is (re)loaded; rows are given to the view only when the user
expands a type (``canFetchMore``/``fetchMore``) and then a page at a time, as
a tree view lays out every row it is given. The model only asks
(``fetchRequested``); the dock answers (``set_entries``) from a QueryWorker
thread, since a whole type of a 100,000-article library is tens of thousands
of rows (~50 ms), so the GUI never waits for it.

The filter box (``entityFilter``) asks ``entity_index(label, contains=text,
limit=FILTER_LIMIT)`` per type; those answers take a few milliseconds even on
100,000 articles, so they are read on the GUI thread after a short pause in
typing, and the types with matches are expanded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QHeaderView, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from reader.model import ENTITY_LABELS
from reader.store.errors import LibraryError
from reader.store.records import EntityIndexEntry
from reader.ui.palette import EntityPalette, label_name
from reader.ui.plain_text import tooltip
from reader.ui.workers import QueryWorker

# Recognition reports articles batch by batch; re-reading the index after
# each would be wasted work, so changes are gathered for this long.
REFRESH_DELAY_MS = 1000
# The filter is applied once typing pauses this long: one query per type per pause, not per key.
FILTER_DELAY_MS = 150

LabelRole = Qt.ItemDataRole.UserRole + 1
EntityTextRole = Qt.ItemDataRole.UserRole + 2

_TOP = 0  # internalId of type rows; entity rows use (type row + 1)


class EntityIndexModel(QAbstractItemModel):
    COLUMNS = 2  # entity, number of articles
    # Rows of a type shown at a time; the view asks for more (fetchMore) as the
    # user scrolls to the end. A tree view lays out every row it is given, and
    # a type of a large library has tens of thousands of entities.
    PAGE = 500

    # Entries of a type shown while filtering: enough to choose from, and the
    # query stops there instead of reading the whole type.
    FILTER_LIMIT = 500

    # generation, entity type: answer with set_entries, reading entity_index(label, **query(label))
    fetchRequested = Signal(int, str)
    entriesArrived = Signal(str)  # entity type whose entries (and count) are now known

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: tuple[str, ...] = ENTITY_LABELS
        self._children: dict[str, list[EntityIndexEntry]] = {}  # only fetched types
        self._shown: dict[str, int] = {}  # rows of each fetched type given to views so far
        self._loading: set[str] = set()
        self._opened: set[str] = set()  # types a view has expanded: their rows are shown on arrival
        self._filter = ""
        self._generation = 0  # answers to requests made before a reload are dropped
        self._resetting = False
        self._palette = EntityPalette(dark=False)

    def set_dark(self, dark: bool) -> None:
        """The type rows' colours follow the theme, as the reader's highlights do."""
        self._palette = EntityPalette(dark=dark)
        if self._labels:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._labels) - 1, 0))

    def reload(self) -> None:
        """Forget everything read; ask again for every type (their counts show unexpanded)."""
        # No fetching until the reset is complete: observers of modelReset
        # (Qt's model tester among them) walk the tree while it is still
        # being announced, and rows inserted then would nest in the reset.
        self._resetting = True
        self.beginResetModel()
        self._generation += 1
        self._children.clear()
        self._shown.clear()
        self._loading.clear()
        self._opened.clear()
        self.endResetModel()
        self._resetting = False
        self.request_all()

    def request_all(self) -> None:
        """Ask for every type not read or asked for yet: the type rows need their counts."""
        for label in self._labels:
            if label not in self._children and label not in self._loading:
                self._loading.add(label)
                self.fetchRequested.emit(self._generation, label)

    # -- the filter ---------------------------------------------------------------------
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        """Keep only entities whose text contains ``text`` ("" shows all); reloads."""
        text = text.strip()
        if text != self._filter:
            self._filter = text
            self.reload()

    def query(self, label: str) -> dict:
        """Keyword arguments of Library.entity_index(label, ...) answering a request for ``label``."""
        if not self._filter:
            return {}
        return {"contains": self._filter, "limit": self.FILTER_LIMIT}

    def count(self, label: str) -> int | None:
        """Different entities of the type (matching the filter, at most FILTER_LIMIT); None until read."""
        children = self._children.get(label)
        return None if children is None else len(children)

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
        if label in self._opened:
            self._show_more(parent, label)
        # The type row's name now carries its count.
        self.dataChanged.emit(parent, self.index(parent.row(), self.COLUMNS - 1))
        self.entriesArrived.emit(label)

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
        return label not in self._opened  # asked for already, or to be asked for now

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        label = self._labels[parent.row()]
        self._opened.add(label)
        if label in self._children:
            self._show_more(self.index(parent.row(), 0), label)
            return
        if label not in self._loading:
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
            if index.column() != 0:
                return None  # the Articles column is for entities; a type's count is in its name
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{type} ({count})").format(type=label_name(label), count=self._count_text(label))
            if role == Qt.ItemDataRole.DecorationRole:
                return self._palette.swatch(label)
            if role == Qt.ItemDataRole.ToolTipRole:
                if self._filter:
                    return tooltip(self.tr("Different entities of this type containing “{text}”").format(text=self._filter))
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

    def _count_text(self, label: str) -> str:
        count = self.count(label)
        if count is None:
            return "…"  # still being read
        if self._filter and count >= self.FILTER_LIMIT:
            return f"{count}+"  # the filtered query stopped at the limit
        return str(count)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Entity"), self.tr("Articles"))[section] if 0 <= section < self.COLUMNS else None


class EntityIndexDock(QDockWidget):
    """Emits ``entityChosen(label, text)`` when the user picks an entity."""

    entityChosen = Signal(str, str)
    # The context menu's intents (label, text …); the main window carries them out.
    concordanceRequested = Signal(str, str)
    mergeRequested = Signal(str, str)
    typeChangeRequested = Signal(str, str, str)
    separateRequested = Signal(str, str)
    suggestionsRequested = Signal(str)

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
        count_width = self.tree.fontMetrics().horizontalAdvance("0000000") + 12
        header.resizeSection(1, count_width)
        # Squeezed by a dock opened beside it (the page view), the index would
        # show colour swatches without names: keep room for a type's name.
        swatch_and_frame = 24
        self.setMinimumWidth(count_width + self.tree.indentation() + swatch_and_frame
                             + self.tree.fontMetrics().horizontalAdvance("Organisations"))

        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("entityFilter")
        self.filter_box.setClearButtonEnabled(True)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        # Types the user had open before filtering; clearing the filter opens them again.
        self._expanded_before_filter: list[str] = []

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.tree)
        self.setWidget(content)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(lambda: self.refresh(force=False))

        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        self.tree.activated.connect(self._choose)
        self.tree.clicked.connect(self._choose)
        self.filter_box.textChanged.connect(self._filter_timer.start)
        self.filter_box.returnPressed.connect(self.apply_filter)  # Enter: at once
        self._filter_timer.timeout.connect(self.apply_filter)
        self.model.entriesArrived.connect(self._on_entries_arrived)
        self.retranslate()
        # The type rows' counts: asked for once the window is up (the worker opens its own connection).
        QTimer.singleShot(0, self.model, self.model.request_all)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Entity Index"))
        self.filter_box.setPlaceholderText(self.tr("Filter entities"))

    # -- the filter ----------------------------------------------------------------------------
    def apply_filter(self) -> None:
        self._filter_timer.stop()
        text = self.filter_box.text().strip()
        if text == self.model.filter_text():
            return
        if not self.model.filter_text():
            self._expanded_before_filter = self._expanded_labels()
        self.model.set_filter(text)
        if not text:
            self._expand(self._expanded_before_filter)

    def _on_entries_arrived(self, label: str) -> None:
        # While filtering, the matches are what the user looks for: show them unasked.
        if self.model.filter_text() and self.model.count(label):
            self.tree.expand(self.model.index(ENTITY_LABELS.index(label), 0))

    def _expanded_labels(self) -> list[str]:
        return [
            self.model.index(row, 0).data(LabelRole)
            for row in range(self.model.rowCount())
            if self.tree.isExpanded(self.model.index(row, 0))
        ]

    def _expand(self, labels: list[str]) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(LabelRole) in labels:
                self.tree.expand(index)

    def _fetch(self, generation: int, label: str) -> None:
        library = self._library()
        query = self.model.query(label)
        if getattr(library, "path", None) is None or query:
            # An in-memory library has no second connection, and a filtered
            # question stops at its limit within milliseconds: read it here.
            try:
                entries = library.entities.index(label, **query)
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
        self._worker.request((generation, label), "entities.index", label, **query)

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
        expanded = self._expanded_labels()
        self.model.reload()
        self._expand(expanded)

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu for an entity row (built separately so tests can use it); None for a type row."""
        text, label = index.data(EntityTextRole), index.data(LabelRole)
        menu = QMenu(self)
        if label is not None and text is None:
            action = menu.addAction(self.tr("Suggest Merges…"))
            action.triggered.connect(lambda: self.suggestionsRequested.emit(label))
            return menu
        if text is None:
            return None
        menu.addAction(self.tr("Show in Concordance")).triggered.connect(lambda: self.concordanceRequested.emit(label, text))
        menu.addAction(self.tr("Merge into…")).triggered.connect(lambda: self.mergeRequested.emit(label, text))
        types = menu.addMenu(self.tr("Change Type"))
        types.setObjectName("changeTypeMenu")
        for other in ENTITY_LABELS:
            if other != label:
                action = types.addAction(label_name(other))
                action.setData(other)
                action.triggered.connect(lambda _=False, o=other: self.typeChangeRequested.emit(label, text, o))
        menu.addAction(self.tr("Separate Its Variants")).triggered.connect(lambda: self.separateRequested.emit(label, text))
        menu.addSeparator()
        menu.addAction(self.tr("Suggest Merges…")).triggered.connect(lambda: self.suggestionsRequested.emit(label))
        return menu

    def _show_context_menu(self, point) -> None:
        menu = self.context_menu(self.tree.indexAt(point))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(point))
            menu.deleteLater()

    def _choose(self, index: QModelIndex) -> None:
        text = index.data(EntityTextRole)
        if text is not None:
            self.entityChosen.emit(index.data(LabelRole), text)
