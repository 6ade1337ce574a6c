"""Reading, tagging, annotating and correcting through the real main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListView, QPlainTextEdit, QTextEdit, QWidget

from reader.model import Page
from reader.store.library import Library
from reader.ui.annotate_popup import AnnotatePopup
from reader.ui.highlighter import ANNOTATION_ID_PROPERTY, ENTITY_LABEL_PROPERTY
from reader.ui.offsets import utf16_len

from article_fixtures import ARTICLE, AUTO_SPANS, BODY, OTHER, PARAGRAPH_1, type_text


@pytest.fixture
def reading_library(tmp_path):
    path = tmp_path / "reading.db"
    library = Library(path)
    result = library.pages.add("reading.txt", Page([ARTICLE, OTHER]))
    library.recognition.save([(result.article_ids[0], list(AUTO_SPANS)), (result.article_ids[1], [])])
    library.close()
    return path, result.article_ids


@pytest.fixture
def window(qtbot, make_window, reading_library):
    path, ids = reading_library
    win = make_window(path)
    # Keyboard focus needs the active window; offscreen, nothing activates it for us.
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=1000)
    win.open_article(ids[0])
    return win


def first_paragraph_formats(window):
    view = window.article_view
    block = view.text_view.document().findBlockByNumber(view._layout.first_body_block)
    return block, block.layout().formats()


def labels_in_first_paragraph(window):
    _block, formats = first_paragraph_formats(window)
    return sorted(
        (r.start, r.format.property(ENTITY_LABEL_PROPERTY)) for r in formats if r.format.property(ENTITY_LABEL_PROPERTY)
    )


def test_article_is_highlighted_and_types_toggle(window):
    text_view = window.findChild(QTextEdit, "articleView")
    assert text_view is not None and text_view.isReadOnly()
    assert ARTICLE.title in text_view.toPlainText()
    beijing = utf16_len(PARAGRAPH_1[: PARAGRAPH_1.index("北京")])
    assert (beijing, "LOC") in labels_in_first_paragraph(window)
    legend = window.findChild(QWidget, "entityLegend")
    legend.button("LOC").click()
    assert labels_in_first_paragraph(window) == []
    legend.button("LOC").click()
    assert (beijing, "LOC") in labels_in_first_paragraph(window)


def test_tag_via_ctrl_t_and_undo_redo(window, qtbot):
    library = window.controller.library
    article_id = window.current_article()
    window.actions.edit_tag.trigger()
    tag_input = window.findChild(QLineEdit, "tagInput")
    assert QApplication.focusWidget() is tag_input
    type_text(tag_input, "餐饮")
    qtbot.keyClick(tag_input, Qt.Key.Key_Return)
    assert [t.name for t in library.tags.of_article(article_id)] == ["餐饮"]
    window.actions.edit_undo.trigger()
    assert library.tags.of_article(article_id) == []
    window.actions.edit_redo.trigger()
    assert [t.name for t in library.tags.of_article(article_id)] == ["餐饮"]


def test_note_autosaves_and_survives_reopening(window, qtbot, make_window, reading_library):
    path, ids = reading_library
    window.actions.edit_note.trigger()
    editor = window.findChild(QPlainTextEdit, "noteEditor")
    type_text(editor, "周末去看看")
    qtbot.waitUntil(lambda: window.controller.library.notes.get(ids[0]) == "周末去看看", timeout=1000)
    type_text(editor, "！")
    window.close()  # Ctrl+Q right after a keystroke: nothing typed is lost
    window.controller.library.close()
    reopened = Library(path)
    try:
        assert reopened.notes.get(ids[0]) == "周末去看看！"
    finally:
        reopened.close()


def test_annotate_selection_with_ctrl_m(window, qtbot):
    library = window.controller.library
    article_id = window.current_article()
    start = BODY.index("顾客来自上海")
    window.article_view.select_range(start, start + 6)
    window.actions.edit_annotate.trigger()
    popup = window.findChild(AnnotatePopup)
    assert popup is not None and popup.isVisible()
    popup.tag_edit.setText("客源")
    popup.note_edit.setText("外地顾客")
    popup.accept()
    (annotation,) = library.annotations.of_article(article_id)
    assert (annotation.start, annotation.end, annotation.quote) == (start, start + 6, "顾客来自上海")

    annotation_list = window.findChild(QListView, "annotationList")
    assert annotation_list.model().rowCount() == 1
    _block, formats = first_paragraph_formats(window)
    underlined = [r for r in formats if r.format.property(ANNOTATION_ID_PROPERTY) == annotation.id]
    assert underlined and underlined[0].start == utf16_len(PARAGRAPH_1[: PARAGRAPH_1.index("顾客")])

    # Clicking the annotation scrolls to and selects its passage.
    window.article_view.text_view.moveCursor(window.article_view.text_view.textCursor().MoveOperation.Start)
    rect = annotation_list.visualRect(annotation_list.model().index(0, 0))
    qtbot.mouseClick(annotation_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.article_view.selected_range() == (start, start + 6)

    window.actions.edit_undo.trigger()
    assert library.annotations.of_article(article_id) == []
    assert annotation_list.model().rowCount() == 0


def test_entity_correction_and_undo(window):
    library = window.controller.library
    article_id = window.current_article()
    view = window.article_view
    start = BODY.index("野家")
    view.select_range(start, start + 2)
    menu = view.context_menu(view._layout.to_position(start))
    mark = next(a.menu() for a in menu.actions() if a.menu() is not None)
    next(a for a in mark.actions() if a.data() == "ORG").trigger()
    assert ("野家", "ORG", "user") in {(e.text, e.label, e.origin) for e in library.entities.of_article(article_id)}
    assert (utf16_len(PARAGRAPH_1[:start]), "ORG") in labels_in_first_paragraph(window)
    window.actions.edit_undo.trigger()
    assert "野家" not in {e.text for e in library.entities.of_article(article_id)}
    assert (utf16_len(PARAGRAPH_1[:start]), "ORG") not in labels_in_first_paragraph(window)
