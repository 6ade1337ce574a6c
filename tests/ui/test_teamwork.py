"""Teamwork through the main window: coder name, REFI-QDA export and import, merging, agreement."""

from __future__ import annotations

import hashlib

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from reader.exchange import read_qdpx
from reader.model import Article, Block, Page
from reader.store.library import Library


def _first_page(window) -> Page:
    """The window's first page again, for a second library holding the same articles."""
    library = window.controller.library
    return Page([library.articles.get(i).article for i in library.articles.ids_of_source(1)])


def _report_text(window) -> str:
    boxes = [d for d in window.open_dialogs() if isinstance(d, QMessageBox)]
    assert boxes, "a report was shown"
    return boxes[-1].text()


def test_the_coder_name_from_settings_is_stored_with_the_users_work(qtbot, main_window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("  安娜  ", True))
    main_window.actions.settings_coder.trigger()
    assert main_window.settings.coder == "安娜"
    article = main_window.current_article()
    main_window.controller.tag_article(article, "民生")
    main_window.controller.set_note(article, "笔记")
    annotation = main_window.controller.annotate(article, 0, 2, tag="人物")
    assert annotation.coder == "安娜"
    library = main_window.controller.library
    assert library.conn.execute("SELECT DISTINCT coder FROM article_tags").fetchall() == [("安娜",)]
    assert library.notes.all_of(article) == [("安娜", "笔记")]


def test_file_export_refi_qda_project_writes_a_valid_project_with_progress(qtbot, main_window, tmp_path, monkeypatch):
    article = main_window.current_article()
    main_window.controller.tag_article(article, "值得关注")
    main_window.controller.annotate(article, 1, 4, tag="重点", note="开头")
    target = tmp_path / "project.qdpx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(main_window.teamwork.finished, timeout=20_000) as blocker:
        main_window.actions.file_export_qdpx.trigger()
        assert main_window.task_status.isVisible()
    kind, summary, error = blocker.args
    assert (kind, error) == ("export", None) and summary.articles == 4
    project = read_qdpx(target).project
    source = next(s for s in project.sources if s.name.startswith("公安局开展专项活动"))
    texts = [source.text[s.start : s.end] for s in source.selections if s.start > 0]
    body = main_window.controller.library.articles.body_text(article)
    assert texts == [body[1:4]]
    assert not main_window.task_status.isVisible()


def test_file_import_refi_qda_project_adds_its_work_and_reports(qtbot, main_window, tmp_path, monkeypatch):
    # A project made from another library that holds the same articles, coded by someone else.
    other = tmp_path / "other.db"
    with Library(other, coder="本") as lib:
        lib.pages.add("p.txt", _first_page(main_window))
        lib.tags.add(1, "外来")
        lib.annotations.add(1, 1, 4, tag="片段", note="来自别处")
        from reader.exchange.export_library import export_library

        export_library(lib, tmp_path / "other.qdpx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "other.qdpx"), ""))
    with qtbot.waitSignal(main_window.teamwork.finished, timeout=20_000) as blocker:
        main_window.actions.file_import_qdpx.trigger()
    kind, report, error = blocker.args
    assert (kind, error) == ("import", None)
    assert report.sources_matched == 3 and report.sources_new == 0
    text = _report_text(main_window)
    assert "3 matched" in text
    first = main_window.controller.library.search.article_ids("公安局")[0]
    assert [(a.quote, a.tag, a.coder) for a in main_window.controller.library.annotations.of_article(first)] == [
        (main_window.controller.library.articles.body_text(first)[1:4], "片段", "本")
    ]
    assert "外来" in [t.name for t in main_window.controller.library.tags.all()]


def test_a_bad_project_file_is_an_error_message_and_changes_nothing(qtbot, main_window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.qdpx"
    bad.write_text("nope", encoding="utf-8")
    before = main_window.controller.library.articles.count()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    with qtbot.waitSignal(main_window.teamwork.finished, timeout=20_000) as blocker:
        main_window.actions.file_import_qdpx.trigger()
    assert "not a zip archive" in blocker.args[2]
    assert main_window.controller.library.articles.count() == before
    assert "not a zip archive" in _report_text(main_window)


def test_merge_another_library_leaves_it_unchanged_and_merging_twice_adds_nothing(
    qtbot, main_window, tmp_path, monkeypatch
):
    other = tmp_path / "other.db"
    with Library(other, coder="本") as lib:
        lib.pages.add("p.txt", _first_page(main_window))
        lib.pages.add("new.txt", Page([Article("新的一篇", body=[Block("paragraph", "只在另一个库里。")])]))
        lib.tags.add(1, "外来")
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    for expected_added in (True, False):
        with qtbot.waitSignal(main_window.teamwork.finished, timeout=20_000) as blocker:
            main_window.actions.file_merge_library.trigger()
        kind, report, error = blocker.args
        assert (kind, error) == ("merge", None)
        assert (report.added > 0) is expected_added
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before
    assert main_window.controller.library.search.article_ids("只在另一个库里")
    qtbot.waitUntil(lambda: main_window.sidebar.model.rowCount() == 5, timeout=5000)


def test_the_agreement_table_shows_kappa_per_tag(qtbot, main_window):
    library = main_window.controller.library
    ids = main_window.sidebar.model.ids()
    for coder, tagged in (("安娜", ids[:2]), ("本", ids[:1])):
        main_window.teamwork.set_coder(coder)
        for article in ids:
            if article in tagged:
                main_window.controller.tag_article(article, "民生")
            else:
                main_window.controller.set_note(article, "看过")
    assert library.coding.coders() == ["安娜", "本"]
    main_window.actions.view_agreement.trigger()
    dialog = main_window.teamwork.agreement_dialog
    dialog.coder_a.setCurrentText("安娜")
    dialog.coder_b.setCurrentText("本")
    with qtbot.waitSignal(dialog.computed, timeout=20_000):
        dialog.compute_button.click()
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
    # 4 shared articles: both tagged 1, only 安娜 1, neither 2 -> 75 %, kappa = (.75 - .5) / .5 = .5
    assert rows == [["民生", "articles", "1", "1", "0", "2", "75.0", "0.500", ""]]
    assert "4 article(s)" in dialog.summary.text()


def test_the_article_list_filters_by_coder_and_by_that_coders_tags(qtbot, main_window):
    ids = main_window.sidebar.model.ids()
    main_window.teamwork.set_coder("安娜")
    main_window.controller.tag_article(ids[0], "民生")
    main_window.teamwork.set_coder("本")
    main_window.controller.tag_article(ids[1], "民生")
    main_window.controller.set_note(ids[2], "看过")
    sidebar = main_window.sidebar
    qtbot.waitUntil(lambda: sidebar.coder_filter.findData("本") >= 0, timeout=5000)
    sidebar.coder_filter.setCurrentIndex(sidebar.coder_filter.findData("本"))
    qtbot.waitUntil(lambda: sidebar.model.ids() == [ids[1], ids[2]], timeout=5000)
    sidebar.tag_filter.setCurrentIndex(sidebar.tag_filter.findData("民生"))
    qtbot.waitUntil(lambda: sidebar.model.ids() == [ids[1]], timeout=5000)
    sidebar.coder_filter.setCurrentIndex(0)  # all coders
    qtbot.waitUntil(lambda: sidebar.model.ids() == [ids[0], ids[1]], timeout=5000)


def test_the_annotation_list_and_highlights_follow_the_coder_filter(qtbot, main_window):
    article = main_window.current_article()
    main_window.teamwork.set_coder("安娜")
    main_window.controller.annotate(article, 1, 3, tag="甲")
    main_window.teamwork.set_coder("本")
    main_window.controller.annotate(article, 3, 5, tag="乙")
    panel, view, sidebar = main_window.annotation_panel, main_window.article_view, main_window.sidebar

    def shown():
        model = panel.annotation_model
        return sorted(model.annotation(r).tag for r in range(model.rowCount()))

    qtbot.waitUntil(lambda: shown() == ["乙", "甲"], timeout=5000)
    sidebar.reload_filters()
    sidebar.coder_filter.setCurrentIndex(sidebar.coder_filter.findData("安娜"))
    assert main_window.controller.view_coder == "安娜"
    qtbot.waitUntil(lambda: shown() == ["甲"], timeout=5000)
    assert [a.tag for a in view._spans.annotations] == ["甲"]
    sidebar.coder_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: shown() == ["乙", "甲"], timeout=5000)
