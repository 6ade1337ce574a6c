"""Undo covers the article note: a run of typing is one step on the window's undo stack, saved to the library,
and Ctrl+Z in the note editor does what Edit ▸ Undo does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from article_fixtures import type_text
from reader.store.library import Library


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    type_text(widget, text)


def ctrl(qtbot, widget, key, shift=False) -> None:
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(widget, key, modifiers)


def stored_note(window) -> str:
    with Library(window.controller.library.path) as other:  # another connection: what is on disk
        return other.notes.get(window.current_article())


def test_ctrl_z_in_the_note_editor_undoes_the_whole_run_and_saves_it(qtbot, main_window):
    editor = main_window.annotation_panel.note_editor
    type_into(qtbot, editor, "第一段")
    main_window.annotation_panel.flush()
    main_window.article_view.text_view.setFocus()  # leaving the note ends the run
    type_into(qtbot, editor, "，第二段")
    assert main_window.actions.edit_undo.isEnabled()
    ctrl(qtbot, editor, Qt.Key.Key_Z)  # at once, before the autosave pause
    assert editor.toPlainText() == "第一段"
    assert stored_note(main_window) == "第一段"
    ctrl(qtbot, editor, Qt.Key.Key_Z)
    assert editor.toPlainText() == "" and stored_note(main_window) == ""
    ctrl(qtbot, editor, Qt.Key.Key_Z, shift=True)  # redo
    assert editor.toPlainText() == "第一段" and stored_note(main_window) == "第一段"


def test_ctrl_z_in_the_editor_and_edit_undo_do_the_same(qtbot, main_window):
    editor = main_window.annotation_panel.note_editor
    article = main_window.current_article()
    main_window.controller.tag_article(article, "待查")
    type_into(qtbot, editor, "看完再说")
    main_window.actions.edit_undo.trigger()  # the menu: the note's run, not the tag before it
    assert editor.toPlainText() == "" and stored_note(main_window) == ""
    assert "待查" in {t.name for t in main_window.controller.library.tags.of_article(article)}
    type_into(qtbot, editor, "再写")
    ctrl(qtbot, editor, Qt.Key.Key_Z)  # the editor: the same step
    assert editor.toPlainText() == "" and stored_note(main_window) == ""
    ctrl(qtbot, editor, Qt.Key.Key_Z)  # then the tag, from inside the editor too
    assert "待查" not in {t.name for t in main_window.controller.library.tags.of_article(article)}


def test_pauses_while_typing_stay_in_one_step(qtbot, main_window):
    panel = main_window.annotation_panel
    editor = panel.note_editor
    type_into(qtbot, editor, "一")
    qtbot.wait(50)
    panel._save_note_now()  # what the autosave does after a pause
    type_text(editor, "二三")
    panel._save_note_now()
    assert stored_note(main_window) == "一二三"
    stack = main_window.controller.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Edit note"
    main_window.actions.edit_undo.trigger()
    assert editor.toPlainText() == "" and stored_note(main_window) == ""


def test_the_undo_menu_names_the_note_step(qtbot, main_window):
    type_into(qtbot, main_window.annotation_panel.note_editor, "记")
    assert main_window.actions.edit_undo.text().replace("&", "") == "Undo Edit note"


def test_undo_of_a_note_of_another_article_leaves_the_open_one_alone(qtbot, main_window):
    panel = main_window.annotation_panel
    first = main_window.current_article()
    type_into(qtbot, panel.note_editor, "第一篇的笔记")
    second = main_window.sidebar.model.article_id(1)
    main_window.open_article(second)  # saves the first note
    type_into(qtbot, panel.note_editor, "第二篇")
    main_window.actions.edit_undo.trigger()
    main_window.actions.edit_undo.trigger()
    QApplication.processEvents()
    library = main_window.controller.library
    assert library.notes.get(second) == "" and library.notes.get(first) == ""
    assert panel.note_editor.toPlainText() == ""
