"""The concordance dock: every hit of a query, an entity or a tag's passages, in its context.

The first FIRST_ROWS rows are read at once on the GUI thread (a few
articles' worth of work, however frequent the query); the rest stream in
from a KwicWorker with progress and Cancel, and the hit and article counts
arrive with the last batch. A context sort (left context read backwards,
right context) needs every row: it is applied when the last one is in. The
list's filters apply. Double-clicking a row asks the main window to open
the article with the hit selected (``openRequested``); Export writes the
rows as CSV by the export's rules.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import islice
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader import analysis_tables as tables
from reader.export import write_csv
from reader.model import ENTITY_LABELS
from reader.store.concordance import DEFAULT_WIDTH, KwicRow, KwicSource, sort_rows
from reader.store.errors import LibraryError
from reader.store.search import ArticleFilter
from reader.ui.article_titles import shown_title
from reader.ui.palette import label_name
from reader.ui.workers import Worker

FIRST_ROWS = 500
BATCH_ROWS = 2000  # rows a worker hands over at a time
# Rows kept at most (about 100 MB): a character in every sentence of 100,000
# articles has millions of hits, which no one reads row by row; the counts stay exact.
MAX_ROWS = 200_000


class KwicWorker(Worker):
    """Reads every row of a concordance on its own connection, handing them over in batches."""

    batch = Signal(int, list)  # generation, rows
    done = Signal(int, int, int, bool)  # generation, hits, articles, cancelled

    def __init__(self, library_path, generation: int, f: ArticleFilter, source: KwicSource, width: int, order: str, skip: int):
        super().__init__(library_path)
        self.generation, self.f, self.source, self.width, self.order, self.skip = generation, f, source, width, order, skip

    def run(self) -> None:
        try:
            library = self.open_library()
        except Exception as error:  # noqa: BLE001 - the first rows stay; the count says what happened
            self.describe(error)
            self.done.emit(self.generation, -1, -1, False)
            return
        hits, articles, last, pending = 0, 0, None, []
        try:
            rows = library.concordance.rows(self.f, source=self.source, width=self.width, order=self.order)
            for row in rows:
                if self.is_cancelled():
                    rows.close()
                    self.done.emit(self.generation, -1, -1, True)
                    return
                hits += 1
                if row.article_id != last:
                    articles, last = articles + 1, row.article_id
                if hits > MAX_ROWS:
                    rows.close()
                    hits, articles = library.concordance.count(self.f, source=self.source)
                    break
                if hits > self.skip:
                    pending.append(row)
                    if len(pending) >= BATCH_ROWS:
                        self.batch.emit(self.generation, pending)
                        pending = []
        except LibraryError as error:
            self.describe(error)
            self.done.emit(self.generation, -1, -1, False)
            return
        finally:
            library.close()
        if pending:
            self.batch.emit(self.generation, pending)
        self.done.emit(self.generation, hits, articles, False)


class KwicModel(QAbstractTableModel):
    COLUMNS = ("date", "newspaper", "title", "left", "hit", "right")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[KwicRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[KwicRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append(self, rows: Sequence[KwicRow]) -> None:
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def rows(self) -> list[KwicRow]:
        return list(self._rows)

    def row(self, number: int) -> KwicRow:
        return self._rows[number]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return shown_title(row.title)
            return getattr(row, column) or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "left":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == "hit":
            return self._bold
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = (self.tr("Date"), self.tr("Newspaper"), self.tr("Title"), self.tr("Left"), self.tr("Hit"), self.tr("Right"))
        return names[section] if 0 <= section < len(names) else None


class LeftContextDelegate(QStyledItemDelegate):
    """Elides the left context at its start: the words next to the hit are the ones a reader needs."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class ConcordanceDock(QDockWidget):
    openRequested = Signal(int, str, int, int)  # article id, field, start, end
    finished = Signal()  # every row is in (or the reading was cancelled)

    def __init__(self, library_getter: Callable[[], object], filter_getter: Callable[[], ArticleFilter], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("concordanceDock")
        self._library = library_getter
        self._filter = filter_getter
        self._generation = 0
        self._worker: KwicWorker | None = None
        self._complete = True
        self._counts: tuple[int, int] | None = None

        self.kind = QComboBox(self)
        self.kind.setObjectName("kwicKind")
        for key in ("query", "entity", "tag"):
            self.kind.addItem(key, key)
        self.query_box = QLineEdit(self)
        self.query_box.setObjectName("kwicQuery")
        self.query_box.setClearButtonEnabled(True)
        self.entity_label = QComboBox(self)
        self.entity_label.setObjectName("kwicEntityLabel")
        for label in ENTITY_LABELS:
            self.entity_label.addItem(label_name(label), label)
        self.width_box = QSpinBox(self)
        self.width_box.setObjectName("kwicWidth")
        self.width_box.setRange(1, 200)
        self.width_box.setValue(DEFAULT_WIDTH)
        self.sort_box = QComboBox(self)
        self.sort_box.setObjectName("kwicSort")
        for key in ("date", "newspaper", "left", "right"):
            self.sort_box.addItem(key, key)
        self.find_button = QPushButton(self)
        self.find_button.setObjectName("kwicFind")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("kwicCancel")
        self.cancel_button.setEnabled(False)
        self.export_button = QPushButton(self)
        self.export_button.setObjectName("kwicExport")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("kwicCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.model = KwicModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("kwicTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        # The hit is a few characters: as wide as it needs, the contexts share the rest.
        modes = (QHeaderView.ResizeMode.Interactive,) * 3 + (
            QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch)
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)
        self._left_delegate = LeftContextDelegate(self.table)
        self.table.setItemDelegateForColumn(KwicModel.COLUMNS.index("left"), self._left_delegate)

        controls = QHBoxLayout()
        for widget in (self.kind, self.entity_label, self.query_box, self.width_box, self.sort_box, self.find_button,
                       self.cancel_button, self.export_button):  # fmt: skip
            controls.addWidget(widget, 3 if widget is self.query_box else 0)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(controls)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        self.setWidget(content)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.query_box.returnPressed.connect(self.run)
        self.find_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self.choose_export_file)
        self.sort_box.currentIndexChanged.connect(self._apply_sort)
        self.width_box.editingFinished.connect(self.run)
        self.table.doubleClicked.connect(self._open)
        self.retranslate()
        self._kind_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Concordance"))
        for i, text in enumerate((self.tr("Query"), self.tr("Entity"), self.tr("Tag's passages"))):
            self.kind.setItemText(i, text)
        sorts = (self.tr("by date"), self.tr("by newspaper"), self.tr("by left context"), self.tr("by right context"))
        for i, text in enumerate(sorts):
            self.sort_box.setItemText(i, text)
        self.width_box.setToolTip(self.tr("Characters of context on each side"))
        self.sort_box.setToolTip(self.tr("Left context is read backwards from the hit"))
        self.find_button.setText(self.tr("Find"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.export_button.setText(self.tr("Export CSV…"))
        self._update_count()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.entity_label.setVisible(kind == "entity")
        placeholders = {"query": self.tr("Search syntax, as in the search box"), "entity": self.tr("Entity name"),
                        "tag": self.tr("Tag name")}  # fmt: skip
        self.query_box.setPlaceholderText(placeholders[kind])

    # -- showing ---------------------------------------------------------------------------
    def show_query(self, query: str) -> None:
        self.kind.setCurrentIndex(0)
        self.query_box.setText(query)
        self.run()

    def show_entity(self, label: str, text: str) -> None:
        self.kind.setCurrentIndex(1)
        self.entity_label.setCurrentIndex(max(0, self.entity_label.findData(label)))
        self.query_box.setText(text)
        self.run()

    def show_tag(self, name: str) -> None:
        self.kind.setCurrentIndex(2)
        self.query_box.setText(name)
        self.run()

    def _source_and_filter(self) -> tuple[KwicSource, ArticleFilter] | None:
        text = self.query_box.text().strip()
        if not text:
            return None
        base = self._filter()
        kind = self.kind.currentData()
        if kind == "query":
            query = " ".join(q for q in (base.query, text) if q)
            return KwicSource(), base.with_(query=query)
        if kind == "entity":
            return KwicSource(entity=(self.entity_label.currentData(), text)), base
        return KwicSource(tag=text), base

    def run(self) -> None:
        """Read the rows again: the first ones now, the rest from the worker."""
        self.stop_worker()
        self._generation += 1
        self._counts = None
        asked = self._source_and_filter()
        if asked is None:
            self.model.set_rows([])
            self._complete = True
            self._update_count()
            return
        source, f = asked
        order = self._order()
        library = self._library()
        in_memory = getattr(library, "path", None) is None
        try:
            rows = library.concordance.rows(f, source=source, width=self.width_box.value(), order=order)
            first = list(rows) if in_memory else list(islice(rows, FIRST_ROWS + 1))
            rows.close()
        except LibraryError as error:
            self.count_label.setText(str(error))
            return
        self._complete = in_memory or len(first) <= FIRST_ROWS
        if self._complete:
            self._counts = (len(first), len({r.article_id for r in first}))
            self.model.set_rows(sort_rows(first, self.sort_box.currentData()))
        else:
            self.model.set_rows(first[:FIRST_ROWS])
            worker = KwicWorker(library.path, self._generation, f, source, self.width_box.value(), order, FIRST_ROWS)
            worker.batch.connect(self._on_batch)
            worker.done.connect(self._on_done)
            self._worker = worker
            self.cancel_button.setEnabled(True)
            worker.start()
        self._update_count()
        if self._complete:
            self.finished.emit()

    def _order(self) -> str:
        sort = self.sort_box.currentData()
        return sort if sort in ("date", "newspaper") else "date"

    def _on_batch(self, generation: int, rows: list) -> None:
        if generation == self._generation:
            self.model.append(rows)
            self._update_count()

    def _on_done(self, generation: int, hits: int, articles: int, cancelled: bool) -> None:
        if generation != self._generation:
            return
        self._complete = True
        self.cancel_button.setEnabled(False)
        self._counts = None if hits < 0 else (hits, articles)
        if not cancelled and self.sort_box.currentData() in ("left", "right"):
            self._apply_sort()
        self._update_count(cancelled=cancelled)
        self.finished.emit()

    def _apply_sort(self) -> None:
        sort = self.sort_box.currentData()
        if not self._complete:
            self._update_count()  # sorted once every row is in
            return
        if sort in ("left", "right"):
            self.model.set_rows(sort_rows(self.model.rows(), sort))
        else:
            self.run()  # article orders come from the store

    def cancel(self) -> None:
        if self._worker is not None:
            self._worker.cancel()

    def stop_worker(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait()
            self._worker = None
        self.cancel_button.setEnabled(False)

    def is_complete(self) -> bool:
        return self._complete

    def counts(self) -> tuple[int, int] | None:
        return self._counts

    def _update_count(self, cancelled: bool = False) -> None:
        shown = self.model.rowCount()
        if self._counts is not None:
            hits, articles = self._counts
            text = self.tr("%1 hit(s) in %2 article(s)").replace("%1", f"{hits:,}").replace("%2", f"{articles:,}")
            if shown < hits:
                text += " " + self.tr("(the first %1 shown)").replace("%1", f"{shown:,}")
        elif cancelled:
            text = self.tr("Cancelled: %1 hit(s) shown").replace("%1", f"{shown:,}")
        elif not self._complete:
            text = self.tr("%1 hit(s) so far, reading…").replace("%1", f"{shown:,}")
            if self.sort_box.currentData() in ("left", "right"):
                text += " " + self.tr("(sorted when all are in)")
        else:
            text = ""
        self.count_label.setText(text)

    # -- rows ----------------------------------------------------------------------------------
    def _open(self, index) -> None:
        if index.isValid():
            row = self.model.row(index.row())
            self.openRequested.emit(row.article_id, row.field, row.start, row.end)

    def choose_export_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Concordance"), "concordance.csv", self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(path)

    def export_csv(self, path: str | Path) -> int:
        try:
            return write_csv(path, tables.KWIC_COLUMNS, tables.kwic_rows(self.model.rows()))
        except OSError as error:
            self.count_label.setText(self.tr("Could not export to %1: %2").replace("%1", str(path)).replace("%2", str(error)))
            return -1
