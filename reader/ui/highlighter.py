"""Draws entities (background tint per type) and passage annotations (underline in the
tag's colour) over the article document, looking spans up per block.

The document's own formats are never changed: toggling a type or switching
the theme only re-runs the highlighter.
"""

from __future__ import annotations

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
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._layout: ArticleDocument | None = None
        self._spans: ArticleSpans | None = None
        self._visible: set[str] = set(ENTITY_LABELS)
        self._palette = EntityPalette(dark=False)

    # -- configuration (each re-highlights once) -----------------------------------------
    def set_article(self, layout: ArticleDocument | None, spans: ArticleSpans | None) -> None:
        self._layout, self._spans = layout, spans
        self.rehighlight()

    def set_spans(self, spans: ArticleSpans | None) -> None:
        self._spans = spans
        self.rehighlight()

    def set_visible_labels(self, labels: set[str]) -> None:
        self._visible = set(labels)
        self.rehighlight()

    def visible_labels(self) -> set[str]:
        return set(self._visible)

    def set_dark(self, dark: bool) -> None:
        self._palette = EntityPalette(dark=dark)
        self.rehighlight()

    # -- QSyntaxHighlighter ----------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if self._layout is None or self._spans is None:
            return
        index = self._layout.body_index(self.currentBlock().blockNumber())
        if index is None:
            return
        for piece in self._spans.entity_pieces[index]:
            label = piece.entity.label
            if label not in self._visible:
                continue
            fmt = QTextCharFormat()
            fmt.setBackground(self._palette.background(label))
            fmt.setProperty(ENTITY_LABEL_PROPERTY, label)
            fmt.setProperty(ENTITY_ORIGIN_PROPERTY, piece.entity.origin)
            self._merge(piece.start, piece.end, fmt)
        # Lower levels first, so where passages overlap the stacked style wins.
        for piece in sorted(self._spans.annotation_pieces[index], key=lambda p: p.level):
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(_UNDERLINE_STYLES[min(piece.level, len(_UNDERLINE_STYLES) - 1)])
            fmt.setUnderlineColor(QColor(piece.color))
            fmt.setProperty(ANNOTATION_ID_PROPERTY, piece.annotation.id)
            self._merge(piece.start, piece.end, fmt)

    def _merge(self, start: int, end: int, overlay: QTextCharFormat) -> None:
        """Apply ``overlay`` on top of what earlier spans set, character run by run.

        setFormat() replaces; merging keeps an entity's background under an
        annotation's underline. Runs are found from the current formats, so
        this is linear in the span's length.
        """
        position = start
        while position < end:
            current = self.format(position)
            run_end = position + 1
            while run_end < end and self.format(run_end) == current:
                run_end += 1
            merged = QTextCharFormat(current)
            merged.merge(overlay)
            self.setFormat(position, run_end - position, merged)
            position = run_end
