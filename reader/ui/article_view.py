"""The reader: one article laid out for reading, entities and annotations drawn on top.

ArticleView reads through ``controller.library`` and writes only through the
controller. All offsets it exposes (select_range, selected_range) are body
code points; conversion to Qt's UTF-16 positions happens in ArticleDocument.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu, QTextEdit, QToolTip, QVBoxLayout, QWidget

from reader.identity import page_line
from reader.model import ENTITY_LABELS
from reader.store.errors import LibraryError, NotFoundError
from reader.ui.annotate_popup import AnnotatePopup
from reader.ui.article_document import ArticleDocument
from reader.ui.article_spans import ArticleSpans
from reader.ui.controller import LibraryController
from reader.ui.entity_legend import EntityLegend
from reader.ui.highlighter import ArticleHighlighter
from reader.ui.palette import label_name
from reader.ui.plain_text import menu_text, tooltip
from reader.ui.search_hits import SearchHits

DEFAULT_FONT_SIZE = 14
COMFORTABLE_LINE_CHARACTERS = 24  # of body text: a newspaper column is 10-14, a book's line 25-35
MIN_FONT_SIZE = 8
MAX_FONT_SIZE = 40
_ZOOM_STEP = 2


class ArticleTextView(QTextEdit):
    """The read-only text; asks its owner for tooltips instead of knowing about entities."""

    def __init__(self, tooltip_for, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        # Selectable by mouse and keyboard, so passages can be chosen without a mouse.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._tooltip_for = tooltip_for

    def position_at(self, point: QPoint) -> int:
        """Document position of the character under ``point`` (viewport coordinates)."""
        cursor = self.cursorForPosition(point)
        # cursorForPosition returns the nearest caret; when it lies right of the
        # pointer, the character under the pointer is the one before it.
        if cursor.position() > 0 and self.cursorRect(cursor).left() > point.x():
            return cursor.position() - 1
        return cursor.position()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ToolTip:
            text = self._tooltip_for(self.position_at(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), tooltip(text), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)


class ArticleView(QWidget):
    visibleLabelsChanged = Signal(object)  # set[str]
    fontSizeChanged = Signal(int)

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._article_id: int | None = None
        self._stored = None
        self._layout: ArticleDocument | None = None
        self._spans: ArticleSpans | None = None
        self._font_size = DEFAULT_FONT_SIZE
        # Called as hook(menu, document position) to add items to the context menu (corrections of the parse).
        self.context_menu_hooks: list = []

        self.legend = EntityLegend(self)
        self.text_view = ArticleTextView(self.tooltip_at, self)
        self.highlighter = ArticleHighlighter(self)
        self.search_hits = SearchHits(self.text_view, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.legend)
        layout.addWidget(self.text_view, 1)
        # A column a reader can still read (about sixteen characters): what
        # the page view opened beside it may take, and no more.
        self.setMinimumWidth(self.text_view.fontMetrics().horizontalAdvance("中" * 16) + 40)

        self.legend.visibleLabelsChanged.connect(self._on_labels_changed)
        self.text_view.customContextMenuRequested.connect(self._show_context_menu)
        controller.entitiesChanged.connect(self._on_article_changed)
        controller.articleDataChanged.connect(self._on_article_changed)
        controller.viewCoderChanged.connect(self._refresh_spans)
        # A tag rename, recolour or deletion changes underline colours anywhere.
        controller.tagsChanged.connect(self._refresh_spans)
        controller.articlesChanged.connect(self._refresh_spans)
        controller.libraryChanged.connect(lambda: self.show_article(None))
        controller.pagesChanged.connect(self._reload_keeping_place)

    # -- showing an article ------------------------------------------------------------
    def article_id(self) -> int | None:
        return self._article_id

    def show_empty(self, message: str) -> None:
        """No article: ``message`` says why, where the article would be."""
        self.show_article(None)
        self.text_view.setPlaceholderText(message)

    def show_article(self, article_id: int | None) -> None:
        self.text_view.setPlaceholderText("")
        self._article_id = None
        self._stored = None
        if article_id is not None:
            try:
                self._stored = self._controller.library.articles.get(article_id)
                self._article_id = article_id
            except LibraryError as error:
                self._controller.report_error(str(error))
        self._render()
        self.text_view.verticalScrollBar().setValue(0)

    def stored(self):
        """The article shown (reader.store.records.StoredArticle), or None."""
        return self._stored

    def _reload_keeping_place(self) -> None:
        """The page's identity changed: show the new line under the headline, scrolled where the reader was."""
        if self._article_id is None:
            return
        scroll = self.text_view.verticalScrollBar().value()
        self.show_article(self._article_id)
        self.text_view.verticalScrollBar().setValue(scroll)

    def _render(self) -> None:
        """Lay the document out again (new article or font size); highlights follow.

        The article is built in a fresh document that is not yet shown, so Qt
        lays it out once instead of after every inserted block, and the
        highlighter runs once with the right spans.
        """
        document = QTextDocument(self.text_view)
        document.setDefaultFont(self.text_view.font())
        if self._stored is None:
            self._layout = self._spans = None
        else:
            meta = self._stored.meta
            line = page_line(meta.date, meta.newspaper, meta.page, meta.section)
            self._layout = ArticleDocument(
                self._stored.article, self._font_size, document, page_break=self._page_break, page_line=line
            )
            self._spans = self._load_spans()
        self.highlighter.set_article(self._layout, self._spans, document)
        # The previous document is a child of the text view, which deletes it here.
        self.text_view.setDocument(document)
        self.search_hits.update(self._layout, self._stored.article if self._stored is not None else None)

    def _page_break(self, source_id: int | None) -> str:
        """The marker where a joined article's text goes on on another page."""
        label = "?"
        if source_id is not None:
            try:
                record = self._controller.library.identity.of_source(source_id)
                label = record.meta.page or record.name
            except LibraryError:
                pass
        elif self._stored is not None:
            label = self._stored.meta.page or self._stored.source
        return self.tr("— continued on page %1 —").replace("%1", label)

    # -- what is shown where (corrections ask) ---------------------------------------------------
    def layout_document(self) -> ArticleDocument | None:
        return self._layout

    def stored_article(self):
        return self._stored

    def cursor_position(self) -> int:
        return self.text_view.textCursor().position()

    def _load_spans(self) -> ArticleSpans | None:
        if self._layout is None or self._article_id is None:
            return None
        library = self._controller.library
        try:
            entities = library.entities.of_article(self._article_id)
            annotations = self._controller.annotations_shown(self._article_id)
            colors = {tag.name: tag.color for tag in library.tags.all()}
        except LibraryError as error:
            self._controller.report_error(str(error))
            return None
        return ArticleSpans(self._layout, entities, annotations, colors)

    def _refresh_spans(self) -> None:
        """Re-highlight after a change; the document and the scroll position stay."""
        if self._layout is None:
            return
        scroll = self.text_view.verticalScrollBar().value()
        self._spans = self._load_spans()
        self.highlighter.set_spans(self._spans)
        self.text_view.verticalScrollBar().setValue(scroll)

    def _on_article_changed(self, article_id: int) -> None:
        if article_id == self._article_id:
            self._refresh_spans()

    def refresh_if_changed(self) -> None:
        """Another program wrote to the library: show the open article as it is now, in place.

        The scroll position and the selection stay; an article deleted
        elsewhere gives way to an empty view.
        """
        if self._article_id is None:
            return
        try:
            stored = self._controller.library.articles.get(self._article_id)
        except NotFoundError:
            self.show_article(None)
            return
        except LibraryError:
            return  # the next read reports it
        if stored == self._stored:
            self._refresh_spans()  # entities, tags or annotations may have changed
            return
        scroll = self.text_view.verticalScrollBar().value()
        selection = self.selected_range()
        self._stored = stored
        self._render()
        self.text_view.verticalScrollBar().setValue(scroll)
        if selection is not None and selection[1] <= len(stored.body_text):
            self.select_range(*selection)

    # -- font size and theme ------------------------------------------------------------------
    def comfortable_width(self) -> int:
        """The width at which a line holds COMFORTABLE_LINE_CHARACTERS of body text at the reading size."""
        font = QFont(self.text_view.font())
        font.setPointSize(self._font_size)
        margins = self.text_view.verticalScrollBar().sizeHint().width() + 2 * int(self.text_view.document().documentMargin()) + 8
        return QFontMetrics(font).horizontalAdvance("中" * COMFORTABLE_LINE_CHARACTERS) + margins

    def font_size(self) -> int:
        return self._font_size

    def set_font_size(self, size: int) -> None:
        size = max(MIN_FONT_SIZE, min(MAX_FONT_SIZE, int(size)))
        if size == self._font_size:
            return
        bar = self.text_view.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._font_size = size
        self._render()
        # Keep the reader at the same place in the article at the new size.
        bar.setValue(round(fraction * bar.maximum()))
        self.fontSizeChanged.emit(size)

    def zoom_in(self) -> None:
        self.set_font_size(self._font_size + _ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_font_size(self._font_size - _ZOOM_STEP)

    def set_dark(self, dark: bool) -> None:
        self.highlighter.set_dark(dark)
        self.legend.set_dark(dark)

    # -- entity types shown --------------------------------------------------------------------
    def visible_labels(self) -> set[str]:
        return self.legend.visible_labels()

    def set_visible_labels(self, labels: set[str]) -> None:
        self.legend.set_visible_labels(set(labels) & set(ENTITY_LABELS))

    def _on_labels_changed(self, labels: set[str]) -> None:
        self.highlighter.set_visible_labels(labels)
        self.visibleLabelsChanged.emit(set(labels))

    # -- search hits (transient) ---------------------------------------------------------------
    def set_search_query(self, query: str) -> None:
        """Highlight ``query``'s hits in the article shown (and in each article shown after)."""
        if self.search_hits.set_query(query):
            self.search_hits.update(self._layout, self._stored.article if self._stored is not None else None)

    def next_hit(self) -> bool:
        return self.search_hits.next()

    def previous_hit(self) -> bool:
        return self.search_hits.previous()

    def select_field_range(self, field: str, start: int, end: int) -> None:
        """Select code points start..end of a searched field (a concordance row's hit)."""
        if field == "body":
            self.select_range(start, end)
            return
        if self._layout is None:
            return
        first, last = self._layout.field_position(field, start), self._layout.field_position(field, end)
        if first is None or last is None:
            return
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
        self.text_view.setTextCursor(cursor)
        self.text_view.ensureCursorVisible()

    # -- selection in body code points ----------------------------------------------------------
    def select_range(self, start: int, end: int) -> None:
        if self._layout is None or self._layout.body_block_count == 0:
            return
        start = max(0, min(start, self._layout.body_length))
        end = max(start, min(end, self._layout.body_length))
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(self._layout.to_position(start))
        cursor.setPosition(self._layout.to_position(end), QTextCursor.MoveMode.KeepAnchor)
        self.text_view.setTextCursor(cursor)
        self.text_view.ensureCursorVisible()

    def selected_range(self) -> tuple[int, int] | None:
        cursor = self.text_view.textCursor()
        if self._layout is None or not cursor.hasSelection():
            return None
        start = self._layout.to_body_offset(cursor.selectionStart())
        end = self._layout.to_body_offset(cursor.selectionEnd())
        if start is None or end is None or end <= start:
            return None
        return start, end

    def _selected_quote(self, selection: tuple[int, int]) -> str:
        assert self._stored is not None
        return self._stored.body_text[selection[0] : selection[1]]

    # -- annotating and correcting -------------------------------------------------------------
    def annotate_selection(self) -> AnnotatePopup | None:
        """Open the annotate popup for the selected passage; None when nothing is selected."""
        selection = self.selected_range()
        if selection is None or self._article_id is None:
            return None
        try:
            names = [tag.name for tag in self._controller.library.tags.all()]
        except LibraryError as error:
            self._controller.report_error(str(error))
            return None
        popup = AnnotatePopup(self._selected_quote(selection), names, self)
        article_id = self._article_id
        popup.accepted.connect(
            lambda: self._controller.annotate(article_id, selection[0], selection[1], popup.tag(), popup.note())
        )
        popup.finished.connect(popup.deleteLater)
        popup.open()
        return popup

    def context_menu(self, position: int) -> QMenu:
        """The menu for a right click at document ``position`` (built separately so tests can use it)."""
        menu = self.text_view.createStandardContextMenu()
        selection = self.selected_range()
        article_id = self._article_id
        if article_id is not None and selection is not None:
            menu.addSeparator()
            mark = menu.addMenu(self.tr("Mark as"))
            mark.setObjectName("markAsMenu")
            for label in ENTITY_LABELS:
                action = mark.addAction(label_name(label))
                action.setData(label)
                action.triggered.connect(
                    lambda _=False, lb=label: self._controller.add_entity(article_id, *selection, lb)
                )
            annotate = menu.addAction(self.tr("Annotate passage…"))
            annotate.triggered.connect(self.annotate_selection)
        cp = self._layout.to_body_offset(position) if self._layout is not None else None
        if article_id is not None and cp is not None and self._spans is not None:
            entities = [e for e in self._spans.entities_at(cp) if e.shown_label in self.visible_labels()]
            if entities:
                menu.addSeparator()
            for entity in entities:
                change = menu.addMenu(
                    menu_text(self.tr("Change «{text}» to").format(text=entity.text))
                )
                change.setObjectName("changeEntityType")
                for label in ENTITY_LABELS:
                    if label == entity.label:
                        continue
                    item = change.addAction(label_name(label))
                    item.setData(label)
                    item.triggered.connect(
                        lambda _=False, e=entity, lb=label: self._controller.relabel_entity(
                            article_id, e.start, e.end, e.label, lb
                        )
                    )
                action = menu.addAction(
                    menu_text(self.tr("Remove entity «{text}» ({type})").format(text=entity.text, type=label_name(entity.shown_label)))
                )
                action.triggered.connect(
                    lambda _=False, e=entity: self._controller.remove_entity(
                        article_id, e.start, e.end, e.label, e.origin
                    )
                )
        self._run_menu_hooks(menu, position)
        return menu

    def _run_menu_hooks(self, menu: QMenu, position: int) -> None:
        for hook in self.context_menu_hooks:
            hook(menu, position)

    def _show_context_menu(self, point: QPoint) -> None:
        menu = self.context_menu(self.text_view.position_at(point))
        menu.exec(self.text_view.viewport().mapToGlobal(point))
        menu.deleteLater()

    # -- hover ------------------------------------------------------------------------------------
    def tooltip_at(self, position: int) -> str:
        """Names the entity types and annotation notes at document ``position``."""
        if self._layout is None or self._spans is None:
            return ""
        cp = self._layout.to_body_offset(position)
        if cp is None:
            return ""
        lines = []
        for entity in self._spans.entities_at(cp):
            if entity.shown_label not in self.visible_labels():
                continue
            line = self.tr("{type}: «{text}»").format(type=label_name(entity.shown_label), text=entity.text)
            if entity.canonical != entity.text:
                line += " → " + entity.canonical  # merged into its canonical name
            if entity.origin == "user":
                line += " " + self.tr("(your correction)")
            lines.append(line)
        for annotation in self._spans.annotations_at(cp):
            tag = annotation.tag or self.tr("Annotation")
            lines.append(f"{tag}: {annotation.note}" if annotation.note else tag)
        return "\n".join(lines)
