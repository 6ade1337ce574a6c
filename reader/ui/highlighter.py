"""Draws entities (background tint per type) and passage annotations (underline in the
tag's colour) over the article document, looking spans up per block.

The document's own formats are never changed: toggling a type or switching
the theme only re-runs the highlighter.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument, QTextFormat

from reader.model import ENTITY_LABELS
from reader.ui.article_document import ArticleDocument
from reader.ui.article_spans import ArticleSpans
from reader.ui.palette import EntityPalette

# Custom format properties, so tests (and tooltips) can tell what a range shows.
ENTITY_LABEL_PROPERTY = QTextFormat.Property.UserProperty + 1
ENTITY_ORIGIN_PROPERTY = QTextFormat.Property.UserProperty + 2
ANNOTATION_ID_PROPERTY = QTextFormat.Property.UserProperty + 3

# An annotation overlapping an earlier one is drawn in the next style, so
# stacked passages stay distinguishable where they overlap.
_UNDERLINE_STYLES = (
    QTextCharFormat.UnderlineStyle.SingleUnderline,
    QTextCharFormat.UnderlineStyle.WaveUnderline,
    QTextCharFormat.UnderlineStyle.DashUnderline,
    QTextCharFormat.UnderlineStyle.DotLine,
)


class ArticleHighlighter(QSyntaxHighlighter):
    def __init__(self, parent: QObject | None = None) -> None:
        # Owned by the view, not by a document: the view swaps documents per article.
        super().__init__(parent)
        self._layout: ArticleDocument | None = None
        self._spans: ArticleSpans | None = None
        self._visible: set[str] = set(ENTITY_LABELS)
        self._palette = EntityPalette(dark=False)
        # One format per look (entity type and origin, annotation): blocks share
        # them instead of building a QTextCharFormat per highlighted run.
        self._formats: dict[tuple, QTextCharFormat] = {}

    # -- configuration (each re-highlights once) -----------------------------------------
    def set_article(
        self, layout: ArticleDocument | None, spans: ArticleSpans | None, document: QTextDocument | None = None
    ) -> None:
        """Show ``spans`` over ``layout``; with ``document``, move to that document (one pass)."""
        self._layout, self._spans = layout, spans
        self._formats.clear()
        if document is not None and document is not self.document():
            self.setDocument(document)
        # setDocument only schedules a highlight for the next event loop pass;
        # highlight now (which also cancels the scheduled pass), so the article
        # never shows unhighlighted and callers see the final formats.
        self.rehighlight()

    def set_spans(self, spans: ArticleSpans | None) -> None:
        self._spans = spans
        self._formats.clear()  # tag colours may have changed
        self.rehighlight()

    def set_visible_labels(self, labels: set[str]) -> None:
        self._visible = set(labels)
        self.rehighlight()

    def visible_labels(self) -> set[str]:
        return set(self._visible)

    def set_dark(self, dark: bool) -> None:
        self._palette = EntityPalette(dark=dark)
        self._formats.clear()
        self.rehighlight()

    # -- QSyntaxHighlighter ----------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if self._layout is None or self._spans is None:
            return
        index = self._layout.body_index(self.currentBlock().blockNumber())
        if index is None:
            return
        # Entities in precedence order (the user's last, so they win); annotations by level.
        entities = [p for p in self._spans.entity_pieces[index] if p.entity.shown_label in self._visible]
        annotations = self._spans.annotation_pieces[index]
        pieces = [(p.start, p.end, rank, p) for rank, p in enumerate(entities)]
        pieces += [(p.start, p.end, len(entities) + p.level, p) for p in annotations]
        if not pieces:
            return
        for start, end, entity, annotation in _segments(pieces, len(entities)):
            self.setFormat(start, end - start, self._format(entity, annotation))

    def _format(self, entity, annotation) -> QTextCharFormat:
        key = (
            (entity.entity.label, entity.entity.origin) if entity is not None else None,
            (annotation.annotation.id, annotation.level, annotation.color) if annotation is not None else None,
        )
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._formats[key] = self._new_format(entity, annotation)
        return fmt

    def _new_format(self, entity, annotation) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if entity is not None:
            label = entity.entity.shown_label  # a type changed in the entity index shows as the new type
            fmt.setBackground(self._palette.background(label))
            fmt.setProperty(ENTITY_LABEL_PROPERTY, label)
            fmt.setProperty(ENTITY_ORIGIN_PROPERTY, entity.entity.origin)
        if annotation is not None:
            fmt.setUnderlineStyle(_UNDERLINE_STYLES[min(annotation.level, len(_UNDERLINE_STYLES) - 1)])
            fmt.setUnderlineColor(QColor(annotation.color))
            fmt.setProperty(ANNOTATION_ID_PROPERTY, annotation.annotation.id)
        return fmt


def _segments(pieces, entity_count):
    """Cut overlapping pieces into runs, each with the entity and annotation shown there.

    pieces: (start, end, rank, piece); ranks below ``entity_count`` are entities,
    the rest annotations (rank grows with stacking level). One sweep over the
    sorted boundaries with the set of active pieces, so overlaps are found
    without comparing every piece with every other.
    """
    starts = sorted(pieces, key=lambda p: p[0])
    if all(a[1] <= b[0] for a, b in zip(starts, starts[1:])):
        # Nothing overlaps (most blocks): each piece is a run of its own.
        for start, end, rank, piece in starts:
            if end > start:
                is_entity = rank < entity_count
                yield start, end, piece if is_entity else None, None if is_entity else piece
        return
    boundaries = sorted({p[0] for p in pieces} | {p[1] for p in pieces})
    active: list[tuple] = []
    next_piece = 0
    for left, right in zip(boundaries, boundaries[1:]):
        active = [p for p in active if p[1] > left]
        while next_piece < len(starts) and starts[next_piece][0] <= left:
            active.append(starts[next_piece])
            next_piece += 1
        if not active:
            continue
        entity = max((p for p in active if p[2] < entity_count), key=lambda p: p[2], default=None)
        annotation = max((p for p in active if p[2] >= entity_count), key=lambda p: p[2], default=None)
        yield left, right, entity[3] if entity else None, annotation[3] if annotation else None
