"""Through the main window: search hits in the article, the concordance, the statistics and their charts,
entity merges and type changes from the entity index."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from reader.model import Article, Block, Page, PageMeta, Span
from reader.store.library import Library
from reader.ui.article_list_model import HitsRole

# 𠮷 and an emoji sit before the hits, so UTF-16 positions differ from code points.
ARTICLES = [
    ("2023-01-05", "甲报", Article(title="公安民警巡逻", byline="韩雪", body=[
        Block("paragraph", "𠮷😀民警在路口执勤，民警很辛苦。"), Block("paragraph", "警察節后，民警继续巡逻。")])),
    ("2023-01-20", "乙报", Article(title="草原新学校", byline="李华", body=[Block("paragraph", "呼和浩特市新建学校，呼市教师欢迎。")])),
    ("2023-03-02", "甲报", Article(title="春季植树", body=[Block("paragraph", "志愿者植树，民警也来了。")])),
    (None, "乙报", Article(title="無日期的報道", body=[Block("paragraph", "警察走访社区。")])),
]


def _page(date, paper, article):
    origins = {"newspaper": "header", **({"date": "header"} if date else {})}
    return Page([article], meta=PageMeta(newspaper=paper, date=date, origins=origins))


@pytest.fixture
def analysis_path(tmp_path) -> Path:
    path = tmp_path / "analysis.db"
    library = Library(path)
    ids = [library.pages.add(f"p{i}.txt", _page(*row)).article_ids[0] for i, row in enumerate(ARTICLES)]
    body = lambda i: library.articles.body_text(ids[i])  # noqa: E731
    spans = []
    first, second = body(0), body(1)
    spans.append((ids[0], [Span(first.find("路口"), first.find("路口") + 2, "LOC", "路口")]))
    spans.append((ids[1], [Span(0, 5, "LOC", "呼和浩特市"), Span(second.find("呼市"), second.find("呼市") + 2, "LOC", "呼市"),
                           Span(second.find("教师"), second.find("教师") + 2, "PER", "教师")]))  # fmt: skip
    spans.append((ids[2], [Span(body(2).find("志愿者"), body(2).find("志愿者") + 3, "PER", "志愿者")]))
    library.recognition.save(spans)
    library.tags.add(ids[0], "治安")
    library.tags.add(ids[2], "治安")
    library.annotations.add(ids[1], 0, 5, tag="教育")
    library.close()
    return path


def type_query(qtbot, window, text: str) -> None:
    window.sidebar.search_box.setText(text)
    qtbot.waitUntil(lambda: window.sidebar.query() == text and window.sidebar.is_complete(), timeout=5000)


def selected_text(window) -> str:
    return window.article_view.text_view.textCursor().selectedText()


# -- search hits ------------------------------------------------------------------------------


def test_hits_are_highlighted_and_f3_walks_through_them(qtbot, make_window, analysis_path):
    window = make_window(analysis_path)
    type_query(qtbot, window, "民警")
    window.open_article(window.sidebar.model.article_id(0))
    view = window.article_view
    selections = view.text_view.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == ["民警"] * 4  # title, two in the first paragraph, one after
    assert view.search_hits.hits()[0].field == "title"
    qtbot.keyClick(view.text_view, Qt.Key.Key_F3)
    assert selected_text(window) == "民警" and view.search_hits.current() == 0
    qtbot.keyClick(view.text_view, Qt.Key.Key_F3)
    assert view.search_hits.current() == 1
    # The second hit is in the body after 𠮷😀 (two UTF-16 units each): its selection starts after them.
    assert view.text_view.textCursor().selectionStart() == view._layout.to_position(2)
    qtbot.keyClick(view.text_view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.search_hits.current() == 0
    qtbot.keyClick(view.text_view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.search_hits.current() == 3  # wraps round
    type_query(qtbot, window, "")
    assert view.text_view.extraSelections() == []  # transient: gone with the query, nothing saved


def test_traditional_text_is_found_and_highlighted_as_printed(qtbot, make_window, analysis_path):
    window = make_window(analysis_path)
    type_query(qtbot, window, "警察节 OR 报道")
    titles = [window.sidebar.model.index(r).data() for r in range(window.sidebar.model.rowCount())]
    assert titles == ["公安民警巡逻", "無日期的報道"]
    window.open_article(window.sidebar.model.article_id(1))
    assert [s.cursor.selectedText() for s in window.article_view.text_view.extraSelections()] == ["報道"]


def test_the_list_shows_hits_per_article(qtbot, make_window, analysis_path):
    window = make_window(analysis_path)
    type_query(qtbot, window, "民警")
    model = window.sidebar.model
    # Counted on a worker (it reads the texts), shown as they arrive.
    qtbot.waitUntil(lambda: [model.index(r).data(HitsRole) for r in range(model.rowCount())] == [4, 1], timeout=5000)
    type_query(qtbot, window, "")
    assert model.index(0).data(HitsRole) is None


def test_field_filters_and_the_tooltip(qtbot, make_window, analysis_path):
    window = make_window(analysis_path)
    type_query(qtbot, window, "byline:韩雪")
    assert window.sidebar.model.rowCount() == 1
    type_query(qtbot, window, "title:韩雪")
    assert window.sidebar.model.rowCount() == 0
    assert "OR" in window.sidebar.search_box.toolTip() and "title:" in window.sidebar.search_box.toolTip()


# -- concordance -----------------------------------------------------------------------------------


def open_concordance(qtbot, window, query: str):
    type_query(qtbot, window, query)
    qtbot.keySequence(window, QKeySequence("Ctrl+K"))
    dock = window.analysis.concordance
    qtbot.waitUntil(dock.is_complete, timeout=5000)
    return dock


def test_concordance_rows_counts_sorts_and_double_click(qtbot, make_window, analysis_path):
    window = make_window(analysis_path)
    dock = open_concordance(qtbot, window, "民警")
    rows = dock.model.rows()
    assert [(r.title, r.field, r.hit) for r in rows][:2] == [("公安民警巡逻", "title", "民警"), ("公安民警巡逻", "body", "民警")]
    assert dock.counts() == (5, 2)
    assert "5 hit(s) in 2 article(s)" in dock.count_label.text()
    dock.sort_box.setCurrentIndex(dock.sort_box.findData("left"))
    keys = [r.left[::-1] for r in dock.model.rows()]
    assert keys == sorted(keys)
    dock.sort_box.setCurrentIndex(dock.sort_box.findData("right"))
    assert [r.right for r in dock.model.rows()] == sorted(r.right for r in dock.model.rows())
    # Double-click a body hit: the article opens with the hit selected.
    target = next(n for n, r in enumerate(dock.model.rows()) if r.title == "春季植树")
    index = dock.model.index(target, 4)
    dock.table.scrollTo(index)
    rect = dock.table.visualRect(index)
    # A double-click is a press, a release and a second press, as a user makes it.
    qtbot.mouseClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(dock.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_article() == dock.model.row(target).article_id
    assert selected_text(window) == "民警"


def test_concordance_keeps_the_context_next_to_the_hit(qtbot, make_window, analysis_path):
    from PySide6.QtWidgets import QStyleOptionViewItem

    window = make_window(analysis_path)
    dock = open_concordance(qtbot, window, "民警")
    window.resize(1400, 800)
    QApplication.processEvents()
    header = dock.table.horizontalHeader()
    left, hit = (dock.model.COLUMNS.index(c) for c in ("left", "hit"))
    assert header.sectionSize(hit) < header.sectionSize(left)  # the hit does not take a context's share
    index = dock.model.index(1, left)
    option = QStyleOptionViewItem()
    dock.table.initViewItemOption(option)
    dock.table.itemDelegateForIndex(index).initStyleOption(option, index)
    # A narrow left context loses its start, not the words against the hit.
    assert option.textElideMode == Qt.TextElideMode.ElideLeft


def test_concordance_width_filters_and_export(qtbot, make_window, analysis_path, tmp_path):
    window = make_window(analysis_path)
    window.sidebar.tag_filter.setCurrentIndex(window.sidebar.tag_filter.findData("治安"))
    dock = open_concordance(qtbot, window, "民警")
    assert {r.title for r in dock.model.rows()} == {"公安民警巡逻", "春季植树"}
    dock.width_box.setValue(3)
    dock.run()
    assert all(len(r.left) <= 3 and len(r.right) <= 3 for r in dock.model.rows())
    out = tmp_path / "kwic.csv"
    assert dock.export_csv(out) == dock.model.rowCount()
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith('"article_id","date","newspaper"')
    rows = list(csv.DictReader(lines))
    assert [r["hit"] for r in rows] == ["民警"] * len(rows)


def test_entity_concordance_from_the_entity_index_follows_aliases(qtbot, make_window, analysis_path):
    window = make_window(analysis_path)
    assert window.controller.merge_entities("LOC", [("呼市", "呼和浩特市")])
    dock = window.analysis.show_entity_concordance("LOC", "呼和浩特市")
    qtbot.waitUntil(dock.is_complete, timeout=5000)
    assert [r.hit for r in dock.model.rows()] == ["呼和浩特市", "呼市"]
    window.actions.edit_undo.trigger()
    dock.run()
    assert [r.hit for r in dock.model.rows()] == ["呼和浩特市"]


def test_tag_passages_concordance(qtbot, make_window, analysis_path):
    window = make_window(analysis_path)
    dock = window.analysis.concordance_dock()
    dock.show_tag("教育")
    assert [r.hit for r in dock.model.rows()] == ["呼和浩特市"]


@pytest.fixture
def many_hits_path(tmp_path) -> Path:
    path = tmp_path / "many.db"
    library = Library(path)
    articles = [Article(title=f"第{i}篇", body=[Block("paragraph", "民" * 12 + "。")]) for i in range(60)]
    library.pages.add("many.txt", Page(articles))
    library.close()
    return path


def test_rows_past_the_first_500_stream_from_the_worker(qtbot, make_window, many_hits_path):
    window = make_window(many_hits_path)
    window.analysis.show_concordance("民")
    dock = window.analysis.concordance
    assert dock.model.rowCount() == 500 and not dock.is_complete()
    with qtbot.waitSignal(dock.finished, timeout=10000):
        pass
    assert dock.model.rowCount() == 720 and dock.counts() == (720, 60)
    assert [(r.article_id, r.start) for r in dock.model.rows()] == sorted((r.article_id, r.start) for r in dock.model.rows())


def test_cancel_stops_the_worker(qtbot, make_window, many_hits_path):
    window = make_window(many_hits_path)
    dock = window.analysis.show_concordance("民")
    dock.cancel()
    qtbot.waitUntil(dock.is_complete, timeout=10000)
    assert dock.model.rowCount() >= 500


# -- statistics -------------------------------------------------------------------------------------


def open_statistics(qtbot, window):
    with qtbot.waitSignal(window.actions.view_statistics.triggered, timeout=1000):
        window.actions.view_statistics.trigger()
    view = window.analysis.statistics
    qtbot.waitUntil(lambda: view.timeline.model.rowCount() > 0, timeout=10000)
    return view


def click_bar(qtbot, chart, index: int) -> None:
    point = chart.bar_center(index).toPoint()
    qtbot.mouseClick(chart.canvas, Qt.MouseButton.LeftButton, pos=point)


def test_timeline_bar_click_filters_the_list(qtbot, make_window, analysis_path):
    window = make_window(analysis_path)
    view = open_statistics(qtbot, window)
    chart = view.timeline.chart
    assert chart.categories()[:3] == ["2023-01", "2023-02", "2023-03"]
    assert chart.values()[:3] == [2, 0, 1]
    view.resize(1000, 800)
    QApplication.processEvents()
    click_bar(qtbot, chart, 0)
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == 2, timeout=5000)
    assert window.sidebar.extra_chip.isVisible() and "2023-01" in window.sidebar.extra_chip.text()
    window.sidebar.extra_chip.click()
    assert window.sidebar.model.rowCount() == 4


def test_a_measure_per_thousand_and_the_saved_files(qtbot, make_window, analysis_path, tmp_path):
    window = make_window(analysis_path)
    view = open_statistics(qtbot, window)
    view.measure_kind.setCurrentIndex(view.measure_kind.findData("query"))
    view.measure_text.setText("民警")
    view.per_thousand.setChecked(True)
    with qtbot.waitSignal(view.computed, timeout=10000):
        view.refresh()
    assert view.timeline.chart.values()[:3] == [500.0, 0.0, 1000.0]
    assert view.timeline.columns == ("month", "articles", "matching", "per_1000")
    for kind in ("png", "svg", "csv"):
        path = tmp_path / f"timeline.{kind}"
        assert view.timeline.save(kind, path) and path.stat().st_size > 0
    assert (tmp_path / "timeline.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "timeline.svg").read_bytes()
    assert (tmp_path / "timeline.csv").read_bytes().startswith(b'\xef\xbb\xbf"month","articles"')
    click_bar(qtbot, view.timeline.chart, 0)
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == 1, timeout=5000)  # January's articles with 民警


def test_top_entities_click_and_cooccurrence_heat_map(qtbot, make_window, analysis_path):
    window = make_window(analysis_path)
    view = open_statistics(qtbot, window)
    view.tabs.setCurrentIndex(1)
    view.top_label.setCurrentIndex(view.top_label.findData("LOC"))
    qtbot.waitUntil(lambda: view.entities.model.rowCount() == 3, timeout=10000)
    chart = view.entities.chart
    top = chart.categories()[-1]  # the most named at the top
    click_bar(qtbot, chart, len(chart.categories()) - 1)
    qtbot.waitUntil(lambda: "LOC" in str(window.sidebar.current_filter().entities) or window.sidebar.extra_chip.isVisible(), timeout=5000)
    assert top in window.sidebar.extra_chip.text()
    view.tabs.setCurrentIndex(2)
    view.pair_label.setCurrentIndex(view.pair_label.findData("LOC"))
    view.pair_with.setCurrentIndex(view.pair_with.findData("PER"))
    qtbot.waitUntil(lambda: view.pairs.model.rowCount() > 0, timeout=10000)
    heat = view.pairs.chart
    assert heat.rows() and heat.columns()
    qtbot.mouseClick(heat.canvas, Qt.MouseButton.LeftButton, pos=heat.cell_center(0, 0).toPoint())
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == 1, timeout=5000)
    assert window.sidebar.model.index(0).data() == "草原新学校"


def test_tag_matrix_cell_click(qtbot, make_window, analysis_path):
    window = make_window(analysis_path)
    view = open_statistics(qtbot, window)
    view.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: view.tag_panel.model.rowCount() > 0, timeout=10000)
    heat = view.tag_panel.chart
    row, column = heat.rows().index("治安"), heat.columns().index("甲报")
    assert heat.value(row, column) == 2
    qtbot.mouseClick(heat.canvas, Qt.MouseButton.LeftButton, pos=heat.cell_center(row, column).toPoint())
    qtbot.waitUntil(lambda: window.sidebar.model.rowCount() == 2, timeout=5000)


# -- entity index: types and merges ---------------------------------------------------------------------


def test_change_type_from_the_entity_index_menu_and_undo(qtbot, make_window, analysis_path):
    window = make_window(analysis_path)
    dock = window.entity_dock
    model = dock.model
    qtbot.waitUntil(lambda: model.count("PER") is not None, timeout=5000)
    per = model.index(list(model._labels).index("PER"), 0)
    dock.tree.expand(per)
    qtbot.waitUntil(lambda: model.rowCount(per) == 2, timeout=5000)
    row = next(r for r in range(model.rowCount(per)) if model.index(r, 0, per).data() == "教师")
    menu = dock.context_menu(model.index(row, 0, per))
    types = menu.findChild(type(menu), "changeTypeMenu")
    action = next(a for a in types.actions() if a.data() == "ORG")
    action.trigger()
    qtbot.waitUntil(lambda: model.count("PER") == 1, timeout=5000)
    assert window.controller.library.search.article_ids(entity=("ORG", "教师")) != []
    window.actions.edit_undo.trigger()
    qtbot.waitUntil(lambda: model.count("PER") == 2, timeout=5000)


def test_rows_past_the_cap_are_counted_not_kept(qtbot, make_window, many_hits_path, monkeypatch):
    import reader.ui.concordance_view as view

    monkeypatch.setattr(view, "MAX_ROWS", 600)
    window = make_window(many_hits_path)
    dock = window.analysis.show_concordance("民")
    with qtbot.waitSignal(dock.finished, timeout=10000):
        pass
    assert dock.model.rowCount() == 600 and dock.counts() == (720, 60)
    assert "first 600 shown" in dock.count_label.text()


def test_a_changed_type_is_highlighted_as_the_new_type(qtbot, make_window, analysis_path):
    from reader.ui.highlighter import ENTITY_LABEL_PROPERTY

    window = make_window(analysis_path)
    article_id = window.controller.library.search.article_ids("title:草原新学校")[0]
    window.open_article(article_id)
    view = window.article_view

    def labels():
        block = view.text_view.document().findBlockByNumber(view._layout.first_body_block)
        return {r.format.property(ENTITY_LABEL_PROPERTY) for r in block.layout().formats()} - {None}

    assert labels() == {"LOC", "PER"}
    assert window.controller.change_entity_type("PER", "教师", "ORG")
    qtbot.waitUntil(lambda: labels() == {"LOC", "ORG"}, timeout=5000)
    from reader.ui.palette import label_name

    tip = view.tooltip_at(view._layout.to_position(view._stored.body_text.find("教师")))
    assert tip.startswith(label_name("ORG"))


def test_a_crowded_timeline_still_names_its_last_bar(qtbot):
    from reader.ui.charts import BarChart

    chart = BarChart()
    qtbot.addWidget(chart)
    months = [f"{2018 + i // 12}-{i % 12 + 1:02d}" for i in range(61)]
    chart.set_data("per month", months + ["(none)"], [1.0] * 62, "articles")
    named = chart.named_categories()
    assert named[-1] == "(none)"  # the undated bar, not taken for the month after the last
    assert named[0] == "2018-01" and len(named) <= 32
    assert set(named) <= set(months + ["(none)"])


def test_concordance_names_an_untitled_article_with_the_placeholder():
    from reader.store.concordance import KwicRow
    from reader.ui.concordance_view import KwicModel

    model = KwicModel()
    row = KwicRow(1, "body", 2, 4, "图为", "游客", "拍照", "", "2018-01-09", "祁连时报", None, "1", "p.txt")
    model.set_rows([row, dataclasses.replace(row, title="接羔")])
    title = KwicModel.COLUMNS.index("title")
    assert model.index(0, title).data() == "(untitled)"
    assert model.index(1, title).data() == "接羔"


def test_the_timeline_names_its_undated_bar_undated_as_the_command_line_does(qtbot, make_window, analysis_path):
    window = make_window(analysis_path)
    view = open_statistics(qtbot, window)
    assert view.timeline.chart.categories()[-1] == "undated"
