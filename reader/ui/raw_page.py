"""The raw page view: the open article's page as imported, line by line, and where each line went.

The open article's lines are marked, other articles' lines dimmed, and
lines in no article labelled with the reason (page furniture, page number,
duplicate caption half, jump line, dropped by you). Activating a line goes
to its place in its article; corrections start from selected lines (a
context menu). The dock only shows and asks: reader/ui/corrections_ui.py
reads the lines and makes the corrections.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget, QHeaderView, QMenu, QTableView, QWidget

from reader.corrections.raw_view import REASON_NAMES, RawLine

def _tr(text: str) -> str:
    return QCoreApplication.translate("RawLinesModel", text)


def _reasons() -> dict[str, str]:
    return {
        "furniture": _tr("page furniture"), "page_number": _tr("page number"),
        "duplicate_caption": _tr("duplicate caption half"), "jump_line": _tr("jump line"),
        "metadata": _tr("page header or footer"), "furniture_by_user": _tr("dropped by you"),
        "false_headline": _tr("false headline, dropped by you"),
    }  # fmt: skip


def _line_roles() -> dict[str, str]:
    return {
        "title": _tr("Title"), "kicker": _tr("Kicker"), "subtitle": _tr("Subtitle"), "subhead": _tr("Sub-heading"),
        "dateline": _tr("Dateline"), "byline": _tr("Byline"), "paragraph": _tr("Paragraph of Its Own"),
        "caption": _tr("Caption"),
    }  # fmt: skip


def _parts() -> dict[str, str]:
    return {
        "kicker": _tr("kicker"), "title": _tr("title"), "subtitle": _tr("subtitle"), "dateline": _tr("dateline"),
        "byline": _tr("byline"), "body": _tr("paragraph"), "caption": _tr("caption"),
    }  # fmt: skip


class RawLinesModel(QAbstractTableModel):
    COLUMNS = 3  # line number, text, where it went

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._lines: list[RawLine] = []
        self._current: int | None = None

    def set_lines(self, lines: Sequence[RawLine], current: int | None) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._current = current
        self.endResetModel()

    def line(self, row: int) -> RawLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of_line(self, no: int) -> int:
        return no if 0 <= no < len(self._lines) else -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Line"), self.tr("Text as imported"), self.tr("Where it went"))[section]
        return None

    def where(self, line: RawLine) -> str:
        if line.article_id is not None:
            part = _parts().get(line.part or "", line.part or "")
            if line.part in ("body", "caption") and line.index is not None:
                part = f"{part} {line.index}"
            text = self.tr("article %1, %2").replace("%1", str(line.article_id)).replace("%2", part)
            if line.dropped:
                text += " · " + self.tr("part dropped: %1").replace("%1", _reasons().get(line.dropped, line.dropped))
            return text
        if line.dropped:
            return self.tr("dropped: %1").replace("%1", _reasons().get(line.dropped, REASON_NAMES.get(line.dropped, line.dropped)))
        return self.tr("in no article") if line.text.strip() else ""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(line.no + 1), line.text, self.where(line))[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.where(line) or None
        mine = line.article_id is not None and line.article_id == self._current
        if role == Qt.ItemDataRole.BackgroundRole and mine:
            highlight = QApplication.palette().color(QPalette.ColorRole.Highlight)
            highlight.setAlpha(60)
            return QBrush(highlight)
        if role == Qt.ItemDataRole.ForegroundRole and not mine:
            # The other articles' lines, and lines in none, recede.
            return QBrush(QApplication.palette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.FontRole and line.article_id is None and line.dropped:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return "current" if mine else ("other" if line.article_id is not None else ("dropped" if line.dropped else "none"))
        return None


class RawPageDock(QDockWidget):
    lineActivated = Signal(int)  # line number (0-based)
    newArticleRequested = Signal(int)  # first selected line
    belongsAboveRequested = Signal(int)
    dropRequested = Signal(list)  # line numbers
    restoreRequested = Signal(int)
    lineRoleRequested = Signal(int, str)  # line number, role

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rawPageDock")
        self.model = RawLinesModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("rawLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # The page's text gets the room; where each line went is short and can be widened.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._show_menu)
        self.table.activated.connect(lambda index: self.lineActivated.emit(index.row()))
        self.table.clicked.connect(lambda index: self.lineActivated.emit(index.row()))
        self.setWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Raw Page"))

    def show_lines(self, lines: Sequence[RawLine], current: int | None) -> None:
        self.model.set_lines(lines, current)
        rows = [line.no for line in lines if line.article_id == current and current is not None]
        if rows:
            self.table.scrollTo(self.model.index(rows[0], 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def selected_lines(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def select_lines(self, first: int, last: int) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection(self.model.index(first, 0), self.model.index(last, self.model.COLUMNS - 1))
        self.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def context_menu(self) -> QMenu:
        """The corrections that can start from the selected lines (built apart so tests can use it)."""
        menu = QMenu(self)
        rows = self.selected_lines()
        lines = [self.model.line(r) for r in rows]
        lines = [line for line in lines if line is not None and line.text.strip()]
        if not lines:
            return menu
        first = lines[0]
        in_article = [line for line in lines if line.article_id is not None]
        if first.article_id is not None:
            action = menu.addAction(self.tr("Make a New Article from Here"))
            action.setObjectName("rawNewArticle")
            action.triggered.connect(lambda: self.newArticleRequested.emit(first.no))
            action = menu.addAction(self.tr("This Belongs to the Article Above"))
            action.setObjectName("rawBelongsAbove")
            action.triggered.connect(lambda: self.belongsAboveRequested.emit(first.no))
        if len(lines) == 1 and first.article_id is not None and first.part == "body":
            roles = menu.addMenu(self.tr("Make This Line a"))
            roles.setObjectName("rawLineRole")
            for role, name in _line_roles().items():
                action = roles.addAction(name)
                action.setObjectName(f"rawLineRole_{role}")
                action.triggered.connect(lambda _=False, r=role: self.lineRoleRequested.emit(first.no, r))
        if in_article:
            action = menu.addAction(self.tr("Drop as Page Furniture"))
            action.setObjectName("rawDrop")
            action.triggered.connect(lambda: self.dropRequested.emit([line.no for line in in_article]))
        dropped = [line for line in lines if line.article_id is None and line.dropped]
        if len(dropped) == 1:
            action = menu.addAction(self.tr("Put Back into Its Article"))
            action.setObjectName("rawRestore")
            action.triggered.connect(lambda: self.restoreRequested.emit(dropped[0].no))
        return menu

    def _show_menu(self, point: QPoint) -> None:
        menu = self.context_menu()
        if not menu.isEmpty():
            menu.exec(self.table.viewport().mapToGlobal(point))
        menu.deleteLater()

