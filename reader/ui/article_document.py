"""Lays an article out as a QTextDocument and maps body offsets to document positions.

The document is built once per article with QTextCursor and block/char
formats; highlights are drawn on top by the highlighter, never written into
it. Body block i of the article is exactly one QTextBlock, so a body
code-point offset maps to (block, UTF-16 offset within the block).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from reader.model import Article
from reader.ui.offsets import OffsetMap

# Qt treats U+2028 as a line break inside a block; it is one code point and
# one UTF-16 unit like "\n", so offsets stay aligned if a block holds a newline.
_LINE_SEPARATOR = "\u2028"
_PX_PER_PT = 96 / 72


@dataclass(frozen=True)
class _Sizes:
    """Point sizes of each part, relative to the body size the user chose."""

    body: float

    @property
    def kicker(self) -> float:
        return self.body * 0.85

    @property
    def title(self) -> float:
        return self.body * 1.8

    @property
    def subtitle(self) -> float:
        return self.body * 1.2

    @property
    def meta(self) -> float:
        return self.body * 0.85


class ArticleDocument:
    """The laid-out document of one article plus its offset mapping."""

    def __init__(
        self, article: Article, font_size: float, document: QTextDocument | None = None,
        page_break: Callable[[int | None], str] | None = None, page_line: str = "",
    ) -> None:  # fmt: skip
        """``page_break(source)`` labels the marker drawn where a joined article's text moves to another page;
        ``page_line`` («2023-03-07 · 内蒙古法制报 · 第3版») is shown under the headline."""
        self.document = document if document is not None else QTextDocument()
        # The reader is read-only: building the layout is not an edit to undo.
        self.document.setUndoRedoEnabled(False)
        self.document.clear()
        self.body_texts = [block.text for block in article.body]
        # Code-point start of each body block in body_text (blocks joined by "\n").
        self.body_starts: list[int] = []
        start = 0
        for text in self.body_texts:
            self.body_starts.append(start)
            start += len(text) + 1
        self.body_length = max(start - 1, 0)
        self._maps = [OffsetMap(text) for text in self.body_texts]
        self.first_body_block = -1
        # Body block i is QTextBlock _body_numbers[i] (page markers of a joined article sit between);
        # ``parts`` names what every QTextBlock shows: ("title", None), ("body", 3), ("caption", 0), ("page", None)…
        self._body_numbers: list[int] = []
        self._body_index_of: dict[int, int] = {}
        self.parts: dict[int, tuple[str, int | None]] = {}
        self._page_break = page_break
        # «2023-03-07 · 内蒙古法制报 · 第3版», under the headline; not part of the body.
        self.page_line = page_line
        # Where the other searched fields are: field -> (block number, UTF-16 start in it, its offset map).
        self._fields: dict[str, tuple[int, int, OffsetMap]] = {}
        self._build(article, _Sizes(float(font_size)))

    # -- mapping ---------------------------------------------------------------
    @property
    def body_block_count(self) -> int:
        return len(self.body_texts)

    def body_index(self, block_number: int) -> int | None:
        """Body block index of QTextBlock number ``block_number``, None outside the body."""
        return self._body_index_of.get(block_number)

    def body_block_number(self, index: int) -> int:
        """QTextBlock number of body block ``index``."""
        return self._body_numbers[index]

    def part_at(self, position: int) -> tuple[str, int | None] | None:
        """What the document shows at ``position``: ("title", None), ("body", 3), ("caption", 0), ("meta", None)…"""
        block = self.document.findBlock(position)
        return self.parts.get(block.blockNumber()) if block.isValid() else None

    def offset_map(self, body_index: int) -> OffsetMap:
        return self._maps[body_index]

    def locate(self, cp: int) -> tuple[int, int]:
        """(body block index, code-point offset within it) of body offset ``cp``."""
        index = max(bisect_right(self.body_starts, cp) - 1, 0)
        return index, min(cp - self.body_starts[index], len(self.body_texts[index]))

    def to_position(self, cp: int) -> int:
        """Document position (UTF-16) of body offset ``cp``."""
        index, within = self.locate(cp)
        block = self.document.findBlockByNumber(self._body_numbers[index] if self._body_numbers else self.first_body_block)
        return block.position() + self._maps[index].to_utf16(within)

    def to_body_offset(self, position: int) -> int | None:
        """Body code-point offset of a document position, None outside the body."""
        block = self.document.findBlock(position)
        index = self.body_index(block.blockNumber()) if block.isValid() else None
        if index is None:
            return None
        return self.body_starts[index] + self._maps[index].to_code_point(position - block.position())

    def field_position(self, field: str, cp: int) -> int | None:
        """Document position (UTF-16) of code point ``cp`` of a searched field (reader.search_query.FIELDS)."""
        if field == "body":
            return self.to_position(cp) if self.body_texts else None
        placed = self._fields.get(field)
        if placed is None:
            return None
        number, start, offsets = placed
        return self.document.findBlockByNumber(number).position() + start + offsets.to_utf16(min(cp, offsets.cp_length))

    # -- layout ------------------------------------------------------------------
    def _build(self, article: Article, sizes: _Sizes) -> None:
        cursor = QTextCursor(self.document)
        first = True

        def block(text: str, char: QTextCharFormat, fmt: QTextBlockFormat, part: tuple[str, int | None]) -> None:
            nonlocal first
            if first:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(char)
                first = False
            else:
                cursor.insertBlock(fmt, char)
            cursor.insertText(text.replace("\n", _LINE_SEPARATOR), char)
            self.parts[cursor.block().blockNumber()] = part

        def placed(field: str, text: str, start: int = 0) -> None:
            self._fields[field] = (cursor.block().blockNumber(), start, OffsetMap(text))

        if article.kicker:
            block(article.kicker, _char(sizes.kicker), _spacing(0, 2), ("kicker", None))
            placed("kicker", article.kicker)
        block(article.title, _char(sizes.title, bold=True), _spacing(0, 4), ("title", None))
        placed("title", article.title)
        if article.subtitle:
            block(article.subtitle, _char(sizes.subtitle), _spacing(0, 4), ("subtitle", None))
            placed("subtitle", article.subtitle)
        if self.page_line:
            block(self.page_line, _char(sizes.meta, italic=True), _spacing(0, 4), ("page_line", None))
        meta = "　".join(part for part in (article.dateline, article.byline) if part)
        if meta:
            block(meta, _char(sizes.meta), _spacing(0, 10), ("dateline" if article.dateline else "byline", None))
            if article.byline:
                before = (article.dateline + "　") if article.dateline else ""
                placed("byline", article.byline, OffsetMap(before).u16_length)
        indent = sizes.body * 2 * _PX_PER_PT  # two characters
        previous_source = None
        for index, body_block in enumerate(article.body):
            if index > 0 and body_block.source != previous_source:
                # A joined article: its text goes on on another page here.
                label = self._page_break(body_block.source) if self._page_break else "⋯"
                marker = _spacing(14, 6)
                marker.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                block(label, _char(sizes.meta, italic=True), marker, ("page", index))
            previous_source = body_block.source
            if body_block.kind == "subhead":
                block(body_block.text, _char(sizes.body, bold=True), _spacing(12, 4), ("body", index))
            else:
                block(body_block.text, _char(sizes.body), _spacing(6, 0, indent=indent, airy=True), ("body", index))
            number = cursor.block().blockNumber()
            self._body_numbers.append(number)
            self._body_index_of[number] = index
            if index == 0:
                self.first_body_block = number
        for index, caption in enumerate(article.captions):
            block(caption, _char(sizes.meta, italic=True), _spacing(8, 0), ("caption", index))


def _char(size: float, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontPointSize(size)
    fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
    fmt.setFontItalic(italic)
    return fmt


def _spacing(top: float, bottom: float, *, indent: float = 0.0, airy: bool = False) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    # Chinese paragraphs open with a two-character indent.
    fmt.setTextIndent(indent)
    if airy:
        # Generous leading for running text, as in a good e-book viewer.
        fmt.setLineHeight(150.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt
