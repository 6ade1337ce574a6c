"""A search or filter that leaves the open article out of the list moves the reader to what the list shows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def listed_titles(window) -> list[str]:
    library = window.controller.library
    return [s.title for s in library.articles.summaries(window.sidebar.model.ids())]


def shown_title(window) -> str | None:
    article_id = window.current_article()
    return None if article_id is None else window.controller.library.articles.get(article_id).article.title


def search(window, text: str) -> None:
    window.sidebar.search_box.setText(text)
    window.sidebar.refresh()
    QApplication.processEvents()


def test_a_search_that_drops_the_open_article_opens_the_first_listed(main_window):
    library = main_window.controller.library
    school = library.search.article_ids("新学校")[0]
    main_window.open_article(school)
    assert shown_title(main_window) == "草原上的新学校"
    search(main_window, "植树")  # only 春季植树 matches
    assert listed_titles(main_window) == ["春季植树"]
    assert shown_title(main_window) == "春季植树"
    assert main_window.annotation_panel.article_id() == main_window.current_article()
    assert main_window.sidebar.list_view.currentIndex().row() == 0


def test_a_search_that_keeps_the_open_article_keeps_it(main_window):
    library = main_window.controller.library
    school = library.search.article_ids("新学校")[0]
    main_window.open_article(school)
    search(main_window, "学校")
    assert shown_title(main_window) == "草原上的新学校"


def test_a_tag_filter_that_drops_the_open_article(main_window):
    library = main_window.controller.library
    first, second = library.search.article_ids("")[:2]
    main_window.controller.tag_article(second, "待查")
    main_window.open_article(first)
    sidebar = main_window.sidebar
    sidebar.reload_filters()
    sidebar.tag_filter.setCurrentIndex(sidebar.tag_filter.findData("待查"))
    QApplication.processEvents()
    assert main_window.current_article() == second


def test_nothing_listed_means_nothing_open_and_the_reader_says_why(main_window):
    search(main_window, "绝对不会出现的词")
    assert main_window.sidebar.model.rowCount() == 0
    assert main_window.current_article() is None
    assert main_window.article_view.article_id() is None
    assert main_window.article_view.text_view.toPlainText() == ""
    assert main_window.article_view.text_view.placeholderText() == "No article matches the search and filters."
    assert not main_window.annotation_panel.note_editor.isEnabled()
    search(main_window, "")  # the filter cleared: the first article again
    assert main_window.current_article() == main_window.sidebar.model.article_id(0)
    assert main_window.article_view.text_view.placeholderText() == ""
