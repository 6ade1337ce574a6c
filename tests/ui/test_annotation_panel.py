"""AnnotationPanel: tags via tagInput, the autosaved note, the annotation list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QLineEdit, QListView, QPlainTextEdit

from reader.ui.annotation_model import AnnotationListModel, AnnotationRole

from article_fixtures import BODY, article_id, article_ids, controller, library, type_text  # noqa: F401 (fixtures)


@pytest.fixture
def panel(qtbot, controller, article_id):
    from reader.ui.annotation_panel import AnnotationPanel

    widget = AnnotationPanel(controller)
    qtbot.addWidget(widget)
    widget.show()
    widget.set_article(article_id)
    return widget


def names(tags):
    return [tag.name for tag in tags]


# -- tags ------------------------------------------------------------------------------------


def test_widgets_are_found_by_object_name(panel):
    assert isinstance(panel.findChild(QLineEdit, "tagInput"), QLineEdit)
    assert isinstance(panel.findChild(QPlainTextEdit, "noteEditor"), QPlainTextEdit)
    assert isinstance(panel.findChild(QListView, "annotationList"), QListView)


def test_enter_in_tag_input_adds_the_tag(panel, qtbot, library, article_id):
    type_text(panel.tag_input, "食品安全")
    qtbot.keyClick(panel.tag_input, Qt.Key.Key_Return)
    assert names(library.tags.of_article(article_id)) == ["食品安全"]
    assert panel.chips.tag_names() == ["食品安全"]
    assert panel.tag_input.text() == ""


def test_chip_button_removes_the_tag(panel, qtbot, library, controller, article_id):
    controller.tag_article(article_id, "甲")
    controller.tag_article(article_id, "乙")
    assert sorted(panel.chips.tag_names()) == ["乙", "甲"]
    chip = next(c for c in panel.chips.chips() if c.tag.name == "甲")
    qtbot.mouseClick(chip.remove_button, Qt.MouseButton.LeftButton)
    assert names(library.tags.of_article(article_id)) == ["乙"]
    assert panel.chips.tag_names() == ["乙"]


def test_completion_offers_existing_tags(panel, controller, article_ids):
    controller.tag_article(article_ids[1], "经济")
    model = panel.tag_input.completer().model()
    assert "经济" in [model.index(row, 0).data() for row in range(model.rowCount())]


def test_blank_tag_is_ignored(panel, qtbot, library, article_id, controller):
    type_text(panel.tag_input, "   ")
    qtbot.keyClick(panel.tag_input, Qt.Key.Key_Return)
    assert library.tags.of_article(article_id) == []
    assert controller.undo_stack.count() == 0


def test_no_article_disables_input(panel):
    panel.set_article(None)
    assert not panel.tag_input.isEnabled()
    assert not panel.note_editor.isEnabled()
    assert panel.annotation_model.rowCount() == 0


# -- the note ----------------------------------------------------------------------------------


def test_note_is_saved_within_a_second_of_the_last_keystroke(panel, qtbot, library, article_id):
    panel.note_editor.setFocus()
    type_text(panel.note_editor, "值得跟进")
    assert library.notes.get(article_id) == ""  # not yet: autosave waits for a pause
    qtbot.waitUntil(lambda: library.notes.get(article_id) == "值得跟进", timeout=1000)
    assert not panel.has_unsaved_note()


def test_flush_saves_at_once(panel, qtbot, library, article_id):
    type_text(panel.note_editor, "马上保存")
    panel.flush()
    assert library.notes.get(article_id) == "马上保存"


def test_leaving_the_field_saves(panel, qtbot, library, article_id):
    panel.note_editor.setFocus()
    type_text(panel.note_editor, "离开")
    panel.tag_input.setFocus()
    qtbot.waitUntil(lambda: library.notes.get(article_id) == "离开", timeout=300)


def test_switching_article_saves_to_the_previous_one(panel, qtbot, library, article_ids):
    type_text(panel.note_editor, "第一篇的笔记")
    panel.set_article(article_ids[1])
    assert library.notes.get(article_ids[0]) == "第一篇的笔记"
    assert library.notes.get(article_ids[1]) == ""
    assert panel.note_editor.toPlainText() == ""
    panel.set_article(article_ids[0])
    assert panel.note_editor.toPlainText() == "第一篇的笔记"


def test_loading_a_note_does_not_write(panel, qtbot, library, article_ids, controller):
    library.notes.set(article_ids[1], "旧笔记")
    with qtbot.assertNotEmitted(controller.articleDataChanged, wait=NOTE_WAIT_MS):
        panel.set_article(article_ids[1])
    assert not panel.has_unsaved_note()


NOTE_WAIT_MS = 800


# -- annotations ------------------------------------------------------------------------------------


def annotate(controller, article_id, text, tag=None, note=None):
    start = BODY.index(text)
    return controller.annotate(article_id, start, start + len(text), tag, note)


def test_annotations_are_listed_with_quote_tag_and_note(panel, controller, library, article_id):
    annotate(controller, article_id, "北京", tag="地点", note="首都")
    model = panel.annotation_list.model()
    assert model.rowCount() == 1
    index = model.index(0, 0)
    assert "北京" in index.data() and "地点" in index.data() and "首都" in index.data()
    color = next(t.color for t in library.tags.all() if t.name == "地点")
    assert index.data(Qt.ItemDataRole.DecorationRole).name() == color.lower()
    assert index.data(AnnotationRole).quote == "北京"


def test_clicking_an_annotation_activates_its_passage(panel, qtbot, controller, article_id):
    annotate(controller, article_id, "顾客来自上海")
    index = panel.annotation_model.index(0, 0)
    rect = panel.annotation_list.visualRect(index)
    start = BODY.index("顾客来自上海")
    with qtbot.waitSignal(panel.passageActivated) as blocker:
        qtbot.mouseClick(panel.annotation_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [start, start + 6]


def test_delete_key_removes_the_annotation(panel, qtbot, controller, library, article_id):
    annotate(controller, article_id, "北京")
    annotate(controller, article_id, "上海")
    panel.annotation_list.setCurrentIndex(panel.annotation_model.index(0, 0))
    qtbot.keyClick(panel.annotation_list, Qt.Key.Key_Delete)
    assert [a.quote for a in library.annotations.of_article(article_id)] == ["上海"]
    assert panel.annotation_model.rowCount() == 1


def test_annotation_model_passes_the_model_tester(qapp, controller, library, article_id):
    model = AnnotationListModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    annotate(controller, article_id, "北京", tag="甲")
    annotate(controller, article_id, "张三", note="人物")
    model.set_annotations(library.annotations.of_article(article_id), {t.name: t.color for t in library.tags.all()})
    assert model.rowCount() == 2
    model.set_annotations([], {})
    assert model.rowCount() == 0
    del tester


def test_annotations_are_sorted_by_position(panel, controller, article_id):
    annotate(controller, article_id, "张三")
    annotate(controller, article_id, "北京")
    quotes = [panel.annotation_model.annotation(row).quote for row in range(2)]
    assert quotes == ["北京", "张三"]


def test_flush_adds_a_tag_typed_without_enter(panel, library, article_id):
    type_text(panel.tag_input, "未确认")
    panel.flush()  # what quitting or switching article does
    assert names(library.tags.of_article(article_id)) == ["未确认"]
    assert panel.tag_input.text() == ""


def test_the_note_timer_does_not_add_a_half_typed_tag(panel, qtbot, library, article_id):
    type_text(panel.tag_input, "半截")
    type_text(panel.note_editor, "笔记")
    qtbot.waitUntil(lambda: library.notes.get(article_id) == "笔记", timeout=1000)
    assert library.tags.of_article(article_id) == []


def test_a_note_saved_elsewhere_shows_in_the_editor(panel, controller, library, article_id):
    controller.set_note(article_id, "另一处写的笔记")
    assert panel.note_editor.toPlainText() == "另一处写的笔记"
    assert library.notes.get(article_id) == "另一处写的笔记"


def test_a_note_being_typed_is_not_replaced_by_one_saved_elsewhere(panel, qtbot, controller, library, article_id):
    panel.note_editor.setFocus()
    type_text(panel.note_editor, "正在输入")
    controller.set_note(article_id, "别处的")
    assert panel.note_editor.toPlainText() == "正在输入"
    panel.flush()
    assert library.notes.get(article_id) == "正在输入"
