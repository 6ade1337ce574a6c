"""The app beside other programs on one library: it shows what they wrote, and waits for their locks."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.model import Article, Block, Page
from reader.store.library import Library

from article_fixtures import type_text

ROOT = Path(__file__).resolve().parents[2]


def titles(window) -> list[str]:
    model = window.sidebar.model
    return [model.index(row).data() for row in range(model.rowCount())]


def test_the_window_shows_what_the_command_line_wrote_keeping_the_users_place(qtbot, main_window, page_library_path):
    window = main_window
    model = window.sidebar.model
    second = model.article_id(1)
    window.sidebar.list_view.setCurrentIndex(model.index(1))
    assert window.current_article() == second
    before = len(titles(window))
    done = subprocess.run(
        [sys.executable, "-m", "reader", "tag", "--article", str(second), "外部标签", "--library", str(page_library_path)],
        capture_output=True, text=True, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    with Library(page_library_path) as other:
        other.pages.add("new.txt", Page([Article(title="另一程序写入的文章", body=[Block("paragraph", "正文。")])]))
    started = time.monotonic()
    qtbot.waitUntil(lambda: "另一程序写入的文章" in titles(window), timeout=2500)
    qtbot.waitUntil(lambda: "外部标签" in window.annotation_panel.chips.tag_names(), timeout=2500)
    assert time.monotonic() - started < 2.5
    assert len(titles(window)) == before + 1
    assert window.current_article() == second  # still reading the same article
    assert window.sidebar.list_view.currentIndex().row() == model.row_of(second)


def test_a_note_being_typed_is_not_replaced_by_another_programs_note(qtbot, main_window, page_library_path):
    window = main_window
    article_id = window.current_article()
    panel = window.annotation_panel
    panel.note_editor.setFocus()
    type_text(panel.note_editor, "我正在写")
    with Library(page_library_path) as other:
        other.notes.set(window.sidebar.model.article_id(2), "别处的笔记")  # another article's note
        other.tags.add(article_id, "别处加的")
    qtbot.waitUntil(lambda: "别处加的" in panel.chips.tag_names(), timeout=2500)
    assert panel.note_editor.toPlainText() == "我正在写"
    panel.flush()
    with Library(page_library_path) as other:
        assert other.notes.get(article_id) == "我正在写"


def test_an_article_deleted_elsewhere_leaves_the_view(qtbot, main_window, page_library_path):
    window = main_window
    article_id = window.current_article()
    with Library(page_library_path) as other:
        other.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))  # as a newer reader's delete would
    # The list no longer holds it, so the reader goes on with the first article listed.
    qtbot.waitUntil(lambda: window.article_view.article_id() not in (None, article_id), timeout=2500)
    assert window.article_view.article_id() == window.sidebar.model.article_id(0)


def test_a_write_that_finds_the_library_locked_waits_and_then_goes_through(qtbot, main_window, page_library_path):
    window = main_window
    article_id = window.current_article()
    holder = sqlite3.connect(page_library_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program in the middle of a long write
    try:
        started = time.monotonic()
        assert window.controller.tag_article(article_id, "先")
        assert window.controller.tag_article(article_id, "后")
        assert time.monotonic() - started < 0.6  # the window did not freeze waiting
        assert window.controller.writes_waiting() == 2
        assert "busy" in window.statusBar().currentMessage()
        qtbot.wait(600)
        assert window.controller.writes_waiting() == 2  # still locked: still waiting, in order
    finally:
        holder.execute("COMMIT")
        holder.close()
    qtbot.waitUntil(lambda: window.controller.writes_waiting() == 0, timeout=3000)
    with Library(page_library_path) as other:
        assert {"先", "后"} <= {t.name for t in other.tags.of_article(article_id)}
    window.controller.undo_stack.undo()  # each waited-for action is an undo step of its own
    with Library(page_library_path) as other:
        assert "后" not in {t.name for t in other.tags.of_article(article_id)}


def test_a_note_saved_while_the_library_is_locked_is_saved_later(qtbot, main_window, page_library_path):
    window = main_window
    article_id = window.current_article()
    holder = sqlite3.connect(page_library_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        window.annotation_panel.note_editor.setPlainText("锁住时写的笔记")
        window.annotation_panel.flush()
        QApplication.processEvents()
    finally:
        holder.execute("COMMIT")
        holder.close()
    qtbot.waitUntil(lambda: window.controller.writes_waiting() == 0, timeout=3000)
    with Library(page_library_path) as other:
        assert other.notes.get(article_id) == "锁住时写的笔记"


def test_a_lock_that_never_ends_is_reported_not_silently_lost(qtbot, main_window, page_library_path, monkeypatch):
    import reader.ui.controller as controller_module

    monkeypatch.setattr(controller_module, "GIVE_UP_AFTER_MS", 800)
    window = main_window
    errors: list[str] = []
    window.controller.errorOccurred.connect(errors.append)
    holder = sqlite3.connect(page_library_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        window.controller.tag_article(window.current_article(), "永远等")
        qtbot.waitUntil(lambda: bool(errors), timeout=4000)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert "not saved" in errors[0] and "永远等" in errors[0]
    assert window.controller.writes_waiting() == 0


def test_the_windows_own_writes_do_not_look_like_another_programs(qtbot, main_window):
    window = main_window
    seen = []
    window.watcher.changedElsewhere.connect(lambda: seen.append(1))
    window.controller.tag_article(window.current_article(), "自己的")
    window.watcher.poll()
    assert seen == []


def test_keyboard_focus_stays_where_it_was(qtbot, main_window, page_library_path):
    window = main_window
    box = window.sidebar.search_box
    box.setFocus(Qt.FocusReason.OtherFocusReason)
    with Library(page_library_path) as other:
        other.tags.add(window.current_article(), "焦点")
    window.watcher.poll()
    assert box.hasFocus()
