"""The raw page view: the page as imported, the open article's lines marked, the others dimmed, dropped
lines labelled; a click goes to the line's place; corrections start from selected lines."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reader.corrections.text import compact
from reader.parsing import parse_page
from reader.parsing.lines import split_lines
from reader.store.library import Library
from synthetic import generate_page

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "000_6d112d3a37cca14d.txt"
RAW = SAMPLE.read_text(encoding="utf-8").replace("活动部署开展以来", "𠮷活动部署开展以来")


def _window(make_window, path, pages):
    library = Library(path)
    for name, raw in pages:
        library.pages.add(name, parse_page(raw), raw_text=raw)
    library.close()
    window = make_window(path)
    window.actions.view_raw_page.trigger()
    return window


@pytest.fixture
def window(make_window, library_path):
    return _window(make_window, library_path, [("sample.txt", RAW)])


def rows(window):
    model = window.corrections_ui.raw_dock.model
    return [(model.index(r, 1).data(), model.index(r, 2).data(), model.index(r, 0).data(Qt.ItemDataRole.UserRole))
            for r in range(model.rowCount())]  # fmt: skip


def test_the_sample_page_shows_every_line_and_where_it_went(window):
    dock = window.corrections_ui.raw_dock
    assert dock.isVisible() and window.actions.view_raw_page.isChecked()
    shown = rows(window)
    assert [text for text, _where, _kind in shown] == split_lines(RAW)
    first = window.current_article()
    assert shown[3] == ("全区旗县级公安机关专项活动有“声”有“形”", f"article {first}, title", "current")
    assert shown[1][2] == "current" and shown[1][1].endswith("kicker")
    assert shown[86][2] == "other" and shown[86][1].endswith("title")  # «治安刑事案件双下降», dimmed
    assert shown[252][1].endswith("part dropped: duplicate caption half")
    assert shown[0] == ("", "", "none")
    # Another article opened: its lines are the marked ones now.
    window.open_article(first + 1)
    assert rows(window)[86][2] == "current" and rows(window)[3][2] == "other"


def test_clicking_a_line_goes_to_its_place_in_its_article(qtbot, window):
    dock = window.corrections_ui.raw_dock
    line = 7  # «关深入贯彻落实自治区公安厅和盟市公安局» inside the first paragraph
    dock.lineActivated.emit(line)
    assert compact(window.article_view.text_view.textCursor().selectedText()) == compact(split_lines(RAW)[line])
    dock.lineActivated.emit(98)  # a line of the second article opens it
    assert window.current_article() == window.sidebar.model.ids()[1]
    assert compact(window.article_view.text_view.textCursor().selectedText()) == compact(split_lines(RAW)[98])


def test_corrections_start_from_selected_lines(qtbot, window):
    dock = window.corrections_ui.raw_dock
    first = window.current_article()
    dock.select_lines(30, 30)  # «“细”字当头 夯实责任高点谋划»
    menu = dock.context_menu()
    names = [a.objectName() or (a.menu().objectName() if a.menu() else "") for a in menu.actions()]
    assert names == ["rawNewArticle", "rawBelongsAbove", "rawLineRole", "rawDrop"]
    [new_article] = [a for a in dock.context_menu().actions() if a.objectName() == "rawNewArticle"]
    new_article.trigger()
    new = window.current_article()
    assert new != first and window.article_view.stored_article().article.title == "“细”字当头 夯实责任高点谋划"
    assert rows(window)[30][1] == f"article {new}, title"
    # «This belongs to the article above» undoes the cut as a merge.
    dock.select_lines(30, 30)
    [above] = [a for a in dock.context_menu().actions() if a.objectName() == "rawBelongsAbove"]
    above.trigger()
    assert new not in window.sidebar.model.ids() and rows(window)[30][1].startswith(f"article {first}, paragraph")
    dock.select_lines(14, 14)
    [drop] = [a for a in dock.context_menu().actions() if a.objectName() == "rawDrop"]
    drop.trigger()
    assert rows(window)[14][1] == "dropped: dropped by you" and rows(window)[14][2] == "dropped"
    dock.select_lines(14, 14)
    [back] = [a for a in dock.context_menu().actions() if a.objectName() == "rawRestore"]
    back.trigger()
    assert rows(window)[14][1].startswith(f"article {first}, paragraph")
    # One line inside a paragraph made the subtitle.
    dock.select_lines(7, 7)
    menu = dock.context_menu()
    [roles] = [a.menu() for a in menu.actions() if a.menu() is not None]
    [subtitle] = [a for a in roles.actions() if a.objectName() == "rawLineRole_subtitle"]
    subtitle.trigger()
    assert rows(window)[7][1] == f"article {first}, subtitle"
    assert window.article_view.stored_article().article.subtitle == split_lines(RAW)[7].strip()


def test_generated_pages_label_their_furniture(make_window, library_path):
    pages = []
    for seed in range(0, 200):
        text, _truth, _furniture = generate_page(random.Random(seed))
        if {"jump_line", "metadata", "duplicate_caption"} <= {d.reason for d in parse_page(text).dropped}:
            pages.append((f"gen-{seed}.txt", text))
        if len(pages) == 3:
            break
    window = _window(make_window, library_path, pages)
    library = window.controller.library
    for source in library.pages.all():
        window.open_article(library.articles.ids_of_source(source.id)[0])
        shown = rows(window)
        wheres = {where for _t, where, _k in shown}
        assert {"dropped: jump line", "dropped: page header or footer"} <= wheres
        assert any(w.endswith("duplicate caption half") for w in wheres)
        # Every line with text is in an article or labelled: none is silently missing.
        assert all(where for text, where, _k in shown if text.strip())
        assert any(kind == "current" for _t, _w, kind in shown) and any(kind == "other" for _t, _w, kind in shown)
