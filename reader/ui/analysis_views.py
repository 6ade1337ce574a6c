"""The main window's views across the archive: concordance, statistics, entity merges.

Made lazily: the concordance dock and the statistics window (with matplotlib)
are built the first time they are asked for, so the window's start-up pays
for neither. The main window connects its actions and the entity index's
intents here in a few lines; this object connects the views' intents back
to the window (open an article at a hit, filter the list).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from reader.store.errors import LibraryError
from reader.ui.palette import label_name


class SuggestionsDialog(QDialog):
    """Likely variants of one type; the ticked ones are merged in one action (one undo)."""

    def __init__(self, label: str, suggestions, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeSuggestions")
        self.label = label
        self.setWindowTitle(self.tr("Suggested Merges: %1").replace("%1", label_name(label)))
        self.list = QListWidget(self)
        self.list.setObjectName("suggestionList")
        for s in suggestions:
            reason = self.tr("short form") if s.reason == "short form" else self.tr("contained")
            text = self.tr("%1 (%2) → %3 (%4) — %5").replace("%1", s.variant).replace("%2", str(s.variant_articles))
            text = text.replace("%3", s.canonical).replace("%4", str(s.canonical_articles)).replace("%5", reason)
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, (s.variant, s.canonical))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        note = QLabel(self.tr("Tick the variants to merge into the name on the right."), self)
        note.setTextFormat(Qt.TextFormat.PlainText)
        if not suggestions:
            note.setText(self.tr("No likely variants found."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def chosen(self) -> list[tuple[str, str]]:
        out = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out


class AnalysisViews(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.concordance = None
        self.statistics = None

    # -- concordance -------------------------------------------------------------------------
    def concordance_dock(self):
        if self.concordance is None:
            from reader.ui.concordance_view import ConcordanceDock

            w = self.window
            self.concordance = ConcordanceDock(lambda: w.controller.library, self._list_filter_without_query, w)
            w.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.concordance)
            self.concordance.openRequested.connect(self.open_hit)
        return self.concordance

    def _list_filter_without_query(self):
        # The concordance has its own query box (it starts with the list's query): the list's
        # query is not ANDed in again, its filters are.
        return self.window.sidebar.current_filter().with_(query="")

    def show_concordance(self, query: str | None = None):
        dock = self.concordance_dock()
        dock.show()
        dock.raise_()
        text = self.window.sidebar.query() if query is None else query
        if text:
            dock.show_query(text)
        return dock

    def show_entity_concordance(self, label: str, text: str):
        dock = self.concordance_dock()
        dock.show()
        dock.show_entity(label, text)
        return dock

    def open_hit(self, article_id: int, field: str, start: int, end: int) -> None:
        w = self.window
        w.open_article(article_id)
        w.article_view.select_field_range(field, start, end)

    # -- statistics ----------------------------------------------------------------------------
    def show_statistics(self):
        if self.statistics is None:
            from reader.ui.statistics_view import StatisticsView

            w = self.window
            self.statistics = StatisticsView(lambda: w.controller.library, lambda: w.sidebar.current_filter(include_extra=False), w)
            self.statistics.filterRequested.connect(self.filter_list)
        self.statistics.show()
        self.statistics.raise_()
        self.statistics.refresh()
        return self.statistics

    def filter_list(self, text: str, fields: dict, query: str) -> None:
        sidebar = self.window.sidebar
        if query:
            current = sidebar.search_box.text().strip()
            sidebar.search_box.setText(f"{current} {query}".strip() if query not in current else current)
        sidebar.set_extra_filter(text, **fields)

    # -- entity merges and types ------------------------------------------------------------------
    def choose_merge_target(self, label: str, text: str) -> bool:
        library = self.window.controller.library
        try:
            names = [e.text for e in library.entities.index(label, limit=500) if e.text != text]
        except LibraryError as error:
            self.window.show_error(str(error))
            return False
        name, ok = QInputDialog.getItem(
            self.window, self.tr("Merge Entity"),
            self.tr("Count «%1» as (the canonical name):").replace("%1", text), names, 0, True,
        )  # fmt: skip
        if ok and name.strip():
            return self.window.controller.merge_entities(label, [(text, name.strip())])
        return False

    def suggest_merges(self, label: str) -> SuggestionsDialog | None:
        from reader.alias_suggestions import suggest

        try:
            entries = [(e.text, e.article_count) for e in self.window.controller.library.entities.index(label)]
        except LibraryError as error:
            self.window.show_error(str(error))
            return None
        dialog = SuggestionsDialog(label, suggest(label, entries), self.window)
        dialog.accepted.connect(lambda: self.window.controller.merge_entities(label, dialog.chosen()))
        self.window._show_nonmodal(dialog)
        return dialog

    # -- closing -------------------------------------------------------------------------------------
    def stop_workers(self) -> None:
        if self.concordance is not None:
            self.concordance.stop_worker()
        if self.statistics is not None:
            self.statistics.stop_worker()
