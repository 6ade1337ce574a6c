"""Page identity through the main window: the list line, the reader line, sorting, filters, bulk edit with undo, citations."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication

from reader.model import Article, Block, Page, PageMeta, Span
from reader.store.library import Library
from reader.ui.article_list_model import DetailRole
from reader.ui.identity_filters import DateRangeDialog
from reader.ui.import_options import ImportOptionsDialog
from reader.ui.page_properties import PagePropertiesDialog

# (file, title, byline, identity read from its header) — four pages, the last without identity.
PAGES = [
    ("p1.txt", "全区旗县级公安机关专项活动有“声”有“形”", "沈翠英",
     dict(newspaper="内蒙古法制报", date="2023-02-21", page="3", page_number=3, section="综合新闻")),
    ("p2.txt", "草原上的新学校", "李华", dict(newspaper="北京晚报", date="2022-12-30", page="A09", section="教育")),
    ("p3.txt", "春季植树", None, dict(newspaper="内蒙古法制报", date="2023-03-07", page="1", page_number=1, section="要闻")),
    ("p4.txt", "警民共建平安", "赵晨然", {}),
]


@pytest.fixture
def identity_library(library_path):
    library = Library(library_path)
    for name, title, byline, values in PAGES:
        meta = PageMeta(**values, origins={f: "header" for f in values})
        body = [Block("paragraph", f"𠮷{title}的正文，民警走访社区。")]
        library.pages.add(name, Page([Article(title=title, byline=byline, body=body)]), identity=[meta])
    library.recognition.save([(4, [Span(11, 13, "ORG", "民警")])])
    library.close()
    return library_path


@pytest.fixture
def window(make_window, identity_library):
    return make_window(identity_library)


def titles(window) -> list[str]:
    model = window.sidebar.model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_list_shows_date_newspaper_and_page(window):
    model = window.sidebar.model
    details = [model.index(row).data(DetailRole) for row in range(model.rowCount())]
    assert details[0] == "2023-02-21 · 内蒙古法制报 · 第3版 · 综合新闻 · 沈翠英"
    assert details[1] == "2022-12-30 · 北京晚报 · 第A09版 · 教育 · 李华"
    assert details[2] == "2023-03-07 · 内蒙古法制报 · 第1版 · 要闻"
    assert details[3] == "赵晨然 · p4.txt"  # no identity: the file name, as before
    assert "2023-02-21 · 内蒙古法制报 · 第3版" in model.index(0).data(0x03)  # the tooltip


def test_reader_shows_the_line_under_the_headline(window):
    window.open_article(1)
    lines = window.article_view.text_view.toPlainText().split("\n")
    assert lines[0] == PAGES[0][1] and lines[1] == "2023-02-21 · 内蒙古法制报 · 第3版 · 综合新闻"
    # The body keeps its offsets: selecting the first two body characters selects them.
    window.article_view.select_range(0, 2)
    assert window.article_view.text_view.textCursor().selectedText() == "𠮷全"


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("date", ["草原上的新学校", "全区旗县级公安机关专项活动有“声”有“形”", "春季植树", "警民共建平安"]),
        ("-date", ["春季植树", "全区旗县级公安机关专项活动有“声”有“形”", "草原上的新学校", "警民共建平安"]),
        ("newspaper", ["全区旗县级公安机关专项活动有“声”有“形”", "春季植树", "草原上的新学校", "警民共建平安"]),
        ("page", ["春季植树", "全区旗县级公安机关专项活动有“声”有“形”", "草原上的新学校", "警民共建平安"]),
        ("", [p[1] for p in PAGES]),
    ],
)
def test_sorting(window, sort, expected):
    window.sidebar.identity_filters.set_sort(sort)
    assert titles(window) == expected


def test_each_filter_and_their_combinations_with_the_count(window, qtbot):
    filters = window.sidebar.identity_filters
    count = window.sidebar.count_label
    filters.choose("newspaper", "内蒙古法制报")
    assert titles(window) == [PAGES[0][1], "春季植树"] and "2" in count.text()
    filters.choose("section", "要闻")
    assert titles(window) == ["春季植树"] and "1" in count.text()
    filters.choose("section", None)
    filters.choose("page", "3")
    assert titles(window) == [PAGES[0][1]]
    filters.choose("page", None)
    filters.choose("newspaper", None)
    filters.choose_year(2022)
    assert titles(window) == ["草原上的新学校"] and filters.date_button.text() == "2022"
    filters.choose_month(2023, 3)
    assert titles(window) == ["春季植树"] and filters.date_button.text() == "2023-03"
    dialog = filters.choose_dates()
    assert isinstance(dialog, DateRangeDialog)
    dialog.from_edit.setText("2023年2月1日")
    dialog.to_edit.setText("2023-02-30")
    dialog.accept()
    assert dialog.isVisible() and "no day 30" in dialog.error.text()  # refused, nothing changed
    dialog.to_edit.setText("2023-03-31")
    dialog.accept()
    assert filters.date_range() == ("2023-02-01", "2023-03-31")
    assert titles(window) == [PAGES[0][1], "春季植树"]
    # Combined with the search box, the tag filter and the entity filter.
    window.sidebar.search_box.setText("植树")
    window.sidebar.refresh()
    assert titles(window) == ["春季植树"]
    window.sidebar.search_box.clear()
    window.sidebar.refresh()
    window.controller.tag_article(1, "重要")
    window.sidebar.tag_filter.setCurrentIndex(window.sidebar.tag_filter.findData("重要"))
    assert titles(window) == [PAGES[0][1]]
    window.sidebar.tag_filter.setCurrentIndex(0)
    filters.set_date_range(None, None)
    window.sidebar.set_entity_filter("ORG", "民警")
    assert titles(window) == ["警民共建平安"]
    filters.choose("newspaper", "内蒙古法制报")
    assert titles(window) == [] and "0" in count.text()


def test_date_menu_offers_the_years_and_months_there_are(window):
    filters = window.sidebar.identity_filters
    filters.date_menu.aboutToShow.emit()
    texts = [a.text() for a in filters.date_menu.actions()]
    assert texts[:2] == ["Any date", "Choose dates…"]
    assert [t for t in texts if t.startswith("20")] == ["2023 (2)", "2022 (1)"]


def _select_rows(window, rows):
    view = window.sidebar.list_view
    selection = view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(window.sidebar.model.index(row), QItemSelectionModel.SelectionFlag.Select)


def _dialog(window) -> PagePropertiesDialog:
    (dialog,) = [d for d in window.open_dialogs() if isinstance(d, PagePropertiesDialog)]
    return dialog


def test_properties_of_one_page_show_values_with_their_origin(window):
    window.sidebar.list_view.setCurrentIndex(window.sidebar.model.index(0))
    window.actions.edit_page_properties.trigger()
    dialog = _dialog(window)
    assert dialog.edits["newspaper"].text() == "内蒙古法制报"
    assert dialog.origin_labels["date"].text() == "from the page header"
    dialog.set_field("date", "2023-02-30")
    dialog.accept()
    assert dialog.isVisible() and "no day 30" in dialog.error.text()
    assert window.controller.library.identity.of_source(1).meta.date == "2023-02-21"


def test_bulk_edit_of_three_pages_and_undo(window, qtbot):
    _select_rows(window, [0, 1, 3])
    assert window.sidebar.list_view.actions()[0] is window.actions.edit_page_properties  # in the context menu
    window.actions.edit_page_properties.trigger()
    dialog = _dialog(window)
    assert dialog.source_ids == [1, 2, 4]
    assert dialog.edits["newspaper"].text() == "" and dialog.edits["newspaper"].placeholderText() == "(various)"
    dialog.set_field("newspaper", "法治日报")
    dialog.set_field("section", "")
    dialog.accept()
    library = window.controller.library
    assert [r.meta.newspaper for r in library.identity.of_sources([1, 2, 3, 4])] == ["法治日报", "法治日报", "内蒙古法制报", "法治日报"]
    model = window.sidebar.model
    assert model.index(3).data(DetailRole) == "法治日报 · 赵晨然"
    assert window.actions.edit_undo.isEnabled()
    window.actions.edit_undo.trigger()
    assert [r.meta.newspaper for r in library.identity.of_sources([1, 2, 4])] == ["内蒙古法制报", "北京晚报", None]
    assert [r.meta.section for r in library.identity.of_sources([1, 2])] == ["综合新闻", "教育"]
    assert model.index(3).data(DetailRole) == "赵晨然 · p4.txt"
    window.actions.edit_redo.trigger()
    assert library.identity.of_source(4).meta.newspaper == "法治日报"


def test_reader_line_follows_an_edit(window):
    window.open_article(3)
    window.controller.set_page_meta([3], {"section": "法治"})
    assert "2023-03-07 · 内蒙古法制报 · 第1版 · 法治" in window.article_view.text_view.toPlainText()


def test_copy_citation_of_the_article_and_of_a_passage(window):
    window.sidebar.list_view.setCurrentIndex(window.sidebar.model.index(0))
    window.actions.edit_copy_citation.trigger()
    expected = "沈翠英. 全区旗县级公安机关专项活动有“声”有“形”[N]. 内蒙古法制报, 2023-02-21(3)."
    assert QApplication.clipboard().text() == expected
    window.article_view.select_range(1, 5)
    window.actions.edit_copy_citation.trigger()
    assert QApplication.clipboard().text() == "“全区旗县”\n" + expected
    window.article_view.select_range(0, 0)
    window.actions.edit_copy_citation_english.trigger()
    assert QApplication.clipboard().text() == f'沈翠英. "{PAGES[0][1]}." 内蒙古法制报, 21 February 2023, p. 3.'
    assert window.actions.edit_copy_citation.shortcut().toString() == "Ctrl+Shift+C"


def test_citation_of_a_page_without_identity_has_no_gaps(window):
    window.open_article(4)
    window.actions.edit_copy_citation.trigger()
    assert QApplication.clipboard().text() == "赵晨然. 警民共建平安[N]."


def test_import_dialog_gives_values_to_the_batch(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    page = tmp_path / "20230308_02.txt"
    page.write_text("春耕时节农机忙\n本报讯 连日来，赤峰市各地组织农机手开展春耕作业，确保不误农时。\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(page)], ""))
    window.actions.file_import.trigger()
    (options,) = [d for d in window.open_dialogs() if isinstance(d, ImportOptionsDialog)]
    options.edits["date"].setText("2023-02-30")
    options.accept()
    assert options.isVisible() and "no day 30" in options.error.text()
    options.edits["date"].clear()
    options.edits["newspaper"].setText("赤峰日报")
    with qtbot.waitSignal(window.importFinished, timeout=20_000):
        options.accept()
    record = window.controller.library.identity.of_source(5)
    assert (record.meta.newspaper, record.meta.origins["newspaper"]) == ("赤峰日报", "import")
    assert (record.meta.date, record.meta.origins["date"]) == ("2023-03-08", "filename")
    window.sidebar.identity_filters.choose("newspaper", "赤峰日报")
    assert titles(window) == ["春耕时节农机忙"]
