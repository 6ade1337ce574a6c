"""The article list's model and row painter.

The model follows Anki's browser table: it holds only article ids (the
store searches and orders), fetches summaries lazily a page at a time into a
bounded cache, and never fetches anything to answer ``flags()`` or
``rowCount()``. With ``setUniformItemSizes`` on the view and a delegate whose
size hint needs no data, the view never asks about rows it does not show, so
100,000 rows cost one list of ints.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.article_names import has_title
from reader.identity import page_line
from reader.store.errors import LibraryError
from reader.store.records import ArticleSummary
from reader.ui.article_titles import shown_title
from reader.ui.plain_text import tooltip

# The mark of a doubtful article: an orange readable on light and dark rows.
DOUBT_COLOR = "#d9730d"

ArticleIdRole = Qt.ItemDataRole.UserRole + 1
SummaryRole = Qt.ItemDataRole.UserRole + 2
DetailRole = Qt.ItemDataRole.UserRole + 3  # the second line as painted when there is room (detail_line)
HitsRole = Qt.ItemDataRole.UserRole + 4  # hits of the search query in the article, None without a query
UntitledRole = Qt.ItemDataRole.UserRole + 5  # True: the parse found no title, DisplayRole is a placeholder

SummaryFetcher = Callable[[Sequence[int]], list[ArticleSummary]]


class ArticleListModel(QAbstractListModel):
    """Rows are article ids; summaries come from ``fetch`` on demand."""

    PAGE_SIZE = 100  # rows fetched together: one screenful and a bit
    CACHE_LIMIT = 5000  # summaries kept; older pages are fetched again if needed

    def __init__(self, fetch: SummaryFetcher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[int] = []
        self._cache: OrderedDict[int, ArticleSummary] = OrderedDict()
        # Hits of the current query per article, asked for a page at a time for the rows
        # shown and given back by add_hits (counting reads the texts: not on the GUI thread).
        self._ask_hits: Callable[[list[int]], None] | None = None
        self._hits: dict[int, int] = {}
        self._hits_asked: set[int] = set()

    def set_hit_counter(self, ask: Callable[[list[int]], None] | None) -> None:
        """Who counts the query's hits in a page of articles (answering with add_hits); None: no query."""
        self._ask_hits = ask
        self._hits, self._hits_asked = {}, set()
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1), [HitsRole])

    def add_hits(self, counts: dict[int, int]) -> None:
        """Hits counted for some articles (the answer to a request of the current counter)."""
        if self._ask_hits is None:
            return
        if len(self._hits) > self.CACHE_LIMIT:
            self._hits.clear()
            self._hits_asked.clear()
        self._hits.update(counts)
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1), [HitsRole])

    def hit_count(self, row: int) -> int | None:
        """The row's hits when counted; None while being counted, or without a query."""
        if self._ask_hits is None or not 0 <= row < len(self._ids):
            return None
        article_id = self._ids[row]
        if article_id not in self._hits and article_id not in self._hits_asked:
            start = row - row % self.PAGE_SIZE
            page = [i for i in self._ids[start : start + self.PAGE_SIZE] if i not in self._hits_asked]
            self._hits_asked.update(page)
            self._ask_hits(page)
        return self._hits.get(article_id)

    # -- content ------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        ids = list(ids)
        if ids == self._ids:
            # The same rows (the library changed elsewhere, the filter did not):
            # no reset, so the view keeps its scroll position and selection.
            self.invalidate()
            return
        self.beginResetModel()
        self._ids = ids
        self.endResetModel()

    def extend_ids(self, ids: Sequence[int]) -> None:
        """The complete result of the query whose first rows are shown: append the rest."""
        current = len(self._ids)
        if list(ids[:current]) != self._ids:
            self.set_ids(ids)  # not a continuation (the library changed meanwhile)
            return
        if len(ids) > current:
            self.beginInsertRows(QModelIndex(), current, len(ids) - 1)
            self._ids.extend(ids[current:])
            self.endInsertRows()

    def set_fetcher(self, fetch: SummaryFetcher) -> None:
        """A new library: forget every cached summary."""
        self._fetch = fetch
        self.beginResetModel()
        self._ids = []
        self._cache.clear()
        self.endResetModel()

    def invalidate(self) -> None:
        """Summaries may have changed (a re-parse): fetch again when shown."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))

    def article_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, article_id: int) -> int:
        try:
            return self._ids.index(article_id)
        except ValueError:
            return -1

    def ids(self) -> list[int]:
        return list(self._ids)

    # -- QAbstractItemModel -------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # No data needed: every row is an article that can be selected.
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        article_id = self._ids[index.row()]
        if role == ArticleIdRole:
            return article_id
        if role == HitsRole:
            return self.hit_count(index.row())
        if role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SummaryRole, DetailRole, UntitledRole,
            Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
        ):  # fmt: skip
            return None
        summary = self._summary(index.row())
        if summary is None:
            return None
        untitled = not has_title(summary.title)
        if role == UntitledRole:
            return untitled
        if role == Qt.ItemDataRole.FontRole:
            # The placeholder must not read as a title someone gave the article.
            if not untitled:
                return None
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QPalette().color(QPalette.ColorRole.PlaceholderText) if untitled else None
        if role == SummaryRole:
            return summary
        if role == DetailRole:
            return detail_line(summary)
        if role == Qt.ItemDataRole.ToolTipRole:
            where = page_line(summary.date, summary.newspaper, summary.page, summary.section)
            lines = [x for x in (shown_title(summary.title), summary.byline, where, summary.source) if x]
            if summary.doubtful:
                lines.append(self.tr("? The parser is unsure where this article starts or ends, or of its title: check it."))
            if summary.corrected:
                lines.append(self.tr("✎ Corrected by hand."))
            return tooltip("\n".join(lines))
        return shown_title(summary.title)

    def _summary(self, row: int) -> ArticleSummary | None:
        article_id = self._ids[row]
        summary = self._cache.get(article_id)
        if summary is not None:
            self._cache.move_to_end(article_id)
            return summary
        start = row - row % self.PAGE_SIZE
        page = self._ids[start : start + self.PAGE_SIZE]
        try:
            fetched = self._fetch(page)
        except LibraryError:
            # A locked or vanished library must not abort painting; the row stays blank.
            return None
        for item in fetched:
            self._cache[item.id] = item
        while len(self._cache) > self.CACHE_LIMIT:
            self._cache.popitem(last=False)
        return self._cache.get(article_id)


def detail_line(summary: ArticleSummary, fits: Callable[[str], bool] = lambda text: True) -> str:
    """The second line of a row: «2023-03-07 · 内蒙古法制报 · 第3版 · 综合新闻 · byline».

    The section is left out when the line would not fit; a page with no
    identity shows its file name, as before pages had one.
    """
    short = page_line(summary.date, summary.newspaper, summary.page)
    if not short:
        return " · ".join(x for x in (summary.byline, summary.source) if x)
    full = page_line(summary.date, summary.newspaper, summary.page, summary.section)
    for where in dict.fromkeys((full, short)):
        text = " · ".join(x for x in (where, summary.byline) if x)
        if fits(text):
            return text
    return short


class ArticleDelegate(QStyledItemDelegate):
    """Two lines per article: the title in bold, then the page's date · newspaper · page and the byline, muted."""

    PADDING = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Derived fonts of the last view font: paint runs for every visible row
        # on every repaint, and the view font rarely changes (comparing fonts
        # is cheaper than QFont.key(), which builds a string each time).
        self._font_for: QFont | None = None
        self._fonts_of_it: tuple[QFont, QFont] | None = None

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        if self._fonts_of_it is None or option.font != self._font_for:
            title = QFont(option.font)
            title.setBold(True)
            detail = QFont(option.font)
            detail.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.9))
            self._font_for, self._fonts_of_it = QFont(option.font), (title, detail)
        return self._fonts_of_it

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # The same for every row (the view uses uniform sizes): no data is fetched.
        title, detail = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(detail).height() + 3 * self.PADDING
        return QSize(200, height)

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        summary = index.data(SummaryRole)
        # Draw the selection/hover background through the style, without text.
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if summary is None:
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title_font, detail_font = self._fonts(option)
        rect = option.rect.adjusted(self.PADDING, self.PADDING // 2, -self.PADDING, -self.PADDING // 2)
        title_height = QFontMetrics(title_font).height()

        painter.save()
        painter.setPen(option.palette.color(group, text_role))
        painter.setFont(title_font)
        # A mark after the title: "?" the parser doubts the article, "✎" the user corrected it.
        mark = "?" if summary.doubtful else ("✎" if summary.corrected else "")
        mark_width = QFontMetrics(title_font).horizontalAdvance(mark + " ") if mark else 0
        if mark:
            mark_rect = QRect(rect.right() - mark_width, rect.top() + self.PADDING // 2, mark_width, title_height)
            painter.save()
            if summary.doubtful and not selected:
                painter.setPen(QColor(DOUBT_COLOR))
            painter.drawText(mark_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, mark)
            painter.restore()
        rect = rect.adjusted(0, 0, -mark_width, 0)
        title_rect = QRect(rect.left(), rect.top() + self.PADDING // 2, rect.width(), title_height)
        title = index.data(Qt.ItemDataRole.DisplayRole) or ""
        painter.save()
        if index.data(UntitledRole):
            # Italic and muted like the detail line: visibly a placeholder, not a title.
            title_font = QFont(title_font)
            title_font.setBold(False)
            title_font.setItalic(True)
            if not selected:
                painter.setPen(option.palette.color(group, QPalette.ColorRole.PlaceholderText))
        painter.setFont(title_font)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(title_font).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()
        detail_metrics = QFontMetrics(detail_font)
        hits = index.data(HitsRole)
        prefix = QCoreApplication.translate("ArticleDelegate", "%n hit(s)", "", hits) + " · " if hits else ""
        room = rect.width() - detail_metrics.horizontalAdvance(prefix)
        detail = prefix + detail_line(summary, lambda text: detail_metrics.horizontalAdvance(text) <= room)
        if not selected:
            painter.setPen(option.palette.color(group, QPalette.ColorRole.PlaceholderText))
        painter.setFont(detail_font)
        detail_rect = QRect(rect.left(), title_rect.bottom() + self.PADDING // 2, rect.width(), rect.bottom() - title_rect.bottom())
        painter.drawText(
            detail_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            detail_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()
