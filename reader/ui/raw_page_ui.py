"""The raw page view's side of corrections: it follows the open article and turns line choices into corrections."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt

from reader.corrections.raw_view import place_in_article
from reader.store.errors import LibraryError
from reader.ui.raw_page import RawPageDock

if TYPE_CHECKING:
    from reader.ui.corrections_ui import CorrectionsUi


RAW_DOCK_WIDTH = 520


def _tr(text: str) -> str:
    return QCoreApplication.translate("Corrections", text)


class RawPageUi(QObject):
    def __init__(self, ui: CorrectionsUi) -> None:
        super().__init__(ui)
        self._ui = ui
        window = ui.window
        self._raw_source: int | None = None
        self._sized = False
        self.dock = RawPageDock(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        window.actions.view_raw_page.toggled.connect(self.dock.setVisible)
        self.dock.visibilityChanged.connect(self._raw_visibility_changed)
        self.dock.lineActivated.connect(self.go_to_line)
        self.dock.newArticleRequested.connect(self.new_article_from_line)
        self.dock.belongsAboveRequested.connect(self.line_belongs_above)
        self.dock.dropRequested.connect(self.drop_lines)
        self.dock.restoreRequested.connect(self.restore_line)
        self.dock.lineRoleRequested.connect(self.set_line_role)

    def follow(self, article_id: int | None) -> None:
        if not self.dock.isHidden():
            self._show_raw(article_id)

    def _raw_visibility_changed(self, _visible: bool) -> None:
        action = self._ui.window.actions.view_raw_page
        action.blockSignals(True)
        action.setChecked(not self.dock.isHidden())
        action.blockSignals(False)
        if not self.dock.isHidden():
            if not self._sized:
                # Wide enough for a printed column of text beside where each line went.
                self._ui.window.resizeDocks([self.dock], [RAW_DOCK_WIDTH], Qt.Orientation.Horizontal)
                self._sized = True
            self._show_raw(self._ui.window.article_view.article_id())

    def _show_raw(self, article_id: int | None) -> None:
        self._raw_source = None
        if article_id is None:
            self.dock.show_lines([], None)
            return
        try:
            library = self._ui._library()
            self._raw_source = library.corrections.source_of(article_id)
            lines = library.corrections.page_lines(self._raw_source)
        except LibraryError:
            self.dock.show_lines([], None)
            return
        self.dock.show_lines(lines, article_id)

    def go_to_line(self, no: int) -> None:
        line = self.dock.model.line(no)
        if line is None or line.article_id is None:
            return
        if line.article_id != self._ui.window.current_article():
            self._ui.window.open_article(line.article_id)
        stored = self._ui.window.article_view.stored_article()
        span = place_in_article(stored.article, line) if stored is not None else None
        if span is not None:
            self._ui.window.article_view.select_range(*span)

    def new_article_from_line(self, no: int) -> bool:
        line = self.dock.model.line(no)
        if line is None or line.article_id is None:
            return False
        try:
            stored = self._ui._library().articles.get(line.article_id)
        except LibraryError as error:
            self._ui._report(str(error))
            return False
        span = place_in_article(stored.article, line)
        if span is None or span[0] <= 0:
            self._ui._report(_tr("That line is not inside its article's text, after its start: there is nothing to split off."))
            return False
        start = span[0]
        index, _within = next((i, start - s) for i, s in reversed(list(enumerate(_starts(stored.article)))) if start >= s)
        block_start = _starts(stored.article)[index]
        at = block_start if start - block_start <= 1 else start
        return self._ui.split(line.article_id, at)

    def line_belongs_above(self, no: int) -> bool:
        line = self.dock.model.line(no)
        if line is None or line.article_id is None:
            return False
        above = self._ui.neighbour(line.article_id, -1)
        if above is None:
            self._ui._report(_tr("There is no article above it on its page."))
            return False
        return self._ui.merge(above, line.article_id, "body")

    def drop_lines(self, nos: list[int]) -> bool:
        source = self._raw_source
        if source is None:
            return False
        return self._ui.push(_tr("Drop as page furniture"), lambda lib: lib.corrections.drop_lines(source, nos))

    def set_line_role(self, no: int, role: str) -> bool:
        source = self._raw_source
        if source is None:
            return False
        return self._ui.push(_tr("Change role"), lambda lib: lib.corrections.set_line_role(source, no, role))

    def restore_line(self, no: int) -> bool:
        source = self._raw_source
        if source is None:
            return False
        return self._ui.push(_tr("Put a line back"), lambda lib: lib.corrections.restore_line(source, no))


def _starts(article) -> list[int]:
    starts, offset = [], 0
    for block in article.body:
        starts.append(offset)
        offset += len(block.text) + 1
    return starts
