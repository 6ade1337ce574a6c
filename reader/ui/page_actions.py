"""What the main window does with pages' identity: the properties dialog for the selected articles' pages, and citations.

Kept out of main_window.py, which connects these slots to the actions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from reader.identity import english, gbt7714, quote_with_citation
from reader.store.errors import LibraryError
from reader.ui.page_properties import PagePropertiesDialog


class PageActions(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self._window = window

    def show_page_properties(self) -> PagePropertiesDialog | None:
        """Open the properties of the pages of the selected articles (or of the open article)."""
        window = self._window
        article_ids = window.sidebar.selected_article_ids()
        if not article_ids and window.current_article() is not None:
            article_ids = [window.current_article()]
        try:
            source_ids = window.controller.library.identity.sources_of_articles(article_ids)
        except LibraryError as error:
            window.show_error(str(error))
            return None
        if not source_ids:
            window.statusBar().showMessage(self.tr("Select an article first."), 5000)
            return None
        dialog = PagePropertiesDialog(window.controller, source_ids, window)
        window._show_nonmodal(dialog)
        return dialog

    def citation_text(self, style: str = "gbt7714") -> str | None:
        """The open article's reference, after the selected passage in quotation marks if one is selected."""
        stored = self._window.article_view.stored()
        if stored is None:
            return None
        article = stored.article
        cite = gbt7714 if style == "gbt7714" else english
        citation = cite(article.title, article.byline, stored.meta, article.subtitle)
        selection = self._window.article_view.selected_range()
        if selection is None:
            return citation
        passage = stored.body_text[selection[0] : selection[1]]
        return quote_with_citation(passage, citation, style)

    def copy_citation(self, style: str = "gbt7714") -> str | None:
        text = self.citation_text(style)
        window = self._window
        if text is None:
            window.statusBar().showMessage(self.tr("Open an article to cite it."), 5000)
            return None
        QApplication.clipboard().setText(text)
        window.statusBar().showMessage(self.tr("Citation copied."), 5000)
        return text
