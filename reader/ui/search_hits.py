"""Search hits in the open article: a transient highlight, and F3 / Shift+F3 from hit to hit.

The hits are the search box's query found in the article's kicker, title,
subtitle, byline and body (reader.search_query, as the list found the
article), drawn as ExtraSelections: the document and its saved highlights
are never touched. The current hit is drawn stronger and selected, so the
reader can copy or annotate it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from reader.search_query import Hit, QueryMatcher, article_fields

HIT_COLOR = QColor("#ffe066")
CURRENT_COLOR = QColor("#ff9f1c")


class SearchHits(QObject):
    """Hits of one query in the article an ArticleView shows; the view calls ``update`` after each render."""

    changed = Signal(int, int)  # current hit (0-based, -1 for none), number of hits

    def __init__(self, text_view: QTextEdit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view = text_view
        self._matcher: QueryMatcher | None = None
        self._hits: list[Hit] = []
        self._positions: list[tuple[int, int]] = []
        self._current = -1

    def set_query(self, query: str) -> bool:
        """Search for ``query`` from now on; True when it differs from the last one."""
        query = (query or "").strip()
        matcher = QueryMatcher(query) if query else None
        old = self._matcher.query if self._matcher is not None else None
        self._matcher = matcher
        return (matcher.query if matcher is not None else None) != old

    def update(self, layout, article) -> None:
        """The view shows ``article`` laid out as ``layout`` (None, None: nothing)."""
        self._hits, self._positions, self._current = [], [], -1
        if self._matcher is not None and layout is not None and article is not None:
            for hit in self._matcher.hits(article_fields(article)):
                start = layout.field_position(hit.field, hit.start)
                end = layout.field_position(hit.field, hit.end)
                if start is not None and end is not None:
                    self._hits.append(hit)
                    self._positions.append((start, end))
        self._draw()

    def hits(self) -> list[Hit]:
        return list(self._hits)

    def current(self) -> int:
        return self._current

    def positions(self) -> list[tuple[int, int]]:
        """(start, end) document positions (UTF-16) of the hits, in reading order."""
        return list(self._positions)

    def next(self) -> bool:
        return self._go(+1)

    def previous(self) -> bool:
        return self._go(-1)

    def _go(self, step: int) -> bool:
        if not self._hits:
            return False
        if self._current < 0:
            self._current = 0 if step > 0 else len(self._hits) - 1
        else:
            self._current = (self._current + step) % len(self._hits)
        start, end = self._positions[self._current]
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()
        self._draw()
        return True

    def select(self, field: str, start: int, end: int) -> bool:
        """Make the hit at (field, start, end) current and select it (a concordance row opened)."""
        for number, hit in enumerate(self._hits):
            if (hit.field, hit.start, hit.end) == (field, start, end):
                self._current = number - 1
                return self._go(+1)
        return False

    def _draw(self) -> None:
        selections = []
        for number, (start, end) in enumerate(self._positions):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self._view.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT_COLOR if number == self._current else HIT_COLOR)
            selection.format = fmt
            selections.append(selection)
        self._view.setExtraSelections(selections)
        self.changed.emit(self._current, len(self._hits))
