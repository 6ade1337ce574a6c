"""The sidebar: lazy list model, search as you type, filters, keyboard navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QListView

from reader.store.records import ArticleSummary
from reader.ui.article_list_model import ArticleDelegate, ArticleIdRole, ArticleListModel, SummaryRole, UntitledRole


class CountingFetcher:
    """Stands in for Library.article_summaries and records every call."""

    def __init__(self) -> None:
        self.calls: list[list[int]] = []

    def __call__(self, ids):
        self.calls.append(list(ids))
        return [ArticleSummary(i, f"标题{i}", f"记者{i}", "page.txt") for i in ids]


def titles(window) -> list[str]:
    model = window.sidebar.model
    return [model.index(row).data() for row in range(model.rowCount())]


def commit_text(widget, text: str) -> None:
    """Type Chinese the way an input method does: one committed character at a time.

    (QTest.keyClicks only knows ASCII keys.)
    """
    for char in text:
        event = QInputMethodEvent("", [])
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)


def type_query(qtbot, window, text: str) -> None:
    box = window.findChild(QLineEdit, "searchBox")
    with qtbot.waitSignal(window.sidebar.listUpdated, timeout=2000):
        box.setFocus()
        box.selectAll()
        commit_text(box, text)


# -- the model -------------------------------------------------------------------------

def test_model_passes_the_qt_model_tester(qtmodeltester):
    model = ArticleListModel(CountingFetcher())
    model.set_ids(range(1, 301))
    qtmodeltester.check(model)
    model.set_ids([5, 3, 1])  # resets are checked too while the tester is attached
    model.extend_ids([5, 3, 1, 8, 9])  # the rest of a result, appended
    model.extend_ids([2, 4])  # not a continuation: reset
    model.set_ids([])


def test_model_fetches_only_the_page_shown_and_never_for_flags():
    fetch = CountingFetcher()
    model = ArticleListModel(fetch)
    model.set_ids(range(100_000))
    assert model.rowCount() == 100_000
    model.flags(model.index(50_000))
    assert fetch.calls == []  # counting and flags need no data

    assert model.index(50_001).data() == "标题50001"
    assert len(fetch.calls) == 1 and len(fetch.calls[0]) == ArticleListModel.PAGE_SIZE
    assert 50_001 in fetch.calls[0]
    # The rest of that page comes from the cache.
    model.index(50_002).data(SummaryRole)
    assert len(fetch.calls) == 1
    assert model.index(7).data(ArticleIdRole) == 7 and len(fetch.calls) == 1  # ids need no fetch


def test_model_cache_is_bounded():
    fetch = CountingFetcher()
    model = ArticleListModel(fetch)
    model.set_ids(range(100_000))
    for row in range(0, 100_000, ArticleListModel.PAGE_SIZE):
        model.index(row).data()
    assert len(model._cache) <= ArticleListModel.CACHE_LIMIT


# -- through the real window -----------------------------------------------------------------

def test_list_shows_every_article_with_a_count(main_window):
    view = main_window.findChild(QListView, "articleList")
    assert view.model().rowCount() == 4
    assert titles(main_window)[0] == "公安局开展专项活动"
    summary = view.model().index(0).data(SummaryRole)
    assert (summary.byline, summary.source) == ("王明", "page-one.txt")
    assert "4" in main_window.sidebar.count_label.text()


def test_search_one_character(qtbot, main_window):
    type_query(qtbot, main_window, "树")
    assert titles(main_window) == ["春季植树"]
    assert "1" in main_window.sidebar.count_label.text()


def test_search_two_characters_matches_title_and_body(qtbot, main_window):
    type_query(qtbot, main_window, "公安")  # in one title and in another body
    assert titles(main_window) == ["公安局开展专项活动"]
    type_query(qtbot, main_window, "学校")
    assert titles(main_window) == ["草原上的新学校"]
    type_query(qtbot, main_window, "民警")  # only in a body
    assert titles(main_window) == ["警民共建平安"]


def test_search_without_hits_and_cleared(qtbot, main_window):
    type_query(qtbot, main_window, "火星")
    assert titles(main_window) == []
    with qtbot.waitSignal(main_window.sidebar.listUpdated, timeout=2000):
        main_window.sidebar.search_box.clear()
    assert len(titles(main_window)) == 4


def test_enter_in_search_box_opens_first_result(qtbot, main_window):
    type_query(qtbot, main_window, "植树")
    qtbot.keyClick(main_window.sidebar.search_box, Qt.Key.Key_Return)
    opened = main_window.article_view.article_id()
    assert main_window.controller.library.articles.get(opened).article.title == "春季植树"


def test_enter_right_after_typing_uses_the_new_query(qtbot, main_window):
    box = main_window.sidebar.search_box
    box.setFocus()
    commit_text(box, "学校")
    # No wait for the debounce: Enter must not open the first article of the old list.
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert main_window.controller.library.articles.get(main_window.current_article()).article.title == "草原上的新学校"


def test_clicking_an_article_opens_it(qtbot, main_window):
    view = main_window.sidebar.list_view
    rect = view.visualRect(view.model().index(2))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.controller.library.articles.get(main_window.current_article()).article.title == "春季植树"
    assert main_window.article_view.article_id() == main_window.current_article()


def test_down_and_up_in_the_list_open_articles(qtbot, main_window):
    view = main_window.sidebar.list_view
    view.setFocus()
    first = main_window.current_article()
    assert first is not None  # the window opens the first article
    qtbot.keyClick(view, Qt.Key.Key_Down)
    second = main_window.current_article()
    assert second != first and main_window.article_view.article_id() == second
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert main_window.current_article() == second
    assert view.currentIndex().row() == 1


def test_down_in_the_search_box_moves_through_results(qtbot, main_window):
    box = main_window.sidebar.search_box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert main_window.sidebar.list_view.currentIndex().row() == 2
    assert box.hasFocus()  # typing can go on
    assert main_window.controller.library.articles.get(main_window.current_article()).article.title == "春季植树"


def test_search_keeps_the_open_article_selected(qtbot, main_window):
    view = main_window.sidebar.list_view
    view.setCurrentIndex(view.model().index(3))
    opened = main_window.current_article()
    type_query(qtbot, main_window, "民")
    assert view.model().index(view.currentIndex().row()).data(ArticleIdRole) == opened
    assert main_window.current_article() == opened


def test_tag_filter_lists_tags_and_filters(qtbot, main_window):
    library = main_window.controller.library
    first, second = main_window.sidebar.model.ids()[:2]
    main_window.controller.tag_article(second, "教育")
    combo = main_window.sidebar.tag_filter
    assert combo.findText("教育") > 0
    with qtbot.waitSignal(main_window.sidebar.listUpdated, timeout=2000):
        combo.setCurrentIndex(combo.findText("教育"))
    assert titles(main_window) == ["草原上的新学校"]
    # Untagging one of two tagged articles: the filtered list follows.
    main_window.controller.tag_article(first, "教育")
    assert len(titles(main_window)) == 2
    main_window.controller.undo_stack.undo()
    assert titles(main_window) == ["草原上的新学校"]
    # Undoing the first tagging deletes the new tag: the filter falls back to all articles.
    main_window.controller.undo_stack.undo()
    assert "教育" not in {t.name for t in library.tags.all()}
    assert combo.currentIndex() == 0 and len(titles(main_window)) == 4


def test_source_filter_is_filled_when_opened(qtbot, main_window):
    combo = main_window.sidebar.source_filter
    assert combo.count() == 1  # only "all pages" until the user opens the list
    combo.showPopup()
    combo.hidePopup()
    assert combo.count() == 3
    index = next(i for i in range(combo.count()) if "page-two.txt" in combo.itemText(i))
    with qtbot.waitSignal(main_window.sidebar.listUpdated, timeout=2000):
        combo.setCurrentIndex(index)
    assert titles(main_window) == ["警民共建平安"]


def test_entity_filter_chip_shows_and_clears(qtbot, main_window):
    sidebar = main_window.sidebar
    sidebar.set_entity_filter("PER", "民警")
    assert titles(main_window) == ["警民共建平安"]
    assert sidebar.entity_chip.isVisible() and "民警" in sidebar.entity_chip.text()
    qtbot.mouseClick(sidebar.entity_chip, Qt.MouseButton.LeftButton)
    assert not sidebar.entity_chip.isVisible()
    assert len(titles(main_window)) == 4


def test_large_results_list_first_rows_at_once_and_the_rest_from_the_worker(qtbot, main_window):
    sidebar = main_window.sidebar
    sidebar.FIRST_ROWS = 2  # as if the library had many thousands of articles
    opened = sidebar.model.ids()[3]
    sidebar.list_view.setCurrentIndex(sidebar.model.index(3))
    with qtbot.waitSignal(sidebar.fullListLoaded, timeout=5000):
        with qtbot.waitSignal(sidebar.listUpdated, timeout=2000):
            sidebar.search_box.setText("")  # no-op text change …
            sidebar.refresh()  # … so refresh explicitly: all four articles match
        assert sidebar.model.rowCount() == 2 and not sidebar.is_complete()
        assert "so far" in sidebar.count_label.text()
    assert sidebar.model.rowCount() == 4 and sidebar.is_complete()
    assert "so far" not in sidebar.count_label.text()
    # The open article was beyond the first rows: it is selected once the rest arrives.
    assert sidebar.model.article_id(sidebar.list_view.currentIndex().row()) == opened
    assert main_window.current_article() == opened


def test_a_late_full_result_of_an_old_query_is_ignored(qtbot, main_window):
    sidebar = main_window.sidebar
    sidebar.FIRST_ROWS = 2
    sidebar.refresh()  # asks the worker for all four
    old_generation = sidebar._generation
    type_query(qtbot, main_window, "树")  # one hit: complete at once
    assert sidebar.is_complete() and titles(main_window) == ["春季植树"]
    sidebar._on_found(old_generation, sidebar.model.ids() + [999])  # the old answer arrives late
    assert titles(main_window) == ["春季植树"]


# -- articles without a title ------------------------------------------------------------

def _untitled_fetch(ids):
    # id 1 is a photo caption parsed as its own article: no title at all; 2 has blanks only
    return [ArticleSummary(i, {1: "", 2: "  "}.get(i, f"标题{i}"), None, "page.txt") for i in ids]


def test_an_untitled_article_shows_a_placeholder_marked_as_such():
    model = ArticleListModel(_untitled_fetch)
    model.set_ids([1, 2, 3])
    for row in (0, 1):
        index = model.index(row)
        assert index.data() == "(untitled)"
        assert index.data(UntitledRole) is True
        assert index.data(Qt.ItemDataRole.FontRole).italic()
        assert "(untitled)" in index.data(Qt.ItemDataRole.ToolTipRole)
    titled = model.index(2)
    assert titled.data() == "标题3"
    assert titled.data(UntitledRole) is False
    assert titled.data(Qt.ItemDataRole.FontRole) is None


def test_the_list_paints_the_placeholder_where_the_title_goes(qtbot):
    def title_ink(fetch) -> int:
        model = ArticleListModel(fetch)
        model.set_ids([1])
        view = QListView()
        view.setItemDelegate(ArticleDelegate(view))
        view.setModel(model)
        view.resize(300, 120)
        qtbot.addWidget(view)
        view.show()
        qtbot.waitExposed(view)
        rect = view.visualRect(model.index(0))
        title_height = QFontMetrics(view.font()).height() + ArticleDelegate.PADDING
        image = view.viewport().grab(rect.adjusted(0, 0, 0, -(rect.height() - title_height))).toImage()
        background = image.pixelColor(0, 0)
        return sum(
            image.pixelColor(x, y) != background for x in range(image.width()) for y in range(image.height())
        )

    assert title_ink(_untitled_fetch) > 0
    assert title_ink(CountingFetcher()) > 0  # the measure sees a title where there is one
