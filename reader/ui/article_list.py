"""The sidebar: search box, filters, count and the list of articles.

Search as you type lists the first rows of a result at once and the
complete result (with its count) from a QueryWorker once typing pauses; the
model and painter of the list are in reader.ui.article_list_model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.store.errors import LibraryError
from reader.store.records import ArticleSummary
from reader.ui.article_list_model import ArticleDelegate, ArticleListModel
from reader.ui.identity_filters import IdentityFilters
from reader.ui.lazy_combo import FilterComboBox, LazyComboBox
from reader.ui.palette import label_name
from reader.ui.plain_text import menu_text, plain_label
from reader.ui.workers import QueryWorker

# Search as you type: long enough to merge the keystrokes of a fast typist or
# an input method committing several characters, short enough that the list
# follows within the 100 ms the user perceives as immediate.
SEARCH_DELAY_MS = 25
# The complete result (and the count) is asked for once typing pauses this
# long: mid-word it would only compete with the next keystroke for the CPU.
COUNT_DELAY_MS = 300


class ArticleSidebar(QWidget):
    """Search, filters and the article list. Emits intents; writes nothing.

    ``library_getter`` returns the current Library (the controller's), so a
    library switch needs only ``reload()``.
    """

    articleActivated = Signal(int)  # open this article
    queryChanged = Signal(str)  # the search box's query, once it is applied to the list
    listUpdated = Signal()  # the list shows (the first rows of) the latest query's result
    fullListLoaded = Signal()  # … and now all of it
    # The complete list no longer holds the open article (a search or filter
    # left it out): the window opens the first article listed instead.
    currentNotListed = Signal()

    # Rows listed at once; the rest of a larger result follows from the search worker.
    FIRST_ROWS = 200

    def __init__(self, library_getter: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library_getter
        self._entity: tuple[str, str] | None = None
        self._current_id: int | None = None
        self._generation = 0  # numbers queries, so a late full result of an old one is ignored
        self._complete = True
        self._worker: QueryWorker | None = None
        self._query = ""
        self._hits_worker: QueryWorker | None = None
        # A filter set from outside (a chart's bar or cell): ArticleFilter fields, with the chip's text.
        self._extra: dict = {}
        self._extra_text = ""

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setClearButtonEnabled(True)

        self.tag_filter = FilterComboBox(self)
        self.tag_filter.setObjectName("tagFilter")
        self.source_filter = LazyComboBox(self._source_items, self)
        self.source_filter.setObjectName("sourceFilter")
        self.coder_filter = FilterComboBox(self)
        self.coder_filter.setObjectName("coderFilter")

        # Articles the parser doubts (and the user has not corrected): review the weak ones first.
        self.check_filter = QToolButton(self)
        self.check_filter.setObjectName("toCheckFilter")
        self.check_filter.setCheckable(True)
        self.check_filter.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.identity_filters = IdentityFilters(library_getter, self)
        self.identity_filters.setObjectName("identityFilters")

        self.entity_chip = QToolButton(self)
        self.entity_chip.setObjectName("entityFilterChip")
        self.entity_chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.entity_chip.setAutoRaise(False)
        self.entity_chip.hide()
        self.extra_chip = QToolButton(self)
        self.extra_chip.setObjectName("chartFilterChip")
        self.extra_chip.hide()

        self.count_label = plain_label("", self)
        self.count_label.setObjectName("articleCount")

        self.model = ArticleListModel(self._fetch_summaries, self)
        self.list_view = QListView(self)
        self.list_view.setObjectName("articleList")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ArticleDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)  # essential for 100k rows
        # Many rows can be selected (to edit their pages at once); the current row is the one open.
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.tag_filter, 1)
        filters.addWidget(self.source_filter, 1)
        filters.addWidget(self.coder_filter, 1)
        # The review toggle sits beside the count it filters, so the filter row
        # can narrow with the list when the page view needs the room.
        counted = QHBoxLayout()
        counted.setContentsMargins(0, 0, 0, 0)
        counted.addWidget(self.count_label, 1)
        counted.addWidget(self.check_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_box)
        layout.addLayout(filters)
        layout.addWidget(self.identity_filters)
        layout.addWidget(self.entity_chip)
        layout.addWidget(self.extra_chip)
        layout.addLayout(counted)
        layout.addWidget(self.list_view, 1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._request_full)
        self._pending_full: tuple | None = None

        self.search_box.textChanged.connect(self._search_timer.start)
        self.search_box.returnPressed.connect(self._open_first)
        # Up/Down in the search box move through the list without leaving the box.
        self.search_box.installEventFilter(self)
        self.tag_filter.currentIndexChanged.connect(self.refresh)
        self.coder_filter.currentIndexChanged.connect(self.refresh)
        self.source_filter.currentIndexChanged.connect(self.refresh)
        self.check_filter.toggled.connect(self.refresh)
        self.identity_filters.changed.connect(self.refresh)
        self.entity_chip.clicked.connect(self.clear_entity_filter)
        self.extra_chip.clicked.connect(self.clear_extra_filter)
        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.list_view.clicked.connect(self._on_clicked)

        self.retranslate()

    # -- text ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.search_box.setPlaceholderText(self.tr("Search articles"))
        self.search_box.setToolTip(
            self.tr("Type one or more characters; Enter opens the first result.")
            + "\n\n" + self.tr("公安 民警 — both words\n公安 OR 民警 — either word\n-民警 — without this word\n"
                                 "\"民警 赵晨然\" — exactly this phrase\n"
                                 "title:韩雪, byline:韩雪 — only in the title, the byline (also kicker:, subtitle:, body:)\n"
                                 "Traditional and simplified characters find each other; F3 goes to the next hit.")
        )
        self.extra_chip.setToolTip(self.tr("Click to remove this filter"))
        self.tag_filter.setToolTip(self.tr("Show only articles with this tag"))
        self.coder_filter.setToolTip(self.tr("Show only what this coder tagged, noted or annotated"))
        self.source_filter.setToolTip(self.tr("Show only articles from this file"))
        self.entity_chip.setToolTip(self.tr("Click to show articles with any entity again"))
        self.check_filter.setToolTip(self.tr("Show only the articles the parser is unsure of (marked ?), to check them first"))
        self._update_chip()
        self._update_count()

    # -- data ------------------------------------------------------------------------
    def _fetch_summaries(self, ids: Sequence[int]) -> list[ArticleSummary]:
        return self._library().articles.summaries(ids)

    def reload(self) -> None:
        """A different library (or first show): rebuild filters, forget caches, search again."""
        self._entity = None
        self._current_id = None
        self.stop_search_worker()  # it searches the previous library's file
        self.model.set_fetcher(self._fetch_summaries)
        # Filters name tags and pages of the previous library.
        for combo in (self.tag_filter, self.source_filter, self.coder_filter):
            combo.blockSignals(True)
            combo.clear()
            combo.blockSignals(False)
        self.identity_filters.reload()
        self.reload_filters()
        self._update_chip()
        self.refresh()

    def reload_filters(self) -> None:
        """Tags or sources changed: refill the combos, keeping the current choice if it still exists."""
        try:
            tags = self._library().tags.all()
            coders = self._library().coding.coders()
        except LibraryError:
            tags, coders = [], []
        self._refill(self.tag_filter, self.tr("All tags"), [(t.name, t.name) for t in tags])
        # With a coder chosen, the list shows what that coder coded, and the tag filter their tags.
        self._refill(self.coder_filter, self.tr("All coders"), [(c, c) for c in coders])
        # A library of 100,000 articles has some 10,000 pages: that list is read
        # when the user opens it, not at every start-up and import.
        if self.source_filter.count() == 0:
            self.source_filter.addItem(self.tr("All files"), None)
        self.source_filter.invalidate()

    def _source_items(self) -> None:
        try:
            sources = self._library().pages.all()
        except LibraryError:
            sources = []
        self._refill(
            self.source_filter,
            self.tr("All files"),
            [(self.tr("%1 (%2)").replace("%1", s.name).replace("%2", str(s.article_count)), s.id) for s in sources],
        )

    def _refill(self, combo: QComboBox, all_text: str, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for text, data in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if combo.currentData() != current:
            self.refresh()  # the filtered tag or page is gone

    def refresh(self) -> None:
        """Run the current query and filters; keep the open article selected if it is listed.

        The first FIRST_ROWS results are listed at once; when there may be more,
        the complete list comes from the search worker (``fullListLoaded``).
        """
        self._search_timer.stop()
        self._generation += 1
        if self._worker is not None:
            # The complete search of the previous query is obsolete: stop it
            # rather than let it compete with this keystroke.
            self._worker.interrupt()
        query = self.search_box.text().strip()
        filters = {
            "tag": self.tag_filter.currentData(),
            "entity": self._entity,
            "source_id": self.source_filter.currentData(),
            "coder": self.coder_filter.currentData(),
            **self.identity_filters.filters(),
            **self._extra,
        }
        if self.check_filter.isChecked():
            filters["to_check"] = True
        library = self._library()
        if query != self._query:
            self._query = query
            self._count_query_hits(query)
            self.queryChanged.emit(query)
        try:
            ids = library.search.article_ids(query, limit=self.FIRST_ROWS, **filters)
        except LibraryError:
            ids = []
        self._complete = len(ids) < self.FIRST_ROWS
        if not self._complete:
            if getattr(library, "path", None) is None:
                # An in-memory library has no second connection to search on.
                ids = library.search.article_ids(query, **filters)
                self._complete = True
            else:
                self._pending_full = (self._generation, library.path, query, filters)
                self._count_timer.start()
        self.model.set_ids(ids)
        self._reselect_current()
        self._update_count()
        self.listUpdated.emit()
        if self._complete:
            self.fullListLoaded.emit()
            self._check_current()

    def _check_current(self) -> None:
        """Only on a complete list: the open article may be past the first rows of a partial one.

        No article open and a list that is no longer empty (a filter cleared
        after it had left nothing) is the same case: open the first.
        """
        if self._current_id is None:
            if self.model.rowCount():
                self.currentNotListed.emit()
        elif self.model.row_of(self._current_id) < 0:
            self.currentNotListed.emit()

    def _request_full(self) -> None:
        if self._pending_full is None:
            return
        generation, path, query, filters = self._pending_full
        self._pending_full = None
        if generation == self._generation:
            self._search_worker(path).request(generation, "search.article_ids", query, **filters)

    def _search_worker(self, path) -> QueryWorker:
        if self._worker is not None and self._worker.library_path != Path(path):
            self.stop_search_worker()
        if self._worker is None:
            self._worker = QueryWorker(path, latest_only=True)
            self._worker.answered.connect(self._on_found)
            self._worker.start()
        return self._worker

    def stop_search_worker(self) -> None:
        """End the search threads (closing the window, switching libraries)."""
        self._stop_hits_worker()
        if self._worker is not None:
            self._worker.stop()
            self._worker.wait()
            self._worker = None

    def _on_found(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # the answer to a query the user has typed past
        self.model.extend_ids(ids)
        self._complete = True
        self._reselect_current()
        self._update_count()
        self.fullListLoaded.emit()
        self._check_current()

    def is_complete(self) -> bool:
        return self._complete

    def _reselect_current(self) -> None:
        if self._current_id is None:
            return
        row = self.model.row_of(self._current_id)
        if row < 0:
            return
        selection = self.list_view.selectionModel()
        previous = selection.currentIndex()
        index = self.model.index(row)
        # Re-selecting the article already on screen must not reopen it.
        selection.blockSignals(True)
        selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        # With its signals blocked the view was not told: redraw the two rows
        # that changed (not the whole list, which costs a paint of every row).
        for changed in (previous, index):
            if changed.isValid():
                self.list_view.update(changed)
        self.list_view.scrollTo(index)

    def pages_changed(self) -> None:
        """Pages' newspaper, date … changed: rows show them, filters list them, the order may follow them."""
        self.identity_filters.invalidate()
        self.model.invalidate()
        self.refresh()

    def selected_article_ids(self) -> list[int]:
        """The selected rows' articles in list order, else the open article."""
        rows = sorted(index.row() for index in self.list_view.selectionModel().selectedRows())
        ids = [i for i in (self.model.article_id(r) for r in rows) if i is not None]
        return ids or ([self._current_id] if self._current_id is not None else [])

    def refresh_if_tag_filtered(self, _article_id: int = 0) -> None:
        """An article's tags changed: only a tag-filtered list can change."""
        if self.tag_filter.currentData() is not None:
            self.refresh()

    def _count_query_hits(self, query: str) -> None:
        """Hits per listed article: counted on the hits worker (it reads the texts), shown as they come."""
        if not query:
            self.model.set_hit_counter(None)
            return
        self.model.set_hit_counter(lambda ids, q=query: self._ask_hits(q, ids))

    def _ask_hits(self, query: str, ids: list[int]) -> None:
        library = self._library()
        if getattr(library, "path", None) is None:
            try:
                self.model.add_hits(library.concordance.hit_counts(query, ids))
            except LibraryError:
                pass
            return
        if self._hits_worker is not None and self._hits_worker.library_path != Path(library.path):
            self._stop_hits_worker()
        if self._hits_worker is None:
            self._hits_worker = QueryWorker(library.path)
            self._hits_worker.answered.connect(self._on_hits)
            self._hits_worker.start()
        self._hits_worker.request(query, "concordance.hit_counts", query, ids)

    def _on_hits(self, query: str, counts: dict) -> None:
        if query == self._query:
            self.model.add_hits(counts)

    def _stop_hits_worker(self) -> None:
        if self._hits_worker is not None:
            self._hits_worker.stop()
            self._hits_worker.wait()
            self._hits_worker = None

    def query(self) -> str:
        return self._query

    def current_filter(self, *, include_extra: bool = True):
        """What the list shows, as an ArticleFilter (the concordance and the statistics use the same).

        ``include_extra=False`` leaves out the filter a chart set (the statistics count without it).
        """
        from reader.store.search import ArticleFilter

        return ArticleFilter(
            query=self.search_box.text().strip(), tag=self.tag_filter.currentData(), entity=self._entity,
            source_id=self.source_filter.currentData(), **(self._extra if include_extra else {}),
        )  # fmt: skip

    def set_extra_filter(self, text: str, **fields) -> None:
        """Show only the articles ``fields`` (ArticleFilter's) select, with a chip saying ``text``."""
        self._extra, self._extra_text = dict(fields), text
        self.extra_chip.setText(text + "  ✕")
        self.extra_chip.setVisible(bool(fields))
        self.refresh()

    def clear_extra_filter(self) -> None:
        self._extra, self._extra_text = {}, ""
        self.extra_chip.hide()
        self.refresh()

    # -- filters -----------------------------------------------------------------------
    def set_entity_filter(self, label: str, text: str) -> None:
        self._entity = (label, text)
        self._update_chip()
        self.refresh()

    def clear_entity_filter(self) -> None:
        self._entity = None
        self._update_chip()
        self.refresh()

    def entity_filter(self) -> tuple[str, str] | None:
        return self._entity

    def _update_chip(self) -> None:
        if self._entity is None:
            self.entity_chip.hide()
            return
        label, text = self._entity
        self.entity_chip.setText(menu_text(self.tr("%1: %2  ✕").replace("%1", label_name(label)).replace("%2", text)))
        self.entity_chip.show()

    def _update_check_count(self) -> None:
        try:
            count = self._library().search.count_to_check()
        except LibraryError:
            count = 0
        self.check_filter.setText(self.tr("To check (%1)").replace("%1", str(count)))

    def _update_count(self) -> None:
        self._update_check_count()
        n = self.model.rowCount()
        if self._complete:
            self.count_label.setText(self.tr("%n article(s)", "", n))
        else:
            self.count_label.setText(self.tr("%n article(s) so far, counting…", "", n))

    # -- navigation ------------------------------------------------------------------------
    def set_current_article(self, article_id: int | None) -> None:
        """The article on screen changed elsewhere: follow it without reopening it."""
        self._current_id = article_id
        self._reselect_current()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _open_first(self) -> None:
        # The query may still be waiting for its debounce: Enter uses the latest text.
        if self._search_timer.isActive():
            self.refresh()
        if not self.model.rowCount():
            return
        first = self.model.index(0)
        if self.list_view.currentIndex() == first:
            self._activate(0)  # already current: no currentChanged to open it
        else:
            self.list_view.setCurrentIndex(first)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._activate(current.row())

    def _on_clicked(self, index: QModelIndex) -> None:
        # A click on the row already current does not change it; open it anyway
        # (the reader may have shown another article from the entity index).
        if index.isValid() and self.model.article_id(index.row()) != self._current_id:
            self._activate(index.row())

    def _activate(self, row: int) -> None:
        article_id = self.model.article_id(row)
        if article_id is None:
            return
        self._current_id = article_id
        self.articleActivated.emit(article_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_box and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                if self._search_timer.isActive():
                    self.refresh()
                self._step(key)
                return True
        return super().eventFilter(watched, event)

    def _step(self, key: int) -> None:
        rows = self.model.rowCount()
        if not rows:
            return
        current = self.list_view.currentIndex().row()
        page = max(1, self.list_view.viewport().height() // max(1, self.list_view.sizeHintForRow(0)))
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: page, Qt.Key.Key_PageUp: -page}[key]
        row = 0 if current < 0 else min(rows - 1, max(0, current + step))
        self.list_view.setCurrentIndex(self.model.index(row))
