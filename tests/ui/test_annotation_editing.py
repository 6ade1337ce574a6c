"""Editing a passage annotation from annotationList, through the real main window:
double-click or Edit… opens the editor, OK is one undoable change; Go to Passage
selects it in the reader; Delete removes it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListView

from reader.ui.annotation_editor import AnnotationEditor

from article_fixtures import type_text


@pytest.fixture
def annotated(main_window):
    """The open article with one passage annotated 重要 / 开头 (code points 1..4, after 𠮷)."""
    article = main_window.current_article()
    assert main_window.controller.annotate(article, 1, 4, tag="重要", note="开头")
    return main_window


def annotation_list(window) -> QListView:
    return window.findChild(QListView, "annotationList")


def only_annotation(window):
    (annotation,) = window.controller.library.annotations.of_article(window.current_article())
    return annotation


def open_editor_by_double_click(qtbot, window) -> AnnotationEditor:
    view = annotation_list(window)
    rect = view.visualRect(view.model().index(0, 0))
    # A real double-click starts with a click; QTest's mouseDClick alone sends no
    # first press, and the view only reports a double-click on the item it pressed.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = window.annotation_panel.findChild(AnnotationEditor, "annotationEditor")
    assert editor is not None and editor.isVisible()
    return editor


def menu_action(menu, name):
    return next(a for a in menu.actions() if a.objectName() == name)


def test_double_click_opens_the_editor_filled_in(qtbot, annotated):
    editor = open_editor_by_double_click(qtbot, annotated)
    assert editor.tag_edit.text() == "重要" and editor.note_edit.toPlainText() == "开头"
    assert "全区" in editor.quote_label.text()  # the passage as a reminder
    # The tag field completes from the existing tags.
    assert "重要" in editor.tag_edit.completer().model().stringList()
    editor.reject()


def test_editing_tag_and_note_is_one_undoable_change(qtbot, annotated):
    controller = annotated.controller
    editor = open_editor_by_double_click(qtbot, annotated)
    editor.tag_edit.clear()
    type_text(editor.tag_edit, "复核")
    editor.note_edit.clear()
    type_text(editor.note_edit, "再看")
    depth = controller.undo_stack.count()
    editor.accept()
    annotation = only_annotation(annotated)
    assert (annotation.tag, annotation.note) == ("复核", "再看")
    assert controller.undo_stack.count() == depth + 1
    shown = annotation_list(annotated).model().index(0, 0).data()
    assert "复核" in shown and "再看" in shown  # the list follows

    # Ctrl+Z in the main window puts both back at once.
    qtbot.keyClick(annotated.sidebar.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    annotation = only_annotation(annotated)
    assert (annotation.tag, annotation.note) == ("重要", "开头")
    controller.undo_stack.redo()
    assert (only_annotation(annotated).tag, only_annotation(annotated).note) == ("复核", "再看")


def test_clearing_the_note_removes_it_and_cancel_changes_nothing(qtbot, annotated):
    editor = annotated.annotation_panel.edit_annotation(0)
    editor.note_edit.clear()
    editor.accept()
    assert only_annotation(annotated).note is None and only_annotation(annotated).tag == "重要"
    depth = annotated.controller.undo_stack.count()
    editor = annotated.annotation_panel.edit_annotation(0)
    editor.tag_edit.setText("不要")
    editor.reject()
    assert only_annotation(annotated).tag == "重要"
    assert annotated.controller.undo_stack.count() == depth


def test_ok_without_changes_adds_nothing_to_undo(qtbot, annotated):
    depth = annotated.controller.undo_stack.count()
    annotated.annotation_panel.edit_annotation(0).accept()
    assert annotated.controller.undo_stack.count() == depth


def test_context_menu_offers_edit_go_to_and_delete(qtbot, annotated):
    panel = annotated.annotation_panel
    menu = panel.list_menu(0)
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["editAnnotation", "goToPassage", "deleteAnnotation"]
    menu_action(menu, "editAnnotation").trigger()
    editor = panel.findChild(AnnotationEditor, "annotationEditor")
    assert editor is not None and editor.isVisible()
    editor.reject()


def test_go_to_passage_selects_it_in_the_reader(qtbot, annotated):
    view = annotated.article_view
    view.text_view.moveCursor(view.text_view.textCursor().MoveOperation.Start)
    assert view.selected_range() is None
    menu_action(annotated.annotation_panel.list_menu(0), "goToPassage").trigger()
    assert view.selected_range() == (1, 4)


def test_delete_from_the_context_menu_deletes_its_row_and_undo(qtbot, annotated):
    panel = annotated.annotation_panel
    article = annotated.current_article()
    annotated.controller.annotate(article, 5, 7, tag="次要")  # a second row, after the first
    annotation_list(annotated).setCurrentIndex(panel.annotation_model.index(0, 0))
    menu_action(panel.list_menu(1), "deleteAnnotation").trigger()  # the menu of row 1, row 0 current
    assert [a.tag for a in annotated.controller.library.annotations.of_article(article)] == ["重要"]
    assert panel.annotation_model.rowCount() == 1
    annotated.controller.undo_stack.undo()
    assert panel.annotation_model.rowCount() == 2
